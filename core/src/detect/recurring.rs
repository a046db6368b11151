//! A person named once in a text is named again where the same name
//! recurs in it: "Tavita visited, took her to the shops" after "daughter
//! Tavita (0412 ...)", "Bukola told me he did not eat lunch" after
//! "Student: Bukola Adeyemi", a chat's "hi robin!" after its speaker
//! "[17:45] robin:". A note says who someone is once, where a label, a
//! title or a relation's word stands before the name, and then uses the
//! name bare; the families read the first and cannot read the rest.
//!
//! The names read again are those the families found with a score of
//! [`SOURCE`] or more. Each is looked for as a whole (a name of two words
//! or more) and word by word: each word of three letters or more that is
//! no initial and no particle, and that the lists know as no English word
//! or a name's more often than a word's. An English word ("Rose",
//! "Grace", "Will") recurs as the name only written as the source wrote
//! it, capitalized, and not where a sentence or a line starts ("Rose
//! came" after "wife Rose", not "BP rose to 150" nor "Will review").
//! A word the lists stop-list ("Jun", "May") is never read again, nor
//! capitals of three letters or fewer (initials, a code: "IDC", "MET"),
//! nor a word a noun of an eponym or a place follows ("Murphy's sign",
//! "Wells score", "Chester hospital" after "Dr Murphy", ...). An
//! occurrence counts as a whole word (not in an e-mail address, a
//! handle, a web address or a number), not where a name the families
//! read (scoring 0.5 or more) overlaps it, and scores [`SCORE`], below
//! the other families' readings, which win the span where they overlap.
//!
//! A capitalized source recurs capitalized (or in capitals), among the
//! capitalized words the names family read; one written in lower case
//! recurs in lower case ("robin: ..." then "hi robin!").
//!
//! Cost: where a name was found, a look at each capitalized word whose
//! length a source word has, and one `memmem` pass for each source word
//! written in lower case.

use super::lexicon::{fold_into, is_english, lexicon, C_DOMINANT, C_ENG, C_FIRST, C_STOP, C_SUR, C_TITLE};
use crate::types::{Finding, PhiType};

/// The least score of a name read again.
const SOURCE: f32 = 0.7;
/// The score of a recurrence.
const SCORE: f32 = 0.6;
/// The most names read again in one text, and the most words.
const MAX_WORDS: usize = 64;

pub(crate) fn extend(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let n = out.len();
    // the names read again, and their words to look for (start, end), each
    // once: letters (any byte past ASCII counted one), an apostrophe
    // inside ("O'Driscoll"), a possessive left out, three bytes or more
    // (the vectors are kept per thread and reused: a text allocates none)
    let Scratch { mut sources, mut words, mut hits, mut readings, mut caps } = SCRATCH.take();
    caps.clear();
    sources.clear();
    words.clear();
    hits.clear();
    let letter = |c: u8| c.is_ascii_alphabetic() || c >= 0x80;
    for i in 0..n {
        let f = out[i];
        if f.kind != PhiType::Name || f.score < SOURCE || f.end - f.start > 48 || words.len() >= MAX_WORDS {
            continue;
        }
        sources.push((f.start, f.end));
        let mut k = f.start;
        while k < f.end {
            while k < f.end && !letter(b[k]) {
                k += 1;
            }
            let ws = k;
            while k < f.end && (letter(b[k]) || b[k] == b'\'' && k + 1 < f.end && letter(b[k + 1])) {
                k += 1;
            }
            let mut we = k;
            if b[ws..we].ends_with(b"'s") {
                we -= 2;
            }
            // (not capitals of three letters or fewer: initials, a code,
            // "IDC", "MET")
            let caps = we - ws <= 3 && b[ws..we].iter().all(u8::is_ascii_uppercase);
            if we >= ws + 3 && !caps && !words.iter().any(|&(s, e)| b[s..e] == b[ws..we]) {
                words.push((ws, we));
            }
        }
    }
    if !words.is_empty() {
        recurrences(text, out, &sources, &words, &mut hits, &mut readings, &mut caps);
    }
    initials(text, out, &sources, &mut caps);
    SCRATCH.set(Scratch { sources, words, hits, readings, caps });
}

/// The most initials looked for in one text.
const MAX_INITIALS: usize = 16;

/// A person's initials where they sign the text that names them: alone
/// on their line ("-- JN" after "Ji-woo Ng Podiatrist", "P.B." after "P.
/// Byrne"), or after "pt", "patient", "signed", "referral", "initials" or
/// "sig" ("2WW referral MT" before "Re: MEERA TANAKA"). The initials are those of a name the families found (scoring
/// [`SOURCE`] or more) of two words or more, in its order and, for
/// "Surname, Given", in the given name's; two or three capitals, or
/// letters with dots ("S.K.W."), as a whole word, and not capitals that
/// spell a service, a test, a credential, a sign-off's shorthand or an
/// English word ("PT", "ED", "MD", "OK", "MY").
fn initials(text: &str, out: &mut Vec<Finding>, sources: &[(usize, usize)], caps: &mut Vec<usize>) {
    let b = text.as_bytes();
    let mut sets: [([u8; 3], usize); MAX_INITIALS] = [([0; 3], 0); MAX_INITIALS];
    let mut n = 0;
    let mut add = |letters: &[u8]| {
        if (2..=3).contains(&letters.len()) && n < MAX_INITIALS {
            let mut k = [0u8; 3];
            k[..letters.len()].copy_from_slice(letters);
            if !sets[..n].iter().any(|&(x, l)| l == letters.len() && x == k) {
                sets[n] = (k, letters.len());
                n += 1;
            }
        }
    };
    for (&(s, e), hyphens) in sources.iter().flat_map(|x| [(x, false), (x, true)]) {
        // (and with a hyphenated name's parts each a word: "S.K.W." for
        // "Sun-Kyung Walker")
        // the first letter of each word (an ASCII letter: initials are
        // looked for in ASCII capitals), a particle's left out
        let mut firsts = [0u8; 4];
        let mut m = 0;
        let mut comma = None;
        for w in text[s..e].split(|c: char| c == ' ' || hyphens && c == '-') {
            let (w, ends_comma) = match w.strip_suffix(',') {
                Some(w) => (w, true),
                None => (w, false),
            };
            let Some(&c) = w.as_bytes().first() else { continue };
            if !c.is_ascii_alphabetic() || PARTICLES.iter().any(|p| w.eq_ignore_ascii_case(p)) {
                continue;
            }
            if m == 4 {
                m = 5;
                break;
            }
            firsts[m] = c.to_ascii_uppercase();
            m += 1;
            if ends_comma && comma.is_none() {
                comma = Some(m);
            }
        }
        if !(2..=4).contains(&m) {
            continue;
        }
        add(&firsts[..m]);
        // "Tran, Mia" is "MT"; a middle name's left out ("MT" for "Mia
        // Anh Tran")
        if let Some(c) = comma.filter(|&c| c < m) {
            let mut r = [0u8; 4];
            r[..m - c].copy_from_slice(&firsts[c..m]);
            r[m - c..m].copy_from_slice(&firsts[..c]);
            add(&r[..m]);
            add(&[r[0], r[m - 1]]);
        } else if m == 3 {
            add(&[firsts[0], firsts[2]]);
        }
    }
    if n == 0 {
        return;
    }
    // (the candidates: the capitalized words the names family read, a
    // dotted initial's first letter among them, as the recurrences read
    // them or read now: a pass over the words, not the bytes)
    if caps.is_empty() {
        super::names::each_capitalized_word(text, |s, _| caps.push(s));
    }
    let mut buf = String::new();
    let mut last = 0;
    for &i in caps.iter() {
        if i < last || !b[i].is_ascii_uppercase() || i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80 || matches!(b[i - 1], b'@' | b'_' | b'/' | b'.' | b'#' | b'-')) {
            continue;
        }
        // two or three capitals, or letters each with its dot
        let (letters, end) = {
            let mut l = [0u8; 3];
            let mut k = 0;
            let mut j = i;
            let dotted = b.get(i + 1) == Some(&b'.');
            while j < b.len() && b[j].is_ascii_uppercase() && k < 4 {
                if k < 3 {
                    l[k] = b[j];
                }
                k += 1;
                j += 1;
                if dotted {
                    if b.get(j) != Some(&b'.') {
                        break;
                    }
                    j += 1;
                }
            }
            (if (2..=3).contains(&k) { Some((l, k)) } else { None }, j)
        };
        last = end;
        let Some((l, k)) = letters else { continue };
        let alone = end >= b.len() || !(b[end].is_ascii_alphanumeric() || b[end] >= 0x80 || matches!(b[end], b'@' | b'_' | b'-' | b'\'') || b[end] == b'.' && b.get(end + 1).is_some_and(|c| c.is_ascii_alphanumeric()));
        if alone
            && sets[..n].iter().any(|&(x, len)| len == k && x[..k] == l[..k])
            && (alone_on_line(b, i, end) || after_cue(b, i))
            && !super::signoff::not_initials(&text[i..end], &mut buf)
            && !out.iter().any(|f| f.kind == PhiType::Name && f.score >= 0.5 && f.start < end && i < f.end)
        {
            out.push(Finding::new(PhiType::Name, i, end, SCORE));
        }
    }
}

/// Whether the initials at `s..e` stand alone on their line, a quote's
/// '>' or a signature's dashes before them and spaces or a full stop
/// after them: where a writer signs ("JN" on the last line). Not where a
/// field's value ends the line ("PMH: HTN, DM", "Escalated to CN").
fn alone_on_line(b: &[u8], s: usize, e: usize) -> bool {
    let rest = &b[e..];
    let k = rest.iter().position(|&c| !matches!(c, b' ' | b'\t' | b'.' | b'\r')).unwrap_or(rest.len());
    let ends = k == rest.len() || rest[k] == b'\n';
    let head = &b[..s];
    let ls = head.iter().rposition(|&c| c == b'\n').map_or(0, |k| k + 1);
    ends && head[ls..].iter().all(|&c| matches!(c, b' ' | b'\t' | b'>' | b'-'))
}

/// Whether a word that puts a person's initials after it stands right
/// before `p` ("pt LD - 53 yo", "signed MT on 3/4", "referral JW"; not
/// "by" or "re", before a department or a diagnosis as often).
fn after_cue(b: &[u8], p: usize) -> bool {
    let head = &b[..p];
    let Some(head) = head.strip_suffix(b" ").or_else(|| head.strip_suffix(b": ")) else { return false };
    super::lexicon::ends_with_word(head, &[b"pt", b"patient", b"signed", b"referral", b"initials", b"sig"])
}

/// Vectors of one [`extend`] call, kept per thread.
#[derive(Default)]
struct Scratch {
    sources: Vec<(usize, usize)>,
    words: Vec<(usize, usize)>,
    hits: Vec<(usize, usize, usize)>,
    readings: Vec<Option<Option<bool>>>,
    /// The starts of the text's capitalized words, once read.
    caps: Vec<usize>,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

/// The copies of `words` (of the names at `sources`) that name the person
/// again, pushed to `out`.
fn recurrences(
    text: &str,
    out: &mut Vec<Finding>,
    sources: &[(usize, usize)],
    words: &[(usize, usize)],
    hits: &mut Vec<(usize, usize, usize)>,
    readings: &mut Vec<Option<Option<bool>>>,
    caps: &mut Vec<usize>,
) {
    let b = text.as_bytes();
    // where a word recurs: a capitalized source among the capitalized
    // words the names family read (a length's bit first), one written in
    // lower case by a pass over its bytes
    let capitalized = |&(s, _): &(usize, usize)| b[s].is_ascii_uppercase() || b[s] >= 0x80 && text[s..].starts_with(char::is_uppercase);
    let lengths = words.iter().filter(|w| capitalized(w)).fold(0u64, |m, &(s, e)| m | 1 << (e - s).min(63));
    if lengths != 0 {
        super::names::each_capitalized_word(text, |s, e| {
            caps.push(s);
            if lengths & 1 << (e - s).min(63) == 0 || sources.iter().any(|&(a, z)| a <= s && e <= z) {
                return;
            }
            let occ = &b[s..e];
            if let Some(k) = words.iter().position(|w| w.1 - w.0 == occ.len() && capitalized(w) && occ.eq_ignore_ascii_case(&b[w.0..w.1])) {
                hits.push((k, s, e));
            }
        });
    }
    for (k, w) in words.iter().enumerate() {
        if !capitalized(w) {
            let needle = &b[w.0..w.1];
            hits.extend(memchr::memmem::find_iter(b, needle).map(|p| (k, p, p + needle.len())).filter(|&(_, p, e)| !sources.iter().any(|&(a, z)| a <= p && e <= z)));
        }
    }
    // each word's reading, the first time one of its copies asks: None
    // when it is not to be read again, Some(English word) otherwise
    readings.clear();
    readings.resize(words.len(), None);
    let mut buf = String::new();
    for &(k, p, e) in hits.iter() {
        let (ws, we) = words[k];
        let written = &text[ws..we];
        let Some(english) = *readings[k].get_or_insert_with(|| reading(written, &mut buf)) else { continue };
        // (not where the families read a name over it)
        if !whole_word(b, p, e) || out.iter().any(|f| f.kind == PhiType::Name && f.score >= 0.5 && f.start < e && p < f.end) {
            continue;
        }
        let occ = &text[p..e];
        let same_case = occ == written || occ.chars().all(char::is_uppercase) && written.chars().all(char::is_uppercase);
        if english && (!same_case || opens_sentence(b, p)) {
            continue;
        }
        if beside_a_capitalized_word(text, p, e, &mut buf) || eponym(b, e) {
            continue;
        }
        out.push(Finding::new(PhiType::Name, p, e, SCORE));
    }
}

/// Whether a name's word `w` is read again (see the module's notes), and
/// then whether it is an English word: `None` for a particle, a title, a
/// stop-listed word, an English word written in lower case or a word of
/// other than letters.
fn reading(w: &str, buf: &mut String) -> Option<bool> {
    if !w.chars().all(|c| c.is_alphabetic() || c == '\'') || w.chars().count() < 3 {
        return None;
    }
    fold_into(w, buf);
    if PARTICLES.contains(&buf.as_str()) {
        return None;
    }
    let class = lexicon(buf);
    if class.is_some_and(|c| c & (C_STOP | C_TITLE) != 0) {
        return None;
    }
    let english = match class {
        Some(c) => c & C_ENG != 0 && c & C_DOMINANT == 0 || c & (C_FIRST | C_SUR) == 0 && is_english(buf),
        None => is_english(buf),
    };
    // (an English word only as the source wrote it, capitalized)
    (!english || w.starts_with(char::is_uppercase)).then_some(english)
}

/// Nouns a surname names after it, a possessive between or not, where it
/// is an eponym or a place's name: "Murphy's sign", "Bell's palsy",
/// "Wells score", "Allen test", "Addison's disease", "Chester hospital"
/// (after "Dr Murphy", "Dr Bell", ...).
const EPONYMS: &[&[u8]] = &[
    b"sign", b"signs", b"score", b"test", b"scale", b"criteria", b"syndrome", b"disease", b"palsy", b"cyst",
    b"fracture", b"classification", b"stain", b"procedure", b"operation", b"repair", b"manoeuvre", b"maneuver",
    b"position", b"catheter", b"tube", b"hospital", b"clinic", b"ward", b"unit", b"house", b"street", b"road",
    b"centre", b"center", b"method", b"equation", b"formula", b"rule", b"index", b"node", b"reflex", b"ulcer",
    b"lymphoma", b"tumour", b"tumor", b"splint", b"frame", b"technique", b"incision", b"law", b"effect", b"contracture",
    b"disorder", b"anomaly", b"lesion", b"phenomenon", b"triad", b"point", b"line", b"group", b"practice", b"surgery",
];

/// Whether a noun of [`EPONYMS`] follows the word ending at `e` (its
/// possessive between or not).
fn eponym(b: &[u8], e: usize) -> bool {
    let mut k = e;
    if b[k..].starts_with(b"'s") {
        k += 2;
    } else if b[k..].starts_with("\u{2019}s".as_bytes()) {
        k += 4;
    }
    if b.get(k) != Some(&b' ') {
        return false;
    }
    let w = &b[k + 1..];
    let n = w.iter().position(|c| !c.is_ascii_alphabetic()).unwrap_or(w.len());
    EPONYMS.iter().any(|x| w[..n].eq_ignore_ascii_case(x))
}

/// Particles and name words that name nobody alone.
const PARTICLES: &[&str] = &["van", "von", "der", "den", "del", "della", "los", "las", "bin", "binti", "ibn", "abu", "mac", "san", "jr", "sr"];

/// Whether `p..e` is a whole word: no letter, digit or joining mark (of an
/// e-mail address, a handle, a web address, a number) on either side.
fn whole_word(b: &[u8], p: usize, e: usize) -> bool {
    let joins = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80 || matches!(c, b'@' | b'_' | b'/' | b'\\' | b'=' | b'#');
    if p > 0 && (joins(b[p - 1]) || b[p - 1] == b'.' && p >= 2 && b[p - 2].is_ascii_alphanumeric() || b[p - 1] == b'-' && p >= 2 && b[p - 2].is_ascii_alphanumeric()) {
        return false;
    }
    if e < b.len() && (joins(b[e]) || matches!(b[e], b'.' | b'-') && b.get(e + 1).is_some_and(|c| c.is_ascii_alphanumeric())) {
        return false;
    }
    true
}

/// Whether a capitalized word no list knows as a name's stands right
/// before or after `p..e` (one space between): the recurrence is part of
/// an organisation's or a place's name ("Wattle Park Family Health Team",
/// "Riverbend Geriatrics" after "Dr Park", "Ms Riverbend"), not alone.
fn beside_a_capitalized_word(text: &str, p: usize, e: usize, buf: &mut String) -> bool {
    let b = text.as_bytes();
    let not_a_name = |w: &str, buf: &mut String| -> bool {
        if !w.starts_with(char::is_uppercase) || w.chars().count() < 2 {
            return false;
        }
        fold_into(w, buf);
        !lexicon(buf).is_some_and(|c| c & (C_FIRST | C_SUR) != 0 && c & C_STOP == 0)
    };
    if b.get(e) == Some(&b' ') {
        let rest = &text[e + 1..];
        let w = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
        if not_a_name(w, buf) {
            return true;
        }
    }
    if p >= 2 && b[p - 1] == b' ' {
        let head = &text[..p - 1];
        let ws = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| k + head[k..].chars().next().map_or(1, char::len_utf8));
        if not_a_name(&head[ws..], buf) && !TITLES_BEFORE.contains(&buf.as_str()) {
            return true;
        }
    }
    false
}

/// Capitalized words before a name that make it no organisation's: a
/// title, a greeting, a thanks ("Dear Bukola", "Thanks Robin").
const TITLES_BEFORE: &[&str] = &[
    "dr", "mr", "mrs", "ms", "miss", "mx", "dear", "hi", "hello", "hey", "thanks", "thank", "cc", "to", "from", "re",
    "note", "comments", "reporter", "caller", "patient", "pt", "client", "resident", "student", "saw", "with", "per",
];

/// Whether a sentence or a line opens at `p`: the text's start, a line's,
/// or after ". ", "! ", "? ", ": " or a list's "- ".
fn opens_sentence(b: &[u8], p: usize) -> bool {
    let mut k = p;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t' | b'"' | b'(') {
        k -= 1;
    }
    k == 0 || matches!(b[k - 1], b'\n' | b'\r' | b'.' | b'!' | b'?' | b':' | b'-' | b'*' | b'>')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn again(t: &str, names: &[&str]) -> Vec<String> {
        let mut out: Vec<Finding> = names
            .iter()
            .map(|n| {
                let s = t.find(n).unwrap();
                Finding::new(PhiType::Name, s, s + n.len(), 0.8)
            })
            .collect();
        let n = out.len();
        extend(t, &mut out);
        out[n..].iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn a_name_found_once_is_read_where_it_recurs() {
        assert_eq!(again("daughter Tavita (0412 555 019)\n10/08 | Tavita visited, took her out", &["Tavita"]), ["Tavita"]);
        assert_eq!(again("Student: Bukola Adeyemi\nBukola told me he did not eat lunch.", &["Bukola Adeyemi"]), ["Bukola"]);
        assert_eq!(again("[17:45] robin: hi olivia\n[21:40] olivia: hi robin!", &["olivia"]), ["olivia"]);
        // an English word as the source wrote it, not opening a sentence
        assert_eq!(again("wife Rose Moss at bedside; Rose came at 5. BP rose to 150.", &["Rose Moss"]), ["Rose"]);
        assert!(again("son Will Hart here. Will review tomorrow.", &["Will Hart"]).is_empty());
        assert!(again("Dr Jun Li. Seen Jun 5.", &["Jun Li"]).iter().all(|w| w != "Jun"));
    }

    #[test]
    fn initials_of_a_name_found_once_where_a_writer_signs() {
        assert_eq!(again("Ji-woo Ng Podiatrist\n-- JN\n", &["Ji-woo Ng"]), ["JN"]);
        // (a field's value ending the line is no signature)
        assert!(again("Patient: David Morris\nPMH: HTN, DM\nEscalated to DM\n", &["David Morris"]).is_empty());
        assert_eq!(again("Subject: 2WW referral JW\nRe: JACK WILLIAMS", &["JACK WILLIAMS"]), ["JW"]);
        assert_eq!(again("note from X: pt VN - 86 yo\nRe: NAIR, VIKRAM", &["NAIR, VIKRAM"]), ["VN"]);
        assert_eq!(again("Seen by Sun-Kyung Walker\nS.K.W.\n", &["Sun-Kyung Walker"]), ["S.K.W."]);
        // not mid-line without a cue, nor a service's, a test's or a
        // word's capitals, nor other initials
        assert!(again("Diana Moss: type 2 DM with hyperglycemia", &["Diana Moss"]).is_empty());
        assert!(again("Paul Thomas seen by PT\nOliver King: OK\n", &["Paul Thomas", "Oliver King"]).is_empty());
        assert!(again("Jack Williams\nsigned AB\n", &["Jack Williams"]).is_empty());
        assert!(again("Jack Williams at JW.com; JWX\n", &["Jack Williams"]).is_empty());
    }

    #[test]
    fn not_in_an_address_a_handle_or_a_longer_word() {
        assert!(again("Tavita Smith; email tavita@mail.com, tavita_s, Tavitas", &["Tavita Smith"]).is_empty());
        assert!(again("Ms Olumide\nsee www.olumide.org or #olumide", &["Olumide"]).is_empty());
        assert!(again("Dr Park said so.\nFROM: Wattle Park Family Health Team", &["Park"]).is_empty());
        // an eponym after a clinician of that name
        assert!(again("Dr Wells and Dr Murphy reviewed, positive Murphy's sign. Wells score 2.", &["Murphy", "Wells"]).is_empty());
        assert!(again("Dr Bell saw her: Bell's palsy. Dr Chester; Chester hospital", &["Bell", "Chester"]).is_empty());
        // nor a code of capitals
        assert!(again("IDC inserted /IDC\nIDC draining", &["IDC"]).is_empty());
        assert_eq!(again("Student: Bukola Adeyemi\nDear Bukola, thanks", &["Bukola Adeyemi"]), ["Bukola"]);
    }
}
