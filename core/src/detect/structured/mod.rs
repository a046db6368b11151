//! Structured recognizers: every number- or format-shaped identifier except
//! names, street addresses and ZIP codes (dates, ages over 89, phone and fax
//! numbers, e-mail, URLs, IP addresses, SSNs, MRNs, health-plan, account,
//! licence, vehicle, device, biometric and other labelled identifiers;
//! IBANs with or without a label, by their mod-97 check).
//!
//! Design, for speed (the whole engine must stay above 50 MB/s):
//! * one pass over the word starts, each walking a keyword trie (ASCII
//!   case-insensitive, longest match), finds every context keyword and
//!   label ("MRN", "member id", "fax", "DOB", ...) — [`keywords`];
//! * labelled values are read right after their label — [`labels`];
//! * one byte scan visits every digit run once and classifies its shape
//!   with hand-written, bounded parsers — [`numeric`]; a run none of them
//!   claims may belong to an identifier governed by a noun the lexicon
//!   does not list ("implant lot QZT448120A", "the grievance no.
//!   55128840") — [`governed`];
//! * the values after the first in a list of one shape ("Rx # 6570769,
//!   7350002") are of its kind — [`lists`];
//! * `memchr` passes over `@`, `://`, `www.`, `/` and `:` find e-mail, URLs
//!   and IPv6 — [`web`];
//! * where a digit run follows a country code, an IBAN is read and
//!   checked — [`iban`], called from the digit scan;
//! * other countries' national identity and health numbers are read after
//!   their names and kept when they pass their check — [`national`],
//!   called from the label reader;
//! * numbers OCR wrote with letters for digits ("612-555-O113") are read
//!   again with the look-alikes taken for digits — [`ocr`];
//! * a delimited table's cells are read by their column's name
//!   ("patient_id,last_name,first_name,dob,...") — [`tables`];
//! * HL7 v2 segments are read field by field — [`hl7`] (a text whose '|'s
//!   follow no segment id at a line's start costs one `memchr` pass);
//! * a value alone on the line after a question that names its kind ("what's
//!   the zip code there?" / "74894") is of that kind — [`replies`].
//!
//! Every finding starts and ends on an ASCII byte (or the text's ends), so
//! offsets are always char boundaries; all look-arounds are bounded, so the
//! whole thing is linear in the text length.

mod bank;
mod checks;
mod foreign_dates;
mod governed;
mod hl7;
mod iban;
mod keyed;
mod keywords;
mod labels;
mod lists;
mod national;
mod numeric;
mod ocr;
mod replies;
mod tables;
mod tti;
mod web;
mod x12;

use crate::types::Finding;

pub(crate) use keywords::{Ctx, Hit, Kw};
pub(crate) use numeric::{id_in_brackets, number_after_name, phone_in_brackets};

/// Appends every structured candidate found in `text` to `out`.
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let mut runs = OCR_RUNS.take();
    runs.clear();
    scan(text, out, &mut runs);
    // (before the OCR reading's scans of parts of the text replace the hits)
    keep_org_words(text);
    ocr::find(text, &runs, out);
    crate::detect::spoken_numbers::find(text, out);
    replies::find(text, out);
    keyed::find(text, out);
    billing_numbers(text.as_bytes(), out);
    OCR_RUNS.set(runs);
    // a text that is one national number, alone (a column's value)
    if text.len() <= 64 {
        if let Some((s, e, kind)) = national::alone(text.as_bytes()) {
            out.push(Finding::new(kind, s, e, ALONE_SCORE));
        }
    }
}

/// The score of a number read because it is the whole text (under a
/// phone number's reading of ten bare digits, 0.55).
const ALONE_SCORE: f32 = 0.52;

/// Words before a billing number that make it a clinician's (a provincial
/// plan's billing number, a licence to bill it), not a patient's account:
/// "Referrer: Dr Tariq Patel (Billing # 907222)", "Booking midwife: N.
/// Bailey Billing # 657337", "Occupational Health Physician  Billing #".
const CLINICIAN_WORDS: &[&[u8]] = &[
    b"dr", b"doctor", b"physician", b"practitioner", b"midwife", b"referrer", b"referring", b"cpso", b"clinician",
    b"md", b"surgeon", b"gp",
];

/// Account numbers after "billing" ("billing # 907222", "billing no.:
/// 399616"), four to six digits, read as a clinician's licence where the
/// line before the word names a clinician ([`CLINICIAN_WORDS`], within 60
/// bytes) and nothing of the patient's after ("Patient's billing #",
/// "| MRN 4455667 | Billing #").
fn billing_numbers(b: &[u8], out: &mut [Finding]) {
    for f in out.iter_mut().filter(|f| f.kind == crate::types::PhiType::Account) {
        let floor = f.start.saturating_sub(24);
        let ls = memchr::memrchr(b'\n', &b[floor..f.start]).map_or(floor, |k| floor + k + 1);
        let near = b[ls..f.start].to_ascii_lowercase();
        let Some(at) = memchr::memmem::rfind(&near, b"billing") else { continue };
        // (nothing but its number's words between "billing" and the value)
        if !near[at + 7..].split(|c| !c.is_ascii_alphabetic()).all(|w| matches!(w, b"" | b"no" | b"number" | b"num")) {
            continue;
        }
        // (a provincial billing number's four to six digits: a patient's
        // billing or account number is longer, "Billing # 778812345")
        let v = &b[f.start..f.end];
        if !(4..=6).contains(&v.len()) || !v.iter().all(u8::is_ascii_digit) {
            continue;
        }
        let at = ls + at;
        let line_start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |k| k + 1);
        let line = &b[line_start.max(at.saturating_sub(60))..at];
        // the clinician's word nearest before, nothing of the patient's or
        // another field ('|') after it
        // (its words, with where each ends on the line)
        let words: Vec<(&[u8], usize)> = line
            .split(|c| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(|w| (w, w.as_ptr() as usize - line.as_ptr() as usize + w.len()))
            .collect();
        let Some(k) = words.iter().rposition(|(w, _)| CLINICIAN_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c))) else { continue };
        // (between them, after a label's colon, a name: capitalized words
        // and initials, no sentence's end, "Dr Gupta. Billing #", "Dr Lopez
        // wants billing #")
        let cue_end = words[k].1;
        let gap = &line[cue_end..];
        let gap = gap.iter().rposition(|&c| c == b':').map_or(gap, |c| &gap[c + 1..]);
        let name_gap = gap.split(|&c| c == b' ').filter(|w| !w.is_empty()).all(|w| {
            let sentence = w.len() > 2 && w.ends_with(b".") && !w[..w.len() - 1].iter().all(u8::is_ascii_uppercase);
            !sentence && !w[0].is_ascii_lowercase()
        });
        let patient = words[k + 1..].iter().any(|(w, _)| [&b"patient"[..], b"pt", b"s", b"mrn", b"account", b"encounter", b"admit"].iter().any(|x| w.eq_ignore_ascii_case(x)));
        if name_gap && !patient && !line.contains(&b'|') {
            f.kind = crate::types::PhiType::License;
        }
    }
}

/// [`find`] without the second reading of OCR'd numbers.
fn find_plain(text: &str, out: &mut Vec<Finding>) {
    scan(text, out, &mut Vec::new());
}

/// The structured recognizers; `ocr` gets the digit runs with an OCR
/// look-alike beside them.
fn scan(text: &str, out: &mut Vec<Finding>, ocr: &mut Vec<(usize, usize)>) {
    if text.is_empty() {
        return;
    }
    // the hit list is reused across calls (one per thread)
    let mut hits = HITS.take();
    keywords::scan_into(text, &mut hits);
    let from = out.len();
    labels::find(text, &hits, out);
    numeric::find(text, &hits, out, ocr);
    lists::extend(text.as_bytes(), out, from);
    numeric::word_ages(text, &hits, out);
    web::find(text, out);
    hl7::find(text, out);
    x12::find(text, out);
    tables::find(text, out);
    tti::find(text, out);
    HITS.set(hits);
}

/// Keeps the organisations' words of the keyword hits of `text`, which
/// [`scan`] has just read, for [`org_words`].
fn keep_org_words(text: &str) {
    let hits = HITS.take();
    let mut orgs = ORGS.take();
    orgs.clear();
    orgs.extend(hits.iter().filter(|h| h.kw == Kw::Ctx(Ctx::Org)).map(|h| (h.start, h.end)));
    ORGS.set(orgs);
    HITS.set(hits);
    ORGS_OF.set((text.as_ptr() as usize, text.len()));
}

/// Each organisation's word ("Hospital", "Clinic") of `text`, as (start,
/// end), in text order, that the keyword scan of the last [`find`] on this
/// thread found; that text must be `text` (nothing otherwise).
pub(crate) fn org_words(text: &str, mut f: impl FnMut(usize, usize)) {
    if ORGS_OF.get() != (text.as_ptr() as usize, text.len()) {
        return;
    }
    let orgs = ORGS.take();
    for &(s, e) in &orgs {
        f(s, e);
    }
    ORGS.set(orgs);
}

/// The family's lazily-built tables (see [`crate::detect::warm_up`]).
pub(crate) fn tables() -> impl Iterator<Item = &'static dyn super::Table> {
    keywords::TABLES
        .iter()
        .chain(web::TABLES.iter())
        .chain(governed::TABLES.iter())
        .copied()
        .chain(std::iter::once(&tables::TWO_SPACES as &dyn super::Table))
}

thread_local! {
    static HITS: std::cell::Cell<Vec<Hit>> = const { std::cell::Cell::new(Vec::new()) };
    /// The organisations' words of the last text [`find`] read, and that
    /// text's (address, length).
    static ORGS: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
    static ORGS_OF: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
    static OCR_RUNS: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The keyword hit closest before `pos` (its end within `window` bytes of
/// `pos`) that satisfies `pred`. `hits` is sorted and non-overlapping.
pub(crate) fn ctx_before<'h>(
    hits: &'h [Hit],
    pos: usize,
    window: usize,
    pred: impl Fn(Kw) -> bool,
) -> Option<&'h Hit> {
    let idx = hits.partition_point(|h| h.end <= pos);
    for h in hits[..idx].iter().rev() {
        if h.end + window < pos {
            break;
        }
        if pred(h.kw) {
            return Some(h);
        }
    }
    None
}

/// Whether a context keyword of kind `c` ends within `window` bytes before
/// `pos`.
pub(crate) fn has_ctx(hits: &[Hit], pos: usize, window: usize, c: Ctx) -> bool {
    ctx_before(hits, pos, window, |k| k == Kw::Ctx(c)).is_some()
}

#[cfg(test)]
mod tests;
