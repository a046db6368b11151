//! Property-based fuzzing of the envelope parser and text form: arbitrary
//! bytes and strings never panic, and every mutation of a sealed value is
//! rejected. Case counts come from `PROPTEST_CASES` (default below); the
//! count that ran is printed with `--nocapture`.

use phi_core::crypto::envelope::{self, Header, Subject};
use phi_core::crypto::Aes256Gcm;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000)
}

fn cipher() -> Aes256Gcm {
    Aes256Gcm::new(&[42u8; 32])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// Arbitrary bytes: parse and open return Ok or Err, never panic, and
    /// never open (the tag cannot verify by chance).
    #[test]
    fn arbitrary_bytes_never_open(mut bytes in proptest::collection::vec(any::<u8>(), 0..200), tweak in any::<bool>()) {
        if tweak && bytes.len() > 2 { bytes[0] = 0; bytes[1] = 1 + (bytes[2] & 1); }
        if let Ok(env) = envelope::parse(&bytes) {
            prop_assert!(envelope::open(&cipher(), &env).is_err());
        }
        let _ = envelope::key_ref(&bytes);
    }

    /// Arbitrary text after the prefix: from_text never panics.
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,120}", b64 in "[A-Za-z0-9+/=]{0,160}") {
        let _ = envelope::from_text(&s);
        let _ = envelope::from_text(&format!("phi1:{b64}"));
    }

    /// Sealed values round-trip; any single-byte change, truncation or
    /// extension is rejected.
    #[test]
    fn mutations_are_rejected(
        plain in proptest::collection::vec(any::<u8>(), 0..300),
        class in "[a-z][a-z0-9_]{0,20}",
        subject in proptest::option::of(proptest::array::uniform16(any::<u8>())),
        v1_subject in proptest::option::of("[A-Za-z0-9 -]{1,40}"),
        legacy in any::<bool>(),
        pos in any::<prop::sample::Index>(),
        delta in 1u8..=255,
        cut in any::<prop::sample::Index>(),
        extra in proptest::collection::vec(any::<u8>(), 1..8),
    ) {
        let c = cipher();
        // format 2 (subject digest) or a 0.1.0 format-1 value (subject in clear)
        let subj = if legacy {
            v1_subject.as_deref().map(Subject::Clear)
        } else {
            subject.as_ref().map(|d| Subject::Digest(&d[..]))
        };
        let h = Header { key_id: 1, key_version: 7, class: &class, subject: subj };
        let sealed = envelope::seal(&c, &h, &plain).unwrap();
        let text = envelope::to_text(&sealed);
        let back = envelope::from_text(&text).unwrap();
        prop_assert_eq!(&back, &sealed);
        prop_assert_eq!(envelope::open(&c, &envelope::parse(&back).unwrap()).unwrap(), plain.clone());

        let mut m = sealed.clone();
        let i = pos.index(m.len());
        m[i] = m[i].wrapping_add(delta);
        prop_assert!(envelope::parse(&m).and_then(|e| envelope::open(&c, &e)).is_err());

        let n = cut.index(sealed.len());
        prop_assert!(envelope::parse(&sealed[..n]).and_then(|e| envelope::open(&c, &e)).is_err());

        let mut longer = sealed.clone();
        longer.extend_from_slice(&extra);
        prop_assert!(envelope::parse(&longer).and_then(|e| envelope::open(&c, &e)).is_err());
    }
}

