//! US bank routing numbers, found by their check digit rather than by a
//! label: "Your ACH draft from 282178569 7169647841 was returned",
//! "posted from 038507669 / 1712429953", "routing 014901687".
//!
//! Nine digits that pass the ABA check ([`checks::aba_routing`]; one
//! random nine-digit number in about 26 does) count when the word
//! "routing", "ABA" or "RTN" is among the three words before them (an
//! account number labelled as such is read by the label recognizers), or
//! when the account number follows right after them, separated by a
//! space, " / " or " - ": six to seventeen digits, standing alone. The
//! pair is the shape of a cheque's or a bank draft's MICR line and of
//! how people copy one; both numbers are `account`. Nine digits alone, without
//! either, stay what the other recognizers make of them.

use super::checks;
use crate::detect::context::digits_end;
use crate::types::{Finding, PhiType};

/// Above an unlabelled nine digits read as an SSN (0.3) and a governed
/// identifier (0.6), below a labelled account number.
const SCORE: f32 = 0.7;

/// Called by the numeric scan for a run of exactly nine digits at `d..re`
/// that nothing claimed with confidence; returns the end of what it found.
pub(super) fn at_nine(b: &[u8], d: usize, re: usize, out: &mut Vec<Finding>) -> Option<usize> {
    let free_before = d == 0 || matches!(b[d - 1], b' ' | b'\t' | b'\n' | b'(' | b':' | b'#');
    if !free_before || !standalone_end(b, re) || !checks::aba_routing(&b[d..re]) {
        return None;
    }
    if let Some((s2, e2)) = account_after(b, re) {
        out.push(Finding::new(PhiType::Account, d, re, SCORE));
        out.push(Finding::new(PhiType::Account, s2, e2, SCORE));
        return Some(e2);
    }
    if labelled(b, d) {
        out.push(Finding::new(PhiType::Account, d, re, SCORE));
        return Some(re);
    }
    None
}

/// Not glued to more of a number, a decimal, a date or a word.
fn standalone_end(b: &[u8], e: usize) -> bool {
    match b.get(e) {
        None => true,
        Some(b'.' | b',' | b';' | b':') => b.get(e + 1).is_none_or(|c| !c.is_ascii_alphanumeric()),
        Some(c) => matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b')'),
    }
}

/// The account number right after a routing number ending at `e`.
fn account_after(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let rest = &b[e..];
    let sep = [&b" / "[..], b" - ", b" "].into_iter().find(|s| rest.starts_with(s))?;
    let s2 = e + sep.len();
    let e2 = digits_end(b, s2);
    // ':' after it: a label or a time, not an account number
    let ok = (6..=17).contains(&(e2 - s2)) && !compact_date(&b[s2..e2]) && standalone_end(b, e2) && b.get(e2) != Some(&b':');
    ok.then_some((s2, e2))
}

/// A date (and time) written without separators, as registry extracts
/// and HL7 put one after an identifier: YYYYMMDD, then hours, minutes,
/// seconds ("20240605", "202406051415").
fn compact_date(d: &[u8]) -> bool {
    let (y, m, day) = (checks::num(&d[..4.min(d.len())]), checks::num(d.get(4..6).unwrap_or(b"")), checks::num(d.get(6..8).unwrap_or(b"")));
    matches!(d.len(), 8 | 10 | 12 | 14) && checks::year4(y) && checks::valid_day(Some(y), m, day)
}

/// "routing", "ABA" or "RTN" among the three words before `d`, on its
/// line and within 40 bytes.
fn labelled(b: &[u8], d: usize) -> bool {
    super::governed::words_before(b, d, 3, 40).any(|w| [&b"routing"[..], b"aba", b"rtn"].iter().any(|x| w.eq_ignore_ascii_case(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<&str> {
        let b = t.as_bytes();
        let mut out = Vec::new();
        let mut p = 0;
        while let Some(off) = b[p..].iter().position(u8::is_ascii_digit) {
            let d = p + off;
            let re = digits_end(b, d);
            let next = if re - d == 9 { at_nine(b, d, re, &mut out) } else { None };
            p = next.unwrap_or(re);
        }
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_routing_number_and_its_account() {
        assert_eq!(found("Your ACH draft from 021000021 7169647841 was returned"), ["021000021", "7169647841"]);
        assert_eq!(found("posted 6/26 from 322271627 / 8092205124."), ["322271627", "8092205124"]);
        assert_eq!(found("will return $366.93 by ACH to routing 011000015, account 38632828."), ["011000015"]);
        assert_eq!(found("ABA: 111000025"), ["111000025"]);
    }

    #[test]
    fn nine_digits_without_the_check_or_the_pair() {
        // the check digit changed: nothing, even with the pair's shape
        assert!(found("from 021000022 7169647841 was").is_empty());
        // a valid routing number alone, unlabelled: left to the others
        assert!(found("Claim 021000021 was paid").is_empty());
        // followed by a date, a decimal or a short number: no pair
        assert!(found("from 021000021 12/14/2021").is_empty());
        assert!(found("from 021000021 7169.50 due").is_empty());
        assert!(found("from 021000021 2024 on").is_empty());
        // an identifier and a compact date, as an extract writes them
        assert!(found("PID 021000021 20240605 F").is_empty());
        assert!(found("021000021 202406051415\n").is_empty());
        // glued to a longer number or a word
        assert!(found("x021000021 7169647841").is_empty());
        assert!(found("021000021.5 and 7169647841").is_empty());
    }
}
