//! The other lines of a postal address written as a block, a part a line,
//! as on a mailing label or under a letterhead:
//!
//! ```text
//! Unit 6974 Box 797           Mill Cottage, 225 Kingsway    Calle Reforma 171 Depto. 302
//! FPO AP 96633                Brighton B67 4GX              Col. Chapultepec
//!                                                           C.P. 72647, Puebla, Pue.
//! ```
//!
//! The street recognizers find one line of such a block (a street with a
//! type word, a town with its postcode, a military post office); the line
//! says nothing of its neighbours, whose shapes are every country's. So
//! when an address found fills its line, the lines next to it in the same
//! paragraph are read as its other lines while they look like one: short,
//! no label (':'), no phone, e-mail or web word, no organisation's word
//! ("Hospital", "Clinic", "Department"), no English word in lower case
//! but a street's ("avenue Chardy", "lot 681"), and not a country alone
//! ("ITALY", which Safe Harbor leaves). A line above must also hold a
//! number or a street's word (the line above a block is its addressee's
//! name as often), and no name found there; a line below stops at a name
//! found with confidence. At most two lines above and three below.
//!
//! A town after a street on its line, before the line's or the
//! sentence's end ("at 7298 Lincoln Road, Salinas"), is read as the
//! address's town when the lists know it or none of its words is English.
//!
//! The line under a letterhead's organisation ("Midorigaoka Clinic") is
//! read as its address the same way, when it holds a number and starts
//! with one or holds a comma ([`letterheads`]).
//!
//! No pass over the text of its own: the lines after the organisations'
//! words the structured family's keyword scan found (the first four such
//! lines), then the lines around the addresses found, every line's ends
//! looked for within [`LINE_SCAN`] bytes.

use super::interrupt::every_items;
use super::lexicon::{fold_into, is_city, is_english, is_world_city, lexicon, C_STOP};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.8;
/// Longest line read as an address's.
const MAX_LINE: usize = 80;
const MAX_UP: usize = 2;
const MAX_DOWN: usize = 3;

/// First words of a line that is no address's: a phone's, an e-mail's or a
/// web address's, a letter's salutation or reference.
fn not_first(k: &str) -> bool {
    matches!(
        k,
        "tel" | "tel." | "t" | "t." | "ph" | "ph." | "phone" | "fax" | "f" | "f." | "mob" | "mobile" | "cell" |
            "email" | "e-mail" | "web" | "www" | "dear" | "re" | "attn" | "cc" | "ref" | "to" | "from" | "date"
    )
}

/// Words of an organisation's name: the line with one is a letterhead's.
fn org(k: &str) -> bool {
    matches!(
        k,
        "hospital" | "hospitals" | "clinic" | "clinique" | "klinik" | "klinikum" | "department" | "dept" |
            "university" | "centre" | "center" | "practice" | "trust" | "laboratory" | "lab" | "service" |
            "services" | "ltd" | "inc" | "llc" | "gmbh" | "ministry" | "embassy" | "consulate" | "pharmacy" |
            "surgery" | "institute" | "foundation" | "school" | "faculty" | "office" | "fictional" | "medical" |
            "health" | "hôpital" | "hospital," | "ospedale" | "krankenhaus"
    )
}

/// A form's name fields ("3. (Surname) MAC CARTHAIGH").
fn name_label(k: &str) -> bool {
    matches!(
        k,
        "surname" | "name" | "names" | "forename" | "forenames" | "given" | "patient"
    )
}

/// Words in lower case that an address's line may hold although English
/// ("avenue Chardy", "lot 681", "26th of July Corridor").
fn street_lower(k: &str) -> bool {
    matches!(
        k,
        "avenue" | "road" | "street" | "lane" | "lot" | "box" | "floor" | "flat" | "unit" | "apt" | "suite" |
            "house" | "block" | "sector" | "ward" | "district" | "via" | "rue" | "and"
    )
}

/// Street words that let a line above an address join it without a
/// number, ending a part of it ("Linking Road, Bandra West").
fn street_word(k: &str) -> bool {
    matches!(
        k,
        "road" | "rd" | "street" | "st" | "avenue" | "ave" | "lane" | "ln" | "drive" | "dr" | "way" | "place" |
            "court" | "close" | "crescent" | "terrace" | "parade" | "boulevard" | "blvd" | "highway" | "marg" |
            "nagar" | "salai" | "colony" | "calle" | "via" | "rue" | "avenida" | "rua" | "col" | "colonia" |
            "sector" | "phường" | "quận" | "straße" | "strasse"
    )
}

/// Countries written alone on a label's last line.
fn country(k: &str) -> bool {
    matches!(
        k,
        "usa" | "united states" | "canada" | "mexico" | "uk" | "united kingdom" | "england" | "scotland" | "wales" |
            "ireland" | "france" | "germany" | "deutschland" | "italy" | "italia" | "spain" | "españa" | "portugal" |
            "netherlands" | "belgium" | "switzerland" | "austria" | "poland" | "sweden" | "norway" | "denmark" |
            "finland" | "greece" | "turkey" | "ukraine" | "russia" | "india" | "pakistan" | "bangladesh" | "china" |
            "japan" | "korea" | "south korea" | "vietnam" | "viet nam" | "philippines" | "thailand" | "indonesia" |
            "malaysia" | "singapore" | "australia" | "new zealand" | "brazil" | "brasil" | "argentina" | "chile" |
            "colombia" | "peru" | "nigeria" | "ghana" | "kenya" | "ethiopia" | "egypt" | "morocco" | "south africa" |
            "côte d'ivoire" | "ivory coast" | "senegal" | "oman" | "uae" | "united arab emirates" | "saudi arabia" |
            "israel" | "iran" | "iraq" | "lebanon" | "jordan" | "taiwan" | "hong kong"
    )
}

/// Adds the address under a letterhead's organisation, and the lines
/// around each address in `found` that fills its line.
pub(crate) fn extend(text: &str, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut key = String::new();
    let mut others = Others::default();
    letterheads(text, found, &mut others, &mut key);
    let n = found.len();
    for i in 0..n {
        every_items(i);
        let f = found[i];
        if f.kind != PhiType::Address || f.score < 0.5 {
            continue;
        }
        let Some((ls, le)) = line_bounds(b, f.start, f.end) else { continue };
        // "at 7298 Lincoln Road, Salinas": the town after the street, the
        // line's or the sentence's end after it
        if let Some((a, z)) = town_after(text, f.end, le, &mut key) {
            push(found, a, z);
            continue;
        }
        if !fills(b, ls, le, f.start, f.end) {
            continue;
        }
        // up, then down, while the lines read as the address's
        let mut s = ls;
        for _ in 0..MAX_UP {
            let Some((ps, pe)) = line_before(b, s) else { break };
            match address_line(text, ps, pe, At::Above, found, &mut others, &mut key) {
                Some((a, z)) => push(found, a, z),
                None => break,
            }
            s = ps;
        }
        let mut e = le;
        for _ in 0..MAX_DOWN {
            let Some((ns, ne)) = line_after(b, e) else { break };
            match address_line(text, ns, ne, At::Below, found, &mut others, &mut key) {
                Some((a, z)) => push(found, a, z),
                None => break,
            }
            e = ne;
        }
    }
}

/// A town after an address ending at `e`, on its line (ending at `le`):
/// ", " and one to three capitalized words, then the line's end, a
/// sentence's, ';' or " (": a town the lists know ("Salinas", "St.
/// John's"), or words none of which is English or stop-listed
/// ("Charlottetown"). Not a suite's or an organisation's words ("12 Elm
/// St, Suite", "12 Elm St, Riverside Clinic").
fn town_after(text: &str, e: usize, le: usize, key: &mut String) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if !b[e..le].starts_with(b", ") {
        return None;
    }
    let a = e + 2;
    let rest = &text[a..le];
    let mut z = a;
    let mut words = 0;
    let mut known_words = true;
    // (where the word starts, from `a`)
    let mut at = 0;
    for w in rest.split(' ') {
        let core = w.trim_end_matches(['.', ';', ',']);
        if core.is_empty() || words == 3 || !core.starts_with(|c: char| c.is_uppercase()) || !core.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.')) {
            break;
        }
        lower_into(core, key);
        let e = lexicon(key);
        if org(key) || e.is_some_and(|c| c & C_STOP != 0) || is_english(key) {
            known_words = false;
        }
        words += 1;
        z = a + at + core.len();
        if core.len() != w.len() {
            break;
        }
        at += w.len() + 1;
    }
    if words == 0 {
        return None;
    }
    let tail = &b[z..le];
    let ends = tail.is_empty() || tail.starts_with(b". ") || tail == b"." || tail.starts_with(b";") || tail.starts_with(b" (") || tail.iter().all(u8::is_ascii_whitespace);
    if !ends {
        return None;
    }
    lower_into(&text[a..z], key);
    (is_city(key) || is_world_city(key) || known_words).then_some((a, z))
}

/// The line after an organisation's name (a short line with one of its
/// words, "Midorigaoka Clinic", "Klinikum Nordheide", which the keyword
/// scan of the structured family has found: [`super::structured::org_words`])
/// is its address when it reads as one, whatever its country's shape:
/// "Room 1042, Maison Aoyama, 2-29-6 Umeda, Kita-ku, Osaka 530-1481", "51
/// Teheran-ro, Haeundae-gu, Busan 48047", "Mühlenweg 26 a, 28320 Bremen |
/// Tel ..." (to a '|', ';', "·" or two spaces). It must hold a number,
/// and start with one or hold a comma; the rest as for a block's line.
fn letterheads(text: &str, found: &mut Vec<Finding>, others: &mut Others, key: &mut String) {
    let b = text.as_bytes();
    let mut lines: [(usize, usize); 4] = [(0, 0); 4];
    let mut n = 0;
    super::structured::org_words(text, |s, _| {
        // (capitalized, "Clinic", not "returns to clinic"; on a line of 100
        // bytes at most; the first few such lines alone: a letterhead
        // names one or two)
        if n < lines.len() && b[s].is_ascii_uppercase() {
            if let Some((ls, le)) = line_bounds(b, s, s).filter(|&(ls, le)| le - ls <= 100) {
                if n == 0 || lines[n - 1] != (ls, le) {
                    lines[n] = (ls, le);
                    n += 1;
                }
            }
        }
    });
    for &(ps, pe) in &lines[..n] {
        if !org_line(text, ps, pe) {
            continue;
        }
        // the next line, or its first LINE_SCAN bytes (a letterhead's line
        // may go on with a phone number and an e-mail address)
        let Some(nl) = b[pe..].iter().take(2).position(|&c| c == b'\n').map(|k| pe + k) else { continue };
        let s = nl + 1;
        let e = s + memchr::memchr(b'\n', &b[s..(s + LINE_SCAN).min(b.len())]).unwrap_or((b.len() - s).min(LINE_SCAN));
        let a = trim_lead(b, s, e);
        // (to a '|', ';', '\t', "·", two spaces or ", tel": the
        // letterhead's next item)
        let cut = (a..e)
            .find(|&k| {
                matches!(b[k], b'|' | b';' | b'\t')
                    || b[k..e].starts_with(b"  ")
                    || b[k..e].starts_with("\u{b7}".as_bytes())
                    || (b[k] == b',' && next_item(text, k + 1, e, key))
            })
            .unwrap_or(e);
        let shape = b[a..cut].iter().any(u8::is_ascii_digit)
            && (b.get(a).is_some_and(u8::is_ascii_digit) || b[a..cut].contains(&b','));
        if shape {
            if let Some((a, z)) = address_line(text, s, cut, At::Letterhead, found, others, key) {
                push(found, a, z);
            }
        }
    }
}

/// Whether the word after `k` (and its blanks) starts a letterhead's next
/// item: a phone's or an e-mail's word (", tel. (02) 8148 0534").
fn next_item(text: &str, k: usize, e: usize, key: &mut String) -> bool {
    let r = text[k..e].trim_start();
    let w = r.split([' ', ':', '.']).next().unwrap_or("");
    !w.is_empty() && w.len() <= 6 && {
        lower_into(w, key);
        not_first(key)
    }
}

/// Whether the line `s..e` (with an organisation's word) is its name
/// alone: eight words at most, no label's ':'.
fn org_line(text: &str, s: usize, e: usize) -> bool {
    let line = &text[s..e];
    !line.contains(':') && line.split_whitespace().nth(8).is_none()
}

/// (An address found over the same line may also run past it, "Bremen |
/// Tel +49", and lose to the phone number: the line's own is added all
/// the same, and the resolver keeps one, as it keeps one of a line two
/// addresses' blocks both add.)
fn push(found: &mut Vec<Finding>, a: usize, z: usize) {
    found.push(Finding::new(PhiType::Address, a, z, SCORE));
}

/// Where a line stands: above or below an address found, or under a
/// letterhead's organisation.
#[derive(Clone, Copy, PartialEq)]
enum At {
    Above,
    Below,
    Letterhead,
}

/// The findings of other kinds than an address, sorted by their start,
/// for [`address_line`]'s question (built on its first).
#[derive(Default)]
struct Others {
    built: bool,
    spans: Vec<(usize, usize, PhiType, f32)>,
    longest: usize,
}

impl Others {
    fn build(&mut self, found: &[Finding]) {
        if self.built {
            return;
        }
        self.built = true;
        self.spans.extend(found.iter().filter(|g| g.kind != PhiType::Address && g.kind != PhiType::Zip).map(|g| (g.start, g.end, g.kind, g.score)));
        self.spans.sort_unstable_by_key(|g| g.0);
        self.longest = self.spans.iter().map(|g| g.1 - g.0).max().unwrap_or(0);
    }

    /// Whether one of them over `s..e` forbids the line: above an address,
    /// any; below, one found with confidence (under a letterhead, with
    /// more: "26th of July Corridor" is no date, but a phone number is
    /// one), or a name that starts the line.
    fn forbid(&self, s: usize, e: usize, at: At) -> bool {
        let k = self.spans.partition_point(|g| g.0 < e);
        let sure = match at {
            At::Above => 0.0,
            At::Below => 0.7,
            At::Letterhead => 0.9,
        };
        self.spans[..k]
            .iter()
            .rev()
            .take_while(|g| g.0 + self.longest > s)
            .any(|&(gs, ge, kind, score)| {
                let contact = matches!(kind, PhiType::Phone | PhiType::Fax | PhiType::Email | PhiType::Url);
                ge > s && (score >= sure || (contact && score >= 0.7) || (kind == PhiType::Name && gs <= s))
            })
    }
}

/// Farthest a line's end is looked for (past [`MAX_LINE`] and a
/// letterhead's line): every search is bounded, so a text of one long
/// line costs a few bounded searches an address, not a pass over it each.
const LINE_SCAN: usize = 128;

/// The line holding `p..q` (`p <= q`, on one line): its start and its end
/// (before "\n" or "\r"), when both are within [`LINE_SCAN`] bytes of it.
fn line_bounds(b: &[u8], p: usize, q: usize) -> Option<(usize, usize)> {
    let from = p.saturating_sub(LINE_SCAN);
    let s = match memchr::memrchr(b'\n', &b[from..p]) {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let to = (q + LINE_SCAN).min(b.len());
    let mut e = match memchr::memchr(b'\n', &b[q..to]) {
        Some(k) => q + k,
        None if to == b.len() => to,
        None => return None,
    };
    if e > s && b[e - 1] == b'\r' {
        e -= 1;
    }
    Some((s, e))
}

/// The line before the one starting at `s`, unless there is none, it is
/// blank (a paragraph's end) or longer than [`LINE_SCAN`].
fn line_before(b: &[u8], s: usize) -> Option<(usize, usize)> {
    if s == 0 {
        return None;
    }
    let (ps, pe) = line_bounds(b, s - 1, s - 1)?;
    (!b[ps..pe].iter().all(u8::is_ascii_whitespace)).then_some((ps, pe))
}

/// The line after the one ending at `e`, unless there is none, it is
/// blank or longer than [`LINE_SCAN`].
fn line_after(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let nl = e + b[e..].iter().take(2).position(|&c| c == b'\n')?;
    if nl + 1 >= b.len() {
        return None;
    }
    let (ns, ne) = line_bounds(b, nl + 1, nl + 1)?;
    (!b[ns..ne].iter().all(u8::is_ascii_whitespace)).then_some((ns, ne))
}

/// Whether the finding `s..e` is all of its line `ls..le` but for blanks,
/// a list's marker or a postcode's sign before it and punctuation after.
/// Before it, a label ("Home: ") or a flat's or a unit's number ("Flat
/// 2, 70 Ashgrove Avenue") may stand; after it, a rural delivery's or a
/// unit's number (", RD 6", ", Apt 4").
fn fills(b: &[u8], ls: usize, le: usize, s: usize, e: usize) -> bool {
    let mut lead = trim_lead(b, ls, le);
    if lead < s {
        let pre = &b[lead..s];
        // (an address's label: "Home:", "Last residence:", "Address line
        // 1:"; not a town's, "City: Lancaster", whose neighbours are the
        // form's other fields)
        let label = memchr::memchr(b':', pre).is_some_and(|c| {
            let l = pre[..c].to_ascii_lowercase();
            c <= 24
                && l.iter().all(|&x| x.is_ascii_alphanumeric() || x == b' ')
                && ["home", "address", "addr", "residence", "location", "line"].iter().any(|w| memchr::memmem::find(&l, w.as_bytes()).is_some())
                && pre[c + 1..].iter().all(|&x| x == b' ' || x == b'\t')
        });
        if label || unit_before(pre) {
            lead = s;
        }
    }
    let rest = &b[e..le];
    let blank = |r: &[u8]| r.iter().all(|&c| c.is_ascii_whitespace() || matches!(c, b',' | b'.' | b';' | b')' | b']'));
    lead == s && (blank(rest) || unit_after(rest).is_some_and(blank))
}

/// Whether `pre` is a flat's or a unit's word and its number, then ", "
/// or a space ("Flat 2, ", "Unit 4B ", "Apt 12, ").
fn unit_before(pre: &[u8]) -> bool {
    let mut w = pre.splitn(2, |&c| c == b' ');
    let (Some(word), Some(rest)) = (w.next(), w.next()) else { return false };
    let rest = rest.strip_suffix(b" ").unwrap_or(rest);
    let rest = rest.strip_suffix(b",").unwrap_or(rest);
    UNITS.iter().any(|u| word.eq_ignore_ascii_case(u.as_bytes()))
        && (1..=5).contains(&rest.len())
        && rest.iter().all(u8::is_ascii_alphanumeric)
        && rest[0].is_ascii_digit()
}

/// What is left after a rural delivery's or a unit's number at the start
/// of `r` (", RD 6", ", Apt 4"), if one is there.
fn unit_after(r: &[u8]) -> Option<&[u8]> {
    let r = r.strip_prefix(b", ")?;
    let sp = memchr::memchr(b' ', r)?;
    let (word, num) = (&r[..sp], &r[sp + 1..]);
    if !(word.eq_ignore_ascii_case(b"rd") || UNITS.iter().any(|u| word.eq_ignore_ascii_case(u.as_bytes()))) {
        return None;
    }
    let n = num.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    (n >= 1 && n <= 5 && num[0].is_ascii_digit()).then(|| &num[n..])
}

/// A flat's or a unit's words.
const UNITS: &[&str] = &["flat", "unit", "apt", "apartment", "suite", "ste", "level", "lot"];

/// The start of a line's text after blanks, a list's marker ("[1] ",
/// "- ") and the postcode sign ("〒").
fn trim_lead(b: &[u8], mut s: usize, e: usize) -> usize {
    while s < e && matches!(b[s], b' ' | b'\t') {
        s += 1;
    }
    // (a marker's first byte first: most lines start with a letter)
    if s < e && matches!(b[s], b'[' | b'-' | 0xE2 | 0xE3) {
        let r = &b[s..e];
        if r[0] == b'[' {
            if let Some(k) = r.iter().take(5).position(|&c| c == b']') {
                if r[1..k].iter().all(u8::is_ascii_digit) {
                    s += k + 1;
                }
            }
        } else if r.starts_with(b"- ") {
            s += 2;
        } else if r.starts_with("\u{2022} ".as_bytes()) {
            s += "\u{2022} ".len();
        } else if r.starts_with("\u{3012}".as_bytes()) {
            s += "\u{3012}".len();
        }
        while s < e && matches!(b[s], b' ' | b'\t') {
            s += 1;
        }
    }
    s
}

/// The part of the line `ls..le` that is an address's (its text, trimmed),
/// when the line reads as one (see the module's text); `at`: where the line stands
/// above the address found.
fn address_line(
    text: &str,
    ls: usize,
    le: usize,
    at: At,
    found: &[Finding],
    others: &mut Others,
    key: &mut String,
) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let s = trim_lead(b, ls, le);
    let mut e = le;
    while e > s && (b[e - 1].is_ascii_whitespace() || matches!(b[e - 1], b',' | b';')) {
        e -= 1;
    }
    let line = &text[s..e];
    // (and a letter in it: "010-17038608" alone is a phone number)
    if line.len() < 2 || line.len() > MAX_LINE || !line.chars().any(char::is_alphabetic) {
        return None;
    }
    // (no label, e-mail, web address, form's next field)
    let lb = line.as_bytes();
    // ("Age = 68", "Age- 82", "St = PA": a form's field too)
    let field = lb.iter().position(|&c| c == b'=' || c == b'-').is_some_and(|k| {
        k > 0 && lb[..k].iter().all(|c| c.is_ascii_alphabetic() || *c == b' ') && (lb[k] == b'=' || lb.get(k + 1) == Some(&b' '))
    });
    if field
        || lb.iter().enumerate().any(|(k, &c)| matches!(c, b':' | b'@' | b'|' | b'\t') || (c == b' ' && lb.get(k + 1) == Some(&b' ')))
        || line.contains("www.")
    {
        return None;
    }
    // a finding there of another kind, a phone's, a date's, a name's:
    // above the address, any; below, one found with confidence (a
    // postcode read as a phone number, "Kita-ku, Osaka" as a name, are not)
    // and never a line that starts with a name ("Brown, Callum  MR No:",
    // "Patel, Venkatesh #681715": a record's header)
    others.build(found);
    if others.forbid(s, e, at) {
        return None;
    }
    // (a number after '#' alone is a record's, "Patel, Venkatesh #681715")
    let digit = line.split_whitespace().any(|w| !w.starts_with('#') && w.bytes().any(|c| c.is_ascii_digit()));
    if !digit && line.contains('#') {
        return None;
    }
    let mut words = 0;
    for (k, w) in line.split([' ', ',']).filter(|w| !w.is_empty()).enumerate() {
        words += 1;
        if words > 10 {
            return None;
        }
        lower_into(w.trim_end_matches(['.', ')']).trim_start_matches('('), key);
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        if k == 0 && (not_first(key) || (lower && !digit)) {
            return None;
        }
        if org(key) || name_label(key) {
            return None;
        }
        if lower && key.len() >= 3 && !street_lower(key) && is_english(key) {
            return None;
        }
    }
    if digit {
        return Some((s, e));
    }
    // a country alone ("ITALY")
    if words <= 3 {
        key.clear();
        key.extend(line.chars().flat_map(char::to_lowercase));
        if country(key.trim_end_matches('.')) {
            return None;
        }
    }
    // (a street's word ends a part of the line, after its name: "Linking
    // Road, Bandra West"; not "Beacon Street Pulmonary", a practice's)
    let street = line.split(',').any(|part| {
        let mut ws = part.split_whitespace();
        let first = ws.next();
        ws.last().filter(|_| first.is_some()).is_some_and(|last| {
            lower_into(last.trim_end_matches('.'), key);
            street_word(key)
        })
    });
    (at != At::Above || street).then_some((s, e))
}

/// `w` lower-cased into `key` (folded as the lexicon folds it when it is
/// not ASCII).
fn lower_into(w: &str, key: &mut String) {
    if w.is_ascii() {
        key.clear();
        key.push_str(w);
        key.make_ascii_lowercase();
    } else {
        fold_into(w, key);
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::Detector;
    use crate::types::PhiType;

    fn addresses(t: &str) -> Vec<&str> {
        let mut v: Vec<_> = Detector::builtin()
            .detect(t, 0.5)
            .into_iter()
            .filter(|f| f.kind == PhiType::Address)
            .map(|f| &t[f.start..f.end])
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_labels_lines() {
        assert_eq!(
            addresses("[1] Rajesh Rao\n    Unit 6974 Box 797\n    FPO AP 96633\n    Reason returned: moved"),
            ["FPO AP 96633", "Unit 6974 Box 797"]
        );
        assert_eq!(
            addresses("[2] Francesca Ricci\n    Via Cavour 15\n    20164 Milano (MI)\n    ITALY\n"),
            ["20164 Milano (MI)", "Via Cavour 15"]
        );
        assert_eq!(
            addresses("Calle Reforma 171 Depto. 302\nCol. Chapultepec\nC.P. 72647, Puebla, Pue.\nT +52 (33) 1571-6408"),
            ["C.P. 72647, Puebla, Pue.", "Calle Reforma 171 Depto. 302", "Col. Chapultepec"]
        );
    }

    #[test]
    fn a_block_under_a_flat_s_number_or_an_address_s_label() {
        assert_eq!(addresses("N VILLANUEVA\nFlat 2, 70 Ashgrove Avenue\nLevin 5515\n\nTenancy ref"), ["70 Ashgrove Avenue", "Levin 5515"]);
        assert_eq!(addresses("Home: 2673 Fordell Road, RD 6\n      Porirua 5022\nVisit: 28th"), ["2673 Fordell Road", "Porirua 5022"]);
        // a town's label, and a form's fields around it, are no block's
        let got = addresses("Line 1: 5755 Sunset Ave\nCity: Lancaster\nSt = PA\nAge- 82\n");
        assert_eq!(got, ["5755 Sunset Ave", "Lancaster"]);
    }

    #[test]
    fn a_letterheads_lines() {
        assert_eq!(
            addresses("Department of Nephrology\nQueen Adelaide Hospital\nMill Cottage, 225 Kingsway\nBrighton B67 4GX\n\nRe: the patient"),
            ["Brighton B67 4GX", "Mill Cottage, 225 Kingsway"]
        );
        assert_eq!(
            addresses("Hospital No. 7 (fictional)\nvul. Sadova, 149\nOdesa 65040\nTel. +380 44 365 6671"),
            ["Odesa 65040", "vul. Sadova, 149"]
        );
    }

    #[test]
    fn under_a_letterhead() {
        assert_eq!(
            addresses("Midorigaoka Clinic\nRoom 1042, Maison Aoyama, 2-29-6 Umeda, Kita-ku, Osaka 530-1481\nTEL 06-2789-0231"),
            ["Room 1042, Maison Aoyama, 2-29-6 Umeda, Kita-ku, Osaka 530-1481"]
        );
        assert_eq!(
            addresses("Klinikum Nordheide\nMühlenweg 26 a, 28320 Bremen | Tel +49 (0)89 5479 547 | billing@example.de"),
            ["Mühlenweg 26 a, 28320 Bremen"]
        );
        assert_eq!(
            addresses("Dar El Shifa Clinic\n141 26th of July Corridor, Zamalek, Floor 12, Alexandria 21130, tel. (02) 8148 0534, records@example.com\n"),
            ["141 26th of July Corridor, Zamalek, Floor 12, Alexandria 21130"]
        );
        // not a letterhead's date, dose or sentence
        assert!(addresses("St Mary's Hospital\nDischarge Summary 12/03/2024\n").is_empty());
        assert!(addresses("Riverside Clinic\n10 mg daily, continue for two weeks\n").is_empty());
        assert!(addresses("Riverside Clinic\n3 days post-op, wound clean\n").is_empty());
        assert!(addresses("Midorigaoka Clinic\n03-8601-3243 | www.example.jp\n").is_empty());
        // a record's header under a clinic's heading
        assert!(addresses("CHRONIC CARE CLINIC - OBESITY\nPatel, Venkatesh #681715  31M\n").is_empty());
        assert!(addresses("Health Insurance Card\n3. (Surname) MAC CARTHAIGH\n").is_empty());
    }

    #[test]
    fn a_town_after_the_street_on_its_line() {
        assert_eq!(addresses("sister at 7298 Lincoln Road, Salinas\nSupervising officer"), ["7298 Lincoln Road", "Salinas"]);
        assert_eq!(addresses("father at 8367 Maple Blvd, #4, Toledo. Stopped working"), ["8367 Maple Blvd, #4", "Toledo"]);
        // a suite's, an organisation's, or a sentence's words
        assert_eq!(addresses("12 Elm St, Riverside Clinic"), ["12 Elm St"]);
        assert_eq!(addresses("met at 12 Elm St, Then went home"), ["12 Elm St"]);
    }

    #[test]
    fn not_the_lines_of_a_paragraph() {
        // prose, a name above, labels below
        assert_eq!(
            addresses("She lives at 12 Oak Street, Springfield, IL 62704 with her son.\nShe walks daily.\n"),
            ["12 Oak Street, Springfield, IL 62704"]
        );
        let t = "Maria Lopez\n12 Oak Street\nSpringfield, IL 62704\nDOB: 01/02/1950";
        assert!(!addresses(t).iter().any(|a| a.contains("Maria") || a.contains("DOB")), "{:?}", addresses(t));
        assert_eq!(addresses("12 Oak Street, Springfield, IL 62704\nfollow up in two weeks\nBP 120/80"), ["12 Oak Street, Springfield, IL 62704"]);
        // a practice's name above its address
        assert_eq!(addresses("Crescent Valley Pediatrics\n321 Mill Rd, Bakersfield, CA 93356-5669"), ["321 Mill Rd, Bakersfield, CA 93356-5669"]);
    }
}
