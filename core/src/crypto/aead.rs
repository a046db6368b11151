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
//! Opening goes through AWS-LC's EVP cipher interface with one context
//! kept per key, set to a new nonce for each value, rather than the AEAD
//! interface (`open_separate_gather`), which zeroes a fresh GCM state and
//! copies the 256-byte GHASH table into it on every call: 99 ns against
//! 122 ns to open a 100-byte value here, the largest per-call cost left
//! on a decrypting read. Sealing keeps the AEAD interface.
//!
//! Key material: AWS-LC keeps the expanded key in its contexts and wipes
//! them (`OPENSSL_cleanse`) when they are freed, that is when a
//! [`Aes256Gcm`] is dropped.

use std::ptr::{null, null_mut, NonNull};

use aws_lc_rs::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use aws_lc_sys as sys;

/// Nonce length (96 bits, the GCM standard size).
pub const NONCE_LEN: usize = 12;
/// Authentication tag length.
pub const TAG_LEN: usize = 16;

/// An AES-256-GCM key, ready to seal and open. Not `Sync`: opening
/// resets the one cipher context the key keeps (a backend is one thread).
pub struct Aes256Gcm {
    key: LessSafeKey,
    opener: Opener,
}

/// AWS-LC's EVP AES-256-GCM context for decrypting, keyed once; each open
/// sets the nonce (which resets the GCM state) and the tag. Freed, and so
/// wiped, with the key.
struct Opener(NonNull<sys::EVP_CIPHER_CTX>);

impl Opener {
    fn new(key: &[u8; 32]) -> Opener {
        // SAFETY: a fresh context, initialised for AES-256-GCM decryption
        // with a 32-byte key; the pointer is owned by the `Opener`.
        unsafe {
            let ctx = NonNull::new(sys::EVP_CIPHER_CTX_new()).expect("AWS-LC allocates a cipher context");
            let o = Opener(ctx);
            let ok = sys::EVP_DecryptInit_ex(ctx.as_ptr(), sys::EVP_aes_256_gcm(), null_mut(), key.as_ptr(), null());
            assert_eq!(ok, 1, "AWS-LC keys AES-256-GCM");
            o
        }
    }

    /// Decrypts `ciphertext` into `out` and checks `tag`; `false` if it
    /// does not authenticate (`out` then holds unauthenticated bytes the
    /// caller wipes). Lengths are checked by the caller and fit a C int.
    fn open(&self, nonce: &[u8; NONCE_LEN], aad: &[u8], ciphertext: &[u8], tag: &[u8; TAG_LEN], out: &mut [u8]) -> bool {
        let ctx = self.0.as_ptr();
        let mut n: std::os::raw::c_int = 0;
        // SAFETY: `ctx` is keyed (new); the nonce is 12 bytes, the GCM
        // default; AAD goes in with a null output; `out` has room for the
        // ciphertext; the tag is copied into the context (16 bytes); the
        // final call writes nothing for GCM. Each call resets the state the
        // previous one left, whatever its outcome (the nonce resets GHASH,
        // the lengths and the counter).
        unsafe {
            sys::EVP_DecryptInit_ex(ctx, null(), null_mut(), null(), nonce.as_ptr()) == 1
                && (aad.is_empty() || sys::EVP_DecryptUpdate(ctx, null_mut(), &mut n, aad.as_ptr(), aad.len() as _) == 1)
                && (ciphertext.is_empty()
                    || sys::EVP_DecryptUpdate(ctx, out.as_mut_ptr(), &mut n, ciphertext.as_ptr(), ciphertext.len() as _) == 1)
                && sys::EVP_CIPHER_CTX_ctrl(ctx, sys::EVP_CTRL_GCM_SET_TAG as _, TAG_LEN as _, tag.as_ptr() as *mut _) == 1
                && sys::EVP_DecryptFinal_ex(ctx, out.as_mut_ptr(), &mut n) == 1
        }
    }
}

impl Drop for Opener {
    fn drop(&mut self) {
        // SAFETY: owned, freed once; AWS-LC wipes the key schedule and the
        // GHASH table before freeing them.
        unsafe { sys::EVP_CIPHER_CTX_free(self.0.as_ptr()) }
    }
}

/// A message that did not authenticate (wrong key, changed bytes or AAD),
/// or a length the algorithm refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed;

impl Aes256Gcm {
    pub fn new(key: &[u8; 32]) -> Self {
        Aes256Gcm {
            key: LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).expect("AES-256 takes a 32-byte key")),
            opener: Opener::new(key),
        }
    }

    /// Encrypts `in_out` in place and returns the tag.
    pub fn seal_in_place(&self, nonce: &[u8; NONCE_LEN], aad: &[u8], in_out: &mut [u8]) -> Result<[u8; TAG_LEN], Failed> {
        let tag = self
            .key
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
        let tag: &[u8; TAG_LEN] = tag.try_into().map_err(|_| Failed)?;
        if out.len() != ciphertext.len() {
            return Err(Failed);
        }
        let fits = |n: usize| n <= std::os::raw::c_int::MAX as usize;
        let ok = if fits(ciphertext.len()) && fits(aad.len()) {
            self.opener.open(nonce, aad, ciphertext, tag, out)
        } else {
            // beyond what the EVP interface takes in one call (never a
            // PostgreSQL value, at most 1 GB)
            let key = &self.key;
            key.open_separate_gather(Nonce::assume_unique_for_key(*nonce), Aad::from(aad), ciphertext, tag, out).is_ok()
        };
        if ok {
            Ok(())
        } else {
            out.iter_mut().for_each(|b| *b = 0);
            Err(Failed)
        }
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

    /// The kept context carries nothing from one open to the next: a
    /// failed open (any byte changed, a wrong nonce or AAD, a cut value)
    /// between two good ones changes neither's result, and a value opened
    /// after a longer one is not mixed with its bytes.
    #[test]
    fn each_open_starts_clean() {
        let c = Aes256Gcm::new(&[5u8; 32]);
        let long = c.seal(&[1u8; 12], b"aad one", &[0x41u8; 300]).unwrap();
        let short = c.seal(&[2u8; 12], b"", b"short").unwrap();
        let empty = c.seal(&[3u8; 12], b"only aad", b"").unwrap();
        for round in 0..3 {
            assert_eq!(c.open(&[1u8; 12], b"aad one", &long).unwrap(), vec![0x41u8; 300], "round {round}");
            let mut bad = long.clone();
            bad[150] ^= 0x80;
            assert_eq!(c.open(&[1u8; 12], b"aad one", &bad), Err(Failed));
            assert_eq!(c.open(&[2u8; 12], b"", &short).unwrap(), b"short");
            assert_eq!(c.open(&[2u8; 12], b"x", &short), Err(Failed));
            assert_eq!(c.open(&[3u8; 12], b"only aad", &empty).unwrap(), b"");
            assert_eq!(c.open(&[3u8; 12], b"only aaD", &empty), Err(Failed));
            assert_eq!(c.open(&[1u8; 12], b"aad one", &long[..long.len() - 1]), Err(Failed));
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
