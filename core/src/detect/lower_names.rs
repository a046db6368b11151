//! Names written in lower case, as patients type them in portal messages
//! and chats ("From: karl-heinz adjei-brenner", "hi this is hector
//! bergstrom", "[08:25:26] yusuf al-harbi: only on the stairs"). The
//! capitalized-name scanner ([`super::names`]) skips lower-case words, so
//! this pass reads them only where something says a name follows:
//!
//! - a message header: "From: " at the start of a line, "message from ";
//! - a self-introduction: "this is ";
//! - a guarantor: "guarantor maria delgado";
//! - a chat speaker: "[hh:mm:ss] " at the start of a line, the name ending
//!   at ": ".
//!
//! Then one to three lower-case words, none an English word, with name
//! particles between ("lucia lo bianco", "ahmad bin rashid"), and the
//! first a known given name (a hyphenated one by its first part) or, after
//! a header or as a chat speaker, any two such words. A text costs one
//! `memchr` pass over its '['s and four `memmem` passes ("From: " and
//! the three phrases).

use super::lexicon::{fold_into, lexicon, C_DOMINANT, C_FIRST};
use crate::types::{Finding, PhiType};

/// What introduced the words: how much the words themselves must prove.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    /// A header or a chat speaker: two unknown non-English words suffice.
    Strong,
    /// A self-introduction or a guarantor: the first word is a given name.
    Weak,
}

const PARTICLES: &[&str] = &["bin", "bint", "al", "el", "lo", "la", "de", "del", "da", "di", "van", "von", "der", "le", "du", "dos", "abu", "ibn"];

/// A cue's finder, the heads it may have, and its strength.
type Cues = Vec<(memchr::memmem::Finder<'static>, &'static [&'static str], Cue)>;

/// Searched for as they are written (the first letter of a cue may be
/// either case, so it is left out): a few passes of `memmem` over the
/// text. With what must come before the match, and how strong a cue.
static CUES: once_cell::sync::Lazy<Cues> =
    once_cell::sync::Lazy::new(|| {
        vec![
            (memchr::memmem::Finder::new("essage from "), &["m", "M"][..], Cue::Strong),
            (memchr::memmem::Finder::new("his is "), &["t", "T"][..], Cue::Weak),
            (memchr::memmem::Finder::new("uarantor "), &["g", "G"][..], Cue::Weak),
        ]
    });

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
        if at_line_start(p) && rest.len() > 11 && rest[9] == b']' && rest[10] == b' ' && rest[3] == b':' && rest[6] == b':' {
            if let Some(f) = words_at(text, p + 11, Cue::Strong, true, &mut buf) {
                out.push(f);
            }
        }
    }
    for (finder, heads, cue) in CUES.iter() {
        for p in finder.find_iter(b) {
            let e = p + finder.needle().len();
            // a lower-case letter after the cue, the cue's head before it,
            // at a word's start
            if !b.get(e).is_some_and(u8::is_ascii_lowercase) {
                continue;
            }
            let Some(h) = heads.iter().find(|h| p >= h.len() && b[p - h.len()..p] == *h.as_bytes()) else { continue };
            let s = p - h.len();
            if s > 0 && b[s - 1].is_ascii_alphanumeric() {
                continue;
            }
            if let Some(f) = words_at(text, e, *cue, false, &mut buf) {
                out.push(f);
            }
        }
    }
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
        let ok = match cue {
            Cue::Strong => n >= 2 || given,
            Cue::Weak => given,
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
    }

    #[test]
    fn not_after_a_cue_or_not_a_name() {
        // English words after the cues
        assert!(names("this is not a problem, its going well").is_empty());
        assert!(names("my mother has diabetes and my son is fine").is_empty());
        assert!(names("[08:25:26] nurse: take two").is_empty());
        assert!(names("From: the front desk").is_empty());
        // no cue
        assert!(names("seen with maria delgado today").is_empty());
        // a label
        assert!(names("son: see chart").is_empty());
    }
}
