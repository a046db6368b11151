//! Engine throughput on clinical-note text, side by side in one run.
//!
//! ```text
//! cargo run -p phi_tools --release --bin phi-bench -- [--notes N] [--seed S] [--jsonl PATH] [--min-time SECS] [--min-score X] [--only a|b|c|d|e|f|g|h|i|j]
//! ```
//!
//! The texts are `--notes` generated notes (default 4000, seed 42), or the
//! `"text"` of every line of a JSONL corpus (`--jsonl
//! tests/heldout/notes.jsonl`: the independently written held-out notes).
//! Every measurement makes whole passes over the same texts (one call per
//! text) until at least `--min-time` seconds (default 1) of the thread's
//! CPU time have gone by, and reports the best of 3 such runs in MB/s of
//! text:
//!
//! * `chars().count()`: touching every byte, a memory-bandwidth floor;
//! * one compiled `regex::Regex` for SSN-shaped numbers: a naive
//!   single-pattern scan;
//! * `Detector::builtin().detect(note, min_score)`: the full engine;
//! * `Detector::builtin().contains_phi(note, min_score)`;
//! * `detect` + `phi_core::redact::redact(.., Style::Tag, None)`;
//! * `detect` + `phi_core::redact::deidentify`;
//! * each built-in recognizer family alone (raw candidates, no overlap
//!   resolution), to show where `detect`'s time goes;
//! * the three families over all notes family-major (every note through
//!   one family, then the next): `detect`'s recognizer work without
//!   switching recognizers from one note to the next.
//!
//! Ratios are relative to `detect`.

use phi_core::redact::{deidentify, redact, Style};
use phi_core::detect::Family;
use phi_core::Detector;

const FAMILY_ROWS: [&str; 3] = ["(g) structured family only", "(h) address family only", "(i) names family only"];
use phi_tools::generate;
use regex::Regex;
use std::hint::black_box;
use std::time::Duration;

fn usage() -> ! {
    eprintln!("usage: phi-bench [--notes N] [--seed S] [--jsonl PATH] [--min-time SECS] [--min-score X] [--only a|b|c|d|e|f|g|h|i|j]");
    std::process::exit(2)
}

/// [`measure`], unless `--only` names another measurement (for profiling
/// one path under `perf`): then NaN without running it.
fn measure_if(only: &Option<String>, which: &str, bytes: usize, min_time: Duration, pass: impl FnMut() -> usize) -> (f64, usize) {
    match only {
        Some(o) if o != which => (f64::NAN, 0),
        _ => measure(bytes, min_time, pass),
    }
}

/// CPU time this thread has run. On a virtual machine it leaves out the
/// time the host ran something else on this core (steal time), which
/// wall-clock time counts and which swings from one run to the next.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant
    // every Linux kernel since 2.6.12 supports.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Best-of-3 throughput (bytes/s) of `pass`, which processes the whole
/// corpus once and returns a checksum (kept alive with `black_box`).
/// Timed by the thread's CPU time, not by the wall clock.
fn measure(bytes: usize, min_time: Duration, mut pass: impl FnMut() -> usize) -> (f64, usize) {
    let mut best = 0f64;
    let mut check = 0;
    // Warm-up pass (lazy regex compilation, caches).
    check ^= black_box(pass());
    for _ in 0..3 {
        let t = thread_cpu_time();
        let mut passes = 0usize;
        let mut spent = Duration::ZERO;
        while spent < min_time {
            check ^= black_box(pass());
            passes += 1;
            spent = thread_cpu_time() - t;
        }
        let rate = (bytes * passes) as f64 / spent.as_secs_f64();
        best = best.max(rate);
    }
    (best, check)
}

fn main() {
    let mut notes = 4000usize;
    let mut seed = 42u64;
    let mut min_time = 1.0f64;
    let mut min_score = 0.5f32;
    let mut only: Option<String> = None;
    let mut jsonl: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--notes" => notes = val().parse().unwrap_or_else(|_| usage()),
            "--seed" => seed = val().parse().unwrap_or_else(|_| usage()),
            "--min-time" => min_time = val().parse().unwrap_or_else(|_| usage()),
            "--min-score" => min_score = val().parse().unwrap_or_else(|_| usage()),
            "--only" => only = Some(val()),
            "--jsonl" => jsonl = Some(val()),
            _ => usage(),
        }
    }
    let min_time = Duration::from_secs_f64(min_time);

    let (corpus, source): (Vec<String>, String) = match &jsonl {
        None => (generate(seed, notes).into_iter().map(|n| n.text).collect(), format!("seed {seed}")),
        Some(path) => {
            let input = std::fs::read_to_string(path).unwrap_or_else(|e| {
                eprintln!("phi-bench: {path}: {e}");
                std::process::exit(2)
            });
            let texts = phi_tools::eval::jsonl_texts(&input).unwrap_or_else(|e| {
                eprintln!("phi-bench: {path}: {e}");
                std::process::exit(2)
            });
            (texts, path.clone())
        }
    };
    let notes = corpus.len();
    let bytes: usize = corpus.iter().map(|t| t.len()).sum();
    let chars: usize = corpus.iter().map(|t| t.chars().count()).sum();
    // the tables every recognizer builds on first use, built now (as the
    // postmaster does when preloaded), so no measurement or profile of
    // detect includes them
    phi_core::detect::warm_up();
    let det = Detector::builtin();
    let ssn = Regex::new(r"\b\d{3}-\d{2}-\d{4}\b").unwrap();
    let findings: usize = corpus.iter().map(|t| det.detect(t, min_score).len()).sum();

    println!("phi-bench");
    println!("  rustc:        {}", env!("PHI_TOOLS_RUSTC_VERSION"));
    println!("  corpus:       {} notes, {:.2} MB ({} bytes, {} chars), {}", notes, bytes as f64 / 1e6, bytes, chars, source);
    println!("  avg note:     {:.0} bytes", bytes as f64 / notes.max(1) as f64);
    println!("  findings:     {} at min_score {:.2} ({:.2} per note)", findings, min_score, findings as f64 / notes.max(1) as f64);
    println!("  method:       one call per note, passes repeated >= {:.1}s of thread CPU time, best of 3", min_time.as_secs_f64());
    println!();

    let mut rows: Vec<(&str, f64)> = Vec::new();

    let (r, _) = measure_if(&only, "a", bytes, min_time, || corpus.iter().map(|t| black_box(t.as_str()).chars().count()).sum());
    rows.push(("(a) chars().count() baseline", r));

    let (r, _) = measure_if(&only, "b", bytes, min_time, || corpus.iter().map(|t| ssn.find_iter(black_box(t)).count()).sum());
    rows.push(("(b) single SSN regex scan", r));

    let (r_detect, _) = measure_if(&only, "c", bytes, min_time, || corpus.iter().map(|t| det.detect(black_box(t), min_score).len()).sum());
    rows.push(("(c) detect", r_detect));

    let (r, _) = measure_if(&only, "d", bytes, min_time, || corpus.iter().filter(|t| det.contains_phi(black_box(t), min_score)).count());
    rows.push(("(d) contains_phi", r));

    let (r, _) = measure_if(&only, "e", bytes, min_time, || {
        corpus
            .iter()
            .map(|t| {
                let f = det.detect(black_box(t), min_score);
                redact(t, &f, Style::Tag, None).len()
            })
            .sum()
    });
    rows.push(("(e) detect + redact(tag)", r));

    let (r, _) = measure_if(&only, "f", bytes, min_time, || {
        corpus
            .iter()
            .map(|t| {
                let f = det.detect(black_box(t), min_score);
                deidentify(t, &f).len()
            })
            .sum()
    });
    rows.push(("(f) detect + deidentify", r));

    // detect broken down by recognizer family (raw candidates, no overlap
    // resolution): where the engine's time goes
    for (key, family) in ["g", "h", "i"].into_iter().zip(Family::ALL) {
        let mut out = Vec::new();
        let (r, _) = measure_if(&only, key, bytes, min_time, || {
            corpus
                .iter()
                .map(|t| {
                    out.clear();
                    Detector::family_candidates(family, black_box(t), &mut out);
                    out.len()
                })
                .sum()
        });
        rows.push((FAMILY_ROWS[family as usize], r));
    }

    // the same three families over every note, but family-major (all notes
    // through one family, then the next): the work of (g)+(h)+(i) without
    // switching recognizers between notes, which detect must do
    let mut out = Vec::new();
    let (r, _) = measure_if(&only, "j", bytes, min_time, || {
        let mut n = 0;
        for family in Family::ALL {
            for t in &corpus {
                out.clear();
                Detector::family_candidates(family, black_box(t), &mut out);
                n += out.len();
            }
        }
        n
    });
    rows.push(("(j) g+h+i, family-major order", r));

    println!("{:<32} {:>12} {:>12} {:>10}", "measurement", "MB/s", "notes/s", "x detect");
    for (name, rate) in rows {
        let notes_s = rate / (bytes as f64 / notes.max(1) as f64);
        println!("{:<32} {:>12.2} {:>12.0} {:>10.2}", name, rate / 1e6, notes_s, rate / r_detect);
    }
}
