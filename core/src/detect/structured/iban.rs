//! International bank account numbers (ISO 13616), with or without a
//! label: a country code, two check digits and the country's BBAN length,
//! written compact (`DE89370400440532013000`) or in groups of four
//! (`GB82 WEST 1234 5698 7654 32`), accepted only when the mod-97 check
//! holds. Looked for where the digit-run scan already stops: a run that
//! follows two upper-case letters at a word start; everything after is
//! bounded by the longest IBAN (34 characters).

use crate::types::{Finding, PhiType};

/// IBAN length per country (the SWIFT registry, with the countries that
/// joined it since 2021: Libya, Sudan, Burundi, Djibouti, Russia and the
/// others).
const LENGTHS: &[(&[u8; 2], u8)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BI", 27),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DJ", 27),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FK", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"LY", 25),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MN", 20),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NI", 28),
    (b"NL", 18),
    (b"NO", 15),
    (b"OM", 23),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"RU", 33),
    (b"SA", 24),
    (b"SC", 31),
    (b"SD", 18),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"SO", 23),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
    (b"YE", 30),
];

fn length_of(cc: &[u8]) -> Option<usize> {
    LENGTHS
        .iter()
        .find(|(c, _)| c[..] == *cc)
        .map(|(_, n)| *n as usize)
}

/// ISO 7064 mod 97-10 over the rearranged IBAN (country and check digits
/// moved to the end, letters as 10..35): valid when the remainder is 1.
pub(super) fn mod97_ok(compact: &[u8]) -> bool {
    if compact.len() < 5 {
        return false;
    }
    let mut r: u32 = 0;
    for &c in compact[4..].iter().chain(&compact[..4]) {
        match c {
            b'0'..=b'9' => r = (r * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => r = (r * 100 + u32::from(c - b'A') + 10) % 97,
            _ => return false,
        }
    }
    r == 1
}

/// Called by the digit-run scan ([`super::numeric`]) at each run of
/// digits starting at `d`: when two upper-case letters at a word start come
/// right before it, and they name a country, reads the IBAN and records
/// it. Returns its end, so the scan skips it. No pass of its own: the
/// digit scan already visits every run once.
pub(super) fn at_digits(b: &[u8], d: usize, out: &mut Vec<Finding>) -> Option<usize> {
    if d < 2 || d + 1 >= b.len() || !b[d + 1].is_ascii_digit() {
        return None;
    }
    let start = d - 2;
    if !(b[start].is_ascii_uppercase()
        && b[start + 1].is_ascii_uppercase()
        && (start == 0 || !b[start - 1].is_ascii_alphanumeric()))
    {
        return None;
    }
    let len = length_of(&b[start..start + 2])?;
    let end = read(b, start, len)?;
    out.push(Finding::new(PhiType::Account, start, end, 0.9));
    Some(end)
}

/// Reads an IBAN of `len` characters from `start`: compact, or in groups
/// of four separated by one space or one dash (the last group shorter).
/// Returns its end when it ends a word and passes the check.
fn read(b: &[u8], start: usize, len: usize) -> Option<usize> {
    let mut compact = [0u8; 34];
    let mut n = 0;
    let mut j = start;
    // the separator, once the first group's end has shown it (0: none)
    let mut sep: Option<u8> = None;
    while n < len {
        // a separator only between groups of four, and then between them all
        if n > 0 && n % 4 == 0 {
            let here = match b.get(j) {
                Some(&c @ (b' ' | b'-')) => c,
                _ => 0,
            };
            match sep {
                None => sep = Some(here),
                Some(s) if s != here => return None,
                _ => {}
            }
            if here != 0 {
                j += 1;
            }
        }
        let c = *b.get(j)?;
        if !(c.is_ascii_digit() || c.is_ascii_uppercase()) {
            return None;
        }
        compact[n] = c;
        n += 1;
        j += 1;
    }
    if j < b.len() && b[j].is_ascii_alphanumeric() {
        return None;
    }
    mod97_ok(&compact[..n]).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ibans(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::super::numeric::find(t, &[], &mut out, &mut Vec::new());
        out.retain(|f| f.kind == PhiType::Account && f.score == 0.9);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn compact_and_grouped_ibans_with_a_valid_check() {
        assert_eq!(
            ibans("IBAN DE89370400440532013000."),
            ["DE89370400440532013000"]
        );
        assert_eq!(
            ibans("pay to GB82 WEST 1234 5698 7654 32 by Friday"),
            ["GB82 WEST 1234 5698 7654 32"]
        );
        assert_eq!(
            ibans("FR1420041010050500013M02606"),
            ["FR1420041010050500013M02606"]
        );
        assert_eq!(ibans("(NL91ABNA0417164300)"), ["NL91ABNA0417164300"]);
        assert_eq!(
            ibans("Konto: CH93 0076 2011 6238 5295 7"),
            ["CH93 0076 2011 6238 5295 7"]
        );
        // dashes between the groups; a country that joined the registry in 2021
        assert_eq!(ibans("IBAN: AL47-2121-1009-0000-0002-3569-8741."), ["AL47-2121-1009-0000-0002-3569-8741"]);
        assert_eq!(ibans("LY83 0020 4800 0020 1001 2036 1"), ["LY83 0020 4800 0020 1001 2036 1"]);
    }

    #[test]
    fn refused_when_the_check_length_or_shape_fails() {
        // one digit changed: the mod-97 check fails
        assert!(ibans("DE89370400440532013001").is_empty());
        // check digits swapped
        assert!(ibans("DE98370400440532013000").is_empty());
        // too short, too long for the country, an unknown country
        assert!(ibans("DE8937040044053201300").is_empty());
        assert!(ibans("DE893704004405320130001").is_empty());
        assert!(ibans("ZZ89370400440532013000").is_empty());
        // inside a word, lower-case, mixed spacing
        assert!(ibans("XDE89370400440532013000").is_empty());
        assert!(ibans("de89370400440532013000").is_empty());
        assert!(ibans("DE89 37040044 0532 0130 00").is_empty());
        assert!(ibans("AL47-2121-1009 0000-0002-3569-8741").is_empty());
        // clinical look-alikes
        assert!(ibans("HbA1c 6.5%, BP 120/80, ICD E11.9, CPT 99213, LOT AB12345678").is_empty());
    }

    #[test]
    fn mod97() {
        assert!(mod97_ok(b"GB82WEST12345698765432"));
        assert!(!mod97_ok(b"GB82WEST12345698765433"));
        assert!(!mod97_ok(b"GB8"));
    }
}
