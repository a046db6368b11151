//! A cancellation hook: a process-wide function the engine calls now and
//! then while it works, so that a host can stop a long call.
//!
//! The engine itself knows nothing of the host. PostgreSQL's glue installs
//! a function that runs `CHECK_FOR_INTERRUPTS()`: when `statement_timeout`
//! has expired or `pg_cancel_backend` was called, that raises an error,
//! which reaches Rust as a panic and unwinds out of the engine. Any hook
//! that panics does the same: the call that was running panics, and the
//! engine stays usable (no lock is held while the hook runs, and the
//! per-thread scratch buffers a call borrows are simply dropped and
//! rebuilt by the next call).
//!
//! How often: every recognizer calls [`check`] at least once per
//! [`CHECK_BYTES`] bytes of text it scans, and the loops over findings
//! (overlap resolution, sorting, filtering) once per [`CHECK_ITEMS`]
//! findings, so the time between two calls stays in the low milliseconds
//! whatever the text (a few ms at most on 100 MB adversarial texts). On the
//! hot path the cost is one compare of a position against a precomputed
//! bound; the call itself is out of line.
//!
//! One exception: a custom pattern's regex search (the `regex` crate) cannot
//! be interrupted while it runs. The hook is called between its matches,
//! but one search that finds nothing scans the rest of the text (roughly
//! 0.1 to 10 ms per MB depending on the pattern and text), and a pattern
//! whose leftmost-first semantics force it to look far ahead for every
//! match (`[a-z]+X|[a-z]`) makes the `regex` crate's iteration quadratic.

use std::sync::atomic::{AtomicUsize, Ordering};

/// At most this many bytes of text are scanned between two calls of the
/// hook (per recognizer loop).
pub const CHECK_BYTES: usize = 1 << 14;

/// At most this many findings are handled between two calls of the hook in
/// the loops over findings.
pub const CHECK_ITEMS: usize = 1 << 12;

/// The installed hook as an address (0: none).
static HOOK: AtomicUsize = AtomicUsize::new(0);

const _: () = assert!(std::mem::size_of::<fn()>() == std::mem::size_of::<usize>());

/// Installs `f` as the process-wide interrupt check, replacing any earlier
/// one. Every detection call (on any thread) then calls `f` periodically:
/// at least once per [`CHECK_BYTES`] bytes of text each recognizer scans
/// and once per [`CHECK_ITEMS`] findings sorted, resolved or filtered.
///
/// `f` may panic to abandon the call in progress (in PostgreSQL it raises
/// the pending cancel or timeout error, which unwinds as a panic): the
/// panic propagates out of [`Detector::detect`](crate::Detector::detect) or
/// [`Detector::contains_phi`](crate::Detector::contains_phi), and later
/// calls work normally.
///
/// `f` should be cheap when there is nothing to do (a busy engine calls it
/// some tens of thousands of times per second) and must not call back into
/// the detector.
///
/// Not covered: one search of a custom pattern's regex (the `regex` crate
/// offers no way to stop one). The hook runs between a pattern's matches,
/// but a search that finds nothing scans the rest of the text (roughly
/// 0.1 to 10 ms per MB, depending on the pattern and the text), and a
/// pattern that must look far ahead for every match (`[a-z]+X|[a-z]`)
/// makes the `regex` crate's match iteration quadratic.
pub fn set_interrupt_check(f: fn()) {
    HOOK.store(f as usize, Ordering::Release);
}

/// Removes the interrupt check installed by [`set_interrupt_check`]: the
/// engine's periodic calls then do nothing (the default).
pub fn clear_interrupt_check() {
    HOOK.store(0, Ordering::Release);
}

/// Calls the installed hook, if any.
#[cold]
#[inline(never)]
pub(crate) fn check() {
    let f = HOOK.load(Ordering::Acquire);
    if f != 0 {
        // SAFETY: a non-zero value of HOOK was stored by
        // `set_interrupt_check` from a valid `fn()` (of the size of a
        // `usize`, asserted above).
        let f = unsafe { std::mem::transmute::<usize, fn()>(f) };
        f();
    }
}

/// Calls [`check`] once `pos` (a byte position that mostly grows) has moved
/// [`CHECK_BYTES`] past the position of the previous call.
pub(crate) struct Ticker {
    next: usize,
}

impl Ticker {
    /// A ticker whose first call comes once `pos` reaches `from +
    /// CHECK_BYTES`.
    #[inline]
    pub(crate) fn new(from: usize) -> Ticker {
        Ticker { next: from.saturating_add(CHECK_BYTES) }
    }

    /// Notes progress to `pos`.
    #[inline(always)]
    pub(crate) fn at(&mut self, pos: usize) {
        if pos >= self.next {
            self.fire(pos);
        }
    }

    #[cold]
    #[inline(never)]
    fn fire(&mut self, pos: usize) {
        self.next = pos.saturating_add(CHECK_BYTES);
        check();
    }
}

/// Calls [`check`] when `i` (an item count or index) is a multiple of
/// [`CHECK_ITEMS`], except at 0.
#[inline(always)]
pub(crate) fn every_items(i: usize) {
    if i % CHECK_ITEMS == 0 && i != 0 {
        check();
    }
}

/// Calls [`check`] when the byte position `p` of a loop stepping `step`
/// bytes at a time (at most [`CHECK_BYTES`]) has just reached a multiple of
/// [`CHECK_BYTES`] (other than 0): once per `CHECK_BYTES` bytes however the
/// loop's positions are aligned.
#[inline(always)]
pub(crate) fn every_bytes(p: usize, step: usize) {
    if p % CHECK_BYTES < step && p >= CHECK_BYTES {
        check();
    }
}

/// Drops `v`, giving its memory back 16 MB at a time with a [`check`]
/// between pieces: unmapping hundreds of megabytes at once takes tens of
/// milliseconds.
pub(crate) fn free_checked<T>(mut v: Vec<T>) {
    let piece = ((16 << 20) / std::mem::size_of::<T>().max(1)).max(1);
    v.clear();
    while v.capacity() > piece {
        v.shrink_to(v.capacity() - piece);
        check();
    }
}

/// `v.to_vec()`, copied [`CHECK_ITEMS`] elements at a time with a
/// [`check`] between pieces.
pub(crate) fn to_vec_checked<T: Copy>(v: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(v.len());
    for (k, c) in v.chunks(CHECK_ITEMS).enumerate() {
        if k > 0 {
            check();
        }
        out.extend_from_slice(c);
    }
    out
}

/// `s.is_ascii()`, with a [`check`] every [`CHECK_BYTES`] bytes.
pub(crate) fn is_ascii_checked(s: &str) -> bool {
    if s.len() <= CHECK_BYTES {
        return s.is_ascii();
    }
    s.as_bytes().chunks(CHECK_BYTES).all(|c| {
        check();
        c.is_ascii()
    })
}

/// `s.chars().count()`, with a [`check`] every [`CHECK_BYTES`] bytes.
pub(crate) fn count_chars_checked(s: &str) -> usize {
    if s.len() <= CHECK_BYTES {
        return s.chars().count();
    }
    // a char starts at every byte that is not a continuation byte
    s.as_bytes()
        .chunks(CHECK_BYTES)
        .map(|c| {
            check();
            c.iter().filter(|&&b| (b as i8) >= -0x40).count()
        })
        .sum()
}

/// `memchr::memchr_iter(needle, b)`, searched [`CHECK_BYTES`] at a time
/// with a [`check`] between pieces (one `memchr` over a huge text without
/// the byte would otherwise run for milliseconds).
pub(crate) fn memchr_checked(needle: u8, b: &[u8]) -> MemchrChecked<'_> {
    MemchrChecked { needle, b, pos: 0, piece_end: CHECK_BYTES }
}

pub(crate) struct MemchrChecked<'a> {
    needle: u8,
    b: &'a [u8],
    /// Where the search resumes.
    pos: usize,
    /// Where the current piece ends.
    piece_end: usize,
}

impl Iterator for MemchrChecked<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            let end = self.piece_end.min(self.b.len());
            if let Some(i) = memchr::memchr(self.needle, &self.b[self.pos.min(end)..end]) {
                let p = self.pos + i;
                self.pos = p + 1;
                return Some(p);
            }
            if end >= self.b.len() {
                self.pos = end;
                return None;
            }
            check();
            self.pos = end;
            self.piece_end = end + CHECK_BYTES;
        }
    }
}

/// `finder.find_iter(b)` for a needle that cannot overlap itself (no
/// proper prefix of it is also a suffix, as in "://" or "www."), searched
/// [`CHECK_BYTES`] at a time with a [`check`] between pieces. A match is
/// looked for with up to `len - 1` bytes past the piece's end, so one
/// across the seam is found once, in the piece where it starts.
pub(crate) fn memmem_checked<'a>(finder: &'a memchr::memmem::Finder<'_>, b: &'a [u8]) -> MemmemChecked<'a> {
    let k = finder.needle().len();
    debug_assert!((1..k).all(|l| finder.needle()[..l] != finder.needle()[k - l..]), "the needle overlaps itself");
    MemmemChecked { finder, k, b, pos: 0, piece_end: CHECK_BYTES }
}

pub(crate) struct MemmemChecked<'a> {
    finder: &'a memchr::memmem::Finder<'a>,
    k: usize,
    b: &'a [u8],
    pos: usize,
    piece_end: usize,
}

impl Iterator for MemmemChecked<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let n = self.b.len();
        loop {
            let end = self.piece_end.min(n);
            let hay_end = (end + self.k.saturating_sub(1)).min(n);
            if self.pos < hay_end {
                if let Some(i) = self.finder.find(&self.b[self.pos..hay_end]) {
                    let p = self.pos + i;
                    if p < end {
                        // non-overlapping, as `find_iter`
                        self.pos = p + self.k.max(1);
                        return Some(p);
                    }
                }
            }
            if end >= n {
                self.pos = n;
                return None;
            }
            check();
            self.pos = self.pos.max(end);
            self.piece_end = end + CHECK_BYTES;
        }
    }
}

/// A stable sort of `v` by `cmp` (the order `slice::sort_by` gives) that
/// calls [`check`] every [`CHECK_ITEMS`] or so elements: short runs sorted
/// by `sort_by`, then merged pairwise.
pub(crate) fn sort_by_checked<T: Copy>(v: &mut [T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    const RUN: usize = CHECK_ITEMS;
    let n = v.len();
    if n <= RUN {
        v.sort_by(&cmp);
        return;
    }
    // already in order (findings of one kind come in text order): done
    let sorted = v.chunks(CHECK_ITEMS).enumerate().all(|(k, c)| {
        check();
        let joined = k == 0 || cmp(&c[0], &v[k * CHECK_ITEMS - 1]) != std::cmp::Ordering::Less;
        joined && c.windows(2).all(|w| cmp(&w[1], &w[0]) != std::cmp::Ordering::Less)
    });
    if sorted {
        return;
    }
    for run in v.chunks_mut(RUN) {
        run.sort_by(&cmp);
        check();
    }
    let mut buf: Vec<T> = to_vec_checked(v);
    let mut width = RUN;
    // the sorted runs are in `v` when `in_v`, else in `buf`
    let mut in_v = true;
    let mut done = 0usize;
    while width < n {
        let (src, dst): (&[T], &mut [T]) = if in_v { (&*v, &mut buf[..]) } else { (&buf[..], &mut *v) };
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (a, b) = (&src[lo..mid], &src[mid..hi]);
            let (mut i, mut j, mut k) = (0, 0, lo);
            while i < a.len() && j < b.len() {
                // stable: the left run wins ties
                if cmp(&b[j], &a[i]) == std::cmp::Ordering::Less {
                    dst[k] = b[j];
                    j += 1;
                } else {
                    dst[k] = a[i];
                    i += 1;
                }
                k += 1;
                done += 1;
                every_items(done);
            }
            copy_checked(&mut dst[k..k + a.len() - i], &a[i..]);
            k += a.len() - i;
            copy_checked(&mut dst[k..hi], &b[j..]);
            lo = hi;
        }
        in_v = !in_v;
        width *= 2;
    }
    if !in_v {
        copy_checked(v, &buf);
    }
    free_checked(buf);
}

/// `dst.copy_from_slice(src)`, calling [`check`] between pieces of
/// [`CHECK_ITEMS`] elements.
fn copy_checked<T: Copy>(dst: &mut [T], src: &[T]) {
    for (d, s) in dst.chunks_mut(CHECK_ITEMS).zip(src.chunks(CHECK_ITEMS)) {
        d.copy_from_slice(s);
        check();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_searches_find_what_the_plain_ones_do() {
        let finders = [memchr::memmem::Finder::new("://"), memchr::memmem::Finder::new("www.")];
        let mut next = crate::testing::xorshift(0x2545_f491_4f6c_dd1du64);
        let alphabet = b"w.:/ax";
        for len in [0, 1, 3, CHECK_BYTES - 1, CHECK_BYTES, CHECK_BYTES + 2, 3 * CHECK_BYTES + 5] {
            for _ in 0..4 {
                let b: Vec<u8> = (0..len).map(|_| alphabet[next(alphabet.len() as u64)]).collect();
                for c in [b'w', b'/', b'@'] {
                    assert_eq!(memchr_checked(c, &b).collect::<Vec<_>>(), memchr::memchr_iter(c, &b).collect::<Vec<_>>());
                }
                for f in &finders {
                    assert_eq!(memmem_checked(f, &b).collect::<Vec<_>>(), f.find_iter(&b).collect::<Vec<_>>(), "len {len}");
                }
            }
        }
        // a match across every seam
        let mut b = vec![b'x'; 4 * CHECK_BYTES];
        for k in 1..4 {
            for off in 1..4 {
                let at = k * CHECK_BYTES - off;
                b[at..at + 4].copy_from_slice(b"www.");
            }
        }
        assert_eq!(memmem_checked(&finders[1], &b).collect::<Vec<_>>(), finders[1].find_iter(&b).collect::<Vec<_>>());
    }

    #[test]
    fn checked_sort_is_the_stable_sort() {
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
        for n in [0, 1, 5, CHECK_ITEMS / 2, CHECK_ITEMS / 2 + 1, CHECK_ITEMS, 3 * CHECK_ITEMS + 17, 20_000] {
            // (key, original index): ties on the key keep their order
            let v: Vec<(usize, usize)> = (0..n).map(|i| (next(50), i)).collect();
            let mut want = v.clone();
            want.sort_by(|a, b| a.0.cmp(&b.0));
            let mut got = v.clone();
            sort_by_checked(&mut got, |a, b| a.0.cmp(&b.0));
            assert_eq!(got, want, "n = {n}");
        }
    }
}
