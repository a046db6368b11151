//! The rest of a list of identifiers after the first: "Rx # 6570769,
//! 7350002", "claims AB-55012 and AB-55019", "MRN 00482913 / 00482977".
//!
//! A label or a governing noun introduces the first value only; the values
//! after it carry no label of their own. One that follows a found
//! identifier across a list separator (", ", " and ", " or ", " / ", "; ")
//! and has the same shape (the same length, with digits, letters and
//! dashes at the same places) is another of the same kind. A different
//! shape ("Rx # 6570769, 2 refills", "MRN 00482913, 5/21") ends the list.

use crate::types::{Finding, PhiType};

/// Most values taken after the first.
const MAX_MORE: usize = 6;

/// Appends the list continuations of the identifiers in `out[from..]`.
pub(super) fn extend(b: &[u8], out: &mut Vec<Finding>, from: usize) {
    let n = out.len();
    for i in from..n {
        let f = out[i];
        if !listable(f.kind) || f.score < super::governed::SCORE || f.end - f.start < 4 {
            continue;
        }
        let first = &b[f.start..f.end];
        let digits = first.iter().filter(|c| c.is_ascii_digit()).count();
        if digits < 3 || !first.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-') {
            continue;
        }
        let mut end = f.end;
        for _ in 0..MAX_MORE {
            let Some(s) = after_separator(b, end) else { break };
            let e = s + first.len();
            if e > b.len() || b.get(e).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'-') {
                break;
            }
            if !same_shape(first, &b[s..e]) || &b[s..e] == first {
                break;
            }
            out.push(Finding::new(f.kind, s, e, super::governed::SCORE));
            end = e;
        }
    }
}

/// Identifier kinds whose lists are read on.
fn listable(k: PhiType) -> bool {
    matches!(
        k,
        PhiType::Id
            | PhiType::Mrn
            | PhiType::Account
            | PhiType::HealthPlan
            | PhiType::License
            | PhiType::Device
            | PhiType::Vehicle
    )
}

/// Where the next list item starts after an item ending at `p`, if a list
/// separator follows.
fn after_separator(b: &[u8], p: usize) -> Option<usize> {
    const SEPS: [&[u8]; 7] = [b", and ", b", ", b" and ", b" or ", b" / ", b"; ", b" & "];
    let rest = &b[p.min(b.len())..];
    SEPS.iter().find(|s| rest.len() > s.len() && rest[..s.len()].eq_ignore_ascii_case(s)).map(|s| p + s.len())
}

/// The same length with digits, letters and dashes at the same places
/// (letters' case ignored).
fn same_shape(a: &[u8], b: &[u8]) -> bool {
    let class = |c: u8| match c {
        b'0'..=b'9' => 0,
        b'-' => 2,
        c if c.is_ascii_alphabetic() => 1,
        _ => 3,
    };
    a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| class(x) == class(y) && class(x) != 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn more(text: &str, first: &str, kind: PhiType) -> Vec<String> {
        let s = text.find(first).unwrap();
        let mut out = vec![Finding::new(kind, s, s + first.len(), 0.9)];
        extend(text.as_bytes(), &mut out, 0);
        out[1..].iter().map(|f| text[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn lists_of_one_shape() {
        assert_eq!(more("Rx # 6570769, 7350002.", "6570769", PhiType::Id), ["7350002"]);
        assert_eq!(more("claims AB-55012 and AB-55019 denied", "AB-55012", PhiType::Id), ["AB-55019"]);
        assert_eq!(more("MRN 00482913 / 00482977 / 00483001", "00482913", PhiType::Mrn), ["00482977", "00483001"]);
    }

    #[test]
    fn another_shape_ends_the_list() {
        assert!(more("Rx # 6570769, 2 refills", "6570769", PhiType::Id).is_empty());
        assert!(more("MRN 00482913, 5/21/2024", "00482913", PhiType::Mrn).is_empty());
        assert!(more("MRN 00482913, 004829130 old", "00482913", PhiType::Mrn).is_empty());
        assert!(more("MRN 0048-2913, 555-0123", "0048-2913", PhiType::Mrn).is_empty());
        // not after a date or a phone: only identifiers list on
        assert!(more("DOB 12/03/1990, 12/04/1990", "12/03/1990", PhiType::Date).is_empty());
    }
}
