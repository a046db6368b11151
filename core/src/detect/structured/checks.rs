//! Validators for identifier formats: check digits (Luhn, DEA, NPI, VIN),
//! SSN number ranges, Medicare Beneficiary Identifier character rules and
//! calendar dates. All take ASCII bytes and never allocate.

/// Luhn (mod 10) over ASCII digits; non-digits make it fail.
pub(super) fn luhn(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in digits.iter().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

/// A Luhn-valid card number of 13–19 digits whose first digits belong to a
/// real issuer range (Visa 4, Mastercard 51–55 / 2221–2720, Amex 34/37,
/// Discover 6011/65/644–649, Diners 36/38/300–305, JCB 35, Maestro and
/// national debit schemes 50/56–69 (Dankort, UnionPay 62, RuPay 60),
/// Mir 2200–2204, UATP 1 with 15 digits).
pub(super) fn credit_card(d: &[u8]) -> bool {
    if !(13..=19).contains(&d.len()) || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let p2 = num(&d[..2]);
    let p4 = num(&d[..4]);
    let issuer = d[0] == b'4'
        || (50..=69).contains(&p2)
        || (2200..=2204).contains(&p4)
        || (d[0] == b'1' && d.len() == 15)
        || (51..=55).contains(&p2)
        || (2221..=2720).contains(&p4)
        || p2 == 34
        || p2 == 37
        || p2 == 35
        || p2 == 36
        || p2 == 38
        || (300..=305).contains(&(p4 / 10))
        || p4 == 6011
        || p2 == 65
        || (644..=649).contains(&(p4 / 10));
    issuer && luhn(d)
}

/// An ABA routing transit number: 9 digits whose weighted sum (3, 7, 1,
/// repeated) is a multiple of 10, with a Federal Reserve prefix (00-12,
/// 21-32, 61-72: banks, thrifts, electronic; 80: traveller's cheques).
pub(super) fn aba_routing(d: &[u8]) -> bool {
    if d.len() != 9 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let p2 = num(&d[..2]);
    let prefix = p2 <= 12 || (21..=32).contains(&p2) || (61..=72).contains(&p2) || p2 == 80;
    let sum: u32 = d.iter().zip([3, 7, 1].iter().cycle()).map(|(&c, &w)| u32::from(c - b'0') * w).sum();
    prefix && sum % 10 == 0
}

/// NPI: 10 digits, Luhn-valid once the "80840" health-industry prefix is
/// put in front.
pub(super) fn npi(d: &[u8]) -> bool {
    if d.len() != 10 || !d.iter().all(u8::is_ascii_digit) || !matches!(d[0], b'1' | b'2') {
        return false;
    }
    let mut buf = [0u8; 15];
    buf[..5].copy_from_slice(b"80840");
    buf[5..].copy_from_slice(d);
    luhn(&buf)
}

/// DEA registration number: registrant letter, a second letter (or 9), seven
/// digits with the DEA check digit.
pub(super) fn dea(t: &[u8]) -> bool {
    if t.len() != 9 {
        return false;
    }
    let first_ok = matches!(
        t[0],
        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' | b'G' | b'H' | b'J' | b'K' | b'L' | b'M' | b'P' | b'R'
            | b'S' | b'T' | b'U' | b'X'
    );
    if !first_ok || !(t[1].is_ascii_uppercase() || t[1] == b'9') {
        return false;
    }
    let d = &t[2..];
    if !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let v = |i: usize| (d[i] - b'0') as u32;
    let sum = v(0) + v(2) + v(4) + 2 * (v(1) + v(3) + v(5));
    sum % 10 == v(6)
}

fn vin_value(c: u8) -> Option<u32> {
    Some(match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'A' | b'J' => 1,
        b'B' | b'K' | b'S' => 2,
        b'C' | b'L' | b'T' => 3,
        b'D' | b'M' | b'U' => 4,
        b'E' | b'N' | b'V' => 5,
        b'F' | b'W' => 6,
        b'G' | b'P' | b'X' => 7,
        b'H' | b'Y' => 8,
        b'R' | b'Z' => 9,
        _ => return None, // I, O, Q and anything else
    })
}

/// Whether `t` is 17 VIN characters (digits and capitals except I, O, Q)
/// with at least one letter and one digit.
pub(super) fn vin_shape(t: &[u8]) -> bool {
    t.len() == 17
        && t.iter().all(|&c| vin_value(c).is_some())
        && t.iter().any(u8::is_ascii_digit)
        && t.iter().any(u8::is_ascii_uppercase)
}

/// VIN with a correct position-9 check digit (North American rule).
pub(super) fn vin(t: &[u8]) -> bool {
    const W: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    if !vin_shape(t) {
        return false;
    }
    let sum: u32 = t.iter().zip(W.iter()).map(|(&c, &w)| vin_value(c).unwrap_or(0) * w).sum();
    let r = sum % 11;
    let expect = if r == 10 { b'X' } else { b'0' + r as u8 };
    t[8] == expect
}

/// Medicare Beneficiary Identifier: 11 characters, dashes already removed.
pub(super) fn mbi(t: &[u8]) -> bool {
    fn alpha(c: u8) -> bool {
        c.is_ascii_uppercase() && !matches!(c, b'S' | b'L' | b'O' | b'I' | b'B' | b'Z')
    }
    fn alnum(c: u8) -> bool {
        c.is_ascii_digit() || alpha(c)
    }
    t.len() == 11
        && matches!(t[0], b'1'..=b'9')
        && alpha(t[1])
        && alnum(t[2])
        && t[3].is_ascii_digit()
        && alpha(t[4])
        && alnum(t[5])
        && t[6].is_ascii_digit()
        && alpha(t[7])
        && alpha(t[8])
        && t[9].is_ascii_digit()
        && t[10].is_ascii_digit()
}

/// A capital letter, then eight digits or seven digits and a capital
/// ("A12803456", "T1234567Z"): the shape of many countries' passport,
/// licence and identity card numbers, and of no clinical code (an ICD-10
/// code has at most six characters after its letter, with a dot).
pub(super) fn letter_and_eight(t: &[u8]) -> bool {
    t.len() == 9 && t[0].is_ascii_uppercase() && t[1..8].iter().all(u8::is_ascii_digit) && (t[8].is_ascii_digit() || t[8].is_ascii_uppercase())
}

/// SSN area/group/serial ranges the SSA never issues: area 000, 666 and
/// 900–999, group 00, serial 0000.
pub(super) fn ssn_parts(area: u32, group: u32, serial: u32) -> bool {
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

/// An IRS individual taxpayer identification number in the SSN's 3-2-4
/// layout: area 900–999 and a group of 50–65, 70–88, 90–92 or 94–99.
pub(super) fn itin_parts(area: u32, group: u32, serial: u32) -> bool {
    (900..=999).contains(&area) && matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99) && serial != 0
}

/// Parses ASCII digits (at most 9 of them) into a number.
pub(super) fn num(d: &[u8]) -> u32 {
    d.iter().take(9).fold(0u32, |a, &c| a * 10 + (c.wrapping_sub(b'0') as u32 % 10))
}

pub(super) fn is_leap(y: u32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Whether `day` exists in `month`; `year` of `None` allows 29 February.
pub(super) fn valid_day(year: Option<u32>, month: u32, day: u32) -> bool {
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => return false,
    };
    (1..=max).contains(&day)
}

/// Plausible four-digit year for a date in a clinical record.
pub(super) fn year4(y: u32) -> bool {
    (1880..=2100).contains(&y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_cards() {
        assert!(luhn(b"79927398713"));
        assert!(!luhn(b"79927398710"));
        assert!(credit_card(b"4111111111111111"));
        assert!(credit_card(b"378282246310005"));
        assert!(credit_card(b"5555555555554444"));
        assert!(!credit_card(b"4111111111111112"));
        // Luhn-valid but no issuer starts with 9
        assert!(!credit_card(b"9111111111111113"));
        // Dankort, Maestro, UATP
        assert!(credit_card(b"5019717010103742"));
        assert!(credit_card(b"6759649826438453"));
        assert!(credit_card(b"122000000000003"));
        assert!(!credit_card(b"1220000000000003"));
    }

    #[test]
    fn aba_routing_numbers() {
        // published routing numbers, and each with its check digit changed
        for ok in [&b"011000015"[..], b"021000021", b"322271627", b"111000025"] {
            assert!(aba_routing(ok), "{}", String::from_utf8_lossy(ok));
            let mut bad = ok.to_vec();
            bad[8] = b'0' + (bad[8] - b'0' + 1) % 10;
            assert!(!aba_routing(&bad));
        }
        assert!(!aba_routing(b"991000016")); // no such Federal Reserve prefix
        assert!(!aba_routing(b"02100002")); // eight digits
    }

    #[test]
    fn npi_check_digit() {
        assert!(npi(b"1234567893"));
        assert!(!npi(b"1234567890"));
        assert!(!npi(b"123456789"));
    }

    #[test]
    fn dea_check_digit() {
        // 1+3+5 = 9, 2*(2+4+6) = 24, 33 -> 3
        assert!(dea(b"AB1234563"));
        assert!(!dea(b"AB1234564"));
        assert!(!dea(b"ZB1234563")); // Z is not a registrant letter
        assert!(!dea(b"ab1234563"));
    }

    #[test]
    fn vin_check_digit() {
        assert!(vin(b"1HGCM82633A004352"));
        assert!(vin(b"1M8GDM9AXKP042788")); // check digit X
        assert!(!vin(b"1HGCM82643A004352"));
        assert!(!vin(b"1HGCM82633A00435O")); // O not allowed
        assert!(!vin_shape(b"1HGCM82633A00435"));
    }

    #[test]
    fn mbi_rules() {
        assert!(mbi(b"1EG4TE5MK73"));
        assert!(!mbi(b"0EG4TE5MK73")); // pos 1 must be 1-9
        assert!(!mbi(b"1SG4TE5MK73")); // S excluded
        assert!(!mbi(b"1EG4TE5MK7A"));
    }

    #[test]
    fn ssn_ranges() {
        assert!(ssn_parts(123, 45, 6789));
        assert!(!ssn_parts(0, 45, 6789));
        assert!(!ssn_parts(666, 45, 6789));
        assert!(!ssn_parts(912, 45, 6789));
        assert!(!ssn_parts(123, 0, 6789));
        assert!(!ssn_parts(123, 45, 0));
    }

    #[test]
    fn calendar() {
        assert!(valid_day(Some(2024), 2, 29));
        assert!(!valid_day(Some(2023), 2, 29));
        assert!(valid_day(None, 2, 29));
        assert!(!valid_day(None, 4, 31));
        assert!(!valid_day(None, 13, 1));
        assert!(!valid_day(None, 1, 0));
    }
}
