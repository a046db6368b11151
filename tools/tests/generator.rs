//! Properties of the synthetic corpus: well-formed spans, determinism,
//! coverage of every PHI type, valid check digits.

use phi_core::PhiType;
use phi_tools::checks::{dea_valid, npi_valid, ssn_valid, vin_valid};
use phi_tools::{generate, generate_one};
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn spans_are_well_formed() {
    for note in generate(7, 2000) {
        let mut prev_end = 0;
        for s in &note.spans {
            assert!(s.start < s.end, "empty span in {:?}", note.text);
            assert!(s.end <= note.text.len());
            assert!(note.text.is_char_boundary(s.start) && note.text.is_char_boundary(s.end));
            assert!(s.start >= prev_end, "overlapping/unsorted spans in {:?}", note.text);
            prev_end = s.end;
            let v = &note.text[s.start..s.end];
            assert_eq!(v.trim(), v, "span with surrounding whitespace: {v:?}");
            assert!(!v.is_empty());
        }
    }
}

#[test]
fn inserted_values_round_trip() {
    // Rebuild each note from its spans: the text between spans plus the
    // span values must reproduce the note exactly.
    for note in generate(11, 300) {
        let mut rebuilt = String::new();
        let mut at = 0;
        for s in &note.spans {
            rebuilt.push_str(&note.text[at..s.start]);
            rebuilt.push_str(note.value(s));
            at = s.end;
        }
        rebuilt.push_str(&note.text[at..]);
        assert_eq!(rebuilt, note.text);
    }
}

#[test]
fn deterministic_and_prefix_stable() {
    let a = generate(123, 50);
    let b = generate(123, 80);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.text, y.text);
        assert_eq!(x.spans, y.spans);
    }
    assert_eq!(generate_one(123, 17).text, b[17].text);
    let c = generate(124, 50);
    assert!(a.iter().zip(&c).any(|(x, y)| x.text != y.text));
}

#[test]
fn every_type_but_biometric_appears() {
    let corpus = generate(1, 500);
    let mut counts: BTreeMap<PhiType, usize> = BTreeMap::new();
    let mut templates = BTreeSet::new();
    for n in &corpus {
        templates.insert(n.template);
        for s in &n.spans {
            *counts.entry(s.kind).or_default() += 1;
        }
    }
    for t in PhiType::ALL {
        if t == PhiType::Biometric {
            continue;
        }
        assert!(counts.get(&t).copied().unwrap_or(0) >= 5, "type {t} too rare: {counts:?}");
    }
    assert!(templates.len() >= 15, "templates: {templates:?}");
}

#[test]
fn identifiers_are_valid() {
    let corpus = generate(3, 3000);
    let (mut dea, mut npi, mut vin, mut ssn) = (0, 0, 0, 0);
    for n in &corpus {
        for s in &n.spans {
            let v = n.value(s);
            match s.kind {
                PhiType::Ssn => {
                    assert!(ssn_valid(v), "invalid SSN {v}");
                    ssn += 1;
                }
                PhiType::License if v.len() == 9 && v.as_bytes()[0].is_ascii_uppercase() && v.as_bytes()[1].is_ascii_uppercase() && v[2..].bytes().all(|b| b.is_ascii_digit()) => {
                    assert!(dea_valid(v), "invalid DEA {v}");
                    dea += 1;
                }
                PhiType::License if v.len() == 10 && v.bytes().all(|b| b.is_ascii_digit()) => {
                    assert!(npi_valid(v), "invalid NPI {v}");
                    npi += 1;
                }
                PhiType::Vehicle if v.len() == 17 => {
                    assert!(vin_valid(v), "invalid VIN {v}");
                    vin += 1;
                }
                _ => {}
            }
        }
    }
    assert!(dea > 20 && npi > 20 && vin > 10 && ssn > 30, "dea {dea} npi {npi} vin {vin} ssn {ssn}");
}

#[test]
fn old_ages_labelled_young_ages_not() {
    for n in generate(5, 1000) {
        for s in &n.spans {
            if s.kind == PhiType::Age {
                let v = n.value(s);
                match v.parse::<u32>() {
                    Ok(a) => assert!(a > 89, "age {a} labelled"),
                    Err(_) => assert!(v.starts_with("ninety") || v == "one hundred" || v.starts_with("NINETY") || v == "ONE HUNDRED", "age span {v:?}"),
                }
            }
        }
    }
}

#[test]
fn has_non_ascii_names() {
    let corpus = generate(9, 500);
    let k = corpus
        .iter()
        .flat_map(|n| n.spans.iter().map(move |s| (n, s)))
        .filter(|(n, s)| s.kind == PhiType::Name && !n.value(s).is_ascii())
        .count();
    assert!(k > 20);
}
