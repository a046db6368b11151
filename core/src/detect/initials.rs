//! A person's initials where a record is signed or a task is initialled:
//! "Dictated 10.10.2024, typed by AH", "note signed by KT 7/19/23",
//! "Drawn by KB at bed 3", "Collected by: HS", "[end of call - agent HL
//! (UG00000)]", "-- HH RN" at the start of a line (with a credential
//! after them, or alone on its line), "Phleb: DH", "Staff: WZ",
//! "Nurse: WP, RN". Safe Harbor counts initials as a name. Two or three
//! capital letters (any script), alone as a word, and neither a
//! credential ("signed by MD") nor a service ("reviewed by ENT",
//! "drawn by IR").
//!
//! Initials that start a line ("AS DDS", "-SEN", "RB/GLE", or the last
//! line alone) are read there too.
//!
//! A text costs no pass of its own: the names family's tokenizer has
//! listed its capitalized words, and initials are read from those.

use super::names::Word;
use crate::types::{Finding, PhiType};

/// The verbs before "by" of a signature, or of a task a person initials
/// (a specimen drawn, a form completed, a pass issued). Not "seen",
/// "reviewed" or "followed", which name services as often ("seen by GI").
const SIGNED: &[&str] = &[
    "typed", "signed", "dictated", "transcribed", "entered", "initialed", "initialled", "cosigned", "co-signed",
    "drawn", "taken", "written", "collected", "completed", "processed", "issued", "prepared", "verified",
    "witnessed", "recorded", "documented", "scanned", "checked", "labelled", "labeled", "received", "packed",
    "closed",
];

/// Labels of a form's field that holds a staff member's initials ("Phleb:
/// MT", "Nurse: WP, RN").
const LABELS: &[&str] = &[
    "phleb", "phlebotomist", "staff", "nurse", "rn", "tech", "technician", "scribe", "initials", "clerk", "courier",
    "signature", "signed", "clinician", "minutes", "counselor", "therapist", "reviewer", "author", "provider",
];

/// Services and places written in capitals where initials could stand
/// ("drawn by IR", "taken by EMS", "-- END").
const NOT_INITIALS: &[&str] = &[
    "ENT", "EMS", "ICU", "GI", "ER", "ED", "VA", "ID", "IR", "OR", "CT", "MRI", "PCP", "OB", "IT", "HR", "QA", "UR",
    "CM", "SW", "US", "XR", "ECG", "EKG", "EEG", "LAB", "END", "FAX", "EOF", "EOM", "MSG", "TBD", "CC", "NA",
    "CCU", "SNF", "DME", "POA", "HCP", "NOK", "PRN", "NPO", "IV", "PO", "BID", "TID", "QID", "QD", "AM", "PM",
    "DNR", "DNI", "AMA", "WNL", "NAD", "ADL", "ROM", "DR", "MR", "MRS", "DOB", "SSN", "MRN", "ZIP", "DL", "PE", "ID",
    "NOC", "EVE", "DAY", "PACU",
];

/// Finds initials among `words`, the text's capitalized words (from
/// [`super::names::tokenize`]): every place initials are read starts one,
/// so a word whose second character is a lower-case ASCII letter ("The",
/// "Patient", most of them) costs one test, and the cues are then read
/// backwards from the word.
pub(crate) fn find(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // at a line's start: "AS DDS", "-SEN", "RB/GLE", "JK/TA", and the
    // text's last line alone ("\nMAC")
    // (two capitals, or '-' and a capital, before anything else: most
    // lines start with a word in lower case after its capital)
    let may = |i: usize| {
        let c2 = b.get(i + 1).copied().unwrap_or(0);
        match b.get(i) {
            Some(c) if c.is_ascii_uppercase() => c2.is_ascii_uppercase() || c2 >= 0x80,
            Some(b'-') => c2.is_ascii_uppercase(),
            _ => false,
        }
    };
    if may(0) {
        line_start(text, 0, out);
    }
    for w in words {
        let s = w.start;
        // initials are two or three capitals, after one of the cues read
        // below: ' ' after "by", "by:", "agent", "--" or a label's ':', or
        // a line's start ('\n', or '-' there); one test for all of it,
        // without a branch, so that it predicts well (mostly false)
        let c2 = b.get(s + 1).copied().unwrap_or(0);
        let p1 = if s >= 1 { b[s - 1] } else { 0 };
        let p2 = if s >= 2 { b[s - 2] } else { 0 };
        let caps = c2.is_ascii_uppercase() | (c2 >= 0x80);
        let cue = (p1 == b' ') & ((p2 == b'y') | (p2 == b':') | (p2 == b't') | (p2 == b'-')) | (p1 == b'\n') | (p1 == b'-');
        if !(caps & cue) {
            continue;
        }
        match b[s - 1] {
            b' ' => {
                let before = &b[..s - 1];
                // "typed by AH", "Collected by: HS"
                let by = before.strip_suffix(b":").unwrap_or(before);
                if let Some(p) = by.strip_suffix(b"d by").or_else(|| by.strip_suffix(b"n by")).map(<[u8]>::len) {
                    // the verb ends at p + 1 ("typed" ends in the 'd' found)
                    let ve = p + 1;
                    let mut vs = ve;
                    while vs > 0 && (b[vs - 1].is_ascii_alphabetic() || b[vs - 1] == b'-') {
                        vs -= 1;
                    }
                    if SIGNED.iter().any(|v| b[vs..ve].eq_ignore_ascii_case(v.as_bytes())) {
                        push(text, s, out);
                    }
                }
                // "[end of call - agent HL"
                if let Some(p) = before.strip_suffix(b"agent").map(<[u8]>::len) {
                    if p == 0 || !b[p - 1].is_ascii_alphanumeric() {
                        push(text, s, out);
                    }
                }
                // "-- MW, RN" opening a line
                if before.ends_with(b"\n--") {
                    push_signed(text, s, out);
                }
                // "Phleb: DH"
                if let Some(p) = before.strip_suffix(b":").map(<[u8]>::len) {
                    let mut ls = p;
                    while ls > 0 && b[ls - 1].is_ascii_alphabetic() {
                        ls -= 1;
                    }
                    if (ls == 0 || !b[ls - 1].is_ascii_alphanumeric())
                        && LABELS.iter().any(|l| b[ls..p].eq_ignore_ascii_case(l.as_bytes()))
                    {
                        push(text, s, out);
                    }
                }
            }
            b'\n' if may(s) => line_start(text, s, out),
            b'-' if s >= 2 && b[s - 2] == b'\n' && may(s - 1) => line_start(text, s - 1, out),
            _ => {}
        }
    }
}

/// Whether a line ends at `k` (the text's end, "\n" or "\r\n").
fn line_end(b: &[u8], k: usize) -> bool {
    k >= b.len() || b[k] == b'\n' || (b[k] == b'\r' && b.get(k + 1) == Some(&b'\n'))
}

/// Initials that start the line at `i`: before a credential ("AS DDS",
/// "WJC PMHNP-BC", "BA RPh"), after a '-' and alone on the line ("-SEN"),
/// a dictation's reference ("RB/GLE", "SW/ze": the author's, and the
/// typist's in capitals), or alone on the text's last line ("JB").
fn line_start(text: &str, i: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let line_end = |k: usize| line_end(b, k);
    if b[i] == b'-' {
        let before = out.len();
        push(text, i + 1, out);
        if out.get(before).is_some_and(|f| !line_end(f.end)) {
            out.truncate(before);
        }
        return;
    }
    // "SW/ze", "MA/ab": a dictation's reference, whatever the capitals
    // spell, when lower-case initials follow the '/'
    let caps = b[i..].iter().take(4).take_while(|c| c.is_ascii_uppercase()).count();
    if (2..=3).contains(&caps) && b.get(i + caps) == Some(&b'/') {
        let t = i + caps + 1;
        let low = b[t.min(b.len())..].iter().take(4).take_while(|c| c.is_ascii_lowercase()).count();
        if (2..=3).contains(&low) && (line_end(t + low) || b[t + low] == b' ') {
            out.push(Finding::new(PhiType::Name, i, i + caps, 0.7));
            return;
        }
    }
    let before = out.len();
    push(text, i, out);
    let Some(f) = out.get(before).copied() else { return };
    let e = f.end;
    let keep = match b.get(e) {
        // then nothing more on the line but another credential or a
        // '/' ("AS DDS / asst Lakshmi"; not "NOC RN NOTE", a heading)
        Some(b' ') => super::names::credential_at(text, e + 1).is_some_and(|n| {
            let k = e + 1 + n;
            line_end(k) || b[k] == b',' || b[k..].starts_with(b" /")
        }),
        Some(b'/') => {
            // the typist's initials after the '/': in capitals, a name too
            let t = out.len();
            push(text, e + 1, out);
            if out.get(t).is_some_and(|g| !line_end(g.end) && b[g.end] != b' ') {
                out.truncate(t);
            }
            let lower = b.get(e + 1).is_some_and(u8::is_ascii_lowercase);
            out.len() > t || lower
        }
        // alone on the text's last line (a signature)
        _ => line_end(e) && b[e..].iter().all(|c| c.is_ascii_whitespace()),
    };
    if !keep {
        out.truncate(before);
    }
}

/// Initials at `i` signing a line: followed by a credential ("-- HH RN",
/// "-- MW, RN") or alone on their line ("-- IL"); a line that starts
/// "-- END OF FAX" or "-- PT to see" is no signature.
fn push_signed(text: &str, i: usize, out: &mut Vec<Finding>) {
    let before = out.len();
    push(text, i, out);
    let Some(f) = out.get(before).copied() else { return };
    let b = text.as_bytes();
    let line_end = |k: usize| line_end(b, k);
    if line_end(f.end) {
        return;
    }
    let mut k = f.end;
    if k < b.len() && b[k] == b',' {
        k += 1;
    }
    if k < b.len() && b[k] == b' ' {
        k += 1;
    }
    if k == f.end || super::names::credential_at(text, k).is_none() {
        out.truncate(before);
    }
}

/// Initials at `i` when they stand alone there.
fn push(text: &str, i: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let Some(rest) = text.get(i..) else { return };
    let mut n = 0;
    let mut end = i;
    for c in rest.chars() {
        if c.is_uppercase() && n < 4 {
            n += 1;
            end += c.len_utf8();
        } else {
            break;
        }
    }
    if !(2..=3).contains(&n) {
        return;
    }
    // alone: then a space, punctuation or the end, not a letter or digit
    if end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] >= 0x80 || b[end] == b'-') {
        return;
    }
    if super::names::credential_at(text, i) == Some(end - i) || NOT_INITIALS.contains(&&text[i..end]) {
        return;
    }
    out.push(Finding::new(PhiType::Name, i, end, 0.7));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn initials(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &super::super::names::tokenize(t), &mut out);
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn where_a_record_is_signed() {
        assert_eq!(initials("Dictated 10.10.2024, typed by AH\n"), ["AH"]);
        assert_eq!(initials("Dictated 10 August 2026, typed by SØ\n"), ["SØ"]);
        assert_eq!(initials("[system] note signed by KT 7/19/23"), ["KT"]);
        assert_eq!(initials("[end of call - 6 min 32 s - agent HL (UG00000)]"), ["HL"]);
        assert_eq!(initials("on 11/22.\n-- MW, RN\n"), ["MW"]);
        assert_eq!(initials("see you.\n-- VJT RN"), ["VJT"]);
        assert_eq!(initials("next dose.\n-- IL\n"), ["IL"]);
        assert_eq!(initials("next dose.\n-- GM"), ["GM"]);
    }

    #[test]
    fn where_a_task_is_initialled() {
        assert_eq!(initials("Tubes: 1 gold\nDrawn by KB at bed 3\n"), ["KB"]);
        assert_eq!(initials("Collected by: HS\nVitals"), ["HS"]);
        assert_eq!(initials("Completed by WZ on 12/5/22"), ["WZ"]);
        assert_eq!(initials("Processed by MO 09:05"), ["MO"]);
        assert_eq!(initials("Date 5/19   Issued by PS\n"), ["PS"]);
        assert_eq!(initials("Phleb: DH   Site: L AC"), ["DH"]);
        assert_eq!(initials("Signature: ________   Staff: ACM\n"), ["ACM"]);
        assert_eq!(initials("Nurse: WP, RN   Time: 1120"), ["WP"]);
        assert_eq!(initials("Patient signature: ____   RN: NT\n"), ["NT"]);
    }

    #[test]
    fn at_a_line_start() {
        assert_eq!(initials("Home ph on file 216 555 0194.\nAS DDS / asst Lakshmi\n"), ["AS"]);
        assert_eq!(initials("transport via van.\nWJC PMHNP-BC\n"), ["WJC"]);
        assert_eq!(initials("tracking: a@example.net\nBA RPh\n"), ["BA"]);
        assert_eq!(initials("Next contact: 3-month call. -SEN\n"), Vec::<&str>::new());
        assert_eq!(initials("Next contact: 3-month call.\n-SEN\n"), ["SEN"]);
        assert_eq!(initials("next session 10/01/2023.\nRB/GLE\n"), ["RB", "GLE"]);
        assert_eq!(initials("end of report\nSW/ze  D: 01/15/2022\n"), ["SW"]);
        assert_eq!(initials("asking about stopping metformin.\nJB\n"), ["JB"]);
        assert_eq!(initials("Patient signature: PB   Clinician: RH   Reviewed 7/2"), ["PB", "RH"]);
    }

    #[test]
    fn not_at_a_line_start() {
        // headings alone on a line, not the last; a heading before words
        assert!(initials("HPI\nPt reports pain.\nROS\nnegative\n").is_empty());
        assert!(initials("text\nCC: cough\nPE notable").is_empty());
        assert!(initials("text\nBP/HR stable").is_empty());
        assert!(initials("text\n-PRN use only\n").is_empty());
        assert!(initials("see below\nEND\n").is_empty());
        assert!(initials("NOC RN NOTE  10/3/24  Rm 613B").is_empty());
        assert!(initials("text\nEH RN NOTE follows").is_empty());
    }

    #[test]
    fn not_a_service_or_another_label() {
        assert!(initials("Specimen drawn by IR under CT guidance").is_empty());
        assert!(initials("history taken by EMS on arrival").is_empty());
        assert!(initials("Nurse: PRN orders reviewed").is_empty());
        assert!(initials("Staff: ICU team").is_empty());
        assert!(initials("Seen by: GI").is_empty());
        assert!(initials("Dx: CHF, COPD").is_empty());
        assert!(initials("text\n-- END\n").is_empty());
        assert!(initials("drawn by RN at bedside").is_empty());
        assert!(initials("Dictated by: DR. Johnson").is_empty());
        assert!(initials("Caller: self   Verified by DOB 08/06/1969 + ZIP 04949").is_empty());
    }

    #[test]
    fn not_a_credential_a_word_or_another_verb() {
        assert!(initials("note signed by MD on file").is_empty());
        assert!(initials("-- RN, for Dr. Traoré").is_empty());
        assert!(initials("typed by Anna").is_empty());
        assert!(initials("caused by EBV infection").is_empty());
        assert!(initials("agent ABCD").is_empty());
        assert!(initials("reagent HL").is_empty());
        // a line that starts with dashes and capitals but is no signature
        assert!(initials("text\n-- END OF FAX\n").is_empty());
        assert!(initials("text\n-- PT to see\n").is_empty());
    }
}
