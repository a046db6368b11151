//! Overlap resolution: one finding per span, best first.
//!
//! The definition: sort the candidates best first (higher score, then the
//! longer span, then the earlier start; stable, so among equals the
//! recognizer that ran first wins), keep each one that overlaps nothing
//! kept so far, return the survivors by (start, end).
//!
//! Done literally that is quadratic in the number of candidates, and so is
//! keeping the survivors in a start-sorted `Vec` when the best-first order
//! is far from text order: each insertion in the middle moves everything
//! after it, and interleaved findings of different scores ("DOB 03/15/1885
//! age 104 ZIP 03601" repeated) insert all over the vector. That vector is
//! still the fastest way for small inputs and for findings that come
//! nearly in text order, so it is used while its insertions stay cheap
//! (see [`resolve_with`]); otherwise [`resolve_large`] answers each "does
//! it overlap anything kept?" in O(log n):
//!
//! * Non-empty survivors never overlap each other, so sorted by start they
//!   also have ascending ends: whether a candidate overlaps any of them is
//!   decided by the one survivor starting last before the candidate's end.
//!   Survivors are set bits over the ranks of the candidates' starts, in a
//!   bit set that finds the previous member in a few word operations
//!   ([`PrevSet`]).
//! * A degenerate candidate (`end <= start`, which only [`super::resolve`]
//!   callers can pass) overlaps a span `k` exactly when `k.start < end` and
//!   `start < k.end`, so the same survivor decides for it; two degenerate
//!   ones never overlap each other. A non-empty candidate `f` overlaps a
//!   kept degenerate `d` when `d.end > f.start` and `d.start < f.end`: the
//!   smallest `d.start` among kept degenerates with `d.end > f.start`
//!   decides, a suffix minimum kept in a Fenwick tree over the ranks of the
//!   degenerates' ends ([`SuffixMin`]).

use super::interrupt::{check, every_items, free_checked, sort_by_checked, CHECK_ITEMS};
use crate::types::Finding;
use std::cmp::Ordering;

/// Up to this many candidates, survivors are kept in a start-sorted
/// vector whatever its insertions cost (cheap at this size).
pub(crate) const SMALL: usize = 64;

/// Best first: higher score, then the longer span, then the earlier start.
fn priority(a: &Finding, b: &Finding) -> Ordering {
    b.score
        .partial_cmp(&a.score)
        .unwrap_or(Ordering::Equal)
        .then((b.end.wrapping_sub(b.start)).cmp(&(a.end.wrapping_sub(a.start))))
        .then(a.start.cmp(&b.start))
}

/// Whether `f` is degenerate (empty or reversed).
#[inline]
fn degenerate(f: &Finding) -> bool {
    f.end <= f.start
}

/// The survivors of `c` (which it reorders), sorted by (start, end).
pub(crate) fn resolve_slice(c: &mut [Finding]) -> Vec<Finding> {
    resolve_with(c, SMALL)
}

/// [`resolve_slice`], with `small` the number of candidates up to which
/// the survivors are kept in a start-sorted vector however many elements
/// its insertions move (a parameter for tests).
///
/// Past `small`, the vector is still tried first (it is the fastest way
/// when the best-first order is close to text order, as with findings of
/// one kind), but only until its insertions have moved four elements per
/// candidate, or one insertion would move more than [`MAX_SHIFT`]: then
/// [`resolve_large`] starts over. So the whole is O(n log n) either way,
/// and the result the same.
pub(crate) fn resolve_with(c: &mut [Finding], small: usize) -> Vec<Finding> {
    if c.len() <= 1 {
        return c.to_vec();
    }
    sort_by_checked(c, priority);
    let any_degenerate = c.chunks(CHECK_ITEMS).enumerate().any(|(k, c)| {
        if k > 0 {
            check();
        }
        c.iter().any(degenerate)
    });
    if any_degenerate {
        if c.len() > small {
            return resolve_large(c);
        }
        let mut kept: Vec<Finding> = Vec::with_capacity(c.len());
        for f in c.iter() {
            if !kept.iter().any(|k| k.overlaps(f)) {
                kept.push(*f);
            }
        }
        kept.sort_by_key(|f| (f.start, f.end));
        return kept;
    }
    let (budget, max_shift) = if c.len() > small { (4 * c.len(), MAX_SHIFT) } else { (usize::MAX, usize::MAX) };
    let mut moved = 0usize;
    let mut next_check = MOVES_PER_CHECK;
    let mut kept: Vec<Finding> = Vec::with_capacity(c.len());
    for (i, f) in c.iter().enumerate() {
        every_items(i);
        let at = kept.partition_point(|k| k.start < f.end);
        if at > 0 && kept[at - 1].end > f.start {
            continue;
        }
        let shift = kept.len() - at;
        moved += shift;
        if shift > max_shift || moved > budget {
            free_checked(kept);
            return resolve_large(c);
        }
        if moved >= next_check {
            check();
            next_check = moved + MOVES_PER_CHECK;
        }
        kept.insert(at, *f);
    }
    kept
}

/// Past [`SMALL`], the most elements one insertion into the vector of
/// survivors may move (1.5 MB of memory) before [`resolve_large`] takes
/// over: one insertion is one `memmove`, which no interrupt check can
/// split.
const MAX_SHIFT: usize = 1 << 16;

/// Elements moved by insertions between two interrupt checks.
const MOVES_PER_CHECK: usize = 1 << 18;

/// The survivors of `c`, sorted best first, in O(n log n).
fn resolve_large(c: &[Finding]) -> Vec<Finding> {
    if c.is_empty() {
        return Vec::new();
    }
    // the starts of the non-empty candidates and the ends of the
    // degenerate ones, sorted: the rank spaces of the two structures
    // (room for all: growing a vector copies it whole, and pages never
    // written to cost nothing)
    let mut starts: Vec<usize> = Vec::with_capacity(c.len());
    let mut dends: Vec<usize> = Vec::new();
    for (i, f) in c.iter().enumerate() {
        if degenerate(f) {
            dends.push(f.end);
        } else {
            starts.push(f.start);
        }
        every_items(i);
    }
    sort_by_checked(&mut starts, usize::cmp);
    sort_by_checked(&mut dends, usize::cmp);
    // kept non-empty findings, by the rank of their start: their ends and
    // their indexes in `c` (zero-filled vectors: their pages cost nothing
    // until written)
    let mut spans = PrevSet::new(starts.len());
    let mut span_end: Vec<usize> = vec![0; starts.len()];
    let mut span_idx: Vec<usize> = vec![0; starts.len()];
    // kept degenerate findings: the smallest start per rank of their end
    let mut points = SuffixMin::new(dends.len());
    let mut kept_points: Vec<Finding> = Vec::new();
    for (i, f) in c.iter().enumerate() {
        // (a few binary searches per finding over arrays that do not fit in
        // cache: a check every 1024)
        if i % 1024 == 0 && i > 0 {
            check();
        }
        // the kept non-empty span starting last before `f.end` (the end
        // of a degenerate finding is its low end)
        let before_end = starts.partition_point(|&s| s < f.end);
        let hit_span = spans.prev(before_end).is_some_and(|r| span_end[r] > f.start);
        if hit_span {
            continue;
        }
        if degenerate(f) {
            // cannot overlap another degenerate one
            let r = dends.partition_point(|&e| e < f.end);
            points.lower(r, f.start);
            kept_points.push(*f);
        } else {
            // a kept degenerate d with d.end > f.start and d.start < f.end
            if !kept_points.is_empty() {
                let from = dends.partition_point(|&e| e <= f.start);
                if points.min_from(from) < f.end {
                    continue;
                }
            }
            let r = starts.partition_point(|&s| s < f.start);
            spans.insert(r);
            span_end[r] = f.end;
            span_idx[r] = i;
        }
    }
    free_checked(starts);
    free_checked(dends);
    free_checked(points.tree);
    // the kept non-empty findings by start: the members of `spans` in order
    let members = &spans.levels[0];
    let count = members.iter().map(|w| w.count_ones() as usize).sum::<usize>();
    let mut kept: Vec<Finding> = Vec::with_capacity(count + kept_points.len());
    for (w, &word) in members.iter().enumerate() {
        every_items(w * 64);
        let mut x = word;
        while x != 0 {
            kept.push(c[span_idx[w * 64 + x.trailing_zeros() as usize]]);
            x &= x - 1;
        }
    }
    free_checked(span_end);
    free_checked(span_idx);
    for level in spans.levels {
        free_checked(level);
    }
    if !kept_points.is_empty() {
        // Degenerate survivors (only `resolve` callers pass any) go in by
        // (start, end); they never tie with a non-empty one, and among
        // themselves keep their best-first order (a stable sort).
        kept.extend_from_slice(&kept_points);
        sort_by_checked(&mut kept, |a, b| (a.start, a.end).cmp(&(b.start, b.end)));
    }
    check();
    kept
}

/// A set of `0..n` that finds the largest member below a bound in a few
/// word operations: 64-way levels of bits, each bit of a level saying
/// whether the 64-bit word below it is non-zero.
struct PrevSet {
    levels: Vec<Vec<u64>>,
}

impl PrevSet {
    fn new(n: usize) -> PrevSet {
        let mut levels = Vec::new();
        let mut len = n.max(1);
        loop {
            let words = len.div_ceil(64);
            levels.push(vec![0u64; words]);
            if words == 1 {
                break;
            }
            len = words;
        }
        PrevSet { levels }
    }

    fn insert(&mut self, mut i: usize) {
        for level in &mut self.levels {
            let was = level[i / 64];
            level[i / 64] = was | 1 << (i % 64);
            if was != 0 {
                break;
            }
            i /= 64;
        }
    }

    /// The largest member below `p`.
    fn prev(&self, mut p: usize) -> Option<usize> {
        for (l, words) in self.levels.iter().enumerate() {
            let (w, below) = if p >= words.len() * 64 { (words.len() - 1, !0u64) } else { (p / 64, (1u64 << (p % 64)) - 1) };
            let x = words[w] & below;
            if x != 0 {
                let mut i = w * 64 + 63 - x.leading_zeros() as usize;
                for lower in self.levels[..l].iter().rev() {
                    i = i * 64 + 63 - lower[i].leading_zeros() as usize;
                }
                return Some(i);
            }
            // the words before `w` of this level are the bits below `w` of
            // the next
            p = w;
        }
        None
    }
}

/// Minimum of values at ranks `r..n`, with values only ever lowered: a
/// Fenwick tree over the reversed ranks.
struct SuffixMin {
    tree: Vec<usize>,
}

impl SuffixMin {
    fn new(n: usize) -> SuffixMin {
        SuffixMin { tree: vec![usize::MAX; n + 1] }
    }

    /// Lowers the value at rank `r` to `v` (if that is lower).
    fn lower(&mut self, r: usize, v: usize) {
        let n = self.tree.len() - 1;
        let mut i = n - r; // 1-based reversed rank
        while i <= n {
            self.tree[i] = self.tree[i].min(v);
            i += i & i.wrapping_neg();
        }
    }

    /// The minimum over ranks `r..n` (`usize::MAX` when empty).
    fn min_from(&self, r: usize) -> usize {
        let n = self.tree.len() - 1;
        let mut i = n.saturating_sub(r);
        let mut m = usize::MAX;
        while i > 0 {
            m = m.min(self.tree[i]);
            i -= i & i.wrapping_neg();
        }
        m
    }
}

const _: () = assert!(CHECK_ITEMS.is_power_of_two());

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::PhiType;

    #[test]
    fn prev_set_finds_the_previous_member() {
        for n in [1, 63, 64, 65, 4096, 4097, 300_000] {
            let mut s = PrevSet::new(n);
            let members: Vec<usize> = (0..n).filter(|i| i % 977 == 5 || *i == n - 1).collect();
            for &m in &members {
                s.insert(m);
            }
            for p in (0..=n).step_by(n / 50 + 1).chain([0, n, n.saturating_sub(1)]) {
                let want = members.iter().rev().find(|&&m| m < p).copied();
                assert_eq!(s.prev(p), want, "n {n} p {p}");
            }
        }
    }

    #[test]
    fn suffix_min_is_the_minimum_of_the_suffix() {
        let n = 100;
        let mut s = SuffixMin::new(n);
        let mut vals = vec![usize::MAX; n];
        for (k, r) in [5usize, 70, 33, 99, 0, 70].into_iter().enumerate() {
            let v = 1000 - 7 * k;
            s.lower(r, v);
            vals[r] = vals[r].min(v);
            for from in 0..=n {
                assert_eq!(s.min_from(from), vals[from..].iter().copied().min().unwrap_or(usize::MAX));
            }
        }
    }

    /// The large-input way agrees with the small-input one (itself checked
    /// against the literal definition in `detect::tests`), with reversed
    /// spans too.
    #[test]
    fn large_way_matches_small_way() {
        let mut next = crate::testing::xorshift(0x2545_f491_4f6c_dd1du64);
        for round in 0..600 {
            let n = next(300);
            let c: Vec<Finding> = (0..n)
                .map(|_| {
                    let start = next(400);
                    let len = if round % 3 == 0 { next(12) } else { 1 + next(12) };
                    let kind = PhiType::ALL[next(PhiType::ALL.len() as u64)];
                    let mut f = Finding::new(kind, start, start + len, next(5) as f32 / 4.0);
                    if round % 5 == 0 && next(4) == 0 {
                        // reversed
                        f.end = f.start.saturating_sub(next(6));
                    }
                    f
                })
                .collect();
            let small = resolve_with(&mut c.clone(), usize::MAX);
            let mut sorted = c.clone();
            sort_by_checked(&mut sorted, priority);
            let large = resolve_large(&sorted);
            assert_eq!(large, small, "round {round}");
            // and the vector with a budget, which may hand over midway
            assert_eq!(resolve_with(&mut c.clone(), 0), small, "round {round}");
        }
    }
}
