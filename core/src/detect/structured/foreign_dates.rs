//! Dates written with a month's name in another language: "24 juillet
//! 1949", "11 de julio de 2023", "29. marts 2025", "17. Juli 2024", "12
//! Kasım 1949", "2 de dezembro de 2024", "20 listopada 2021"; and dates
//! written with the CJK year, month and day signs: "2025年3月19日"; and
//! Korea's points: "1999. 9. 26.".
//!
//! A day (one or two digits, an optional '.'), a space, an optional "de ",
//! a month's name from [`MONTHS`] (in any case, an optional '.'), an
//! optional ',' and "de ", then a year of four digits (1800 to 2199).
//! Without the year nothing is read: "mars", "mai", "maj" are words too.
//! The numeric scan calls [`at_run`] at each digit run whose next byte
//! allows it (a space, '.' or the year sign), so other text costs nothing.

use crate::detect::context::digits_end;
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.9;

/// Month names in French, Spanish, Portuguese, Italian, German, Dutch,
/// the Nordic languages, Turkish and Polish (genitive, as dates write
/// them), lower-case; English names are read elsewhere.
const MONTHS: &[&str] = &[
    // French
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fevr", "avr", "juil", "déc",
    // Spanish and Portuguese
    "enero", "febrero", "marzo", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre", "janeiro", "fevereiro", "março", "marco", "maio", "junho", "julho", "setembro",
    "outubro", "dezembro", "abril", "novembro",
    // Italian
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    // German, Dutch, Nordic
    "januar", "jänner", "februar", "märz", "maerz", "juni", "juli", "oktober", "dezember", "januari",
    "februari", "maart", "mei", "augustus", "marts", "maj", "augusti",
    // Turkish
    "ocak", "şubat", "subat", "mart", "nisan", "mayıs", "mayis", "haziran", "temmuz", "ağustos", "agustos",
    "eylül", "eylul", "ekim", "kasım", "kasim", "aralık", "aralik",
    // Polish
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "wrzesnia",
    "października", "pazdziernika", "listopada", "grudnia",
];

/// Whether the run of digits `d..re` may start a date read here: its next
/// byte is a space, '.' or the first byte of '年' (a cheap test before any
/// reading).
#[inline]
pub(super) fn may(b: &[u8], d: usize, re: usize) -> bool {
    let n = re - d;
    let next = b.get(re).copied().unwrap_or(0);
    (n <= 2 && (next == b' ' || next == b'.')) || (n == 4 && (next == 0xE5 || (next == b'.' && b.get(re + 1) == Some(&b' '))))
}

/// The date starting at the digit run `d..re`, appended to `out`; its end.
pub(super) fn at_run(text: &str, d: usize, re: usize, out: &mut Vec<Finding>) -> Option<usize> {
    let b = text.as_bytes();
    if d > 0 && (b[d - 1].is_ascii_alphanumeric() || matches!(b[d - 1], b'.' | b'/' | b'-' | b':')) {
        return None;
    }
    let end = match re - d {
        4 if b[re] == b'.' => dotted(b, d, re)?,
        4 => cjk(b, re)?,
        _ => named(text, d, re)?,
    };
    out.push(Finding::new(PhiType::Date, d, end, SCORE));
    Some(end)
}

/// "2025年3月19日": the year's digits end at `re`.
fn cjk(b: &[u8], re: usize) -> Option<usize> {
    const YEAR: &[u8] = "年".as_bytes();
    const MONTH: &[u8] = "月".as_bytes();
    const DAY: &[u8] = "日".as_bytes();
    let m = re + YEAR.len();
    if !b[re..].starts_with(YEAR) {
        return None;
    }
    let me = digits_end(b, m);
    if !(1..=2).contains(&(me - m)) || !b[me..].starts_with(MONTH) {
        return None;
    }
    let ds = me + MONTH.len();
    let de = digits_end(b, ds);
    if !(1..=2).contains(&(de - ds)) || !b[de..].starts_with(DAY) {
        return None;
    }
    Some(de + DAY.len())
}

/// "1999. 9. 26.": Korea's order and points (year, month, day, each
/// followed by '.'; a space after the first two), a year of 1800 to 2199;
/// the end, after the last point.
fn dotted(b: &[u8], d: usize, re: usize) -> Option<usize> {
    let y: u32 = std::str::from_utf8(&b[d..re]).ok()?.parse().ok()?;
    if !(1800..=2199).contains(&y) {
        return None;
    }
    let part = |p: usize, max: u32| -> Option<usize> {
        let e = digits_end(b, p);
        let v: u32 = std::str::from_utf8(&b[p..e]).ok()?.parse().ok()?;
        ((1..=2).contains(&(e - p)) && (1..=max).contains(&v) && b.get(e) == Some(&b'.')).then_some(e + 1)
    };
    // "2024. " then the month
    let me = part(re + 2, 12)?;
    if b.get(me) != Some(&b' ') {
        return None;
    }
    let de = part(me + 1, 31)?;
    // (then no digit: "2024. 2. 8.5" is no date)
    (!b.get(de).is_some_and(u8::is_ascii_digit)).then_some(de)
}

/// "24 juillet 1949", "11 de julio de 2023", "29. marts 2025".
fn named(text: &str, d: usize, re: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut p = re;
    if b[p] == b'.' {
        p += 1;
    }
    p = space(b, p)?;
    if b[p..].starts_with(b"de ") {
        p += 3;
    }
    // the month's name: letters of any script (bytes of at most 26)
    let ms = p;
    while p < b.len() && p - ms <= 26 && (b[p].is_ascii_alphabetic() || b[p] >= 0x80) {
        p += 1;
    }
    let me = p;
    if me - ms < 3 || me - ms > 26 {
        return None;
    }
    if b.get(p) == Some(&b'.') {
        p += 1;
    }
    if b.get(p) == Some(&b',') {
        p += 1;
    }
    p = space(b, p)?;
    if b[p..].starts_with(b"de ") {
        p += 3;
    }
    // the year first (most numbers before a word have none), then the name
    let ye = digits_end(b, p);
    if ye - p != 4 || b.get(ye).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let year = b[p..ye].iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0'));
    if !(1800..2200).contains(&year) {
        return None;
    }
    let day = b[d..re].iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0'));
    if !(1..=31).contains(&day) {
        return None;
    }
    let name = text.get(ms..me)?.to_lowercase();
    MONTHS.contains(&name.as_str()).then_some(ye)
}

/// One space at `p`; the position after it.
fn space(b: &[u8], p: usize) -> Option<usize> {
    (b.get(p) == Some(&b' ')).then_some(p + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(t: &str) -> Vec<&str> {
        let b = t.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) {
                let re = digits_end(b, i);
                if may(b, i, re) {
                    at_run(t, i, re, &mut out);
                }
                i = re;
            } else {
                i += 1;
            }
        }
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn dates_with_a_month_named_in_another_language() {
        assert_eq!(dates("Born on: 24 juillet 1949\nIPP"), ["24 juillet 1949"]);
        assert_eq!(dates("Date: 11 de julio de 2023        Signature"), ["11 de julio de 2023"]);
        assert_eq!(dates("Date: 29. marts 2025     Pages: 3"), ["29. marts 2025"]);
        assert_eq!(dates("Inpatient stay from 17. Juli 2024 to 21. Juli 2024"), ["17. Juli 2024", "21. Juli 2024"]);
        assert_eq!(dates("Date of birth: 12 Kasım 1949\n"), ["12 Kasım 1949"]);
        assert_eq!(dates("Date of admission: 18 de abril de 2022 (18"), ["18 de abril de 2022"]);
        assert_eq!(dates("DOB：1999. 9. 26.\nAdmitted：2024. 2. 8.\n"), ["1999. 9. 26.", "2024. 2. 8."]);
        assert_eq!(dates("admission: 2 de dezembro de 2024 (2 December 2024)"), ["2 de dezembro de 2024"]);
        assert_eq!(dates("Discharged : 2025年3月19日\nAddress"), ["2025年3月19日"]);
    }

    #[test]
    fn not_without_a_year_or_a_month() {
        assert!(dates("take 2 mai tablets").is_empty());
        assert!(dates("seen 3 mars ago").is_empty());
        assert!(dates("20 juli").is_empty());
        assert!(dates("5 mg 2024").is_empty());
        assert!(dates("40 juillet 2020").is_empty());
        assert!(dates("HbA1c 7.2. 2024. 3 patients seen").is_empty());
        assert!(dates("in 2024. 13. 5. 2024. 2. 8.5").is_empty());
        assert!(dates("2025年13").is_empty());
    }
}
