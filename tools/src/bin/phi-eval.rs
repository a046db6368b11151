//! Detection quality report on the synthetic corpus.
//!
//! ```text
//! cargo run -p phi_tools --release --bin phi-eval -- \
//!     [--notes N] [--seed S] [--min-score X] [--show-errors TYPE] [--max-errors K] [--strict] [--dump K]
//! ```
//!
//! Generates N notes (default 2000, seed 42), runs
//! `Detector::builtin().detect(text, min_score)` (default 0.5) on each and
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

use phi_core::{Detector, PhiType};
use phi_tools::eval::{evaluate, ErrorOptions};
use phi_tools::generate;
use std::process::ExitCode;
use std::time::Instant;

fn usage() -> ! {
    eprintln!(
        "usage: phi-eval [--notes N] [--seed S] [--min-score X] [--show-errors TYPE] [--max-errors K] [--strict] [--dump K]\n\
         types: {}",
        PhiType::ALL.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")
    );
    std::process::exit(2)
}

fn main() -> ExitCode {
    let mut notes = 2000usize;
    let mut seed = 42u64;
    let mut min_score = 0.5f32;
    let mut show: Option<PhiType> = None;
    let mut max_errors = 20usize;
    let mut strict = false;
    let mut dump = 0usize;
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
            "-h" | "--help" => usage(),
            _ => usage(),
        }
    }

    let t0 = Instant::now();
    let corpus = generate(seed, notes);
    let gen_time = t0.elapsed();

    for note in corpus.iter().take(dump) {
        println!("----- note ({}) -----\n{}\n-- gold:", note.template, note.text);
        for s in &note.spans {
            println!("   {:<12} {:?}", s.kind.as_str(), note.value(s));
        }
    }

    let t1 = Instant::now();
    let errors = show.map(|kind| ErrorOptions { kind, max_samples: max_errors });
    let rep = evaluate(&corpus, Detector::builtin(), min_score, errors);
    let det_time = t1.elapsed();

    println!("seed {seed}; generated in {:.2?}, detected in {:.2?}", gen_time, det_time);
    print!("{}", rep.render());
    if let Some(kind) = show {
        print!("{}", rep.render_errors(kind));
    }
    if strict && !rep.all_targets_pass() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
