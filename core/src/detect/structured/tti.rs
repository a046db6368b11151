//! The header line a fax machine prints at the top of every page it sends
//! (its transmit terminal identification): date and time, `FROM:` the
//! sender's name and fax number, `TO:` the recipient's fax number, and the
//! page (`P.001/004`). Both numbers are fax numbers, though no "fax" word
//! stands before them, and the recipient's is often written without
//! punctuation ("TO:5185550111"). On a scanned page OCR reads some digits
//! as letters ("FR0M:", "612-555-O185", "5l25550166"), so the numbers are
//! read with O/o, l/I and S standing for 0, 1 and 5.
//!
//! A header line without "FROM:"/"TO:" counts too when it ends in the page
//! and holds a time of day ("Lakemont Community Hospital  1-509-340-9061
//! 06-JUN-2023 15:14   P. 2/3"). The numbers: ten digits (eleven with a
//! leading 1, or a '+'), in groups of 3-3-4 set off by '-', '.', one space
//! or an area code's parentheses, or run together.
//!
//! A text costs one `memchr` pass over its 'M's unless one ends an
//! upper-case "FROM:" (or "FR0M:"), and one `memmem` pass over its "P."s.

use crate::types::{Finding, PhiType};

/// Finds the fax numbers of each header line.
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // the ends of the lines read as "FROM:" headers (read once)
    let mut from_lines = Vec::new();
    for m in memchr::memchr_iter(b'M', b) {
        // "FROM:" / "FR0M:" ending at m + 1
        if m < 3 || m + 1 >= b.len() || b[m + 1] != b':' || &b[m - 3..m - 1] != b"FR" || !matches!(b[m - 1], b'O' | b'0') {
            continue;
        }
        let line_end = memchr::memchr(b'\n', &b[m..]).map_or(b.len(), |k| m + k);
        let line = &b[m + 2..line_end];
        let Some(to) = memchr::memmem::find(line, b"TO:") else { continue };
        // the page after TO: ("P.001/004", "P.1"), which makes it a header
        let after_to = &line[to + 3..];
        if !after_to.windows(3).any(|w| w[0] == b'P' && w[1] == b'.' && w[2].is_ascii_digit()) {
            continue;
        }
        numbers(b, m + 2, line_end, out);
        from_lines.push(line_end);
    }
    // a header line without FROM/TO: the page at its end, a time on it
    // (each line is read once, from its last "P.", so that a line of many
    // costs no more than its length)
    let mut done = 0;
    for first in memchr::memmem::find_iter(b, b"P.") {
        if first < done {
            continue;
        }
        let line_end = memchr::memchr(b'\n', &b[first..]).map_or(b.len(), |k| first + k);
        done = line_end;
        if from_lines.contains(&line_end) {
            continue;
        }
        let p = first + memchr::memmem::rfind(&b[first..line_end], b"P.").unwrap_or(0);
        if p > 0 && b[p - 1].is_ascii_alphanumeric() {
            continue;
        }
        let Some(pe) = page_end(b, p + 2) else { continue };
        if !b[pe..line_end].iter().all(|c| c.is_ascii_whitespace()) {
            continue;
        }
        let ls = memchr::memrchr(b'\n', &b[..p]).map_or(0, |k| k + 1);
        if !b[ls..p].windows(5).any(|w| w[0].is_ascii_digit() && w[1].is_ascii_digit() && w[2] == b':' && w[3].is_ascii_digit() && w[4].is_ascii_digit()) {
            continue;
        }
        numbers(b, ls, p, out);
    }
}

/// The end of a page's number after "P." at `q`: "001/004", " 2/3",
/// "003/O09" (OCR), one to three digits each side of the '/'.
fn page_end(b: &[u8], mut q: usize) -> Option<usize> {
    if b.get(q) == Some(&b' ') {
        q += 1;
    }
    let run = |mut k: usize| {
        let s = k;
        while k < b.len() && k - s < 4 && digit_like(b[k]) {
            k += 1;
        }
        (k > s && k - s <= 3 && b.get(s).is_some_and(u8::is_ascii_digit)).then_some(k)
    };
    let k = run(q)?;
    if b.get(k) != Some(&b'/') {
        return None;
    }
    let e = run(k + 1)?;
    (e == b.len() || !b[e].is_ascii_alphanumeric()).then_some(e)
}

/// Digits as OCR may have read them.
fn digit_like(c: u8) -> bool {
    c.is_ascii_digit() || matches!(c, b'O' | b'o' | b'l' | b'I' | b'S')
}

/// The fax numbers in `b[s..e]`: runs that start with a digit, '(' or '+',
/// of digits (and their OCR look-alikes) in groups set off by '-', '.',
/// one space or an area code's parentheses, that hold ten digits (eleven
/// with a leading 1) as 3-3-4 or run together, and at most two
/// look-alikes ("2025-05-25 10:54" is no number: its groups are 4-2-2-2).
fn numbers(b: &[u8], s: usize, e: usize, out: &mut Vec<Finding>) {
    let mut i = s;
    while i < e {
        let boundary = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let opener = matches!(b[i], b'(' | b'+') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !((b[i].is_ascii_digit() || opener) && boundary) {
            i += 1;
            continue;
        }
        let start = i;
        // the groups' lengths (at most five), the look-alikes, the end
        let (mut groups, mut ng, mut alike, mut end) = ([0usize; 5], 0usize, 0usize, i);
        let mut cur = 0usize;
        let mut j = i + usize::from(b[i] == b'+');
        let mut paren = false;
        while j < e {
            let c = b[j];
            if digit_like(c) {
                cur += 1;
                alike += usize::from(!c.is_ascii_digit());
                j += 1;
                end = j;
                continue;
            }
            let next_digit = j + 1 < e && digit_like(b[j + 1]);
            let sep = match c {
                b'-' | b'.' | b' ' => next_digit,
                b'(' => cur == 0 && ng == 0 && !paren && next_digit,
                b')' => paren && cur == 3 && j + 1 < e && (digit_like(b[j + 1]) || (b[j + 1] == b' ' && j + 2 < e && digit_like(b[j + 2]))),
                _ => false,
            };
            if !sep || ng == groups.len() {
                break;
            }
            paren |= c == b'(';
            if cur > 0 {
                groups[ng] = cur;
                ng += 1;
                cur = 0;
            }
            j += if c == b')' && b[j + 1] == b' ' { 2 } else { 1 };
        }
        if cur > 0 && ng < groups.len() {
            groups[ng] = cur;
            ng += 1;
        }
        let word_ends = end == b.len() || !b[end].is_ascii_alphanumeric();
        let digits: usize = groups[..ng].iter().sum();
        let shaped = match &groups[..ng] {
            [10] | [3, 3, 4] => true,
            [11] | [1, 3, 3, 4] => b[start + usize::from(b[start] == b'+')] == b'1',
            _ => false,
        };
        if shaped && (digits == 10 || digits == 11) && alike <= 2 && word_ends && end > start {
            out.push(Finding::new(PhiType::Fax, start, end, 0.9));
        }
        i = end.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faxes(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn both_numbers_of_a_header_line() {
        assert_eq!(
            faxes("1/18/25 11:31 FROM:TAMARACK INTERNAL 860-555-0193 TO:612-555-O185 P.001/004\n"),
            ["860-555-0193", "612-555-O185"]
        );
        assert_eq!(faxes("1l/23/23 08:37 FR0M:UNION LAKES GENERA 860-555-0118 TO:5185550111 P.001/002"), ["860-555-0118", "5185550111"]);
        assert_eq!(faxes("FROM:THE ARBORS 97l5550135 TO:6175550168 P.001/003"), ["97l5550135", "6175550168"]);
        // parentheses, spaces, a leading +1
        assert_eq!(
            faxes("08/04/2022 10:27   FROM: (915)712-4091 PINECREST HEALTH   TO: (915)750-8474   P.003/O09\n"),
            ["(915)712-4091", "(915)750-8474"]
        );
        assert_eq!(faxes("06/25/2025 14:20   FROM: +1 518 343 7771 BLUE HERON   TO: 1-518-836-0627   P.004/007"), ["+1 518 343 7771", "1-518-836-0627"]);
    }

    #[test]
    fn a_header_line_by_its_page_and_time() {
        assert_eq!(faxes("Lakemont Community Hospital  1-509-340-9061   06-JUN-2023 15:14   P. 2/3\n\nOUTPATIENT"), ["1-509-340-9061"]);
        assert_eq!(faxes("Bluc Heron Women's Health  9372241750   05/08/2024 14:27   P. 3/3"), ["9372241750"]);
        // the page not at the line's end, no time, or a date's digits
        assert!(faxes("Lakemont 1-509-340-9061 06-JUN-2023 15:14 P. 2/3 of the form").is_empty());
        assert!(faxes("Lakemont Community Hospital  1-509-340-9061   P. 2/3").is_empty());
        assert!(faxes("2025-05-25 10:54   P.002/004").is_empty());
        // each line on its own, after a "FROM:" header too
        assert_eq!(
            faxes("FROM:A 860-555-0193 TO:612-555-0185 P.001/002\nClinic  5185550111  06/06/23 15:14  P. 2/2\n"),
            ["860-555-0193", "612-555-0185", "5185550111"]
        );
        assert_eq!(faxes("Clinic  5185550111  06/06/23 15:14  P. 1/2\nFROM:A 860-555-0193 TO:612-555-0185 P.002/002"), ["860-555-0193", "612-555-0185", "5185550111"]);
    }

    #[test]
    fn only_on_a_header_line() {
        // no page after TO:, lower case, or the numbers on another line
        assert!(faxes("FROM: 860-555-0193 TO: 612-555-0185").is_empty());
        assert!(faxes("from:clinic 860-555-0193 to:612-555-0185 p.001/004").is_empty());
        assert!(faxes("FROM:CLINIC TO:DR P.001/004\n860-555-0193").is_empty());
        // the page, the date and short numbers are not fax numbers
        assert!(faxes("FROM:CLINIC 555-0193 TO:ward 12 P.001/004").is_empty());
        // too many look-alikes: a word, not a misread number
        assert!(faxes("FROM:X 8SOOSOOlOl TO:Y P.001/002").is_empty());
    }
}
