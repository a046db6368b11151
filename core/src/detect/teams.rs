//! The second of two people that a crew, a team or a pair of signers
//! names: "Crew: Marisol Bird RN / Xinyi D. CCP", "Crew: K. Long /
//! Shannon   callsign Whiskey 21", "Signed: FD / J. Hall", "mobile crisis
//! (Margaret Stone + Marek C.) en route", "MCT (Rogelio + Olumide)".
//!
//! [`after_name`]: after a name another family found, its credential if
//! any (and a registration's number, "EMT-P #956169 / AI EMT"), then
//! " / " or " + ", the words up to a credential or a crew's role, two
//! spaces, a ')' or the line's end are a name when they are shaped as
//! one ([`words_end`]).
//!
//! Without a credential or a role after them (or a team's brackets
//! closing, "MCT (Rogelio + Olumide)"), the words must start with a given
//! name the lists know (no town's) or an initial: a service, a
//! site or a drug follows a name so as often ("Dr Patel / Ortho", "Dr
//! Kumar / Liverpool", "Mrs Patel + Frusemide").
//!
//! [`find`]: a pair in brackets, "(A + B)", where neither was read yet,
//! after a team's or a pair's word ("mobile crisis", "MCT", "crew",
//! "parents"), when both are shaped as names and one starts with a given
//! name the lists know that is no English word ("mct (desmond + parveen r)",
//! "(chloe oakley + christopher e.)"; not "(aspirin + clopidogrel)",
//! "(Hope + Faith)").
//!
//! Cost: one `memmem` pass for " + "; the rest runs only after a name.

use super::lexicon::{fold_into, is_english, lexicon, C_FIRST, C_STOP, C_SUR, C_TITLE};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.75;

/// Roles of an ambulance's or a flight's crew written after the name
/// that no credential of the name families is ("Huda D CCP"; "ACP",
/// "ICP" are Canadian and Australian paramedics' grades).
const CREW_ROLES: &[&str] = &["CCP", "ACP", "ICP", "Paramedic", "paramedic", "medic"];

/// Where a credential or a crew's role at `p` ends.
fn role_end(text: &str, p: usize) -> Option<usize> {
    if let Some(n) = super::names::credential_at(text, p) {
        return Some(p + n);
    }
    let b = text.as_bytes();
    CREW_ROLES.iter().find_map(|r| {
        let e = p + r.len();
        (b[p..].starts_with(r.as_bytes()) && !b.get(e).is_some_and(|c| c.is_ascii_alphanumeric())).then_some(e)
    })
}

/// The second person after the name `f`, if one follows it.
pub(crate) fn after_name(text: &str, f: Finding, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = f.end;
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    // its credential, ", RN" or " RN", and a registration's number
    let mut j = i;
    if b.get(j) == Some(&b',') {
        j += 1;
    }
    if b.get(j) == Some(&b' ') && j + 1 < b.len() {
        if let Some(e) = role_end(text, j + 1) {
            i = e;
            if b[i..].starts_with(b" #") && b.get(i + 2).is_some_and(u8::is_ascii_digit) {
                i += 2;
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
        }
    }
    if !(b[i..].starts_with(b" / ") || b[i..].starts_with(b" + ")) {
        return;
    }
    let s = i + 3;
    let lower = b[f.start..f.end].iter().all(|c| !c.is_ascii_uppercase());
    if let Some(e) = words_end(text, s, lower, true) {
        // (without a credential or a role after them, the words start with
        // a given name the lists know or an initial, and name no town: a
        // service, a site or a drug follows a name as often, "Dr Patel /
        // Ortho", "Dr Kumar / Liverpool", "Mrs Patel + Frusemide")
        let role = b.get(e) == Some(&b' ') && e + 1 < b.len() && role_end(text, e + 1).is_some();
        let team = b.get(e) == Some(&b')') && f.start >= 1 && b[f.start - 1] == b'(' && team_before(b, f.start - 1);
        if role || team || given_or_initial(text, s, e) {
            out.push(Finding::new(PhiType::Name, s, e, SCORE));
        }
    }
}

/// Whether the words at `s..e` start with an initial ("D. Moon", "K.L.")
/// or with a given name the lists know that is no stop word and no town
/// ("Shannon", "Xinyi D."; not "Liverpool", "Austin").
fn given_or_initial(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let we = s + text[s..e].find(|c: char| !c.is_alphabetic()).unwrap_or(e - s);
    if we - s == 1 || b[s..we].iter().all(u8::is_ascii_uppercase) && b.get(we) == Some(&b'.') {
        return true;
    }
    let mut buf = String::new();
    fold_into(&text[s..we], &mut buf);
    lexicon(&buf).is_some_and(|c| c & C_FIRST != 0 && c & (C_STOP | C_TITLE) == 0) && !super::lexicon::is_city(&buf)
}

/// Pairs in brackets joined by " + " ([`find`] in the module's notes).
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    handovers(text, out);
    for p in memchr::memmem::find_iter(b, b" + ") {
        let Some(o) = b[p.saturating_sub(48)..p].iter().rposition(|&c| matches!(c, b'(' | b')' | b'\n')).map(|k| p.saturating_sub(48) + k) else {
            continue;
        };
        if b[o] != b'(' {
            continue;
        }
        let Some(c) = b[p + 3..b.len().min(p + 51)].iter().position(|&c| matches!(c, b'(' | b')' | b'\n')).map(|k| p + 3 + k) else {
            continue;
        };
        if b[c] != b')' {
            continue;
        }
        // (after a team's or a pair's word: "mobile crisis (", "MCT (",
        // "Parents ("; not pets, sites or germs, "two dogs (Bella +
        // Max)", "(Austin + Heidelberg)", "grew (Candida + Klebsiella)")
        if !team_before(b, o) {
            continue;
        }
        let lower = b[o..c].iter().all(|c| !c.is_ascii_uppercase());
        let (a, z) = (o + 1, p + 3);
        if words_end(text, a, lower, false) == Some(p) && words_end(text, z, lower, false) == Some(c) && (given_first(text, a) || given_first(text, z)) {
            out.push(Finding::new(PhiType::Name, a, p, SCORE));
            out.push(Finding::new(PhiType::Name, z, c, SCORE));
        }
    }
}

/// A shift's handover on one line, the nurse going off and the one
/// coming on: "off: Terrell  on: Sunita", "Off: Shaquana  On: Will". Both
/// names as [`words_end`] reads them (capitalized, ended by two spaces or
/// the line's end), the second within a few spaces of the first, one of
/// them a given name the lists know and no English word.
fn handovers(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for p in memchr::memmem::find_iter(b, b"ff: ") {
        if p < 1 || !b[p - 1].eq_ignore_ascii_case(&b'o') || p >= 2 && b[p - 2].is_ascii_alphanumeric() {
            continue;
        }
        let a = p + 4;
        let Some(e) = words_end(text, a, false, false) else { continue };
        let mut k = e;
        while k < b.len() && k - e < 6 && b[k] == b' ' {
            k += 1;
        }
        if k == e || !(b.len() >= k + 4 && b[k..k + 4].eq_ignore_ascii_case(b"on: ")) {
            continue;
        }
        let z = k + 4;
        let Some(ze) = words_end(text, z, false, false) else { continue };
        // (one of them a given name the lists know: not "Meds off:
        // Warfarin  on: Apixaban")
        if !(given_first(text, a) || given_first(text, z)) {
            continue;
        }
        out.push(Finding::new(PhiType::Name, a, e, SCORE));
        out.push(Finding::new(PhiType::Name, z, ze, SCORE));
    }
}

/// Words that name the pair in brackets after them ([`find`]).
const TEAMS: &[&[u8]] = &[
    b"crisis", b"mct", b"crew", b"team", b"paramedics", b"medics", b"officers", b"police", b"staff", b"nurses",
    b"parents", b"carers", b"caregivers", b"workers", b"attendees", b"present", b"visitors", b"guardians",
];

/// Whether a word of [`TEAMS`] ends right before the '(' at `o` (one
/// space between).
fn team_before(b: &[u8], o: usize) -> bool {
    if o < 2 || b[o - 1] != b' ' {
        return false;
    }
    let e = o - 1;
    let ws = b[..e].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    TEAMS.iter().any(|t| b[ws..e].eq_ignore_ascii_case(t))
}

/// Whether the word at `s` is a given name the lists know and no English
/// word.
fn given_first(text: &str, s: usize) -> bool {
    let e = text[s..].find(|c: char| !c.is_alphabetic() && c != '-').map_or(text.len(), |k| s + k);
    let mut buf = String::new();
    fold_into(&text[s..e], &mut buf);
    lexicon(&buf).is_some_and(|c| c & C_FIRST != 0 && c & C_STOP == 0) && !is_english(&buf)
}

/// Where a person's words starting at `s` end: one to three words, then a
/// credential or a crew's role, two spaces, a ')', a ',' or the line's
/// end (`ended`: also where a credential must follow, the text ends).
///
/// The words: capitalized, each an initial ("D", "D.", "K.L.") or a word
/// the lists know as a name or do not know at all, the first no title;
/// or two or three capitals, or (in a note written in lower case) two or
/// three small letters, with a credential or a role after them. In a
/// note written in lower case (`lower`): given and family names the
/// lists know, or single letters.
fn words_end(text: &str, s: usize, lower: bool, ended: bool) -> Option<usize> {
    let b = text.as_bytes();
    let mut buf = String::new();
    let mut i = s;
    let mut n = 0;
    loop {
        // one word: letters with inner hyphens or apostrophes, or an
        // initial's letters and periods
        let ws = i;
        while i < b.len() {
            let ch = text[i..].chars().next()?;
            if ch.is_alphabetic() {
                i += ch.len_utf8();
            } else if matches!(ch, '-' | '\'' | '.') && i > ws && text[i + 1..].starts_with(char::is_alphabetic) {
                i += 1;
            } else {
                break;
            }
        }
        if i == ws {
            return None;
        }
        let w = &text[ws..i];
        let dot = b.get(i) == Some(&b'.');
        if dot {
            i += 1;
        }
        n += 1;
        // what follows the word
        let role = b.get(i) == Some(&b' ') && i + 1 < b.len() && role_end(text, i + 1).is_some();
        let end = i >= b.len()
            || matches!(b[i], b'\n' | b'\r' | b')' | b',')
            || b[i..].starts_with(b"  ")
            || b[i..].starts_with(b" \n")
            || b[i..].starts_with(b" + ")
            || b[i..].starts_with(b" / ");
        let caps = w.chars().count();
        let initials = (2..=3).contains(&caps) && (w.chars().all(char::is_uppercase) || w.chars().all(char::is_lowercase));
        let initial = caps == 1 || w.contains('.') || dot && w.chars().count() <= 2;
        let ok = if initials && n == 1 && !initial {
            // initials alone need a credential or role after them, and are
            // none themselves ("RN / ED" is no pair)
            role && super::names::credential_at(text, ws).is_none()
        } else if initial {
            w.starts_with(char::is_uppercase) || lower
        } else {
            fold_into(w, &mut buf);
            // (a hyphenated family name by its parts, "smith-jones")
            let class = lexicon(&buf).unwrap_or_else(|| buf.split('-').map(|p| lexicon(p).unwrap_or(0) & (C_FIRST | C_SUR)).fold(0, |a, c| a | c));
            let capitalized = w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'');
            if class & (C_STOP | C_TITLE) != 0 && class & (C_FIRST | C_SUR) == 0 {
                false
            } else if lower {
                w.chars().all(|c| !c.is_uppercase()) && (class & (C_FIRST | C_SUR) != 0 && (n > 1 || !is_english(&buf)) || class == 0 && !is_english(&buf))
            } else {
                capitalized && (class & (C_FIRST | C_SUR) != 0 || !is_english(&buf))
            }
        };
        if !ok {
            return None;
        }
        if role || end || ended && i >= b.len() {
            return Some(if dot && !initial { i - 1 } else { i });
        }
        if n == 3 || b.get(i) != Some(&b' ') {
            return None;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    fn second(t: &str, first: &str) -> Vec<String> {
        let s = t.find(first).unwrap();
        let mut out = Vec::new();
        after_name(t, Finding::new(PhiType::Name, s, s + first.len(), 0.8), &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn a_shifts_handover() {
        let t = "SHIFT REPORT  4 North  03/18/2024  off: Jericho  on: Amit\n434B D. Simmons (50M)\nOff: Shaquana  On: Will\n";
        let mut out = Vec::new();
        find(t, &mut out);
        let got: Vec<&str> = out.iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(got, ["Jericho", "Amit", "Shaquana", "Will"]);
        let t = "Turned off: Oxygen  on: Room air\nsign off: Tuesday  on: Friday\nswitched off: PCA  on: oral\nMeds off: Warfarin  on: Apixaban";
        let mut out = Vec::new();
        find(t, &mut out);
        assert!(out.is_empty(), "{:?}", out);
    }

    #[test]
    fn a_crews_second_member() {
        assert_eq!(second("Crew: Marisol Bird RN / Xinyi D. CCP  Aircraft N277", "Marisol Bird"), ["Xinyi D."]);
        assert_eq!(second("Crew: K. Long / Shannon   callsign Whiskey 21", "K. Long"), ["Shannon"]);
        assert_eq!(second("Crew: Sina / D. Moon   callsign Alpha 12", "Sina"), ["D. Moon"]);
        assert_eq!(second("Team: Walid B RN / sg CCP  Aircraft N996", "Walid B"), ["sg"]);
        assert_eq!(second("Crew: Yen Huynh EMT-P #956169 / AI EMT\n", "Yen Huynh"), ["AI"]);
        assert_eq!(second("Crew: Seán H RN / TNM CCP  Amb 171", "Seán H"), ["TNM"]);
        assert_eq!(second("Signed: FD / J. Hall\nFamily present", "FD"), ["J. Hall"]);
        assert_eq!(second("mobile crisis (Margaret Stone + Marek C.) en route.", "Margaret Stone"), ["Marek C."]);
        assert_eq!(second("MCT (Rogelio + Olumide) arrived 7:35AM", "Rogelio"), ["Olumide"]);
    }

    #[test]
    fn no_second_member_where_a_service_a_word_or_a_sentence_follows() {
        assert!(second("Seen by Dr Smith / Cardiology\n", "Smith").is_empty());
        assert!(second("Dr Smith RN / ED\n", "Smith").is_empty());
        assert!(second("Dr Smith / ICU\n", "Smith").is_empty());
        assert!(second("Dr Smith / The team will call\n", "Smith").is_empty());
        assert!(second("Dr Smith + Amoxicillin started\n", "Smith").is_empty());
        assert!(second("Dr Smith / Will review\n", "Smith").is_empty());
        assert!(second("Dr Smith / 2 weeks\n", "Smith").is_empty());
        assert!(second("bed 4 jones + bed 5 smith\n", "jones").is_empty());
        // services, sites and drugs after a name
        for t in ["Seen by Dr Patel / Ortho\n", "seen by dr patel / ortho\n", "Dr Kumar / Liverpool\n", "Mrs Patel + Frusemide, ", "Signed: Sarah Jones RN / Ward\n", "Dr Lin / Surg Reg\n"] {
            let first = ["Patel", "patel", "Kumar", "Sarah Jones"].iter().find(|n| t.contains(*n)).unwrap_or(&"Lin");
            assert!(second(t, first).is_empty(), "{t}");
        }
    }

    #[test]
    fn pairs_in_brackets_of_given_names() {
        assert_eq!(names("mct (desmond + parveen r) en route."), ["desmond", "parveen r"]);
        assert_eq!(names("mobile crisis (chloe oakley + christopher e.) en route"), ["chloe oakley", "christopher e."]);
        assert_eq!(names("mobile crisis (bilal smith-jones + christopher m) on scene"), ["bilal smith-jones", "christopher m"]);
        assert!(names("dual therapy (aspirin + clopidogrel) for 12 months").is_empty());
        assert!(names("started (Hope + Faith) group").is_empty());
        assert!(names("wbc (neutrophils + lymphocytes) normal").is_empty());
        assert!(names("lives with two dogs (Bella + Max) and").is_empty());
        assert!(names("Previous admissions (Austin + Northern)").is_empty());
        assert_eq!(names("Parents (Dorota + Babatunde) present"), ["Dorota", "Babatunde"]);
    }
}
