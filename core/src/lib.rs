//! pg_phi's pure core: PHI detection, redaction and Safe Harbor
//! de-identification, and the sealed-value envelope with its key wrapping
//! ([`crypto`]). No PostgreSQL types live here, so everything is tested
//! with plain `#[test]`, evaluated and benchmarked without a server.
//!
//! Offsets in [`Finding`] are **byte** offsets into the UTF-8 text; the SQL
//! layer converts them to character offsets with [`offsets::CharIndex`].

pub mod classify;
pub mod crypto;
pub mod detect;
pub mod offsets;
pub mod redact;
pub mod types;

pub use detect::{check_pattern, clear_interrupt_check, set_interrupt_check, CustomPattern, Detector, PatternError};
pub use types::{Finding, PhiType, Sensitivity};

/// The score threshold a caller gets when it names none: `detect`,
/// `contains_phi`, the SQL functions, the eval and benchmark tools. Findings
/// scoring below it are dropped before overlaps are resolved.
pub const DEFAULT_MIN_SCORE: f32 = 0.5;

/// Helpers for this crate's unit tests.
#[cfg(test)]
pub(crate) mod testing {
    /// A xorshift64 generator: `next(m)` is a number below `m`. Fixed seeds
    /// make the randomised tests reproducible.
    pub(crate) fn xorshift(mut seed: u64) -> impl FnMut(u64) -> usize {
        move |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m) as usize
        }
    }
}
