//! A relative named in a pedigree's line: "II-4 (mother) Poppy, d. 67
//! ovarian ca", "II-5 Mai - endometrial ca 50", "I-2 (MGM) Katherine
//! Long, now 91". A genetics letter lists the family by generation (a
//! Roman numeral) and place in it (a number), the relation in brackets or
//! not, then the relative's name and history; the line's shape says the
//! words after it are a person's.
//!
//! Only a text that speaks of a family's history ("pedigree", "proband",
//! "family history", "genetic", ...) is read. The line: at a line's
//! start, "I" to "V" and a hyphen and one or two
//! digits, a space, a bracketed relation or not; then one to three words
//! of a name, each capitalized or in capitals (letters, an apostrophe or
//! a hyphen inside), ended by a comma, " - ", a digit's word ("d. 58"),
//! a lower-case word or the line's end. The first word a name the lists
//! know and no English word unless more often a name's, not capitals of
//! four letters or fewer ("II-2 Healthy", "II-5 DVT" are none); after a
//! relation, a word no list knows and no English word too ("(father)
//! Xiomar", not "(sister) Breast ca"). No status, no stop-listed word.
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

/// Words of a text that draws a family's pedigree (any case).
pub(super) static PEDIGREE: once_cell::sync::Lazy<aho_corasick::AhoCorasick> = once_cell::sync::Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["pedigree", "proband", "family history", "genetic", "generation", "consanguin", "fhx", "fh:"])
        .expect("pedigree words")
});

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // (a pedigree's line starts with a generation's numeral, and only a
    // text that speaks of a family's history is read for one: not "IV-1
    // NS, 100 ml/hr", "I-95 NB near exit 4", "V-3 Mandibular")
    let numeral = |p: usize| matches!(b.get(p..p + 2), Some(b"I-" | b"II" | b"IV" | b"V-"));
    if !(numeral(0) || memchr::memchr_iter(b'\n', b).any(|p| numeral(p + 1))) || !PEDIGREE.is_match(b) {
        return;
    }
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
        let e = super::lexicon::word_end_after(text, k);
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
        // a name the lists know (a word's more often a name's); after
        // the relation, a word no list knows too, unless English
        let known = class.is_some_and(|c| c & (C_FIRST | C_SUR) != 0 && (c & C_DOMINANT != 0 || !is_english(buf)));
        let caps = w.chars().all(|c| !c.is_lowercase());
        let named = known && !(caps && w.len() <= 4) || related && class.is_none() && !is_english(buf) && !caps;
        if words == 0 && (!named || STATUSES.contains(&buf.as_str())) {
            return None;
        }
        // (a family name after a given one may be a word: "Katherine Long")
        if words > 0 && is_english(buf) && !class.is_some_and(|c| c & (C_FIRST | C_SUR) != 0) {
            break;
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
    // (then a comma, a semicolon, a full stop or the line's end: not a
    // rate or a dose, "100 ml/hr")
    let after = &b[s + n..];
    let ends = match after.first() {
        None | Some(b',' | b';' | b'\n' | b'\r') => true,
        Some(b'.') => !after.get(1).is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    };
    if !(2..=3).contains(&n) || !ends {
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
        assert_eq!(names("Family history:\nII-4 (mother) Zainab, d. 67 ovarian ca.\nII-1 Jordan d. 58, MI"), ["Zainab", "Jordan"]);
        assert_eq!(names("Pedigree:\nII-5 Mai - endometrial ca 50.\nI-2 (MGM) Katherine Long, now 91"), ["Mai", "Katherine Long"]);
        assert_eq!(names("proband\nII-1 Ravi prostate ca 62; cousins healthy\nIII-2 José Côté\n"), ["Ravi", "José Côté"]);
    }

    #[test]
    fn an_age_over_89_after_the_name() {
        let t = "Pedigree\nI-2 (MGM) Layla Haddad, now 96, in care home\nII-3 Kevin West, 70, healthy.\nI-1 Omar Haddad, 91.";
        let mut out = Vec::new();
        find(t, &mut out);
        let ages: Vec<&str> = out.iter().filter(|f| f.kind == PhiType::Age).map(|f| &t[f.start..f.end]).collect();
        assert_eq!(ages, ["96", "91"]);
    }

    #[test]
    fn not_a_word_nor_another_list() {
        assert!(names("Pedigree\nII-2 Healthy, no cancers\nII-6 Unaffected sister\nII-4 (mother) Alive, 70").is_empty());
        assert!(names("Family history\nII-2 (sister) Breast ca 45\nI-2 (MGM) Dementia, 94\nII-5 DVT, 91\nIV-1 Propofol 20").is_empty());
        assert!(names("IV-1 Mai 100 ml/hr\nII-5 Mai - endometrial ca 50").is_empty());
        assert!(names("pedigree\nIV-1 The proband\nVI-2 Mai\nII-3a Mai\nIII Mai").is_empty());
        assert!(names("Stage II-3 Tumour\nI-9 Form submitted").is_empty());
    }
}
