//! pg_phi's pure core: PHI detection, redaction and Safe Harbor
//! de-identification, the sealed-value envelope with its key wrapping
//! ([`crypto`]), and the minimum-necessary decision ([`policy`], [`mask`]). No PostgreSQL types live here, so everything is tested
//! with plain `#[test]`, evaluated and benchmarked without a server.
//!
//! Offsets in [`Finding`] are **byte** offsets into the UTF-8 text; the SQL
//! layer converts them to character offsets with [`offsets::CharIndex`].

pub mod audit;
pub mod audit_event;
pub mod breach;
pub mod classify;
pub mod crypto;
pub mod detect;
pub mod mask;
pub mod offsets;
pub mod policy;
pub mod redact;
pub mod ring;
pub mod tally;
pub mod types;
pub mod vocabulary;

pub use detect::{check_pattern, clear_interrupt_check, set_interrupt_check, CustomPattern, Detector, PatternError};
pub use types::{Finding, PhiType, Sensitivity};

/// The score threshold a caller gets when it names none: `detect`,
/// `contains_phi`, the SQL functions, the eval and benchmark tools. Findings
/// scoring below it are dropped before overlaps are resolved.
pub const DEFAULT_MIN_SCORE: f32 = 0.5;

/// Helpers for tests and benchmarks (this crate's unit tests, its
/// integration tests and `phi_tools`): not part of the API.
#[doc(hidden)]
pub mod testing {
    /// A xorshift64 generator: `next(m)` is a number below `m`. Fixed seeds
    /// make the randomised tests reproducible.
    pub fn xorshift(mut seed: u64) -> impl FnMut(u64) -> usize {
        move |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m) as usize
        }
    }

    /// Fragments that [`random_text`] strings together: digits and digit
    /// shapes, separators, month, state, city, street, credential, label
    /// and context words, names, non-ASCII letters and marks, so that every
    /// recognizer's parsers and their pre-tests meet edge cases.
    pub const PIECES: &[&str] = &[
        "0", "1", "9", "5", "12", "123", "1234", "12345", "123456", "-", "/", ".", ":", "(", ")", "@", "#", " ", "  ", "\n",
        ",", ", ", "'", "’", "+", "=", "\t", "é", "Ö", "ß", "中", "\u{301}", "x", "X", "y", "Y", "M", "F", "of ", "Mar", "March ",
        "may ", "May", "Sept.", "sep", "DECEMBER", "15th", "Jan.", "th", "st", "Dr. ", "Mrs ", "MD", ", RN", "M.D.", "PhD", "PA-C",
        "St", "Ave", "Street", "Main", "Rd.", "Apt 4", "Box ", "P.O. ", "PO Box ", "age ", "aged ", "ages ", "age of ", "y/o", "yo",
        "year-old", "yrs", "Smith", "John", "Mary", "O'Neil", "Mary-Kate", "José", "Jones'", "JONES'S", "Springfield", "Boston",
        "New York", "IL", "MA", "Texas", "West Virginia", "City: ", "Town:", "lives in ", "moved to ", "resides in ", "lives near ", "born in ", "relocated from ", "ZIP ", "MRN: ",
        "SSN ", "phone ", "fax ", "tel: ", "DOB ", "member id ", "http://", "www.", ".com", "a@b.co", "ID ", "ABC", "-12", "555",
        "123-45-6789", "(555) 123-4567", "555.987.6543", "+1 555 123 4567", "2021-03-04", "3/14/2023", "10:30", "::1", "x-ray",
        "Patient ", "seen by ", "wife ", "Hospital", "Clinic", "the ", "and ", "pain 7/10", "BP 120/80",
    ];

    /// A random text of `n` fragments: mostly [`PIECES`], some random
    /// bytes of an identifier-ish alphabet, the whole sometimes upper-cased.
    pub fn random_text(next: &mut impl FnMut(u64) -> usize, n: usize) -> String {
        const A: &[u8] = b"0123456789012345ABCXYZabcxyz--..//::  ()#@,+'";
        let mut t = String::new();
        for _ in 0..n {
            if next(5) == 0 {
                for _ in 0..1 + next(6) {
                    t.push(A[next(A.len() as u64)] as char);
                }
            } else {
                t.push_str(PIECES[next(PIECES.len() as u64)]);
            }
        }
        if next(7) == 0 {
            t = t.to_uppercase();
        }
        t
    }

    /// Distinct names that all begin with "Ja", `n` sentences of them
    /// ("Dr. Jaqkzp Jawrtm saw Jaqkzp. "): a hard input for the names
    /// recognizer's table of names already seen (every name new, all
    /// sharing their first bytes).
    pub fn distinct_names(n: usize) -> String {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut word = || {
            let mut w = String::from("Ja");
            for _ in 0..5 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                w.push((b'a' + (x % 26) as u8) as char);
            }
            w
        };
        let mut s = String::new();
        for _ in 0..n {
            let (a, b) = (word(), word());
            s.push_str(&format!("Dr. {a} {b} saw {a}. "));
        }
        s
    }
}
