//! Small helpers shared by the recognizers: context words near a
//! candidate, and a fast way to jump to the next byte of interest. All work
//! on bytes of UTF-8 text; returned offsets are char boundaries because they
//! only ever stop at ASCII bytes.

/// The lower-cased ASCII window of at most `n` bytes before `start`, cut at a
/// char boundary.
pub fn window_before(text: &str, start: usize, n: usize) -> String {
    let mut from = start.saturating_sub(n);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..start].to_ascii_lowercase()
}

/// Whether any of `words` (lower-case) occurs in the `n` bytes before
/// `start`.
pub fn has_context_before(text: &str, start: usize, n: usize, words: &[&str]) -> bool {
    let w = window_before(text, start, n);
    words.iter().any(|k| w.contains(k))
}

// ---------------------------------------------------------------------------
// Byte-class bit masks, eight bytes at a time.
//
// The recognizers look for a few kinds of bytes (digits, word starts,
// capitals after a space...) in text that is mostly something else. A
// byte-at-a-time loop pays a hard-to-predict branch on every byte; instead,
// [`Cursor`] classifies 64 bytes at once into a bit mask with plain integer
// arithmetic on `u64` lanes (SWAR: no `unsafe`, no target features) and
// jumps from one set bit to the next.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Sets the high bit of every byte of `x` that lies in `lo..=hi` (ASCII,
/// `1 <= lo <= hi < 0x7f`), and clears every other bit. Exact for each byte
/// on its own: no borrow or carry crosses a byte (the classic "hasbetween"
/// bit trick, with bytes >= 0x80 excluded).
#[inline(always)]
pub(crate) const fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & (LO * 0x7f);
    (LO * (128 + hi as u64)).wrapping_sub(low7) & !x & low7.wrapping_add(LO * (128 - lo as u64)) & HI
}

/// ASCII letters.
#[inline(always)]
pub(crate) const fn alpha8(x: u64) -> u64 {
    in_range(x | (LO * 0x20), b'a', b'z')
}

/// ASCII digits.
#[inline(always)]
pub(crate) const fn digit8(x: u64) -> u64 {
    in_range(x, b'0', b'9')
}

/// ASCII upper-case letters.
#[inline(always)]
pub(crate) const fn upper8(x: u64) -> u64 {
    in_range(x, b'A', b'Z')
}

/// Bytes equal to `c` (ASCII, not 0 or 0x7f).
#[inline(always)]
pub(crate) const fn eq8(x: u64, c: u8) -> u64 {
    in_range(x, c, c)
}

/// Bytes >= 0x80 (parts of non-ASCII characters).
#[inline(always)]
pub(crate) const fn high8(x: u64) -> u64 {
    x & HI
}

/// The eight bytes at `at` as a little-endian `u64`, zero-padded past the
/// end (a zero byte is in no class above).
#[inline(always)]
fn load8(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(w.try_into().expect("eight bytes")),
        None => load8_tail(b, at),
    }
}

/// [`load8`] where fewer than eight bytes are left: without a `memcpy`
/// call (this runs for the last block of every text, in every scan), as
/// the last eight bytes of the text shifted down, or byte by byte in a text
/// shorter than eight bytes.
#[inline(always)]
fn load8_tail(b: &[u8], at: usize) -> u64 {
    let n = b.len();
    if at >= n {
        return 0;
    }
    let k = n - at; // 1..=7 bytes left
    if n >= 8 {
        let w = u64::from_le_bytes(b[n - 8..].try_into().expect("eight bytes"));
        w >> (8 * (8 - k))
    } else {
        let mut w = 0u64;
        for (i, &c) in b[at..].iter().enumerate() {
            w |= (c as u64) << (8 * i);
        }
        w
    }
}

/// Packs the high bit of each byte into the low eight bits (byte i to bit i).
#[inline(always)]
const fn gather(v: u64) -> u64 {
    ((v >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bit i of the result is set iff byte `base + i` (i < 64) is flagged by
/// `f`, a function from eight bytes to their high-bit flags (built from
/// the `*8` helpers above).
#[inline(always)]
pub(crate) fn block_mask(b: &[u8], base: usize, f: impl Fn(u64) -> u64) -> u64 {
    let mut m = 0;
    if let Some(blk) = b.get(base..base + 64) {
        // a whole block: eight unchecked-length loads
        for (k, w) in blk.chunks_exact(8).enumerate() {
            m |= gather(f(u64::from_le_bytes(w.try_into().expect("eight bytes")))) << (8 * k);
        }
        return m;
    }
    for k in 0..8 {
        m |= gather(f(load8(b, base + 8 * k))) << (8 * k);
    }
    m
}

/// Finds, in increasing order, the positions whose bit is set in the masks
/// `block(b, base)` computes for each 64-byte block `base` (a multiple of
/// 64); the current block's mask is kept, so a scan that asks for the next
/// position again and again touches each byte once.
pub(crate) struct Cursor<'a, F> {
    b: &'a [u8],
    block: F,
    base: usize,
    mask: u64,
}

impl<'a, F: Fn(&[u8], usize) -> u64> Cursor<'a, F> {
    pub(crate) fn new(b: &'a [u8], block: F) -> Self {
        Cursor { b, block, base: usize::MAX, mask: 0 }
    }

    /// The first flagged position at or after `from`.
    #[inline]
    pub(crate) fn next(&mut self, from: usize) -> Option<usize> {
        if from >= self.b.len() {
            return None;
        }
        let blk = from & !63;
        if blk != self.base {
            self.base = blk;
            self.mask = (self.block)(self.b, blk);
        }
        let mut m = self.mask & (!0u64 << (from - blk));
        loop {
            if m != 0 {
                return Some(self.base + m.trailing_zeros() as usize);
            }
            let next = self.base + 64;
            if next >= self.b.len() {
                return None;
            }
            self.base = next;
            self.mask = (self.block)(self.b, next);
            m = self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_respect_char_boundaries() {
        let t = "ééé MRN: 1234";
        let s = t.find("1234").unwrap();
        assert!(has_context_before(t, s, 6, &["mrn"]));
        assert_eq!(window_before(t, s, 100), "ééé mrn: ".to_ascii_lowercase());
        assert_eq!(window_before(t, 4, 3), "é"); // cut forward to a boundary
    }

    #[test]
    fn byte_masks_match_scalar_classes() {
        let mut t: Vec<u8> = (0u8..=255).collect();
        t.extend_from_slice("Zoë, 12 Main St; MRN#0042 café 😀 x-y A.B".as_bytes());
        t.extend((0..300u32).map(|i| (i * 37 % 251) as u8));
        let checks: [(fn(u64) -> u64, fn(u8) -> bool); 6] = [
            (alpha8, |c| c.is_ascii_alphabetic()),
            (digit8, |c| c.is_ascii_digit()),
            (upper8, |c| c.is_ascii_uppercase()),
            (|x| eq8(x, b','), |c| c == b','),
            (|x| eq8(x, b' '), |c| c == b' '),
            (high8, |c| c >= 0x80),
        ];
        for (f, g) in checks {
            for base in (0..t.len()).step_by(64) {
                let m = block_mask(&t, base, f);
                for i in 0..64 {
                    let want = base + i < t.len() && g(t[base + i]);
                    assert_eq!(m >> i & 1 == 1, want, "byte {:#x} at {}", t.get(base + i).copied().unwrap_or(0), base + i);
                }
            }
            // the cursor visits exactly the flagged positions, from anywhere
            for from in [0, 1, 63, 64, 65, 200, t.len() - 1, t.len()] {
                let mut cur = Cursor::new(&t, |b: &[u8], base| block_mask(b, base, f));
                let mut got = Vec::new();
                let mut i = from;
                while let Some(p) = cur.next(i) {
                    got.push(p);
                    i = p + 1;
                }
                let want: Vec<usize> = (from..t.len()).filter(|&i| g(t[i])).collect();
                assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn byte_masks_of_every_tail_length() {
        let t: Vec<u8> = (0..200u32).map(|i| b"aZ9 ,\xc3x"[(i * 3 % 7) as usize]).collect();
        for len in 0..t.len() {
            let t = &t[..len];
            for base in (0..len.max(1)).step_by(64) {
                let m = block_mask(t, base, alpha8);
                for i in 0..64 {
                    let want = base + i < len && t[base + i].is_ascii_alphabetic();
                    assert_eq!(m >> i & 1 == 1, want, "len {len} at {}", base + i);
                }
            }
        }
    }
}
