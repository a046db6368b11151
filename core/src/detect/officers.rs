//! An officer named between a police or custody title and the officer's
//! badge, collar or identity number: "officer kowalski badge 3639", "PC
//! Wang (collar no 26813)", "pc sharma id 5130", "CO Reid #5840". Crisis,
//! custody and death notes name the officer who called or came, often in
//! lower case, where nothing else says the word is a person's: the title
//! before it and the number after it do.
//!
//! The words: one or two (an initial and its period among them), letters
//! only, no English or stop word unless capitalized and a listed name
//! more often a name than a word ("Rose", not "Level");
//! the title right before them ([`TITLES`], any case); the number right
//! after them, after "badge", "collar", "shield", "id" or "#" ("no",
//! "number" or '(' between). Score 0.8. Cost: one `memmem` pass for each
//! of "badge", "collar", "shield" and " id ", one `memchr` pass over '#'.

use super::lexicon::{fold_into, is_english, lexicon, C_DOMINANT, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.8;

/// Titles of police and custody officers, lower case.
const TITLES: &[&[u8]] = &[
    b"officer", b"ofc", b"pc", b"dc", b"ds", b"cst", b"const", b"constable", b"sgt", b"sergeant", b"det",
    b"detective", b"deputy", b"trooper", b"co", b"marshal", b"ranger",
];

/// The finders of the cue words (built with the engine's other tables:
/// see `detect::warm_up`).
pub(super) static CUES: once_cell::sync::Lazy<[memchr::memmem::Finder<'static>; 4]> = once_cell::sync::Lazy::new(|| {
    [b"badge" as &[u8], b"collar", b"shield", b" id "].map(memchr::memmem::Finder::new)
});

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = String::new();
    let cues = CUES.iter().flat_map(|f| f.find_iter(b).map(|p| if b[p] == b' ' { p + 1 } else { p })).chain(memchr::memchr_iter(b'#', b));
    for at in cues {
        if !number_after(b, at) {
            continue;
        }
        if let Some((s, e)) = officer_before(text, at, &mut buf) {
            if !out.iter().any(|f| f.kind == PhiType::Name && f.start == s && f.end == e && f.score >= SCORE) {
                out.push(Finding::new(PhiType::Name, s, e, SCORE));
            }
        }
    }
}

/// Whether an officer is named right before the label at `at`: a title
/// ([`TITLES`]; of two letters, in capitals), then one to four words of a
/// name (capitalized, or initials), then a comma or spaces ("Reporting
/// officer: PC D. Grant, reg no 133895"). Not a clinician's ("Medical
/// Officer: Dr J Okafor, reg no", "Dr John Constable, GMC reg no"): no
/// "Dr", no regulator's acronym, no lower-case word between.
pub(crate) fn titled_before(b: &[u8], at: usize) -> bool {
    let mut q = at;
    while q > 0 && matches!(b[q - 1], b' ' | b',') {
        q -= 1;
    }
    let mut words = 0;
    loop {
        // the word before q (its period after an initial or a title)
        let e = if q > 0 && b[q - 1] == b'.' { q - 1 } else { q };
        let s = b[..e].iter().rposition(|c| !c.is_ascii_alphabetic() && *c < 0x80).map_or(0, |k| k + 1);
        let w = &b[s..e];
        if w.is_empty() {
            return false;
        }
        let title = TITLES.iter().any(|t| w.eq_ignore_ascii_case(t)) && (w.len() > 2 || w.iter().all(u8::is_ascii_uppercase));
        if title && words > 0 {
            // (a doctor's name that is a title's word: "Dr Det Ng")
            let mut k = s;
            while k > 0 && matches!(b[k - 1], b' ' | b'.') {
                k -= 1;
            }
            let ws = b[..k].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |x| x + 1);
            return !(b[ws..k].eq_ignore_ascii_case(b"dr") || b[ws..k].eq_ignore_ascii_case(b"doctor"));
        }
        // (a surname's particle in lower case: "W. van Dijk")
        let particle = [&b"van"[..], b"von", b"de", b"der", b"den", b"da", b"di", b"du", b"le", b"la", b"bin", b"al", b"el", b"ter"].contains(&w);
        let name = w[0].is_ascii_uppercase() || w[0] >= 0x80 || particle && words > 0;
        let acronym = w.len() >= 3 && w.iter().all(u8::is_ascii_uppercase);
        if !name || acronym || w.eq_ignore_ascii_case(b"dr") || w.eq_ignore_ascii_case(b"doctor") || words == 4 {
            return false;
        }
        words += 1;
        q = s;
        let mut k = q;
        while k > 0 && q - k < 2 && b[k - 1] == b' ' {
            k -= 1;
        }
        if k == q || k == 0 {
            return false;
        }
        q = k;
    }
}

/// Whether the cue word (or '#') at `at` is followed by a number: digits
/// after its word, "no", "number", '.', ':', '#' and spaces.
fn number_after(b: &[u8], at: usize) -> bool {
    let mut p = at;
    while p < b.len() && b[p].is_ascii_alphabetic() {
        p += 1;
    }
    let limit = (p + 12).min(b.len());
    while p < limit {
        match b[p] {
            b' ' | b'.' | b':' | b'#' => p += 1,
            b'n' | b'N' if b[p..].len() >= 2 && b[p + 1].eq_ignore_ascii_case(&b'o') => p += 2,
            _ => break,
        }
    }
    b.get(p).is_some_and(u8::is_ascii_digit)
}

/// The officer's one or two words ending right before `at` (spaces and a
/// '(' between), with a title right before them: their span.
fn officer_before(text: &str, at: usize, buf: &mut String) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut e = at;
    while e > 0 && matches!(b[e - 1], b' ' | b'(') {
        e -= 1;
    }
    if e == at && b[at] != b'#' {
        return None;
    }
    let end = e;
    let mut words: [(usize, usize); 2] = [(0, 0); 2];
    let mut n = 0;
    let mut p = end;
    loop {
        // a word of letters (any script), an apostrophe or hyphen inside,
        // or an initial and its period
        let we = if p > 0 && b[p - 1] == b'.' { p - 1 } else { p };
        let ws = text[..we].char_indices().rev().take_while(|&(_, c)| c.is_alphabetic() || matches!(c, '\'' | '-' | '’')).last().map(|(i, _)| i)?;
        if ws == we {
            return None;
        }
        let before = text[..ws].chars().next_back();
        // the title?
        let word = &b[ws..we];
        if n > 0 && TITLES.iter().any(|t| word.eq_ignore_ascii_case(t)) && before.is_none_or(|c| !c.is_alphanumeric()) {
            break;
        }
        if n == 2 || !matches!(before, Some(' ')) {
            return None;
        }
        words[n] = (ws, if we < p { p } else { we });
        n += 1;
        p = ws - 1;
        if p == 0 || b[p - 1] == b' ' || b[p - 1] == b'\n' {
            return None;
        }
    }
    // each word a name's: an initial, or not an English or stop word
    // unless capitalized and listed
    for &(ws, we) in &words[..n] {
        let w = text[ws..we].trim_end_matches('.');
        let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        if initial {
            continue;
        }
        if w.chars().count() < 2 {
            return None;
        }
        fold_into(w, buf);
        let class = lexicon(buf).unwrap_or(0);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if class & C_STOP != 0 || is_english(buf) && !(cap && class & (C_FIRST | C_SUR) != 0 && class & C_DOMINANT != 0) {
            return None;
        }
    }
    // (an initial alone is no name)
    let (s, e) = (words[n - 1].0, words[0].1);
    (e - s > 2).then_some((s, e.min(end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn an_officer_between_a_title_and_a_number() {
        assert_eq!(names("called pd, officer kowalski badge 3639, report # 2023y58284."), ["kowalski"]);
        assert_eq!(names("Call from PC Wang (collar no 26813) - found"), ["Wang"]);
        assert_eq!(names("dispatched pd, pc sharma id 5130, report"), ["sharma"]);
        assert_eq!(names("ortho appt by CO Reid #5840 and"), ["Reid"]);
        assert_eq!(names("Sgt H. Chaudhry #1239 attended"), ["H. Chaudhry"]);
        assert_eq!(names("Officer Ó Dhomhnaill badge 221"), ["Ó Dhomhnaill"]);
    }

    #[test]
    fn no_officer_without_a_title_or_a_number_or_with_words() {
        assert!(names("officer on duty badge 3639").is_empty());
        assert!(names("kowalski badge 3639").is_empty());
        assert!(names("officer kowalski badge ok").is_empty());
        assert!(names("officer kowalski arrived").is_empty());
        assert!(names("CO level #2 normal").is_empty());
        assert!(names("the pc monitor id 44").is_empty());
        assert!(names("Det. specimen #12 sent").is_empty());
        assert!(names("Det. Sample #12 sent").is_empty());
        assert!(names("CO Level #2 normal").is_empty());
        assert!(names("officer\nkowalski badge 3639").is_empty());
    }
}
