//! Keyed one-way tokens: blind indexes (equality search on sealed columns)
//! and pseudonyms (the `pseudonym` redaction style). Both are
//! HMAC-SHA256 under a dedicated data key, over a domain tag, the class or
//! PHI type, and the value normalised for its class, so that
//! `123-45-6789` and `123456789` meet, but the same SSN under another key or
//! class does not.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::borrow::Cow;

/// Bytes of HMAC output kept in a blind index. 16 bytes (128 bits) keeps
/// accidental collisions out of reach while staying small in a btree.
pub const BLIND_INDEX_LEN: usize = 16;

/// Normalises a value for matching: digits only for number-shaped classes
/// (ssn, phone, fax, zip, account, mrn, health plan and device numbers keep
/// their letters too, upper-cased), lower-case for e-mail, trimmed
/// otherwise.
pub fn normalize<'a>(class: &str, value: &'a str) -> Cow<'a, str> {
    match class {
        "ssn" | "phone" | "fax" | "zip" => Cow::Owned(value.chars().filter(char::is_ascii_digit).collect()),
        "mrn" | "account" | "health_plan" | "insurance_id" | "license" | "vehicle" | "device" | "id" => {
            Cow::Owned(value.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect())
        }
        "email" | "url" => Cow::Owned(value.trim().to_lowercase()),
        _ => Cow::Borrowed(value.trim()),
    }
}

fn hmac(key: &[u8; 32], domain: &[u8], class: &str, value: &str) -> [u8; 32] {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    m.update(domain);
    m.update(&[0]);
    m.update(class.as_bytes());
    m.update(&[0]);
    m.update(normalize(class, value).as_bytes());
    m.finalize().into_bytes().into()
}

/// The blind index of `value` in `class`.
pub fn blind_index(key: &[u8; 32], class: &str, value: &str) -> [u8; BLIND_INDEX_LEN] {
    hmac(key, b"pg_phi blind index v1", class, value)[..BLIND_INDEX_LEN].try_into().unwrap()
}

/// The keyed digest of a subject (patient) id that a format-2 envelope
/// header carries instead of the id: HMAC-SHA256 under the blind-index key
/// with its own domain tag (so it never equals a blind index), truncated to
/// [`SUBJECT_DIGEST_LEN`](super::envelope::SUBJECT_DIGEST_LEN) bytes. The
/// id is taken exactly as given (no normalisation): `M-100` and `m100` are
/// different patients.
pub fn subject_digest(key: &[u8; 32], subject: &str) -> [u8; super::envelope::SUBJECT_DIGEST_LEN] {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    m.update(b"pg_phi subject v1");
    m.update(&[0]);
    m.update(subject.as_bytes());
    let out: [u8; 32] = m.finalize().into_bytes().into();
    out[..super::envelope::SUBJECT_DIGEST_LEN].try_into().unwrap()
}

/// The pseudonym token of `value` found as PHI type `type_name` (an
/// upper-case tag such as `SSN`): `[SSN-k3v9q2xw]`, 8 base-32 characters
/// (40 bits) of HMAC. Stable within a database (one key), unlinkable
/// without it.
pub fn pseudonym(key: &[u8; 32], type_name: &str, value: &str) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let class = type_name.to_ascii_lowercase();
    let h = hmac(key, b"pg_phi pseudonym v1", &class, value);
    let mut bits = u64::from_be_bytes(h[..8].try_into().unwrap());
    let mut s = String::with_capacity(type_name.len() + 11);
    s.push('[');
    s.push_str(&type_name.to_ascii_uppercase());
    s.push('-');
    for _ in 0..8 {
        s.push(ALPHABET[(bits >> 59) as usize] as char);
        bits <<= 5;
    }
    s.push(']');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_per_class() {
        assert_eq!(normalize("ssn", "123-45-6789"), "123456789");
        assert_eq!(normalize("phone", "(555) 201-3344"), "5552013344");
        assert_eq!(normalize("email", " J.Smith@Example.ORG "), "j.smith@example.org");
        assert_eq!(normalize("mrn", "mrn-00123a"), "MRN00123A");
        assert_eq!(normalize("name", "  Jane Doe "), "Jane Doe");
    }

    #[test]
    fn blind_index_matches_equal_values_only() {
        let k = [3u8; 32];
        assert_eq!(blind_index(&k, "ssn", "123-45-6789"), blind_index(&k, "ssn", "123456789"));
        assert_ne!(blind_index(&k, "ssn", "123-45-6789"), blind_index(&k, "ssn", "123-45-6788"));
        assert_ne!(blind_index(&k, "ssn", "123456789"), blind_index(&k, "phone", "123456789"));
        assert_ne!(blind_index(&k, "ssn", "123456789"), blind_index(&[4u8; 32], "ssn", "123456789"));
    }

    #[test]
    fn subject_digests_are_exact_keyed_and_apart_from_blind_indexes() {
        let k = [7u8; 32];
        let d = subject_digest(&k, "M-100");
        assert_eq!(d, subject_digest(&k, "M-100"));
        assert_ne!(d, subject_digest(&k, "M100"));
        assert_ne!(d, subject_digest(&k, " M-100"));
        assert_ne!(d, subject_digest(&[8u8; 32], "M-100"));
        // no data class makes a blind index equal a subject digest
        for class in ["", "subject", "mrn", "other"] {
            assert_ne!(&d[..], &blind_index(&k, class, "M-100")[..]);
        }
        assert!(!d.windows(5).any(|w| w == b"M-100"));
    }

    #[test]
    fn pseudonyms_are_stable_keyed_and_tagged() {
        let k = [5u8; 32];
        let a = pseudonym(&k, "SSN", "123-45-6789");
        assert_eq!(a, pseudonym(&k, "SSN", "123456789"));
        assert!(a.starts_with("[SSN-") && a.ends_with(']') && a.len() == 14, "{a}");
        assert_ne!(a, pseudonym(&k, "SSN", "123-45-6780"));
        assert_ne!(a, pseudonym(&[6u8; 32], "SSN", "123-45-6789"));
        assert!(!a.contains("6789"));
    }
}
