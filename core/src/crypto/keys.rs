//! Key material: the master key (KEK) as read from a file or a command, and
//! data keys (DEKs) wrapped by it.
//!
//! A DEK is 32 random bytes. Stored wrapped: `nonce(12) || AES-256-GCM(KEK,
//! DEK) || tag(16)` with AAD `"pg_phi dek" || key id || version`, so a
//! wrapped key copied onto another (id, version) row fails to unwrap.
//! Every unwrapped key lives in a [`Zeroizing`] buffer (or in an `Aes256Gcm`
//! built with the `zeroize` feature) and is wiped when dropped.

use super::aead::Aes256Gcm;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fmt;
use zeroize::Zeroizing;

pub const KEY_LEN: usize = 32;
pub const WRAPPED_LEN: usize = 12 + KEY_LEN + 16;

/// A 256-bit key, wiped on drop.
pub type Key = Zeroizing<[u8; KEY_LEN]>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// The master key source did not hold 32 bytes as raw bytes, 64 hex
    /// digits or base64.
    BadMasterKeyFormat,
    /// The master key parsed but is not random (all zeros, one repeated
    /// byte, a short repeated pattern): fewer than [`MIN_DISTINCT_BYTES`]
    /// distinct byte values.
    WeakMasterKey,
    /// A wrapped key is not `WRAPPED_LEN` bytes.
    BadWrappedLength(usize),
    /// The wrapped key did not authenticate under this master key.
    UnwrapFailed,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::BadMasterKeyFormat => write!(
                f,
                "master key must be 32 bytes: 64 hexadecimal digits, 44 characters of base64, or 32 raw bytes"
            ),
            KeyError::WeakMasterKey => write!(
                f,
                "master key is not random (too few distinct bytes); generate one with: openssl rand -hex 32"
            ),
            KeyError::BadWrappedLength(n) => write!(f, "wrapped data key has {n} bytes, expected {WRAPPED_LEN}"),
            KeyError::UnwrapFailed => write!(f, "data key does not unwrap under the configured master key"),
        }
    }
}

impl std::error::Error for KeyError {}

/// A master key must have at least this many distinct byte values. 32
/// random bytes have about 30 (fewer than 16 happens with probability below
/// 10^-12); an all-zero key, a repeated byte or a short repeated pattern
/// has a handful.
pub const MIN_DISTINCT_BYTES: usize = 16;

/// Parses a master key as printed by a key file or command: 64 hex digits,
/// base64 of 32 bytes, or exactly 32 raw bytes. Surrounding ASCII white space
/// (a trailing newline) is ignored for the text forms. A key that is
/// visibly not random ([`KeyError::WeakMasterKey`]) is refused.
pub fn parse_master_key(raw: &[u8]) -> Result<Key, KeyError> {
    let key = parse_master_key_form(raw)?;
    let mut seen = [false; 256];
    key.iter().for_each(|b| seen[*b as usize] = true);
    if seen.iter().filter(|s| **s).count() < MIN_DISTINCT_BYTES {
        return Err(KeyError::WeakMasterKey);
    }
    Ok(key)
}

fn parse_master_key_form(raw: &[u8]) -> Result<Key, KeyError> {
    let mut key: Key = Zeroizing::new([0u8; KEY_LEN]);
    let trimmed = trim_ascii(raw);
    if trimmed.len() == 64 && trimmed.iter().all(u8::is_ascii_hexdigit) {
        for (i, pair) in trimmed.chunks(2).enumerate() {
            key[i] = (hex_val(pair[0]) << 4) | hex_val(pair[1]);
        }
        return Ok(key);
    }
    if trimmed.len() == 44 {
        let mut buf = Zeroizing::new([0u8; 48]);
        if let Ok(n) = STANDARD.decode_slice(trimmed, &mut buf[..]) {
            if n == KEY_LEN {
                key.copy_from_slice(&buf[..KEY_LEN]);
                return Ok(key);
            }
        }
    }
    if raw.len() == KEY_LEN {
        key.copy_from_slice(raw);
        return Ok(key);
    }
    Err(KeyError::BadMasterKeyFormat)
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let s = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let e = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(s, |e| e + 1);
    &b[s..e]
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        _ => c - b'A' + 10,
    }
}

/// A fresh random 256-bit key from the operating system's CSPRNG.
pub fn generate_key() -> Key {
    let mut k: Key = Zeroizing::new([0u8; KEY_LEN]);
    getrandom::getrandom(&mut k[..]).expect("operating system random number generator failed");
    k
}

/// A short public fingerprint of a key (a key check value): the first 8
/// bytes of HMAC-SHA256(key, "pg_phi key check"). Reveals nothing usable
/// about the key; lets an error say *which* master key wrapped a data key.
pub fn fingerprint(key: &[u8; KEY_LEN]) -> [u8; 8] {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    m.update(b"pg_phi key check");
    let out = m.finalize().into_bytes();
    out[..8].try_into().unwrap()
}

/// Lower-case hex of `b`.
pub fn hex(b: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push(D[(x >> 4) as usize] as char);
        s.push(D[(x & 15) as usize] as char);
    }
    s
}

fn wrap_aad(key_id: u32, version: u32) -> [u8; 18] {
    let mut a = [0u8; 18];
    a[..10].copy_from_slice(b"pg_phi dek");
    a[10..14].copy_from_slice(&key_id.to_be_bytes());
    a[14..].copy_from_slice(&version.to_be_bytes());
    a
}

/// Wraps data key (`key_id`, `version`) under the master key.
pub fn wrap(kek: &[u8; KEY_LEN], key_id: u32, version: u32, dek: &[u8; KEY_LEN]) -> Vec<u8> {
    let c = Aes256Gcm::new(kek);
    let mut nonce = [0u8; 12];
    super::rng::fill(&mut nonce);
    let aad = wrap_aad(key_id, version);
    let ct = c.seal(&nonce, &aad, dek).expect("AES-GCM encrypts 32 bytes");
    let mut out = Vec::with_capacity(WRAPPED_LEN);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

/// Unwraps data key (`key_id`, `version`).
pub fn unwrap(kek: &[u8; KEY_LEN], key_id: u32, version: u32, wrapped: &[u8]) -> Result<Key, KeyError> {
    if wrapped.len() != WRAPPED_LEN {
        return Err(KeyError::BadWrappedLength(wrapped.len()));
    }
    let c = Aes256Gcm::new(kek);
    let aad = wrap_aad(key_id, version);
    let nonce: &[u8; 12] = wrapped[..12].try_into().expect("length checked above");
    let pt = Zeroizing::new(c.open(nonce, &aad, &wrapped[12..]).map_err(|_| KeyError::UnwrapFailed)?);
    let mut k: Key = Zeroizing::new([0u8; KEY_LEN]);
    k.copy_from_slice(&pt);
    Ok(k)
}

/// An AES-256-GCM cipher for a data key (its key schedule is zeroized when
/// dropped).
pub fn cipher(dek: &[u8; KEY_LEN]) -> Aes256Gcm {
    Aes256Gcm::new(dek)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn master_key_forms() {
        let hex64 = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF\n";
        let k = parse_master_key(hex64.as_bytes()).unwrap();
        assert_eq!(k[0], 0x00);
        assert_eq!(k[1], 0x11);
        assert_eq!(k[31], 0xff);
        let b64 = STANDARD.encode(*k);
        assert_eq!(*parse_master_key(format!("  {b64}\n").as_bytes()).unwrap(), *k);
        let raw: [u8; 32] = std::array::from_fn(|i| (i as u8).wrapping_mul(37).wrapping_add(5));
        assert_eq!(*parse_master_key(&raw).unwrap(), raw);
        assert_eq!(parse_master_key(b"short").unwrap_err(), KeyError::BadMasterKeyFormat);
        assert_eq!(parse_master_key(&[b'g'; 64]).unwrap_err(), KeyError::BadMasterKeyFormat);
        assert_eq!(parse_master_key(b"").unwrap_err(), KeyError::BadMasterKeyFormat);
    }

    #[test]
    fn degenerate_master_keys_are_refused() {
        let zeros = "0".repeat(64);
        assert_eq!(parse_master_key(zeros.as_bytes()).unwrap_err(), KeyError::WeakMasterKey);
        assert_eq!(parse_master_key(&[7u8; 32]).unwrap_err(), KeyError::WeakMasterKey);
        assert_eq!(parse_master_key("deadbeef".repeat(8).as_bytes()).unwrap_err(), KeyError::WeakMasterKey);
        assert_eq!(parse_master_key(STANDARD.encode([0u8; 32]).as_bytes()).unwrap_err(), KeyError::WeakMasterKey);
        // 15 distinct values refused, 16 accepted
        let k15: Vec<u8> = (0..32).map(|i| (i % 15) as u8).collect();
        assert_eq!(parse_master_key(&k15).unwrap_err(), KeyError::WeakMasterKey);
        let k16: Vec<u8> = (0..32).map(|i| (i % 16) as u8).collect();
        assert!(parse_master_key(&k16).is_ok());
        // generated keys always pass
        for _ in 0..1000 {
            assert!(parse_master_key(&generate_key()[..]).is_ok());
        }
    }

    #[test]
    fn wrap_unwrap_binds_id_and_version() {
        let kek = [1u8; 32];
        let dek = generate_key();
        let w = wrap(&kek, 1, 2, &dek);
        assert_eq!(w.len(), WRAPPED_LEN);
        assert!(!w.windows(32).any(|x| x == &dek[..]));
        assert_eq!(*unwrap(&kek, 1, 2, &w).unwrap(), *dek);
        assert_eq!(unwrap(&kek, 1, 3, &w).unwrap_err(), KeyError::UnwrapFailed);
        assert_eq!(unwrap(&kek, 2, 2, &w).unwrap_err(), KeyError::UnwrapFailed);
        assert_eq!(unwrap(&[2u8; 32], 1, 2, &w).unwrap_err(), KeyError::UnwrapFailed);
        assert_eq!(unwrap(&kek, 1, 2, &w[..40]).unwrap_err(), KeyError::BadWrappedLength(40));
    }

    #[test]
    fn fingerprints_differ_and_are_stable() {
        assert_eq!(fingerprint(&[1; 32]), fingerprint(&[1; 32]));
        assert_ne!(fingerprint(&[1; 32]), fingerprint(&[2; 32]));
        assert_eq!(hex(&[0x0a, 0xff]), "0aff");
    }

    #[test]
    fn generated_keys_differ() {
        assert_ne!(*generate_key(), *generate_key());
    }
}
