//! Numbers read by OCR with letters for digits: "612-555-O113",
//! "555-0l18", "303-S55-0120", "09/l6/l927", "444-5O-7559". Faxed and
//! scanned records carry them, and a phone number or a birth date with one
//! wrong character is still the patient's.
//!
//! Where a run of digits, look-alike letters (O o -> 0, l I | -> 1, S ->
//! 5, B -> 8) and inner separators ('-', '.', '/') holds at least three
//! real digits and at most half as many look-alikes, the look-alikes next
//! to a digit are read as digits in a copy of the text (one byte for one
//! byte, so offsets stay), and the structured recognizers run on the copy;
//! only their findings that cover a replaced byte are kept, read in a
//! window around each run. The numeric scan, which visits every digit run
//! anyway, hands over the runs with a look-alike beside them: a text
//! without one costs nothing more.

use crate::types::Finding;

/// The digit an OCR look-alike stands for.
fn digit_for(c: u8) -> Option<u8> {
    match c {
        b'O' | b'o' => Some(b'0'),
        b'l' | b'I' | b'|' => Some(b'1'),
        b'S' => Some(b'5'),
        b'B' => Some(b'8'),
        _ => None,
    }
}

fn in_run(c: u8) -> bool {
    c.is_ascii_digit() || digit_for(c).is_some() || matches!(c, b'-' | b'.' | b'/')
}

/// Whether `c` is a letter OCR writes for a digit (a table read).
#[inline]
pub(super) fn look_alike(c: u8) -> bool {
    LOOK_ALIKE[c as usize]
}

static LOOK_ALIKE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = matches!(c as u8, b'O' | b'o' | b'l' | b'I' | b'|' | b'S' | b'B');
        c += 1;
    }
    t
};

/// Appends the findings of the structured recognizers that only read
/// after look-alike letters are taken for digits. `runs`: the digit runs with a look-alike beside them (the numeric
/// scan's, in order).
pub(super) fn find(text: &str, runs: &[(usize, usize)], out: &mut Vec<Finding>) {
    if runs.is_empty() {
        return;
    }
    let b = text.as_bytes();
    let mut fixed: Option<Vec<u8>> = None;
    let mut replaced: Vec<(usize, usize)> = Vec::new();
    let mut done = 0;
    for &(d, re) in runs {
        if d < done {
            continue;
        }
        // the run around it
        let mut s = d;
        while s > 0 && in_run(b[s - 1]) {
            s -= 1;
        }
        let mut e = re;
        while e < b.len() && in_run(b[e]) {
            e += 1;
        }
        done = e;
        // a word glued on either side ("SpO2", "Olrnos"): not a number
        if (s > 0 && b[s - 1].is_ascii_alphabetic()) || b.get(e).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let ndigits = b[s..e].iter().filter(|c| c.is_ascii_digit()).count();
        let looks = b[s..e].iter().filter(|&&c| digit_for(c).is_some()).count();
        if ndigits < 3 || looks * 2 > ndigits {
            continue;
        }
        let copy = fixed.get_or_insert_with(|| b.to_vec());
        for k in s..e {
            if let Some(d) = digit_for(b[k]) {
                copy[k] = d;
            }
        }
        replaced.push((s, e));
    }
    let Some(copy) = fixed else { return };
    // every replacement is ASCII for ASCII: still UTF-8, same offsets
    let Ok(t) = std::str::from_utf8(&copy) else { return };
    // the recognizers run on a window around each run (its label before
    // it, its extension after), windows that touch merged
    let mut found = Vec::new();
    let mut k = 0;
    while k < replaced.len() {
        let ws = t.floor_char_boundary(replaced[k].0.saturating_sub(WINDOW_BEFORE));
        let mut we = replaced[k].1 + WINDOW_AFTER;
        while k + 1 < replaced.len() && replaced[k + 1].0.saturating_sub(WINDOW_BEFORE) <= we {
            k += 1;
            we = replaced[k].1 + WINDOW_AFTER;
        }
        let we = t.ceil_char_boundary(we.min(t.len()));
        let from = found.len();
        super::find_plain(&t[ws..we], &mut found);
        for f in &mut found[from..] {
            f.start += ws;
            f.end += ws;
        }
        k += 1;
    }
    for f in found {
        if replaced.iter().any(|&(s, e)| f.start < e && s < f.end) {
            out.push(Finding { score: f.score * 0.95, ..f });
        }
    }
}

/// Bytes read before and after a run: room for its label ("Date of
/// birth: ") and an extension ("x 204").
const WINDOW_BEFORE: usize = 48;
const WINDOW_AFTER: usize = 16;

#[cfg(test)]
mod tests {
    use crate::types::PhiType;

    fn found(t: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        super::super::find(t, &mut out);
        let plain = {
            let mut p = Vec::new();
            super::super::find_plain(t, &mut p);
            p
        };
        out.retain(|f| !plain.contains(f));
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn the_table_is_the_definition() {
        for c in 0..=255u8 {
            assert_eq!(super::look_alike(c), super::digit_for(c).is_some(), "{c}");
        }
    }

    #[test]
    fn look_alike_letters_in_numbers() {
        assert_eq!(found("Phone: 612-555-O113   Pages: 4"), [(PhiType::Phone, "612-555-O113")]);
        assert_eq!(found("Fax: 303-S55-0120\n"), [(PhiType::Fax, "303-S55-0120")]);
        assert_eq!(found("5. DATE OF BIRTH: 09/l6/l927\n"), [(PhiType::Date, "09/l6/l927")]);
        assert_eq!(found("3. SSN: 444-5O-7559\n"), [(PhiType::Ssn, "444-5O-7559")]);
    }

    #[test]
    fn words_and_clean_numbers_are_left_alone() {
        // no look-alike, a word, a chemical formula, a short code
        assert!(found("call 612-555-0113 today").is_empty());
        assert!(found("SpO2 97% on RA, B12 level 450").is_empty());
        assert!(found("SOB since 10/2, Olrnos").is_empty());
        assert!(found("Dx I50.32 and S72.001A").is_empty());
    }
}
