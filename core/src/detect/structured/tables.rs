//! Delimited tables with a header row: registry exports, CSV line
//! listings, pipe-delimited run logs ("Run#|Time|Location|Nature|Pt|Disp",
//! "patient_id,last_name,first_name,dob,sex,zip,..."), Markdown tables
//! ("| Claim ref | Patient |", their rule "|---|---|" under the header). A cell of a table
//! says nothing about itself ("FARAH, TESFAYE O", "68-080", "19541117");
//! its column's name says what it is. So: a line of four or more fields
//! split by '|', ',' or ';', every field a short name with a letter
//! in it and the first without a space, followed by a row with as many
//! fields, is a header; each column whose name names PHI (a person's
//! name or initials, or the staff member who signed the row, a date, a
//! record or subject id, a phone number, an address, a ZIP code, an SSN,
//! an age) labels its cells in that row and the rows
//! after it, up to the first line with another number of fields.
//!
//! A comma-separated header whose commas are all glued to its names
//! ("ACCESSION,PATIENT,MRN,TEST") has rows whose comma before a space is
//! the text's ("LEAD, BLOOD"), not a delimiter.
//!
//! Turned down: columns naming no one (study, site, lot, model, drug,
//! facility), cells that do not look like their column's kind (a "dob"
//! cell without a digit, an "id" cell with fewer than three digits, a
//! name cell with digits), and an age under 90.
//!
//! Tables aligned with spaces ("SUBJID      MRN         NAME") are read
//! the same way, their fields set apart by two spaces or more; a row with
//! fewer fields than its header (a cell run over into the next column,
//! one space after it: a board's "H Edwards N O'Connor 14:30" under
//! "RN     DR       ARR") is read by where its fields start, each where
//! a column starts (or pushed right by one that ran over); a field
//! covering several columns, its own naming
//! people and the others people or nothing, is taken as one name.
//!
//! Cost: one `memchr3` pass over '|', ',' and ';'; a comma or semicolon
//! counts only glued to a word on both sides (prose puts a space after
//! it), and then its line is looked at from its start, whose first field
//! has no space. Tab-separated tables: one `memchr` pass over the tabs,
//! each line with one read once (its first field may hold spaces). Tables
//! aligned with spaces: one `memmem` pass over "  ", each line with one
//! read once.

use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.75;

/// The searcher of "  ", built once (one per call cost a tenth of the
/// pass).
pub(super) static TWO_SPACES: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("  "));
/// Most columns read.
const MAX_COLS: usize = 32;
/// Longest header field.
const MAX_HEAD: usize = 32;

pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // where the lines looked at so far end
    let mut done = 0;
    for p in memchr::memchr3_iter(b'|', b',', b';', b) {
        if p < done {
            continue;
        }
        // a header's ',' or ';' is glued to both its fields ("patient_id,
        // last_name"); prose puts a space after it, numbers a digit before
        if b[p] != b'|' && !(p > 0 && (b[p - 1].is_ascii_alphabetic() || matches!(b[p - 1], b'#' | b'_' | b')')) && b.get(p + 1).is_some_and(|&c| c != b' ')) {
            continue;
        }
        // the line's start: its first field is at most MAX_HEAD bytes
        let floor = p.saturating_sub(MAX_HEAD + 8).max(done);
        let start = match memchr::memrchr(b'\n', &b[floor..p]) {
            Some(k) => floor + k + 1,
            None if floor == 0 || floor == done => floor,
            None => continue,
        };
        let end = memchr::memchr(b'\n', &b[p..]).map_or(b.len(), |k| p + k);
        done = end + 1;
        let Some((d, kinds)) = header(b, start, end, false) else { continue };
        // (a header whose commas are all glued to its names: in its rows,
        // a comma before a space is the text's, "LEAD, BLOOD")
        let glued = d == b',' && !b[start..end].windows(2).any(|w| w == b", ");
        done = done.max(rows(b, end + 1, if glued { GLUED_COMMA } else { d }, &kinds, out));
    }
    // tab-separated tables: a header line with a tab, its first field may
    // hold spaces ("Scr #\tName\tMRN\tScreened"), read once per line
    let mut done_tab = 0;
    for p in memchr::memchr_iter(b'\t', b) {
        if p < done_tab {
            continue;
        }
        let start = memchr::memrchr(b'\n', &b[..p]).map_or(0, |k| k + 1);
        let end = memchr::memchr(b'\n', &b[p..]).map_or(b.len(), |k| p + k);
        done_tab = end + 1;
        if start < done || p - start > MAX_HEAD {
            continue;
        }
        let Some((d, kinds)) = header(b, start, end, true) else { continue };
        done_tab = done_tab.max(rows(b, end + 1, d, &kinds, out));
    }
    // tables aligned with spaces: a header line whose names two spaces or
    // more set apart ("SUBJID      MRN         NAME      DOB"), its first
    // name within MAX_HEAD bytes of the line's start; read once per line
    let mut done_sp = 0;
    let mut bad_start = usize::MAX;
    for p in TWO_SPACES.find_iter(b) {
        if p < done_sp || p < done || p < done_tab {
            continue;
        }
        let floor = p.saturating_sub(MAX_HEAD);
        let start = match memchr::memrchr(b'\n', &b[floor..p]) {
            Some(k) => floor + k + 1,
            None if floor == 0 => 0,
            None => continue,
        };
        // (the first name, before the line's end is looked for: a letter
        // first, a header name's bytes: most lines fail here)
        if start == bad_start {
            continue;
        }
        if !b[start].is_ascii_alphabetic() || !b[start..p].iter().all(|&c| header_byte(c)) {
            bad_start = start;
            continue;
        }
        let end = memchr::memchr(b'\n', &b[p..]).map_or(b.len(), |k| p + k);
        done_sp = end + 1;
        let Some((kinds, at)) = spaced_header(b, start, end) else { continue };
        done_sp = done_sp.max(rows_at(b, (start, end), end + 1, &kinds, &at[..kinds.len()], out));
    }
}

/// The header of a table aligned with spaces at `s..e`: four names or
/// more, two spaces or more between them, each a short name with a letter
/// (single spaces inside, "Date of consent"), one at least naming PHI.
/// Its columns' kinds, and where each starts on its line (a row whose
/// cell ran over into the next column is read by its cells' places).
fn spaced_header(b: &[u8], s: usize, e: usize) -> Option<(Vec<Option<PhiType>>, [usize; MAX_COLS])> {
    let e = trim_cr(b, s, e);
    if !b.get(s).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut fields = [(0usize, 0usize); MAX_COLS];
    let n = split_spaced(b, s, e, &mut fields)?;
    let kinds = classify(|| fields[..n].iter().map(|&(fs, fe)| &b[fs..fe]))?;
    let mut at = [0usize; MAX_COLS];
    for (a, &(fs, _)) in at.iter_mut().zip(&fields[..n]) {
        *a = fs - s;
    }
    Some((kinds, at))
}

/// The fields of `s..e` set apart by two spaces or more ([`spaced_fields`])
/// into `into`: how many; None when there are more than it holds.
fn split_spaced(b: &[u8], s: usize, e: usize, into: &mut [(usize, usize)]) -> Option<usize> {
    let mut n = 0;
    for f in spaced_fields(b, s, e) {
        *into.get_mut(n)? = f;
        n += 1;
    }
    Some(n)
}

/// The fields of `s..e` set apart by two spaces or more (or a tab),
/// without their blanks.
fn spaced_fields(b: &[u8], s: usize, e: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut k = s;
    std::iter::from_fn(move || {
        while k < e && matches!(b[k], b' ' | b'\t') {
            k += 1;
        }
        if k >= e {
            return None;
        }
        let fs = k;
        while k < e && b[k] != b'\t' && !(b[k] == b' ' && k + 1 < e && matches!(b[k + 1], b' ' | b'\t')) && !(b[k] == b' ' && k + 1 == e) {
            k += 1;
        }
        Some((fs, k))
    })
}

/// The delimiter of a comma-separated table whose header glues every comma
/// to its names: a comma followed by a space is no delimiter in its rows.
const GLUED_COMMA: u8 = 0;

/// The rows of a table aligned with spaces from `r`, its columns starting
/// at `at` on their lines: a row of as many fields as the header has
/// columns labels its cells by them, one with fewer (a cell run over into
/// the next column, one space between them: "H Edwards N O'Connor 14:30"
/// under "RN     DR       ARR") is read by [`row_at`]; where the first
/// line that is no row starts. A row that is none of these is read
/// by [`row_fixed`] against the header at `head`.
fn rows_at(b: &[u8], head: (usize, usize), mut r: usize, kinds: &[Option<PhiType>], at: &[usize], out: &mut Vec<Finding>) -> usize {
    let mut fields = [(0usize, 0usize); MAX_COLS];
    // the header's columns for row_fixed, made when first needed
    let mut fine: Option<Option<Fine>> = None;
    while r < b.len() {
        let re = memchr::memchr(b'\n', &b[r..]).map_or(b.len(), |k| r + k);
        let e = trim_cr(b, r, re);
        let is_row = match split_spaced(b, r, e, &mut fields[..kinds.len()]) {
            Some(n) if n == kinds.len() => label(b, &fields[..n], kinds, out),
            Some(n) => {
                // (a header that splits its own names with one space, "S
                // ZIP", is a fixed-width export's: its rows are read so
                // first)
                let f = fine.get_or_insert_with(|| fine_columns(b, head.0, head.1));
                let fixed = |out: &mut Vec<Finding>| f.as_ref().is_some_and(|fine| row_fixed(b, r, e, &fields[..n], fine, out));
                if f.as_ref().is_some_and(|f| f.2) {
                    fixed(out) || row_at(b, r, &fields[..n], kinds, at, out)
                } else {
                    row_at(b, r, &fields[..n], kinds, at, out) || fixed(out)
                }
            }
            None => false,
        };
        if !is_row {
            break;
        }
        r = re + 1;
    }
    r
}

/// A row starting at `s`, its `fields` fewer than its header has columns (three
/// or more, two fewer at most), each field starting where a column after
/// the previous field's starts (two bytes either way; anywhere in it after
/// a field that ran over), the first under the first column and, unless
/// it holds a digit (a key), within it: a field is read as its column's
/// kind; one that ran
/// over into the columns after its own, as a name when its own column and
/// every column it covers that names anything are names, without its last
/// words that hold a digit when the last column it covers is no name's
/// ("Takeshi Church   03:50" under "RN     DR       ARR"). False when the
/// line is no row of the table.
fn row_at(b: &[u8], s: usize, fields: &[(usize, usize)], kinds: &[Option<PhiType>], at: &[usize], out: &mut Vec<Finding>) -> bool {
    const SLACK: usize = 2;
    let n = fields.len();
    // (at most two cells run over: a footer's line is no row, "Total
    // Census Tonight    18          ok")
    if n < 3 || n + 2 < kinds.len() || n >= kinds.len() {
        return false;
    }
    // the column each field starts in, and the last one it reaches
    let mut cols = [(0usize, 0usize); MAX_COLS];
    let mut next = 0;
    for (i, &(fs, fe)) in fields[..n].iter().enumerate() {
        let (off, end) = (fs - s, fe - s);
        let Some(c) = (next..kinds.len()).rev().find(|&c| at[c] <= off + SLACK) else { return false };
        // (each field where its column starts, or after one that ran
        // over, which pushes the rest of the row right)
        if (i == 0 && c != 0) || off > at[c] + SLACK && !(i > 0 && cols[i - 1].0 < cols[i - 1].1) {
            return false;
        }
        let last = (c..kinds.len()).rev().find(|&k| at[k] < end.saturating_sub(SLACK)).unwrap_or(c).max(c);
        // (the first field, the row's key, runs over only as a key does,
        // with a digit, "JMN-037-0023 M70334501"; a footer's words do not,
        // "Total Census Tonight    18          ok")
        if i == 0 && last > 0 && !b[fs..fe].iter().any(u8::is_ascii_digit) {
            return false;
        }
        cols[i] = (c, last);
        next = last + 1;
        if next > kinds.len() {
            return false;
        }
    }
    for (&(fs, fe), &(c, last)) in fields[..n].iter().zip(&cols[..n]) {
        if c == last {
            label(b, &[(fs, fe)], &kinds[c..=c], out);
            continue;
        }
        let covered = &kinds[c..=last];
        if kinds[c] != Some(PhiType::Name) || covered.iter().any(|k| k.is_some_and(|k| k != PhiType::Name)) {
            continue;
        }
        // without the words with a digit at the end ("14:30" under "ARR")
        let mut fe = fe;
        if kinds[last] != Some(PhiType::Name) {
            while let Some(sp) = b[fs..fe].iter().rposition(|&c| c == b' ') {
                if !b[fs + sp + 1..fe].iter().any(u8::is_ascii_digit) {
                    break;
                }
                fe = fs + sp;
            }
        }
        label(b, &[(fs, fe)], &[Some(PhiType::Name)], out);
    }
    true
}

/// The columns of a fixed-width export's header at `s..e` (None when it
/// has no more than [`spaced_header`] found): its fields set apart by two
/// spaces or more, and a field of short names in capitals set apart by
/// one ("S ZIP": a sex's one-letter column, then the ZIP code's) split
/// into one column each. Their kinds, where each starts on the line,
/// whether a field was split, and which names are two letters or fewer.
type Fine = (Vec<Option<PhiType>>, Vec<usize>, bool, Vec<bool>);
fn fine_columns(b: &[u8], s: usize, e: usize) -> Option<Fine> {
    let e = trim_cr(b, s, e);
    let (mut kinds, mut at) = (Vec::new(), Vec::new());
    let mut two = Vec::new();
    let mut names: Vec<&[u8]> = Vec::new();
    let mut split = false;
    for (fs, fe) in spaced_fields(b, s, e) {
        let f = &b[fs..fe];
        let short = |w: &[u8]| (1..=4).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase);
        if f.contains(&b' ') && f.split(|&c| c == b' ').all(short) {
            split = true;
            let mut k = fs;
            for w in f.split(|&c| c == b' ') {
                // (a short capital name means PHI alone only as one of a
                // few: a lab's "SCR", a board's "PT" or "DR", a monitor's
                // "TEL" are no record number, name or phone)
                let sure = matches!(w, b"ZIP" | b"MRN" | b"DOB" | b"DOD" | b"SSN" | b"URN" | b"NHI" | b"CHI");
                kinds.push(if sure { column_kind(w) } else { None });
                names.push(w);
                at.push(k - s);
                two.push(w.len() <= 2);
                k += w.len() + 1;
            }
        } else {
            kinds.push(column_kind(f));
            names.push(f);
            at.push(fs - s);
            two.push(f.len() <= 2);
        }
    }
    results_refs(&mut kinds, || names.iter().copied());
    (kinds.len() <= MAX_COLS).then_some((kinds, at, split, two))
}

/// A row of a fixed-width export whose cells one space sets apart where
/// the header's columns start ("1930-02-25 F 2150" under "DOB        S
/// ZIP", "2020-03-25 S27.0XXA IIIB" under "DX_DATE    SITE    STG"), the
/// columns those of `fine` ([`fine_columns`]): the line cut where a cell
/// starts (after a space) within two bytes of each column's start, each
/// field set apart by two spaces or more (`fields`) starting at a cut,
/// three cuts or more and a column at most left without one, the first
/// cell holding a digit (a key); a cell under one column is read as its
/// kind. False when the line is no such row.
fn row_fixed(b: &[u8], s: usize, e: usize, fields: &[(usize, usize)], fine: &Fine, out: &mut Vec<Finding>) -> bool {
    let (kinds, at, _, short_heads) = fine;
    const SLACK: usize = 2;
    let n = kinds.len();
    if fields.len() < 3 || fields[0].0 != s {
        return false;
    }
    // where each column's cell starts on the line, if anywhere
    let mut cut = [usize::MAX; MAX_COLS];
    cut[0] = s;
    let mut missing = 0;
    for k in 1..n {
        let lo = (s + at[k]).saturating_sub(SLACK).max(cut[k - 1].min(e) + 1);
        let hi = (s + at[k] + SLACK).min(e.saturating_sub(1));
        match (lo..=hi).find(|&q| b[q - 1] == b' ' && b[q] != b' ') {
            Some(q) => cut[k] = q,
            None => missing += 1,
        }
    }
    // (the first cell a key, with a digit: a footer's or prose's words
    // are none, "Total Census Tonight    18          ok")
    let first_end = cut[1..n].iter().copied().find(|&c| c != usize::MAX).unwrap_or(e);
    if missing > 1 || n - missing < 3 || !fields.iter().all(|&(fs, _)| cut[..n].contains(&fs)) || !b[s..first_end].iter().any(u8::is_ascii_digit) {
        return false;
    }
    for k in 0..n {
        let Some(kind) = kinds[k] else { continue };
        // (a name's column named by two letters is a board's, "RN", "DR",
        // read by `row_at`; in a table of results it is a finding's, "DR"
        // for retinopathy, "MI", "PT")
        if cut[k] == usize::MAX || kind == PhiType::Name && short_heads.get(k).copied().unwrap_or(false) {
            continue;
        }
        // (a cell whose next column has no cut runs into it: left alone)
        let Some(next) = (k + 1..n).find(|&j| cut[j] != usize::MAX) else {
            if k + 1 == n {
                label(b, &[(cut[k], e)], &[Some(kind)], out);
            }
            continue;
        };
        if next == k + 1 {
            label(b, &[(cut[k], cut[next])], &[Some(kind)], out);
        }
    }
    true
}

/// The rows of a table from `r` (the line after its header), each labelled
/// by [`row`] up to the first line that is none; where that line starts.
fn rows(b: &[u8], mut r: usize, d: u8, kinds: &[Option<PhiType>], out: &mut Vec<Finding>) -> usize {
    let first = r;
    while r < b.len() {
        let re = memchr::memchr(b'\n', &b[r..]).map_or(b.len(), |k| r + k);
        // a Markdown table's rule under its header ("|---|:---|")
        if r == first && d == b'|' && re > r && b[r..re].iter().all(|c| matches!(c, b'|' | b'-' | b':' | b' ' | b'\r')) && b[r..re].contains(&b'-') {
            r = re + 1;
            continue;
        }
        let (rs, rend) = if d == b'|' { outer_bars(b, r, trim_cr(b, r, re)) } else { (r, trim_cr(b, r, re)) };
        if !row(b, rs, rend, d, kinds, out) {
            break;
        }
        r = re + 1;
    }
    r
}

/// A Markdown table's line without its outer bars ("| a | b |" -> " a |
/// b "); other lines as they are.
fn outer_bars(b: &[u8], s: usize, e: usize) -> (usize, usize) {
    let mut k = s;
    while k < e && b[k] == b' ' {
        k += 1;
    }
    if k == e || b[k] != b'|' {
        return (s, e);
    }
    let mut q = e;
    while q > k + 1 && b[q - 1] == b' ' {
        q -= 1;
    }
    let q = if q > k + 1 && b[q - 1] == b'|' { q - 1 } else { e };
    (k + 1, q)
}

fn trim_cr(b: &[u8], s: usize, e: usize) -> usize {
    if e > s && b[e - 1] == b'\r' {
        e - 1
    } else {
        e
    }
}

/// The header at `s..e` (a line): its delimiter and its columns' kinds;
/// `tab`: a tab-separated one, whose first field may hold spaces.
fn header(b: &[u8], s: usize, e: usize, tab: bool) -> Option<(u8, Vec<Option<PhiType>>)> {
    // a Markdown table's header: "| Claim ref | Patient | Policy |", its
    // first field may hold spaces as a tab-separated one's may
    let (s, e, tab) = match outer_bars(b, s, trim_cr(b, s, e)) {
        (ms, me) if ms != s => {
            let mut ms = ms;
            while ms < me && b[ms] == b' ' {
                ms += 1;
            }
            (ms, me, true)
        }
        _ => (s, e, tab),
    };
    // (a line with three bars or more is read as a tab-separated one is,
    // its first field may hold spaces: "Scr. no. | Initials | Date of
    // consent | Status")
    let tab = tab || memchr::memchr_iter(b'|', &b[s..e]).nth(2).is_some();
    // the first field: a letter or '#', then no space before a delimiter
    // within MAX_HEAD bytes (prose stops at its first space)
    let first = *b.get(s)?;
    if !(first.is_ascii_alphabetic() || first == b'#') {
        return None;
    }
    let mut k = s;
    while k < e && k - s < MAX_HEAD && (b[k].is_ascii_alphanumeric() || matches!(b[k], b'_' | b'#' | b'.' | b'-' | b'/') || (tab && b[k] == b' ')) {
        k += 1;
    }
    if tab {
        // the first field's trailing spaces belong to the gap before the tab
        while k > s && b[k - 1] == b' ' {
            k -= 1;
        }
    }
    let mut q = k;
    while q < e && q - k < 8 && b[q] == b' ' {
        q += 1;
    }
    let d = match *b.get(q)? {
        // "Time  | Student | Gr": spaces before a '|' only
        b'|' => b'|',
        d @ (b',' | b';' | b'\t') if q == k => d,
        // (a Markdown header is read as a tab-separated one until its bar)
        _ if tab && b[s..e].contains(&b'|') && !b[s..e].contains(&b'\t') => b'|',
        _ => return None,
    };
    let e = trim_cr(b, s, e);
    let fields = || b[s..e].split(|&c| c == d).map(<[u8]>::trim_ascii);
    classify(fields).map(|kinds| (d, kinds))
}

/// Whether `c` may stand in a header's column name ("Date of consent",
/// "Subject/Rand no.", "pt_id", "Rx#").
fn header_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'#' | b'.' | b'-' | b'/' | b' ' | b'\'')
}

/// The kinds of a header's fields (at least four, at most [`MAX_COLS`],
/// each a short name with a letter, one at least naming PHI). Every field
/// is checked before any is classified: most lines looked at are no
/// header, and [`column_kind`] costs more than the checks.
fn classify<'a, I: Iterator<Item = &'a [u8]>>(fields: impl Fn() -> I) -> Option<Vec<Option<PhiType>>> {
    let mut n = 0;
    for f in fields() {
        n += 1;
        // (a first column of row numbers may be named "#" alone)
        let numbers = n == 1 && f == b"#";
        if f.is_empty() || f.len() > MAX_HEAD || !(f.iter().any(u8::is_ascii_alphabetic) || numbers) || n > MAX_COLS {
            return None;
        }
        if !f.iter().all(|&c| header_byte(c)) {
            return None;
        }
    }
    if n < 4 {
        return None;
    }
    let mut kinds: Vec<Option<PhiType>> = fields().map(column_kind).collect();
    results_refs(&mut kinds, fields);
    kinds.iter().any(Option::is_some).then_some(kinds)
}

/// In a table of results, its "Ref" is the reference range's column, no
/// reference number's ("TEST  RESULT  UNIT  REF"): no kind.
fn results_refs<'a, I: Iterator<Item = &'a [u8]>>(kinds: &mut [Option<PhiType>], fields: impl Fn() -> I) {
    let results = fields().any(|f| [&b"unit"[..], b"units", b"result", b"flag"].iter().any(|w| f.eq_ignore_ascii_case(w)));
    if results {
        for (k, f) in kinds.iter_mut().zip(fields()) {
            if [&b"ref"[..], b"reference", b"ref range", b"ref."].iter().any(|w| f.eq_ignore_ascii_case(w)) {
                *k = None;
            }
        }
    }
}

/// A data row at `s..e` with the header's number of fields: labels its
/// cells; false when it is no row of the table.
fn row(b: &[u8], s: usize, e: usize, d: u8, kinds: &[Option<PhiType>], out: &mut Vec<Finding>) -> bool {
    let mut cells = [(0usize, 0usize); MAX_COLS];
    let mut n = 0;
    let glued = d == GLUED_COMMA;
    let d = if glued { b',' } else { d };
    let mut k = s;
    let mut cs = s;
    let mut quoted = false;
    while k <= e {
        if k == e || (b[k] == d && !quoted && !(glued && b.get(k + 1) == Some(&b' '))) {
            // (one cell more than the header has columns: a name written
            // "SURNAME,GIVEN" unquoted, see below)
            if n == kinds.len() + 1 || n == MAX_COLS {
                return false;
            }
            cells[n] = (cs, k);
            n += 1;
            cs = k + 1;
        } else if b[k] == b'"' && d == b',' {
            quoted = !quoted;
        }
        k += 1;
    }
    if n == kinds.len() + 1 {
        // a name column's "SURNAME,GIVEN" left unquoted by the export
        // ("Rx#,Patient,Drug" over "9745091,BAUTISTA,FERDINAND,prazosin
        // 2 mg"): the name's two cells are one, when each is one word of
        // letters, both in capitals or both capitalized, no English word
        // (a drug's, a service's: "Smith,Lisinopril", "Charge,Nurse"),
        // the second a given name the lists know
        if !matches!(d, b',' | b';') {
            return false;
        }
        let word = |(cs, ce): (usize, usize)| {
            let (cs, ce) = trim_cell(b, cs, ce);
            let w = &b[cs..ce];
            let ok = ce > cs + 1
                && w[0].is_ascii_uppercase()
                && w.iter().all(|&c| c.is_ascii_alphabetic() || matches!(c, b'-' | b'\''));
            ok.then(|| {
                let upper = w.iter().all(|c| !c.is_ascii_lowercase());
                let folded = String::from_utf8_lossy(w).to_lowercase();
                (upper, folded)
            })
        };
        let pair = |j: usize| -> bool {
            let (Some((u1, w1)), Some((u2, w2))) = (word(cells[j]), word(cells[j + 1])) else { return false };
            let class = crate::detect::lexicon::lexicon(&w2);
            u1 == u2
                && !crate::detect::lexicon::is_english(&w1)
                && !crate::detect::lexicon::is_english(&w2)
                && class.is_some_and(|c| c & crate::detect::lexicon::C_FIRST != 0 && c & crate::detect::lexicon::C_STOP == 0)
        };
        let Some(j) = (0..kinds.len()).find(|&j| kinds[j] == Some(PhiType::Name) && pair(j)) else {
            return false;
        };
        cells[j].1 = cells[j + 1].1;
        cells.copy_within(j + 2..n, j + 1);
        n -= 1;
    }
    if n != kinds.len() || e == s {
        return false;
    }
    label(b, &cells[..n], kinds, out)
}

/// Labels a row's `cells` by their columns' `kinds` (true).
fn label(b: &[u8], cells: &[(usize, usize)], kinds: &[Option<PhiType>], out: &mut Vec<Finding>) -> bool {
    for (&(cs, ce), kind) in cells.iter().zip(kinds) {
        let Some(kind) = *kind else { continue };
        let (cs, ce) = trim_cell(b, cs, ce);
        // (a "Member" column of a group's roster holds its members' names,
        // not plan numbers: "Brennan, Fionnuala", "Colm Akinola")
        let kind = if kind == PhiType::HealthPlan && ce > cs && !fits(&b[cs..ce], kind) && member_name(&b[cs..ce]) { PhiType::Name } else { kind };
        if ce > cs && fits(&b[cs..ce], kind) {
            // a fax column's number: the phone recognizers find it as a
            // phone (0.8 to 0.95), the column says what it is
            // (and an identifier's column says which identifier: a record
            // number under "mrn" that a DEA number's check happens to
            // pass, "MR8346808", is the record's)
            let score = match kind {
                PhiType::Fax => 0.97,
                PhiType::Mrn | PhiType::HealthPlan | PhiType::Account | PhiType::Ssn | PhiType::License => 0.9,
                _ => SCORE,
            };
            out.push(Finding::new(kind, cs, ce, score));
        }
    }
    true
}

/// Whether a health plan's column's cell is a person's name instead:
/// "Last, First" (two or three words, a comma after the first), or two
/// words, the first a listed given name, neither an English word (not a
/// payer's "Oscar Health", a plan's "Medigap G"); one word alone is a
/// payer's name as often ("Oscar", "Sutter").
fn member_name(v: &[u8]) -> bool {
    use crate::detect::lexicon::{fold_into, is_english, lexicon, C_FIRST, C_STOP, C_SUR};
    let Ok(v) = std::str::from_utf8(v) else { return false };
    let words: Vec<&str> = v.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    if !(2..=3).contains(&words.len()) || !words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))) {
        return false;
    }
    let mut buf = String::new();
    let mut class = |w: &str| {
        fold_into(w.trim_end_matches('.'), &mut buf);
        (lexicon(&buf).unwrap_or(0), is_english(&buf))
    };
    let comma = v.split_once(',').is_some_and(|(a, _)| !a.trim().contains(' '));
    if comma {
        // a listed surname, then a listed given name (an initial may follow)
        let (s, _) = class(words[0]);
        let (g, _) = class(words[1]);
        return s & (C_SUR | C_FIRST) != 0 && s & C_STOP == 0 && g & C_FIRST != 0 && g & C_STOP == 0;
    }
    let (f, f_eng) = class(words[0]);
    let (l, l_eng) = class(words[words.len() - 1]);
    let initial = words[words.len() - 1].trim_end_matches('.').chars().count() == 1;
    f & C_FIRST != 0 && f & C_STOP == 0 && !f_eng && (initial || !l_eng && l & C_STOP == 0 && (l & (C_SUR | C_FIRST) != 0 || l == 0))
}

/// A cell without its spaces and quotes.
fn trim_cell(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(b[s], b' ' | b'"' | b'\t') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'"' | b'\t') {
        e -= 1;
    }
    (s, e)
}

/// Whether a cell looks like its column's kind.
fn fits(v: &[u8], kind: PhiType) -> bool {
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = v.iter().filter(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
    match kind {
        // not "none", "unknown", "n/a"
        PhiType::Name => digits == 0 && letters >= 2 && !is_blank_word(v),
        PhiType::Date => digits >= 4 && !(digits == 4 && v.len() == 4),
        PhiType::Age => digits == v.len() && (2..=3).contains(&digits) && std::str::from_utf8(v).ok().and_then(|s| s.parse::<u32>().ok()).is_some_and(|a| (90..=125).contains(&a)),
        PhiType::Address => letters >= 2 && !is_blank_word(v),
        // (or a British or Canadian postcode: "A1K 9A5", "WS18 6XZ")
        // (four digits under its column: an Australian, a New Zealand or a
        // European postcode, "2150")
        PhiType::Zip => (5..=10).contains(&v.len()) && (digits >= 5 || postcode_shape(v)) || digits == 4 && v.len() == 4,
        PhiType::Email => v.contains(&b'@'),
        // (not a lab's reference range under "Reference": "0.4 - 4.0")
        _ => digits >= 3 && v.len() <= 40 && !(letters == 0 && v.windows(3).any(|w| w == b" - ")),
    }
}

/// Two groups of letters and digits, one space between, the second of
/// three characters, digit first ("A1K 9A5", "WS18 6XZ", "LE2 9PG").
fn postcode_shape(v: &[u8]) -> bool {
    let Some(sp) = v.iter().position(|&c| c == b' ') else { return false };
    let (a, z) = (&v[..sp], &v[sp + 1..]);
    (2..=4).contains(&a.len())
        && z.len() == 3
        && a[0].is_ascii_uppercase()
        && a.iter().chain(z).all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && z[0].is_ascii_digit()
        && a.iter().any(u8::is_ascii_digit)
}

fn is_blank_word(v: &[u8]) -> bool {
    // (and a finding's answers under a short column's name, "MI  CVA"
    // over "No  Yes")
    const BLANK: &[&[u8]] = &[
        b"none", b"unknown", b"n/a", b"na", b"nil", b"null", b"-", b"tbd", b"pending", b"self", b"yes", b"no", b"ok",
        b"neg", b"pos", b"normal", b"abnormal",
    ];
    BLANK.iter().any(|w| v.eq_ignore_ascii_case(w))
}

/// What a column's name says its cells are, if PHI.
fn column_kind(h: &[u8]) -> Option<PhiType> {
    // lower case, letters and digits only: "Rx#" -> "rx", "last_name" ->
    // "lastname", "Reported by" -> "reportedby"
    let mut buf = [0u8; MAX_HEAD];
    let mut n = 0;
    for &c in h {
        if c.is_ascii_alphanumeric() {
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        }
    }
    let w = &buf[..n];
    let is = |xs: &[&[u8]]| xs.iter().any(|x| *x == w);
    let ends = |xs: &[&[u8]]| xs.iter().any(|x| w.ends_with(x));
    let starts = |xs: &[&[u8]]| xs.iter().any(|x| w.starts_with(x));
    // columns that name no one
    if !is(&[b"clinician", b"clinicians"]) && starts(&[b"study", b"site", b"protocol", b"lot", b"cvx", b"model", b"drug", b"vaccine", b"facility", b"lab", b"payer", b"plan", b"product", b"test", b"clinic", b"hospital", b"pharmacy", b"manufacturer", b"sex", b"gender", b"state", b"county", b"country", b"file", b"batch", b"leadmodel", b"devicemodel", b"room", b"bed", b"unit", b"floor", b"ward", b"seq", b"item", b"row", b"page", b"line"]) {
        return None;
    }
    if is(&[b"ssn", b"socialsecurity", b"ssnlast4"]) {
        return Some(PhiType::Ssn);
    }
    // (and a unit record number, a Scottish CHI number, an Australian
    // IHI, as other countries' records name their patient's number)
    if is(&[b"mrn", b"mrno", b"medrec", b"medicalrecord", b"medicalrecordnumber", b"chart", b"chartno", b"hospno", b"urn", b"urno", b"chi", b"chino", b"ihi"]) || ends(&[b"mrn"]) {
        return Some(PhiType::Mrn);
    }
    if is(&[b"dob", b"birthdate", b"dateofbirth", b"dod", b"dateofdeath", b"dos", b"date"]) || w.windows(4).any(|x| x == b"date") || ends(&[b"dtc", b"dttm", b"dt"]) {
        return Some(PhiType::Date);
    }
    if is(&[b"age", b"agedx", b"ageatdx", b"ageyears", b"ageyrs"]) {
        return Some(PhiType::Age);
    }
    if is(&[b"phone", b"tel", b"telephone", b"cell", b"mobile", b"homephone", b"workphone", b"contactphone"]) || ends(&[b"phone"]) {
        return Some(PhiType::Phone);
    }
    if is(&[b"fax", b"faxno", b"faxnumber"]) || ends(&[b"fax"]) {
        return Some(PhiType::Fax);
    }
    if is(&[b"email", b"emailaddress", b"mail"]) {
        return Some(PhiType::Email);
    }
    if is(&[b"zip", b"zipcode", b"postal", b"postcode", b"postalcode"]) {
        return Some(PhiType::Zip);
    }
    if is(&[b"address", b"addr", b"street", b"streetaddress", b"city", b"town", b"residence"]) || starts(&[b"addr", b"address"]) {
        return Some(PhiType::Address);
    }
    if ends(&[b"serial", b"serialno", b"sn", b"serialnumber"]) {
        return Some(PhiType::Device);
    }
    if is(&[b"acct", b"account", b"accountno", b"accountnumber", b"acctno", b"har"]) {
        return Some(PhiType::Account);
    }
    if is(&[b"member", b"memberid", b"policy", b"policyno", b"subscriberid", b"medicaid", b"medicare", b"insuranceid"]) {
        return Some(PhiType::HealthPlan);
    }
    if is(&[b"npi", b"dea", b"license", b"licence", b"dl"]) {
        return Some(PhiType::License);
    }
    if is(&[b"name", b"patient", b"pt", b"student", b"client", b"inmate", b"resident", b"decedent", b"caller", b"contact", b"guardian", b"parent", b"mother", b"father", b"nok", b"nextofkin", b"subscriber", b"guarantor", b"insured", b"invnam", b"investigator", b"reportedby", b"enteredby", b"administeredby", b"givenby", b"implanter", b"provider", b"physician", b"attending", b"nurse", b"clinician", b"first", b"last", b"given", b"surname", b"mi", b"middle", b"witness", b"collector",
        // a person's initials, and staff who sign a row
        b"initials", b"inits", b"init", b"ptinitials", b"patientinitials", b"subjectinitials", b"subjinitials", b"interpreter",
        b"translator", b"abstractor", b"reviewer", b"technologist", b"technician", b"phlebotomist", b"scribe", b"author",
        // the staff a board or a visit log names: "RN     DR", "Carer"
        b"rn", b"dr", b"doctor", b"carer", b"caregiver", b"midwife", b"aide", b"hca", b"staff",
        // the login an audit trail's row names, a chat export's sender
        b"user", b"username", b"sender"])
        || ends(&[b"name", b"md", b"by"])
    {
        return Some(PhiType::Name);
    }
    if is(&[b"rx", b"rxno", b"rxnumber", b"run", b"runno", b"incident", b"incidentno", b"case", b"caseno", b"claim", b"claimno", b"accession", b"subject", b"subj", b"record", b"encounter", b"visit", b"specimen", b"sample", b"sampleid", b"sampleno", b"req", b"requisition", b"booking", b"permit", b"certificate", b"ticket", b"ref", b"reference", b"acc", b"accn", b"auth", b"authorization", b"authorisation", b"priorauth", b"scr", b"screening", b"rand", b"randomization", b"randomisation"])
        || ends(&[b"id", b"no", b"num", b"number", b"claimref", b"yourref", b"ourref"])
    {
        return Some(PhiType::Id);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn other_countries_record_numbers_by_their_column() {
        let t = "visit_id,client,urn,visit_date,start,end,worker,service,notes\n775231,Barry Parkinson,UR109328,2024-09-11,17:50,04:05,G. de Vries,HHA bath,ok\n";
        assert!(cells(t).contains(&(PhiType::Mrn, "UR109328")), "{:?}", cells(t));
        let t = "visit_id,client,chi,visit_date,start,end,worker,service,notes\n870776,Susan Kim,1112409783,2023-02-14,21:50,04:00,D E,PSW care,ok\n";
        assert!(cells(t).contains(&(PhiType::Mrn, "1112409783")), "{:?}", cells(t));
    }

    #[test]
    fn a_groups_members_under_member() {
        let t = "#\tMember\tID\tStatus\tNotes\n1\tPage, Kylie\t--\tP\t\n2\tAmit Love\t--\tP\tcheck in\n4\tColm Akinola\t320475\tA\tshared\n";
        let c = cells(t);
        assert!(c.contains(&(PhiType::Name, "Page, Kylie")) && c.contains(&(PhiType::Name, "Colm Akinola")), "{c:?}");
        // a payer's or a plan's name
        for v in ["Oscar", "Oscar Health", "Medigap G", "Sutter Health", "Irish Life"] {
            let t = format!("#\tMember\tID\tStatus\tNotes\n1\t{v}\t--\tP\t\n");
            assert!(!cells(&t).iter().any(|(k, _)| *k == PhiType::Name), "{v}");
        }
        // a plan's name under a policy's column is no one's
        let t = "Patient,DOB,Policy,Group\nAnn Roe,1/2/1950,Blue Cross PPO,G123\n";
        assert!(!cells(t).iter().any(|(k, v)| *k == PhiType::Name && v.contains("Blue")), "{:?}", cells(t));
    }

    #[test]
    fn an_identifiers_column_names_which_identifier() {
        let t = "subject_id,site,mrn,last,first,dob,consent_dt,zip\nS40918,12,MR8346808,Kaminski,Declan,1973-10-10,2023-08-11,A1K 9A5\n";
        let d = crate::Detector::builtin().detect(t, 0.5);
        assert!(d.iter().any(|f| f.kind == PhiType::Mrn && &t[f.start..f.end] == "MR8346808"), "{d:?}");
    }

    #[test]
    fn a_samples_column_of_a_family_results_table() {
        let t = "Sample\tName\tRelationship\tDOB\tResult\n2018031350\tNÍ BHRIAIN-WALSH, DEBORAH\tmother\t03/07/1978\tHeterozygous\nS24-70918\tTravis N\tbrother\t23/11/06\tHeterozygous\n";
        let c = cells(t);
        assert!(c.contains(&(PhiType::Id, "2018031350")), "{c:?}");
        assert!(c.contains(&(PhiType::Id, "S24-70918")), "{c:?}");
    }

    #[test]
    fn a_first_column_of_row_numbers_named_by_a_hash() {
        let t = "#  | Name | MRN | Screen date | Status | Reason\n1  | PELLETIER, GENEVIEVE | V267433 | 2023-06-25 | screen fail | lives too far\n";
        assert!(cells(t).contains(&(PhiType::Mrn, "V267433")), "{:?}", cells(t));
        // only the first column; a '#' elsewhere, or prose, is no header
        assert_eq!(cells("Name | # | MRN | Status\nPELLETIER, G | 1 | V267433 | ok\n"), []);
        assert_eq!(cells("# | see below | and | more\n1 | V267433 | x | y\n"), []);
    }

    #[test]
    fn a_name_s_comma_left_unquoted() {
        let t = "Rx#,Patient,Drug,Phone\n9745091,BAUTISTA,FERDINAND,prazosin 2 mg,412-555-0116\nRX9034244,WATANABE,MEILING,aripiprazole,(412) 555-0191\n";
        assert_eq!(
            cells(t),
            [(PhiType::Id, "9745091"), (PhiType::Name, "BAUTISTA,FERDINAND"), (PhiType::Phone, "412-555-0116"), (PhiType::Id, "RX9034244"), (PhiType::Name, "WATANABE,MEILING"), (PhiType::Phone, "(412) 555-0191")]
        );
        // one cell more anywhere else, or two more, is no row of the table;
        // nor a drug's, a service's or a role's word beside the name
        assert_eq!(cells("Rx#,Patient,Drug,Phone\n9745091,BAUTISTA,prazosin,2 mg,412-555-0116\n"), []);
        assert_eq!(cells("Rx#,Patient,Drug,Phone\n9745091,SMITH,Lisinopril,Tablet,412-555-0116\n"), []);
        assert_eq!(cells("Date,Nurse,Unit,Note\n2024-01-02,Charge,Nurse,4N,ok\n"), []);
        assert_eq!(cells("Rx#,Patient,Drug,Phone\n9745091,BAUTISTA,FERDINAND,JOSE,prazosin,412-555-0116\n"), []);
    }

    #[test]
    fn a_chat_export_s_sender() {
        let t = "timestamp,sender,channel,message\n2024-06-22 09:35,Davies Rhys,app,hi is this dr B\n2024-06-22 09:39,Davies Rhys,app,ok\n";
        assert_eq!(cells(t).iter().filter(|c| c.0 == PhiType::Name).map(|c| c.1).collect::<Vec<_>>(), ["Davies Rhys", "Davies Rhys"]);
    }

    #[test]
    fn a_comma_before_a_space_in_a_glued_header_s_rows_is_the_text_s() {
        let t = "ACCESSION,PATIENT,MRN,TEST,COLLECTED\n23-063-39604,DIMACULANGAN^RODEL^T,49421098,LEAD, BLOOD,2023-03-03\n";
        assert_eq!(
            cells(t),
            [(PhiType::Id, "23-063-39604"), (PhiType::Name, "DIMACULANGAN^RODEL^T"), (PhiType::Mrn, "49421098")]
        );
        // a column named for whose record number it is
        let t = "Call ID | Date | Language | Requested by | Patient MRN\n077215635 | 13/03/2025 | Mandarin | Campbell | 4329651\n";
        assert!(cells(t).contains(&(PhiType::Mrn, "4329651")), "{:?}", cells(t));
    }

    #[test]
    fn cells_by_their_column() {
        let t = "Run#|Time|Location|Nature|Pt|Disp\n16-0003|09:03|2046 N Chestnut Drive|fall|ARELLANO,BEATRIZ|transported\n";
        assert_eq!(cells(t), [(PhiType::Id, "16-0003"), (PhiType::Name, "ARELLANO,BEATRIZ")]);
        let t = "Time  | Student | Gr | Complaint | Room no\n12:13 PM | Nwachukwu, Adaeze | 5 | scraped knee | 2046\n";
        assert_eq!(cells(t), [(PhiType::Name, "Nwachukwu, Adaeze")]);
        let t = "STUDYID,SITEID,USUBJID,AETERM,AESTDTC,INVNAM\nXR-501,204,XR501-204-7681,FATIGUE,2023-09-27,\"TRAN, TRANG\"\n";
        assert_eq!(cells(t), [(PhiType::Id, "XR501-204-7681"), (PhiType::Date, "2023-09-27"), (PhiType::Name, "TRAN, TRANG")]);
        let t = "REG_ID|NAME|DOB|AGE_DX|ZIP\n79628757|FARAH, TESFAYE O|19541117|93|31870\n18457387|VO, THANH|19380529|69|05856";
        assert_eq!(
            cells(t),
            [
                (PhiType::Id, "79628757"),
                (PhiType::Name, "FARAH, TESFAYE O"),
                (PhiType::Date, "19541117"),
                (PhiType::Age, "93"),
                (PhiType::Zip, "31870"),
                (PhiType::Id, "18457387"),
                (PhiType::Name, "VO, THANH"),
                (PhiType::Date, "19380529"),
                (PhiType::Zip, "05856"),
            ]
        );
        // a first column's name with a space, the line with three bars
        let t = "Scr. no. | Initials | Date of consent | Status | Subject/Rand no.\nS5441 | PFG | 08MAR2023 | screen failure (HbA1c 11.2%) | n/a\n";
        assert_eq!(cells(t), [(PhiType::Id, "S5441"), (PhiType::Name, "PFG"), (PhiType::Date, "08MAR2023")]);
        // a subject's initials, the staff who signed a row
        let t = "subject_id,site,initials,visit,dob\nYO85-6230,125,GAC,M6,1940-01-18\nQDG-002-0156,125,G---C,V2,1932-02-05\n";
        assert_eq!(
            cells(t),
            [
                (PhiType::Id, "YO85-6230"),
                (PhiType::Name, "GAC"),
                (PhiType::Date, "1940-01-18"),
                (PhiType::Id, "QDG-002-0156"),
                (PhiType::Name, "G---C"),
                (PhiType::Date, "1932-02-05"),
            ]
        );
        let t = "date,test,result,abstractor\n2024-01-02,HbA1c,7.1,LN\n";
        assert_eq!(cells(t), [(PhiType::Date, "2024-01-02"), (PhiType::Name, "LN")]);
    }

    #[test]
    fn a_postcode_under_its_column() {
        let t = "subj,site,mrn,last,first,dob,zip\nS29135,40,00071169,Field,Dawn,1961-01-17,K7R 5W3\nS15416,23,E0947615,El-Amin,Rania,1958-06-12,WS18 6XZ\n";
        let c = cells(t);
        assert!(c.contains(&(PhiType::Zip, "K7R 5W3")) && c.contains(&(PhiType::Zip, "WS18 6XZ")), "{c:?}");
        assert!(!postcode_shape(b"AB 12") && !postcode_shape(b"BP 120") && !postcode_shape(b"k7r 5w3"));
    }

    #[test]
    fn tab_separated() {
        let t = "Packed by GH\nACCESSION\tPATIENT\tDOB\tMRN\tTEST\tCOLLECTED\nDF94587227\tNAIR^WALID^D\t1974-03-24\tHSC5008849\tLEAD, BLOOD\t2024-01-27\n";
        assert_eq!(cells(t), [(PhiType::Id, "DF94587227"), (PhiType::Name, "NAIR^WALID^D"), (PhiType::Date, "1974-03-24"), (PhiType::Mrn, "HSC5008849")]);
        let t = "Scr #\tName\tMRN\tScreened\tEligible\nS65-044\tVenkataraman, Kavya\tGRH3235184\t2024-05-22\tY\n";
        assert_eq!(cells(t), [(PhiType::Id, "S65-044"), (PhiType::Name, "Venkataraman, Kavya"), (PhiType::Mrn, "GRH3235184")]);
        // a Markdown table, its rule under the header
        let t = "| Claim ref | Patient | Policy | Amount |\n|---|---|---|---|\n| CLM-5076759 | Kavanagh, Cathal | BW41340305 | EUR 4 |\n";
        assert_eq!(cells(t), [(PhiType::Id, "CLM-5076759"), (PhiType::Name, "Kavanagh, Cathal"), (PhiType::HealthPlan, "BW41340305")]);
        let t = "| Date of visit | Patient name | Notes | Room |\n| :--- | :--- | --- | --- |\n| 2024-03-01 | Okafor, Chidi | ok | 4 |\nafter the table | x\n";
        assert_eq!(cells(t), [(PhiType::Date, "2024-03-01"), (PhiType::Name, "Okafor, Chidi")]);
        // an authorization's number, an accession's
        let t = "Service | CPT/HCPCS | Auth # | Start | Units
Infusion | J0135 | O871670212 | March 10, 2024 | 6
";
        assert_eq!(cells(t), [(PhiType::Id, "O871670212")]);
        // a tab in prose
        assert!(cells("Pain\tbetter today\nsleeping well").is_empty());
    }

    #[test]
    fn a_board_aligned_with_spaces_whose_cells_run_over() {
        let t = "BED  PATIENT                    AGE  COMPLAINT   RN     DR       ARR\n\
C17   R King                     15   abdo pain   H Edwards N O'Connor 14:30\n\
M5    AQUINO, MOHAMMED G         96   OD          CC     Le       07:40\n\
F3    J Haddad                   75   fever       Takeshi Church   03:50\n\
\n\
Breach watch:  bed C17  review pending  Coordinator on call\n";
        assert_eq!(
            cells(t),
            [
                (PhiType::Name, "R King"),
                (PhiType::Name, "H Edwards N O'Connor"),
                (PhiType::Name, "AQUINO, MOHAMMED G"),
                (PhiType::Age, "96"),
                (PhiType::Name, "CC"),
                (PhiType::Name, "Le"),
                (PhiType::Name, "J Haddad"),
                (PhiType::Name, "Takeshi Church"),
            ]
        );
        // a cell that runs over into a column naming something else is
        // left alone; a line whose first field is not under the first
        // column ends the table
        let t = "BED  PATIENT        AGE  RN     DR       ARR\nC1   R King         15   LD     SFR      23:30\nTotal Census Tonight    18          ok\n";
        assert_eq!(cells(t), [(PhiType::Name, "R King"), (PhiType::Name, "LD"), (PhiType::Name, "SFR")]);
        let t = "SUBJID      NAME        MRN         VISIT\n012-257     KRAWCZYK HALINA RWJ3901193  V2\n   an indented line  of prose  here\n";
        assert!(!cells(t).iter().any(|c| c.0 == PhiType::Name), "{:?}", cells(t));
        // a clinician's column, a login's
        let t = "appt_date,time,clinician,patient,dob\n2023-04-23,08:45,E. Bell,\"Jones-Hughes, Grant\",1947-07-04\n";
        assert!(cells(t).contains(&(PhiType::Name, "E. Bell")), "{:?}", cells(t));
        let t = "timestamp            user             workstation / ip     action\n2022-04-18 15:15:32  WHILL            172.30.52.146  VIEW chart\n";
        assert!(cells(t).contains(&(PhiType::Name, "WHILL")), "{:?}", cells(t));
        // a line listing's subject by initials under "Init"
        let t = "Subject,Init,Age/Sex,AE term,Onset\n191-S071,J.S.,64/F,Hypertension,24-FEB-2025\n";
        assert!(cells(t).contains(&(PhiType::Name, "J.S.")), "{:?}", cells(t));
    }

    #[test]
    fn a_fixed_width_export_whose_cells_one_space_sets_apart() {
        let t = "REGISTRY EXPORT  2022-01-20\n\
ACC_NO      MRN        NAME                      DOB        S ZIP      DX_DATE    SITE    STG  \n\
A22-794216  0613773    YOUNG, BETHANY            1930-02-25 F 2150     2020-03-25 S27.0XXA IIIB\n\
69F8104301  334859     TRIVEDI, SUNITA           1949-08-14 M DE22 4HZ 2021-03-15 C61      I\n\
# records: 2\n";
        assert_eq!(
            cells(t),
            [
                (PhiType::Id, "A22-794216"),
                (PhiType::Mrn, "0613773"),
                (PhiType::Name, "YOUNG, BETHANY"),
                (PhiType::Date, "1930-02-25"),
                (PhiType::Zip, "2150"),
                (PhiType::Date, "2020-03-25"),
                (PhiType::Id, "69F8104301"),
                (PhiType::Mrn, "334859"),
                (PhiType::Name, "TRIVEDI, SUNITA"),
                (PhiType::Date, "1949-08-14"),
                (PhiType::Zip, "DE22 4HZ"),
                (PhiType::Date, "2021-03-15"),
            ]
        );
        // a line of prose or a footer under it is no row, though its words
        // start where columns do; nor a row whose first cell holds no key
        let t = "ACC_NO      MRN        NAME                      DOB        S ZIP\n\
Total seen today       Smith Jones reviewed      all of them F two\n";
        assert!(cells(t).is_empty(), "{:?}", cells(t));
    }

    #[test]
    fn no_table_no_cells() {
        // a list in prose, and a header without rows of its width
        assert!(cells("Hypertension, diabetes, CKD, anemia\nPatient name, DOB, MRN and date verified").is_empty());
        assert!(cells("name,dob,mrn,phone\n").is_empty());
        assert!(cells("Name, DOB, MRN, phone\nverified with two identifiers today, as per policy.").is_empty());
        // columns that name no one, and cells that are not their kind
        assert!(cells("study_id,site,lot,cvx\nXR-501,204,EK4176,208\n").is_empty());
        assert_eq!(cells("patient_id,dob,age,name\n12,unknown,45,none\n"), []);
        // a table aligned with spaces; a lab's reference ranges are no
        // references
        let t = "SUBJID      MRN         NAME                      DOB       TEST\n012-257     RWJ3901193  KRAWCZYK, HALINA          19721214  HBA1C\n";
        assert_eq!(cells(t), [(PhiType::Id, "012-257"), (PhiType::Mrn, "RWJ3901193"), (PhiType::Name, "KRAWCZYK, HALINA"), (PhiType::Date, "19721214")]);
        let t = "Test                 Result    Unit        Reference\nTSH                  1.5       mIU/L       0.4 - 4.0\n";
        assert!(cells(t).is_empty());
        assert!(cells("Patient stable.  Will follow up.  BP fine.  Name on file\nok  ok  ok  ok\n").is_empty());
        // bars in prose: no field names PHI
        assert!(cells("Seen today | BP stable | plan unchanged | follow up\nNo change | none | none | 2 weeks\n").is_empty());
    }
}
