//! X12 health-care transactions kept as text (an 835 remittance or an
//! 837 claim pasted into a billing note or a log): the elements of the
//! segments that carry a patient's identity, read by their position as
//! the implementation guides define them. A segment starts a line or
//! follows the segment terminator '~'; its id (two or three capitals or
//! digits) is followed by the element separator '*'.
//!
//! - `NM1*<entity>*1*LAST*FIRST*MIDDLE*PREFIX*SUFFIX*<qualifier>*<id>`: a
//!   person (type 1): the name, one span from the last name to the given
//!   or middle name ("TORRES*LUIS"); the id by its qualifier: MI, II, HN a
//!   health-plan number, 34 an SSN, XX an NPI (a licence number). An
//!   organisation (type 2) is no one.
//! - `N3*<street>*<street>`: address lines; `N4*<town>*<state>*<zip>`:
//!   the town as an address, the ZIP (the state is not PHI).
//! - `DMG*D8*CCYYMMDD`: a birth date; `DTM*<qualifier>*CCYYMMDD` and
//!   `DTP*<qualifier>*D8*CCYYMMDD`: a service's or an admission's date.
//! - `CLP*<claim id>*...*<payer's claim number>`: the claim's two
//!   identifiers (CLP01, CLP07).
//! - `REF*EA*<record>`: a medical record number; `REF*SY*<ssn>`, `REF*1W*<member id>`.
//!
//! A text costs one `memchr` pass over its '*'s.

use super::checks::num;
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.85;

pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for p in memchr::memchr_iter(b'*', b) {
        if p < done {
            continue;
        }
        // the segment's id: two or three capitals or digits at a segment's start
        let Some(s) = (2..=3).find(|&n| p >= n && starts_segment(b, p - n) && b[p - n..p].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) && b[p - n].is_ascii_uppercase()).map(|n| p - n) else {
            continue;
        };
        let e = memchr::memchr3(b'~', b'\n', b'\r', &b[p..]).map_or(b.len(), |k| p + k);
        done = e;
        segment(text, &b[s..p], p + 1, e, out);
    }
}

/// Whether a segment may start at `s`: the text's or a line's start, or
/// after a segment's '~'.
fn starts_segment(b: &[u8], s: usize) -> bool {
    s == 0 || matches!(b[s - 1], b'\n' | b'~')
}

/// The elements of the segment `id` from `from` (after its first '*') to
/// `e`: (start, end) of each, the first being element 1.
fn segment(text: &str, id: &[u8], from: usize, e: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // (the first ten elements: none read is further)
    let mut el = [(0usize, 0usize); 10];
    let mut count = 0;
    let mut s = from;
    for k in from..=e {
        if count == el.len() {
            break;
        }
        if k == e || b[k] == b'*' {
            el[count] = (s, k);
            count += 1;
            s = k + 1;
        }
    }
    let get = |n: usize| el[..count].get(n - 1).copied().filter(|&(s, e)| e > s);
    let val = |n: usize| get(n).map(|(s, e)| &b[s..e]);
    let mut push = |kind: PhiType, (s, e): (usize, usize)| out.push(Finding::new(kind, s, e, SCORE));
    match id {
        b"NM1" => {
            if val(2) != Some(b"1") {
                return;
            }
            if let Some((ls, le)) = get(3).filter(|&(s, e)| letters(&b[s..e])) {
                let end = [5, 4].into_iter().find_map(|n| get(n).filter(|&(s, e)| letters(&b[s..e]))).map_or(le, |(_, e)| e);
                push(PhiType::Name, (ls, end));
            }
            let kind = match val(8) {
                Some(b"MI" | b"II" | b"HN") => PhiType::HealthPlan,
                Some(b"34") => PhiType::Ssn,
                Some(b"XX") => PhiType::License,
                _ => return,
            };
            if let Some(id) = get(9).filter(|&(s, e)| b[s..e].iter().any(u8::is_ascii_digit)) {
                push(kind, id);
            }
        }
        b"N3" => {
            for n in [1, 2] {
                if let Some(v) = get(n).filter(|&(s, e)| b[s..e].iter().any(u8::is_ascii_alphabetic)) {
                    push(PhiType::Address, v);
                }
            }
        }
        b"N4" => {
            if let Some(v) = get(1).filter(|&(s, e)| letters(&b[s..e])) {
                push(PhiType::Address, v);
            }
            if let Some(v) = get(3).filter(|&(s, e)| (5..=10).contains(&(e - s)) && b[s..e].iter().filter(|c| c.is_ascii_digit()).count() >= 5) {
                push(PhiType::Zip, v);
            }
        }
        b"DMG" if val(1) == Some(b"D8") => {
            if let Some(v) = get(2).filter(|&(s, e)| ymd(&b[s..e])) {
                push(PhiType::Date, v);
            }
        }
        b"DTM" => {
            if let Some(v) = get(2).filter(|&(s, e)| ymd(&b[s..e])) {
                push(PhiType::Date, v);
            }
        }
        b"DTP" if val(2) == Some(b"D8") => {
            if let Some(v) = get(3).filter(|&(s, e)| ymd(&b[s..e])) {
                push(PhiType::Date, v);
            }
        }
        b"CLP" => {
            for n in [1, 7] {
                if let Some(v) = get(n).filter(|&(s, e)| e - s >= 5 && b[s..e].iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')) {
                    push(PhiType::Id, v);
                }
            }
        }
        b"REF" => {
            let kind = match val(1) {
                Some(b"EA") => PhiType::Mrn,
                Some(b"SY") => PhiType::Ssn,
                Some(b"1W") => PhiType::HealthPlan,
                _ => return,
            };
            if let Some(v) = get(2).filter(|&(s, e)| b[s..e].iter().any(u8::is_ascii_digit)) {
                push(kind, v);
            }
        }
        _ => {}
    }
}

/// Whether `v` is a name's element: letters (any script), spaces, '-',
/// '\'' and '.', a letter first.
fn letters(v: &[u8]) -> bool {
    std::str::from_utf8(v).is_ok_and(|w| w.starts_with(char::is_alphabetic) && w.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.')))
}

/// Whether `v` is a date in CCYYMMDD.
fn ymd(v: &[u8]) -> bool {
    if v.len() != 8 || !v.iter().all(u8::is_ascii_digit) {
        return false;
    }
    (1900..=2099).contains(&num(&v[..4])) && (1..=12).contains(&num(&v[4..6])) && (1..=31).contains(&num(&v[6..8]))
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
    fn a_remittances_patient_and_claim() {
        let t = "CLP*4312870631791*1*1200*470.77**MC*95695389440~\nNM1*QC*1*TORRES*LUIS****MI*K1961199303~\nDTM*232*20211231~\nSVC*HC:85025*470.77*411.33~";
        assert_eq!(
            found(t),
            [
                (PhiType::Id, "4312870631791"),
                (PhiType::Id, "95695389440"),
                (PhiType::Name, "TORRES*LUIS"),
                (PhiType::HealthPlan, "K1961199303"),
                (PhiType::Date, "20211231"),
            ]
        );
    }

    #[test]
    fn a_claims_subscriber_on_one_line() {
        let t = "NM1*IL*1*DOE*JANE*M***MI*W123456789~N3*123 MAIN ST~N4*SPRINGFIELD*IL*62704~DMG*D8*19800101*F~REF*EA*MR55012~";
        assert_eq!(
            found(t),
            [
                (PhiType::Name, "DOE*JANE*M"),
                (PhiType::HealthPlan, "W123456789"),
                (PhiType::Address, "123 MAIN ST"),
                (PhiType::Address, "SPRINGFIELD"),
                (PhiType::Zip, "62704"),
                (PhiType::Date, "19800101"),
                (PhiType::Mrn, "MR55012"),
            ]
        );
    }

    #[test]
    fn not_an_organisation_a_service_line_or_prose() {
        assert!(found("NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893~").is_empty());
        assert!(found("SVC*HC:85025*470.77*411.33~\nCAS*CO*45*729.23~").is_empty());
        assert!(found("Note: **important** BP 120/80 * see above").is_empty());
        assert!(found("DTM*232*20211399~").is_empty());
        assert!(found("xNM1*QC*1*TORRES*LUIS~").is_empty());
    }
}
