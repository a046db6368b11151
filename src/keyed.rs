//! Keyed digests: blind indexes (equality lookups on a protected column),
//! subject digests (which patient a sealed value belongs to, without the
//! id) and pseudonyms (`redact(..., 'pseudonym')`). All are HMACs
//! (`phi_core::crypto::mac`) under keys of their own (`phi.keys` ids 2 and
//! 3), each with its own domain tag.
//!
//! A keyed function of a guessable value can be matched against the same
//! function of guesses, so computing one on request needs plaintext rights
//! on its class (`policy::require_keyed_right`), and a patient id's digest
//! needs `phi_reader` or `phi_admin` (`policy::require_subject_right`); the
//! column trigger computes them for whoever writes the row (README: what a
//! writer can learn).

use crate::classes;
use crate::error::PhiError;
use crate::keys::{self, BLIND_INDEX_KEY, PSEUDONYM_KEY};
use crate::policy::{require_keyed_right, require_subject_right};
use phi_core::crypto::envelope::{self, Subject, SUBJECT_DIGEST_LEN};
use phi_core::crypto::mac;
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;

/// The keyed digest a format-2 header carries for subject id `s`.
pub fn subject_digest(s: &str) -> Result<[u8; SUBJECT_DIGEST_LEN], PhiError> {
    if s.is_empty() || !envelope::valid_subject(s) {
        return Err(PhiError::BadSubject);
    }
    let key = keys::mac_key(BLIND_INDEX_KEY)?;
    Ok(mac::subject_digest(&key, s))
}

/// The digest of a header's subject, whatever its format (a 0.1.0 header
/// carries the id in clear, which is digested here).
pub fn header_digest(s: Option<Subject<'_>>) -> Result<Option<[u8; SUBJECT_DIGEST_LEN]>, PhiError> {
    Ok(match s {
        None => None,
        Some(Subject::Digest(d)) => Some(d.try_into().map_err(|_| phi_core::crypto::EnvelopeError::BadSubject)?),
        Some(Subject::Clear(c)) => Some(subject_digest(c)?),
    })
}

/// The blind index of `value` as class `class`.
pub fn blind_index(value: &str, class: &str) -> Result<Vec<u8>, PhiError> {
    classes::check(class)?;
    let key = keys::mac_key(BLIND_INDEX_KEY)?;
    Ok(mac::blind_index(&key, class, value).to_vec())
}

/// The keyed pseudonym of `value` as PHI type `tag` (for redact, which
/// checks plaintext rights first).
pub fn pseudonym(tag: &str, value: &str) -> Result<String, PhiError> {
    let key = keys::mac_key(PSEUDONYM_KEY)?;
    Ok(mac::pseudonym(&key, tag, value))
}

/// `phi.blind_index(value, class)`: needs plaintext rights on the class (a
/// blind index compared with indexes of every date of birth recovers each
/// row's date).
#[pg_extern(sql = false)]
fn blind_index_sql(value: &str, class: &str) -> Result<Vec<u8>, ErrorReport> {
    classes::check(class)?;
    require_keyed_right("phi.blind_index", class)?;
    Ok(blind_index(value, class)?)
}

/// `phi.subject_digest(id)`: the digest `phi.subject()` shows for values
/// bound to subject `id`. A keyed function of a guessable id: needs
/// `phi_reader` or `phi_admin`.
#[pg_extern(sql = false)]
fn subject_digest_sql(subject: &str) -> Result<String, ErrorReport> {
    require_subject_right("phi.subject_digest")?;
    Ok(phi_core::crypto::keys::hex(&subject_digest(subject)?))
}
