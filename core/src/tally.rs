//! Counting a statement's values per key (class, outcome, patient) for the
//! read audit: every value the statement produces is one [`Tally::add`],
//! and the statement's events are the counts in key order
//! ([`Tally::into_sorted`]).
//!
//! Statements come in two shapes: many values of a few patients (a chart,
//! a care team's list), and one value per patient over many patients (an
//! export, a report over a whole table). A hash map alone serves the first
//! and not the second: past the cache's size every new patient is a miss,
//! and each doubling re-hashes everything counted so far. So the map is
//! kept small ([`HOT`] keys, 128 kB), and when it is full its counts are
//! moved to a list (an append, in order of memory) and the map starts
//! again; the list is sorted once, at the end, where equal keys meet and
//! are summed. A statement of a few patients never leaves the map.

use rustc_hash::FxHashMap;
use std::hash::Hash;

/// Keys the map holds before it is spilled: seven eighths of 4,096
/// buckets, the most a table of that size takes before it grows.
pub const HOT: usize = 3584;

/// Counts per key; see the module's documentation.
#[derive(Debug)]
pub struct Tally<K> {
    hot: FxHashMap<K, i64>,
    spilled: Vec<(K, i64)>,
}

impl<K> Default for Tally<K> {
    fn default() -> Self {
        Tally { hot: FxHashMap::default(), spilled: Vec::new() }
    }
}

impl<K: Copy + Eq + Hash + Ord> Tally<K> {
    /// Adds `n` (which may be negative: a value taken back) to `key`'s count.
    #[inline]
    pub fn add(&mut self, key: K, n: i64) {
        if let Some(c) = self.hot.get_mut(&key) {
            *c += n;
            return;
        }
        if self.hot.len() >= HOT {
            self.spilled.extend(self.hot.drain());
        }
        self.hot.insert(key, n);
    }

    /// Whether nothing was added (counts that sum to zero still count here).
    pub fn is_empty(&self) -> bool {
        self.hot.is_empty() && self.spilled.is_empty()
    }

    /// Each key's total, in key order, keys whose total is not above zero
    /// left out.
    pub fn into_sorted(self) -> Vec<(K, i64)> {
        let Tally { mut hot, mut spilled } = self;
        spilled.extend(hot.drain());
        spilled.sort_unstable_by_key(|&(k, _)| k);
        let mut out: Vec<(K, i64)> = Vec::with_capacity(spilled.len());
        for (k, n) in spilled {
            match out.last_mut() {
                Some(last) if last.0 == k => last.1 += n,
                _ => out.push((k, n)),
            }
        }
        out.retain(|&(_, n)| n > 0);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The same counts as a plain ordered map, whatever the order of
    /// arrival, the number of keys (below, at and far past the spill) and
    /// the values taken back.
    #[test]
    fn same_counts_as_a_map() {
        let mut next = crate::testing::xorshift(0x5eed_7a11);
        for &(keys, values) in &[(1usize, 10usize), (50, 5_000), (HOT, HOT), (HOT + 1, 3 * HOT), (40_000, 100_000)] {
            let mut t = Tally::default();
            let mut want: BTreeMap<u64, i64> = BTreeMap::new();
            for i in 0..values {
                let k = if i < keys { i as u64 } else { next(keys as u64) as u64 };
                // one value in seven is counted and then taken back
                let back = next(7) == 0;
                t.add(k, 1);
                *want.entry(k).or_default() += 1;
                if back {
                    t.add(k, -1);
                    *want.entry(k).or_default() -= 1;
                }
            }
            let want: Vec<(u64, i64)> = want.into_iter().filter(|&(_, n)| n > 0).collect();
            assert_eq!(t.into_sorted(), want, "{keys} keys, {values} values");
        }
    }

    /// A key taken back to zero in the map after part of its count was
    /// spilled still sums to the right total, and one at zero is left out.
    #[test]
    fn totals_span_the_spill() {
        let mut t = Tally::default();
        t.add(7u32, 2);
        for k in 100..100 + HOT as u32 {
            t.add(k, 1);
        }
        // 7 was spilled with 2; now it is back in the map with -2
        t.add(7, -2);
        t.add(8, 1);
        let out = t.into_sorted();
        assert!(out.iter().all(|&(k, _)| k != 7), "a key at zero is left out");
        assert_eq!(out.first(), Some(&(8, 1)));
        assert_eq!(out.len(), HOT + 1);
    }

    #[test]
    fn empty() {
        let t: Tally<u8> = Tally::default();
        assert!(t.is_empty());
        assert!(t.into_sorted().is_empty());
        let mut t = Tally::default();
        t.add(1u8, 1);
        t.add(1u8, -1);
        assert!(!t.is_empty());
        assert!(t.into_sorted().is_empty());
    }
}
