//! Encryption without PostgreSQL types: the sealed-value [`envelope`]
//! (AES-256-GCM, header as AAD), master and data [`keys`] (wrapping,
//! parsing, fingerprints) and keyed one-way tokens in [`mac`] (blind
//! indexes, pseudonyms). The SQL layer adds key storage, caching and policy.
//!
//! Algorithms come from the RustCrypto crates (`aes-gcm`, `hmac`, `sha2`),
//! which use AES-NI/CLMUL when the CPU has them; nothing here is
//! hand-rolled cryptography.

pub mod envelope;
pub mod keys;
pub mod mac;
pub mod rng;

pub use aes_gcm::Aes256Gcm;
pub use envelope::{Envelope, EnvelopeError, Header, Subject};
pub use keys::{Key, KeyError};
