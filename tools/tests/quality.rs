//! Detection quality gate: the built-in detector on a fixed synthetic corpus
//! must meet the project's targets (recall >= 0.95 for ssn, phone, fax,
//! email, url, ip_address, date, mrn; >= 0.90 for name and address; overall
//! precision >= 0.90). See `phi-eval` for the same report with error samples.

use phi_core::Detector;
use phi_tools::eval::evaluate;
use phi_tools::generate;

/// Scores `corpus` at the default threshold and fails with the report if
/// any target is missed.
fn assert_targets(corpus: &[phi_tools::Note], what: &str) {
    let rep = evaluate(corpus, Detector::builtin(), phi_core::DEFAULT_MIN_SCORE, None);
    let table = rep.render();
    println!("{what}\n{table}");
    let failed: Vec<String> = rep
        .targets()
        .into_iter()
        .filter(|t| !t.pass)
        .map(|t| format!("{} = {:.3} < {:.2}", t.label, t.value, t.threshold))
        .collect();
    assert!(failed.is_empty(), "targets failed on {what}:\n  {}\n\n{table}", failed.join("\n  "));
}

#[test]
fn builtin_detector_meets_targets() {
    assert_targets(&generate(20240601, 1000), "the generated corpus (seed 20240601)");
}

/// The same targets on `tests/corpora/dev/notes.jsonl`, a labelled corpus
/// written independently of the generator and detector (see its README) but
/// since used to fix the detector: a development corpus, not a held-out one.
/// This gate stops regressions on it; it says nothing about unseen text. The
/// held-out corpora (`tests/corpora/README.md`) are reported, never gated.
#[test]
fn builtin_detector_meets_targets_on_the_dev_corpus() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpora/dev/notes.jsonl");
    let input = std::fs::read_to_string(path).expect("tests/corpora/dev/notes.jsonl");
    let corpus = phi_tools::eval::parse_gold_jsonl(&input).expect("dev corpus parses");
    assert_eq!(corpus.len(), 300);
    assert_targets(&corpus, "tests/corpora/dev/notes.jsonl");
}

/// `dev2/` to `dev8/` (development corpora too, written for the kinds of
/// text the detector missed: see `tests/corpora/README.md`) meet none of
/// the targets yet; these floors, a little under their figures of
/// 2026-12-08's twenty-eighth session (dev2 0.985 / 0.976 / 0.978, dev3
/// 0.982 / 0.972 / 0.979, dev4 0.973 / 0.949 / 0.952, dev5 0.979 / 0.967 /
/// 0.979, dev6 0.983 / 0.942 / 0.946, dev7 0.982 / 0.943 / 0.952, dev8
/// 0.962 / 0.937 / 0.946), stop them sliding back while the detector
/// changes.
#[test]
fn no_regression_on_the_newer_dev_corpora() {
    for (dir, notes, precision, recall, chars) in [
        ("dev2", 320, 0.976, 0.966, 0.968),
        ("dev3", 400, 0.975, 0.959, 0.968),
        ("dev4", 400, 0.966, 0.940, 0.941),
        ("dev5", 400, 0.970, 0.955, 0.968),
        ("dev6", 400, 0.975, 0.931, 0.936),
        ("dev7", 400, 0.973, 0.933, 0.943),
        ("dev8", 400, 0.954, 0.927, 0.937),
    ] {
        let path = format!("{}/../tests/corpora/{dir}/notes.jsonl", env!("CARGO_MANIFEST_DIR"));
        let input = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let corpus = phi_tools::eval::parse_gold_jsonl(&input).expect("corpus parses");
        assert_eq!(corpus.len(), notes, "{path}");
        let rep = evaluate(&corpus, Detector::builtin(), phi_core::DEFAULT_MIN_SCORE, None);
        let all = rep.overall();
        let (p, r, c) = (all.precision().unwrap(), all.recall().unwrap(), all.char_recall().unwrap());
        println!("{path}: precision {p:.3}, recall {r:.3}, character recall {c:.3}");
        assert!(p >= precision && r >= recall && c >= chars, "{path} fell under its floor ({precision}, {recall}, {chars}):\n{}", rep.render());
    }
}
