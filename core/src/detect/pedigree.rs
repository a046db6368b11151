//! A relative named in a pedigree's line: "II-4 (mother) Poppy, d. 67
//! ovarian ca", "II-5 Mai - endometrial ca 50", "I-2 (MGM) Katherine
//! Long, now 91". A genetics letter lists the family by generation (a
//! Roman numeral) and place in it (a number), the relation in brackets or
//! not, then the relative's name and history; the line's shape says the
//! words after it are a person's.
//!
//! The line: at a line's start, "I" to "V" and a hyphen and one or two
//! digits, a space, a bracketed relation or not; then one to three words
//! of a name, each capitalized or in capitals (letters, an apostrophe or
//! a hyphen inside), ended by a comma, " - ", a digit's word ("d. 58"),
//! a lower-case word or the line's end. Not where the first word is an
//! English word the lists do not know as more often a name's ("II-2
//! Healthy", "II-6 Unaffected sister"), unless after a relation and no
//! status ("(mother) Poppy", not "(mother) Alive"), nor a stop-listed one.
//! An age over 89 right after the name (", now 96") is read too. Score 0.8.
//! Cost: a test of each line's first byte.

use super::lexicon::{fold_into, is_english, lexicon, C_DOMINANT, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.8;

/// What a pedigree says of a relative in place of a name, folded.
const STATUSES: &[&str] = &[
    "healthy", "alive", "well", "unaffected", "affected", "deceased", "dead", "died", "unknown", "adopted", "twin",
    "twins", "untested", "tested", "not", "no", "none", "stillborn", "miscarriage", "proband", "carrier", "obligate",
    "living", "ca", "cancer", "history", "see", "as", "age", "aged", "dx", "hx", "na", "n",
];

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = String::new();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|p| p + 1));
    for s in starts {
        if !matches!(b.get(s), Some(b'I' | b'V')) {
            continue;
        }
        if let Some((ns, ne)) = relative_at(text, s, &mut buf) {
            out.push(Finding::new(PhiType::Name, ns, ne, SCORE));
            if let Some((as_, ae)) = age_after(b, ne) {
                out.push(Finding::new(PhiType::Age, as_, ae, SCORE));
            }
        }
    }
}

/// The name on the pedigree line starting at `s`, if the line is one.
fn relative_at(text: &str, s: usize, buf: &mut String) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // the generation: I, II, III, IV, V
    let mut k = s;
    while k < b.len() && matches!(b[k], b'I' | b'V') && k - s < 3 {
        k += 1;
    }
    if !matches!(&b[s..k], b"I" | b"II" | b"III" | b"IV" | b"V") || b.get(k) != Some(&b'-') {
        return None;
    }
    k += 1;
    let d = k;
    while k < b.len() && b[k].is_ascii_digit() && k - d < 3 {
        k += 1;
    }
    if !(1..=2).contains(&(k - d)) || b.get(k) != Some(&b' ') {
        return None;
    }
    k += 1;
    // a bracketed relation ("(mother)", "(MGM)")
    let related = b.get(k) == Some(&b'(');
    if related {
        let close = b[k..].iter().take(24).position(|&c| c == b')' || c == b'\n')?;
        if b[k + close] != b')' || b.get(k + close + 1) != Some(&b' ') {
            return None;
        }
        k += close + 2;
    }
    // the name's words
    let ns = k;
    let mut ne = k;
    let mut words = 0;
    loop {
        let ws = k;
        let first = text[k..].chars().next()?;
        if !first.is_uppercase() {
            break;
        }
        let mut e = k;
        for (i, c) in text[k..].char_indices() {
            if c.is_alphabetic() || (i > 0 && (c == '\'' || c == '-') && text[k + i + 1..].starts_with(char::is_alphabetic)) {
                e = k + i + c.len_utf8();
            } else {
                break;
            }
        }
        if e - ws < 2 {
            break;
        }
        let w = &text[ws..e];
        fold_into(w, buf);
        let class = lexicon(buf);
        if class.is_some_and(|c| c & C_STOP != 0) {
            return None;
        }
        // (an English word after the relation, unless a status: "(mother)
        // Poppy", not "(mother) Healthy")
        let named = class.is_some_and(|c| c & (C_FIRST | C_SUR) != 0 && c & C_DOMINANT != 0) || related && !STATUSES.contains(&buf.as_str());
        if words == 0 && !named && is_english(buf) {
            return None;
        }
        words += 1;
        ne = e;
        k = e;
        if words == 3 || b.get(k) != Some(&b' ') {
            break;
        }
        k += 1;
    }
    if words == 0 {
        return None;
    }
    // what ends it: a comma, " - ", a space and a lower-case word or a
    // digit ("d. 58", "prostate ca 62"), the line's end
    let ends = match b.get(ne) {
        None | Some(b',' | b'\n' | b'\r' | b';') => true,
        Some(b' ') => b.get(ne + 1).is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'('),
        _ => false,
    };
    ends.then_some((ns, ne))
}

/// An age over 89 right after the name ending at `e` (", now 96", ",
/// alive 91", ", 93,"): Safe Harbor's identifier; younger ages are not.
fn age_after(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let rest = b.get(e..)?.strip_prefix(b", ")?;
    let skip = [&b"now "[..], b"alive ", b"aged ", b"age "].iter().find(|w| rest.starts_with(w)).map_or(0, |w| w.len());
    let s = e + 2 + skip;
    let n = b[s..].iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let decimal = b.get(s + n) == Some(&b'.') && b.get(s + n + 1).is_some_and(u8::is_ascii_digit);
    if !(2..=3).contains(&n) || decimal || b.get(s + n).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'-' | b':')) {
        return None;
    }
    let v: u32 = std::str::from_utf8(&b[s..s + n]).ok()?.parse().ok()?;
    (90..=125).contains(&v).then_some((s, s + n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().filter(|f| f.kind == PhiType::Name).map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_relative_on_a_pedigree_line() {
        assert_eq!(names("Family history:\nII-4 (mother) Poppy, d. 67 ovarian ca.\nII-1 Jordan d. 58, MI"), ["Poppy", "Jordan"]);
        assert_eq!(names("II-5 Mai - endometrial ca 50.\nI-2 (MGM) Katherine Long, now 91"), ["Mai", "Katherine Long"]);
        assert_eq!(names("II-1 Ravi prostate ca 62; cousins healthy\nIII-2 José Côté\n"), ["Ravi", "José Côté"]);
    }

    #[test]
    fn an_age_over_89_after_the_name() {
        let t = "I-2 (MGM) Layla Haddad, now 96, in care home\nII-3 Kevin West, 70, healthy.\nI-1 Omar Haddad, 91.";
        let mut out = Vec::new();
        find(t, &mut out);
        let ages: Vec<&str> = out.iter().filter(|f| f.kind == PhiType::Age).map(|f| &t[f.start..f.end]).collect();
        assert_eq!(ages, ["96", "91"]);
    }

    #[test]
    fn not_a_word_nor_another_list() {
        assert!(names("II-2 Healthy, no cancers\nII-6 Unaffected sister\nII-4 (mother) Alive, 70").is_empty());
        assert!(names("IV-1 The proband\nVI-2 Mai\nII-3a Mai\nIII Mai").is_empty());
        assert!(names("Stage II-3 Tumour\nI-9 Form submitted").is_empty());
    }
}
