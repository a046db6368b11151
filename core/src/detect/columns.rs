//! Columns of delimited rows without a header: a texting log ("+1 802 555
//! 0190 | marites santos | already got it at cvs"), an interpreter's
//! sessions ("| Mandarin | 54723 | Zhiqiang | Campbell |"), a CSV export
//! ("RX3338660,Sharma Vikram,quetiapine 50 mg qHS,..."). A cell says little
//! about itself; its column says more: where the other recognizers found
//! a name (or a phone, a record number...) filling a column's cell in two
//! rows or more, and nothing of another kind in that column, the column's
//! other cells of the same shape are of that kind too.
//!
//! Rows: three or more consecutive lines split into as many fields (three
//! or more) by the same delimiter: '|', a tab, ';', or ',' when the line
//! has no comma followed by a space (prose puts one there) outside a CSV
//! field's double quotes, whose commas delimit nothing. A cell is
//! *filled* by a candidate (score 0.5 or more) that lies inside it and
//! covers three quarters of it or more; a column qualifies for a kind when
//! at least two of its cells, and a third of its non-empty cells, are
//! filled by that kind and none overlaps a candidate of another kind.
//! Its unfilled cells are then read as that kind when they fit it: a name
//! is one to four words of letters (no digit) not all English words (in
//! a comma-separated block, one of them a listed name or an initial:
//! exports list systems among their senders), or a user's handle made of
//! a person's names (one word, up to four digits after it); any
//! other kind, a cell with three digits or more, at most 40 bytes, whose
//! shape (digits, letters, punctuation) is one the filled cells have.
//!
//! Runs after the families, on their candidates: only where two of them
//! or more fill a cell (a delimiter on a side, a delimiter or the line's
//! end on the other) are their lines and the lines around them read.

use crate::detect::interrupt::{every_items, sort_by_checked};
use crate::detect::lexicon::{self, C_ENG, C_STOP};
use crate::types::{Finding, PhiType};

/// Score of a cell read by its column (under what read it directly).
const SCORE: f32 = 0.6;
/// Most fields in a row.
const MAX_COLS: usize = 16;
/// Longest line read as a row.
const MAX_LINE: usize = 400;
/// Longest candidate looked at (a longer one, an address block over
/// several lines, says nothing of a cell).
const MAX_SPAN: usize = 1024;

/// One row: its fields' (start, end), trimmed.
type Row = ([(u32, u32); MAX_COLS], usize);

#[inline(never)] // a stable symbol for profilers
pub(crate) fn extend(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // (no '|', tab or ';', and every comma followed by a space, a digit or
    // nothing: no rows)
    let glued = || memchr::memchr_iter(b',', b).any(|p| b.get(p + 1).is_some_and(|c| !matches!(c, b' ' | b'0'..=b'9' | b'\n' | b'\r')));
    if out.len() < 2 || memchr::memchr3(b'|', b'\t', b';', b).is_none() && !glued() {
        return;
    }
    // (the buffers are reused across calls, one set per thread)
    let (mut seeds, mut sorted, mut rows) = SCRATCH.take();
    seeds.clear();
    sorted.clear();
    rows.clear();
    blocks(text, out, &mut seeds, &mut sorted, &mut rows);
    SCRATCH.set((seeds, sorted, rows));
}

thread_local! {
    static SCRATCH: std::cell::Cell<(Vec<usize>, Vec<Finding>, Vec<Row>)> = const { std::cell::Cell::new((Vec::new(), Vec::new(), Vec::new())) };
}

/// [`extend`] with its buffers.
fn blocks(text: &str, out: &mut Vec<Finding>, seeds: &mut Vec<usize>, sorted: &mut Vec<Finding>, rows: &mut Vec<Row>) {
    let b = text.as_bytes();
    // where a candidate fills a cell: a delimiter (or a line's end) on
    // both sides of it, one of them a delimiter
    for (i, f) in out.iter().enumerate() {
        every_items(i);
        if f.score < 0.5 {
            continue;
        }
        let mut p = f.start;
        while p > 0 && matches!(b[p - 1], b' ' | b'"') {
            p -= 1;
        }
        let before = if p == 0 { b'\n' } else { b[p - 1] };
        let mut q = f.end;
        while q < b.len() && matches!(b[q], b' ' | b'"' | b'\r') {
            q += 1;
        }
        let after = b.get(q).copied().unwrap_or(b'\n');
        let delim = |c: u8| matches!(c, b'|' | b'\t' | b';' | b',');
        if (delim(before) || before == b'\n') && (delim(after) || after == b'\n') && (delim(before) || delim(after)) {
            seeds.push(f.start);
        }
    }
    if seeds.len() < 2 {
        return;
    }
    sort_by_checked(seeds, usize::cmp);
    // the candidates, by start, once
    for (i, f) in out.iter().enumerate() {
        every_items(i);
        if f.score >= 0.5 && f.end - f.start <= MAX_SPAN {
            sorted.push(*f);
        }
    }
    sort_by_checked(sorted, |a, b| a.start.cmp(&b.start));
    let line_at = |p: usize| {
        let s = memchr::memrchr(b'\n', &b[..p]).map_or(0, |k| k + 1);
        let e = memchr::memchr(b'\n', &b[p..]).map_or(b.len(), |k| p + k);
        (s, e)
    };
    let mut done = 0;
    for (i, &p) in seeds.iter().enumerate() {
        every_items(i);
        if p < done {
            continue;
        }
        let (s, e) = line_at(p);
        done = e + 1;
        let Some((d, r)) = (e - s <= MAX_LINE).then(|| split(b, s, e)).flatten() else { continue };
        let n = r.1;
        let same = |s: usize, e: usize| (e - s <= MAX_LINE).then(|| split(b, s, e)).flatten().filter(|x| x.0 == d && x.1 .1 == n);
        // the rows above this one, then this one and those below
        rows.clear();
        let mut up = s;
        while up > 0 {
            let (ps, pe) = line_at(up - 1);
            let Some((_, r)) = same(ps, pe) else { break };
            rows.push(r);
            every_items(rows.len());
            up = ps;
        }
        rows.reverse();
        rows.push(r);
        let mut down = e;
        while down < b.len() {
            let (ns, ne) = (down + 1, memchr::memchr(b'\n', &b[down + 1..]).map_or(b.len(), |k| down + 1 + k));
            let Some((_, r)) = same(ns, ne) else { break };
            rows.push(r);
            every_items(rows.len());
            down = ne;
        }
        done = done.max(down + 1);
        read_block(text, rows, sorted, d == b',', out);
    }
}

/// The line `s..e` split by its delimiter: (delimiter, row) when it has
/// three fields or more.
fn split(b: &[u8], s: usize, e: usize) -> Option<(u8, Row)> {
    let line = &b[s..e];
    let count = |c: u8| memchr::memchr_iter(c, line).count();
    // a CSV line's quoted fields ("2024-03-17T09:26:17Z,Sylvie Li,\"Yes,
    // hi. Please confirm DOB.\""): their commas are no delimiters, and
    // their ", " no prose's (only where the quotes pair up)
    let quotes = count(b'"');
    let quoted = quotes >= 2 && quotes % 2 == 0;
    let mut inside = false;
    let mut commas = 0;
    let mut prose = false;
    for (k, &c) in line.iter().enumerate() {
        match c {
            b'"' if quoted => inside = !inside,
            b',' if !inside => {
                commas += 1;
                prose |= line.get(k + 1) == Some(&b' ');
            }
            _ => {}
        }
    }
    let d = if count(b'|') >= 2 {
        b'|'
    } else if count(b'\t') >= 2 {
        b'\t'
    } else if count(b';') >= 2 {
        b';'
    } else if commas >= 2 && !prose {
        b','
    } else {
        return None;
    };
    let mut r: Row = ([(0, 0); MAX_COLS], 0);
    let mut cs = s;
    let mut inside = false;
    for k in s..=e {
        if d == b',' && quoted && k < e && b[k] == b'"' {
            inside = !inside;
        }
        if k == e || (b[k] == d && !inside) {
            if r.1 == MAX_COLS {
                return None;
            }
            let (a, z) = trim(b, cs, k);
            r.0[r.1] = (a as u32, z as u32);
            r.1 += 1;
            cs = k + 1;
        }
    }
    (r.1 >= 3).then_some((d, r))
}

fn trim(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(b[s], b' ' | b'\t' | b'"' | b'\r') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'\t' | b'"' | b'\r') {
        e -= 1;
    }
    (s, e)
}

/// Reads the columns of a block of rows (three or more).
/// `csv`: comma-separated, where a chat's or a feed's export lists systems
/// among its senders ("Epic MyChart", "Vocera"): a names column's cell
/// must then hold a listed name.
fn read_block(text: &str, rows: &[Row], sorted: &[Finding], csv: bool, out: &mut Vec<Finding>) {
    if rows.len() < 3 {
        return;
    }
    let (first, last) = (rows[0].0[0].0 as usize, rows[rows.len() - 1].0[rows[rows.len() - 1].1 - 1].1 as usize);
    // the candidates in the block, by start
    let inside = &sorted[sorted.partition_point(|f| f.start + MAX_SPAN < first)..sorted.partition_point(|f| f.start < last)];
    let b = text.as_bytes();
    // a first row without a digit or a candidate over rows with digits is
    // the header ("Time | Student | Gr | Complaint"): its cells are no
    // cells of their columns
    let span = |r: &Row| (r.0[0].0 as usize, r.0[r.1 - 1].1 as usize);
    let digits = |r: &Row| {
        let (s, e) = span(r);
        b[s..e].iter().any(u8::is_ascii_digit)
    };
    let rows = if !digits(&rows[0]) && overlapping(inside, span(&rows[0]).0, span(&rows[0]).1).next().is_none() && rows[1..].iter().any(digits) {
        &rows[1..]
    } else {
        rows
    };
    for k in 0..rows[0].1 {
        let cells = || rows.iter().map(move |r| r.0[k]).filter(|&(s, e)| e > s);
        let nonempty = cells().count();
        // the kind filling this column's cells, and how many
        let mut kind: Option<PhiType> = None;
        let mut filled = 0;
        let mut mixed = false;
        for (r, (s, e)) in cells().enumerate() {
            every_items(r);
            let (s, e) = (s as usize, e as usize);
            for f in overlapping(inside, s, e) {
                if kind.is_some_and(|t| t != f.kind) {
                    mixed = true;
                }
                kind = Some(f.kind);
                if f.start >= s && f.end <= e && 4 * (f.end - f.start) >= 3 * (e - s) {
                    filled += 1;
                }
            }
        }
        let Some(kind) = kind else { continue };
        if mixed || filled < 2 || 3 * filled < nonempty {
            continue;
        }
        let mut shapes: Vec<u64> = if kind == PhiType::Name {
            Vec::new()
        } else {
            cells().filter(|&(s, e)| overlapping(inside, s as usize, e as usize).next().is_some()).map(|(s, e)| shape(&b[s as usize..e as usize])).collect()
        };
        shapes.sort_unstable();
        shapes.dedup();
        for (r, (s, e)) in cells().enumerate() {
            every_items(r);
            let (s, e) = (s as usize, e as usize);
            if overlapping(inside, s, e).next().is_some() {
                continue;
            }
            let v = &b[s..e];
            let fits = if kind == PhiType::Name { name_cell(&text[s..e], csv) } else { other_cell(v) && shapes.binary_search(&shape(v)).is_ok() };
            if fits {
                out.push(Finding::new(kind, s, e, SCORE));
            }
        }
    }
}

/// The candidates overlapping `s..e` (`inside` sorted by start, none
/// longer than [`MAX_SPAN`]).
fn overlapping(inside: &[Finding], s: usize, e: usize) -> impl Iterator<Item = &Finding> {
    let to = inside.partition_point(|f| f.start < e);
    let from = inside[..to].partition_point(|f| f.start + MAX_SPAN < s);
    inside[from..to].iter().filter(move |f| f.end > s)
}

/// One to four words of letters (apostrophes, hyphens and dots inside),
/// no digit, not every word an English word or a stop word; or one word,
/// a user's handle made of a person's names, with up to four digits
/// after it ("jamesh92", "whitfield.s"). `listed_only`: a word must be a
/// listed given name or surname, or an initial.
fn name_cell(v: &str, listed_only: bool) -> bool {
    if v.len() > 40 || !v.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    // (a handle must be made of a person's names: not a system's account,
    // "cerner1", "pyxis2")
    let mut buf = String::new();
    let handle = v.trim_end_matches(|c: char| c.is_ascii_digit());
    if !v.contains(' ') && (handle.len() < v.len() || v.contains(['.', '_'])) {
        return v.len() - handle.len() <= 4 && crate::detect::lower_names::name_handle(v, &mut buf);
    }
    let mut words = 0;
    let mut plain = 0;
    let mut listed = false;
    for w in v.split(' ').filter(|w| !w.is_empty()) {
        words += 1;
        if words > 4 || !w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '-' | '.' | '\u{2019}')) {
            return false;
        }
        lexicon::fold_into(w.trim_end_matches('.'), &mut buf);
        let e = lexicon::lexicon(&buf);
        let plain_word = match e {
            Some(e) => e & (C_ENG | C_STOP) != 0 && e & (lexicon::C_FIRST | lexicon::C_SUR) == 0,
            // (an English word's inflection the list leaves out)
            None => lexicon::is_english(&buf),
        };
        // (an initial, or a listed given name or surname)
        listed |= w.trim_end_matches('.').chars().count() == 1 || e.is_some_and(|e| e & (lexicon::C_FIRST | lexicon::C_SUR) != 0);
        plain += usize::from(plain_word);
    }
    // (one word a name the lists know: not a system's, "Vocera", "Epic
    // MyChart", "Tigertext")
    words > 0 && plain < words && (listed || !listed_only)
}

/// A cell with three digits or more, at most 40 bytes.
fn other_cell(v: &[u8]) -> bool {
    v.len() <= 40 && v.iter().filter(|c| c.is_ascii_digit()).count() >= 3
}

/// A cell's shape: the classes of its bytes (digit, letter, other), each
/// run of one class once, and its length's bracket.
fn shape(v: &[u8]) -> u64 {
    let mut h = (v.len() as u64 / 4) << 56;
    let mut last = 0u64;
    let mut n = 0;
    for &c in v {
        let class = if c.is_ascii_digit() { 1 } else if c.is_ascii_alphabetic() { 2 } else { 3 + c as u64 % 13 };
        if class != last && n < 12 {
            h = h.wrapping_mul(17).wrapping_add(class);
            n += 1;
            last = class;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, found: &[(PhiType, &str)]) -> Vec<String> {
        let mut out: Vec<Finding> = found
            .iter()
            .map(|&(t, s)| {
                let a = text.find(s).unwrap();
                Finding::new(t, a, a + s.len(), 0.8)
            })
            .collect();
        let n = out.len();
        extend(text, &mut out);
        out[n..].iter().map(|f| format!("{:?}:{}", f.kind, &text[f.start..f.end])).collect()
    }

    #[test]
    fn a_names_column_names_its_other_cells() {
        let t = "Phone | Name | Message\n\
                 +1 802 555 0190 | Marites Santos | already got it at cvs\n\
                 3055550140 | eoin kavanagh | yes pls call\n\
                 (505)555-0172 | Jamal Robinson | ok what day\n\
                 808 555 0154 | guadalupe fuentes | my wife handles this\n";
        let got = run(t, &[(PhiType::Name, "Marites Santos"), (PhiType::Name, "Jamal Robinson")]);
        assert_eq!(got, ["Name:eoin kavanagh", "Name:guadalupe fuentes"]);
    }

    #[test]
    fn a_column_of_two_kinds_or_of_words_is_left_alone() {
        let t = "a | Marites Santos | x\nb | Jamal Robinson | y\nc | Cardiology | z\nd | 555-0101 | w\n";
        // "Cardiology" is an English word... and the column also holds a phone
        assert!(run(t, &[(PhiType::Name, "Marites Santos"), (PhiType::Name, "Jamal Robinson"), (PhiType::Phone, "555-0101")]).is_empty());
        let t = "a | Marites Santos | x\nb | Jamal Robinson | y\nc | follow up | z\nd | 3 tablets | w\n";
        assert!(run(t, &[(PhiType::Name, "Marites Santos"), (PhiType::Name, "Jamal Robinson")]).is_empty());
    }

    #[test]
    fn one_filled_cell_is_not_a_column() {
        let t = "a | Marites Santos | x\nb | eoin kavanagh | y\nc | guadalupe fuentes | z\n";
        assert!(run(t, &[(PhiType::Name, "Marites Santos")]).is_empty());
    }

    #[test]
    fn numbers_of_the_filled_cells_shape() {
        let t = "x,MRN 1,M4064865,ok\ny,MRN 2,M5512903,ok\nz,MRN 3,M7781234,ok\nw,MRN 4,12.5 mg,ok\n";
        let got = run(t, &[(PhiType::Mrn, "M4064865"), (PhiType::Mrn, "M5512903")]);
        assert_eq!(got, ["Mrn:M7781234"]);
    }

    #[test]
    fn a_csv_export_s_quoted_fields_hold_commas() {
        let t = "timestamp,sender,message\n\
                 2024-03-17T09:26:22Z,whitfield.s,\"hi is this dr li\"\n\
                 2024-03-17T09:26:17Z,Sylvie Li,\"Yes, hi. Please confirm DOB.\"\n\
                 2024-03-17T09:30:08Z,whitfield.s,\"1/23/56\"\n\
                 2024-03-17T09:30:23Z,Mia Tran,\"Thanks, who is with you?\"\n";
        assert_eq!(run(t, &[(PhiType::Name, "Sylvie Li"), (PhiType::Name, "Mia Tran")]), ["Name:whitfield.s", "Name:whitfield.s"]);
        let t = t.replace("whitfield.s", "jamesh92");
        assert_eq!(run(&t, &[(PhiType::Name, "Sylvie Li"), (PhiType::Name, "Mia Tran")]), ["Name:jamesh92", "Name:jamesh92"]);
        // a system's account is no handle of a person's, nor a system's
        // name a person's in a CSV export
        let t = t.replace("jamesh92", "cerner1");
        assert!(run(&t, &[(PhiType::Name, "Sylvie Li"), (PhiType::Name, "Mia Tran")]).is_empty());
        let t = t.replace("cerner1", "Epic MyChart");
        assert!(run(&t, &[(PhiType::Name, "Sylvie Li"), (PhiType::Name, "Mia Tran")]).is_empty());
        // quotes that do not pair up quote nothing
        let t = "a,Sylvie Li,5'10\", tall\nb,Mia Tran,x\nc,eoin kavanagh,y\n";
        assert!(run(t, &[(PhiType::Name, "Sylvie Li"), (PhiType::Name, "Mia Tran")]).is_empty());
    }

    #[test]
    fn prose_with_commas_is_no_table() {
        let t = "fever, cough, Jamal Robinson\nchills, rigors, Marites Santos\nnausea, pain, eoin kavanagh\n";
        assert!(run(t, &[(PhiType::Name, "Marites Santos"), (PhiType::Name, "Jamal Robinson")]).is_empty());
    }
}
