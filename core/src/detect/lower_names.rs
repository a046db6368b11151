//! Names written in lower case, as patients type them in portal messages
//! and chats ("From: karl-heinz adjei-brenner", "hi this is hector
//! bergstrom", "[08:25:26] yusuf al-harbi: only on the stairs"). The
//! capitalized-name scanner ([`super::names`]) skips lower-case words, so
//! this pass reads them only where something says a name follows:
//!
//! - a message header: "From: " at the start of a line, "message from ";
//! - a self-introduction: "this is ", "my name is ", "it's ";
//! - a relative after "for my": "calling for my mother, milena wang";
//! - a sign-off: the line after "thanks" or "thank you", when the whole
//!   line is the name;
//! - a guarantor: "guarantor maria delgado", "Guarantor: babatunde eze";
//! - a relative or companion, capitalized: "Son tomasz petrovic",
//!   "Escort: eleanor hollins", "Caregiver at home: jean-pierre gorringe",
//!   and a caregiver in lower case;
//! - a chat speaker: "[hh:mm:ss] " at the start of a line, the name ending
//!   at ": ".
//!
//! Then one to three lower-case words, none an English word, with name
//! particles between ("lucia lo bianco", "ahmad bin rashid"), and the
//! first a known given name (a hyphenated one by its first part) or, after
//! a header, a relative or as a chat speaker, any two such words. A text
//! costs one `memchr` pass over its '['s, one `memmem` pass ("From: ")
//! and one Aho-Corasick pass for the eleven phrases; relatives are found among the capitalized words
//! the name scanner has read.

use super::lexicon::{fold_into, lexicon, C_DOMINANT, C_FIRST};
use crate::types::{Finding, PhiType};

/// What introduced the words: how much the words themselves must prove.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    /// A header or a chat speaker: two unknown non-English words suffice.
    Strong,
    /// A relative, companion or guarantor: as [`Cue::Strong`], but two
    /// unknown words must each look like a name (three letters or more,
    /// with a vowel), since a family history may follow ("mother htn dm").
    /// Also a self-introduction by "my name is" or "it's".
    Kin,
    /// "for my": a relative's word follows, then the name as after
    /// [`Cue::Kin`] ("calling for my mother, milena wang").
    Relative,
    /// "doctor": one lower-case word that is no English word suffices
    /// ("seen by doctor mcallister").
    Title,
    /// "spelled": the letters spelled out one by one ("last name spelled
    /// m c n a m a r a").
    Spelled,
    /// "thanks", "thank you": the next line, when it is all name, as after
    /// [`Cue::Kin`] ("Thank you,\ndesmond pennock").
    SignOff,
}

const PARTICLES: &[&str] = &["bin", "bint", "al", "el", "lo", "la", "de", "del", "da", "di", "van", "von", "der", "le", "du", "dos", "abu", "ibn"];

/// The cues (each without its first letter, which may be either case),
/// the heads they may have, and their strength.
const CUE_LIST: [(&str, [&str; 2], Cue); 11] = [
    ("essage from", ["m", "M"], Cue::Strong),
    ("his is", ["t", "T"], Cue::Kin),
    ("uarantor", ["g", "G"], Cue::Kin),
    ("aregiver", ["c", "C"], Cue::Kin),
    ("ame is", ["n", "N"], Cue::Kin),
    ("octor", ["d", "D"], Cue::Title),
    ("pelled", ["s", "S"], Cue::Spelled),
    ("t's", ["i", "I"], Cue::Kin),
    ("or my", ["f", "F"], Cue::Relative),
    ("hank you", ["t", "T"], Cue::SignOff),
    ("hanks", ["t", "T"], Cue::SignOff),
];

/// All the cues, searched for in one pass (seven `memmem` passes cost
/// 2% of all detection, this one a third of that).
static CUES: once_cell::sync::Lazy<aho_corasick::AhoCorasick> = once_cell::sync::Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(CUE_LIST.iter().map(|c| c.0))
        .expect("cue automaton")
});

/// Relatives and companions, capitalized as they start a sentence or a
/// field ("Son tomasz petrovic", "Escort: eleanor hollins"): marked in the
/// lexicon (`L_KIN`), so the name scanner, which classifies every
/// capitalized word anyway, finds them at no cost and asks
/// [`after_relative`]. (In lower case, "son" and "other" start so many
/// words that searching for them cost 4-8% of all detection; a loop over
/// the capitalized words comparing each with this list, 3-4%.)
pub(crate) const KIN: &[&str] = &[
    "son", "daughter", "wife", "husband", "mother", "father", "grandson", "granddaughter", "niece", "nephew",
    "brother", "sister", "partner", "spouse", "escort",
];

static FROM: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("From: "));

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = String::new();
    // headers and chat speakers, at the start of a line
    let at_line_start = |p: usize| p == 0 || b[p - 1] == b'\n';
    for p in FROM.find_iter(b) {
        if at_line_start(p) {
            if let Some(f) = words_at(text, p + 6, Cue::Strong, false, &mut buf) {
                out.push(f);
            }
        }
    }
    for p in memchr::memchr_iter(b'[', b) {
        let rest = &b[p..];
        let Some(n) = super::names::chat_stamp(rest).filter(|&n| at_line_start(p) && rest.len() > n + 1 && rest[n] == b' ') else {
            continue;
        };
        if let Some(f) = words_at(text, p + n + 1, Cue::Strong, true, &mut buf).or_else(|| username_at(text, p + n + 1, &mut buf)) {
            out.push(f);
        }
    }
    for m in CUES.find_iter(b) {
        let (_, heads, cue) = CUE_LIST[m.pattern().as_usize()];
        let p = m.start();
        // the cue's head before it, at a word's start
        if p == 0 || !heads.iter().any(|h| b[p - 1] == h.as_bytes()[0]) || (p >= 2 && b[p - 2].is_ascii_alphanumeric()) {
            continue;
        }
        let e = m.end();
        let f = match cue {
            Cue::Relative => relative_word_end(b, e).and_then(|e| after_cue(text, e, Cue::Kin, &mut buf)),
            Cue::SignOff => next_line(b, e).and_then(|s| words_at(text, s, Cue::SignOff, false, &mut buf)),
            Cue::Spelled => spelled_at(b, e),
            _ => after_cue(text, e, cue, &mut buf),
        };
        if let Some(f) = f {
            out.push(f);
        }
    }
}

/// A chat speaker's user name at `i`, then ": " ("abankston6: ",
/// "thanhpha: "): five to twenty lower-case letters, digits, '.' or '_',
/// starting with a letter, and not an English word ("nurse: ").
fn username_at(text: &str, i: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    let mut e = i;
    while e < b.len() && e - i <= 20 && (b[e].is_ascii_lowercase() || b[e].is_ascii_digit() || matches!(b[e], b'.' | b'_')) {
        e += 1;
    }
    if !(5..=20).contains(&(e - i)) || !b[i].is_ascii_lowercase() || b.get(e) != Some(&b':') || b.get(e + 1) != Some(&b' ') {
        return None;
    }
    let letters = text[i..e].trim_end_matches(|c: char| c.is_ascii_digit());
    fold_into(letters, buf);
    if super::lexicon::is_english(buf) || letters.contains(|c: char| !c.is_ascii_lowercase()) {
        return None;
    }
    Some(Finding::new(PhiType::Name, i, e, 0.7))
}

/// After "spelled" ending at `e`: three or more single letters, each
/// after one space ("spelled m c n a m a r a").
fn spelled_at(b: &[u8], e: usize) -> Option<Finding> {
    let mut q = e;
    let mut n = 0;
    while q + 1 < b.len() && b[q] == b' ' && b[q + 1].is_ascii_alphabetic() && !b.get(q + 2).is_some_and(u8::is_ascii_alphanumeric) {
        q += 2;
        n += 1;
    }
    (n >= 3).then(|| Finding::new(PhiType::Name, e + 1, q, 0.8))
}

/// After "for my" ending at `e`: the end of the relative's word that
/// follows ("for my mother"), if one does.
fn relative_word_end(b: &[u8], e: usize) -> Option<usize> {
    if b.get(e) != Some(&b' ') {
        return None;
    }
    let s = e + 1;
    let mut q = s;
    while q < b.len() && q - s < 14 && b[q].is_ascii_lowercase() {
        q += 1;
    }
    let w = std::str::from_utf8(&b[s..q]).ok()?;
    KIN.contains(&w).then_some(q)
}

/// After "thanks" or "thank you" ending at `e`, and nothing on the line
/// but ',', '.' or '!': where the next line starts.
fn next_line(b: &[u8], mut e: usize) -> Option<usize> {
    while e < b.len() && matches!(b[e], b',' | b'.' | b'!' | b' ' | b'\r') {
        e += 1;
    }
    (b.get(e) == Some(&b'\n')).then_some(e + 1)
}

/// The name after a relative's word (`KIN`, capitalized) ending at `end`.
pub(crate) fn after_relative(text: &str, end: usize, out: &mut Vec<Finding>) {
    if let Some(f) = after_cue(text, end, Cue::Kin, &mut String::new()) {
        out.push(f);
    }
}

/// The name after a cue ending at `e`: then " ", ": " or ", " ("Caregiver
/// at home: " too), then a lower-case letter.
fn after_cue(text: &str, mut e: usize, cue: Cue, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    if b[e..].starts_with(b" at home") {
        e += 8;
    }
    if matches!(b.get(e), Some(b':' | b',')) {
        e += 1;
    }
    if b.get(e) != Some(&b' ') || !b.get(e + 1).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    words_at(text, e + 1, cue, false, buf)
}

/// The name at `i`, if the words there make one (see the module's
/// documentation); `speaker`: it must end at ": ".
fn words_at(text: &str, i: usize, cue: Cue, speaker: bool, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    if i >= b.len() || !b[i].is_ascii_lowercase() {
        return None;
    }
    // up to four words: where each starts and ends, whether it is a
    // particle, whether an English word (a name-dominant one is not)
    let mut words: Vec<(usize, usize, bool, bool)> = Vec::with_capacity(4);
    let mut j = i;
    while words.len() < 4 {
        let s = j;
        while j < b.len() && (b[j].is_ascii_lowercase() || b[j] >= 0x80 || (matches!(b[j], b'-' | b'\'') && j > s)) {
            j += 1;
        }
        let Some(w) = text.get(s..j).filter(|w| !w.is_empty()) else { break };
        fold_into(w, buf);
        let english = super::lexicon::is_english(buf) && lexicon(buf).is_none_or(|c| c & C_DOMINANT == 0);
        words.push((s, j, PARTICLES.contains(&w), english));
        if j + 1 < b.len() && b[j] == b' ' && b[j + 1].is_ascii_lowercase() {
            j += 1;
        } else {
            break;
        }
    }
    // the longest run of words that makes a name
    for n in (1..=words.len().min(3)).rev() {
        let end = words[n - 1].1;
        if speaker && !(end + 1 < b.len() && b[end] == b':' && b[end + 1] == b' ') {
            continue;
        }
        if cue == Cue::SignOff && !(end == b.len() || matches!(b[end], b'\n' | b'\r')) {
            continue;
        }
        if !speaker && end < b.len() && b[end] == b':' {
            // "son: ..." is a label, not a name
            continue;
        }
        let words = &words[..n];
        if words[0].2 || words[n - 1].2 || words.iter().any(|&(_, _, particle, english)| !particle && english) {
            continue;
        }
        let (s0, e0, _, _) = words[0];
        let head = text[s0..e0].split('-').next().unwrap_or("");
        fold_into(head, buf);
        let given = lexicon(buf).is_some_and(|c| c & (C_FIRST | C_DOMINANT) != 0);
        let name_like = |&(s, e, particle, _): &(usize, usize, bool, bool)| {
            particle || (e - s >= 3 && text[s..e].bytes().any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') || c >= 0x80))
        };
        let ok = match cue {
            Cue::Strong => n >= 2 || given,
            Cue::Kin | Cue::SignOff | Cue::Relative => (n >= 2 && words.iter().all(name_like)) || given,
            // "doctor appt": an abbreviation is short
            Cue::Title => given || words.iter().all(|w| name_like(w) && (w.2 || w.1 - w.0 >= 5)),
            Cue::Spelled => false,
        };
        if ok {
            return Some(Finding::new(PhiType::Name, i, end, if n >= 2 { 0.8 } else { 0.7 }));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        for w in super::super::names::tokenize(t) {
            let k = t[w.start..w.end].to_ascii_lowercase();
            if KIN.contains(&k.as_str()) {
                after_relative(t, w.end, &mut out);
            }
        }
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn after_a_header_an_introduction_or_a_guarantor() {
        assert_eq!(names("ID 234437739\nFrom: karl-heinz adjei-brenner\nTo: Kestrel"), ["karl-heinz adjei-brenner"]);
        assert_eq!(names("--- Message from yannick rousseau (11/10/25) ---"), ["yannick rousseau"]);
        assert_eq!(names("hi, this is ahmad bin rashid, i'm calling"), ["ahmad bin rashid"]);
        assert_eq!(names("hi this is hector bergstrom writing for my mother"), ["hector bergstrom"]);
        assert_eq!(names("[08:25:26] yusuf al-harbi: only on the stairs"), ["yusuf al-harbi"]);
        assert_eq!(names("guarantor maria delgado signed"), ["maria delgado"]);
        assert_eq!(names("(patient: Nyhus, Kirsten; guarantor: sunita nyhus)"), ["sunita nyhus"]);
    }

    #[test]
    fn after_a_relative_or_companion() {
        assert_eq!(names("Son tomasz petrovic (3155550158) is the main support"), ["tomasz petrovic"]);
        assert_eq!(names("Caregiver at home: jean-pierre gorringe (grandson)"), ["jean-pierre gorringe"]);
        assert_eq!(names("Escort: eleanor hollins (aide), cell"), ["eleanor hollins"]);
        assert_eq!(names("Daughter sarah-jane rousseau is HCP"), ["sarah-jane rousseau"]);
        assert_eq!(names("[system] caregiver chukwuemeka okafor joined as guest"), ["chukwuemeka okafor"]);
    }

    #[test]
    fn introductions_relatives_and_sign_offs() {
        assert_eq!(names("hi dr Traore\nMy name is hanan al-najjar. I help my father"), ["hanan al-najjar"]);
        assert_eq!(names("CALLER: yeah hi, it's anne-sophie moreau-kaplan, i'm calling"), ["anne-sophie moreau-kaplan"]);
        assert_eq!(names("i'm calling for my mother, milena wang, about results"), ["milena wang"]);
        assert_eq!(names("dizzy when i stand up.\nThank you,\ndesmond pennock\n\n--- Reply"), ["desmond pennock"]);
        assert_eq!(names("serial d3w476026.\nthanks\neirik nyhus"), ["eirik nyhus"]);
    }

    #[test]
    fn dictation_and_chat_user_names() {
        assert_eq!(names("okay this is doctor dorvil dictating an evaluation"), ["dorvil"]);
        assert_eq!(names("the patient's name is maeve mcnamara last name spelled m c n a m a r a period"), ["maeve mcnamara", "m c n a m a r a"]);
        assert_eq!(names("[12:32] robinsone: which one? we have two\n[12:59] smcnamara4: k."), ["robinsone", "smcnamara4"]);
        assert_eq!(names("[09:59] Siobhan: fine\n[10:02] nurse: ok"), Vec::<&str>::new());
        assert!(names("call your doctor right away; doctor appt friday").is_empty());
        assert!(names("spelled it out").is_empty());
    }

    #[test]
    fn not_a_name_after_those_cues() {
        assert!(names("it's getting worse and it's painful").is_empty());
        assert!(names("my name is on the form").is_empty());
        assert!(names("calling for my mother, she has questions").is_empty());
        assert!(names("for my otherwise healthy son").is_empty());
        // the line after a thanks is not all name
        assert!(names("Thank you,\nsarah jones will call back").is_empty());
        assert!(names("thanks for your help\nmaria delgado").is_empty());
    }

    #[test]
    fn not_after_a_relative_when_words_follow() {
        assert!(names("her son is doing well and her daughter lives nearby").is_empty());
        assert!(names("mother has diabetes; father: deceased").is_empty());
        assert!(names("brother in law drove her").is_empty());
        assert!(names("wife, son and daughter at bedside").is_empty());
        assert!(names("Partner: none").is_empty());
        assert!(names("mother htn dm, father cad").is_empty());
    }

    #[test]
    fn not_after_a_cue_or_not_a_name() {
        // English words after the cues
        assert!(names("this is not a problem, its going well").is_empty());
        assert!(names("my mother has diabetes and my son is fine").is_empty());
        assert!(names("[08:25:26] nurse: take two").is_empty());
        // a bracket that is no time stamp
        assert!(names("[ab:cd:ef] yusuf al-harbi: only on the stairs").is_empty());
        assert!(names("From: the front desk").is_empty());
        // no cue
        assert!(names("seen with maria delgado today").is_empty());
        // a label
        assert!(names("son: see chart").is_empty());
    }
}
