//! Recognizers for number- and format-shaped identifiers: dates, ages over
//! 89, phone and fax numbers, e-mail, URLs, IP addresses, SSNs, and the
//! identifiers introduced by a label (MRN, member ID, account, DEA, NPI,
//! license, VIN, plate, serial number, case number, ...).
//!
//! Speed: each family runs only when a cheap byte test says it can match
//! (`@` for e-mail, a digit for anything numeric, `:`/`.` shapes for URLs
//! and IPs). The numeric shapes share one leftmost-first regex whose
//! matches are then classified and validated in plain code; all regexes use
//! ASCII word boundaries so they run on the DFA engines, and are compiled
//! once per process.

use super::context::window_before;
use crate::types::{Finding, PhiType};
use once_cell::sync::Lazy;
use regex::Regex;
use std::net::Ipv6Addr;
use std::str::FromStr;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("built-in pattern compiles")
}

/// Numeric shapes, most specific first (leftmost-first alternation).
static NUM: Lazy<Regex> = Lazy::new(|| {
    re(r"(?x)(?:
        \+?1[-.\ ]?\(\d{3}\)\ ?\d{3}[-.\ ]\d{4}                       # +1 (415) 555-0132
      | \(\d{3}\)\ ?\d{3}[-.\ ]\d{4}                                  # (415) 555-0132
      | \+1[-.\ ]\d{3}[-.\ ]\d{3}[-.\ ]\d{4}                          # +1 415 555 0132
      | \+\d{1,3}[\ ]?\d{2,4}[\ ]?\d{3,4}[\ ]?\d{3,4}                  # +44 20 7946 0958
      | (?-u:\b)(?:
        \d{4}-\d{1,2}-\d{1,2}(?:[T\ ]\d{1,2}:\d{2}(?::\d{2})?)?      # ISO date / datetime
      | \d{4}/\d{1,2}/\d{1,2}                                          # 2016/03/13
      | \d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}                           # IPv4
      | (?:1[-.\ ])?\d{3}[-.\ ]\d{3}[-.\ ]\d{4}                       # 415-555-0132
      | \d{3}[-\ ]\d{2}[-\ ]\d{4}                                    # SSN
      | \d{4}[-\ ]\d{4}[-\ ]\d{4}[-\ ]\d{1,7}                        # card number
      | \d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})                        # 3/15/1985, 03-15-85
      | \d{1,2}\.\d{1,2}\.\d{4}                                      # 15.03.1985
      | \d{1,2}/\d{4}                                                # 03/2021
      | \d{1,2}/\d{1,2}                                              # 3/15 (no year)
      | \d{3}[-.]\d{4}                                               # 555-0132 (local)
      | \d{7,19}                                                     # bare digit run
    ))(?-u:\b)")
});

static EMAIL: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}(?-u:\b)")
});

static URL: Lazy<Regex> = Lazy::new(|| {
    re(r#"(?i)(?:(?:https?|ftp|sftp)://|(?-u:\b)www\.)[^\s<>"'`\])}]+|(?-u:\b)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|us|health|info|biz|co|me|app|care|clinic|med)(?:/[^\s<>"'`\])}]*)?(?-u:\b)"#)
});

static IPV6: Lazy<Regex> = Lazy::new(|| re(r"(?i)(?-u:\b)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?"));

static MONTHS: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// Written dates: "March 15, 2021", "Mar. 15th 2021", "March 2021",
/// "March 15", "15 March 2021", "15-Mar-2021", "15th of March, 2021".
static WRITTEN: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(?:{m}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:\d{{4}}|'\d{{2}}))?|{m}\.?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{m}\.?(?:,?[\s-]+\d{{4}}|-\d{{2}})?)(?-u:\b)",
        m = MONTHS
    ))
});

/// Ages: "92-year-old", "92 y/o", "92yo", "aged 93", "age: 95", "95 years".
static AGE: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)(?-u:\b)(?:(\d{2,3})(?:\s*-\s*|\s+)?(?:years?|yrs?|yo|y\.?/?\s?o)(?-u:\b)\.?(?:[\s-]*old)?|(?:aged?|age\s*:|age\s+of)\s*(\d{2,3})(?-u:\b))|(?-u:\b)(\d{2,3})(?:\s*(?:M|F|yo[MF]))(?-u:\b)")
});

static SPELLED_AGE: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)(?-u:\b)((?:ninety|one\s+hundred)(?:[\s-](?:and[\s-])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)[\s-]+(?:years?[\s-]+old|year[\s-]old)")
});

/// Labels that introduce an identifier, grouped by the type they introduce.
/// Ordinary words (account, case, policy, ...) need an explicit marker
/// (`#`, `No.`, `number`, `ID`, `:`) so prose ("taking into account 2019")
/// does not fire.
static LABELLED: Lazy<Regex> = Lazy::new(|| {
    re(r"(?ix)(?-u:\b)(?:
        (?P<mrn>mrn|mr\s?\#|mr\s+no\.?|med(?:ical)?\.?\s*rec(?:ord)?s?\.?(?:\s*(?:number|num|no\.?|\#|id))?|chart\s*(?:\#|no\.?|number|id)|hospital\s+(?:\#|no\.?|number)|unit\s+(?:\#|no\.?|number)|record\s+(?:\#|no\.?|number))
      | (?P<plan>member\s*(?:id|\#|no\.?|number)|subscriber\s*(?:id|\#|no\.?|number)|policy\s*(?:\#|no\.?|number|id)|insurance\s*(?:id|\#|no\.?|number)|ins\.?\s*id\s*\#?|health\s*plan\s*(?:beneficiary\s+)?(?:id|\#|no\.?|number)|beneficiary\s*(?:id|\#|no\.?|number)|medicaid(?:\s*(?:id|\#|no\.?|number))?|medicare(?:\s*(?:id|\#|no\.?|number|mbi))?|mbi|plan\s*(?:id|\#)|group\s*(?:\#|no\.?|number)|insurance\s+policy)
      | (?P<acct>acct\.?\s*(?:\#|no\.?|number)?|account\s*(?:\#|no\.?|number|num|id)|billing\s+account|bank\s+account|credit\s+card(?:\s*(?:\#|no\.?|number))?|card\s*(?:\#|no\.?|number)|routing\s*(?:\#|no\.?|number))
      | (?P<dea>dea(?:\s*(?:\#|no\.?|number|reg(?:istration)?\.?))?)
      | (?P<npi>npi(?:\s*(?:\#|no\.?|number))?)
      | (?P<lic>(?:medical\s+|state\s+|nursing\s+|professional\s+|board\s+)?licen[cs]e\s*(?:\#|no\.?|number|num)|lic\.?\s*(?:\#|no\.?)|driver'?s?\s+licen[cs]e(?:\s*(?:\#|no\.?|number))?|dl\s*(?:\#|no\.?|number)?|certificat(?:e|ion)\s*(?:\#|no\.?|number)|cert\.?\s*\#|passport(?:\s*(?:\#|no\.?|number))?)
      | (?P<vin>vin(?:\s*(?:\#|no\.?|number))?|vehicle\s+identification\s+number)
      | (?P<plate>(?:license\s+)?plate(?:\s*(?:\#|no\.?|number))?|tag\s*(?:\#|no\.?|number)|registration\s*(?:\#|no\.?|number))
      | (?P<dev>serial\s*(?:\#|no\.?|number|num)|s/n|sn\s*[:\#]|device\s*(?:id|\#|identifier)|udi|imei|model/serial|lot\s+and\s+serial|implant\s+(?:id|\#|serial))
      | (?P<id>patient\s*(?:id|\#|identifier|no\.?)|pt\.?\s*(?:id|\#)|case\s*(?:\#|no\.?|number|id)|encounter\s*(?:\#|no\.?|number|id)|claim\s*(?:\#|no\.?|number|id)|ref(?:erence)?\.?\s*(?:\#|no\.?|number)|accession\s*(?:\#|no\.?|number)?|specimen\s*(?:id|\#|no\.?)|visit\s*(?:id|\#|no\.?)|employee\s*(?:id|\#|no\.?)|student\s*(?:id|\#|no\.?)|study\s*(?:id|\#|no\.?)|subject\s*(?:id|\#)|referral\s*(?:\#|no\.?|number|id)|auth(?:orization)?\s*(?:\#|no\.?|number)|confirmation\s*(?:\#|no\.?|number)|ticket\s*(?:\#|no\.?)|order\s*(?:\#|no\.?|number|id)|fin\s*(?:\#|:)|csn\s*[:\#]?|har\s*[:\#]?|\#)
      | (?P<bio>fingerprint\s*(?:id|\#|template)|retina(?:l)?\s*scan\s*(?:id|\#)?|iris\s*scan\s*(?:id|\#)?|voice\s*print(?:\s*(?:id|\#))?|palm\s*print\s*(?:id|\#)?|biometric\s*(?:id|\#|template))
      | (?P<ssn>ssn|ss\s?\#|social\s+security(?:\s*(?:number|no\.?|\#|num))?|soc\.?\s*sec\.?\s*(?:\#|no\.?)?)
    )[\ \t]*(?:[:\#=.\-]+[\ \t]*)?(?:(?:is|was|of|number|no\.?)[\ \t]*[:\#]?[\ \t]*)?(?P<v>[A-Za-z0-9](?:[A-Za-z0-9]|[-./][A-Za-z0-9]){2,30})")
});

static MBI: Lazy<Regex> = Lazy::new(|| {
    re(r"(?-u:\b)[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}(?-u:\b)")
});
static DEA: Lazy<Regex> = Lazy::new(|| re(r"(?-u:\b)[ABCDEFGHJKLMPRSTUX][A-Z9][0-9]{7}(?-u:\b)"));
static VIN: Lazy<Regex> = Lazy::new(|| re(r"(?-u:\b)[A-HJ-NPR-Z0-9]{17}(?-u:\b)"));

const PHONE_CTX: &[&str] = &[
    "phone", "tel", "call", "cell", "mobile", "contact", "pager", "home:", "work:", "reach", "number", "ph:", "ph.", "c:", "h:", "w:", "line", "voicemail", "text",
];
const FAX_CTX: &[&str] = &["fax", "facsimile", "fx:", "f:"];
const SSN_CTX: &[&str] = &["ssn", "social security", "ss#", "soc sec", "soc. sec"];
const DATE_CTX: &[&str] = &[
    "dob", "d.o.b", "birth", "born", "date", "dated", "on ", "since", "from", "until", "through", "thru", "seen", "visit", "admit", "discharg", "d/c", "f/u", "follow", "appointment", "appt", "scheduled", "sched", "surgery", "procedure", "last", "next", "onset", "expired", "deceased", "died", "death", "as of", "effective", "received", "collected", "reported", "signed", "service", "dos", "returned", "arrived", "started", "stopped", "before", "after", "by ", "due", "test", "exam", "mammogram", "colonoscopy", "vaccin", "dose", "booster", "shot", "lmp", "edd", "edc", "injury", "accident", "fall", "hospitalized", "admission", "transfer", "referred", "consult", "results", "drawn", "performed", "completed", "updated", "printed", "written", "faxed", "called", "contacted", "left", "ending", "beginning", "week of", "month of",
];
/// Words right before an m/d that make it a score or a ratio, not a date.
const NOT_DATE_BEFORE: &[&str] = &[
    "bp", "pain", "strength", "power", "vision", "acuity", "score", "scale", "rated", "grade", "ratio", "g", "p", "gcs", "apgar", "x", "mmhg", "/", "tab", "tabs", "tablet", "q", "every",
];

/// Words right after an m/d that make it a score or a count.
const NOT_DATE_AFTER: &[&str] = &["pain", "sets", "set", "reps", "strength", "times", "doses", "tabs", "tablets", "vision", "hearing", "mmhg", "bpm"];
/// Words before a dotted quad that make it a version, not an address.
const VERSION_CTX: &[&str] = &["firmware", "software", "version", "ver ", "ver.", "release", "build", "v.", "update", "patch"];

/// "SMITH, JOHN (11965164)": a record number in parentheses right after a
/// name, as EHR headers print it.
static PAREN_ID: Lazy<Regex> = Lazy::new(|| re(r"[A-Za-z.] \(([A-Z]{0,3}\d[\d-]{4,13}\d)\)"));

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let has_digit = b.iter().any(u8::is_ascii_digit);
    if b.contains(&b'@') {
        emails(text, out);
    }
    if has_url_anchor(b) {
        urls(text, out);
    }
    if !has_digit {
        written_ages(text, out);
        return;
    }
    numeric(text, out);
    written_dates(text, out);
    ages(text, out);
    written_ages(text, out);
    labelled(text, out);
    if b.contains(&b'(') {
        for c in PAREN_ID.captures_iter(text) {
            if let Some(g) = c.get(1) {
                if !ctx(text, g.start(), 24, PHONE_CTX) && !ctx(text, g.start(), 24, FAX_CTX) {
                    out.push(Finding::new(PhiType::Mrn, g.start(), g.end(), 0.65));
                }
            }
        }
    }
    if b.iter().any(u8::is_ascii_uppercase) {
        unlabelled_codes(text, out);
    }
    if memchr_count(b, b':') >= 2 {
        ipv6(text, out);
    }
}

fn memchr_count(b: &[u8], c: u8) -> usize {
    b.iter().filter(|&&x| x == c).count()
}

/// Whether a URL can start here: a "://", or a '.' followed by the first
/// two letters of one of the URL regex's top-level domains ("www." has a
/// '.' followed by a letter pair too, checked the same way).
fn has_url_anchor(b: &[u8]) -> bool {
    const TLD2: [&[u8; 2]; 16] = [
        b"co", b"or", b"ne", b"go", b"ed", b"io", b"us", b"he", b"in", b"bi", b"me", b"ap", b"ca", b"cl", b"mm", b"ww",
    ];
    memchr::memmem::find(b, b"://").is_some()
        || memchr::memchr_iter(b'.', b).any(|i| {
            b.get(i + 1..i + 3).is_some_and(|w| {
                let w = [w[0].to_ascii_lowercase(), w[1].to_ascii_lowercase()];
                TLD2.iter().any(|t| **t == w)
            }) || (i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www"))
        })
}

fn ctx(text: &str, start: usize, n: usize, words: &[&str]) -> bool {
    let w = window_before(text, start, n);
    words.iter().any(|k| w.contains(k))
}

fn digits(s: &str) -> Vec<u8> {
    s.bytes().filter(u8::is_ascii_digit).map(|d| d - b'0').collect()
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0u32, |a, &x| a.saturating_mul(10).saturating_add(x as u32))
}

/// SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
pub(crate) fn valid_ssn(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let area = num(&d[0..3]);
    area != 0 && area != 666 && area < 900 && num(&d[3..5]) != 0 && num(&d[5..9]) != 0
}

pub(crate) fn luhn(d: &[u8]) -> bool {
    if d.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = x as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// NPI: 10 digits, Luhn over the number prefixed with 80840.
pub(crate) fn valid_npi(d: &[u8]) -> bool {
    if d.len() != 10 || !(d[0] == 1 || d[0] == 2) {
        return false;
    }
    let mut full = vec![8, 0, 8, 4, 0];
    full.extend_from_slice(d);
    luhn(&full)
}

/// DEA: 2 letters + 7 digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7.
pub(crate) fn valid_dea(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 9 || !b[0].is_ascii_alphabetic() || !(b[1].is_ascii_alphabetic() || b[1] == b'9') {
        return false;
    }
    if !b"ABCDEFGHJKLMPRSTUX".contains(&b[0].to_ascii_uppercase()) {
        return false;
    }
    let d: Vec<u32> = b[2..].iter().map(|c| (*c as char).to_digit(10)).collect::<Option<_>>().unwrap_or_default();
    if d.len() != 7 {
        return false;
    }
    ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
}

/// VIN check digit (position 9), North American rule.
pub(crate) fn valid_vin(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 17 {
        return false;
    }
    const W: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let mut sum = 0;
    for (i, &c) in b.iter().enumerate() {
        let v = match c.to_ascii_uppercase() {
            c @ b'0'..=b'9' => (c - b'0') as u32,
            b'A' | b'J' => 1,
            b'B' | b'K' | b'S' => 2,
            b'C' | b'L' | b'T' => 3,
            b'D' | b'M' | b'U' => 4,
            b'E' | b'N' | b'V' => 5,
            b'F' | b'W' => 6,
            b'G' | b'P' | b'X' => 7,
            b'H' | b'Y' => 8,
            b'R' | b'Z' => 9,
            _ => return false,
        };
        sum += v * W[i];
    }
    let check = sum % 11;
    let c = b[8].to_ascii_uppercase();
    (check == 10 && c == b'X') || (check < 10 && c == b'0' + check as u8)
}

fn valid_md(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn emails(text: &str, out: &mut Vec<Finding>) {
    for m in EMAIL.find_iter(text) {
        out.push(Finding::new(PhiType::Email, m.start(), m.end(), 0.95));
    }
}

fn urls(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for m in URL.find_iter(text) {
        let (s, mut e) = (m.start(), m.end());
        // Not the domain of an e-mail address, not a word glued to '@'.
        if (s > 0 && b[s - 1] == b'@') || b.get(e) == Some(&b'@') {
            continue;
        }
        while e > s && matches!(b[e - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"') {
            e -= 1;
        }
        let v = &text[s..e];
        let lower = v.to_ascii_lowercase();
        let schemed = lower.contains("://") || lower.starts_with("www.");
        let score = if schemed {
            0.95
        } else if lower.contains('/') {
            0.85
        } else {
            // A bare domain: only with web context or a site-like shape.
            if ctx(text, s, 30, &["website", "site", "portal", "visit", "online", "web", "url", "go to", "at "]) {
                0.7
            } else {
                0.45
            }
        };
        out.push(Finding::new(PhiType::Url, s, e, score));
    }
}

fn ipv6(text: &str, out: &mut Vec<Finding>) {
    for m in IPV6.find_iter(text) {
        let v = m.as_str();
        let core = v.split('%').next().unwrap_or(v);
        if core.len() < 3 || !core.contains("::") && core.matches(':').count() != 7 {
            continue;
        }
        if core.bytes().all(|c| c.is_ascii_digit() || c == b':') && !core.contains("::") {
            continue; // a time such as 10:30:15
        }
        if Ipv6Addr::from_str(core).is_ok() && core.bytes().any(|c| c.is_ascii_hexdigit()) {
            out.push(Finding::new(PhiType::IpAddress, m.start(), m.start() + core.len(), 0.9));
        }
    }
}

fn numeric(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for m in NUM.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        let v = m.as_str();
        // Glued to more of a number ("1.2.3.4.5", "12/3/4/5", "v1.2.3.4"):
        // part of something longer, not an identifier of this shape.
        let before = if s > 0 { b[s - 1] } else { b' ' };
        let after = b.get(e).copied().unwrap_or(b' ');
        let after2 = b.get(e + 1).copied().unwrap_or(b' ');
        if matches!(before, b'.' | b'/' | b'-' | b'_' | b':' | b'$' | b'#' | b'=') && s > 1 && b[s - 2].is_ascii_digit() {
            continue;
        }
        if matches!(after, b'.' | b'/' | b'-' | b':') && after2.is_ascii_digit() {
            continue;
        }
        if matches!(after, b'%') || (before == b'v' || before == b'V') && v.contains('.') {
            continue;
        }
        if let Some(f) = classify_numeric(text, s, e, v) {
            out.push(f);
        }
    }
}

fn classify_numeric(text: &str, s: usize, e: usize, v: &str) -> Option<Finding> {
    let d = digits(v);
    let bytes = v.as_bytes();
    let seps: Vec<u8> = bytes.iter().copied().filter(|c| !c.is_ascii_digit()).collect();
    let fax = ctx(text, s, 32, FAX_CTX);
    let phone_kind = if fax { PhiType::Fax } else { PhiType::Phone };
    let phone_ctx = fax || ctx(text, s, 32, PHONE_CTX);

    // ISO date: 4-digit year first.
    if bytes.len() >= 8 && (bytes[4] == b'-' || bytes[4] == b'/') && bytes[..4].iter().all(u8::is_ascii_digit) {
        let y = num(&d[0..4]);
        let rest: Vec<&str> = v[5..].split(|c| c == '-' || c == '/' || c == 'T' || c == ' ').collect();
        if rest.len() >= 2 {
            let m: u32 = rest[0].parse().ok()?;
            let dd: u32 = rest[1].parse().ok()?;
            if (1800..=2199).contains(&y) && valid_md(m, dd) {
                return Some(Finding::new(PhiType::Date, s, e, 0.9));
            }
        }
        return None;
    }
    // IPv4.
    if seps.len() == 3 && seps.iter().all(|&c| c == b'.') {
        if ctx(text, s, 24, VERSION_CTX) {
            return None;
        }
        let parts: Vec<&str> = v.split('.').collect();
        if parts.iter().all(|p| p.parse::<u32>().map(|x| x <= 255).unwrap_or(false) && (p.len() == 1 || !p.starts_with('0'))) {
            let score = if ctx(text, s, 40, &["ip", "address", "from", "host", "server", "logged", "login", "connect", "access", "source", "client", "device", "network", "vpn"]) {
                0.95
            } else {
                0.75
            };
            return Some(Finding::new(PhiType::IpAddress, s, e, score));
        }
        return None;
    }
    // Dotted date 15.03.1985.
    if seps.len() == 2 && seps.iter().all(|&c| c == b'.') && v.split('.').next().map_or(false, |x| x.len() <= 2) {
        let p: Vec<u32> = v.split('.').filter_map(|x| x.parse().ok()).collect();
        if p.len() == 3 && p[2] >= 1800 && (valid_md(p[1], p[0]) || valid_md(p[0], p[1])) {
            return Some(Finding::new(PhiType::Date, s, e, 0.8));
        }
        return None;
    }
    // Slash/dash dates.
    if !seps.is_empty() && seps.iter().all(|&c| c == b'/') || (seps.len() == 2 && seps.iter().all(|&c| c == b'-') && d.len() <= 8 && v.split('-').next().map(|x| x.len() <= 2).unwrap_or(false)) {
        let p: Vec<&str> = v.split(|c| c == '/' || c == '-').collect();
        let n: Vec<u32> = p.iter().filter_map(|x| x.parse().ok()).collect();
        if n.len() != p.len() {
            return None;
        }
        let w = window_before(text, s, 24);
        let last_word = w.split(|c: char| !c.is_ascii_alphanumeric() && c != '/').rfind(|x| !x.is_empty()).unwrap_or("");
        let next_word = crate::detect::context::window_after(text, e, 12);
        let next_word = next_word.split(|c: char| !c.is_ascii_alphanumeric()).find(|x| !x.is_empty()).unwrap_or("");
        let not_date = NOT_DATE_BEFORE.contains(&last_word) || NOT_DATE_AFTER.contains(&next_word);
        let date_ctx = ctx(text, s, 24, DATE_CTX);
        match n.len() {
            3 => {
                let yr_ok = p[2].len() == 4 && (1800..=2199).contains(&n[2]) || p[2].len() == 2;
                if yr_ok && (valid_md(n[0], n[1]) || valid_md(n[1], n[0])) {
                    let score = if p[2].len() == 4 { 0.9 } else if date_ctx { 0.85 } else { 0.7 };
                    return Some(Finding::new(PhiType::Date, s, e, score));
                }
                return None;
            }
            2 if p[1].len() == 4 => {
                if (1..=12).contains(&n[0]) && (1900..=2199).contains(&n[1]) && !not_date {
                    return Some(Finding::new(PhiType::Date, s, e, if date_ctx { 0.8 } else { 0.6 }));
                }
                return None;
            }
            2 => {
                if !valid_md(n[0], n[1]) || not_date || seps[0] != b'/' {
                    return None;
                }
                let score = if date_ctx { 0.65 } else { 0.3 };
                return Some(Finding::new(PhiType::Date, s, e, score));
            }
            _ => return None,
        }
    }
    // SSN shapes.
    if d.len() == 9 && bytes.len() == 11 && (bytes[3] == b'-' && bytes[6] == b'-' || bytes[3] == b' ' && bytes[6] == b' ') {
        if !valid_ssn(&d) {
            return None;
        }
        let c = ctx(text, s, 40, SSN_CTX);
        let score = match (bytes[3], c) {
            (_, true) => 0.98,
            (b'-', false) => 0.85,
            _ => 0.55,
        };
        return Some(Finding::new(PhiType::Ssn, s, e, score));
    }
    // Phone shapes: 10 digits (+1) with separators or parentheses.
    if !seps.is_empty() && (d.len() == 10 || d.len() == 11 && d[0] == 1) && !v.starts_with('+') || v.starts_with("+1") {
        let nd = if d.len() == 11 { &d[1..] } else { &d[..] };
        if nd.len() != 10 || nd[0] < 2 || nd[3] < 2 {
            return None;
        }
        let formatted = v.contains('(') || seps.iter().filter(|&&c| c == b'-' || c == b'.').count() >= 2;
        let score = if phone_ctx { 0.95 } else if formatted { 0.85 } else { 0.6 };
        return Some(Finding::new(phone_kind, s, e, score));
    }
    if v.starts_with('+') {
        let score = if phone_ctx { 0.9 } else { 0.7 };
        return Some(Finding::new(phone_kind, s, e, score));
    }
    // Card numbers in groups of four.
    if seps.len() >= 3 && (13..=19).contains(&d.len()) {
        if luhn(&d) {
            return Some(Finding::new(PhiType::Account, s, e, 0.85));
        }
        return None;
    }
    // Local 7-digit phone 555-0132.
    if d.len() == 7 && seps.len() == 1 {
        if phone_ctx && d[0] >= 2 {
            return Some(Finding::new(phone_kind, s, e, 0.75));
        }
        return None;
    }
    // Bare digit runs: only with context or a checksum.
    if seps.is_empty() {
        match d.len() {
            9 if ctx(text, s, 40, SSN_CTX) && valid_ssn(&d) => {
                return Some(Finding::new(PhiType::Ssn, s, e, 0.95));
            }
            10 | 11 if phone_ctx && (d.len() == 10 && d[0] >= 2 || d.len() == 11 && d[0] == 1) => {
                return Some(Finding::new(phone_kind, s, e, 0.8));
            }
            10 if ctx(text, s, 24, &["npi"]) => {
                return Some(Finding::new(PhiType::License, s, e, if valid_npi(&d) { 0.95 } else { 0.7 }));
            }
            8 if ctx(text, s, 24, &["dob", "birth", "date", "collected", "received", "reported", "drawn", "dos"]) => {
                let (y, m, dd) = (num(&d[0..4]), num(&d[4..6]), num(&d[6..8]));
                if (1800..=2199).contains(&y) && valid_md(m, dd) {
                    return Some(Finding::new(PhiType::Date, s, e, 0.8));
                }
            }
            13..=19 if luhn(&d) && ctx(text, s, 40, &["card", "visa", "mastercard", "amex", "account", "acct", "payment"]) => {
                return Some(Finding::new(PhiType::Account, s, e, 0.9));
            }
            15 if luhn(&d) && ctx(text, s, 40, &["imei"]) => {
                return Some(Finding::new(PhiType::Device, s, e, 0.9));
            }
            _ => {}
        }
    }
    None
}

fn written_dates(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for m in WRITTEN.find_iter(text) {
        let v = m.as_str();
        let has_year = v.bytes().filter(u8::is_ascii_digit).count() >= 4 || v.contains('\'');
        let first_alpha = v.bytes().find(u8::is_ascii_alphabetic).unwrap_or(b'a');
        let month_start = v.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(0);
        let month_word: String = v[month_start..].chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_ascii_lowercase();
        if month_word == "of" && !v.to_ascii_lowercase().contains(" of ") {
            continue;
        }
        // Month names that are also words ("may", "mar", "march") need a
        // capital letter unless the year makes the date unambiguous.
        let day_first = v.as_bytes()[0].is_ascii_digit();
        let capital = if day_first {
            v[month_start..].as_bytes()[0].is_ascii_uppercase()
        } else {
            first_alpha.is_ascii_uppercase()
        };
        if !capital && !has_year {
            continue;
        }
        // The numbers must be a plausible day (and year).
        let nums: Vec<u32> = v
            .split(|c: char| !c.is_ascii_digit())
            .filter(|x| !x.is_empty() && x.len() <= 4)
            .filter_map(|x| x.parse().ok())
            .collect();
        let ok = nums.iter().all(|&n| (1..=31).contains(&n) || (1800..=2199).contains(&n) || n <= 99);
        if !ok {
            continue;
        }
        // "May 5 mg": a dose, not a date.
        let after = crate::detect::context::window_after(text, m.end(), 6);
        if !has_year && (after.trim_start().starts_with("mg") || after.trim_start().starts_with("ml") || after.trim_start().starts_with('%')) {
            continue;
        }
        let _ = b;
        let score = if has_year && nums.len() >= 2 {
            0.95
        } else if has_year {
            0.8
        } else if ctx(text, m.start(), 24, DATE_CTX) {
            0.75
        } else {
            0.6
        };
        out.push(Finding::new(PhiType::Date, m.start(), m.end(), score));
    }
}

fn ages(text: &str, out: &mut Vec<Finding>) {
    for c in AGE.captures_iter(text) {
        let Some(g) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) else { continue };
        let Ok(age) = g.as_str().parse::<u32>() else { continue };
        if !(90..=125).contains(&age) {
            continue;
        }
        // "100 years" after "in"/"for"/"over" is a duration, not an age.
        let w = window_before(text, g.start(), 12);
        let duration = w.ends_with("for ") || w.ends_with("over ") || w.ends_with("in ") || w.ends_with("past ");
        let score = if c.get(3).is_some() { 0.6 } else if duration { 0.3 } else { 0.9 };
        out.push(Finding::new(PhiType::Age, g.start(), g.end(), score));
    }
}

fn written_ages(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let any = |needles: &[&[u8]]| needles.iter().any(|n| memchr::memmem::find(b, n).is_some());
    if !any(&[b"inety", b"INETY", b"undred", b"UNDRED"]) {
        return;
    }
    for c in SPELLED_AGE.captures_iter(text) {
        if let Some(g) = c.get(1) {
            out.push(Finding::new(PhiType::Age, g.start(), g.end(), 0.85));
        }
    }
}

fn labelled(text: &str, out: &mut Vec<Finding>) {
    for c in LABELLED.captures_iter(text) {
        let Some(v) = c.name("v") else { continue };
        let (s, e) = (v.start(), v.end());
        let value = v.as_str();
        let d = digits(value);
        if d.is_empty() || value.len() < 4 {
            continue;
        }
        let label = c.get(0).map(|m| &text[m.start()..s]).unwrap_or("");
        // Short labels must look like labels (upper case): "DL", "SN", "VIN",
        // "MBI", "FIN", "CSN", "HAR", "#".
        let label_trim = label.trim_end_matches(|ch: char| !ch.is_ascii_alphanumeric());
        let short = label_trim.len() <= 3;
        if short && label_trim.chars().any(|ch| ch.is_ascii_lowercase()) && !label_trim.eq_ignore_ascii_case("mrn") && !label_trim.eq_ignore_ascii_case("ssn") && !label_trim.eq_ignore_ascii_case("npi") && !label_trim.eq_ignore_ascii_case("dea") {
            continue;
        }
        // A value that is a clinical quantity ("12 mg", "7.2") is no id.
        let after = crate::detect::context::window_after(text, e, 4);
        if after.starts_with(" mg") || after.starts_with("mg") || after.starts_with('%') {
            continue;
        }
        let (kind, score) = if c.name("mrn").is_some() {
            (PhiType::Mrn, 0.92)
        } else if c.name("plan").is_some() {
            (PhiType::HealthPlan, 0.88)
        } else if c.name("acct").is_some() {
            (PhiType::Account, 0.88)
        } else if c.name("dea").is_some() {
            (PhiType::License, if valid_dea(value) { 0.97 } else { 0.75 })
        } else if c.name("npi").is_some() {
            (PhiType::License, if valid_npi(&d) { 0.97 } else { 0.75 })
        } else if c.name("lic").is_some() {
            (PhiType::License, 0.88)
        } else if c.name("vin").is_some() {
            (PhiType::Vehicle, if valid_vin(value) { 0.97 } else { 0.8 })
        } else if c.name("plate").is_some() {
            (PhiType::Vehicle, 0.8)
        } else if c.name("dev").is_some() {
            (PhiType::Device, 0.88)
        } else if c.name("bio").is_some() {
            (PhiType::Biometric, 0.88)
        } else if c.name("ssn").is_some() {
            if d.len() == 9 && valid_ssn(&d) && value.len() <= 11 {
                (PhiType::Ssn, 0.98)
            } else {
                continue;
            }
        } else if c.name("id").is_some() {
            // A bare "#": only an id when it is not a count or a rank.
            if label_trim.is_empty() && (d.len() < 4 || value.len() < 5) {
                continue;
            }
            (PhiType::Id, if label_trim.is_empty() { 0.6 } else { 0.85 })
        } else {
            continue;
        };
        // A date or phone after a label is that, not an id: leave it to the
        // numeric recognizer unless the label is about dates/phones.
        if kind != PhiType::Ssn && looks_like_date_or_phone(value) {
            continue;
        }
        out.push(Finding::new(kind, s, e, score));
    }
}

fn looks_like_date_or_phone(v: &str) -> bool {
    let b = v.as_bytes();
    let n = b.len();
    (n == 10 && b[2] == b'/' && b[5] == b'/') || (n == 10 && b[4] == b'-' && b[7] == b'-') || (n == 12 && b[3] == b'-' && b[7] == b'-')
}

fn unlabelled_codes(text: &str, out: &mut Vec<Finding>) {
    for m in MBI.find_iter(text) {
        let v = m.as_str();
        if v.bytes().filter(u8::is_ascii_digit).count() >= 4 {
            out.push(Finding::new(PhiType::HealthPlan, m.start(), m.end(), 0.75));
        }
    }
    for m in DEA.find_iter(text) {
        if valid_dea(m.as_str()) {
            let score = if ctx(text, m.start(), 24, &["dea"]) { 0.97 } else { 0.8 };
            out.push(Finding::new(PhiType::License, m.start(), m.end(), score));
        }
    }
    for m in VIN.find_iter(text) {
        let v = m.as_str();
        let letters = v.bytes().any(|c| c.is_ascii_alphabetic());
        let nums = v.bytes().filter(u8::is_ascii_digit).count() >= 3;
        if letters && nums && valid_vin(v) {
            out.push(Finding::new(PhiType::Vehicle, m.start(), m.end(), 0.88));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Vec<(PhiType, String)> {
        let mut out = Vec::new();
        find(t, &mut out);
        let out = crate::detect::resolve(out.into_iter().filter(|f| f.score >= 0.5).collect());
        out.iter().map(|f| (f.kind, t[f.start..f.end].to_string())).collect()
    }

    fn has(t: &str, k: PhiType, v: &str) {
        let r = run(t);
        assert!(r.contains(&(k, v.to_string())), "{t:?}: expected {k} {v:?}, got {r:?}");
    }

    fn none(t: &str) {
        let r = run(t);
        assert!(r.is_empty(), "{t:?}: expected nothing, got {r:?}");
    }

    #[test]
    fn ssn_rules() {
        has("SSN 123-45-6789", PhiType::Ssn, "123-45-6789");
        has("ssn: 123456789", PhiType::Ssn, "123456789");
        has("social security number 234 56 7890", PhiType::Ssn, "234 56 7890");
        for bad in ["000-45-6789", "666-45-6789", "912-45-6789", "123-00-6789", "123-45-0000"] {
            none(&format!("SSN {bad}"));
        }
        assert!(valid_ssn(&digits("123-45-6789")));
    }

    #[test]
    fn phones_and_faxes() {
        has("Call (415) 555-0132 today", PhiType::Phone, "(415) 555-0132");
        has("cell 415.555.0132", PhiType::Phone, "415.555.0132");
        has("+1 415 555 0132", PhiType::Phone, "+1 415 555 0132");
        has("phone: 4155550132", PhiType::Phone, "4155550132");
        has("Fax: (415) 555-0199", PhiType::Fax, "(415) 555-0199");
        has("fax records to 617-555-0199", PhiType::Fax, "617-555-0199");
        none("the value 4155550132 alone");
    }

    #[test]
    fn email_url_ip() {
        has("mail john.smith@example.com.", PhiType::Email, "john.smith@example.com");
        has("see https://portal.example.org/p/123.", PhiType::Url, "https://portal.example.org/p/123");
        has("go to www.example.com/x", PhiType::Url, "www.example.com/x");
        has("logged in from 10.2.3.4", PhiType::IpAddress, "10.2.3.4");
        has("from fe80::1ff:fe23:4567:890a today", PhiType::IpAddress, "fe80::1ff:fe23:4567:890a");
        has("addr 2001:db8:85a3:0:0:8a2e:370:7334", PhiType::IpAddress, "2001:db8:85a3:0:0:8a2e:370:7334");
        none("firmware v1.2.3.4 installed");
        none("Device firmware 6.0.3.12; programmer software 5.12.3.3");
        none("at 10:30:15 the patient");
        none("octets 300.2.3.4");
    }

    #[test]
    fn dates() {
        has("DOB: 03/15/1985", PhiType::Date, "03/15/1985");
        has("seen 3/15/85", PhiType::Date, "3/15/85");
        has("on 2024-03-15", PhiType::Date, "2024-03-15");
        has("on March 15, 2021.", PhiType::Date, "March 15, 2021");
        has("on 15 Mar 2021", PhiType::Date, "15 Mar 2021");
        has("in March 2021", PhiType::Date, "March 2021");
        has("admitted on 3/15", PhiType::Date, "3/15");
        has("03-Mar-2021", PhiType::Date, "03-Mar-2021");
        none("BP 120/80, pain 7/10, strength 5/5");
        none("since 2019 at 10:30");
        none("take 1/2 tab");
        none("Pt c/o 4/10 pain; 3/3 sets completed");
        has("Reported: 2016/03/13", PhiType::Date, "2016/03/13");
        has("scheduled 4-28-2021 at 13:03", PhiType::Date, "4-28-2021");
        none("she may 2 times");
    }

    #[test]
    fn ages_over_89_only() {
        has("a 92-year-old woman", PhiType::Age, "92");
        has("aged 93", PhiType::Age, "93");
        has("95 y/o male", PhiType::Age, "95");
        has("ninety-two year old", PhiType::Age, "ninety-two");
        none("a 75-year-old woman");
        none("89 y/o");
    }

    #[test]
    fn labelled_identifiers() {
        has("MRN: 00482913", PhiType::Mrn, "00482913");
        has("MR# A1234567", PhiType::Mrn, "A1234567");
        has("Member ID: W123456789", PhiType::HealthPlan, "W123456789");
        has("Ins ID# A4079769500.", PhiType::HealthPlan, "A4079769500");
        has("Health plan beneficiary number: NJ-89098089", PhiType::HealthPlan, "NJ-89098089");
        has("Acct #88812345", PhiType::Account, "88812345");
        has("DEA AB1234563", PhiType::License, "AB1234563");
        has("NPI 1234567893", PhiType::License, "1234567893");
        has("driver's license D1234567", PhiType::License, "D1234567");
        has("VIN 1HGCM82633A004352", PhiType::Vehicle, "1HGCM82633A004352");
        has("license plate: 7ABC123", PhiType::Vehicle, "7ABC123");
        has("pacemaker serial number PJN123456", PhiType::Device, "PJN123456");
        has("Case #2024-00017", PhiType::Id, "2024-00017");
        has("Patient ID: P-449102", PhiType::Id, "P-449102");
        none("taking into account 2019 data");
        has("THORNTON, IMANI D (11965164) - collected", PhiType::Mrn, "11965164");
    }

    #[test]
    fn checksums() {
        assert!(valid_dea("AB1234563"));
        assert!(!valid_dea("AB1234564"));
        assert!(valid_npi(&digits("1234567893")));
        assert!(!valid_npi(&digits("1234567890")));
        assert!(valid_vin("1HGCM82633A004352"));
        assert!(!valid_vin("1HGCM82643A004352"));
        assert!(luhn(&digits("4111 1111 1111 1111")));
        has("MBI 1EG4-TE5-MK73", PhiType::HealthPlan, "1EG4-TE5-MK73");
    }

    #[test]
    fn clinical_numbers_are_not_phi() {
        for t in [
            "Metformin 500 mg PO BID",
            "BP 120/80, HR 72, RR 16, SpO2 98%, T 98.6F",
            "WBC 7.2, Na 138, HbA1c 6.5%, INR 1.1",
            "Dx E11.9, I10, J45.909; CPT 99213; LOINC 2345-7",
            "NDC 0002-3227-30",
            "Take 2 tablets 3 times daily x 5 days, q6h",
            "Room 412, bed 2",
        ] {
            none(t);
        }
    }

    #[test]
    fn multibyte_offsets() {
        let t = "Zoë Ñúñez 🙂 SSN 123-45-6789";
        let mut out = Vec::new();
        find(t, &mut out);
        let f = out.iter().find(|f| f.kind == PhiType::Ssn).unwrap();
        assert_eq!(&t[f.start..f.end], "123-45-6789");
        // never panics on odd input
        for t in ["", "@", "://", "1", "::", "é@é.é", &"9".repeat(10_000), "12/", "Mar", "#1234567"] {
            find(t, &mut Vec::new());
        }
    }
}
