//! Differential test of the detection engine: this tree's `phi_core`
//! against a reference engine (another commit's, `phi_core_ref`), on
//! generated notes and random mutations of them (spliced-in fragments that
//! exercise every recognizer's edge cases, random identifier-shaped tokens,
//! cuts, upper-casing, truncation), at `min_score` 0.0 and
//! [`DEFAULT_MIN_SCORE`]. Stops at the first text on which the two disagree
//! and prints it.
//!
//! `scripts/engine_diff.sh` checks the reference out of git as a crate
//! `phi_core_ref` and builds a three-line `main` that hands its
//! `Detector::builtin().detect` to [`main`] (with overflow checks and debug
//! assertions on). This module is part of `phi_tools`, so the normal build
//! compiles it and a unit test runs it with the engine as its own
//! reference. It is how a change meant to leave every finding as it was (a
//! speed-up, a refactor) is checked far past what `phi-dump`'s fixed texts
//! cover.

use phi_core::{Detector, DEFAULT_MIN_SCORE};

/// A finding as both engines can report it: (type name, start, end, score).
pub type Row = (&'static str, usize, usize, f32);

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "0", "1", "9", "5", "12", "123", "1234", "12345", "-", "/", ".", ":", "(", ")", "@", "#", " ", "  ", "\n", ",", "'", "’", "+", "=",
    "é", "Ö", "ß", "中", "\u{301}", "x", "X", "Box ", "P.O. ", "age ", "aged ", "y/o", "yo", "year-old", "M", "F", "of ", "Mar", "March ",
    "15th", "Jan.", "th", "st", "Dr. ", "Mrs ", "MD", ", RN", "St", "Ave", "Street", "Main", "Smith", "John", "O'Neil", "Mary-Kate",
    "City: ", "lives in ", "ZIP ", "MRN: ", "SSN ", "phone ", "fax ", "http://", "www.", ".com", "/path", "ID ", "(", "ABC", "-12",
    "555", "123-45-6789", "(555) 123-4567", "2021-03-04", "3/14/2023", "10:30", "::1", "fe80::1", "a@b.co", "x-ray", "Jones'", "JONES'S",
];

/// This tree's findings as [`Row`]s.
pub fn rows(text: &str, min_score: f32) -> Vec<Row> {
    Detector::builtin().detect(text, min_score).iter().map(|f| (f.kind.as_str(), f.start, f.end, f.score)).collect()
}

/// What [`run`] found: both engines agreed on every text, or the first
/// text on which they did not.
pub enum Outcome {
    Identical { checked: usize, findings: usize },
    Different { round: usize, min_score: f32, text: String, new: Vec<Row>, old: Vec<Row> },
}

/// Compares this tree's engine with `reference` on `rounds` mutated texts
/// (the mutations drawn from `seed`).
pub fn run(rounds: usize, seed: u64, reference: impl Fn(&str, f32) -> Vec<Row>) -> Outcome {
    let mut rng = Rng(0x1234_5678_9abc_def1 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let notes: Vec<String> = (1..=6).flat_map(|s| crate::generate(100 + s, 500)).map(|n| n.text).collect();
    let mut checked = 0usize;
    let mut findings = 0usize;
    for r in 0..rounds {
        let base = &notes[rng.below(notes.len())];
        let mut t: String = base.clone();
        // mutate: splice in pieces at random char boundaries, or cut
        let k = 1 + rng.below(12);
        for _ in 0..k {
            let mut at = rng.below(t.len() + 1);
            while !t.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(6) {
                4 | 5 => {
                    // a random token from an identifier-ish alphabet
                    const A: &[u8] = b"0123456789012345ABCXYZabcxyz--..//::  ()#@,+'";
                    let n = 1 + rng.below(16);
                    let tok: String = (0..n).map(|_| A[rng.below(A.len())] as char).collect();
                    t.insert_str(at, &tok);
                }
                0 => {
                    let mut e = (at + rng.below(8)).min(t.len());
                    while !t.is_char_boundary(e) {
                        e += 1;
                    }
                    t.replace_range(at..e, "");
                }
                _ => t.insert_str(at, PIECES[rng.below(PIECES.len())]),
            }
        }
        if r % 7 == 0 {
            t = t.to_uppercase();
        }
        if r % 11 == 0 {
            let mut c = rng.below(t.len() + 1);
            while !t.is_char_boundary(c) {
                c -= 1;
            }
            t.truncate(c);
        }
        for min_score in [0.0f32, DEFAULT_MIN_SCORE] {
            let new = rows(&t, min_score);
            let old = reference(&t, min_score);
            if new != old {
                return Outcome::Different { round: r, min_score, text: t, new, old };
            }
            findings += new.len();
            checked += 1;
        }
    }
    Outcome::Identical { checked, findings }
}

/// The differential test's command line: `[ROUNDS (default 200000)] [SEED
/// (default 1)]`; prints "identical: ..." or the first difference (and
/// exits 1).
pub fn main(reference: impl Fn(&str, f32) -> Vec<Row>) {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let seed: u64 = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    match run(rounds, seed, reference) {
        Outcome::Identical { checked, findings } => {
            println!("identical: {checked} detect calls on {rounds} mutated texts (seed {seed}), {findings} findings")
        }
        Outcome::Different { round, min_score, text, new, old } => {
            eprintln!("DIFFERENT at round {round} min {min_score}:\n{text:?}\nnew: {new:?}\nold: {old:?}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_agrees_with_itself() {
        match run(300, 7, rows) {
            Outcome::Identical { checked, findings } => assert!(checked == 600 && findings > 1000, "{checked} {findings}"),
            Outcome::Different { round, text, .. } => panic!("round {round}: {text:?}"),
        }
    }

    #[test]
    fn a_different_engine_is_caught() {
        let shifted = |t: &str, m: f32| rows(t, m).into_iter().map(|(k, s, e, sc)| (k, s, e + 1, sc)).collect();
        assert!(matches!(run(300, 7, shifted), Outcome::Different { .. }));
    }
}
