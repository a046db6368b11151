//! A note's sign-off on a line of its own after a dash, in either case:
//!
//! ```text
//! -- a. wiśniewska        -kk            -- cq, CPN
//! --mb & ls               - JJ  4:15PM   - Harper 13/08/2022
//! ```
//!
//! The writer's initials (two or three letters, or dotted: "n.a."), an
//! initial and a family name ("g. lloyd"), a given name and an initial
//! ("grant y"), or a known given name alone ("- Tyler"). A dash also opens
//! a list's items ("- BP stable", "- Tylenol") and a heading's one item
//! ("Mobility\n- NWB"), so the line must stand alone: the lines around it
//! do not open with a dash, the line before it is a sentence (it ends in
//! a stop or holds three words or more), the note ends after it or a
//! blank line follows, and what follows the signature on its line is a
//! credential ("-- cq, CPN", "--MS RN 09/06/2023"), a second signer
//! ("--mb & ls"), a time or a date ("- JJ  4:15PM"), or nothing. Letters
//! that spell a word, a service, a test, a route, a credential or a
//! note's shorthand in either case ("- ok", "- TBC", "- CXR 0800", "-
//! tx", "- p.o.") are none, unless a credential follows them ("-- OT,
//! RN").
//!
//! The same signatures in lower case after "by" ([`by_initials`]):
//! "actioned by ntw 21/10", "Triaged 10/01/2024 9:20 by ss", "Summary by
//! W.A.", "Screened by: hc BSN, RN".
//!
//! And a log entry's writer in capitals after " /" at its line's end
//! ([`slash_initials`]: "lvm on 07282 481740 /GE").
//!
//! Cost: one `memchr` pass over line ends; a line is looked at when it
//! opens with a dash. One `memmem` pass over " by", one `memchr` pass
//! over '/'.

use super::interrupt::every_items;
use super::lexicon::{fold_into, is_english, lexicon, C_ENG, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.7;

/// Letters (in capitals here; read in either case) that end a note,
/// state a finding or stand for a note's shorthand, a test, a dose, a
/// ward or a role, never a signature; beside [`super::initials`]' lists.
const NOT_SIGNED: &[&str] = &[
    "END", "EOF", "EOM", "FAX", "MSG", "TBD", "TBC", "NAD", "NIL", "WNL", "PRN", "NPO", "DNR", "DNI", "AMA", "NKA",
    "NKDA", "SOB", "BP", "HR", "RR", "ECG", "EKG", "OK", "YES", "NO", "NA", "NFA", "DNA", "FBC", "CRP", "INR", "TSH",
    "HTN", "UTI", "DVT", "BD", "TDS", "QDS", "OD", "NBM", "HIV", "TB", "PS", "NWB", "HDU", "AMU", "ANP", "MO", "RN",
    "MD", "NP", "PA", "HCA", "CNS", "SHO", "WCC", "HB", "AKI", "CKD", "TIA", "MDT", "OBS", "MCG", "IU", "REG", "OCC",
    "SOC", "ADM", "ONC", "URO", "TTE", "OGD", "MSU", "NGT", "TX", "RX", "DX", "HX", "SX", "FX", "BX", "MX", "ABX",
    "FU", "THX", "TY", "PLS", "FYI", "IDK", "NVM", "BTW", "NB", "EG", "IE", "AC", "PC", "HS", "QD", "QID", "BID",
    "TID", "QHS", "AM", "PM", "DC", "EOS", "MRI", "CT", "CXR", "GP", "ICU", "ED", "OT", "PT", "IV", "PO", "SC", "IM",
    "UE", "LFT", "BNP", "ABG", "VBG", "CBG", "BM", "PEG", "TPN", "FH", "DH", "PMH", "HPC", "ROS", "PC", "BMI",
    // a letter's or a message's sign-off shorthand ("Kind regards", "Best
    // wishes", "please turn over")
    "KR", "BW", "BR", "LMK", "BRB", "OMG", "FY", "BC", "LP", "PTO", "OM", "ON", "SOS", "TTYL", "XX", "XO",
];

/// Whether two or three letters, or dotted letters, in either case,
/// spell one of the lists' words, a credential, or an English or a stop
/// word ("ok", "end", "see").
fn not_initials(w: &str, buf: &mut String) -> bool {
    let up: String = w.chars().filter(|&c| c != '.').map(|c| c.to_ascii_uppercase()).collect();
    let listed = [NOT_SIGNED, super::initials::NOT_INITIALS, super::initials::VITALS, super::initials::ROUTES, super::initials::COMPLAINTS, super::initials::SYSTEMS]
        .iter()
        .any(|list| list.contains(&up.as_str()));
    listed || super::names::credential_at(&up, 0).is_some_and(|k| k == up.len()) || (!w.contains('.') && plain_word(w, buf))
}

/// Whether a line reads as a sentence: it ends in a stop, a bracket or a
/// comma, or holds three words or more, and not in a colon (not a
/// heading, "Mobility", "TODO", "Escalation plan", nor a list's opening,
/// "Urine culture grew:").
fn sentence(line: &[u8]) -> bool {
    let t = line.trim_ascii();
    // (one that ends in ':' opens a list: "Urine culture grew:")
    t.last() != Some(&b':') && (matches!(t.last(), Some(b'.' | b'!' | b'?' | b')' | b',')) || t.split(|&c| c == b' ').filter(|w| !w.is_empty()).count() >= 3)
}

#[inline(never)] // a stable symbol for profilers
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|k| k + 1));
    // (the last line that held anything: where it starts, whether it
    // opened with a dash)
    let mut prev: Option<(usize, bool)> = None;
    let mut buf = String::new();
    for (i, ls) in starts.enumerate() {
        every_items(i);
        let blank = b[ls..].iter().take_while(|&&c| c != b'\n').all(u8::is_ascii_whitespace);
        if blank {
            continue;
        }
        let dash = b[ls] == b'-';
        let was = prev.replace((ls, dash));
        // (not the text's first line, nor a list's item, nor a heading's)
        let Some((ps, false)) = was else { continue };
        if !dash {
            continue;
        }
        let le = memchr::memchr(b'\n', &b[ls..]).map_or(b.len(), |k| ls + k);
        let next = b.get(le + 1..).unwrap_or(&[]);
        // (the note ends after the line, or a blank line follows)
        if !next.iter().take_while(|&&c| c != b'\n').all(u8::is_ascii_whitespace) {
            continue;
        }
        let after = next.iter().position(|c| !c.is_ascii_whitespace()).map(|k| next[k]);
        if after == Some(b'-') || !sentence(&b[ps..ls]) {
            continue;
        }
        let line = &text[ls..le];
        let line = line.strip_suffix('\r').unwrap_or(line);
        signed(text, ls, line, &mut buf, out);
    }
    by_initials(text, &mut buf, out);
    slash_initials(text, &mut buf, out);
}

/// A log entry's writer at its line's end after " /" or " / ", in
/// capitals ("lvm on 07282 481740 /GE", "Form completed: 06/04/2023 /
/// AN"): after three words or more on the line, letters that spell no
/// word, service, test, route or credential ([`not_initials`]).
fn slash_initials(text: &str, buf: &mut String, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for (i, p) in memchr::memchr_iter(b'/', b).enumerate() {
        every_items(i);
        if p == 0 || b[p - 1] != b' ' {
            continue;
        }
        let s = if b.get(p + 1) == Some(&b' ') { p + 2 } else { p + 1 };
        let n = b[s.min(b.len())..].iter().take_while(|c| c.is_ascii_uppercase()).count();
        let e = s + n;
        let ends = e == b.len() || b[e] == b'\n' || b[e] == b'\r';
        if !(2..=3).contains(&n) || !ends {
            continue;
        }
        let ls = memchr::memrchr(b'\n', &b[..p]).map_or(0, |k| k + 1);
        let words = b[ls..p].split(|&c| c == b' ').filter(|w| w.iter().any(u8::is_ascii_alphabetic)).count();
        if words >= 3 && !not_initials(&text[s..e], buf) {
            out.push(Finding::new(PhiType::Name, s, e, SCORE));
        }
    }
}

static BY: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(" by"));

/// Initials in lower case (the capitals are [`super::initials`]'), dotted
/// initials in either case, or a given name and an initial, after "by"
/// or "by:", when the line ends after them, or a credential, a date or a
/// time and the line's end ("by ntw 21/10", "by ihf 18 april", "by may p
/// 6/12", "by hc BSN, RN"), or a ';' ("by cc; checksum ok"). Not a word
/// ("by me", "by mom") nor a service's, a route's or a test's letters in
/// lower case ("by ed", "by iv", "by ct", "by rn").
fn by_initials(text: &str, buf: &mut String, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for (i, p) in BY.find_iter(b).enumerate() {
        every_items(i);
        let mut s = p + 3;
        if b.get(s) == Some(&b':') {
            s += 1;
        }
        if b.get(s) != Some(&b' ') {
            continue;
        }
        s += 1;
        if !signing_verb(b, p) {
            continue;
        }
        let le = memchr::memchr(b'\n', &b[s..]).map_or(b.len(), |k| s + k);
        let line = text[s..le].trim_end_matches('\r');
        let l = line.as_bytes();
        let Some(e) = lower_signature(line, buf) else { continue };
        let rest = &line[e..];
        let ok = match rest.as_bytes() {
            [] | [b';', ..] => true,
            [b'.'] => true,
            [b',', b' ', ..] => credential_ends(text, s + e + 2) || stamp(rest[2..].trim()),
            [b' ', ..] => {
                let k = rest.len() - rest.trim_start().len();
                credential_ends(text, s + e + k) || stamp(rest.trim())
            }
            _ => false,
        };
        if ok && !l.is_empty() {
            out.push(Finding::new(PhiType::Name, s, s + e, SCORE));
        }
    }
}

/// Verbs (and a summary's noun) of a record's writing whose "by" names a
/// person: [`super::initials`]' signing verbs and these, not a method's
/// ("delivered by svd", "given by neb", "covered by ppi", "confirmed by
/// csf", "printed by epr", "checked by bnf").
const WRITERS: &[&str] = &["actioned", "screened", "summary", "pedigree", "notes", "note"];

/// Whether the word before " by" at `p`, or its line's first word, is a
/// verb of a record's writing ([`WRITERS`], the signing verbs but those
/// that a method follows as often: "printed", "checked", "taken",
/// "received", "processed", "routed", "faxed", "forwarded").
fn signing_verb(b: &[u8], p: usize) -> bool {
    const METHOD: &[&str] = &["printed", "checked", "taken", "received", "processed", "routed", "faxed", "forwarded", "scanned", "issued", "filed", "retrieved", "updated", "created", "edited", "submitted", "answered", "logged", "heard", "packed", "closed", "labelled", "labeled", "documented"];
    let ok = |w: &[u8]| {
        let Ok(w) = std::str::from_utf8(w) else { return false };
        let w = w.to_ascii_lowercase();
        (super::initials::SIGNED.contains(&w.as_str()) && !METHOD.contains(&w.as_str())) || WRITERS.contains(&w.as_str())
    };
    let ws = b[..p].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    if ok(&b[ws..p]) {
        return true;
    }
    let ls = memchr::memrchr(b'\n', &b[..p]).map_or(0, |k| k + 1);
    let fe = ls + b[ls..p].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    ok(&b[ls..fe])
}

/// A signature in lower case at the start of `line` (or dotted in either
/// case): its end.
fn lower_signature(line: &str, buf: &mut String) -> Option<usize> {
    let l = line.as_bytes();
    // dotted: "w.a.", "W.A."
    let mut q = 0;
    while q + 1 < l.len() && l[q].is_ascii_alphabetic() && l[q + 1] == b'.' && q < 6 {
        q += 2;
    }
    if q >= 4 && !l.get(q).is_some_and(u8::is_ascii_alphanumeric) {
        return (!not_initials(&line[..q], buf)).then_some(q);
    }
    let n = l.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if n == 0 || l.get(n).is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'\'' || c == b'-') {
        return None;
    }
    let word = &line[..n];
    if (2..=3).contains(&n) {
        return (!not_initials(word, buf)).then_some(n);
    }
    // a given name and an initial: "tess p" (not "will c")
    if n >= 3 && l.get(n) == Some(&b' ') && l.get(n + 1).is_some_and(u8::is_ascii_lowercase) && !l.get(n + 2).is_some_and(u8::is_ascii_alphanumeric) {
        return given_name(word, buf).then_some(n + 2);
    }
    None
}

/// The signature on the dash line `line` starting at `ls` (the note ends
/// after it or a blank line follows).
fn signed(text: &str, ls: usize, line: &str, buf: &mut String, out: &mut Vec<Finding>) {
    let l = line.as_bytes();
    let mut p = 1;
    if l.get(p) == Some(&b'-') {
        p += 1;
    }
    if l.get(p) == Some(&b' ') {
        p += 1;
    }
    let Some((e, listed)) = signature(line, p, buf) else { return };
    let rest = &line[e..];
    // (capitals alone are a code's as often as a writer's, "- IBS", "-
    // KR": they sign only before a credential or a stamp)
    let caps = line[p..e].bytes().all(|c| c.is_ascii_uppercase() || c == b'.');
    let credential = match rest.as_bytes() {
        [b',', b' ', ..] => credential_ends(text, ls + e + 2),
        [b' ', ..] => credential_ends(text, ls + e + rest.len() - rest.trim_start().len()),
        _ => false,
    };
    let ok = credential
        || !listed
            && match rest.as_bytes() {
                [] => !caps,
                [b' ', b'&', b' ', ..] if !caps => {
                    let s2 = e + 3;
                    let n = initials_len(&l[s2..]);
                    let second = n > 0 && s2 + n == l.len() && !not_initials(&line[s2..s2 + n], buf);
                    if second {
                        out.push(Finding::new(PhiType::Name, ls + s2, ls + s2 + n, SCORE));
                    }
                    second
                }
                [b' ', ..] => stamp(rest.trim()),
                _ => false,
            };
    if ok {
        out.push(Finding::new(PhiType::Name, ls + p, ls + e, SCORE));
    }
}

/// The signature at `p` in `line`: its end, and whether its letters
/// spell a listed word ([`not_initials`]: a signature only before a
/// credential).
fn signature(line: &str, p: usize, buf: &mut String) -> Option<(usize, bool)> {
    let l = line.as_bytes();
    // dotted initials: "n.a.", "M.W."
    let mut q = p;
    while q + 1 < l.len() && l[q].is_ascii_alphabetic() && l[q + 1] == b'.' && q - p < 6 {
        q += 2;
    }
    if q - p >= 4 && !l.get(q).is_some_and(u8::is_ascii_alphanumeric) {
        return Some((q, not_initials(&line[p..q], buf)));
    }
    let w1 = word_end(l, p);
    if w1 == p {
        return None;
    }
    let word = &line[p..w1];
    // an initial, a period and a family name: "a. wiśniewska", "g. lloyd"
    // (not a side and a body part, a genus: "r. knee", "G. lamblia")
    if w1 - p == 1 && l[p].is_ascii_alphabetic() && l.get(w1) == Some(&b'.') && l.get(w1 + 1) == Some(&b' ') {
        let s2 = w1 + 2;
        let e2 = word_end(l, s2);
        let name = &line[s2..e2];
        // (both in lower case, "g. lloyd", or both capitalized, "G.
        // Lloyd"; a capital and a lower-case word is a species', "M.
        // morganii", one in capitals an artery's, "L. MCA")
        let lower = l[p].is_ascii_lowercase() && name.chars().next().is_some_and(char::is_lowercase);
        let upper = l[p].is_ascii_uppercase() && name.chars().next().is_some_and(char::is_uppercase) && name.chars().skip(1).all(|c| !c.is_uppercase());
        return (e2 - s2 >= 2 && (lower || upper) && family_name(name, buf)).then_some((e2, false));
    }
    let n = word.chars().count();
    // a given name and an initial: "grant y" (not "will c")
    if n >= 3 && l.get(w1) == Some(&b' ') && l.get(w1 + 1).is_some_and(u8::is_ascii_lowercase) && word_end(l, w1 + 1) == w1 + 2 {
        return given_name(word, buf).then_some((w1 + 2, false));
    }
    if (2..=3).contains(&n) && word.bytes().all(|c| c.is_ascii_alphabetic()) {
        let upper = word.bytes().all(|c| c.is_ascii_uppercase());
        let lower = word.bytes().all(|c| c.is_ascii_lowercase());
        return (upper || lower).then(|| (w1, not_initials(word, buf)));
    }
    // a known given name alone, not a town's: "- Tyler", "- Harper
    // 13/08/2022" (not "- Preston")
    if n >= 3 && l[p].is_ascii_uppercase() && word[1..].bytes().all(|c| c.is_ascii_lowercase()) {
        let given = given_name(word, buf) && !super::lexicon::is_city(buf) && !super::lexicon::is_world_city(buf);
        return given.then_some((w1, false));
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

/// A listed given name (`buf` holds it folded after): not a stop word,
/// nor an English word unless a name first ("maria", not "grant",
/// "will", "mark").
fn given_name(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    lexicon(buf).is_some_and(|e| e & C_FIRST != 0 && e & C_STOP == 0 && (e & C_ENG == 0 && !is_english(buf) || e & super::lexicon::C_DOMINANT != 0))
}

/// A family name after an initial: a listed given or family name, or a
/// word in no list at all; not an English or a stop word alone.
fn family_name(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    let dominant = |e: u16| e & super::lexicon::C_DOMINANT != 0;
    match lexicon(buf) {
        Some(e) => e & (C_FIRST | C_SUR) != 0 && e & C_STOP == 0 && (e & C_ENG == 0 && !is_english(buf) || dominant(e)),
        None => !is_english(buf) && !GENERA.contains(&buf.as_str()),
    }
}

/// Species' epithets a genus' initial comes before ("K. oxytoca", "G.
/// lamblia", "E. coli").
const GENERA: &[&str] = &["coli", "aureus", "pylori", "difficile", "diff", "lamblia", "oxytoca", "pneumoniae", "aeruginosa", "faecalis", "faecium", "epidermidis", "pyogenes", "agalactiae", "albicans", "vaginalis", "trachomatis", "gonorrhoeae", "mirabilis", "cloacae", "baumannii", "marcescens", "influenzae", "catarrhalis", "jejuni", "enteritidis", "typhi", "falciparum", "vivax", "jirovecii", "fumigatus", "neoformans", "burgdorferi", "pallidum", "monocytogenes", "perfringens", "botulinum", "tetani", "fragilis", "maltophilia", "lugdunensis", "capitis", "hominis", "gallinarum", "casseliflavus", "gondii", "vermicularis", "scabiei", "humanus", "capitis"];

/// Lower-case letters that spell an English or a stop word ("ok", "no",
/// "end", "see").
fn plain_word(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    is_english(buf) || lexicon(buf).is_some_and(|e| e & (C_STOP | C_ENG) != 0) || matches!(&buf[..], "na" | "nil" | "nad" | "eof" | "eom" | "tbd" | "prn")
}

/// Credentials from `k` to the line's end, one or more (", " or a space
/// between), a stamp after them or not ("RN", "RPh", "BSN, RN
/// 03/15/2025", "RN 09/06/2023 09:40").
fn credential_ends(text: &str, mut k: usize) -> bool {
    let b = text.as_bytes();
    let mut le = memchr::memchr(b'\n', &b[k.min(b.len())..]).map_or(b.len(), |m| k + m);
    if le > k && b[le - 1] == b'\r' {
        le -= 1;
    }
    for _ in 0..3 {
        let Some(n) = super::names::credential_at(text, k) else { return false };
        let mut q = k + n;
        if q >= le {
            return q == le;
        }
        if !matches!(b[q], b',' | b' ') {
            return false;
        }
        while q < le && matches!(b[q], b',' | b' ') {
            q += 1;
        }
        if super::names::credential_at(text, q).is_none() {
            return stamp(&text[q..le]);
        }
        k = q;
    }
    false
}

/// A time, a date, or a date and a time, and nothing else: "4:15PM",
/// "2310", "13/08/2022", "21/10", "18 april", "09/06/2023 09:40".
fn stamp(r: &str) -> bool {
    let mut parts = r.split(' ').filter(|s| !s.is_empty());
    let ok = |s: &str| {
        let t = s.trim_end_matches(['A', 'P', 'M', 'a', 'p', 'm']);
        let date = {
            let g: Vec<&str> = t.split(['/', '-', '.']).collect();
            let digits = |x: &&str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
            g.len() == 3 && g.iter().all(|x| digits(x) && x.len() <= 4) || g.len() == 2 && t.contains('/') && g.iter().all(|x| digits(x) && x.len() <= 2)
        };
        let time = {
            let d = t.bytes().filter(u8::is_ascii_digit).count();
            (3..=4).contains(&d) && t.bytes().all(|c| c.is_ascii_digit() || c == b':') && t.bytes().filter(|&c| c == b':').count() <= 1
        };
        date || time
    };
    let day = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    let month = |s: &str| super::lexicon::is_month_word(s.as_bytes());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), None, _) => ok(a),
        (Some(a), Some(b2), None) => ok(a) && ok(b2) || day(a) && month(b2) || month(a) && day(b2),
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
        assert_eq!(names("next visit 11/30.\n-- g. lloyd"), ["g. lloyd"]);
        assert_eq!(names("will call back if anything changes.\n-m.w.\n"), ["m.w."]);
        assert_eq!(names("client agreed to voluntary eval.\n-kk\n"), ["kk"]);
        assert_eq!(names("custody hearing on 9 Aug.\n-- cq, CPN\n"), ["cq"]);
        assert_eq!(names("RR improved.\n--mb & jk\n"), ["jk", "mb"]);
        assert_eq!(names("will call back.\n- JJ  4:15PM\n"), ["JJ"]);
        assert_eq!(names("on lithium 300 mg bd.\n- Anthony 13/08/2022\n"), ["Anthony"]);
        assert_eq!(names("cc dr adeyemi.\n-- maria y\n"), ["maria y"]);
        assert_eq!(names("call any time.\n-- MS RN 09/06/2023 09:40\n\nOther phone"), ["MS"]);
        assert_eq!(names("son +61 3 6734 8736\n- Yusuf\n"), ["Yusuf"]);
        // letters that spell a service or a test, before a credential
        assert_eq!(names("Teach-back done.\n-- CC, RPh\n"), ["CC"]);
        assert_eq!(names("given at bedside.\n-- OT, RN\n"), ["OT"]);
    }

    #[test]
    fn words_tests_and_shorthand_are_no_signatures() {
        for w in [
            "TBC", "ED", "OT", "PT", "IV", "EOS", "DC", "OK", "NA", "GP", "ICU", "CT", "MRI", "CXR", "FBC", "CRP", "INR",
            "UTI", "BD", "TDS", "PO", "NBM", "AM", "PM", "PS", "RN", "MD", "NP", "SHO", "HCA", "SW", "DN", "DR", "CC",
            "MR", "tx", "rx", "dx", "hx", "abx", "fu", "ot", "dc", "po", "bd", "tds", "od", "hb", "crp", "gp", "obs",
            "thx", "ty", "pls", "fyi", "p.o.", "b.d.", "t.d.s.", "p.r.n.", "a.m.", "i.v.", "N.B.", "e.g.", "i.e.",
            "r. knee", "L. knee", "G. lamblia", "K. oxytoca", "will c", "mark x", "Preston", "Lincoln", "ok", "end",
            "END", "NAD", "no",
        ] {
            let t = format!("Seen on the ward today.\n- {w}\n");
            assert!(names(&t).is_empty(), "{t}");
        }
        // capitals alone, a sign-off's shorthand, a species, an artery,
        // after a list's opening line
        for t in ["Past medical history includes the following.\n- IBS\n", "Many thanks for seeing this lady in clinic.\n- KR\n", "Many thanks for seeing her.\n- bw\n", "Urine culture grew in the lab:\n- kk\n", "Urine culture grew today.\n- M. morganii\n", "Stenosis seen today.\n- L. MCA\n", "Please see the letter.\n- P.T.O.\n"] {
            assert!(names(t).is_empty(), "{t}");
        }
        // a listed word with a stamp or a second signer
        assert!(names("Seen on the ward.\n- CXR 0800\n").is_empty());
        assert!(names("Seen on the ward.\n- OT & PT\n").is_empty());
        assert!(names("Seen on the ward.\n- kk & ok\n").is_empty());
    }

    #[test]
    fn a_signature_needs_its_place() {
        // a list: the lines around open with a dash too
        assert!(names("Plan:\n- BP\n- Tylenol\n").is_empty());
        assert!(names("Plan:\n- Tyler\n- kk\n").is_empty());
        assert!(names("- kk\n\n- Tyler\n").is_empty());
        // a heading's one item
        assert!(names("Mobility\n- kk\n").is_empty());
        assert!(names("Location\n- Tyler\n").is_empty());
        // not the note's end, nor before a blank line
        assert!(names("S: c/o SOB today.\n- kk 0800\nA: ?LRTI\n").is_empty());
        assert!(names("x y z\n-- kk\nmore text\n").is_empty());
        // more on the line than a signature's tail
        assert!(names("seen today.\n- JJ to call back\n").is_empty());
        assert!(names("seen today.\n--- \n").is_empty());
        assert!(names("seen today.\n- Will\n").is_empty());
        assert!(names("done\n- Grace period ends 3/4\n").is_empty());
    }

    #[test]
    fn a_log_entry_s_writer_after_a_slash() {
        assert_eq!(names("called pt, no answer, lvm on 07282 481740 /GE\n12/08/2022 21:12 - sister"), ["GE"]);
        assert_eq!(names("Form completed and sent 06/04/2023 / KT\n"), ["KT"]);
        // a service, a reading; too few words; more on the line
        for t in ["referred to the team /ENT\n", "given to pt /PRN\n", "BP /HR\n", "seen by the team /GE today\n", "seen in clinic /and\n"] {
            assert!(names(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn lower_case_initials_after_by() {
        assert_eq!(names("[transcription confidence: low]  actioned by ntw 21/10\n"), ["ntw"]);
        assert_eq!(names("actioned by ihf 18 april\n"), ["ihf"]);
        assert_eq!(names("actioned by tess p 6/12\n"), ["tess p"]);
        assert_eq!(names("Triaged 10/01/2024 9:20 by ss\nGCS 13"), ["ss"]);
        assert_eq!(names("Summary by W.A.\n"), ["W.A."]);
        assert_eq!(names("Screened by: hc BSN, RN  03/15/2025\n"), ["hc"]);
        assert_eq!(names("file signed by jk; checksum ok\n"), ["jk"]);
        // words, services, routes, tests, credentials; more on the line
        for t in ["seen by me\n", "brought in by mom\n", "given by iv\n", "seen by ed 3/4\n", "confirmed by ct\n", "reviewed by rn\n", "seen by gp\n", "drawn by ss today at the bedside\n", "by ss and then\n", "by the way\n", "given by p.o.\n", "by will c\n", "Delivered by svd\n", "Covered by ppi\n", "Given by neb\n", "Printed by epr\n", "Checked by bnf\n", "Confirmed by csf\n", "Brought in by lfb\n"] {
            assert!(names(t).is_empty(), "{t}");
        }
    }
}
