//! Encryption without PostgreSQL types: the sealed-value [`envelope`]
//! (AES-256-GCM, header as AAD), master and data [`keys`] (wrapping,
//! parsing, fingerprints) and keyed one-way tokens in [`mac`] (blind
//! indexes, pseudonyms). The SQL layer adds key storage, caching and policy.
//!
//! Algorithms come from well-kept libraries: AES-256-GCM from AWS-LC
//! (`aws-lc-rs`, see [`aead`]), HMAC-SHA-256 from the RustCrypto crates
//! (`hmac`, `sha2`); both use the CPU's AES and SHA instructions when it has
//! them. Nothing here is hand-rolled cryptography.

pub mod aead;
pub mod envelope;
pub mod keys;
pub mod mac;
pub mod rng;

pub use aead::Aes256Gcm;
pub use envelope::{Envelope, EnvelopeError, Header, Subject};
pub use keys::{Key, KeyError};
