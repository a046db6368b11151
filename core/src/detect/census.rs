//! A handoff's census line: a room or bed, then the patient's name and
//! age ("Rm 279 - Johnson 71 yo #M7037854", "rm 451B - Marsh (81M)",
//! "Bed 20 - Deepa Olaniyan 87 yo", "Bay 4 bed 6: VILLANUEVA, FATIMA 65").
//! Nurses' handoff sheets (SBAR, I-PASS) list one patient a line this way,
//! often by surname alone, which the name scanner ([`super::names`]) keeps
//! only with a title or a label before it. Here the line's shape is the
//! label: the room's word at the line's start, its number ("Rm 279",
//! "RM311"), a dash, a colon or a space, one to three capitalized words,
//! then an age (a number, with "yo", a sex letter or in brackets; after a
//! dash or colon also alone before the line's end or a record number). An
//! age over 89 is reported too, and a record number after the age.
//! Read at each line's start, as the lower-case speaker lines are
//! ([`super::lower_names`]), in the same pass.

use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.8;

/// The room's words, compared without case.
const ROOMS: [&[u8]; 5] = [b"rm", b"room", b"bed", b"bay", b"rm."];

/// Titles before the name, with their space.
const TITLES: [&[u8]; 10] = [b"Mr ", b"Mrs ", b"Ms ", b"Miss ", b"Dr ", b"Mr. ", b"Mrs. ", b"Ms. ", b"MR ", b"MRS "];

/// The census entry on the line starting at `ls`, appended to `out`.
pub(crate) fn at_line(b: &[u8], ls: usize, out: &mut Vec<Finding>) {
    let mut i = ls;
    while i < b.len() && i - ls < 4 && b[i] == b' ' {
        i += 1;
    }
    let Some(i) = room_end(b, i) else { return };
    // "Bay 4 bed 6"
    let i = if b[i..].starts_with(b" bed ") || b[i..].starts_with(b" Bed ") { number_end(b, i + 5).unwrap_or(i) } else { i };
    // " - ", " – ", ": ", or only a space (then the age must say it is
    // one: "Rm 387A Sandvik 97M", not "Bay 2 Trolley 5")
    let sep: &[&[u8]] = &[b" - ", b" \xe2\x80\x93 ", b": ", b" : ", b" "];
    let Some(sep) = sep.iter().find(|x| b[i..].starts_with(x)) else { return };
    let spaced = sep.len() == 1;
    let mut s = i + sep.len();
    // a title is not the name ("Mrs Morris (90F)")
    if let Some(t) = TITLES.iter().find(|t| b[s..].starts_with(t)) {
        s += t.len();
    }
    let Some(e) = name_end(b, s) else { return };
    let Some((a, ae)) = age_after(b, e, spaced) else { return };
    out.push(Finding::new(PhiType::Name, s, e, SCORE));
    if ae - a <= 3 && atoi(&b[a..ae]) >= 90 {
        out.push(Finding::new(PhiType::Age, a, ae, 0.9));
    }
    if let Some((ms, me)) = record_after(b, ae) {
        out.push(Finding::new(PhiType::Mrn, ms, me, 0.85));
    }
}

/// Whether a room's word and number end one space before `s`, the word
/// at a word's start ("RM311 ", "rm 497 ", "Room 12B ", "bed 4 "): for a
/// family name in capitals there (see `names::find`), which needs no age.
pub(crate) fn after_room(b: &[u8], s: usize) -> bool {
    if s < 4 || b[s - 1] != b' ' {
        return false;
    }
    let mut k = s - 1;
    if b[k - 1].is_ascii_alphabetic() {
        k -= 1; // "12B"
    }
    let de = k;
    while k > 0 && de - k < 4 && b[k - 1].is_ascii_digit() {
        k -= 1;
    }
    if k == de || k == 0 {
        return false;
    }
    if b[k - 1] == b' ' {
        k -= 1;
    }
    ROOMS.iter().any(|w| {
        k >= w.len() && b[k - w.len()..k].eq_ignore_ascii_case(w) && (k == w.len() || !b[k - w.len() - 1].is_ascii_alphanumeric())
    })
}

/// The record number after the age ending at `k`, within the line: its
/// label ("#", "mr", "MRN", "H/N", "RM", "Hosp no") and five to twelve
/// letters and digits, five of them digits ("71 yo #M7037854", "(90F)
/// H/N M38258555", "65 mr M1580835").
fn record_after(b: &[u8], mut k: usize) -> Option<(usize, usize)> {
    // the age's tail: "yo", "y/o", a sex letter, ')'
    const TAILS: [&[u8]; 13] = [b" y.o.", b" y/o", b" yo", b"y/o", b"yo", b" M)", b" F)", b"M)", b"F)", b")", b"M", b"F", b"X"];
    if let Some(t) = TAILS.iter().find(|t| b[k..].len() >= t.len() && b[k..k + t.len()].eq_ignore_ascii_case(t)) {
        k += t.len();
    }
    const LABELS: [&[u8]; 9] = [b" #", b" mr ", b" MR ", b" MRN ", b" MRN: ", b" H/N ", b" RM ", b" Hosp no ", b" #: "];
    let r = &b[k..];
    let l = LABELS.iter().filter(|l| r.starts_with(l)).map(|l| l.len()).max()?;
    let s = k + l;
    let mut e = s;
    while e < b.len() && e - s <= 12 && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
        e += 1;
    }
    let digits = b[s..e].iter().filter(|c| c.is_ascii_digit()).count();
    ((5..=12).contains(&(e - s)) && digits >= 5 && !b.get(e).is_some_and(|&c| c.is_ascii_alphanumeric())).then_some((s, e))
}

/// After the room's word at `i` and its number ("Rm 279", "rm 451B",
/// "Bed 20"): where the number ends.
fn room_end(b: &[u8], i: usize) -> Option<usize> {
    let w = ROOMS.iter().find(|w| b.len() > i + w.len() && b[i..i + w.len()].eq_ignore_ascii_case(w))?;
    // ("RM311": the number may follow without a space)
    let n = i + w.len();
    number_end(b, if b[n] == b' ' { n + 1 } else { n })
}

/// The end of a room's or bed's number at `i`: one to four digits, then
/// at most one letter ("451B", "216b").
fn number_end(b: &[u8], i: usize) -> Option<usize> {
    let mut k = i;
    while k < b.len() && k - i < 4 && b[k].is_ascii_digit() {
        k += 1;
    }
    if k == i {
        return None;
    }
    if k < b.len() && b[k].is_ascii_alphabetic() && !b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric) {
        k += 1;
    }
    (!b.get(k).is_some_and(u8::is_ascii_alphanumeric)).then_some(k)
}

/// The end of one to three capitalized words at `s` ("Johnson", "Deepa
/// Olaniyan", "VILLANUEVA, FATIMA"), the comma only after the first; each
/// word of two letters or more (letters, '-', '\'', non-ASCII) but for an
/// initial before another ("J Johnson"); in capitals, three letters or
/// more, and four when it is the only word (not "DNR", "ICU").
fn name_end(b: &[u8], s: usize) -> Option<usize> {
    let mut k = s;
    let mut words = 0;
    loop {
        if !b.get(k).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let ws = k;
        k += 1;
        while k < b.len() && (b[k].is_ascii_alphabetic() || b[k] >= 0x80 || matches!(b[k], b'-' | b'\'')) {
            k += 1;
        }
        let w = &b[ws..k];
        let caps = w.iter().all(|c| !c.is_ascii_lowercase());
        let initial = w.len() == 1 && words < 2 && b.get(k) == Some(&b' ') && b.get(k + 1).is_some_and(u8::is_ascii_uppercase);
        if !initial && (w.len() < 2 || (caps && w.len() < 3)) {
            return None;
        }
        words += 1;
        // "VILLANUEVA, FATIMA", "AL-MASRI,OMAR"
        let comma = words == 1 && b.get(k) == Some(&b',');
        let next = k + if b[k..].starts_with(b", ") { 2 } else { 1 };
        let more = words < 3 && (comma || b.get(k) == Some(&b' ')) && b.get(next).is_some_and(u8::is_ascii_uppercase);
        if comma && !more {
            return None;
        }
        if !more {
            // (one word in capitals is a name from four letters: not
            // "ICU", "DNR")
            return (!comma && !(words == 1 && caps && w.len() < 4)).then_some(k);
        }
        k = next;
    }
}

/// The age after the name ending at `e`: " 71 yo", " 65", " 90F", " (81M)",
/// " (90 F)", " 77X"; the digits' span, if the bytes after the number say
/// an age (a sex letter, "yo", "y/o", "y", a ')' after a '(', and unless
/// `strict`, a '#', "mr", "MRN" or the line's end). Nothing else ("Bed 3 -
/// Pending 2 units").
fn age_after(b: &[u8], e: usize, strict: bool) -> Option<(usize, usize)> {
    if b.get(e) != Some(&b' ') {
        return None;
    }
    let bracket = b.get(e + 1) == Some(&b'(');
    let a = e + 1 + usize::from(bracket);
    let mut k = a;
    while k < b.len() && k - a < 3 && b[k].is_ascii_digit() {
        k += 1;
    }
    if k == a || b.get(k).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let r = &b[k..];
    let sex = |r: &[u8]| matches!(r.first(), Some(b'M' | b'F' | b'X' | b'm' | b'f')) && !r.get(1).is_some_and(u8::is_ascii_alphanumeric);
    let ok = if bracket {
        r.first() == Some(&b')') || (sex(r) && r.get(1) == Some(&b')')) || (r.starts_with(b" ") && sex(&r[1..]) && r.get(2) == Some(&b')'))
    } else {
        sex(r)
            || [&b" yo"[..], b"yo", b" y/o", b"y/o", b" y.o.", b"y "].iter().any(|x| r.starts_with(x))
            || (!strict
                && ([&b" #"[..], b" mr ", b" MRN", b" MR ", b" RM ", b" H/N "].iter().any(|x| r.starts_with(x)) || r.is_empty() || r[0] == b'\n'))
    };
    ok.then_some((a, k))
}

fn atoi(d: &[u8]) -> u32 {
    d.iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use PhiType::Mrn;

    fn census(t: &str) -> Vec<(PhiType, &str)> {
        let b = t.as_bytes();
        let mut out = Vec::new();
        for ls in std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|p| p + 1)) {
            at_line(b, ls, &mut out);
        }
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn a_handoffs_patients_by_room() {
        use PhiType::{Age, Name};
        assert_eq!(census("Rm 279 - Johnson 71 yo #M7037854\n   E11.65 type 2 DM"), [(Name, "Johnson"), (Mrn, "M7037854")]);
        assert_eq!(census("rm 451B - Marsh (81M) MRN MR-226935"), [(Name, "Marsh"), (Mrn, "MR-226935")]);
        assert_eq!(census("Bed 5 - Marsh 42 MRN HSC7810214"), [(Name, "Marsh"), (Mrn, "HSC7810214")]);
        assert_eq!(census("Rm 187 - Fairbanks 97 #M7390900"), [(Name, "Fairbanks"), (Age, "97"), (Mrn, "M7390900")]);
        assert_eq!(census("rm 279B - VILLANUEVA, FATIMA 65 mr M1580835"), [(Name, "VILLANUEVA, FATIMA"), (Mrn, "M1580835")]);
        assert_eq!(census("x\nBed 20 - Deepa Olaniyan 87 yo mr H1267084"), [(Name, "Deepa Olaniyan"), (Mrn, "H1267084")]);
        assert_eq!(census("Bay 4 bed 6: Mrs Morris (90 F) RWJ1582115"), [(Name, "Morris"), (Age, "90")]);
        assert_eq!(census("Bay 4 bed 4: Mrs J Johnson (92F) H/N M38258555"), [(Name, "J Johnson"), (Age, "92"), (Mrn, "M38258555")]);
        assert_eq!(census("Bay 1 bed 6: Abdullah (86F) RM M73959791"), [(Name, "Abdullah"), (Mrn, "M73959791")]);
        // no dash: the age says it
        assert_eq!(census("Rm 413 Donoghue 77X - stable"), [(Name, "Donoghue")]);
        assert_eq!(census("Rm 313A AL-MASRI,OMAR 70M - stable"), [(Name, "AL-MASRI,OMAR")]);
        assert_eq!(census("RM387A Sandvik 97M - watcher"), [(Name, "Sandvik"), (Age, "97")]);
        // not a count, a dose or a code after the label
        assert_eq!(census("Rm 5 - Marsh 71 yo # 3 falls"), [(Name, "Marsh")]);
        assert_eq!(census("Rm 5 - Marsh 71 yo mr 1234"), [(Name, "Marsh")]);
    }

    #[test]
    fn a_room_before_a_word() {
        let at = |t: &str, w: &str| after_room(t.as_bytes(), t.find(w).expect("word"));
        assert!(at("x1638: rm 497 DORSEY BP", "DORSEY"));
        assert!(at("x3654: RM311 WARSAME needs", "WARSAME"));
        assert!(at("Room 12B KOWALSKI", "KOWALSKI"));
        assert!(!at("Dorm 12 KOWALSKI", "KOWALSKI"));
        assert!(!at("rm 12345 KOWALSKI", "KOWALSKI"));
        assert!(!at("rm KOWALSKI", "KOWALSKI"));
    }

    #[test]
    fn not_without_the_rooms_word_or_the_age() {
        for t in [
            "Bed 3 - Pending 2 units",
            "Rm 12 - ICU 70 yo",
            "Room 4 - Johnson",
            "Room 4 - Johnson improving",
            "Bedside - Johnson 71 yo",
            "Roomy 4 - Johnson 71 yo",
            "Rm 279 - johnson 71 yo",
            "Bed 12345 - Marsh 42",
            "Rm 2 - Marsh 4200 mL",
            "Rm 2 - Marsh 42 mL",
            "Rm 2 - Marsh (42 mL)",
            "Bay 2 Trolley 5",
            "Bed 3 Pending 2 units",
            "Rm 4 Marsh 42 #2",
            "Rm 4 Marsh, 42 yo",
            "Bedtime 4 Marsh 42 yo",
        ] {
            assert_eq!(census(t), [], "{t}");
        }
    }
}
