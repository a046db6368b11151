//! Differential test of the detection engine: this tree's `phi_core`
//! against another commit's (`phi_core_ref`), on generated notes and random
//! mutations of them (spliced-in fragments that exercise every recognizer's
//! edge cases, random identifier-shaped tokens, cuts, upper-casing,
//! truncation), at `min_score` 0.0 and 0.5. Stops at the first text on
//! which the two disagree and prints it.
//!
//! Built and run by `scripts/engine_diff.sh`, which checks the reference
//! out of git; this file is not part of the workspace. It is how a change
//! meant to leave every finding as it was (a speed-up) is checked far past
//! what `phi-dump`'s fixed texts cover.
use phi_core::Detector;
use phi_core_ref::Detector as Ref;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 { self.0 ^= self.0 << 13; self.0 ^= self.0 >> 7; self.0 ^= self.0 << 17; self.0 }
    fn below(&mut self, n: usize) -> usize { (self.next() % n as u64) as usize }
}

const PIECES: &[&str] = &[
    "0", "1", "9", "5", "12", "123", "1234", "12345", "-", "/", ".", ":", "(", ")", "@", "#", " ", "  ", "\n", ",", "'", "’", "+", "=",
    "é", "Ö", "ß", "中", "\u{301}", "x", "X", "Box ", "P.O. ", "age ", "aged ", "y/o", "yo", "year-old", "M", "F", "of ", "Mar", "March ",
    "15th", "Jan.", "th", "st", "Dr. ", "Mrs ", "MD", ", RN", "St", "Ave", "Street", "Main", "Smith", "John", "O'Neil", "Mary-Kate",
    "City: ", "lives in ", "ZIP ", "MRN: ", "SSN ", "phone ", "fax ", "http://", "www.", ".com", "/path", "ID ", "(", "ABC", "-12",
    "555", "123-45-6789", "(555) 123-4567", "2021-03-04", "3/14/2023", "10:30", "::1", "fe80::1", "a@b.co", "x-ray", "Jones'", "JONES'S",
];

fn main() {
    // (debug assertions and overflow checks are on in this build: a wrapped
    // index in a fast path panics here instead of reading a wrong byte)
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let (new, old) = (Detector::builtin(), Ref::builtin());
    let seed: u64 = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut rng = Rng(0x1234_5678_9abc_def1 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let notes: Vec<String> = (1..=6).flat_map(|s| phi_tools::generate(100 + s, 500)).map(|n| n.text).collect();
    let mut checked = 0usize;
    let mut findings = 0usize;
    for r in 0..rounds {
        let base = &notes[rng.below(notes.len())];
        let mut t: String = base.clone();
        // mutate: splice in pieces at random char boundaries, or cut
        let k = 1 + rng.below(12);
        for _ in 0..k {
            let mut at = rng.below(t.len() + 1);
            while !t.is_char_boundary(at) { at -= 1; }
            match rng.below(6) {
                4 | 5 => {
                    // a random token from an identifier-ish alphabet
                    const A: &[u8] = b"0123456789012345ABCXYZabcxyz--..//::  ()#@,+'";
                    let n = 1 + rng.below(16);
                    let tok: String = (0..n).map(|_| A[rng.below(A.len())] as char).collect();
                    t.insert_str(at, &tok);
                }
                0 => { let mut e = (at + rng.below(8)).min(t.len()); while !t.is_char_boundary(e) { e += 1; } t.replace_range(at..e, ""); }
                _ => t.insert_str(at, PIECES[rng.below(PIECES.len())]),
            }
        }
        if r % 7 == 0 { t = t.to_uppercase(); }
        if r % 11 == 0 { let mut c = rng.below(t.len() + 1); while !t.is_char_boundary(c) { c -= 1; } t.truncate(c); }
        for min in [0.0f32, 0.5] {
            let a = new.detect(&t, min);
            let b = old.detect(&t, min);
            let same = a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.kind.as_str() == y.kind.as_str() && x.start == y.start && x.end == y.end && x.score == y.score);
            if !same {
                eprintln!("DIFFERENT at round {r} min {min}:\n{t:?}\nnew: {:?}\nold: {:?}", a.iter().map(|f| (f.kind.as_str(), f.start, f.end, f.score)).collect::<Vec<_>>(), b.iter().map(|f| (f.kind.as_str(), f.start, f.end, f.score)).collect::<Vec<_>>());
                std::process::exit(1);
            }
            findings += a.len();
            checked += 1;
        }
    }
    println!("identical: {checked} detect calls on {rounds} mutated texts (seed {seed}), {findings} findings");
}
