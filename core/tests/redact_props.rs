//! Property tests for redaction and Safe Harbor de-identification.
//!
//! Texts are filler words (lower-case, no digits, some multi-byte) mixed with
//! generated identifiers whose byte positions are recorded, so `redact` and
//! `deidentify` are checked both against the built-in detector and against
//! findings at the known positions (independent of detection quality).

use phi_core::redact::{deidentify, redact, Style};
use phi_core::{Detector, Finding, PhiType, DEFAULT_MIN_SCORE};
use proptest::prelude::*;

/// Filler vocabulary: no digits, no capitals, no `@`; a few multi-byte words.
const FILLER: &[&str] = &[
    "the", "patient", "was", "seen", "today", "and", "reported", "mild", "pain", "with", "no",
    "fever", "follow", "up", "at", "clinic", "noted", "stable", "vitals", "plan", "to", "continue",
    "rest", "café", "naïve", "über", "señal", "—",
];

const SEPARATORS: &[&str] = &[" ", ", ", "; ", "\n", " (", ") "];

#[derive(Clone, Debug)]
enum Piece {
    Filler(&'static str),
    Phi(PhiType, String),
}

/// A generated document: its text, a finding per inserted identifier and
/// the pieces it was built from.
#[derive(Clone, Debug)]
struct Doc {
    text: String,
    known: Vec<Finding>,
    pieces: Vec<Piece>,
}

impl Doc {
    fn values(&self, kinds: &[PhiType]) -> impl Iterator<Item = &str> + '_ {
        let kinds = kinds.to_vec();
        self.pieces.iter().filter_map(move |p| match p {
            Piece::Phi(k, v) if kinds.contains(k) => Some(v.as_str()),
            _ => None,
        })
    }
}

/// Valid SSNs: area 001-899 except 666, group 01-99, serial 0001-9999.
fn ssn() -> impl Strategy<Value = String> {
    (
        (1u16..900).prop_filter("area 666 is never issued", |a| *a != 666),
        1u8..100,
        1u16..10_000,
    )
        .prop_map(|(a, g, s)| format!("{a:03}-{g:02}-{s:04}"))
}

fn email() -> impl Strategy<Value = String> {
    (
        "[a-z]{3,8}",
        "[a-z]{3,8}",
        prop::sample::select(&["com", "org", "net", "edu"][..]),
    )
        .prop_map(|(user, host, tld)| format!("{user}@{host}.{tld}"))
}

/// Formatted phones `(2xx) xxx-xxxx` with a valid exchange.
fn phone() -> impl Strategy<Value = String> {
    (200u16..300, 200u16..1000, 0u16..10_000).prop_map(|(a, e, l)| format!("({a}) {e:03}-{l:04}"))
}

/// ISO dates with four-digit years in 1900-2099.
fn iso_date() -> impl Strategy<Value = String> {
    (1900u16..=2099, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        4 => prop::sample::select(FILLER).prop_map(Piece::Filler),
        1 => ssn().prop_map(|v| Piece::Phi(PhiType::Ssn, v)),
        1 => email().prop_map(|v| Piece::Phi(PhiType::Email, v)),
        1 => phone().prop_map(|v| Piece::Phi(PhiType::Phone, v)),
        1 => iso_date().prop_map(|v| Piece::Phi(PhiType::Date, v)),
    ]
}

fn doc() -> impl Strategy<Value = Doc> {
    prop::collection::vec((piece(), prop::sample::select(SEPARATORS)), 1..30).prop_map(|parts| {
        let mut text = String::new();
        let mut known = Vec::new();
        let mut pieces = Vec::new();
        for (i, (p, sep)) in parts.into_iter().enumerate() {
            if i > 0 {
                text.push_str(sep);
            }
            match &p {
                Piece::Filler(w) => text.push_str(w),
                Piece::Phi(kind, v) => {
                    let start = text.len();
                    text.push_str(v);
                    let mut f = Finding::new(*kind, start, text.len(), 1.0);
                    if *kind == PhiType::Date {
                        // an ISO date: its year, as the recognizer reads it
                        f = f.with_year(v[..4].parse().ok());
                    }
                    known.push(f);
                }
            }
            pieces.push(p);
        }
        Doc {
            text,
            known,
            pieces,
        }
    })
}

/// `text` with every finding's value replaced by `f(kind, value)`.
fn expected(doc: &Doc, f: impl Fn(PhiType, &str) -> String) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for k in &doc.known {
        out.push_str(&doc.text[pos..k.start]);
        out.push_str(&f(k.kind, k.value(&doc.text)));
        pos = k.end;
    }
    out.push_str(&doc.text[pos..]);
    out
}

/// The stretches of `text` outside every finding.
fn outside<'t>(text: &'t str, findings: &[Finding]) -> Vec<&'t str> {
    let mut rest = Vec::new();
    let mut pos = 0;
    for f in findings {
        rest.push(&text[pos..f.start]);
        pos = f.end;
    }
    rest.push(&text[pos..]);
    rest
}

const IDENTIFIERS: [PhiType; 3] = [PhiType::Ssn, PhiType::Email, PhiType::Phone];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Property 1: no detected value (4+ bytes) survives Tag or Mask
    /// redaction, unless the same string also occurs outside every finding.
    #[test]
    fn detected_values_do_not_survive_redaction(doc in doc()) {
        let findings = Detector::builtin().detect(&doc.text, DEFAULT_MIN_SCORE);
        let rest = outside(&doc.text, &findings);
        for style in [Style::Tag, Style::Mask] {
            let out = redact(&doc.text, &findings, style.clone(), None);
            for f in findings.iter().filter(|f| f.len() >= 4) {
                let v = f.value(&doc.text);
                if rest.iter().any(|r| r.contains(v)) {
                    continue;
                }
                prop_assert!(!out.contains(v), "{style}: {v:?} survives in {out:?}");
            }
        }
    }

    /// Property 2: deidentify over the detector's findings leaves none of the
    /// generated SSNs, emails or phones.
    #[test]
    fn deidentify_removes_detected_identifiers(doc in doc()) {
        let findings = Detector::builtin().detect(&doc.text, DEFAULT_MIN_SCORE);
        let out = deidentify(&doc.text, &findings);
        for v in doc.values(&IDENTIFIERS) {
            prop_assert!(!out.contains(v), "{v:?} survives in {out:?}");
        }
    }

    /// Property 3: an empty type filter leaves the text unchanged, whatever
    /// the findings and the style.
    #[test]
    fn empty_type_filter_is_identity(doc in doc()) {
        let detected = Detector::builtin().detect(&doc.text, DEFAULT_MIN_SCORE);
        for findings in [&detected, &doc.known] {
            for style in [Style::Tag, Style::Mask, Style::Partial] {
                prop_assert_eq!(redact(&doc.text, findings, style, Some(&[])), doc.text.clone());
            }
        }
    }

    /// Redaction at the known positions, independent of detection: exact
    /// output per style, and no digit or `@` left (fillers have neither).
    #[test]
    fn redaction_at_known_positions(doc in doc()) {
        let tag = redact(&doc.text, &doc.known, Style::Tag, None);
        prop_assert_eq!(&tag, &expected(&doc, |k, _| k.tag().to_string()));
        let mask = redact(&doc.text, &doc.known, Style::Mask, None);
        prop_assert_eq!(&mask, &expected(&doc, |_, v| "*".repeat(v.chars().count())));
        prop_assert_eq!(mask.chars().count(), doc.text.chars().count());
        for out in [&tag, &mask] {
            prop_assert!(!out.contains(|c: char| c.is_ascii_digit() || c == '@'), "{out:?}");
        }

        let partial = redact(&doc.text, &doc.known, Style::Partial, None);
        let want = expected(&doc, |k, v| match k {
            PhiType::Ssn => format!("***-**-{}", &v[7..]),
            PhiType::Phone => format!("(***) ***-{}", &v[10..]),
            _ => k.tag().to_string(),
        });
        prop_assert_eq!(&partial, &want);
        for v in doc.values(&PhiType::ALL) {
            prop_assert!(!partial.contains(v), "{v:?} survives in {partial:?}");
        }

        // Only the selected types change.
        let only_ssn = redact(&doc.text, &doc.known, Style::Tag, Some(&[PhiType::Ssn]));
        let want = expected(&doc, |k, v| if k == PhiType::Ssn { "[SSN]".into() } else { v.into() });
        prop_assert_eq!(only_ssn, want);
    }

    /// Safe Harbor at the known positions: identifiers become tags, ISO
    /// dates their year; no generated SSN, email or phone survives.
    #[test]
    fn deidentify_at_known_positions(doc in doc()) {
        let out = deidentify(&doc.text, &doc.known);
        prop_assert_eq!(&out, &expected(&doc, |k, v| match k {
            PhiType::Date => v[..4].to_string(),
            _ => k.tag().to_string(),
        }));
        for v in doc.values(&IDENTIFIERS) {
            prop_assert!(!out.contains(v), "{v:?} survives in {out:?}");
        }
    }

    /// Arbitrary findings (overlapping, unsorted, out of range, inside
    /// multi-byte characters) never panic and never grow a masked text.
    #[test]
    fn arbitrary_findings_never_panic(
        text in "[a-zé0-9 @.-]{0,40}",
        raw in prop::collection::vec((0usize..60, 0usize..60, prop::sample::select(&PhiType::ALL[..])), 0..8),
    ) {
        let findings: Vec<Finding> = raw
            .into_iter()
            .map(|(start, end, kind)| Finding { kind, start, end, score: 0.9, year: None })
            .collect();
        for style in [Style::Tag, Style::Mask, Style::Partial] {
            let _ = redact(&text, &findings, style, None);
        }
        let masked = redact(&text, &findings, Style::Mask, None);
        prop_assert_eq!(masked.chars().count(), text.chars().count());
        let _ = deidentify(&text, &findings);
        let _ = phi_core::classify::classify(&text, &findings);
    }
}

/// A dashed valid SSN is detected as an SSN, exactly over its span.
#[test]
fn detection_finds_a_dashed_valid_ssn() {
    for (t, ssn) in [
        ("the patient ssn is 321-54-9876 on file", "321-54-9876"),
        ("stable, 401-22-7315 noted", "401-22-7315"),
        ("ssn: 512-64-0331", "512-64-0331"),
    ] {
        let findings = Detector::builtin().detect(t, DEFAULT_MIN_SCORE);
        let start = t.find(ssn).unwrap();
        assert!(
            findings.iter().any(|f| f.kind == phi_core::PhiType::Ssn && f.start == start && f.end == start + ssn.len()),
            "no SSN finding over {ssn:?} in {t:?}: {findings:?}"
        );
    }
}
