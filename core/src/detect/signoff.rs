//! A note's sign-off on a line of its own after a dash, in either case:
//!
//! ```text
//! -- a. wiśniewska        -kk            -- cq, CPN
//! --mb & ls               - JJ  4:15PM   - Harper 13/08/2022
//! ```
//!
//! The writer's initials (two or three letters, or dotted: "n.a."), an
//! initial and a family name ("p. lamb"), a given name and an initial
//! ("grant y"), or a known given name alone ("- Tyler"). A dash also opens
//! a list's items ("- BP stable", "- Tylenol"), so the line must stand
//! alone: the lines around it do not open with a dash, and what follows
//! the signature is a credential ("-- cq, CPN", "--MS RN 09/06/2023"), a
//! second signer ("--mb & ls"), a time or a date ("- JJ  4:15PM"), or
//! nothing, the note's last line or one before a blank line. English and
//! stop words ("- ok", "-- end", "- no") are none, and nor in capitals is
//! a note's end or a reading ("-- END", "- NAD").
//!
//! Cost: one `memchr` pass over line ends; a line is looked at when it
//! opens with a dash.

use super::interrupt::every_items;
use super::lexicon::{fold_into, is_english, lexicon, C_ENG, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.7;

/// Capitals that end a note or state a finding, never a signature.
const NOT_SIGNED: &[&str] = &["END", "EOF", "EOM", "FAX", "MSG", "TBD", "NAD", "NIL", "WNL", "PRN", "NPO", "DNR", "DNI", "AMA", "NKA", "NKDA", "SOB", "BP", "HR", "RR", "ECG", "EKG"];

#[inline(never)] // a stable symbol for profilers
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|k| k + 1));
    // (whether the last line that held anything opened with a dash)
    let mut prev_dash = None;
    let mut buf = String::new();
    for (i, ls) in starts.enumerate() {
        every_items(i);
        let blank = b[ls..].iter().take_while(|&&c| c != b'\n').all(u8::is_ascii_whitespace);
        if blank {
            continue;
        }
        let dash = b[ls] == b'-';
        let was = prev_dash.replace(dash);
        // (not the text's first line, nor a list's item)
        if !dash || was != Some(false) {
            continue;
        }
        let le = memchr::memchr(b'\n', &b[ls..]).map_or(b.len(), |k| ls + k);
        let next = b.get(le + 1..).unwrap_or(&[]);
        let last = next.iter().take_while(|&&c| c != b'\n').all(u8::is_ascii_whitespace);
        let after = next.iter().position(|c| !c.is_ascii_whitespace()).map(|k| next[k]);
        if after == Some(b'-') {
            continue;
        }
        let line = &text[ls..le];
        let line = line.strip_suffix('\r').unwrap_or(line);
        signed(text, ls, line, last, &mut buf, out);
    }
}

/// The signature on the dash line `line` starting at `ls` (`last`: the
/// text ends after it or a blank line follows).
fn signed(text: &str, ls: usize, line: &str, last: bool, buf: &mut String, out: &mut Vec<Finding>) {
    let l = line.as_bytes();
    let mut p = 1;
    if l.get(p) == Some(&b'-') {
        p += 1;
    }
    if l.get(p) == Some(&b' ') {
        p += 1;
    }
    let Some(e) = signature(line, p, buf) else { return };
    let rest = &line[e..];
    let ok = match rest.as_bytes() {
        [] => last,
        [b',', b' ', ..] => credential_ends(text, ls + e + 2),
        [b' ', b'&', b' ', ..] => {
            let s2 = e + 3;
            let n = initials_len(&l[s2..]);
            if n > 0 && s2 + n == l.len() {
                out.push(Finding::new(PhiType::Name, ls + s2, ls + s2 + n, SCORE));
                true
            } else {
                false
            }
        }
        [b' ', ..] => {
            let k = rest.len() - rest.trim_start().len();
            credential_ends(text, ls + e + k) || stamp(rest.trim())
        }
        _ => false,
    };
    if ok {
        out.push(Finding::new(PhiType::Name, ls + p, ls + e, SCORE));
    }
}

/// The signature at `p` in `line`: its end.
fn signature(line: &str, p: usize, buf: &mut String) -> Option<usize> {
    let l = line.as_bytes();
    // dotted initials: "n.a.", "M.W."
    let mut q = p;
    while q + 1 < l.len() && l[q].is_ascii_alphabetic() && l[q + 1] == b'.' && q - p < 6 {
        q += 2;
    }
    if q - p >= 4 && !l.get(q).is_some_and(u8::is_ascii_alphanumeric) {
        return Some(q);
    }
    let w1 = word_end(l, p);
    if w1 == p {
        return None;
    }
    let word = &line[p..w1];
    // an initial, a period and a family name: "a. wiśniewska", "p. lamb"
    if w1 - p == 1 && l[p].is_ascii_alphabetic() && l.get(w1) == Some(&b'.') && l.get(w1 + 1) == Some(&b' ') {
        let s2 = w1 + 2;
        let e2 = word_end(l, s2);
        let name = &line[s2..e2];
        return (e2 - s2 >= 2 && family_name(name, buf)).then_some(e2);
    }
    let n = word.chars().count();
    if (2..=3).contains(&n) && word.bytes().all(|c| c.is_ascii_alphabetic()) {
        let upper = word.bytes().all(|c| c.is_ascii_uppercase());
        let lower = word.bytes().all(|c| c.is_ascii_lowercase());
        if upper {
            return (!NOT_SIGNED.contains(&word)).then_some(w1);
        }
        if lower && !plain_word(word, buf) {
            return Some(w1);
        }
        if !lower {
            return None;
        }
    }
    // a given name and an initial: "grant y"
    if n >= 3 && l.get(w1) == Some(&b' ') && l.get(w1 + 1).is_some_and(u8::is_ascii_lowercase) && word_end(l, w1 + 1) == w1 + 2 {
        fold_into(word, buf);
        let given = lexicon(buf).is_some_and(|e| e & C_FIRST != 0 && e & C_STOP == 0);
        return given.then_some(w1 + 2);
    }
    // a known given name alone: "- Tyler", "- Harper 13/08/2022"
    if n >= 3 && l[p].is_ascii_uppercase() && word[1..].bytes().all(|c| c.is_ascii_lowercase()) {
        fold_into(word, buf);
        let given = lexicon(buf).is_some_and(|e| e & C_FIRST != 0 && e & (C_STOP | C_ENG) == 0);
        return given.then_some(w1);
    }
    None
}

/// The end of a word of letters (non-ASCII bytes too, a hyphen or an
/// apostrophe inside) at `p`.
fn word_end(l: &[u8], p: usize) -> usize {
    let mut q = p;
    while q < l.len() && (l[q].is_ascii_alphabetic() || l[q] >= 0x80 || (q > p && matches!(l[q], b'-' | b'\'') && l.get(q + 1).is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80))) {
        q += 1;
    }
    q
}

/// Two or three letters, either case, ending the slice's word.
fn initials_len(l: &[u8]) -> usize {
    let n = l.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if (2..=3).contains(&n) && !l.get(n).is_some_and(u8::is_ascii_alphanumeric) {
        n
    } else {
        0
    }
}

/// A family name after an initial: a listed given or family name, or a
/// word in no list at all; not an English or a stop word alone.
fn family_name(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    match lexicon(buf) {
        Some(e) => e & (C_FIRST | C_SUR) != 0 && e & C_STOP == 0,
        None => !is_english(buf),
    }
}

/// Lower-case letters that spell an English or a stop word ("ok", "no",
/// "end", "see").
fn plain_word(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    is_english(buf) || lexicon(buf).is_some_and(|e| e & (C_STOP | C_ENG) != 0) || matches!(&buf[..], "na" | "nil" | "nad" | "eof" | "eom" | "tbd" | "prn")
}

/// A credential at `k` ending the line, or before a stamp ("RN", "RPh",
/// "RN 09/06/2023 09:40").
fn credential_ends(text: &str, k: usize) -> bool {
    let Some(n) = super::names::credential_at(text, k) else { return false };
    let b = text.as_bytes();
    let le = memchr::memchr(b'\n', &b[k..]).map_or(b.len(), |m| k + m);
    let rest = text[k + n..le].trim_end_matches('\r');
    rest.is_empty() || (rest.starts_with(' ') && stamp(rest.trim()))
}

/// A time, a date, or a date and a time, and nothing else: "4:15PM",
/// "2310", "13/08/2022", "09/06/2023 09:40".
fn stamp(r: &str) -> bool {
    let mut parts = r.split(' ').filter(|s| !s.is_empty());
    let ok = |s: &str| {
        let t = s.trim_end_matches(['A', 'P', 'M', 'a', 'p', 'm']);
        let date = {
            let g: Vec<&str> = t.split(['/', '-', '.']).collect();
            g.len() == 3 && g.iter().all(|x| !x.is_empty() && x.len() <= 4 && x.bytes().all(|c| c.is_ascii_digit()))
        };
        let time = {
            let d = t.bytes().filter(u8::is_ascii_digit).count();
            (3..=4).contains(&d) && t.bytes().all(|c| c.is_ascii_digit() || c == b':') && t.bytes().filter(|&c| c == b':').count() <= 1
        };
        date || time
    };
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), None, _) => ok(a),
        (Some(a), Some(b2), None) => ok(a) && ok(b2),
        _ => false,
    }
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
    fn signatures_after_a_dash() {
        assert_eq!(names("cc dr frank moon (fax 020-30802871).\n-- a. wiśniewska\n"), ["a. wiśniewska"]);
        assert_eq!(names("next visit 11/30.\n-- p. lamb"), ["p. lamb"]);
        assert_eq!(names("will call back if anything changes.\n-n.a.\n"), ["n.a."]);
        assert_eq!(names("client agreed to voluntary eval.\n-kk\n"), ["kk"]);
        assert_eq!(names("custody hearing on 9 Aug.\n-- cq, CPN\n"), ["cq"]);
        assert_eq!(names("RR improved.\n--mb & ls\n"), ["ls", "mb"]);
        assert_eq!(names("will call back.\n- JJ  4:15PM\n"), ["JJ"]);
        assert_eq!(names("on lithium 300 mg bd.\n- Harper 13/08/2022\n"), ["Harper"]);
        assert_eq!(names("cc dr adeyemi.\n-- grant y\n"), ["grant y"]);
        assert_eq!(names("call any time.\n-- MS RN 09/06/2023 09:40\n\nOther phone"), ["MS"]);
        assert_eq!(names("Teach-back done.\n-- CC, RPh\n"), ["CC"]);
        assert_eq!(names("ran out of pads.\n-- MR\n"), ["MR"]);
        assert_eq!(names("son +61 3 6734 8736\n- Tyler\n"), ["Tyler"]);
    }

    #[test]
    fn list_items_and_words_are_no_signatures() {
        // a list: the lines around open with a dash too
        assert!(names("Plan:\n- BP\n- Tylenol\n").is_empty());
        assert!(names("Plan:\n- Tyler\n- kk\n").is_empty());
        assert!(names("- kk\n\n- Tyler\n").is_empty());
        // words, a note's end, a reading
        assert!(names("done\n- ok\n").is_empty());
        assert!(names("done\n-- end\n").is_empty());
        assert!(names("done\n-- END\n").is_empty());
        assert!(names("exam\n- NAD\n").is_empty());
        assert!(names("exam\n- no\n").is_empty());
        assert!(names("ok\n- Grace period ends 3/4\n").is_empty());
        // not the note's last line, nothing after: a heading
        assert!(names("x\n-- kk\nmore text\n").is_empty());
        // more on the line than a signature's tail
        assert!(names("x\n- JJ to call back\n").is_empty());
        assert!(names("x\n- a. fib noted\n").is_empty());
        assert!(names("x\n--- \n").is_empty());
        assert!(names("x\n- Will\n").is_empty());
    }
}
