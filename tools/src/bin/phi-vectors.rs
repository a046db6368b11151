//! pg_phi on Microsoft Presidio's recognizer unit-test vectors.
//!
//! ```text
//! cargo run --release -p phi_tools --bin phi-vectors -- [VECTORS.jsonl] [--json] [--show-failures]
//!     [--compare RESULTS.jsonl [--compare-name NAME]]
//! ```
//!
//! Reads the vectors (default `tests/corpora/presidio_vectors/vectors.jsonl`,
//! see its README), runs `Detector::builtin().detect(text,
//! phi_core::DEFAULT_MIN_SCORE)` on each and applies the pass rule of
//! [`phi_tools::vectors`]: the findings of the pg_phi type(s) the vector's
//! Presidio entity maps to must correspond one to one, by overlap, to the
//! expected spans (none for a vector expecting no match). Prints
//! `passed/total` per recognizer (Presidio test file) and the total.
//!
//! * `--json` prints a machine-readable summary instead of the table:
//!   `{"vectors": PATH, "min_score": x, "pg_phi": {"passed", "total",
//!   "recognizers": [{"recognizer", "entity", "types", "passed", "total",
//!   "failed_ids"}]}}` (and the other tool's, under its name, with
//!   `--compare`).
//! * `--show-failures` then lists every failing vector: its text, the
//!   expected spans and everything the tool found in it (on stderr with
//!   `--json`, so that stdout stays JSON).
//! * `--compare RESULTS.jsonl` scores another tool's results on the same
//!   vectors with the same code (one `{"id", "entity", "start", "end",
//!   "score", "text_chars", "recognizer"}` per finding, code-point offsets;
//!   written by `bench/presidio/vectors.py`, run by
//!   `bench/presidio_vectors.sh`) and prints both side by side;
//!   `--compare-name` names it (default "other").
//!
//! Everything printed comes from the vectors file (texts, spans) or from
//! the tools' findings in those texts.

use phi_core::Detector;
use phi_tools::vectors::{
    parse_other_jsonl, parse_vectors_jsonl, render, render_comparison, render_failure, run_all, tallies_json, tally,
};
use std::process::ExitCode;

const DEFAULT_PATH: &str = "tests/corpora/presidio_vectors/vectors.jsonl";

fn usage() -> ! {
    eprintln!(
        "usage: phi-vectors [VECTORS.jsonl] [--json] [--show-failures] [--compare RESULTS.jsonl [--compare-name NAME]]\n\
         default VECTORS.jsonl: {DEFAULT_PATH}"
    );
    std::process::exit(2)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn main() -> ExitCode {
    let mut path: Option<String> = None;
    let mut json = false;
    let mut show = false;
    let mut compare: Option<String> = None;
    let mut name = "other".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--show-failures" => show = true,
            "--compare" => compare = Some(args.next().unwrap_or_else(|| usage())),
            "--compare-name" => name = args.next().unwrap_or_else(|| usage()),
            "-h" | "--help" => usage(),
            s if s.starts_with('-') => usage(),
            _ if path.is_none() => path = Some(a),
            _ => usage(),
        }
    }
    // The default is relative to the repository root; from elsewhere, the
    // checkout this binary was built from.
    let path = path.unwrap_or_else(|| {
        if std::path::Path::new(DEFAULT_PATH).exists() {
            DEFAULT_PATH.to_string()
        } else {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../", "tests/corpora/presidio_vectors/vectors.jsonl").to_string()
        }
    });
    let vectors = match read(&path).and_then(|s| parse_vectors_jsonl(&s).map_err(|e| format!("{path}: {e}"))) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("phi-vectors: {e}");
            return ExitCode::from(2);
        }
    };
    let min_score = phi_core::DEFAULT_MIN_SCORE;
    let ours = run_all(&vectors, Detector::builtin(), min_score);
    let other = match &compare {
        None => None,
        Some(p) => match read(p).and_then(|s| parse_other_jsonl(&s, &vectors).map_err(|e| format!("{p}: {e}"))) {
            Ok(o) => Some(o),
            Err(e) => {
                eprintln!("phi-vectors: {e}");
                return ExitCode::from(2);
            }
        },
    };

    if json {
        let mut out = serde_json::json!({
            "vectors": path,
            "min_score": min_score,
            "pg_phi": tallies_json(&tally(&vectors, &ours)),
        });
        if let Some(o) = &other {
            out[name.as_str()] = tallies_json(&tally(&vectors, o));
        }
        println!("{}", serde_json::to_string_pretty(&out).unwrap());
    } else {
        let source = match &compare {
            None => String::new(),
            Some(p) => format!("; {name}: results from {p}"),
        };
        println!(
            "phi-vectors: {} Presidio recognizer test vectors from {path}; pg_phi builtin detector, min_score {min_score:.2}{source}",
            vectors.len()
        );
        println!("pass: the findings of the mapped pg_phi type(s) correspond one to one, by overlap, to the expected spans\n");
        match &other {
            None => print!("{}", render(&tally(&vectors, &ours), "pg_phi")),
            Some(o) => print!("{}", render_comparison(&vectors, &ours, o, &name)),
        }
    }
    if show {
        let mut tools = vec![("pg_phi", &ours)];
        if let Some(o) = &other {
            tools.push((name.as_str(), o));
        }
        for (tool, outcomes) in tools {
            let failed: Vec<_> = vectors.iter().zip(outcomes.iter()).filter(|(_, o)| !o.pass).collect();
            let mut s = format!("\n##### {tool}: {} failing vectors #####\n", failed.len());
            for (v, o) in failed {
                s.push_str(&render_failure(v, o, tool));
            }
            // With --json, stdout stays JSON.
            if json {
                eprint!("{s}");
            } else {
                print!("{s}");
            }
        }
    }
    ExitCode::SUCCESS
}
