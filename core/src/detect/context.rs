//! Small helpers shared by the recognizers: context words near a
//! candidate, and a fast way to jump to the next byte of interest. All work
//! on bytes of UTF-8 text; returned offsets are char boundaries because they
//! only ever stop at ASCII bytes.

use super::interrupt::every_bytes;

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
// Byte-class bit masks, 64 bytes at a time.
//
// The recognizers look for a few kinds of bytes (digits, word starts,
// capitals after a space...) in text that is mostly something else. A
// byte-at-a-time loop pays a hard-to-predict branch on every byte; instead,
// [`Cursor`] classifies 64 bytes at once into a bit mask and jumps from one
// set bit to the next. A [`Block`] is those 64 bytes as four 16-byte
// [`Lanes`]; a class is a function from lanes to lanes (every byte in the
// class all ones, every other byte zero) built from [`Lanes`]' methods and
// `|`, `&`, `!`, so a mask of several classes ORs them before packing.
//
// On x86-64 the lanes are SSE2 registers (SSE2 is part of the x86-64
// baseline, so no runtime detection is needed): a class costs two or three
// instructions per 16 bytes and packing one `pmovmskb`. Elsewhere they are
// two `u64`s classified with the portable bit tricks below (SWAR).

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

/// Packs the high bit of each byte into the low eight bits (byte i to bit i).
#[inline(always)]
const fn gather(v: u64) -> u64 {
    ((v >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// Sixteen bytes in an SSE2 register. A class result has every byte
    /// either 0x00 or 0xff.
    #[derive(Clone, Copy)]
    pub(crate) struct Lanes(__m128i);

    // SAFETY (every `unsafe` block in this module): SSE2 is enabled on every
    // x86-64 target (it is part of the architecture's baseline), so its
    // intrinsics are always available; the only memory accesses are
    // `_mm_loadu_si128` in `load`, whose 16 bytes are checked to be in
    // bounds first, and `_mm_storeu_si128` in `to_bytes`, into a local
    // 16-byte array.
    impl Lanes {
        /// The 16 bytes at `b[at..at + 16]` (which must exist).
        #[inline(always)]
        pub(crate) fn load(b: &[u8], at: usize) -> Lanes {
            let s = &b[at..at + 16];
            Lanes(unsafe { _mm_loadu_si128(s.as_ptr() as *const __m128i) })
        }

        #[inline(always)]
        fn splat(c: u8) -> __m128i {
            unsafe { _mm_set1_epi8(c as i8) }
        }

        /// Bytes in `lo..=hi` (any bytes: a wrapping subtraction and an
        /// unsigned minimum).
        #[inline(always)]
        pub(crate) fn in_range(self, lo: u8, hi: u8) -> Lanes {
            unsafe {
                let t = _mm_sub_epi8(self.0, Self::splat(lo));
                Lanes(_mm_cmpeq_epi8(_mm_min_epu8(t, Self::splat(hi - lo)), t))
            }
        }

        /// Every byte with bit 0x20 set: ASCII letters lower-cased (other
        /// bytes change too, so only letters may be compared afterwards).
        #[inline(always)]
        pub(crate) fn fold_case(self) -> Lanes {
            Lanes(unsafe { _mm_or_si128(self.0, Self::splat(0x20)) })
        }

        /// ASCII letters.
        #[inline(always)]
        pub(crate) fn alpha(self) -> Lanes {
            self.fold_case().in_range(b'a', b'z')
        }

        /// Bytes equal to `c`.
        #[inline(always)]
        pub(crate) fn eq(self, c: u8) -> Lanes {
            Lanes(unsafe { _mm_cmpeq_epi8(self.0, Self::splat(c)) })
        }

        /// Bytes >= 0x80 (parts of non-ASCII characters).
        #[inline(always)]
        pub(crate) fn high(self) -> Lanes {
            Lanes(unsafe { _mm_cmplt_epi8(self.0, _mm_setzero_si128()) })
        }

        /// Bit i set for byte i, given a class result.
        #[inline(always)]
        pub(crate) fn bits(self) -> u64 {
            (unsafe { _mm_movemask_epi8(self.0) } as u32 & 0xffff) as u64
        }

        /// ASCII upper-case letters lower-cased, every other byte kept.
        #[inline(always)]
        pub(crate) fn to_lower(self) -> Lanes {
            Lanes(unsafe { _mm_or_si128(self.0, _mm_and_si128(self.in_range(b'A', b'Z').0, Self::splat(0x20))) })
        }

        /// The sixteen bytes.
        #[inline(always)]
        pub(crate) fn to_bytes(self) -> [u8; 16] {
            let mut a = [0u8; 16];
            unsafe { _mm_storeu_si128(a.as_mut_ptr() as *mut __m128i, self.0) };
            a
        }
    }

    impl std::ops::BitOr for Lanes {
        type Output = Lanes;
        #[inline(always)]
        fn bitor(self, o: Lanes) -> Lanes {
            Lanes(unsafe { _mm_or_si128(self.0, o.0) })
        }
    }

    impl std::ops::BitAnd for Lanes {
        type Output = Lanes;
        #[inline(always)]
        fn bitand(self, o: Lanes) -> Lanes {
            Lanes(unsafe { _mm_and_si128(self.0, o.0) })
        }
    }
}

/// The portable lanes, compiled everywhere (so tests cover them on x86-64
/// too) and used where there is no SSE2.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
mod swar {
    use super::{gather, in_range, HI, LO};

    /// Sixteen bytes as two little-endian `u64`s. A class result has the
    /// high bit of every byte in the class set, and no other bit.
    #[derive(Clone, Copy)]
    pub(crate) struct Lanes([u64; 2]);

    impl Lanes {
        /// The 16 bytes at `b[at..at + 16]` (which must exist).
        #[inline(always)]
        pub(crate) fn load(b: &[u8], at: usize) -> Lanes {
            let w = |k: usize| u64::from_le_bytes(b[at + k..at + k + 8].try_into().expect("eight bytes"));
            Lanes([w(0), w(8)])
        }

        #[inline(always)]
        fn map(self, f: impl Fn(u64) -> u64) -> Lanes {
            Lanes([f(self.0[0]), f(self.0[1])])
        }

        /// Bytes in `lo..=hi`.
        #[inline(always)]
        pub(crate) fn in_range(self, lo: u8, hi: u8) -> Lanes {
            debug_assert!(lo >= 1 && hi < 0x7f);
            self.map(|x| in_range(x, lo, hi))
        }

        /// Every byte with bit 0x20 set: ASCII letters lower-cased (other
        /// bytes change too, so only letters may be compared afterwards).
        #[inline(always)]
        pub(crate) fn fold_case(self) -> Lanes {
            self.map(|x| x | (LO * 0x20))
        }

        /// ASCII letters.
        #[inline(always)]
        pub(crate) fn alpha(self) -> Lanes {
            self.fold_case().in_range(b'a', b'z')
        }

        /// Bytes equal to `c` (ASCII, not 0 or 0x7f).
        #[inline(always)]
        pub(crate) fn eq(self, c: u8) -> Lanes {
            self.in_range(c, c)
        }

        /// Bytes >= 0x80 (parts of non-ASCII characters).
        #[inline(always)]
        pub(crate) fn high(self) -> Lanes {
            self.map(|x| x & HI)
        }

        /// Bit i set for byte i, given a class result.
        #[inline(always)]
        pub(crate) fn bits(self) -> u64 {
            gather(self.0[0]) | gather(self.0[1]) << 8
        }

        /// ASCII upper-case letters lower-cased, every other byte kept.
        #[inline(always)]
        pub(crate) fn to_lower(self) -> Lanes {
            self.map(|x| x | in_range(x, b'A', b'Z') >> 2)
        }

        /// The sixteen bytes.
        #[inline(always)]
        pub(crate) fn to_bytes(self) -> [u8; 16] {
            let mut a = [0u8; 16];
            a[..8].copy_from_slice(&self.0[0].to_le_bytes());
            a[8..].copy_from_slice(&self.0[1].to_le_bytes());
            a
        }
    }

    impl std::ops::BitOr for Lanes {
        type Output = Lanes;
        #[inline(always)]
        fn bitor(self, o: Lanes) -> Lanes {
            Lanes([self.0[0] | o.0[0], self.0[1] | o.0[1]])
        }
    }

    impl std::ops::BitAnd for Lanes {
        type Output = Lanes;
        #[inline(always)]
        fn bitand(self, o: Lanes) -> Lanes {
            Lanes([self.0[0] & o.0[0], self.0[1] & o.0[1]])
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(crate) use sse2::Lanes;
#[cfg(not(target_arch = "x86_64"))]
pub(crate) use swar::Lanes;

impl Lanes {
    /// ASCII digits.
    #[inline(always)]
    pub(crate) fn digit(self) -> Lanes {
        self.in_range(b'0', b'9')
    }

    /// ASCII upper-case letters.
    #[inline(always)]
    pub(crate) fn upper(self) -> Lanes {
        self.in_range(b'A', b'Z')
    }

    /// ASCII lower-case letters.
    #[inline(always)]
    pub(crate) fn lower(self) -> Lanes {
        self.in_range(b'a', b'z')
    }
}

/// A trie of byte strings matched ASCII case-insensitively, as a dense
/// transition table over the small alphabet of bytes its patterns use
/// (an upper-case letter shares its lower-case class); each pattern ends at
/// a node with its value. Patterns are given lower-case, in the order they
/// are walked (a trie read backwards is built from reversed patterns).
pub(crate) struct ByteTrie {
    /// Byte to alphabet class; 0 for bytes in no pattern.
    class: [u8; 256],
    classes: usize,
    /// `trans[node * classes + class]`: the child node, 0 for none (the
    /// root, node 0, is nobody's child).
    trans: Vec<u16>,
    /// The value of the pattern ending at each node, [`ByteTrie::NONE`]
    /// for none.
    values: Vec<u16>,
}

impl ByteTrie {
    pub(crate) const NONE: u16 = u16::MAX;

    /// The trie of `patterns` (bytes in walk order, value); a later pattern
    /// equal to an earlier one replaces its value.
    pub(crate) fn build<'p>(patterns: impl Iterator<Item = (&'p [u8], u16)> + Clone) -> ByteTrie {
        let mut t = ByteTrie { class: [0; 256], classes: 1, trans: Vec::new(), values: vec![Self::NONE] };
        for (p, _) in patterns.clone() {
            for &c in p {
                assert!(!c.is_ascii_uppercase(), "trie pattern {:?} must be lower-case", String::from_utf8_lossy(p));
                if t.class[c as usize] == 0 {
                    t.class[c as usize] = t.classes as u8;
                    t.class[c.to_ascii_uppercase() as usize] = t.classes as u8;
                    t.classes += 1;
                }
            }
        }
        t.trans = vec![0; t.classes];
        for (p, value) in patterns {
            let mut node = 0usize;
            for &c in p {
                let slot = node * t.classes + t.class[c as usize] as usize;
                if t.trans[slot] == 0 {
                    let new = t.values.len();
                    assert!(new < Self::NONE as usize, "trie too large");
                    t.trans[slot] = new as u16;
                    t.trans.resize(t.trans.len() + t.classes, 0);
                    t.values.push(Self::NONE);
                }
                node = t.trans[slot] as usize;
            }
            t.values[node] = value;
        }
        t
    }

    /// The node reached from `node` by byte `c`; 0 when none is (a byte in
    /// no pattern has class 0, and every node's class-0 slot stays 0).
    #[inline]
    pub(crate) fn step(&self, node: usize, c: u8) -> usize {
        self.trans[node * self.classes + self.class[c as usize] as usize] as usize
    }

    /// The value of the pattern ending at `node`, [`ByteTrie::NONE`] for none.
    #[inline]
    pub(crate) fn value(&self, node: usize) -> u16 {
        self.values[node]
    }

}

/// A fixed set of `64 * W` bits: the one-hash Bloom filters the recognizers
/// put in front of their exact tables (each picks its own hash and size).
#[derive(Clone, Copy)]
pub(crate) struct Bits<const W: usize>([u64; W]);

impl<const W: usize> Default for Bits<W> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize> Bits<W> {
    pub(crate) const fn new() -> Self {
        Bits([0; W])
    }

    /// The set with `bit` added (for tables built in `const` context).
    pub(crate) const fn with(mut self, bit: usize) -> Self {
        self.0[bit >> 6] |= 1 << (bit & 63);
        self
    }

    #[inline]
    pub(crate) fn insert(&mut self, bit: usize) {
        self.0[bit >> 6] |= 1 << (bit & 63);
    }

    #[inline]
    pub(crate) fn has(&self, bit: usize) -> bool {
        self.0[bit >> 6] >> (bit & 63) & 1 != 0
    }
}

/// The 64 bytes of text from `base` (a multiple of 64), loaded once so that
/// several masks can be taken of them. Past the end of the text every byte
/// counts as in no class: such bits are always clear.
pub(crate) struct Block {
    lanes: [Lanes; 4],
    /// Right shift that moves the loaded bytes' bits to `base` (non-zero
    /// only for the last, short block of a text of 64 bytes or more, which
    /// is loaded as the text's last 64 bytes).
    shift: u32,
}

impl Block {
    #[inline(always)]
    pub(crate) fn load(b: &[u8], base: usize) -> Block {
        let n = b.len();
        if base + 64 <= n {
            return Block { lanes: Self::lanes(b, base), shift: 0 };
        }
        if n >= 64 && base < n {
            // the text's last 64 bytes, whose masks are shifted down to
            // `base`: bits past the end fall off the top
            let from = n - 64;
            return Block { lanes: Self::lanes(b, from), shift: (base - from) as u32 };
        }
        // a text shorter than a block (or a block past its end): a
        // zero-padded copy (a zero byte is in none of the classes the
        // recognizers ask for)
        let mut pad = [0u8; 64];
        pad[..n - base.min(n)].copy_from_slice(&b[base.min(n)..]);
        Block { lanes: Self::lanes(&pad, 0), shift: 0 }
    }

    #[inline(always)]
    fn lanes(b: &[u8], at: usize) -> [Lanes; 4] {
        [Lanes::load(b, at), Lanes::load(b, at + 16), Lanes::load(b, at + 32), Lanes::load(b, at + 48)]
    }

    /// Bit i set iff byte `base + i` is in the class `f` computes.
    #[inline(always)]
    pub(crate) fn mask(&self, f: impl Fn(Lanes) -> Lanes) -> u64 {
        let [a, b, c, d] = self.lanes;
        let m = f(a).bits() | f(b).bits() << 16 | f(c).bits() << 32 | f(d).bits() << 48;
        m >> self.shift
    }
}

/// Bit i of the result is set iff byte `base + i` (i < 64) is in the class
/// `f` computes (see [`Block::mask`]).
#[inline(always)]
pub(crate) fn block_mask(b: &[u8], base: usize, f: impl Fn(Lanes) -> Lanes) -> u64 {
    Block::load(b, base).mask(f)
}

/// End of the run of ASCII digits at `p`, found eight bytes at a time: a
/// run rarely reaches eight digits, so one step nearly always settles it,
/// where a byte loop's exit branch went a different way at the end of every
/// run.
pub(crate) fn digits_end(b: &[u8], mut p: usize) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(x) = b.get(p..p + 8) {
        every_bytes(p, 8);
        let non_digits = !in_range(u64::from_le_bytes(x.try_into().expect("eight bytes")), b'0', b'9') & HI;
        if non_digits != 0 {
            return p + (non_digits.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while p < b.len() && b[p].is_ascii_digit() {
        p += 1;
    }
    p
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
            every_bytes(blk, 64);
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
            every_bytes(next, 64);
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

    /// Every class the recognizers use, as lanes and as a scalar test.
    fn classes() -> [(fn(Lanes) -> Lanes, fn(u8) -> bool); 8] {
        [
            (Lanes::alpha, |c| c.is_ascii_alphabetic()),
            (Lanes::digit, |c| c.is_ascii_digit()),
            (Lanes::upper, |c| c.is_ascii_uppercase()),
            (Lanes::lower, |c| c.is_ascii_lowercase()),
            (|x| x.eq(b','), |c| c == b','),
            (|x| x.eq(b' '), |c| c == b' '),
            (Lanes::high, |c| c >= 0x80),
            (|x| x.digit() | x.eq(b',') | x.high(), |c| c.is_ascii_digit() || c == b',' || c >= 0x80),
        ]
    }

    #[test]
    fn byte_masks_match_scalar_classes() {
        let mut t: Vec<u8> = (0u8..=255).collect();
        t.extend_from_slice("Zoë, 12 Main St; MRN#0042 café 😀 x-y A.B".as_bytes());
        t.extend((0..300u32).map(|i| (i * 37 % 251) as u8));
        for (f, g) in classes() {
            for base in (0..t.len() + 64).step_by(64) {
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

    /// Lower-casing keeps every byte but ASCII capitals, in both lane kinds.
    #[test]
    fn lanes_lower_case_ascii_capitals_only() {
        let t: Vec<u8> = (0u8..=255).collect();
        for at in (0..t.len()).step_by(16) {
            let want: Vec<u8> = t[at..at + 16].iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(Lanes::load(&t, at).to_lower().to_bytes().to_vec(), want);
            assert_eq!(super::swar::Lanes::load(&t, at).to_lower().to_bytes().to_vec(), want);
        }
    }

    /// The portable lanes agree with the scalar classes on every byte they
    /// are asked about (ASCII ranges, and high bytes), on every target.
    #[test]
    fn portable_lanes_match_scalar_classes() {
        use super::swar::Lanes as P;
        let checks: [(fn(P) -> P, fn(u8) -> bool); 7] = [
            (P::alpha, |c| c.is_ascii_alphabetic()),
            (|x| x.in_range(b'0', b'9'), |c| c.is_ascii_digit()),
            (|x| x.in_range(b'A', b'Z'), |c| c.is_ascii_uppercase()),
            (|x| x.eq(b','), |c| c == b','),
            (|x| x.eq(b' ') | x.eq(b'-'), |c| c == b' ' || c == b'-'),
            (P::high, |c| c >= 0x80),
            (|x| x.alpha() & x.in_range(b'a', b'z'), |c| c.is_ascii_lowercase()),
        ];
        let t: Vec<u8> = (0u8..=255).collect();
        for (f, g) in checks {
            for at in (0..t.len()).step_by(16) {
                let m = f(P::load(&t, at)).bits();
                for i in 0..16 {
                    assert_eq!(m >> i & 1 == 1, g(t[at + i]), "byte {:#x}", t[at + i]);
                }
            }
        }
    }

    #[test]
    fn digit_runs_end_where_the_digits_do() {
        let t = b"1 22 333 4444 55555 666666 7777777 88888888 999999999 0123456789012345678x12";
        for p in 0..=t.len() {
            for len in p..=t.len() {
                let b = &t[..len];
                let want = p + b[p..].iter().take_while(|c| c.is_ascii_digit()).count();
                assert_eq!(digits_end(b, p), want, "at {p} in {len} bytes");
            }
        }
    }

    #[test]
    fn byte_masks_of_every_tail_length() {
        let t: Vec<u8> = (0..200u32).map(|i| b"aZ9 ,\xc3x"[(i * 3 % 7) as usize]).collect();
        for len in 0..t.len() {
            let t = &t[..len];
            for base in (0..len.max(1)).step_by(64) {
                for (f, g) in classes() {
                    let m = block_mask(t, base, f);
                    for i in 0..64 {
                        let want = base + i < len && g(t[base + i]);
                        assert_eq!(m >> i & 1 == 1, want, "len {len} at {}", base + i);
                    }
                }
            }
        }
    }
}
