//! Engine throughput on clinical-note text, side by side in one run.
//!
//! ```text
//! cargo run -p phi_tools --release --bin phi-bench -- [--notes N] [--seed S] [--jsonl PATH] [--min-time SECS] [--min-score X] [--only a|b|c|d|e|f|g|h|i|j]
//! cargo run -p phi_tools --release --bin phi-bench -- --adversarial [--sizes 50000,100000,200000]
//! ```
//!
//! `--adversarial` times the engine instead on texts built to be hard, each
//! repeated N times for every N of `--sizes`, side by side with the ratios
//! of consecutive sizes: with N doubling, a ratio near 2 is linear and one
//! near 4 quadratic. (Interleaved findings of different scores made overlap
//! resolution quadratic: `repeat('DOB 03/15/1885 age 104 ZIP 03601 ', N)`
//! took 1.3 / 4.8 / 18.6 s in SQL for N = 50k / 100k / 200k.) Each figure is
//! the best of 3 single calls, in seconds of thread CPU time.
//!
//! The texts are `--notes` generated notes (default 4000, seed 42), or the
//! `"text"` of every line of a JSONL corpus (`--jsonl
//! tests/corpora/dev/notes.jsonl`: the independently written held-out notes).
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
use phi_core::testing::distinct_names;
use phi_core::Detector;

const FAMILY_ROWS: [&str; 3] = ["(g) structured family only", "(h) address family only", "(i) names family only"];
use phi_tools::generate;
use regex::Regex;
use std::hint::black_box;
use std::time::Duration;

fn usage() -> ! {
    eprintln!("usage: phi-bench [--notes N] [--seed S] [--jsonl PATH] [--min-time SECS] [--min-score X] [--only a|b|c|d|e|f|g|h|i|j]");
    eprintln!("       phi-bench --adversarial [--sizes N,N,...] [--min-score X]");
    std::process::exit(2)
}

/// Best of 3 single runs of `f`, in seconds of thread CPU time.
fn best_of_3<R>(mut f: impl FnMut() -> R) -> f64 {
    (0..3)
        .map(|_| {
            let t = thread_cpu_time();
            black_box(f());
            (thread_cpu_time() - t).as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// `--adversarial`: time per size and the ratio between consecutive sizes.
fn adversarial(sizes: &[usize], min_score: f32) {
    use phi_core::redact::deidentify_as_of;
    use phi_core::{CustomPattern, PhiType};
    phi_core::detect::warm_up();
    let det = Detector::builtin();
    let custom = Detector::new(&[CustomPattern {
        name: "acct".into(),
        kind: PhiType::Account,
        regex: r"\b[A-Z]{3}-\d{4}\b".into(),
        context_words: vec!["acct".into()],
        score: 0.9,
    }])
    .expect("a valid pattern");
    let dob = "DOB 03/15/1885 age 104 ZIP 03601 ";
    type Gen = Box<dyn Fn(usize) -> String>;
    let unit = |u: &'static str| -> Gen { Box::new(move |n| u.repeat(n)) };
    let inputs: Vec<(&str, Gen)> = vec![
        ("'DOB 03/15/1885 age 104 ZIP 03601 '", unit(dob)),
        ("'SSN 123-45-6789 '", unit("SSN 123-45-6789 ")),
        ("'John Smith, '", unit("John Smith, ")),
        ("'Dr. John Smith saw Mary Jones. '", unit("Dr. John Smith saw Mary Jones. ")),
        ("'call (555) 123-4567 '", unit("call (555) 123-4567 ")),
        ("'www.abc.com '", unit("www.abc.com ")),
        ("'ACC-1234 x ' (custom pattern)", unit("ACC-1234 x ")),
        ("distinct names 'Dr. Jaxxxxx Jayyyyy saw ..'", Box::new(|n| distinct_names(n / 2))),
        ("'http://a.co/' + 200 ')' (N/16 URLs)", Box::new(|n| format!("http://a.co/{} ", ")".repeat(200)).repeat(n / 16))),
        ("one word of 8N 'É' (no space)", Box::new(|n| "É".repeat(8 * n))),
        ("digits, 30N without a space", Box::new(|n| "1234567890".repeat(3 * n))),
        // a name after each cue, and a number said after a phrase and again
        // after "number": each finding checked against the ones before it
        // once grew quadratic
        ("'call my wife maria delgado. '", unit("call my wife maria delgado. ")),
        ("'call me at one two .. seven. number eight ..' (N/3)", Box::new(|n| "call me at one two three four five six seven. number eight eight eight eight eight eight eight. ".repeat(n / 3))),
        // a digit run after its phone word, and a capital after ": " on one
        // line: the phone word was once looked for from the text's end,
        // the town's label back to the line's start
        ("'phone 1234567 '", unit("phone 1234567 ")),
        ("'ab: Cd ' (one line)", unit("ab: Cd ")),
    ];
    println!("phi-bench --adversarial");
    println!("  rustc:        {}", env!("PHI_TOOLS_RUSTC_VERSION"));
    println!("  method:       one call per text, best of 3, seconds of thread CPU time; x = ratio to the previous size (2 = linear, 4 = quadratic)");
    println!("  min_score:    {min_score:.2}");
    println!();
    let mut header = format!("{:<48} {:<12}", "input (repeated N times)", "call");
    for (k, n) in sizes.iter().enumerate() {
        header.push_str(&format!(" {:>12}", format!("N={n}")));
        if k > 0 {
            header.push_str(&format!(" {:>6}", "x"));
        }
    }
    println!("{header}");
    for (k, (name, gen)) in inputs.iter().enumerate() {
        let texts: Vec<String> = sizes.iter().map(|&n| gen(n)).collect();
        let d: &Detector = if name.contains("custom") { &custom } else { det };
        let mut calls: Vec<(&str, Box<dyn Fn(&str) -> usize + '_>)> = vec![("detect", Box::new(|t: &str| d.detect(t, min_score).len()))];
        if k == 0 {
            // the headline input through every entry point
            calls.push(("contains_phi", Box::new(|t: &str| d.contains_phi(t, min_score) as usize)));
            calls.push(("+redact", Box::new(|t: &str| redact(t, &d.detect(t, min_score), Style::Tag, None).len())));
            calls.push(("+deid_as_of", Box::new(|t: &str| deidentify_as_of(t, &d.detect(t, min_score), 2025).len())));
        }
        for (call, f) in &calls {
            let mut line = format!("{:<48} {:<12}", if call == &"detect" { name } else { "" }, call);
            let mut prev: Option<f64> = None;
            for t in &texts {
                let secs = best_of_3(|| f(t));
                line.push_str(&format!(" {:>10.4} s", secs));
                if let Some(p) = prev {
                    line.push_str(&format!(" {:>6.2}", secs / p));
                }
                prev = Some(secs);
            }
            println!("{line}");
        }
    }
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
    let mut min_score = phi_core::DEFAULT_MIN_SCORE;
    let mut only: Option<String> = None;
    let mut jsonl: Option<String> = None;
    let mut adversarial_mode = false;
    let mut sizes: Vec<usize> = vec![50_000, 100_000, 200_000];
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
            "--adversarial" => adversarial_mode = true,
            "--sizes" => {
                sizes = val().split(',').map(|x| x.trim().parse().unwrap_or_else(|_| usage())).collect();
                if sizes.is_empty() {
                    usage()
                }
            }
            _ => usage(),
        }
    }
    if adversarial_mode {
        adversarial(&sizes, min_score);
        return;
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
