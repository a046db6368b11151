//! AES-256-GCM, the one AEAD of pg_phi (sealed values and wrapped data
//! keys), behind a small interface so the rest of the code names no
//! library.
//!
//! The implementation is AWS-LC through `aws-lc-rs` (the BoringSSL-derived
//! library rustls uses by default, with a FIPS 140-3 validated build). The
//! RustCrypto `aes-gcm` crate it replaced produces the same bytes (a test
//! below seals with one and opens with the other) but took 199 ns to open a
//! 100-byte value on the reference machine against 122 ns here: GHASH one
//! block at a time, and a copy before decrypting in place. Per value, that
//! was the largest single cost of a decrypting read.
//!
//! Key material: AWS-LC keeps the expanded key in its context and wipes it
//! (`OPENSSL_cleanse`) when the context is freed, that is when a
//! [`Aes256Gcm`] is dropped.

use aws_lc_rs::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};

/// Nonce length (96 bits, the GCM standard size).
pub const NONCE_LEN: usize = 12;
/// Authentication tag length.
pub const TAG_LEN: usize = 16;

/// An AES-256-GCM key, ready to seal and open.
pub struct Aes256Gcm(LessSafeKey);

/// A message that did not authenticate (wrong key, changed bytes or AAD),
/// or a length the algorithm refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed;

impl Aes256Gcm {
    pub fn new(key: &[u8; 32]) -> Self {
        Aes256Gcm(LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).expect("AES-256 takes a 32-byte key")))
    }

    /// Encrypts `in_out` in place and returns the tag.
    pub fn seal_in_place(&self, nonce: &[u8; NONCE_LEN], aad: &[u8], in_out: &mut [u8]) -> Result<[u8; TAG_LEN], Failed> {
        let tag = self
            .0
            .seal_in_place_separate_tag(Nonce::assume_unique_for_key(*nonce), Aad::from(aad), in_out)
            .map_err(|_| Failed)?;
        let mut t = [0u8; TAG_LEN];
        t.copy_from_slice(tag.as_ref());
        Ok(t)
    }

    /// Ciphertext followed by the tag.
    pub fn seal(&self, nonce: &[u8; NONCE_LEN], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, Failed> {
        let mut out = Vec::with_capacity(plaintext.len() + TAG_LEN);
        out.extend_from_slice(plaintext);
        let tag = self.seal_in_place(nonce, aad, &mut out)?;
        out.extend_from_slice(&tag);
        Ok(out)
    }

    /// Verifies `tag` and decrypts `ciphertext` into `out` (same length),
    /// with no intermediate copy. On failure `out` is zeroed.
    pub fn open_to(&self, nonce: &[u8; NONCE_LEN], aad: &[u8], ciphertext: &[u8], tag: &[u8], out: &mut [u8]) -> Result<(), Failed> {
        if out.len() != ciphertext.len() || tag.len() != TAG_LEN {
            return Err(Failed);
        }
        self.0
            .open_separate_gather(Nonce::assume_unique_for_key(*nonce), Aad::from(aad), ciphertext, tag, out)
            .map_err(|_| {
                out.iter_mut().for_each(|b| *b = 0);
                Failed
            })
    }

    /// Verifies and decrypts ciphertext-then-tag.
    pub fn open(&self, nonce: &[u8; NONCE_LEN], aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, Failed> {
        let n = sealed.len().checked_sub(TAG_LEN).ok_or(Failed)?;
        let mut out = vec![0u8; n];
        self.open_to(nonce, aad, &sealed[..n], &sealed[n..], &mut out)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aes_gcm::aead::{Aead, KeyInit, Payload};

    fn rust_crypto(k: &[u8; 32]) -> aes_gcm::Aes256Gcm {
        aes_gcm::Aes256Gcm::new_from_slice(k).unwrap()
    }

    /// NIST SP 800-38D test case 16 (AES-256, 96-bit IV, AAD).
    #[test]
    fn nist_vector() {
        let h = |s: &str| (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect::<Vec<u8>>();
        let key: [u8; 32] = h("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308").try_into().unwrap();
        let iv: [u8; 12] = h("cafebabefacedbaddecaf888").try_into().unwrap();
        let pt = h("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        let aad = h("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        let ct = h("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
        let tag = h("76fc6ece0f4e1768cddf8853bb2d551b");
        let c = Aes256Gcm::new(&key);
        let sealed = c.seal(&iv, &aad, &pt).unwrap();
        assert_eq!(&sealed[..pt.len()], &ct[..]);
        assert_eq!(&sealed[pt.len()..], &tag[..]);
        assert_eq!(c.open(&iv, &aad, &sealed).unwrap(), pt);
    }

    /// Values sealed by pg_phi 0.1.0 and 0.2.0 (RustCrypto `aes-gcm`) open
    /// here, and the reverse: the same bytes both ways, for every length
    /// around the block size.
    #[test]
    fn same_bytes_as_rustcrypto_aes_gcm() {
        let key = [7u8; 32];
        let ours = Aes256Gcm::new(&key);
        let theirs = rust_crypto(&key);
        for len in 0..70usize {
            let msg: Vec<u8> = (0..len).map(|i| (i * 31 + len) as u8).collect();
            let aad: Vec<u8> = (0..(len % 40)).map(|i| i as u8).collect();
            let nonce = [len as u8; 12];
            let a = ours.seal(&nonce, &aad, &msg).unwrap();
            let b = theirs.encrypt(aes_gcm::Nonce::from_slice(&nonce), Payload { msg: &msg, aad: &aad }).unwrap();
            assert_eq!(a, b, "length {len}");
            assert_eq!(ours.open(&nonce, &aad, &b).unwrap(), msg);
        }
    }

    #[test]
    fn tampering_fails_and_zeroes_the_output() {
        let c = Aes256Gcm::new(&[1u8; 32]);
        let nonce = [2u8; 12];
        let sealed = c.seal(&nonce, b"header", b"plaintext PHI").unwrap();
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert_eq!(c.open(&nonce, b"header", &bad), Err(Failed));
        }
        assert_eq!(c.open(&nonce, b"headeR", &sealed), Err(Failed));
        assert_eq!(c.open(&[3u8; 12], b"header", &sealed), Err(Failed));
        assert_eq!(Aes256Gcm::new(&[9u8; 32]).open(&nonce, b"header", &sealed), Err(Failed));
        let n = sealed.len() - TAG_LEN;
        let mut out = vec![0xAAu8; n];
        let mut bad = sealed.clone();
        bad[0] ^= 1;
        assert_eq!(c.open_to(&nonce, b"header", &bad[..n], &bad[n..], &mut out), Err(Failed));
        assert!(out.iter().all(|&b| b == 0));
        assert_eq!(c.open(&nonce, b"", &sealed[..TAG_LEN - 1]), Err(Failed));
    }
}
