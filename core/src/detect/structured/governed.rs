//! Identifiers governed by a noun that the label lexicon does not list:
//! "Radiology accession RA22881109", "implant lot QZT448120A", "tag number
//! KLM-4471", "pilot certificate (FAA 3318820)", "shuttle pass for car
//! 7ABC123", "(pump k7r228190)".
//!
//! A general rule rather than a longer list of labels: an
//! identifier-shaped token (letters and at least three digits, six
//! characters or more; or a run of six to twenty digits) counts when one
//! of the three words before it, on the same line, names a thing that
//! carries a number (a record, document, case, claim, card, account,
//! device, vehicle, certificate, specimen, ...), is any word ending in
//! "-ation" or "-ition" ("authorization", "requisition"), or is
//! "number", "no.", "nr", "#" or "id" after any word ("the permit no.").
//! The noun also gives the type (a vehicle's tag is `vehicle`, an
//! implant's lot `device`, anything else `id`).
//!
//! Turned down: clinical measurements (digits then a unit, "500mg"),
//! dates and ranges ("135-145"), anything glued to '.', '/', ':' or '@' (decimals,
//! ratios, times, addresses), numbers after a phone word (the phone
//! recognizers read those), and model or version numbers, which are not
//! identifiers of a person. Findings score 0.6: every more specific
//! recognizer that reads the same text wins the overlap.

use super::checks::num;
use crate::types::{Finding, PhiType};

pub(super) const SCORE: f32 = 0.6;
/// Longest token considered (alphanumerics and inner hyphens).
const MAX_TOKEN: usize = 32;
/// How many words before the token may hold the governing noun.
const WORDS_BACK: usize = 3;
/// How far back (bytes) those words may start.
const MAX_BACK: usize = 48;

/// Called by the numeric scan (one pass over the digit runs, shared) for
/// each run at `d` that no other recognizer claimed, with `re` the run's
/// end. Returns the end of the token the run belongs to when it was
/// looked at, so that the scan does not look at its other runs again.
#[inline]
pub(super) fn at_run(b: &[u8], d: usize, re: usize, out: &mut Vec<Finding>) -> Option<usize> {
    // most digit runs in notes are short and stand alone ("HR 72", "7/10",
    // "2024"): turned down before any walking
    let joined = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
    let spaced = b.get(re) == Some(&b' ') && b.get(re + 1).is_some_and(u8::is_ascii_digit);
    // ('/' or '.' between letters and digits: a reference's groups,
    // "GA/72329/24", "KON.1123.882.2024")
    if (4..=5).contains(&(re - d)) && short_id(b, d, re) {
        out.push(Finding::new(PhiType::Id, d, re, SCORE));
        return Some(re);
    }
    let grouped = |k: usize, n: usize| matches!(b.get(k), Some(b'/' | b'.')) && b.get(n).is_some_and(u8::is_ascii_alphanumeric);
    if re - d < 6
        && !(d > 0 && joined(b[d - 1]))
        && !b.get(re).is_some_and(|&c| joined(c))
        && !spaced
        && !grouped(re, re + 1)
        && !(d >= 2 && grouped(d - 1, d - 2))
    {
        // a plate's other group of capitals beside the digits ("HYZ
        // 569"); "HR 72", "BP 120" have them too: only the plate's reading,
        // which needs "vehicle" right before
        let capitals_beside = (b.get(re) == Some(&b' ') && b.get(re + 1).is_some_and(u8::is_ascii_uppercase))
            || (d >= 2 && b[d - 1] == b' ' && b[d - 2].is_ascii_uppercase());
        if !capitals_beside {
            return None;
        }
        let (ps, pe) = plate_around(b, d, re)?;
        out.push(Finding::new(PhiType::Vehicle, ps, pe, SCORE));
        return Some(pe);
    }
    Some(token_at(b, d, out))
}

#[inline(never)]
fn token_at(b: &[u8], d: usize, out: &mut Vec<Finding>) -> usize {
    let (s, mut e) = token_around(b, d);
    if e - s > MAX_TOKEN {
        return e;
    }
    if !free_edges(b, s, e) {
        return grouped_reference(b, s, e, out).unwrap_or(e);
    }
    if let Some((ps, pe)) = plate_around(b, s, e) {
        out.push(Finding::new(PhiType::Vehicle, ps, pe, SCORE));
        return pe;
    }
    if licence_number(&b[s..e]) {
        // "Jericho Villareal, MD   MD-4990238": a state licence's number,
        // its credential first, unless a noun says what it is ("reference
        // PA-63191900" is a prior authorisation's)
        let kind = governing_type(b, s).unwrap_or(PhiType::License);
        out.push(Finding::new(kind, s, e, SCORE));
        return e;
    }
    if short_tag(&b[s..e]) && !short_quantity(&b[s..e]) {
        // "Locker key tag FM688", "Permit no. K-7900": five characters are
        // an identifier only right after the noun
        if let Some(kind) = governor(b, s, true) {
            out.push(Finding::new(kind, s, e, SCORE));
        }
        return e;
    }
    e = spaced_groups_end(b, s, e);
    if e - s < 6 || !identifier_shaped(&b[s..e]) {
        return e;
    }
    if let Some(kind) = governing_type(b, s) {
        out.push(Finding::new(kind, s, e, SCORE));
    }
    e
}

/// A registration plate holding the token `s..e` right after the word
/// "vehicle", a space or a ':' between ("company vehicle NBX36Z", "vehicle
/// YH67 MBN", "vehicle HYZ 569"): the plate starts at the token or at the
/// group of capitals before it ([`super::labels::plate_at`]). Not after
/// "car", "truck", "plate" or "tag", which are as often no vehicle's
/// label ("by car. HR 110", "fixed with a plate. AST 450", "TAG 150"),
/// nor across a sentence's end.
fn plate_around(b: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let mut starts = [s, s];
    if s >= 3 && matches!(b[s - 1], b' ' | b'-') {
        let mut p = s - 1;
        while p > 0 && s - 1 - p < 5 && (b[p - 1].is_ascii_uppercase() || b[p - 1].is_ascii_digit()) {
            p -= 1;
        }
        starts[1] = p;
    }
    starts.iter().find_map(|&ps| {
        let pe = super::labels::plate_at(b, ps)?;
        (pe >= e && vehicle_before(b, ps)).then_some((ps, pe))
    })
}

/// The word "vehicle" right before `s`, a space or a ':' and a space
/// between.
fn vehicle_before(b: &[u8], s: usize) -> bool {
    let mut q = s;
    while q > 0 && s - q < 3 && matches!(b[q - 1], b' ' | b':') {
        q -= 1;
    }
    q < s && q >= 7 && b[q - 7..q].eq_ignore_ascii_case(b"vehicle") && (q == 7 || !b[q - 8].is_ascii_alphanumeric())
}

/// A reference written in groups joined by '/' or '.' around the token
/// `s..e`: "Our ref: CONS/0066/24", "Case no.: 874/2024", "Accession no.:
/// B/64471/24", "our ref KON.1123.882.2024", "Ref. No.: 193/CARD/41".
/// Four digits or more in two groups or more, under a governing noun; not
/// a date ("12/05/2024", "2024.06.05"), a ratio or a month and year
/// ("120/80", "06/2024"), a decimal, an IP address or a dose ("5/325mg").
/// Returns the reference's end when the groups were read (found or not).
fn grouped_reference(b: &[u8], s: usize, e: usize, out: &mut Vec<Finding>) -> Option<usize> {
    let sep = |c: u8| matches!(c, b'/' | b'.' | b'-');
    let alnum = |k: usize| b.get(k).is_some_and(u8::is_ascii_alphanumeric);
    let mut rs = s;
    while rs >= 2 && sep(b[rs - 1]) && alnum(rs - 2) {
        rs -= 1;
        while rs > 0 && alnum(rs - 1) {
            rs -= 1;
        }
        if s - rs > MAX_TOKEN {
            return None;
        }
    }
    let mut re = e;
    while sep(*b.get(re)?) && alnum(re + 1) {
        re += 1;
        while alnum(re) {
            re += 1;
        }
        if re - rs > MAX_TOKEN {
            return None;
        }
    }
    if !(rs < s || re > e) || re - rs > MAX_TOKEN {
        return None;
    }
    let tok = &b[rs..re];
    if !tok.iter().any(|&c| c == b'/' || c == b'.') || !free_edges(b, rs, re) {
        return Some(re);
    }
    let digits = tok.iter().filter(|c| c.is_ascii_digit()).count();
    let mut lens = [0usize; 6];
    let mut n = 0;
    let mut numeric = true;
    for g in tok.split(|&c| sep(c)) {
        numeric &= g.iter().all(u8::is_ascii_digit);
        if n < lens.len() {
            lens[n] = g.len();
        }
        n += 1;
    }
    // groups joined by dots alone are a code or a decimal when there are
    // two ("I48.91", "Z79.01": a diagnosis' code, after "fibrillation")
    if n < 3 && !tok.contains(&b'/') {
        return Some(re);
    }
    let year = |g: &[u8]| g.len() == 4 && matches!(&g[..2], b"19" | b"20");
    let last = tok.rsplit(|&c| sep(c)).next().unwrap_or(&[]);
    let shape_ok = if numeric {
        // "874/2024" (a number and its year) or a long number's groups;
        // never a date, a month and year, a ratio, a decimal or an address
        match n {
            // ("5085/35297": nine digits are no ratio)
            2 => (lens[0] >= 3 && year(last)) || lens[0] >= 5 || (digits >= 9 && !year(&tok[..lens[0]])),
            3 => !matches!(lens[..3], [1..=2, 1..=2, 2 | 4] | [4, 1..=2, 1..=2]) && !tok.contains(&b'.'),
            _ => !tok.contains(&b'.'),
        }
    } else {
        // letters and digits: not a dose ("5/325mg": digits, then a unit)
        let lead = last.iter().take_while(|c| c.is_ascii_digit()).count();
        !(lead > 0 && lead < last.len() && is_unit(&last[lead..]))
    };
    if digits >= 4 && shape_ok {
        if let Some(kind) = governing_type(b, rs) {
            out.push(Finding::new(kind, rs, re, SCORE));
        }
    }
    Some(re)
}

/// Four or five digits right after "ID" or "badge": an agent's, an
/// interpreter's or an officer's number ("(ID 4190)", "rep ID 76820",
/// "Badge 38830"), or after a person's number's noun a few words back
/// ([`person_number_before`]). Not a year, not a site's or a company's ID,
/// not a number that goes on ("ID 1234-5", "badge 12.5").
fn short_id(b: &[u8], d: usize, re: usize) -> bool {
    let go_on = |k: usize| matches!(b.get(k), Some(b'.' | b',' | b'/' | b':' | b'-')) && b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric);
    if b.get(re).is_some_and(|c| c.is_ascii_alphanumeric()) || go_on(re) {
        return false;
    }
    if re - d == 4 && matches!(&b[d..d + 2], b"19" | b"20") {
        return false;
    }
    if person_number_before(b, d) {
        return true;
    }
    let mut q = d;
    while q > 0 && d - q < 3 && matches!(b[q - 1], b' ' | b':' | b'#') {
        q -= 1;
    }
    if q == d || b.get(d - 1) != Some(&b' ') && b.get(d - 1) != Some(&b'#') {
        return false;
    }
    let we = q;
    while q > 0 && b[q - 1].is_ascii_alphabetic() && we - q <= 5 {
        q -= 1;
    }
    if q > 0 && (b[q - 1].is_ascii_alphanumeric() || b[q - 1] >= 0x80) {
        return false;
    }
    let w = &b[q..we];
    if w.eq_ignore_ascii_case(b"badge") {
        return true;
    }
    if !w.eq_ignore_ascii_case(b"id") {
        return false;
    }
    // "Site ID 1042", "VAT ID 12345": not a person's
    let mut p = q;
    while p > 0 && b[p - 1] == b' ' {
        p -= 1;
    }
    let mut ps = p;
    while ps > 0 && b[ps - 1].is_ascii_alphabetic() {
        ps -= 1;
    }
    let before = &b[ps..p];
    !STOPS.iter().chain([&b"zip"[..], b"postal", b"postcode", b"tax", b"group", b"plan", b"payer", b"provider", b"store"].iter()).any(|s| before.eq_ignore_ascii_case(s))
}

/// Nouns of the people whose own number follows them, a name or a number
/// word between ("interpreter A. Taylor #08822", "collar no. 3755",
/// "Officer badge= 7701", "(Interp # 83465)", "ID interprète #54470").
const PERSON_NUMBER_NOUNS: &[&[u8]] = &[b"interpreter", b"interp", "interprète".as_bytes(), b"interprete", b"collar", b"badge", b"officer"];

/// Whether one of [`PERSON_NUMBER_NOUNS`] stands before the digits at `d`,
/// on the same line, the number marked as one: by a '#' or '=' before it
/// or a number word ("no.") right after the noun. Up to three words may
/// stand between, a person's name (capitalised words and initials). A
/// time or a count is never so marked ("Officer 2130", "Interpreter: 1430
/// booked", "Collar 1330 removed"), and a sentence's end stops the words
/// ("Interpreter. No. 1430").
fn person_number_before(b: &[u8], d: usize) -> bool {
    let mut q = d;
    while q > 0 && d - q < 3 && matches!(b[q - 1], b' ' | b':' | b'#' | b'=') {
        q -= 1;
    }
    if q == d {
        return false;
    }
    let mut marked = b[q..d].iter().any(|&c| c == b'#' || c == b'=');
    let mut named = false;
    let mut p = q;
    for _ in 0..4 {
        // the punctuation between words: a space, an initial's, a title's
        // or "no."'s dot, a bracket
        let gap = p;
        while p > 0 && gap - p < 3 && matches!(b[p - 1], b' ' | b'.' | b'(' | b',') {
            p -= 1;
        }
        let dotted = b[p..gap].contains(&b'.');
        let we = p;
        while p > 0 && we - p < 12 && (b[p - 1].is_ascii_alphabetic() || b[p - 1] >= 0x80) {
            p -= 1;
        }
        if p == we || (p > 0 && b[p - 1].is_ascii_digit()) {
            return false;
        }
        let w = &b[p..we];
        let number_word = [&b"no"[..], b"nr", b"number", b"num"].iter().any(|n| w.eq_ignore_ascii_case(n));
        let abbreviation = w.len() == 1 || number_word || [&b"const"[..], b"sgt", b"insp", b"det", b"dr", b"mr", b"mrs", b"ms", b"pc"].iter().any(|n| w.eq_ignore_ascii_case(n));
        if dotted && !abbreviation {
            return false;
        }
        if PERSON_NUMBER_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)) {
            return marked;
        }
        let name_word = w[0].is_ascii_uppercase() && w[1..].iter().all(|c| c.is_ascii_lowercase() || *c >= 0x80);
        if !(number_word || name_word) {
            return false;
        }
        // (a number word counts only right after the noun: "collar no. 3755")
        marked |= number_word && !named;
        named |= name_word;
    }
    false
}

/// A licence number written after its credential: "MD-4990238",
/// "RPH689184", "PA-319009", "RN 1234567" not (a space splits it): the
/// credential in capitals, an optional '-', then five to nine digits.
fn licence_number(tok: &[u8]) -> bool {
    const CREDENTIALS: [&[u8]; 20] = [
        b"MD", b"DO", b"RN", b"LPN", b"LVN", b"NP", b"APRN", b"PA", b"RPH", b"DDS", b"DMD", b"DPM", b"OD", b"DC",
        b"LCSW", b"LMFT", b"LPC", b"PSY", b"CNA", b"EMT",
    ];
    let letters = tok.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let rest = &tok[letters..];
    let digits = rest.strip_prefix(b"-").unwrap_or(rest);
    (5..=9).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit)
        && CREDENTIALS.contains(&&tok[..letters])
}

/// Five letters and digits, three of them digits or more, at least one
/// letter ("FM688", "K-7900", "GB324"): a tag's or a pass's number, or a
/// code of another kind when no noun stands right before it.
fn short_tag(tok: &[u8]) -> bool {
    let digits = tok.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = tok.iter().filter(|c| c.is_ascii_alphabetic()).count();
    digits + letters == 5 && digits >= 3 && letters >= 1 && tok.len() <= 6
}

/// The end of a number written in spaced groups starting with the token
/// `s..e` of digits: "0776 4064 3385", "8938 1983 50" (groups of four, the
/// last of two to four), "931 571 573" (three or more groups of three or
/// four); `e` when it is not one.
fn spaced_groups_end(b: &[u8], s: usize, e: usize) -> usize {
    if !(3..=4).contains(&(e - s)) || !b[s..e].iter().all(u8::is_ascii_digit) {
        return e;
    }
    let (mut ends, mut lens) = ([0usize; 5], [0usize; 5]);
    let k = super::labels::spaced_digit_groups(b, e, 2..=4, &mut ends, &mut lens);
    if k < 2 || b.get(ends[k - 1]).is_some_and(|&c| c == b'-' || c == b'/' || c == b':' || c == b'.' && b.get(ends[k - 1] + 1).is_some_and(u8::is_ascii_digit)) {
        return e;
    }
    let fours = e - s == 4 && lens[..k - 1].iter().all(|&l| l == 4);
    let threes = lens[..k].iter().all(|&l| l >= 3);
    if fours || threes {
        ends[k - 1]
    } else {
        e
    }
}

/// Every governed identifier in `text` (what the numeric scan finds through
/// [`at_run`]; for tests).
#[cfg(test)]
fn find(text: &str, out: &mut Vec<Finding>) {
    use crate::detect::context::digits_end;
    let b = text.as_bytes();
    let mut p = 0;
    while let Some(off) = b[p..].iter().position(u8::is_ascii_digit) {
        let d = p + off;
        let re = digits_end(b, d);
        p = at_run(b, d, re, out).unwrap_or(re).max(d + 1);
    }
}

/// The token of ASCII letters, digits and single inner hyphens around the
/// digit at `d`.
fn token_around(b: &[u8], d: usize) -> (usize, usize) {
    let word = |c: u8| c.is_ascii_alphanumeric();
    let mut s = d;
    while s > 0 && (word(b[s - 1]) || (b[s - 1] == b'-' && s >= 2 && word(b[s - 2]))) {
        s -= 1;
    }
    let mut e = d;
    while e < b.len() && (word(b[e]) || (b[e] == b'-' && e + 1 < b.len() && word(b[e + 1]))) {
        e += 1;
    }
    (s, e)
}

/// Not part of a decimal, ratio, time, address or a word in another
/// script: the bytes around the token are spaces, brackets, quotes or
/// sentence punctuation (a '.' or ',' only when no alphanumeric follows).
fn free_edges(b: &[u8], s: usize, e: usize) -> bool {
    // (a label's ':' glued to it too: "Our ref:REF5720839", "File
    // No.:2022CV04238"; not a time's)
    let glued_label = s >= 2 && b[s - 1] == b':' && (b[s - 2].is_ascii_alphabetic() || b[s - 2] == b'.');
    let before_ok = s == 0 || glued_label || matches!(b[s - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'"' | b'\'' | b'#' | b'-' | b'=');
    let after_ok = match b.get(e) {
        None => true,
        Some(b'.' | b',' | b';') => b.get(e + 1).is_none_or(|c| !c.is_ascii_alphanumeric()),
        // (a list item's colon: "- Subject 159006: ICF not re-consented";
        // not a time's, "Visit 1230:45")
        Some(b':') => b.get(e + 1).is_none_or(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r')),
        Some(c) => matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b')' | b']' | b'"' | b'\'' | b'!' | b'?'),
    };
    // '#' and '-' before: only as a label's mark ("#RA2288", " -AB123")
    let mark_ok = s == 0 || !matches!(b[s - 1], b'#' | b'-') || s < 2 || !b[s - 2].is_ascii_alphanumeric();
    before_ok && after_ok && mark_ok
}

/// Letters and at least three digits, six or more alphanumerics; or six
/// to twenty digits. Never a measurement ("500mg", "120bpm"), a date
/// ("2024-06-05", "05-06-2024") or a range of two short numbers
/// ("2019-2023", "135-145").
fn identifier_shaped(tok: &[u8]) -> bool {
    let digits = tok.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = tok.iter().filter(|c| c.is_ascii_alphabetic()).count();
    if letters == 0 {
        if !(6..=20).contains(&digits) {
            return false;
        }
        // a compact date of the last century or this one ("auth 20240312";
        // "report 19000608" is none)
        if tok.len() == 8 && digits == 8 && (1930..=2099).contains(&num(&tok[..4])) && (1..=12).contains(&num(&tok[4..6])) && (1..=31).contains(&num(&tok[6..8])) {
            return false;
        }
        let mut groups = [0usize; 4];
        let mut n = 0;
        for g in tok.split(|&c| c == b'-') {
            if n == groups.len() {
                return true;
            }
            groups[n] = g.len();
            n += 1;
        }
        // a date, or a range ("2019-2023", "reference 135-145"); a range's
        // numbers are not zero-padded to a longer width ("05-2789" is not)
        // ("025-086": a subject's number; a range's first number has no
        // leading zero)
        let padded = n == 2 && tok[0] == b'0' && (groups[0] < groups[1] || groups[0] == groups[1] && groups[0] >= 3);
        // a range goes up ("135-145", "2019-23"); "1963-869" is no range
        let descending = n == 2 && {
            let v = |g: &[u8]| g.iter().fold(0u32, |a, &c| a.saturating_mul(10).saturating_add(u32::from(c - b'0')));
            let (a, b2) = (&tok[..groups[0]], &tok[groups[0] + 1..]);
            let year_pair = groups[0] == 4 && groups[1] == 2 && matches!(&a[..2], b"19" | b"20");
            !year_pair && v(a) > v(b2)
        };
        let date_or_range = matches!(groups[..n], [4, 1..=2, 1..=2] | [1..=2, 1..=2, 2 | 4] | [1..=4, 1..=4]) && !padded && !descending;
        return !date_or_range;
    }
    if digits < 3 || digits + letters < 6 || digits + letters > 24 {
        return false;
    }
    // digits then a unit: a quantity ("500mg", "120bpm"); digits then
    // other letters are an identifier ("30482FF", "1945630061VT"), and so
    // are seven digits or more before a unit's letter ("561375422D": no
    // quantity is written with so many)
    !quantity(tok)
}

/// Digits then a unit's letters ("500mg", "120bpm"; not "561375422D": no
/// quantity is written with seven digits or more).
fn quantity(tok: &[u8]) -> bool {
    let lead = tok.iter().take_while(|c| c.is_ascii_digit()).count();
    let tail = &tok[lead..];
    lead > 0 && lead < 7 && tail.iter().all(u8::is_ascii_alphabetic) && is_unit(tail)
}

/// [`quantity`] for a short tag: a one-letter unit only in lower case
/// ("500g"; "2345D", "1234U" are a pass's or a wristband's number).
fn short_quantity(tok: &[u8]) -> bool {
    let lead = tok.iter().take_while(|c| c.is_ascii_digit()).count();
    quantity(tok) && (tok.len() - lead > 1 || tok[lead].is_ascii_lowercase())
}

/// Units and suffixes a number may carry glued to it (ASCII
/// case-insensitive): quantities, rates, ordinals, times of day.
fn is_unit(w: &[u8]) -> bool {
    const UNITS: &[&[u8]] = &[
        b"mg", b"mcg", b"ug", b"g", b"kg", b"ng", b"ml", b"l", b"dl", b"cc", b"iu", b"u", b"units", b"meq", b"mmol",
        b"umol", b"mol", b"bpm", b"mmhg", b"cm", b"mm", b"m", b"km", b"in", b"ft", b"lb", b"lbs", b"oz", b"h", b"hr",
        b"hrs", b"min", b"mins", b"s", b"sec", b"ms", b"d", b"wk", b"wks", b"mo", b"y", b"yr", b"yrs", b"yo", b"x",
        b"am", b"pm", b"st", b"nd", b"rd", b"th", b"k", b"mb", b"gb", b"kb", b"hz", b"khz", b"mhz", b"kcal", b"cal",
        b"mgdl", b"puffs", b"tabs", b"caps", b"gtt", b"mgkg", b"mcgkg", b"mlh", b"mlhr", b"c", b"f", b"w", b"kw", b"v",
        b"mv", b"pct", b"percent", b"times", b"ppm", b"gy", b"cgy", b"msv", b"mci", b"bq",
    ];
    UNITS.iter().any(|u| u.eq_ignore_ascii_case(w))
}

/// Nouns that carry an identifier, with the type it is.
const NOUNS: &[(&[u8], PhiType)] = &[
    (b"record", PhiType::Mrn),
    (b"chart", PhiType::Mrn),
    (b"member", PhiType::HealthPlan),
    (b"subscriber", PhiType::HealthPlan),
    (b"policy", PhiType::HealthPlan),
    (b"beneficiary", PhiType::HealthPlan),
    (b"enrollee", PhiType::HealthPlan),
    (b"medicaid", PhiType::HealthPlan),
    (b"medicare", PhiType::HealthPlan),
    (b"account", PhiType::Account),
    (b"acct", PhiType::Account),
    (b"billing", PhiType::Account),
    (b"invoice", PhiType::Account),
    (b"card", PhiType::Account),
    (b"license", PhiType::License),
    (b"licence", PhiType::License),
    (b"certificate", PhiType::Id),
    (b"permit", PhiType::Id),
    // a prior authorisation's number, as a case manager's log shortens it
    // ("auth ZC13050926 given")
    (b"auth", PhiType::Id),
    (b"vehicle", PhiType::Vehicle),
    (b"car", PhiType::Vehicle),
    (b"truck", PhiType::Vehicle),
    (b"van", PhiType::Vehicle),
    (b"plate", PhiType::Vehicle),
    (b"tag", PhiType::Vehicle),
    (b"device", PhiType::Device),
    (b"pump", PhiType::Device),
    (b"implant", PhiType::Device),
    (b"serial", PhiType::Device),
    (b"pacemaker", PhiType::Device),
    (b"transmitter", PhiType::Device),
    (b"sensor", PhiType::Device),
    (b"monitor", PhiType::Device),
    (b"stimulator", PhiType::Device),
    (b"accession", PhiType::Id),
    (b"specimen", PhiType::Id),
    (b"sample", PhiType::Id),
    (b"case", PhiType::Id),
    (b"claim", PhiType::Id),
    (b"reference", PhiType::Id),
    (b"ref", PhiType::Id),
    (b"appeal", PhiType::Id),
    (b"ticket", PhiType::Id),
    (b"order", PhiType::Id),
    (b"document", PhiType::Id),
    (b"file", PhiType::Id),
    (b"form", PhiType::Id),
    (b"report", PhiType::Id),
    (b"tracking", PhiType::Id),
    (b"kit", PhiType::Id),
    (b"study", PhiType::Id),
    (b"referral", PhiType::Id),
    (b"voucher", PhiType::Id),
    (b"rx", PhiType::Id),
    (b"prescription", PhiType::Id),
    (b"receipt", PhiType::Id),
    (b"booking", PhiType::Id),
    (b"badge", PhiType::Id),
    // a call centre's agent, named by initials and a number ("agent MC
    // (Z-2781)")
    (b"agent", PhiType::Id),
    (b"pass", PhiType::Id),
    (b"passport", PhiType::Id),
    (b"barcode", PhiType::Id),
    (b"wristband", PhiType::Id),
    (b"folder", PhiType::Id),
    (b"visit", PhiType::Id),
    (b"encounter", PhiType::Account),
    (b"session", PhiType::Id),
    (b"flight", PhiType::Id),
    (b"docket", PhiType::Id),
    (b"membership", PhiType::Id),
    (b"label", PhiType::Id),
    (b"locker", PhiType::Id),
    (b"req", PhiType::Id),
    (b"pathology", PhiType::Id),
    (b"cytology", PhiType::Id),
    (b"histology", PhiType::Id),
    (b"trip", PhiType::Id),
    (b"incident", PhiType::Id),
    (b"request", PhiType::Id),
    (b"subject", PhiType::Id),
    (b"student", PhiType::Id),
    (b"agreement", PhiType::Id),
    (b"thread", PhiType::Id),
    (b"msg", PhiType::Id),
    (b"identifier", PhiType::Id),
    // a confirmation's number ("PA conf 803995720"), a file's in French
    // ("Dossier : 74390"); (not "event": a device's arrhythmia events are
    // numbered too, "ICD interrogation: Event 004512")
    (b"conf", PhiType::Id),
    (b"dossier", PhiType::Id),
];

/// "number", "no.", "#" and "id": they make the word before them govern.
const NUMBER_WORDS: &[&[u8]] = &[b"number", b"no", b"nr", b"num", b"id"];

/// "lot", "batch": see [`governor`].
const LOT_WORDS: &[&[u8]] = &[b"lot", b"batch"];

/// Words that may stand between the noun and the number.
const FILLERS: &[&[u8]] = &[b"the", b"a", b"an", b"of", b"for", b"is", b"was", b"your", b"my", b"his", b"her", b"our", b"their", b"on", b"with", b"new"];

/// After these the number is not an identifier of a person, or another
/// recognizer reads it (phones).
const STOPS: &[&[u8]] = &[
    b"model", b"version", b"phone", b"fax", b"tel", b"telephone", b"cell", b"mobile", b"call", b"text", b"pager", b"ext",
    b"extension", b"code", b"room", b"bed", b"page", b"step", b"grade", b"stage", b"dose", b"cycle", b"day", b"week",
    // a company's, a laboratory's, a trial site's or a ship's number
    b"vat", b"accreditation", b"site", b"protocol", b"imo", b"swift", b"bic",
    // a log's own code, its study's ("ADVERSE EVENT LOG - KR-4412")
    b"log",
];

/// Acronyms that label a code or a date, not an identifier of a person
/// (see [`governor`]'s line labels).
const CODES: &[&[u8]] = &[
    b"ndc", b"cpt", b"icd", b"hcpcs", b"loinc", b"snomed", b"rxcui", b"drg", b"gtin", b"upc", b"sku", b"ean", b"lot",
    b"exp", b"dob", b"dod", b"dos", b"edd", b"lmp", b"eta", b"etd", b"utc", b"gmt", b"iso", b"ver", b"rev", b"ph",
    b"tel", b"mob", b"cel", b"fax", b"ip", b"mac", b"url", b"sha", b"md", b"crc", b"ref",
];

/// Line-label acronyms that say the identifier's type: a unit record
/// number, a British doctor's registration, a vehicle's VIN, a Spanish or
/// Portuguese tax number.
const TYPED_ACRONYMS: &[(&[u8], PhiType)] = &[
    (b"ur", PhiType::Mrn),
    (b"urn", PhiType::Mrn),
    (b"gmc", PhiType::License),
    (b"vin", PhiType::Vehicle),
    (b"nif", PhiType::Ssn),
    (b"nie", PhiType::Ssn),
];

/// "-ation" and "-ition" words that are measurements or clinical states,
/// not things with a number.
const NOT_GOVERNING: &[&[u8]] = &[
    b"saturation", b"concentration", b"duration", b"dilation", b"medication", b"station", b"position", b"condition",
    b"nutrition", b"elevation", b"oxygenation", b"ventilation", b"location", b"information", b"population", b"generation",
    b"dilatation", b"fixation", b"administration", b"gestation",
];

/// Whose number "<word> number" is when the word is a patient's place of
/// care: a medical record number ("hospital number", "patient no.").
const RECORD_OWNERS: &[&[u8]] = &[b"patient", b"hospital", b"hosp", b"medical", b"clinic", b"unit"];

/// A biometric record id (fingerprint, signature pad, voice print): these
/// words anywhere in the window make the identifier `biometric`.
const BIOMETRIC: &[&[u8]] = &[
    b"biometric", b"fingerprint", b"fingerprints", b"signature", b"voiceprint", b"retina", b"retinal", b"iris", b"palm",
    b"facial",
];

/// Whether a noun that carries a number governs a token at `s` (for the
/// phone readers: "Barcode 0776 4064 3385" is no phone number).
pub(super) fn governs(b: &[u8], s: usize) -> bool {
    governor(b, s, false).is_some()
}

/// The type of the identifier at `s`: [`governor`]'s, or `biometric` when
/// the words before it say so.
fn governing_type(b: &[u8], s: usize) -> Option<PhiType> {
    let kind = governor(b, s, false)?;
    if words_before(b, s, 8, MAX_BACK * 2).any(|w| BIOMETRIC.iter().any(|x| w.eq_ignore_ascii_case(x))) {
        return Some(PhiType::Biometric);
    }
    Some(kind)
}

/// Up to `n` ASCII words before `s` on the same line and within `back`
/// bytes of it, nearest first.
pub(super) fn words_before(b: &[u8], s: usize, n: usize, back: usize) -> impl Iterator<Item = &[u8]> {
    let floor = s.saturating_sub(back);
    let line_start = b[floor..s].iter().rposition(|&c| c == b'\n').map_or(floor, |i| floor + i + 1);
    b[line_start..s].split(|c| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).rev().take(n)
}

/// The type of the noun governing a token starting at `s`, if any. `near`:
/// only a noun right before the token, or its "number" / "no." / "#",
/// governs (no filler or acronym between).
fn governor(b: &[u8], s: usize, near: bool) -> Option<PhiType> {
    let floor = s.saturating_sub(MAX_BACK);
    let mut q = s;
    let mut numbered = false;
    let mut lot = false;
    let mut words = 0;
    // whether the first word before the token is a label's (':', '-' or a
    // tab between them)
    let mut label = false;
    while words < if near { 2 } else { WORDS_BACK } {
        // separators between words: spaces, ':', '#', '(', '-', a label's '.'
        while q > floor && matches!(b[q - 1], b' ' | b'\t' | b':' | b'#' | b'(' | b')' | b'=' | b'-' | b'.') {
            match b[q - 1] {
                b'#' => numbered = true,
                b':' | b'-' | b'\t' if words == 0 => label = true,
                _ => {}
            }
            q -= 1;
        }
        let we = q;
        while q > floor && b[q - 1].is_ascii_alphabetic() {
            q -= 1;
        }
        if q == we || (q > 0 && (b[q - 1].is_ascii_alphanumeric() || b[q - 1] >= 0x80)) {
            return None;
        }
        let w = &b[q..we];
        words += 1;
        let mut lower = [0u8; 24];
        let kind = if w.len() <= lower.len() {
            let l = &mut lower[..w.len()];
            l.copy_from_slice(w);
            l.make_ascii_lowercase();
            word_kind(l)
        } else {
            Word::Other
        };
        match kind {
            Word::Stop => return None,
            // (a key's or a locker's tag is no car's: "Locker key tag
            // FM688")
            Word::Noun(PhiType::Vehicle) if w.eq_ignore_ascii_case(b"tag") && key_before(b, q) => return (!lot).then_some(PhiType::Id),
            Word::Noun(kind) => return (!lot || kind == PhiType::Device).then_some(kind),
            _ if lot => return None,
            Word::Action => return Some(PhiType::Id),
            Word::Number => numbered = true,
            Word::Owner if numbered => return Some(PhiType::Mrn),
            // a lot or batch number names a person's device only after the
            // device ("implant lot"); a vaccine's or a drug's lot names no one
            Word::Lot => lot = true,
            // fillers, and an issuer's acronym ("certificate (FAA 3318820)")
            Word::Filler | Word::Owner | Word::Other if near => return None,
            Word::Filler => {}
            // "SO#: 7905808", "RQID A85664272": an acronym with its '#',
            // or one that ends in "ID", governs
            _ if w.len() <= 5 && w.iter().all(u8::is_ascii_uppercase) && (numbered || (w.len() >= 3 && w.ends_with(b"ID"))) => {
                return Some(PhiType::Id)
            }
            // "UCI: 52120998", "TRN - EGO62707901", "USI:\tVXH5P0PCFR": an
            // acronym labelling a line's value, not a clinical code's
            // ("NDC: 0002-3227-30") or a date's ("DOB: 19900101")
            _ if words == 1
                && label
                && (2..=5).contains(&w.len())
                && w.iter().all(u8::is_ascii_uppercase)
                && (q == 0 || matches!(b[q - 1], b'\n' | b'\t') || (q >= 2 && b[q - 2] == b'|'))
                && !CODES.iter().any(|c| w.eq_ignore_ascii_case(c)) =>
            {
                let typed = TYPED_ACRONYMS.iter().find(|(a, _)| w.eq_ignore_ascii_case(a));
                return Some(typed.map_or(PhiType::Id, |t| t.1));
            }
            _ if w.len() <= 4 && w.iter().all(u8::is_ascii_uppercase) => {}
            // any other word: it governs only as "<word> number / no. / #"
            _ => return numbered.then_some(PhiType::Id),
        }
    }
    None
}

/// Whether the word before `q` (a space between) is a key's, a locker's,
/// a bag's or a name's: "key tag", "locker tag", "luggage tag".
fn key_before(b: &[u8], q: usize) -> bool {
    if q < 2 || b[q - 1] != b' ' {
        return false;
    }
    let e = q - 1;
    let s = b[..e].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    [&b"key"[..], b"locker", b"luggage", b"bag", b"name", b"property", b"asset", b"valuables"].iter().any(|w| b[s..e].eq_ignore_ascii_case(w))
}

/// What a word before a token does (see [`governor`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    Stop,
    Noun(PhiType),
    /// An "-ation" / "-ition" word that is not a measurement.
    Action,
    Number,
    Owner,
    Lot,
    Filler,
    Other,
}

/// The word lists as one table (built with the engine's other tables: see
/// `detect::warm_up`).
static TABLE: once_cell::sync::Lazy<rustc_hash::FxHashMap<Vec<u8>, Word>> = once_cell::sync::Lazy::new(|| {
    let mut t = rustc_hash::FxHashMap::default();
    let put = |t: &mut rustc_hash::FxHashMap<Vec<u8>, Word>, words: &[&[u8]], kind: Word| {
        for w in words {
            t.insert(w.to_vec(), kind);
        }
    };
    put(&mut t, NOT_GOVERNING, Word::Other);
    put(&mut t, FILLERS, Word::Filler);
    put(&mut t, LOT_WORDS, Word::Lot);
    put(&mut t, RECORD_OWNERS, Word::Owner);
    put(&mut t, NUMBER_WORDS, Word::Number);
    for (n, kind) in NOUNS {
        let mut plural = n.to_vec();
        plural.push(b's');
        t.insert(plural, Word::Noun(*kind));
        t.insert(n.to_vec(), Word::Noun(*kind));
    }
    put(&mut t, STOPS, Word::Stop);
    t
});

pub(super) static TABLES: [&dyn crate::detect::Table; 1] = [&TABLE];

/// The kind of a lower-case word: one hash lookup (the lists above, with
/// the nouns' plurals), then the "-ation" / "-ition" rule.
fn word_kind(w: &[u8]) -> Word {
    if let Some(k) = TABLE.get(w) {
        return *k;
    }
    if w.len() >= 7 && (w.ends_with(b"ation") || w.ends_with(b"ition")) {
        return Word::Action;
    }
    Word::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn the_issues_examples() {
        assert_eq!(found("Record B4471920 reviewed"), [(PhiType::Mrn, "B4471920")]);
        assert_eq!(found("Radiology accession RA22881109"), [(PhiType::Id, "RA22881109")]);
        assert_eq!(found("Cytology specimen CY-381902"), [(PhiType::Id, "CY-381902")]);
        assert_eq!(found("Appeal AP-55012-QR was denied"), [(PhiType::Id, "AP-55012-QR")]);
        // a trial's subject before a list item's colon; a confirmation's,
        // a dispatch's event's number; not a log's code
        assert_eq!(found("  - Subject 011-0027: SAE onset 16-JUL-2024"), [(PhiType::Id, "011-0027")]);
        assert_eq!(found("PA conf 803995720"), [(PhiType::Id, "803995720")]);
        assert!(found("ADVERSE EVENT LOG - KR-4412\nVisit 1230:45\nICD interrogation: Event 004512: VF").is_empty());
        assert_eq!(found("tag number KLM-4471 on the parking form"), [(PhiType::Vehicle, "KLM-4471")]);
        assert_eq!(found("shuttle pass for car 7ABC123"), [(PhiType::Vehicle, "7ABC123")]);
        assert_eq!(found("pilot certificate (FAA 3318820)"), [(PhiType::Id, "3318820")]);
        assert_eq!(found("implant lot QZT448120A"), [(PhiType::Device, "QZT448120A")]);
        assert_eq!(found("(pump k7r228190)"), [(PhiType::Device, "k7r228190")]);
    }

    #[test]
    fn an_identifier_a_subject_and_a_long_slashed_number() {
        assert_eq!(found("Unique Client Identifier (UCI): 42814130"), [(PhiType::Id, "42814130")]);
        assert_eq!(found("Subject: 025-086   Initials AV"), [(PhiType::Id, "025-086")]);
        assert_eq!(found("Admission no.: 5085/35297 "), [(PhiType::Id, "5085/35297")]);
        // a catalogue's code, a range, a ratio, two years
        assert!(found("Catalogue ref 0044-97 Lot").is_empty());
        assert!(found("Subject reference range 135-145").is_empty());
        assert!(found("case ratio 1500/2000").is_empty());
        assert!(found("case years 2023/2024").is_empty());
    }

    #[test]
    fn whose_number_it_is() {
        assert_eq!(found("biometric signature record SIG-FV333782"), [(PhiType::Biometric, "SIG-FV333782")]);
        assert_eq!(found("fingerprint scanner device FP-2231907"), [(PhiType::Biometric, "FP-2231907")]);
        assert_eq!(found("hospital number RX4471920"), [(PhiType::Mrn, "RX4471920")]);
        assert_eq!(found("the patient no. 55128840"), [(PhiType::Mrn, "55128840")]);
    }

    #[test]
    fn letters_after_the_digits_that_are_no_unit() {
        assert_eq!(found("the claim (1945630061VT) was denied"), [(PhiType::Id, "1945630061VT")]);
        assert_eq!(found("Auth ref 69261AD."), [(PhiType::Id, "69261AD")]);
        assert_eq!(found("Taxi voucher 37870T given"), [(PhiType::Id, "37870T")]);
        // a quantity with its unit stays a quantity, whatever the noun
        assert!(found("order 500000IU weekly").is_empty());
        assert!(found("sample 125000mcg").is_empty());
    }

    #[test]
    fn a_zero_padded_number_is_no_range() {
        assert_eq!(found("client number 05-2789."), [(PhiType::Id, "05-2789")]);
        assert!(found("reference 135-145").is_empty());
        assert!(found("report 2019-2023").is_empty());
    }

    #[test]
    fn prescription_numbers() {
        assert_eq!(found("Medi-Save Pharmacy (Rx 7860376)."), [(PhiType::Id, "7860376")]);
    }

    #[test]
    fn words_never_seen_before() {
        assert_eq!(found("Prior authorization PA7781234 approved"), [(PhiType::Id, "PA7781234")]);
        assert_eq!(found("the grievance no. 55128840"), [(PhiType::Id, "55128840")]);
        assert_eq!(found("Locker # ZX44812"), [(PhiType::Id, "ZX44812")]);
    }

    #[test]
    fn five_characters_right_after_the_noun() {
        // (a locker's key tag's, a car's tag's)
        assert_eq!(found("Locker key tag FM688 returned"), [(PhiType::Id, "FM688")]);
        assert_eq!(found("Car tag FM688 noted"), [(PhiType::Vehicle, "FM688")]);
        assert_eq!(found("Permit no. K-7900 issued"), [(PhiType::Id, "K-7900")]);
        assert_eq!(found("visit GB324"), [(PhiType::Id, "GB324")]);
        // not across a filler or an acronym, not all digits, not a code
        assert_eq!(found("the tag on the FM688"), []);
        assert_eq!(found("card for MC FM688"), []);
        assert_eq!(found("order 12345"), []);
        assert_eq!(found("Dx E1165 today"), []);
    }

    #[test]
    fn acronyms_descending_pairs_and_more_nouns() {
        assert_eq!(found("Booking no. 42-498159   SO#: 7905808   Date"), [(PhiType::Id, "42-498159"), (PhiType::Id, "7905808")]);
        assert_eq!(found("Name: Ann Lee   SSN: 256-65-2820   RQID A85664272\n"), [(PhiType::Id, "A85664272")]);
        assert_eq!(found("INCIDENT REPORT\nIncident no. 1963-869\n"), [(PhiType::Id, "1963-869")]);
        assert_eq!(found("Trip J021816\nFrom:"), [(PhiType::Id, "J021816")]);
        assert_eq!(found("7/9 0648 | auth ZC13050926 given, member"), [(PhiType::Id, "ZC13050926")]);
        assert_eq!(found("auth 2024 and auth 500mg and auth 20240312"), []);
        // a one-letter unit in capitals is a tag's letter
        assert_eq!(found("pass 2345D collected"), [(PhiType::Id, "2345D")]);
        // ranges still ranges, a bare acronym still no governor
        assert_eq!(found("report 2019-23 reviewed"), []);
        assert_eq!(found("Incident no. 135-145"), []);
        assert_eq!(found("FAA 3318820"), []);
    }

    #[test]
    fn numbers_in_spaced_groups() {
        assert_eq!(found("Barcode 0776 4064 3385"), [(PhiType::Id, "0776 4064 3385")]);
        assert_eq!(found("loyalty card 8938 1983 50 used"), [(PhiType::Account, "8938 1983 50")]);
        assert_eq!(found("specimen 931 571 573."), [(PhiType::Id, "931 571 573")]);
        // two short groups, or groups running into a date or a decimal
        assert_eq!(found("sample 12 345 67"), []);
        assert_eq!(found("report 2024 06 05/2024"), []);
        assert_eq!(found("card 4411 2.5 mg"), []);
    }

    #[test]
    fn clinical_look_alikes_are_left_alone() {
        for t in [
            "medication 1000mg daily",
            "saturation 9899100 artefact",
            "Room 402156",
            "model number XR-5500 pump",
            "phone number 5551234567",
            "record dated 2024-06-05",
            "case from 2019-2023",
            "card dose 0.25 mg",
            "order 12345",
            "HbA1c 7.8%",
            "specimen at 14:30:15",
            "specimen ratio 120/80",
            "account of the visit, 500 mg",
            "report CYP2D6 genotype",
            "stage pT2N0M0 tumour",
            "Flu vaccine given 9/3/2015, Lot PL9040.",
            "DTaP #2 given (Lot EG4566)",
            "insulin batch AB77812 recalled",
            "Na 140 (reference 135-145)",
            "platelets, reference 1500-4000",
        ] {
            assert_eq!(found(t), [], "{t}");
        }
    }

    #[test]
    fn references_in_groups() {
        assert_eq!(found("Our ref: CONS/0066/24\n"), [(PhiType::Id, "CONS/0066/24")]);
        assert_eq!(found("Case no.: 874/2024\nOpened"), [(PhiType::Id, "874/2024")]);
        assert_eq!(found("Accession no.: B/64471/24\n"), [(PhiType::Id, "B/64471/24")]);
        assert_eq!(found("- our ref KON.8886.686.2024\n"), [(PhiType::Id, "KON.8886.686.2024")]);
        assert_eq!(found("Ref. No.: 193/CARD/41    Date"), [(PhiType::Id, "193/CARD/41")]);
        assert_eq!(found("Reg. no. LG-5661/98. Dated"), [(PhiType::Id, "LG-5661/98")]);
        assert_eq!(found("Green Card no.  : CL/013/41657423\n"), [(PhiType::Account, "CL/013/41657423")]);
        // dates, ratios, months, decimals, addresses and doses are not
        for t in [
            "Case no.: 12/05/2024",
            "case 2024.06.05 opened",
            "record 06/2024",
            "order 120/80",
            "report 2024/06/05",
            "report 7.25 mg",
            "record 10.0.0.12 host",
            "order Rx 5/325mg",
            "sample 12.5/14.0",
            "atrial fibrillation (I48.91)",
            "long-term anticoagulation Z79.01; COPD",
        ] {
            assert_eq!(found(t), [], "{t}");
        }
    }

    #[test]
    fn labels_glued_and_more_nouns() {
        assert_eq!(found("Our ref:REF5720839\n"), [(PhiType::Id, "REF5720839")]);
        assert_eq!(found("File No.:2022CV04238\n"), [(PhiType::Id, "2022CV04238")]);
        assert_eq!(found("# export session=MSG-383057344 generated"), [(PhiType::Id, "MSG-383057344")]);
        assert_eq!(found("Subject: Student s0406528 - hospital admission"), [(PhiType::Id, "s0406528")]);
        assert_eq!(found("I would like to report that subject NL5964-899 attended"), [(PhiType::Id, "NL5964-899")]);
        assert_eq!(found("rental agreement RA-5202527."), [(PhiType::Id, "RA-5202527")]);
        assert_eq!(found("Message ID: 75781397 | Thread: 54645975 |"), [(PhiType::Id, "75781397"), (PhiType::Id, "54645975")]);
        assert_eq!(found("Case number (new): CN-450035873\n"), [(PhiType::Id, "CN-450035873")]);
        // not a time
        assert_eq!(found("record at 10:30:459812"), []);
    }

    #[test]
    fn acronyms_labelling_a_line() {
        assert_eq!(found("IME number: 81144598\nUCI: 52120998\n"), [(PhiType::Id, "81144598"), (PhiType::Id, "52120998")]);
        assert_eq!(found("Mobile - 0917-134-4038\nTRN - EGO62707901\n"), [(PhiType::Id, "EGO62707901")]);
        assert_eq!(found("Student ID: 88746187\nUSI:\t2CAHS4Y1EN\n"), [(PhiType::Id, "88746187"), (PhiType::Id, "2CAHS4Y1EN")]);
        assert_eq!(found("| FFP: LT52381472 |"), [(PhiType::Id, "LT52381472")]);
        assert_eq!(found("URN: 1722898\nGMC: 5858333\n"), [(PhiType::Mrn, "1722898"), (PhiType::License, "5858333")]);
        // a code's or a date's acronym, or an acronym inside a sentence
        assert_eq!(found("NDC: 0002-3227-30\n"), []);
        assert_eq!(found("DOB: 19900101\n"), []);
        assert_eq!(found("seen by ENT: AB123456 ordered"), []);
        assert_eq!(found("UCI 52120998\n"), []);
    }

    #[test]
    fn short_numbers_after_id_or_badge() {
        assert_eq!(found("Agent: Krzysztof Zieliński (ID 4190)  Caller"), [(PhiType::Id, "4190")]);
        assert_eq!(found("spoke w/ Carmen (rep ID 76820), Reference"), [(PhiType::Id, "76820")]);
        assert_eq!(found("Reporting officer: A. Bennett  Badge 1367\n"), [(PhiType::Id, "1367")]);
        assert_eq!(found("Sgt. Szymański (badge 6039) attended"), [(PhiType::Id, "6039")]);
        for t in ["Site ID 1042 enrolled", "ID 2024 cohort", "badge 12.5 cm", "ID 1234-5", "valid ID 12345x", "Group ID 20331"] {
            assert_eq!(found(t), [], "{t}");
        }
        // a person's number after the noun, a name or a number word between
        assert_eq!(found("interpreter A. Taylor #08822 used"), [(PhiType::Id, "08822")]);
        assert_eq!(found("pt prefers Arabic, interpreter Grainne Kelly #84525 used"), [(PhiType::Id, "84525")]);
        assert_eq!(found("by police (Const. Huy Tran, collar no. 3755). Witness"), [(PhiType::Id, "3755")]);
        assert_eq!(found("Call from Sgt Bishop (collar no 73634) - found"), [(PhiType::Id, "73634")]);
        assert_eq!(found("Officer: P. Green  Officer badge= 7701\n"), [(PhiType::Id, "7701")]);
        assert_eq!(found("interpreter joined (Interp # 83465)"), [(PhiType::Id, "83465")]);
        assert_eq!(found("Interprète: S. Grant, ID interprète #54228\n"), [(PhiType::Id, "54228")]);
        // other words between, another line, a year, a dose
        for t in [
            "interpreter used for 2 visits, total 45 min #1234",
            "interpreter requested\n#55425 queued",
            "collar no. 2019 cohort",
            "interpreter Duc gave 5000 units",
            "officer reported 12345 steps",
            "Officer Jones 1830 arrived",
            // times and counts after the noun are not marked as numbers
            "Reviewed by Medical Officer 2130, plan unchanged",
            "Interpreter: 1430 booked",
            "Collar 1330 removed",
            "EKG interp: 12345",
            "Interpreter. No. 1430 appointment",
            "Employee Assistance Program #12345 offered",
        ] {
            assert_eq!(found(t), [], "{t}");
        }
    }

    #[test]
    fn a_token_without_a_governing_word_is_not_an_identifier() {
        assert_eq!(found("B4471920 reviewed"), []);
        assert_eq!(found("see XK-448812 below"), []);
        assert_eq!(found("Record\nB4471920"), []);
    }
}

