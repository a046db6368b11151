//! Detection quality report on the synthetic corpus.
//!
//! ```text
//! cargo run -p phi_tools --release --bin phi-eval -- \
//!     [--notes N] [--seed S] [--min-score X] [--show-errors TYPE] [--max-errors K] [--strict] [--dump K]
//!     [--export-jsonl PATH | --compare PATH [--compare-name NAME]] [--gold-jsonl PATH]
//! ```
//!
//! Generates N notes (default 2000, seed 42), runs
//! `Detector::builtin().detect(text, min_score)` (default `phi_core::DEFAULT_MIN_SCORE`, 0.5) on each and
//! prints gold/predicted/TP counts, precision, recall and F1 per type, the
//! micro-averaged overall figures and PASS/FAIL for every target.
//!
//! Matching: a prediction and a gold span match when they overlap and have
//! the same type; `zip` and `address` may match each other. A gold span is
//! recalled if any matching prediction exists; a prediction is a true
//! positive if it matches any gold span.
//!
//! `--show-errors TYPE` lists up to 20 (or `--max-errors K`) missed gold
//! spans and spurious predictions of TYPE with ~40 chars of context.
//! `--dump K` prints the first K notes with their gold spans (to see what
//! the generator produces). Exit code is 0 unless `--strict` is given and a
//! target fails.
//!
//! `--gold-jsonl PATH` scores an independently labelled corpus instead of
//! generated notes (e.g. `tests/corpora/dev/notes.jsonl`, see its README): one
//! `{"id": i, "style": "...", "text": "...", "spans": [{"type": "<phi type>",
//! "start": s, "end": e}]}` per line, offsets in Unicode code points. The
//! report, `--show-errors` (the note's style is shown where generated notes
//! show their template), `--min-score`, `--strict`, `--dump` and `--compare`
//! work as for generated notes; `--notes`/`--seed` are ignored.
//!
//! Comparing with another detector (see `bench/presidio.sh`):
//!
//! * `--export-jsonl PATH` writes the corpus (same `--notes`/`--seed`) as
//!   JSONL, one `{"id": i, "text": "..."}` per note, and exits.
//! * `--compare PATH [--compare-name NAME]` reads the other tool's
//!   predictions, one `{"id": i, "type": "<phi type>", "start": s, "end": e,
//!   "score": x}` per line with `start`/`end` in Unicode code points (Python
//!   `str` indices; an optional `"note_chars"` is checked against the
//!   corpus), scores them with the same matching code as pg_phi's findings
//!   and prints a side-by-side per-type table (pg_phi at `--min-score`; the
//!   other tool's predictions are taken as given). With `--strict`, the exit
//!   code is 1 if the other tool has a higher F1 on any type.
//!   `--show-errors TYPE` then lists error samples for both tools.

use phi_core::{Detector, Finding, PhiType};
use phi_tools::eval::{
    evaluate, evaluate_predictions, export_jsonl, parse_gold_jsonl, parse_predictions_jsonl, render_comparison,
    types_other_wins, ErrorOptions,
};
use phi_tools::{generate, Note};
use std::process::ExitCode;
use std::time::Instant;

fn usage() -> ! {
    eprintln!(
        "usage: phi-eval [--notes N] [--seed S] [--min-score X] [--show-errors TYPE] [--max-errors K] [--strict] [--dump K]\n\
         \x20                [--export-jsonl PATH | --compare PATH [--compare-name NAME]] [--gold-jsonl PATH]\n\
         types: {}",
        PhiType::ALL.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")
    );
    std::process::exit(2)
}

fn main() -> ExitCode {
    let mut notes = 2000usize;
    let mut seed = 42u64;
    let mut min_score = phi_core::DEFAULT_MIN_SCORE;
    let mut show: Option<PhiType> = None;
    let mut max_errors = 20usize;
    let mut strict = false;
    let mut dump = 0usize;
    let mut export: Option<String> = None;
    let mut compare: Option<String> = None;
    let mut compare_name = "other".to_string();
    let mut gold: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--notes" | "-n" => notes = val().parse().unwrap_or_else(|_| usage()),
            "--seed" => seed = val().parse().unwrap_or_else(|_| usage()),
            "--min-score" => min_score = val().parse().unwrap_or_else(|_| usage()),
            "--show-errors" => show = Some(val().parse().unwrap_or_else(|_| usage())),
            "--max-errors" => max_errors = val().parse().unwrap_or_else(|_| usage()),
            "--dump" => dump = val().parse().unwrap_or_else(|_| usage()),
            "--strict" => strict = true,
            "--export-jsonl" => export = Some(val()),
            "--compare" => compare = Some(val()),
            "--compare-name" => compare_name = val(),
            "--gold-jsonl" => gold = Some(val()),
            "-h" | "--help" => usage(),
            _ => usage(),
        }
    }

    let t0 = Instant::now();
    let corpus = match &gold {
        None => generate(seed, notes),
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {path}: {e}"))
            .and_then(|s| parse_gold_jsonl(&s).map_err(|e| format!("{path}: {e}")))
        {
            Ok(c) => c,
            Err(e) => {
                eprintln!("phi-eval: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let gen_time = t0.elapsed();
    // What the corpus is, for the report headers.
    let source = match &gold {
        None => format!("seed {seed}"),
        Some(path) => format!("gold corpus {path}"),
    };

    for note in corpus.iter().take(dump) {
        println!("----- note ({}) -----\n{}\n-- gold:", note.template, note.text);
        for s in &note.spans {
            println!("   {:<12} {:?}", s.kind.as_str(), note.value(s));
        }
    }

    if let Some(path) = export {
        if let Err(e) = std::fs::write(&path, export_jsonl(&corpus)) {
            eprintln!("phi-eval: cannot write {path}: {e}");
            return ExitCode::from(2);
        }
        let bytes: usize = corpus.iter().map(|n| n.text.len()).sum();
        eprintln!("phi-eval: wrote {} notes ({source}, {:.2} MB of text) to {path}", corpus.len(), bytes as f64 / 1e6);
        return ExitCode::SUCCESS;
    }

    let errors = show.map(|kind| ErrorOptions { kind, max_samples: max_errors });
    if let Some(path) = compare {
        return run_compare(&corpus, &source, min_score, errors, &path, &compare_name, strict, show);
    }

    let t1 = Instant::now();
    let rep = evaluate(&corpus, Detector::builtin(), min_score, errors);
    let det_time = t1.elapsed();

    let verb = if gold.is_some() { "read" } else { "generated" };
    println!("{source}; {verb} in {:.2?}, detected in {:.2?}", gen_time, det_time);
    print!("{}", rep.render());
    if let Some(kind) = show {
        print!("{}", rep.render_errors(kind));
    }
    if strict && !rep.all_targets_pass() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// `--compare`: pg_phi vs another tool's predictions, side by side.
#[allow(clippy::too_many_arguments)]
fn run_compare(
    corpus: &[Note],
    source: &str,
    min_score: f32,
    errors: Option<ErrorOptions>,
    path: &str,
    name: &str,
    strict: bool,
    show: Option<PhiType>,
) -> ExitCode {
    let input = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phi-eval: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let preds = match parse_predictions_jsonl(&input, corpus) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("phi-eval: {path}: {e}");
            return ExitCode::from(2);
        }
    };

    // Time detection alone (the other tool's timing covers its analyze()
    // only), after a warm-up so one-time initialisation is not counted.
    let detector = Detector::builtin();
    let _ = detector.detect("warm-up: John Smith 555-123-4567", min_score);
    let t = Instant::now();
    let ours: Vec<Vec<Finding>> = corpus.iter().map(|n| detector.detect(&n.text, min_score)).collect();
    let det_time = t.elapsed();

    let rep = evaluate_predictions(corpus, &ours, min_score, errors);
    let other = evaluate_predictions(corpus, &preds.per_note, 0.0, errors);
    let mb = rep.bytes as f64 / 1e6;
    println!(
        "phi-eval --compare: {} notes, {source}, {mb:.2} MB; pg_phi min_score {min_score:.2}; {name}: {} predictions from {path}",
        rep.notes, preds.total
    );
    println!(
        "pg_phi detect time {det_time:.2?} ({:.1} MB/s, 1 thread); same scorer for both: match = overlap + same type; zip~address\n",
        mb / det_time.as_secs_f64()
    );
    print!("{}", render_comparison(&rep, &other, name));
    if let Some(kind) = show {
        println!("\n##### pg_phi errors #####");
        print!("{}", rep.render_errors(kind));
        println!("\n##### {name} errors #####");
        print!("{}", other.render_errors(kind));
    }
    if strict && !types_other_wins(&rep, &other).is_empty() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
