//! A person named right before a phone number, as notes list whom to
//! call: "Contact: neighbour Jamal 9377836165", "Witness: Jun Liu,
//! 07983735252", "Band-Aid (Lucia 651 555 0159)", "alt granddaughter
//! Marie-Ève 1-717-878-6836". A lone capitalized word says little about
//! itself ("Grace", "Will"); a phone number right after it says someone
//! is reached there.
//!
//! The words: one or two, right before a phone number the structured
//! family found (a space, ", ", ": " or " (" between, or a phone's word,
//! "Jamal tel (603)563-1917"). One word must be a
//! listed given name or surname; two, a listed given name and then any word, or two listed
//! names, the second a surname; none an English or stop word. Capitalized, or a given name in
//! lower case ("noor 423 499 2671"). Score 0.7. Cost: a look at the
//! bytes before each phone number, and the names found sorted once.
//!
//! Also whom a call was about, after the caller's number in brackets: "cb
//! wife joanna (2196803203) re Kowalski: fell" ([`subject_after`]).

use super::lexicon::{fold_into, lexicon, C_ENG, C_FIRST, C_STOP, C_SUR};
use super::interrupt::every_items;
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.7;

pub(crate) fn extend(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = String::new();
    let n = out.len();
    // the names found, by start, with the furthest end among each prefix:
    // whether one overlaps a span is a bisection, not a walk over every
    // candidate (a name read here lies right before its number, so none
    // overlaps another read here)
    let mut names: Vec<(usize, usize)> = out.iter().filter(|g| g.kind == PhiType::Name).map(|g| (g.start, g.end)).collect();
    if !out.iter().any(|f| f.kind == PhiType::Phone) {
        return;
    }
    names.sort_unstable();
    let mut furthest = Vec::with_capacity(names.len());
    let mut m = 0;
    for &(_, e) in &names {
        m = m.max(e);
        furthest.push(m);
    }
    let named = |s: usize, e: usize| {
        let k = names.partition_point(|&(ns, _)| ns < e);
        k > 0 && furthest[k - 1] > s
    };
    for i in 0..n {
        every_items(i);
        let f = out[i];
        if f.kind != PhiType::Phone || f.score < 0.5 {
            continue;
        }
        if let Some((s, e)) = subject_after(text, f.end, &mut buf).filter(|&(s, e)| !named(s, e)) {
            out.push(Finding::new(PhiType::Name, s, e, SCORE));
        }
        let mut e = f.start;
        // "(Lucia 651 555 0159)", "Santiago ((507)929-3889)": the bracket
        // before the number
        if e > 0 && b[e - 1] == b'(' {
            e -= 1;
        }
        if e >= 2 && b[e - 1] == b' ' && matches!(b[e - 2], b',' | b':') {
            e -= 2;
        } else if e >= 1 && b[e - 1] == b' ' {
            e -= 1;
            // "Funmilayo ph 1-603-924-0264", "Bobby mob 0418 402 848": a
            // phone's word between, as a contact list writes it
            for w in [&b" ph"[..], b" ph:", b" tel", b" tel:", b" mob", b" mob:", b" cell", b" cell:"] {
                if b[..e].ends_with(w) {
                    e -= w.len();
                    break;
                }
            }
        } else {
            continue;
        }
        let Some(s) = name_before(text, e, &mut buf) else { continue };
        if named(s, e) {
            continue;
        }
        out.push(Finding::new(PhiType::Name, s, e, SCORE));
    }
}

/// Whom a call was about, after the caller's number in brackets, as a
/// call log writes it: "cb wife joanna (2196803203) re Kowalski: fell",
/// "call from niece Matilda (917-273-1540) re Ryan P: noisy breathing".
/// One to three capitalized words (the last may be an initial) between
/// ") re " and a colon, each a listed given name or surname, not in
/// capitals (not a topic, a drug or a test: "re Meds:", "re Lasix:", "re
/// INR:").
fn subject_after(text: &str, p: usize, buf: &mut String) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let s = p + b.get(p..)?.strip_prefix(b") re ").map(|_| 5)?;
    let mut k = s;
    let mut words = 0;
    let mut long = false;
    loop {
        let ws = k;
        let mut cs = text[k..].char_indices();
        let (_, c0) = cs.next()?;
        if !c0.is_uppercase() {
            return None;
        }
        let len = cs
            .take_while(|&(_, c)| c.is_alphabetic() || c == '-' || c == '\'')
            .last()
            .map_or(c0.len_utf8(), |(i, c)| i + c.len_utf8());
        k += len;
        words += 1;
        let w = &text[ws..k];
        if w.chars().count() >= 2 {
            long = true;
            fold_into(w, buf);
            let mut c = lexicon(buf).unwrap_or(0);
            // (a double-barrelled surname by its parts: "Rahman-Chowdhury")
            if c == 0 && w.contains('-') {
                let parts: Vec<String> = buf.split('-').map(str::to_string).collect();
                if parts.iter().all(|p| lexicon(p).is_some_and(|x| x & (C_FIRST | C_SUR) != 0)) {
                    c = C_SUR;
                }
            }
            // (a listed name, not in capitals: not "re INR:", "re Lasix:",
            // "re Rx:")
            if c & (C_FIRST | C_SUR) == 0 || w.chars().all(|c| !c.is_lowercase()) {
                return None;
            }
        }
        match b.get(k) {
            Some(b':') if long => return Some((s, k)),
            Some(b' ') if words < 3 => k += 1,
            _ => return None,
        }
    }
}

/// The start of the one or two words of a name ending at `e`.
fn name_before(text: &str, e: usize, buf: &mut String) -> Option<usize> {
    let last = word_before(text, e)?;
    let class = |w: &str, buf: &mut String| -> u16 {
        fold_into(w, buf);
        let mut c = lexicon(buf).unwrap_or(0);
        // a hyphenated given name by its first part ("Marie-Ève")
        if c == 0 {
            if let Some((head, _)) = w.split_once('-') {
                fold_into(head, buf);
                c = lexicon(buf).unwrap_or(0) & C_FIRST;
            }
        }
        c
    };
    let bad = |c: u16| c & (C_ENG | C_STOP) != 0;
    let lw = &text[last..e];
    let lc = class(lw, buf);
    if bad(lc) {
        return None;
    }
    let lower = !starts_upper(lw);
    // two words: a given name, then the other word
    if let Some(first) = word_before_space(text, last) {
        let fw = &text[first..last - 1];
        let fc = class(fw, buf);
        // (or any listed name that is no English word before a listed
        // surname: "Jun Liu")
        let given = fc & C_FIRST != 0 && !bad(fc) || fc & (C_FIRST | C_SUR) != 0 && fc & C_ENG == 0 && lc & C_SUR != 0;
        if given && starts_upper(fw) && !lower {
            return Some(first);
        }
    }
    // one word: a listed name (in lower case, a given name only)
    let ok = if lower { lc & C_FIRST != 0 } else { lc & (C_FIRST | C_SUR) != 0 };
    (ok && lw.chars().count() >= 3).then_some(last)
}

fn starts_upper(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && !cs.all(char::is_uppercase)
}

/// The word of letters (and inner '-' or '\'') ending at `e`, its start;
/// none when a letter, digit or '@' glues it to what comes before.
fn word_before(text: &str, e: usize) -> Option<usize> {
    let s = super::lexicon::word_start_before(text, e, true)?;
    let w = &text[s..e];
    if !w.chars().next().is_some_and(char::is_alphabetic) || !w.chars().last().is_some_and(char::is_alphabetic) {
        return None;
    }
    if s > 0 && (text.as_bytes()[s - 1].is_ascii_alphanumeric() || matches!(text.as_bytes()[s - 1], b'@' | b'.' | b'_' | b'/')) {
        return None;
    }
    Some(s)
}

/// The word before the one starting at `s`, one space between.
fn word_before_space(text: &str, s: usize) -> Option<usize> {
    (s >= 2 && text.as_bytes()[s - 1] == b' ').then(|| word_before(text, s - 1)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        crate::detect::structured::find(t, &mut out);
        let n = out.len();
        extend(t, &mut out);
        out[n..].iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_name_before_a_phone_number() {
        assert_eq!(names("Contact: neighbour Jamal 9377836165\n"), ["Jamal"]);
        assert_eq!(names("Witness: Jun Liu, 07983735252\n"), ["Jun Liu"]);
        assert_eq!(names("Band-Aid (Lucia 651 555 0159) | RTC"), ["Lucia"]);
        assert_eq!(names("alt granddaughter Marie-Ève 1-717-878-6836."), ["Marie-Ève"]);
        assert_eq!(names("daniel 18:27: noor 423 499 2671 - she said"), ["noor"]);
        // a contact list's lines: a colon or a phone's word between
        assert_eq!(names("  * Jamal tel (603)563-1917\n  * Miguel: +1 417 595 9638\n"), ["Jamal", "Miguel"]);
    }

    #[test]
    fn whom_a_call_was_about_after_the_callers_number() {
        assert_eq!(names("0045  cb wife joanna (2196803203) re Kowalski: fell, no injury"), ["Kowalski", "joanna"]);
        assert_eq!(names("call from niece Matilda (917-273-1540) re Ryan P: noisy breathing"), ["Ryan P", "Matilda"]);
        assert_eq!(names("2012  CG Piotr ((765) 784-1026) re Mercy G: noisy breathing"), ["Mercy G", "Piotr"]);
        // not a topic, a drug, a test, nor words that run on without a colon
        assert!(names("cb (2196803203) re Meds: refill; cb (2196803203) re Ryan about it").is_empty());
        assert!(names("cb (2196803203) re Lasix: dose; cb (2196803203) re INR: 3.1; cb (2196803203) re Ozempic: pen").is_empty());
    }

    #[test]
    fn not_a_place_a_service_or_a_word() {
        assert!(names("Pharmacy 555-123-4567 called").is_empty());
        assert!(names("Call Grace 555-123-4567").is_empty());
        assert!(names("call back at 555-123-4567").is_empty());
        assert!(names("Mobile: 555-123-4567").is_empty());
        assert!(names("will 555-123-4567").is_empty());
        assert!(names("Pharmacy: 555-201-3344\nMobile ph 555-201-3344\nClinic tel 555-201-3344").is_empty());
    }
}
