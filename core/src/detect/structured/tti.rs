//! The header line a fax machine prints at the top of every page it sends
//! (its transmit terminal identification): date and time, `FROM:` the
//! sender's name and fax number, `TO:` the recipient's fax number, and the
//! page (`P.001/004`). Both numbers are fax numbers, though no "fax" word
//! stands before them, and the recipient's is often written without
//! punctuation ("TO:5185550111"). On a scanned page OCR reads some digits
//! as letters ("FR0M:", "612-555-O185", "5l25550166"), so the numbers are
//! read with O/o, l/I and S standing for 0, 1 and 5.
//!
//! A text costs one `memchr` pass over its 'M's unless one ends an
//! upper-case "FROM:" (or "FR0M:").

use crate::types::{Finding, PhiType};

/// Finds the fax numbers of each header line.
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
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
    }
}

/// Digits as OCR may have read them.
fn digit_like(c: u8) -> bool {
    c.is_ascii_digit() || matches!(c, b'O' | b'o' | b'l' | b'I' | b'S')
}

/// The fax numbers in `b[s..e]`: runs that start with a digit, of digits
/// (and their OCR look-alikes) with '-', '.' or ' ' between groups, that
/// hold ten digits (eleven with a leading 1) and at most two look-alikes.
fn numbers(b: &[u8], s: usize, e: usize, out: &mut Vec<Finding>) {
    let mut i = s;
    while i < e {
        let boundary = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if !(b[i].is_ascii_digit() && boundary) {
            i += 1;
            continue;
        }
        let start = i;
        let (mut digits, mut alike, mut end) = (0usize, 0usize, i);
        let mut j = i;
        while j < e {
            let c = b[j];
            if digit_like(c) {
                digits += 1;
                alike += usize::from(!c.is_ascii_digit());
                j += 1;
                end = j;
            } else if matches!(c, b'-' | b'.') && j + 1 < e && digit_like(b[j + 1]) {
                j += 1;
            } else {
                break;
            }
        }
        let word_ends = end == b.len() || !b[end].is_ascii_alphanumeric();
        let leading_one = digits == 11 && b[start] == b'1';
        if (digits == 10 || leading_one) && alike <= 2 && word_ends {
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
