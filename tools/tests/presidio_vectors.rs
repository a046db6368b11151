//! Microsoft Presidio's recognizer unit-test vectors
//! (`tests/corpora/presidio_vectors/`, extracted by its `extract.py`): the
//! file parses, every expected span lies inside its text, and pg_phi's
//! built-in detector passes at least as many vectors as it did when they
//! were vendored. The scoring is `phi-vectors`' ([`phi_tools::vectors`]).

use phi_core::Detector;
use phi_tools::vectors::{parse_vectors_jsonl, render, run_all, tally, totals, Vector};

/// pg_phi's total pass count measured on 2026-12-05 (0.2.0's detector, 846
/// vectors from microsoft/presidio 0aa9f8e4): a regression floor, not a
/// target. The vectors are Presidio's own unit tests and include bare
/// numbers that Presidio reports without any context; raise the floor when
/// the detector improves, never tune the detector to them alone. 725
/// until a certificate's number became an `id` (the label rules' licences
/// are NPI, DEA, driver's and medical; two development corpora label
/// certificates `id`): Presidio's "my certificate number is: BB1388568"
/// expects a medical licence, so 724 (CHANGELOG, BENCHMARKS.md); 725 since
/// numbers after '+' in international form are phones; 726 since e-mail
/// domains may end in an internationalized TLD's ASCII form ("xn--p1ai");
/// 757 at 0.2.0's later detectors; 807 since the formats the failure
/// listing showed missing were read (2026-12-07: MACs without digits and
/// Cisco's dotted form, sites without scheme or path, IPv6's "::",
/// dashed IBANs, dashed DNIs and Finnish codes, printed SINs and TFNs
/// alone, a capital and eight characters as an id). (2026-12-07, later:
/// whole values by the single check digits of SINs, TFNs and NHS
/// numbers, an ITIN's, a Korean RRN's or a UK National Insurance number's
/// shape, and long numbers in text by their checks, were tried, 819, and
/// taken back: they read SNOMED codes, ISBNs, barcodes, NDCs and lot
/// codes.)
const FLOOR: usize = 807;

fn vectors() -> Vec<Vector> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpora/presidio_vectors/vectors.jsonl");
    let input = std::fs::read_to_string(path).expect("tests/corpora/presidio_vectors/vectors.jsonl");
    parse_vectors_jsonl(&input).expect("vectors.jsonl parses")
}

#[test]
fn vectors_parse_and_spans_lie_inside_their_text() {
    let vs = vectors();
    assert_eq!(vs.len(), 846);
    for (i, v) in vs.iter().enumerate() {
        assert_eq!(v.id, i as u64, "ids run 0, 1, 2, ... in file order");
        assert_eq!(v.expected.len(), v.expected_chars.len());
        for (&(cs, ce), &(bs, be)) in v.expected_chars.iter().zip(&v.expected) {
            assert!(cs < ce && ce <= v.text.chars().count(), "vector {}: [{cs}, {ce}) outside {:?}", v.id, v.text);
            // The code-point span and the byte span name the same characters.
            let by_chars: String = v.text.chars().skip(cs).take(ce - cs).collect();
            assert_eq!(v.text.get(bs..be), Some(by_chars.as_str()), "vector {}", v.id);
        }
        // Expected spans are sorted and disjoint.
        assert!(v.expected.windows(2).all(|w| w[0].1 <= w[1].0), "vector {}: overlapping expected spans", v.id);
    }
    // Vectors expecting matches and vectors expecting none.
    let none = vs.iter().filter(|v| v.expected.is_empty()).count();
    assert!(none > 0 && none < vs.len());
}

#[test]
fn pg_phi_pass_count_does_not_regress() {
    let vs = vectors();
    let outcomes = run_all(&vs, Detector::builtin(), phi_core::DEFAULT_MIN_SCORE);
    let t = tally(&vs, &outcomes);
    let table = render(&t, "pg_phi");
    println!("{table}");
    assert_eq!(t.len(), 32, "one row per Presidio test file");
    let (passed, total) = totals(&t);
    assert_eq!(total, vs.len());
    assert!(passed >= FLOOR, "pg_phi passes {passed}/{total} Presidio vectors, below the floor {FLOOR}\n{table}");
}
