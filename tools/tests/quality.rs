//! Detection quality gate: the built-in detector on a fixed synthetic corpus
//! must meet the project's targets (recall >= 0.95 for ssn, phone, fax,
//! email, url, ip_address, date, mrn; >= 0.90 for name and address; overall
//! precision >= 0.90). See `phi-eval` for the same report with error samples.

use phi_core::Detector;
use phi_tools::eval::evaluate;
use phi_tools::generate;

#[test]
fn builtin_detector_meets_targets() {
    let corpus = generate(20240601, 1000);
    let rep = evaluate(&corpus, Detector::builtin(), 0.5, None);
    let table = rep.render();
    println!("{table}");
    let failed: Vec<String> = rep
        .targets()
        .into_iter()
        .filter(|t| !t.pass)
        .map(|t| format!("{} = {:.3} < {:.2}", t.label, t.value, t.threshold))
        .collect();
    assert!(failed.is_empty(), "targets failed:\n  {}\n\n{table}", failed.join("\n  "));
}
