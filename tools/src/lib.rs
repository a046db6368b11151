//! pg_phi's measuring instruments: a deterministic synthetic clinical-note
//! generator with labelled PHI spans ([`gen`]), a scorer comparing
//! [`phi_core::Detector`] output to those labels ([`eval`]), check-digit
//! helpers ([`checks`]), PostgreSQL COPY text encoding ([`copy`]), the
//! differential test of the engine against another commit's
//! ([`engine_diff`], run by `scripts/engine_diff.sh`), and the scorer for
//! Microsoft Presidio's recognizer test vectors ([`vectors`]).
//!
//! Binaries: `phi-eval` (precision/recall table), `phi-bench` (throughput),
//! `phi-gen` (COPY file for SQL benchmarks), `phi-vectors` (pass counts on
//! Presidio's test vectors).

pub mod checks;
pub mod copy;
pub mod engine_diff;
pub mod eval;
pub mod gen;
pub mod vectors;

pub use gen::{generate, generate_one, Note, Span};
