//! Irish addresses, which name a county and end with an Eircode rather
//! than a street number's US shape: "Coolnagour, Mullingar, Co.
//! Westmeath, N91 18XC", "Carrigeen, Naas, Co. Kildare, W91 614K",
//! "Eircode: A92 W31C".
//!
//! - "Co." (or "County") and one of the island's 32 counties: the address
//!   runs back over the comma-separated places before it on its line (one
//!   to three capitalized words each, no digit; at most two of them, a
//!   townland and a town, stopping at a label's ':' or a street's number,
//!   which the street readers take) and on over an Eircode after it.
//! - An Eircode: a routing key (a letter of the code's alphabet and two
//!   digits, or "D6W"), a space, and four of the code's letters and
//!   digits; read after an "Eircode" label, or after a county as above.
//!
//! Score 0.85. Cost: two `memmem` passes ("Co. ", "ircode").

use super::interrupt::every_items;
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.85;

/// The counties of Ireland and Northern Ireland, lower case.
const COUNTIES: &[&str] = &[
    "carlow", "cavan", "clare", "cork", "donegal", "dublin", "galway", "kerry", "kildare", "kilkenny", "laois", "leitrim",
    "limerick", "longford", "louth", "mayo", "meath", "monaghan", "offaly", "roscommon", "sligo", "tipperary",
    "waterford", "westmeath", "wexford", "wicklow", "antrim", "armagh", "down", "fermanagh", "londonderry", "derry",
    "tyrone",
];

static CO: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("Co. "));
static EIRCODE: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("ircode"));

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for (i, p) in CO.find_iter(b).enumerate() {
        every_items(i);
        if p > 0 && b[p - 1].is_ascii_alphanumeric() {
            continue;
        }
        let Some(ce) = county_at(b, p + 4) else { continue };
        let start = places_before(text, p);
        let mut end = ce;
        // ", N91 18XC" or " V95 X2Y3"
        let k = if b[ce..].starts_with(b", ") { ce + 2 } else if b[ce..].starts_with(b" ") { ce + 1 } else { ce };
        if k > ce {
            if let Some(e) = eircode_at(b, k) {
                end = e;
            }
        }
        out.push(Finding::new(PhiType::Address, start, end, SCORE));
    }
    for p in EIRCODE.find_iter(b) {
        if p == 0 || !matches!(b[p - 1], b'E' | b'e') {
            continue;
        }
        let mut k = p + 6;
        while k < b.len() && matches!(b[k], b':' | b' ' | b'\t' | b'-') && k - p < 12 {
            k += 1;
        }
        if let Some(e) = eircode_at(b, k) {
            out.push(Finding::new(PhiType::Zip, k, e, SCORE));
        }
    }
}

/// The end of a county's name at `s` ("Kildare"), if it is one.
fn county_at(b: &[u8], s: usize) -> Option<usize> {
    let e = s + b[s..].iter().take(12).take_while(|c| c.is_ascii_alphabetic()).count();
    if e == s || !b[s].is_ascii_uppercase() || b.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let w = std::str::from_utf8(&b[s..e]).ok()?.to_ascii_lowercase();
    COUNTIES.contains(&w.as_str()).then_some(e)
}

/// How far back [`places_before`] reads.
const LOOK_BACK: usize = 256;

/// Where the places before "Co." at `p` start ("Coolnagour, Mullingar, "):
/// up to two comma-separated runs of one to three capitalized words on
/// the line (a townland and a town), or `p` itself.
fn places_before(text: &str, p: usize) -> usize {
    let b = text.as_bytes();
    // (read back at most LOOK_BACK bytes: two places of three words fit,
    // and a long line of counties costs no more than a short one)
    let mut floor = p.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let ls = memchr::memrchr(b'\n', &b[floor..p]).map_or(floor, |k| floor + k + 1);
    let mut start = p;
    for _ in 0..2 {
        let q = start;
        if q < ls + 2 || b[q - 1] != b' ' || b[q - 2] != b',' {
            break;
        }
        let e = q - 2;
        let seg_s = text[ls..e].rfind([',', ':']).map_or(ls, |k| ls + k + 1);
        // the segment's last capitalized words, at most three ("home
        // address as Carrigeen": "Carrigeen")
        let mut s = e;
        let mut whole = true;
        for (n, w) in text[seg_s..e].rsplit(' ').enumerate() {
            let place = w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'');
            if !place || n == 3 {
                whole = w.is_empty() && n > 0;
                // (a street's number: the street readers' part)
                if w.bytes().any(|c| c.is_ascii_digit()) {
                    s = e;
                }
                break;
            }
            s -= w.len() + usize::from(n > 0);
        }
        if s == e {
            break;
        }
        start = s;
        if !whole {
            break;
        }
    }
    start
}

/// The end of an Eircode at `s`: a routing key (a letter of A C D E F H K N
/// P R T V W X Y and two digits, or "D6W"), a space, four of those
/// letters and digits, then no letter or digit.
fn eircode_at(b: &[u8], s: usize) -> Option<usize> {
    let ok = |c: u8| c.is_ascii_digit() || matches!(c, b'A' | b'C' | b'D' | b'E' | b'F' | b'H' | b'K' | b'N' | b'P' | b'R' | b'T' | b'V' | b'W' | b'X' | b'Y');
    let r = b.get(s..s + 8)?;
    let key = (ok(r[0]) && r[0].is_ascii_uppercase() && r[1].is_ascii_digit() && r[2].is_ascii_digit()) || &r[..3] == b"D6W";
    if !key || r[3] != b' ' || !r[4..8].iter().all(|&c| ok(c)) {
        return None;
    }
    (!b.get(s + 8).is_some_and(|c| c.is_ascii_alphanumeric())).then_some(s + 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn a_county_its_places_and_its_eircode() {
        assert_eq!(found("Coolnagour, Mullingar, Co. Westmeath, N91 18XC\n"), [(PhiType::Address, "Coolnagour, Mullingar, Co. Westmeath, N91 18XC")]);
        assert_eq!(found("home address as Carrigeen, Naas, Co. Kildare, W91 614K. If"), [(PhiType::Address, "Carrigeen, Naas, Co. Kildare, W91 614K")]);
        assert_eq!(found("14 Main Street, Ennis, Co. Clare V95 X2Y3"), [(PhiType::Address, "Ennis, Co. Clare V95 X2Y3")]);
        assert_eq!(found("Eircode: A92 W31C\n"), [(PhiType::Zip, "A92 W31C")]);
        assert_eq!(found("cc: Takeshi Wong, Rathnure, Cavan, Co. Cavan, H12 CTWC"), [(PhiType::Address, "Rathnure, Cavan, Co. Cavan, H12 CTWC")]);
    }

    #[test]
    fn not_a_company_a_county_unlisted_or_a_code_unlabelled() {
        assert!(found("Acme Co. Ltd, Dublin Road").is_empty());
        assert!(found("Co. Durham, DH1 3EE").is_empty());
        assert!(found("lot A92 W31C expires").is_empty());
    }
}
