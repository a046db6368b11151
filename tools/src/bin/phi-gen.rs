//! Writes generated notes as a PostgreSQL COPY text-format file (one
//! column) for loading a notes table in SQL benchmarks:
//!
//! ```text
//! cargo run -p phi_tools --release --bin phi-gen -- --gen-tsv /tmp/notes.tsv --rows 100000 [--seed S]
//! psql -c "CREATE TABLE notes(body text)" -c "\copy notes(body) FROM '/tmp/notes.tsv'"
//! ```
//!
//! Backslash, tab, newline and carriage return are escaped as COPY's text
//! format requires; everything else (UTF-8 included) is written as is.

use phi_tools::copy::escape_copy_text;
use phi_tools::generate_one;
use std::io::{BufWriter, Write};

fn usage() -> ! {
    eprintln!("usage: phi-gen --gen-tsv PATH --rows N [--seed S]");
    std::process::exit(2)
}

fn main() -> std::io::Result<()> {
    let mut path: Option<String> = None;
    let mut rows: Option<u64> = None;
    let mut seed = 42u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--gen-tsv" => path = Some(val()),
            "--rows" => rows = Some(val().parse().unwrap_or_else(|_| usage())),
            "--seed" => seed = val().parse().unwrap_or_else(|_| usage()),
            _ => usage(),
        }
    }
    let (Some(path), Some(rows)) = (path, rows) else { usage() };
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(&path)?);
    let mut line = String::with_capacity(8192);
    let mut bytes = 0u64;
    for i in 0..rows {
        let note = generate_one(seed, i);
        line.clear();
        escape_copy_text(&note.text, &mut line);
        line.push('\n');
        out.write_all(line.as_bytes())?;
        bytes += line.len() as u64;
    }
    out.flush()?;
    eprintln!("phi-gen: wrote {rows} rows, {:.2} MB to {path} (seed {seed})", bytes as f64 / 1e6);
    Ok(())
}
