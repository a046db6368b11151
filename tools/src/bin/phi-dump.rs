//! Every finding of the built-in detector on a fixed, varied set of texts,
//! one line per text, so that two builds of the engine can be compared byte
//! for byte (`cmp` the outputs) after a change meant to be behaviour-neutral
//! (a speed-up, a refactor).
//!
//! ```text
//! cargo run -p phi_tools --release --bin phi-dump -- [--notes N] [--corpora DIR] > findings.txt
//! ```
//!
//! The texts: `N` generated notes (default 3000) for each of the seeds 1, 2,
//! 3 and 42, each as written, upper-cased, lower-cased and with every space
//! doubled (the variants stress case handling and gaps between words), plus
//! every labelled corpus `DIR/*/notes.jsonl` (`tests/corpora` by default),
//! as written and upper-cased, each under its directory's name. Each text is run at `min_score` 0.0 and `DEFAULT_MIN_SCORE` (0.5), since scores are
//! filtered before overlaps are resolved. A line is
//! `corpus index variant min_score: type start end score; ...` with byte
//! offsets, and the last line a count, so a truncated dump cannot compare
//! equal.

use phi_core::Detector;
use phi_tools::generate;
use std::fmt::Write as _;
use std::io::Write;

fn usage() -> ! {
    eprintln!("usage: phi-dump [--notes N] [--corpora DIR]");
    std::process::exit(2)
}

fn main() {
    let mut notes = 3000usize;
    let mut corpora = String::from("tests/corpora");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--notes" => notes = val().parse().unwrap_or_else(|_| usage()),
            "--corpora" => corpora = val(),
            _ => usage(),
        }
    }
    let det = Detector::builtin();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let mut lines = 0usize;
    let mut findings = 0usize;
    let mut line = String::new();
    let mut emit = |corpus: &str, index: usize, variant: &str, text: &str, out: &mut dyn Write| {
        for min in [0.0f32, phi_core::DEFAULT_MIN_SCORE] {
            line.clear();
            let _ = write!(line, "{corpus} {index} {variant} {min:.1}:");
            for f in det.detect(text, min) {
                let _ = write!(line, " {} {} {} {:.4};", f.kind.as_str(), f.start, f.end, f.score);
                findings += 1;
            }
            writeln!(out, "{line}").expect("write");
            lines += 1;
        }
    };
    for seed in [1u64, 2, 3, 42] {
        let corpus = format!("seed{seed}");
        for (i, note) in generate(seed, notes).into_iter().enumerate() {
            let t = note.text;
            emit(&corpus, i, "asis", &t, &mut out);
            emit(&corpus, i, "upper", &t.to_uppercase(), &mut out);
            emit(&corpus, i, "lower", &t.to_lowercase(), &mut out);
            emit(&corpus, i, "spaces", &t.replace(' ', "  "), &mut out);
        }
    }
    let mut dirs: Vec<_> = std::fs::read_dir(&corpora)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.join("notes.jsonl").is_file()).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let path = dir.join("notes.jsonl");
        let input = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let texts = phi_tools::eval::jsonl_texts(&input).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (i, t) in texts.iter().enumerate() {
            emit(&name, i, "asis", t, &mut out);
            emit(&name, i, "upper", &t.to_uppercase(), &mut out);
        }
    }
    writeln!(out, "total: {lines} lines, {findings} findings").expect("write");
}
