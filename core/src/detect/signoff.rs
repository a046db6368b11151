//! A note's sign-off on a line of its own after a dash, in either case:
//!
//! ```text
//! -- a. wiśniewska        -kk            -- cq, CPN
//! --mb & jk               - jj  4:15PM   - Anthony 13/08/2022
//! ```
//!
//! The writer's initials (two or three letters, or dotted: "m.w."), an
//! initial and a family name in one case ("g. lloyd"), a given name and
//! an initial ("maria y"), or a known given name alone ("- Yusuf"). A dash
//! also opens a list's items ("- BP stable", "- Tylenol") and a heading's
//! one item ("Mobility\n- NWB"), so the line must stand alone: the lines
//! around it do not open with a dash, the line before it is a sentence
//! (it ends in a stop or holds three words or more, and not in a colon),
//! the note ends after it or a blank line follows, and what follows the
//! signature on its line is a credential ("-- cq, CPN"), a second signer
//! ("--mb & jk"), a time or a date ("- jj  4:15PM"), or nothing. Letters
//! that spell a word, a service, a test, a route, a credential or a
//! note's shorthand, in either case, are none ("- ok", "- TBC", "- tx",
//! "- p.o.", "- RN, BSN"), and capitals alone sign only before a
//! credential ("--KB RN 09/06/2023"; not "- IBS", "- USS 14:30").
//!
//! Cost: one `memchr` pass over line ends; a line is looked at when it
//! opens with a dash.

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
    "KR", "BW", "BR", "LMK", "BRB", "OMG", "FY", "BC", "LP", "PTO", "OM", "ON", "SOS", "TTYL", "XX", "XO", "TBA",
    "POS", "DDX", "CYA", "TA", "GN", "ILY", "PU", "BO", "EOD", "EOW", "TMR",
];

/// Whether two or three letters, or dotted letters, in either case,
/// spell one of the lists' words, a credential, or an English or a stop
/// word ("ok", "end", "see").
pub(super) fn not_initials(w: &str, buf: &mut String) -> bool {
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
    if listed {
        return;
    }
    let rest = &line[e..];
    // (capitals alone are a code's as often as a writer's, "- IBS", "-
    // USS 14:30": they sign only before a credential)
    let caps = line[p..e].bytes().all(|c| c.is_ascii_uppercase() || c == b'.');
    let credential = match rest.as_bytes() {
        [b',', b' ', ..] => credential_ends(text, ls + e + 2),
        [b' ', ..] => credential_ends(text, ls + e + rest.len() - rest.trim_start().len()),
        _ => false,
    };
    let ok = credential
        || !caps
            && match rest.as_bytes() {
                [] => true,
                [b' ', b'&', b' ', ..] => {
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
/// spell a listed word ([`not_initials`]: no signature).
fn signature(line: &str, p: usize, buf: &mut String) -> Option<(usize, bool)> {
    let l = line.as_bytes();
    // dotted initials: "m.w.", "M.W."
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
    // a given name and an initial: "maria y" (not "will c", "grant y")
    if n >= 3 && l.get(w1) == Some(&b' ') && l.get(w1 + 1).is_some_and(u8::is_ascii_lowercase) && word_end(l, w1 + 1) == w1 + 2 {
        return given_name(word, buf).then_some((w1 + 2, false));
    }
    if (2..=3).contains(&n) && word.bytes().all(|c| c.is_ascii_alphabetic()) {
        let upper = word.bytes().all(|c| c.is_ascii_uppercase());
        let lower = word.bytes().all(|c| c.is_ascii_lowercase());
        return (upper || lower).then(|| (w1, not_initials(word, buf)));
    }
    // a known given name alone, not a town's: "- Yusuf", "- Anthony
    // 13/08/2022" (not "- Preston", "- Tyler")
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

/// Whether the folded word in `buf`, with lexicon bits `e`, is listed in
/// one of `classes` as a name and no stop word, nor an English word
/// unless mostly a name ("maria", not "grant", "will", "mark", "lamb").
fn listed_name(buf: &str, e: u16, classes: u16) -> bool {
    e & classes != 0 && e & C_STOP == 0 && (e & C_ENG == 0 && !is_english(buf) || e & super::lexicon::C_DOMINANT != 0)
}

/// A listed given name (`buf` holds it folded after; see [`listed_name`]).
fn given_name(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    lexicon(buf).is_some_and(|e| listed_name(buf, e, C_FIRST))
}

/// A family name after an initial: a listed given or family name (see
/// [`listed_name`]), or a word in no list that is no English word nor a
/// species' epithet.
fn family_name(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    match lexicon(buf) {
        Some(e) => listed_name(buf, e, C_FIRST | C_SUR),
        None => !is_english(buf) && !GENERA.contains(&buf.as_str()),
    }
}

/// Species' epithets a genus' initial comes before ("K. oxytoca", "G.
/// lamblia", "E. coli").
const GENERA: &[&str] = &["coli", "aureus", "pylori", "difficile", "diff", "lamblia", "oxytoca", "pneumoniae", "aeruginosa", "faecalis", "faecium", "epidermidis", "pyogenes", "agalactiae", "albicans", "vaginalis", "trachomatis", "gonorrhoeae", "mirabilis", "cloacae", "baumannii", "marcescens", "influenzae", "catarrhalis", "jejuni", "enteritidis", "typhi", "falciparum", "vivax", "jirovecii", "fumigatus", "neoformans", "burgdorferi", "pallidum", "monocytogenes", "perfringens", "botulinum", "tetani", "fragilis", "maltophilia", "lugdunensis", "capitis", "hominis", "gallinarum", "casseliflavus", "gondii", "vermicularis", "scabiei", "humanus"];

/// Letters that spell an English or a stop word ("ok", "no", "end",
/// "see").
fn plain_word(w: &str, buf: &mut String) -> bool {
    fold_into(w, buf);
    is_english(buf) || lexicon(buf).is_some_and(|e| e & (C_STOP | C_ENG) != 0)
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
        assert_eq!(names("will call back.\n- jj  4:15PM\n"), ["jj"]);
        assert_eq!(names("on lithium 300 mg bd.\n- Anthony 13/08/2022\n"), ["Anthony"]);
        assert_eq!(names("cc dr adeyemi.\n-- maria y\n"), ["maria y"]);
        assert_eq!(names("call any time.\n-- KB RN 09/06/2023 09:40\n\nOther phone"), ["KB"]);
        assert_eq!(names("son +61 3 6734 8736\n- Yusuf\n"), ["Yusuf"]);
        assert_eq!(names("Teach-back done.\n-- JW, RPh\n"), ["JW"]);
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
        // a service's or a credential's letters before a credential,
        // capitals before a time, more shorthand
        for t in ["Teach-back done.\n-- CC, RPh\n", "given at bedside.\n-- OT, RN\n", "seen today.\n- RN, BSN\n", "seen today.\n- ED RN\n", "seen today.\n-- ed RN\n", "scan done.\n- USS 14:30\n", "seen today.\n- tba\n", "seen today.\n- pu & bo\n"] {
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
}
