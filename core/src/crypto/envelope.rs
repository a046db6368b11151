//! The sealed value: a self-describing AES-256-GCM envelope.
//!
//! Binary layout (format 2), all integers big-endian:
//!
//! ```text
//! offset  size  field
//! 0       1     0x00 marker (PostgreSQL text never contains NUL, so a stored
//!               value that starts with 0x00 is sealed; anything else is not)
//! 1       1     format version = 2
//! 2       4     key id
//! 6       4     key version
//! 10      1     class length c (1..=63)
//! 11      c     data class, [a-z0-9_], starting with a letter
//! 11+c    1     subject length s: 0 (no subject) or 16
//! 12+c    s     subject digest: a keyed HMAC of the subject (patient) id
//!               (`mac::subject_digest`), never the id itself
//! 12+c+s  12    nonce (random)
//! 24+c+s  n+16  AES-256-GCM ciphertext and tag
//! ```
//!
//! Format 1 (pg_phi 0.1.0) is the same layout with the subject in clear
//! (1..=255 bytes of UTF-8). It is still read and opened, never written:
//! re-sealing (`phi.reencrypt`) turns it into format 2.
//!
//! Every byte before the nonce is the header, authenticated as AAD: a value
//! whose class, subject or key reference is changed, or which is copied into
//! a row of another patient and relabelled, fails to open.
//!
//! The text form is `phi1:` followed by standard base64 of the whole binary
//! envelope; it is what `pg_dump` and `COPY` carry.

use super::aead::Aes256Gcm;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::fmt;

/// First byte of every binary envelope.
pub const MARKER: u8 = 0x00;
/// The format this code writes.
pub const FORMAT: u8 = 2;
/// pg_phi 0.1.0's format (subject in clear): read, never written.
pub const FORMAT_V1: u8 = 1;
/// Bytes of a subject digest in a format-2 header.
pub const SUBJECT_DIGEST_LEN: usize = 16;
/// Prefix of the text form.
pub const TEXT_PREFIX: &str = "phi1:";
pub const NONCE_LEN: usize = 12;
pub const TAG_LEN: usize = 16;
pub const MAX_CLASS_LEN: usize = 63;
pub const MAX_SUBJECT_LEN: usize = 255;
/// Largest plaintext accepted (PostgreSQL's own varlena limit is 1 GB; a
/// sealed value carries header and tag on top).
pub const MAX_PLAINTEXT: usize = (1 << 30) - 1024;

/// Why a byte string is not a well-formed sealed value, or did not open.
/// Messages never include the value, its plaintext or any key material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Shorter than its own header says (cut off in transit or storage).
    Truncated,
    /// Does not start with the 0x00 marker.
    NotSealed,
    UnsupportedFormat(u8),
    /// Class missing, too long or not `[a-z][a-z0-9_]*`.
    BadClass,
    /// Subject too long, not UTF-8 or containing control characters (format
    /// 1), or a digest of the wrong length (format 2).
    BadSubject,
    /// Text form: does not start with `phi1:`.
    BadPrefix,
    /// Text form: the part after the prefix is not valid base64.
    BadBase64,
    /// The tag did not verify: the value was altered, or it was sealed under
    /// another data key (or another master key wrapped that key).
    AuthFailed,
    /// Plaintext larger than [`MAX_PLAINTEXT`].
    TooLarge,
}

impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnvelopeError::Truncated => write!(f, "sealed value is truncated"),
            EnvelopeError::NotSealed => write!(f, "value is not a sealed phi value (missing 0x00 marker)"),
            EnvelopeError::UnsupportedFormat(v) => write!(f, "sealed value has unsupported format version {v}"),
            EnvelopeError::BadClass => write!(f, "sealed value has a malformed data class"),
            EnvelopeError::BadSubject => write!(f, "sealed value has a malformed subject"),
            EnvelopeError::BadPrefix => write!(f, "sealed text must start with \"{TEXT_PREFIX}\""),
            EnvelopeError::BadBase64 => write!(f, "sealed text is not valid base64 after \"{TEXT_PREFIX}\""),
            EnvelopeError::AuthFailed => write!(
                f,
                "sealed value failed authentication: it was altered, or its data key does not match"
            ),
            EnvelopeError::TooLarge => write!(f, "value too large to seal"),
        }
    }
}

impl std::error::Error for EnvelopeError {}

/// Whether `class` is a well-formed data class name.
pub fn valid_class(class: &str) -> bool {
    let b = class.as_bytes();
    !b.is_empty()
        && b.len() <= MAX_CLASS_LEN
        && b[0].is_ascii_lowercase()
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

/// Whether `subject` may be stored in a header.
pub fn valid_subject(subject: &str) -> bool {
    subject.len() <= MAX_SUBJECT_LEN && !subject.chars().any(|c| c.is_control())
}

/// The subject (patient) a value is bound to, as its header carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    /// Format 2: a keyed digest of the subject id ([`SUBJECT_DIGEST_LEN`]
    /// bytes). Equal ids give equal digests; the id cannot be read back.
    Digest(&'a [u8]),
    /// Format 1 (pg_phi 0.1.0): the id in clear. Only ever parsed; a header
    /// built with it is written as format 1, which the SQL layer never does
    /// (tests build 0.1.0 values with it).
    Clear(&'a str),
}

/// The header fields of an envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header<'a> {
    pub key_id: u32,
    pub key_version: u32,
    pub class: &'a str,
    /// `None` when the value is not bound to a subject.
    pub subject: Option<Subject<'a>>,
}

impl<'a> Header<'a> {
    fn encoded_len(&self) -> usize {
        12 + self.class.len()
            + match self.subject {
                None => 0,
                Some(Subject::Digest(d)) => d.len(),
                Some(Subject::Clear(s)) => s.len(),
            }
    }

    /// The format this header is written in: 1 only for a clear subject.
    pub fn format(&self) -> u8 {
        match self.subject {
            Some(Subject::Clear(_)) => FORMAT_V1,
            _ => FORMAT,
        }
    }

    fn check(&self) -> Result<(), EnvelopeError> {
        if !valid_class(self.class) {
            return Err(EnvelopeError::BadClass);
        }
        match self.subject {
            Some(Subject::Clear(s)) if s.is_empty() || !valid_subject(s) => Err(EnvelopeError::BadSubject),
            Some(Subject::Digest(d)) if d.len() != SUBJECT_DIGEST_LEN => Err(EnvelopeError::BadSubject),
            _ => Ok(()),
        }
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.push(MARKER);
        out.push(self.format());
        out.extend_from_slice(&self.key_id.to_be_bytes());
        out.extend_from_slice(&self.key_version.to_be_bytes());
        out.push(self.class.len() as u8);
        out.extend_from_slice(self.class.as_bytes());
        let subject: &[u8] = match self.subject {
            None => &[],
            Some(Subject::Digest(d)) => d,
            Some(Subject::Clear(s)) => s.as_bytes(),
        };
        out.push(subject.len() as u8);
        out.extend_from_slice(subject);
    }
}

/// A parsed (not yet opened) envelope, borrowing the stored bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope<'a> {
    /// [`FORMAT`] or [`FORMAT_V1`].
    pub format: u8,
    pub header: Header<'a>,
    /// Header bytes, the AAD.
    pub aad: &'a [u8],
    pub nonce: &'a [u8],
    /// Ciphertext with the 16-byte tag at its end.
    pub ciphertext: &'a [u8],
}

/// Reads only the key reference (id, version) of a binary envelope: the
/// cheap test `reencrypt` runs on every row.
pub fn key_ref(bytes: &[u8]) -> Result<(u32, u32), EnvelopeError> {
    if bytes.first() != Some(&MARKER) {
        return Err(if bytes.is_empty() { EnvelopeError::Truncated } else { EnvelopeError::NotSealed });
    }
    if bytes.len() < 10 {
        return Err(EnvelopeError::Truncated);
    }
    if bytes[1] != FORMAT && bytes[1] != FORMAT_V1 {
        return Err(EnvelopeError::UnsupportedFormat(bytes[1]));
    }
    Ok((
        u32::from_be_bytes(bytes[2..6].try_into().unwrap()),
        u32::from_be_bytes(bytes[6..10].try_into().unwrap()),
    ))
}

/// Parses a binary envelope without decrypting it.
pub fn parse(bytes: &[u8]) -> Result<Envelope<'_>, EnvelopeError> {
    let (key_id, key_version) = key_ref(bytes)?;
    let mut at = 10;
    let clen = *bytes.get(at).ok_or(EnvelopeError::Truncated)? as usize;
    at += 1;
    let class_b = bytes.get(at..at + clen).ok_or(EnvelopeError::Truncated)?;
    at += clen;
    // a class name is ASCII (`check` below holds it to its pattern):
    // checked inline rather than by a call to the UTF-8 validator per value
    if !class_b.is_ascii() {
        return Err(EnvelopeError::BadClass);
    }
    // SAFETY: ASCII is UTF-8.
    let class = unsafe { std::str::from_utf8_unchecked(class_b) };
    let slen = *bytes.get(at).ok_or(EnvelopeError::Truncated)? as usize;
    at += 1;
    let subject_b = bytes.get(at..at + slen).ok_or(EnvelopeError::Truncated)?;
    at += slen;
    let format = bytes[1];
    let subject = if slen == 0 {
        None
    } else if format == FORMAT_V1 {
        Some(Subject::Clear(std::str::from_utf8(subject_b).map_err(|_| EnvelopeError::BadSubject)?))
    } else {
        Some(Subject::Digest(subject_b))
    };
    let header = Header { key_id, key_version, class, subject };
    header.check()?;
    let aad = &bytes[..at];
    let nonce = bytes.get(at..at + NONCE_LEN).ok_or(EnvelopeError::Truncated)?;
    at += NONCE_LEN;
    let ciphertext = &bytes[at..];
    if ciphertext.len() < TAG_LEN {
        return Err(EnvelopeError::Truncated);
    }
    Ok(Envelope { format, header, aad, nonce, ciphertext })
}

/// Seals `plaintext` under `cipher` (the data key named in `header`) with a
/// fresh random nonce.
pub fn seal(cipher: &Aes256Gcm, header: &Header<'_>, plaintext: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    let mut nonce = [0u8; NONCE_LEN];
    super::rng::fill(&mut nonce);
    seal_with_nonce(cipher, header, plaintext, &nonce)
}

/// [`seal`] with a caller-chosen nonce. Only for tests and known-answer
/// vectors: a nonce must never repeat under one key.
pub fn seal_with_nonce(
    cipher: &Aes256Gcm,
    header: &Header<'_>,
    plaintext: &[u8],
    nonce: &[u8; NONCE_LEN],
) -> Result<Vec<u8>, EnvelopeError> {
    header.check()?;
    if plaintext.len() > MAX_PLAINTEXT {
        return Err(EnvelopeError::TooLarge);
    }
    let mut out = Vec::with_capacity(header.encoded_len() + NONCE_LEN + plaintext.len() + TAG_LEN);
    header.write(&mut out);
    let aad_len = out.len();
    out.extend_from_slice(nonce);
    let ct = cipher.seal(nonce, &out[..aad_len], plaintext).map_err(|_| EnvelopeError::TooLarge)?;
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Length of the envelope [`seal_into`] writes for `plain_len` bytes.
pub fn sealed_len(header: &Header<'_>, plain_len: usize) -> usize {
    header.encoded_len() + NONCE_LEN + plain_len + TAG_LEN
}

/// [`seal`] into a caller-provided buffer of exactly
/// [`sealed_len`]`(header, plaintext.len())` bytes (the SQL layer passes
/// memory from PostgreSQL's allocator: no intermediate copies).
pub fn seal_into(cipher: &Aes256Gcm, header: &Header<'_>, plaintext: &[u8], out: &mut [u8]) -> Result<(), EnvelopeError> {
    header.check()?;
    if plaintext.len() > MAX_PLAINTEXT {
        return Err(EnvelopeError::TooLarge);
    }
    assert_eq!(out.len(), sealed_len(header, plaintext.len()), "seal_into buffer length");
    let mut w = Vec::with_capacity(header.encoded_len());
    header.write(&mut w);
    let h = w.len();
    out[..h].copy_from_slice(&w);
    let mut nonce = [0u8; NONCE_LEN];
    super::rng::fill(&mut nonce);
    out[h..h + NONCE_LEN].copy_from_slice(&nonce);
    let body = h + NONCE_LEN;
    let (head, rest) = out.split_at_mut(body);
    let (msg, tag_out) = rest.split_at_mut(plaintext.len());
    msg.copy_from_slice(plaintext);
    let tag = cipher.seal_in_place(&nonce, &head[..h], msg).map_err(|_| EnvelopeError::TooLarge)?;
    tag_out.copy_from_slice(&tag);
    Ok(())
}

/// Plaintext length of a parsed envelope.
pub fn plaintext_len(env: &Envelope<'_>) -> usize {
    env.ciphertext.len() - TAG_LEN
}

/// [`open`] into a caller-provided buffer of exactly [`plaintext_len`]
/// bytes. On failure the buffer is zeroed.
pub fn open_into(cipher: &Aes256Gcm, env: &Envelope<'_>, out: &mut [u8]) -> Result<(), EnvelopeError> {
    let n = plaintext_len(env);
    assert_eq!(out.len(), n, "open_into buffer length");
    cipher.open_to(nonce_of(env), env.aad, &env.ciphertext[..n], &env.ciphertext[n..], out).map_err(|_| EnvelopeError::AuthFailed)
}

/// Verifies and decrypts a parsed envelope with its data key.
pub fn open(cipher: &Aes256Gcm, env: &Envelope<'_>) -> Result<Vec<u8>, EnvelopeError> {
    cipher.open(nonce_of(env), env.aad, env.ciphertext).map_err(|_| EnvelopeError::AuthFailed)
}

fn nonce_of<'a>(env: &Envelope<'a>) -> &'a [u8; NONCE_LEN] {
    env.nonce.try_into().expect("parse takes exactly NONCE_LEN bytes")
}

/// The text form of a binary envelope: `phi1:` + base64.
pub fn to_text(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(TEXT_PREFIX.len() + bytes.len().div_ceil(3) * 4);
    s.push_str(TEXT_PREFIX);
    STANDARD.encode_string(bytes, &mut s);
    s
}

/// Whether `s` claims to be the text form of a sealed value (it may still
/// be malformed: see [`from_text`]).
pub fn is_sealed_text(s: &str) -> bool {
    s.starts_with(TEXT_PREFIX)
}

/// Decodes and validates the text form (structure only; no key needed).
pub fn from_text(s: &str) -> Result<Vec<u8>, EnvelopeError> {
    let b64 = s.strip_prefix(TEXT_PREFIX).ok_or(EnvelopeError::BadPrefix)?;
    let bytes = STANDARD.decode(b64.trim_end()).map_err(|_| EnvelopeError::BadBase64)?;
    parse(&bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cipher(k: u8) -> Aes256Gcm {
        Aes256Gcm::new(&[k; 32])
    }

    fn hdr<'a>(class: &'a str, subject: Option<&'a [u8]>) -> Header<'a> {
        Header { key_id: 1, key_version: 3, class, subject: subject.map(Subject::Digest) }
    }

    fn v1<'a>(class: &'a str, subject: Option<&'a str>) -> Header<'a> {
        Header { key_id: 1, key_version: 3, class, subject: subject.map(Subject::Clear) }
    }

    const D1: &[u8; 16] = b"digest-of-pat-01";
    const D2: &[u8; 16] = b"digest-of-pat-02";

    #[test]
    fn round_trip_with_and_without_subject() {
        let c = cipher(7);
        for h in [hdr("ssn", None), hdr("ssn", Some(D1)), v1("ssn", Some("patient-42")), v1("ssn", Some("Zoë"))] {
            let sealed = seal(&c, &h, b"123-45-6789").unwrap();
            assert_eq!(sealed[0], MARKER);
            let env = parse(&sealed).unwrap();
            assert_eq!(env.header, h);
            assert_eq!(env.format, h.format());
            assert_eq!(open(&c, &env).unwrap(), b"123-45-6789");
            assert_eq!(key_ref(&sealed).unwrap(), (1, 3));
            let text = to_text(&sealed);
            assert!(text.starts_with("phi1:"));
            assert_eq!(from_text(&text).unwrap(), sealed);
        }
    }

    #[test]
    fn empty_plaintext_seals() {
        let c = cipher(1);
        let s = seal(&c, &hdr("note", None), b"").unwrap();
        assert_eq!(open(&c, &parse(&s).unwrap()).unwrap(), b"");
    }

    #[test]
    fn nonces_differ_between_seals() {
        let c = cipher(2);
        let a = seal(&c, &hdr("ssn", None), b"x").unwrap();
        let b = seal(&c, &hdr("ssn", None), b"x").unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn ciphertext_does_not_contain_plaintext() {
        let c = cipher(3);
        let s = seal(&c, &hdr("ssn", None), b"123-45-6789").unwrap();
        assert!(!s.windows(11).any(|w| w == b"123-45-6789"));
        assert!(!to_text(&s).contains("123-45-6789"));
    }

    #[test]
    fn every_flipped_bit_fails() {
        let c = cipher(4);
        let s = seal(&c, &hdr("dob", Some(D1)), b"1961-03-15").unwrap();
        for i in 0..s.len() {
            for bit in 0..8 {
                let mut t = s.clone();
                t[i] ^= 1 << bit;
                let r = parse(&t).and_then(|e| open(&c, &e));
                assert!(r.is_err(), "flip at byte {i} bit {bit} went unnoticed");
            }
        }
    }

    #[test]
    fn relabelled_class_or_subject_fails_to_open() {
        let c = cipher(5);
        let s = seal(&c, &hdr("ssn", Some(D1)), b"secret").unwrap();
        // rewrite the header as if the value belonged to another patient
        let mut moved = s.clone();
        let pos = moved.windows(16).position(|w| w == D1).unwrap();
        moved[pos..pos + 16].copy_from_slice(D2);
        let env = parse(&moved).unwrap();
        assert_eq!(env.header.subject, Some(Subject::Digest(D2)));
        assert_eq!(open(&c, &env), Err(EnvelopeError::AuthFailed));
        // the same for a 0.1.0 value with its subject in clear
        let old = seal(&c, &v1("ssn", Some("p1")), b"secret").unwrap();
        let mut moved = old.clone();
        let pos = moved.windows(2).position(|w| w == b"p1").unwrap();
        moved[pos + 1] = b'2';
        let env = parse(&moved).unwrap();
        assert_eq!(env.header.subject, Some(Subject::Clear("p2")));
        assert_eq!(open(&c, &env), Err(EnvelopeError::AuthFailed));
        // and as class "dob" (same length)
        let mut relabelled = s.clone();
        let pos = relabelled.windows(3).position(|w| w == b"ssn").unwrap();
        relabelled[pos..pos + 3].copy_from_slice(b"dob");
        assert_eq!(open(&c, &parse(&relabelled).unwrap()), Err(EnvelopeError::AuthFailed));
    }

    #[test]
    fn wrong_key_fails() {
        let s = seal(&cipher(6), &hdr("ssn", None), b"x").unwrap();
        assert_eq!(open(&cipher(9), &parse(&s).unwrap()), Err(EnvelopeError::AuthFailed));
    }

    #[test]
    fn truncation_at_every_length_is_an_error() {
        let c = cipher(8);
        let s = seal(&c, &hdr("mrn", Some(D1)), b"MRN 00123").unwrap();
        for n in 0..s.len() {
            let r = parse(&s[..n]).and_then(|e| open(&c, &e));
            assert!(r.is_err(), "prefix of {n} bytes accepted");
        }
    }

    #[test]
    fn malformed_text_forms() {
        assert_eq!(from_text("123-45-6789"), Err(EnvelopeError::BadPrefix));
        assert_eq!(from_text("phi1:***"), Err(EnvelopeError::BadBase64));
        assert_eq!(from_text("phi1:"), Err(EnvelopeError::Truncated));
        assert_eq!(from_text("phi1:AQID"), Err(EnvelopeError::NotSealed));
        assert_eq!(from_text("phi1:AAk="), Err(EnvelopeError::Truncated));
        let mut b = vec![0u8, 3];
        b.extend_from_slice(&[0; 40]);
        assert_eq!(from_text(&to_text(&b)), Err(EnvelopeError::UnsupportedFormat(3)));
    }

    #[test]
    fn header_validation() {
        let c = cipher(1);
        assert_eq!(seal(&c, &hdr("", None), b"x"), Err(EnvelopeError::BadClass));
        assert_eq!(seal(&c, &hdr("SSN", None), b"x"), Err(EnvelopeError::BadClass));
        assert_eq!(seal(&c, &hdr("1ssn", None), b"x"), Err(EnvelopeError::BadClass));
        assert_eq!(seal(&c, &hdr(&"a".repeat(64), None), b"x"), Err(EnvelopeError::BadClass));
        assert_eq!(seal(&c, &hdr("ssn", Some(b"")), b"x"), Err(EnvelopeError::BadSubject));
        assert_eq!(seal(&c, &hdr("ssn", Some(&D1[..15])), b"x"), Err(EnvelopeError::BadSubject));
        assert_eq!(seal(&c, &v1("ssn", Some("")), b"x"), Err(EnvelopeError::BadSubject));
        assert_eq!(seal(&c, &v1("ssn", Some("a\nb")), b"x"), Err(EnvelopeError::BadSubject));
        let long = "x".repeat(256);
        assert_eq!(seal(&c, &v1("ssn", Some(&long)), b"x"), Err(EnvelopeError::BadSubject));
        assert!(seal(&c, &v1("insurance_id", Some(&long[..255])), b"x").is_ok());
    }

    #[test]
    fn into_variants_agree_with_the_allocating_ones() {
        let c = cipher(11);
        let h = hdr("note", Some(D2));
        let mut buf = vec![0u8; sealed_len(&h, 5)];
        seal_into(&c, &h, b"hello", &mut buf).unwrap();
        let env = parse(&buf).unwrap();
        assert_eq!(open(&c, &env).unwrap(), b"hello");
        let mut out = vec![0u8; plaintext_len(&env)];
        open_into(&c, &env, &mut out).unwrap();
        assert_eq!(out, b"hello");
        let s = seal(&c, &h, b"hello").unwrap();
        let env2 = parse(&s).unwrap();
        open_into(&c, &env2, &mut out).unwrap();
        assert_eq!(out, b"hello");
        let mut bad = s.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert_eq!(open_into(&c, &parse(&bad).unwrap(), &mut out), Err(EnvelopeError::AuthFailed));
        assert_eq!(out, [0u8; 5]);
    }

    #[test]
    fn known_layout() {
        let c = cipher(0);
        let s = seal_with_nonce(&c, &hdr("ssn", None), b"", &[0; 12]).unwrap();
        assert_eq!(&s[..16], &[0, 2, 0, 0, 0, 1, 0, 0, 0, 3, 3, b's', b's', b'n', 0, 0]);
        assert_eq!(s.len(), 12 + 3 + 12 + 16);
        let s = seal_with_nonce(&c, &hdr("ssn", Some(D1)), b"", &[0; 12]).unwrap();
        assert_eq!(&s[10..15], &[3, b's', b's', b'n', 16]);
        assert_eq!(&s[15..31], D1);
        // a 0.1.0 value: format 1, subject in clear
        let s = seal_with_nonce(&c, &v1("ssn", Some("p1")), b"", &[0; 12]).unwrap();
        assert_eq!(&s[..17], &[0, 1, 0, 0, 0, 1, 0, 0, 0, 3, 3, b's', b's', b'n', 2, b'p', b'1']);
    }

    #[test]
    fn format_2_subject_is_a_digest_of_fixed_length() {
        let c = cipher(12);
        let s = seal(&c, &hdr("ssn", Some(D1)), b"x").unwrap();
        // a format-2 header whose subject length is not 16 is malformed
        let mut bad = s.clone();
        let at = 11 + 3;
        bad[at] = 15;
        assert!(parse(&bad).is_err());
    }
}
