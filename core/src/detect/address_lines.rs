//! An address written after its label, in any country's format: "Address:
//! Lale Sokak No: 9, 16499 Karaağaçlı", "Resident at Plot 69, Iroko
//! Crescent, Olurinde Layout, Ibadan", "Lives at Avenida dos Ipês, 489,
//! Itaquará - SP, 55639-150.", "Home address abroad: Flat 5U, Gulmohar
//! Residency, 19th Cross, Shantipura, Bengaluru 560099", "Rose Cottage,
//! Church Street, Nether Ashby CM9 9PK". The street recognizer
//! ([`super::address`]) knows the shapes of US and European street lines;
//! after a label, the label says what the line is, whatever its shape.
//!
//! The value runs to the line's end, or to a form's next field (two spaces
//! or a tab), a "; ", a sentence's end (". " then a capital) or a phone
//! word; it must start with a capital or a digit and hold a digit or a
//! comma (a street and a town). Not an e-mail, IP or web address ("E-mail
//! address:", "IP address"), and not "same as above", "unknown", "on
//! file", which start in lower case. A form's block goes on in the lines
//! under the value that start in its column ("Address: Derrygarriff" /
//! "         Drogheda" / "         Co. Louth"), each line its own finding,
//! the value's too then, number or not. Three `memmem` passes find the
//! labels ("addr", "resid", "lives at").

use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.85;

/// Street types after which a dictation's command is a street's name
/// ("40 new line road", "7 next line close", "18 full stop lane").
const STREET_WORDS: &[&[u8]] = &[
    b"road", b"rd", b"street", b"st", b"lane", b"ln", b"close", b"avenue", b"ave", b"drive", b"way", b"court",
    b"crescent", b"terrace", b"place", b"grove", b"view", b"walk", b"gardens", b"mews", b"row", b"rise", b"parade",
];
/// Longest value read.
const MAX_VALUE: usize = 120;

/// The labels, without their first letter (either case); "esid" stands
/// for "resident at", "residing at", "resides at" (the "at" is read
/// after it).
/// "ddr" stands for "address" and "addr:".
const LABELS: [(&str, [u8; 2]); 3] = [("ddr", [b'a', b'A']), ("esid", [b'r', b'R']), ("ives at", [b'l', b'L'])];

/// One `memmem` pass a label: an Aho-Corasick automaton over the labels
/// cost 4.7% of all detection (its prefilter kept stopping at "ive",
/// "esi"), these three passes over rare needles a fraction of that.
static FINDERS: once_cell::sync::Lazy<Vec<memchr::memmem::Finder<'static>>> =
    once_cell::sync::Lazy::new(|| LABELS.iter().map(|l| memchr::memmem::Finder::new(l.0)).collect());

pub(crate) static TABLES: [&dyn super::Table; 1] = [&FINDERS];

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for (finder, &(needle, heads)) in FINDERS.iter().zip(LABELS.iter()) {
        for p in finder.find_iter(b) {
            if p == 0 || !heads.contains(&b[p - 1]) || (p >= 2 && b[p - 2].is_ascii_alphanumeric()) {
                continue;
            }
            let mut end = p + needle.len();
            if needle == "ddr" {
                // "address", "addr:"
                if b[end..].starts_with(b"ess") {
                    end += 3;
                } else if b.get(end) != Some(&b':') {
                    continue;
                }
            }
            if needle == "esid" {
                // "resident at", "residing at", "resides at"
                const AT: [&[u8]; 3] = [b"ent at", b"ing at", b"es at"];
                let Some(w) = AT.iter().find(|w| b[end..].starts_with(w)) else { continue };
                end += w.len();
            }
            label_at(b, p, end, needle == "ddr", out);
        }
    }
}

/// The address after a label that starts at `p` (its head at `p - 1`) and
/// ends at `end`.
fn label_at(b: &[u8], p: usize, end: usize, address: bool, out: &mut Vec<Finding>) {
    // "E-mail address", "IP address", "web address": not a place; "Issues
    // to address:": a verb
    let before = word_before(b, p - 1);
    if [&b"mail"[..], b"e-mail", b"email", b"ip", b"web", b"mac", b"url", b"forwarding", b"to"].iter().any(|w| before.eq_ignore_ascii_case(w)) {
        return;
    }
    // "addressed", "addresses": a verb
    if b.get(end).is_some_and(u8::is_ascii_alphabetic) {
        return;
    }
    let mut k = end;
    // "address abroad:"
    if b[k..].starts_with(b" abroad") {
        k += 7;
    }
    // "Home address (per booking):", "Address in country of
    // application:", "Address during stay:": what the label says of the
    // address, then its ':'
    k = qualifier_end(b, k);
    let from = k;
    while k < b.len() && matches!(b[k], b':' | b' ' | b'-' | b'#' | b'|') && k - from < 12 {
        k += 1;
    }
    let first = value_end(b, k).map(|e| if address { e } else { narrative_end(b, k, e) });
    if let Some(e) = first {
        out.push(Finding::new(PhiType::Address, k, e, SCORE));
    }
    if address {
        aligned_lines(b, k, first, out);
    }
}

/// Where the place after "lives at" or "resides at" ends in a sentence:
/// before a word in lower case that opens the sentence's next clause
/// ([`CLAUSE`]) and a word in lower case after it ("lives at 42 Maple
/// Road now and then", "with her son"; not "Brighton and Hove"),
/// not at any English word, which a street's or a town's name holds too
/// ("10 Avenue of the Americas", "Flat 3, the Old Mill", "45 high
/// street"); and never where only a number would be left. A form's
/// "Address:" value is left whole.
fn narrative_end(b: &[u8], s: usize, e: usize) -> usize {
    let mut p = s;
    while let Some(k) = memchr::memchr(b' ', &b[p..e]) {
        let w = p + k + 1;
        let we = w + b[w..e].iter().take_while(|c| c.is_ascii_lowercase()).count();
        if we > w && (we == e || !b[we].is_ascii_alphanumeric() && b[we] < 0x80 && b[we] != b'\'') {
            let word = &b[w..we];
            let cut = trim_end(b, s, w);
            // (and the word after it in lower case, or none: "now and
            // then", "with her son"; not "Brighton and Hove", "Home for
            // Retired Seamen")
            let next_lower = we == e || b.get(we + 1).is_none_or(|c| !c.is_ascii_uppercase());
            if CLAUSE.iter().any(|c| c.as_bytes() == word) && next_lower && b[s..cut].iter().any(u8::is_ascii_alphabetic) {
                return cut;
            }
        }
        p = w;
    }
    e
}

/// Words that open a sentence's next clause after a place.
const CLAUSE: &[&str] = &[
    "with", "and", "now", "since", "who", "but", "alone", "until", "till", "today", "currently", "for", "where", "which",
    "while", "when", "as", "because", "so", "then", "yesterday", "tonight", "tomorrow", "temporarily", "permanently",
    "together", "independently", "has", "had", "is", "was", "will", "does", "did", "says", "said", "per", "according",
    "visiting", "staying", "living", "working", "moving", "returning", "going", "coming", "waiting", "awaiting",
];

/// The lines under a labelled address's value that start in its column,
/// as a form prints a block ("Address: Derrygarriff\n         Drogheda\n
///          Co. Louth"): each its own finding, up to three, while they
/// hold no label, e-mail or next field; the value's own line too when
/// one follows and the value alone did not read as an address (a house's
/// or a townland's name, no number or comma in it). `first`: where the
/// value read alone ends.
fn aligned_lines(b: &[u8], k: usize, first: Option<usize>, out: &mut Vec<Finding>) {
    let ls = memchr::memrchr(b'\n', &b[..k]).map_or(0, |p| p + 1);
    let col = k - ls;
    let le = memchr::memchr(b'\n', &b[k..]).map_or(b.len(), |p| k + p);
    let te = trim_end(b, k, le);
    // a value that fills its line, each of its words from a capital or a
    // digit ("Co. Louth", "Oamaru 9400"; not "Patient is homeless", "With
    // wife"), a letter of any script in it
    let plain = |s: usize, e: usize| {
        let v = &b[s..e];
        let Ok(line) = std::str::from_utf8(v) else { return false };
        e > s
            && e - s <= 60
            && line.chars().any(char::is_alphabetic)
            && line.split([' ', ',', '/', '-']).filter(|w| !w.is_empty()).all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '(' || c == '\''))
            && !v.iter().any(|&c| matches!(c, b':' | b'@' | b'|' | b'\t'))
            && !v.windows(2).any(|w| w == b"  ")
    };
    // (nor a placeholder: "Unknown", "On File", "Same as above")
    let placeholder = |s: usize, e: usize| {
        let v = &b[s..e];
        [&b"unknown"[..], b"on file", b"same", b"none", b"n/a", b"homeless", b"nfa", b"see above", b"home"].iter().any(|p| v.len() >= p.len() && v[..p.len()].eq_ignore_ascii_case(p))
    };
    if col < 4 || !plain(k, te) || placeholder(k, te) || first.is_some_and(|e| e != te) {
        return;
    }
    let at = out.len();
    let mut end = le;
    for _ in 0..3 {
        let ns = end + 1;
        if ns >= b.len() || ns + col >= b.len() || !b[ns..ns + col].iter().all(|&c| c == b' ') {
            break;
        }
        let ne = memchr::memchr(b'\n', &b[ns..]).map_or(b.len(), |p| ns + p);
        let e = trim_end(b, ns + col, ne);
        if !plain(ns + col, e) {
            break;
        }
        out.push(Finding::new(PhiType::Address, ns + col, e, SCORE));
        end = ne;
    }
    if out.len() > at && first.is_none() {
        out.insert(at, Finding::new(PhiType::Address, k, te, SCORE));
    }
}

/// `e` moved back over blanks, '\r' and a trailing ',' or ';'.
fn trim_end(b: &[u8], s: usize, mut e: usize) -> usize {
    while e > s && matches!(b[e - 1], b' ' | b'\r' | b',' | b';') {
        e -= 1;
    }
    e
}

/// After a label ending at `k`: the end of a qualifier in parentheses or
/// of up to four lower-case words, when a ':' follows it; `k` when none
/// does.
fn qualifier_end(b: &[u8], k: usize) -> usize {
    if b.get(k) != Some(&b' ') {
        return k;
    }
    let mut q = k + 1;
    if b.get(q) == Some(&b'(') {
        let close = b[q..b.len().min(q + 48)].iter().position(|&c| c == b')' || c == b'\n');
        match close {
            Some(c) if b[q + c] == b')' => q += c + 1,
            _ => return k,
        }
    } else {
        let mut words = 0;
        while words < 4 && q < b.len() && b[q].is_ascii_lowercase() {
            while q < b.len() && (b[q].is_ascii_lowercase() || b[q] == b'-') {
                q += 1;
            }
            words += 1;
            if b.get(q) == Some(&b' ') && b.get(q + 1).is_some_and(u8::is_ascii_lowercase) {
                q += 1;
            }
        }
    }
    while b.get(q) == Some(&b' ') {
        q += 1;
    }
    if b.get(q) == Some(&b':') {
        q
    } else {
        k
    }
}

/// The word that ends at `e` (before the label), letters and '-'.
fn word_before(b: &[u8], e: usize) -> &[u8] {
    let mut k = e;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    let end = k;
    while k > 0 && (b[k - 1].is_ascii_alphabetic() || b[k - 1] == b'-') {
        k -= 1;
    }
    &b[k..end]
}

/// Where the address value starting at `s` ends, if it is one.
pub(crate) fn value_end(b: &[u8], s: usize) -> Option<usize> {
    let first = *b.get(s)?;
    if !(first.is_ascii_uppercase() || first.is_ascii_digit() || first >= 0xC0) {
        return None;
    }
    let mut e = s;
    while e < b.len() && e - s < MAX_VALUE {
        let c = b[e];
        // (a table's or a letterhead's '|' ends a field too)
        if c == b'\n' || c == b'\r' || c == b'\t' || c == b'|' {
            break;
        }
        if c == b' ' && b.get(e + 1) == Some(&b' ') {
            break;
        }
        if (c == b';' || c == b'.') && b.get(e + 1) == Some(&b' ') && (c == b';' || b.get(e + 2).is_some_and(u8::is_ascii_uppercase) || e + 2 >= b.len()) {
            break;
        }
        if c == b'.' && (e + 1 == b.len() || matches!(b[e + 1], b'\n' | b'\r')) {
            break;
        }
        if c == b',' || c == b' ' {
            let rest = &b[e + 1..];
            let rest = if c == b',' && rest.first() == Some(&b' ') { &rest[1..] } else { rest };
            // (the first letter first: most words start otherwise)
            let phone = rest.first().is_some_and(|&f| matches!(f | 0x20, b't' | b'p' | b'c' | b'm' | b'f' | b'e'))
                && [&b"tel"[..], b"phone", b"ph", b"cell", b"mobile", b"fax", b"e-mail", b"email"]
                    .iter()
                    .any(|w| rest.len() > w.len() && rest[..w.len()].eq_ignore_ascii_case(w) && !rest[w.len()].is_ascii_alphabetic());
            // (a dictation's command ends it: "address 98 riverside lane
            // comma margate ct9 4pw new paragraph dear ...")
            // (not a street's name: "40 new line road", "7 next line close")
            let dictated = c == b' '
                && rest.first().is_some_and(|&f| matches!(f, b'n' | b'f'))
                && [&b"new paragraph"[..], b"new line", b"next line", b"full stop"].iter().any(|w| {
                    rest.starts_with(w) && {
                        let after = &rest[w.len()..];
                        let next = after.strip_prefix(b" ").map_or(&b""[..], |a| &a[..a.iter().position(|c| !c.is_ascii_alphabetic()).unwrap_or(a.len())]);
                        !STREET_WORDS.iter().any(|s| next.eq_ignore_ascii_case(s))
                    }
                });
            if phone || dictated {
                break;
            }
        }
        e += 1;
    }
    // (a value cut at its longest ends on a character's first byte)
    while e > s && e < b.len() && b[e] & 0xC0 == 0x80 {
        e -= 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b',' | b'.' | b';' | b':' | b'-') {
        e -= 1;
    }
    let v = &b[s..e];
    let digit = v.iter().any(u8::is_ascii_digit);
    let comma = v.contains(&b',');
    if e - s < 6 || !(digit || comma) || v.contains(&b'@') || v.windows(3).any(|w| w == b"://") {
        return None;
    }
    // not a date or a phone number alone ("Address: 555-0123")
    if v.iter().all(|c| c.is_ascii_digit() || matches!(c, b'-' | b'/' | b' ' | b'(' | b')' | b'.' | b'+')) {
        return None;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_narrative_place_ends_at_the_sentence_s_next_words() {
        assert_eq!(found("lives at 42 Maple Road now and then some more words"), ["42 Maple Road"]);
        assert_eq!(found("Lives at Avenida dos Ipês, 489, Itaquará - SP, 55639-150."), ["Avenida dos Ipês, 489, Itaquará - SP, 55639-150"]);
        assert_eq!(found("resides at 12 Rue de la Paix, Lyon with her son"), ["12 Rue de la Paix, Lyon"]);
        assert_eq!(found("he lives at 6717 tamarack ave in Oxbow period new"), ["6717 tamarack ave in Oxbow period new"]);
        // a street's or a town's own words in lower case stay
        assert_eq!(found("lives at 10 Avenue of the Americas, New York"), ["10 Avenue of the Americas, New York"]);
        assert_eq!(found("Lives at 45 high street, Oxford."), ["45 high street, Oxford"]);
        assert_eq!(found("lives at Flat 3, the Old Mill, Mill Lane, Bath with carers"), ["Flat 3, the Old Mill, Mill Lane, Bath"]);
        assert_eq!(found("lives at 45 high street with mum"), ["45 high street"]);
        assert_eq!(found("lives at 10 Church Road, Brighton and Hove with mum"), ["10 Church Road, Brighton and Hove"]);
        assert_eq!(found("lives at Home for Retired Seamen, Greenwich"), ["Home for Retired Seamen, Greenwich"]);
        // a form's value stays whole
        assert_eq!(found("Address: 12 Elm St now closed"), ["12 Elm St now closed"]);
    }

    #[test]
    fn addresses_after_their_label_in_any_format() {
        assert_eq!(found("Address: Lale Sokak No: 9, 16499 Karaağaçlı\n\nThank you"), ["Lale Sokak No: 9, 16499 Karaağaçlı"]);
        assert_eq!(found("Home address (per booking): 301 Yanghwa-ro, Haeundae-gu, Busan 48875\n"), ["301 Yanghwa-ro, Haeundae-gu, Busan 48875"]);
        assert_eq!(found("Address in country of application: 57 Tran Hung Dao, Ward 5, Da Nang\n"), ["57 Tran Hung Dao, Ward 5, Da Nang"]);
        assert_eq!(found("| Home country address | House No. 71, Street 12, Rawalpindi 46419 |\n"), ["House No. 71, Street 12, Rawalpindi 46419"]);
        assert!(found("Address (see chart)\n").is_empty());
        assert_eq!(found("Patient number 00897683\nResident at Plot 69, Iroko Crescent, Olurinde Layout, Ibadan\n"), ["Plot 69, Iroko Crescent, Olurinde Layout, Ibadan"]);
        assert_eq!(found("Lives at Avenida dos Ipês, 489, Itaquará - SP, 55639-150. Visiting family"), ["Avenida dos Ipês, 489, Itaquará - SP, 55639-150"]);
        assert_eq!(found("Home address abroad: Flat 5U, Gulmohar Residency, 19th Cross, Bengaluru 560099"), ["Flat 5U, Gulmohar Residency, 19th Cross, Bengaluru 560099"]);
        assert_eq!(found("Addr: Molenstraat 54, Oosterbroek   Tel (971) 555-0191"), ["Molenstraat 54, Oosterbroek"]);
        assert_eq!(found("Address: Rose Cottage, Church Street, Nether Ashby CM9 9PK, tel 0113 496 0000"), ["Rose Cottage, Church Street, Nether Ashby CM9 9PK"]);
        // a dictation's command ends the value
        assert_eq!(found("address 98 riverside lane comma margate ct9 4pw new paragraph dear harjit sandhu thank you"), ["98 riverside lane comma margate ct9 4pw"]);
        assert_eq!(found("address 12 elm road comma leeds full stop she lives alone"), ["12 elm road comma leeds"]);
        assert_eq!(found("address 40 new line road comma bradford bd10 9ax"), ["40 new line road comma bradford bd10 9ax"]);
    }

    #[test]
    fn a_labelled_block_s_lines_in_the_value_s_column() {
        assert_eq!(found("Address: 83 Kowhai Road\n         Oamaru 9400\nAccess: key safe"), ["83 Kowhai Road", "Oamaru 9400"]);
        assert_eq!(found("Address: Derrygarriff\n         Drogheda\n         Co. Louth\nEircode: A92 W31C"), ["Derrygarriff", "Drogheda", "Co. Louth"]);
        // a value alone without a number or a comma, lines out of its
        // column, in lower case or holding a label
        assert!(found("Address: Derrygarriff\nDrogheda").is_empty());
        assert!(found("Address: Same as patient\n         (see above)").is_empty());
        assert!(found("Address: Derrygarriff\n         Phone: 555 0101").is_empty());
        assert!(found("Address: Derrygarriff\n    Drogheda").is_empty());
        assert!(found("Issues to address: Pain\n                   Nausea\n                   Constipation").is_empty());
        assert!(found("Address: Unknown\n         Patient is homeless").is_empty());
        assert!(found("Address: On File\n         Confirmed At Registration").is_empty());
        assert!(found("Lives at: Home\n          With Wife").is_empty());
        assert!(found("Address: \u{1F600}\u{1F600}\n         \u{1F600}\u{1F600}").is_empty());
        // a value cut at its longest ends on a character's boundary
        let t = format!("Address: 12 {}\u{e9}", "a".repeat(116));
        for f in found(&t) {
            assert!(t.contains(f));
        }
    }

    #[test]
    fn not_an_address() {
        assert!(found("E-mail address: pat@example.org").is_empty());
        assert!(found("IP address 192.0.2.10 logged").is_empty());
        assert!(found("Address: same as above").is_empty());
        assert!(found("Address: on file").is_empty());
        assert!(found("we will address this at the next visit, 2 weeks").is_empty());
        assert!(found("Address: Unknown").is_empty());
        assert!(found("Address: 555-0123").is_empty());
        assert!(found("addressed the concerns").is_empty());
    }
}
