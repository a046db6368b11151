//! A patient named by the bed they lie in: "also yves in room 381 dob
//! 30/11/1940", "hey so bed 1 is marcia mckenzie 60yo", "MSG: Sánchez Rm
//! 312 K 5.9", "pt in room 14 morales (mrn 62013458)", "PY71 GZV /
//! steinar halvorsen / Rm 170A". Handoffs, pages and ward chats name a
//! patient by the bed and the bed by a number; the number after a bed's
//! word ("room", "rm", "bed", "bay", "cubicle") says the words next to it,
//! in one of these four shapes, are a person's:
//!
//! - before " in " and the bed ("yves in room 381"; one capitalized
//!   word only after "also", "pt", "patient" or a title);
//! - after the bed and " is ", before an age, a comma or a full stop ("bed
//!   1 is marcia mckenzie 60yo");
//! - after "MSG:" or between slashes, right before the bed ("MSG: Sánchez
//!   Rm 312", "/ steinar halvorsen / Rm 170A");
//! - right after the bed, before "(mrn" ("room 14 morales (mrn").
//!
//! The words: one to three, letters (an apostrophe or a hyphen inside), an
//! initial among them, a comma after the first where capitals write
//! "LIU, JIA HUI"; one a given or a family name the lists know, the
//! others too or (in the last three shapes) words no list knows; no
//! stop-listed word, no English word unless more often a name's, no
//! capitals of two letters ("pt in bed 3", "also mum in room 4", "nstemi
//! in bed 3", "MSG: RRT Rm 12", "bed 5 is MRSA" are none); in the last
//! three shapes an English word's inflection counts as none ("morales").
//! Score 0.75. Cost: a `memchr` pass over the spaces, and a look at the
//! word before each space a digit follows.

use super::lexicon::{ends_with_word, fold_into, is_english, lexicon, C_DOMINANT, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.75;

/// A bed's words, lower case.
const BEDS: &[&[u8]] = &[b"room", b"rm", b"bed", b"bay", b"cubicle"];

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = String::new();
    // (each space before a digit, after a bed's word)
    let hits = memchr::memchr_iter(b' ', b).filter(|&p| b.get(p + 1).is_some_and(u8::is_ascii_digit)).filter_map(|p| {
        let s = b[..p].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
        BEDS.iter().any(|w| b[s..p].eq_ignore_ascii_case(w)).then_some((s, p + 1))
    });
    for (s, e) in hits {
        if s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] >= 0x80) {
            continue;
        }
        // the bed's number: digits, a letter or a hyphen and a letter
        // after them ("223-B", "307B")
        let mut q = e;
        while q < b.len() && b[q].is_ascii_digit() && q - e < 5 {
            q += 1;
        }
        if q == e {
            continue;
        }
        if b.get(q) == Some(&b'-') && b.get(q + 1).is_some_and(u8::is_ascii_alphabetic) && !b.get(q + 2).is_some_and(u8::is_ascii_alphanumeric) {
            q += 2;
        } else if b.get(q).is_some_and(u8::is_ascii_uppercase) && !b.get(q + 1).is_some_and(u8::is_ascii_alphanumeric) {
            q += 1;
        }
        if b.get(q).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/' || *c == b':') {
            continue;
        }
        let mut push = |span: Option<(usize, usize)>| {
            if let Some((ns, ne)) = span {
                if !out.iter().any(|f| f.kind == PhiType::Name && f.start <= ns && ne <= f.end && f.score >= SCORE) {
                    out.push(Finding::new(PhiType::Name, ns, ne, SCORE));
                }
            }
        };
        // "yves in room 381"
        if b[..s].ends_with(b" in ") {
            // (a capitalized word alone only after "also", "pt", a title:
            // a brand, a machine, a team stands there as often, "Dyson in
            // room 4", "Porter in room 6")
            let alone = |ns: usize| !text[ns..s - 4].contains(' ') && text[ns..].starts_with(char::is_uppercase);
            push(words_before(text, s - 4, false, &mut buf).filter(|&(ns, _)| cue_before_ok(b, ns) && (!alone(ns) || cued(b, ns))));
        }
        // "MSG: Sánchez Rm 312", "/ steinar halvorsen / Rm 170A"
        if s >= 1 && b[s - 1] == b' ' {
            let end = if b[..s].ends_with(b" / ") { s - 3 } else { s - 1 };
            if let Some((ns, ne)) = words_before(text, end, true, &mut buf) {
                let head = b[..ns].trim_ascii_end();
                let msg = head.len() >= 4 && head[head.len() - 4..].eq_ignore_ascii_case(b"msg:");
                if msg || head.ends_with(b"/") && end == s - 3 {
                    push(Some((ns, ne)));
                }
            }
        }
        // "bed 1 is marcia mckenzie 60yo"
        if b[q..].starts_with(b" is ") {
            if let Some((ns, ne)) = words_after(text, q + 4, false, &mut buf) {
                let r = &b[ne..];
                let aged = r.first() == Some(&b' ') && r.get(1).is_some_and(u8::is_ascii_digit);
                if aged || matches!(r.first(), Some(b',' | b'.' | b'\n') | None) {
                    push(Some((ns, ne)));
                }
            }
        }
        // "room 14 morales (mrn 62013458)"
        if b.get(q) == Some(&b' ') {
            if let Some((ns, ne)) = words_after(text, q + 1, true, &mut buf) {
                let r = &b[ne..];
                if r.len() >= 5 && r[..5].eq_ignore_ascii_case(b" (mrn") {
                    push(Some((ns, ne)));
                }
            }
        }
    }
}

/// Whether what stands before a name read before " in " and a bed lets
/// it be one: a line's start, punctuation, or a word that is no article
/// or number ("also yves in room 381", not "the man in bed 2", "at 4:30
/// pm in bed 2").
fn cue_before_ok(b: &[u8], ns: usize) -> bool {
    let head = &b[..ns];
    let Some(head) = head.strip_suffix(b" ") else { return true };
    // (not after a number: "Seen at 12:45 pm in Rm 442A")
    if head.last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    !ends_with_word(head, &[b"the", b"a", b"an", b"of", b"to", b"my", b"his", b"her", b"their", b"our", b"your", b"that", b"this"])
}

/// Whether "also", "pt", "patient" or a title stands right before `ns`.
fn cued(b: &[u8], ns: usize) -> bool {
    let Some(head) = b[..ns].strip_suffix(b" ") else { return false };
    let head = head.strip_suffix(b".").unwrap_or(head);
    ends_with_word(head, &[b"also", b"pt", b"patient", b"mr", b"mrs", b"ms", b"miss", b"mx"])
}

/// Whether the word `w` can be a name's here: a word the lists know as
/// a given or a family name (a hyphenated one by its parts), no
/// stop-listed word, and no English word unless more often a name's;
/// capitals of three letters or more; a capital alone as an initial.
/// `strong` (where the cue is): an inflection of an English word counts
/// as none ("morales (mrn").
fn name_word(w: &str, strong: bool, buf: &mut String) -> bool {
    name_class(w, strong, buf) != 0
}

/// [`name_word`]'s reading: 0 none, 1 an initial or (`strong`) a word no
/// list knows and no English word, 2 a name the lists know.
fn name_class(w: &str, strong: bool, buf: &mut String) -> u8 {
    let n = w.chars().count();
    if n == 1 {
        return u8::from(w.starts_with(char::is_uppercase));
    }
    if n < 3 && w.chars().all(|c| !c.is_lowercase()) {
        return 0;
    }
    fold_into(w, buf);
    let class = lexicon(buf).unwrap_or_else(|| buf.split('-').map(|p| lexicon(p).unwrap_or(0) & (C_FIRST | C_SUR)).fold(0, |a, c| a | c));
    let english = if strong { super::lexicon::is_english_base(buf) } else { is_english(buf) };
    if class & C_STOP != 0 || english && class & C_DOMINANT == 0 {
        return 0;
    }
    if class & (C_FIRST | C_SUR) != 0 {
        2
    } else {
        u8::from(strong && class == 0)
    }
}

/// Whether the words of `s..e` are a name: each [`name_word`] and one a
/// name the lists know.
fn known_name(text: &str, s: usize, e: usize, strong: bool, buf: &mut String) -> bool {
    text[s..e].split(|c: char| c == ' ' || c == ',').filter(|w| !w.is_empty()).any(|w| name_class(w, strong, buf) == 2)
}

/// One to three name words ending at `e` (a comma after the first
/// allowed: "LIU, JIA HUI").
fn words_before(text: &str, e: usize, capitalized_names: bool, buf: &mut String) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut ns = None;
    let mut k = e;
    for _ in 0..3 {
        let Some(ws) = super::lexicon::word_start_before(text, k, true) else { break };
        let w = &text[ws..k];
        if !w.starts_with(char::is_alphabetic) || !w.ends_with(char::is_alphabetic) || !name_word(w, capitalized_names, buf) {
            break;
        }
        ns = Some(ws);
        if ws >= 2 && b[ws - 1] == b' ' && (b[ws - 2].is_ascii_alphabetic() || b[ws - 2] >= 0x80) {
            k = ws - 1;
        } else if ws >= 3 && b[ws - 1] == b' ' && b[ws - 2] == b',' {
            k = ws - 2;
        } else {
            break;
        }
    }
    let ns = ns?;
    known_name(text, ns, e, capitalized_names, buf).then_some((ns, e))
}

/// One to three name words starting at `s`.
fn words_after(text: &str, s: usize, capitalized_names: bool, buf: &mut String) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut k = s;
    let mut ne = None;
    for _ in 0..3 {
        let e = super::lexicon::word_end_after(text, k);
        if e == k || !name_word(&text[k..e], capitalized_names, buf) {
            break;
        }
        ne = Some(e);
        if b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80) {
            k = e + 1;
        } else {
            break;
        }
    }
    let ne = ne?;
    known_name(text, s, ne, capitalized_names, buf).then_some((s, ne))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        let mut out: Vec<&Finding> = out.iter().collect();
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_patient_by_the_bed() {
        assert_eq!(names("stanley 18:46: also yves in room 381 dob 30/11/1940"), ["yves"]);
        assert_eq!(names("1315 luc: hey so bed 1 is marcia mckenzie 60yo came up"), ["marcia mckenzie"]);
        assert_eq!(names("   MSG: Sánchez Rm 312 K 5.9, ekg done"), ["Sánchez"]);
        assert_eq!(names("   MSG: LIU, JIA HUI cubicle 16 fell"), ["LIU, JIA HUI"]);
        assert_eq!(names("   MSG: HAMILTON C Rm 428-A family"), ["HAMILTON C"]);
        assert_eq!(names("[1715] pt in room 14 morales (mrn 62013458) k 6.1"), ["morales"]);
        assert_eq!(names("- PY71 GZV / steinar halvorsen / Rm 170A / dialysis pt"), ["steinar halvorsen"]);
    }

    #[test]
    fn not_a_word_an_article_or_another_number() {
        assert!(names("pt in bed 3 since noon; mum in room 4. the man in bed 2").is_empty());
        assert!(names("Seen at 12:45 pm in Rm 442A. Seen at 4:30 pm in bed 2.").is_empty());
        assert!(names("bed 1 is empty, bed 2 is clean.\nMSG: call rm 4").is_empty());
        assert!(names("also Smith in room 3rd floor; Jones in bed 4/5").is_empty());
        assert!(names("seen in rm 12 today (mrn 1234)").is_empty());
        assert!(names("Dyson in room 4 is broken\nFacilities: Otis in room 3").is_empty());
        assert_eq!(names("also Priya in bed 12; Mr. Okafor in rm 3"), ["Priya", "Okafor"]);
        assert!(names("heads up new nstemi in bed 3\nIsolation: MRSA in room 12\nbed 3 is copd 70yo\nMSG: RRT Rm 12 now\nMSG: Fall Rm 17\nICU / MICU / Bed 4\nbed 4 dka (mrn 5512341)\nAlaris in bed 3 alarming").is_empty());
    }
}
