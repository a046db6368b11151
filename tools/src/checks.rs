//! Check-digit arithmetic for the structured identifiers the generator emits
//! (and validators the tests use to prove the generated values are valid).

/// Luhn check digit for `payload` (digits only): the digit that makes
/// `payload + digit` pass [`luhn_valid`].
pub fn luhn_check_digit(payload: &str) -> u8 {
    let mut sum = 0u32;
    // Walking from the right, the rightmost payload digit is doubled.
    for (i, c) in payload.bytes().rev().enumerate() {
        let mut d = (c - b'0') as u32;
        if i % 2 == 0 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    ((10 - sum % 10) % 10) as u8
}

/// Whether a digit string passes the Luhn check.
pub fn luhn_valid(digits: &str) -> bool {
    if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut sum = 0u32;
    for (i, c) in digits.bytes().rev().enumerate() {
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

/// NPI validity: 10 digits starting with 1 or 2, Luhn-valid with the
/// `80840` health-industry prefix.
pub fn npi_valid(npi: &str) -> bool {
    npi.len() == 10
        && npi.bytes().all(|b| b.is_ascii_digit())
        && matches!(npi.as_bytes()[0], b'1' | b'2')
        && luhn_valid(&format!("80840{npi}"))
}

/// The NPI check digit for the first nine digits.
pub fn npi_check_digit(first9: &str) -> u8 {
    luhn_check_digit(&format!("80840{first9}"))
}

/// DEA check digit for six digits: (d1+d3+d5) + 2*(d2+d4+d6), last digit.
pub fn dea_check_digit(six: &[u8; 6]) -> u8 {
    let odd = six[0] as u32 + six[2] as u32 + six[4] as u32;
    let even = six[1] as u32 + six[3] as u32 + six[5] as u32;
    ((odd + 2 * even) % 10) as u8
}

/// DEA registration number validity: two letters, seven digits, check digit.
pub fn dea_valid(dea: &str) -> bool {
    let b = dea.as_bytes();
    if b.len() != 9 || !b[0].is_ascii_uppercase() || !(b[1].is_ascii_uppercase() || b[1] == b'9') {
        return false;
    }
    if !b[2..].iter().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut six = [0u8; 6];
    for i in 0..6 {
        six[i] = b[2 + i] - b'0';
    }
    dea_check_digit(&six) == b[8] - b'0'
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
        _ => return None,
    })
}

const VIN_WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/// The VIN check character (position 9) for a 17-character VIN whose ninth
/// character is ignored.
pub fn vin_check_char(vin: &[u8; 17]) -> Option<u8> {
    let mut sum = 0u32;
    for i in 0..17 {
        sum += vin_value(vin[i])? * VIN_WEIGHTS[i];
    }
    let r = sum % 11;
    Some(if r == 10 { b'X' } else { b'0' + r as u8 })
}

/// VIN validity: 17 characters from the VIN alphabet (no I, O, Q) with a
/// correct check character.
pub fn vin_valid(vin: &str) -> bool {
    let b = vin.as_bytes();
    if b.len() != 17 {
        return false;
    }
    let mut a = [0u8; 17];
    a.copy_from_slice(b);
    match vin_check_char(&a) {
        Some(c) => c == a[8],
        None => false,
    }
}

/// SSN validity per SSA rules: area 001-899 except 666, group 01-99, serial
/// 0001-9999. Accepts dashed, spaced or bare forms.
pub fn ssn_valid(ssn: &str) -> bool {
    let digits: String = ssn.chars().filter(|c| c.is_ascii_digit()).collect();
    let rest_ok = ssn.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ' ');
    if digits.len() != 9 || !rest_ok {
        return false;
    }
    let area: u32 = digits[0..3].parse().unwrap();
    let group: u32 = digits[3..5].parse().unwrap();
    let serial: u32 = digits[5..9].parse().unwrap();
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // CMS example NPI.
        assert!(npi_valid("1234567893"));
        assert!(!npi_valid("1234567890"));
        assert_eq!(npi_check_digit("123456789"), 3);
        // Standard worked DEA example: AB1234563.
        assert!(dea_valid("AB1234563"));
        assert!(!dea_valid("AB1234564"));
        // Classic valid VIN.
        assert!(vin_valid("1M8GDM9AXKP042788"));
        assert!(!vin_valid("1M8GDM9A1KP042788"));
        assert!(luhn_valid("79927398713"));
        assert!(ssn_valid("123-45-6789"));
        assert!(!ssn_valid("666-45-6789"));
        assert!(!ssn_valid("912-45-6789"));
        assert!(!ssn_valid("123-00-6789"));
    }
}
