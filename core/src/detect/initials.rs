//! A person's initials where a record is signed: "Dictated 10.10.2024,
//! typed by AH", "note signed by KT 7/19/23", "[end of call - agent HL
//! (UG00000)]", "-- HH RN" at the start of a line (with a credential
//! after them). Safe Harbor counts
//! initials as a name. Two or three capital letters (any script), alone
//! as a word, and not a credential ("signed by MD").
//!
//! A text costs three `memmem` passes ("d by ", "agent ", "\n-- ").

use crate::types::{Finding, PhiType};
use memchr::memmem::Finder;
use once_cell::sync::Lazy;

static BY: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("d by "));
static AGENT: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("agent "));
static DASHES: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("\n-- "));

/// The verbs of a signature before "by".
const SIGNED: &[&str] = &["typed", "signed", "dictated", "transcribed", "entered", "initialed", "initialled", "cosigned", "co-signed"];

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for p in BY.find_iter(b) {
        // the verb ends at p + 1 ("typed" ends in the 'd' found)
        let ve = p + 1;
        let mut vs = ve;
        while vs > 0 && (b[vs - 1].is_ascii_alphabetic() || b[vs - 1] == b'-') {
            vs -= 1;
        }
        if SIGNED.iter().any(|v| b[vs..ve].eq_ignore_ascii_case(v.as_bytes())) {
            push(text, p + 5, out);
        }
    }
    for p in AGENT.find_iter(b) {
        if p == 0 || !b[p - 1].is_ascii_alphanumeric() {
            push(text, p + 6, out);
        }
    }
    for p in DASHES.find_iter(b) {
        push_signed(text, p + 4, out);
    }
}

/// Initials at `i` signing a line: followed by a credential ("-- HH RN",
/// "-- MW, RN"); a line that starts "-- END" or "-- FAX" is no signature.
fn push_signed(text: &str, i: usize, out: &mut Vec<Finding>) {
    let before = out.len();
    push(text, i, out);
    let Some(f) = out.get(before).copied() else { return };
    let b = text.as_bytes();
    let mut k = f.end;
    if k < b.len() && b[k] == b',' {
        k += 1;
    }
    if k < b.len() && b[k] == b' ' {
        k += 1;
    }
    if k == f.end || super::names::credential_at(text, k).is_none() {
        out.truncate(before);
    }
}

/// Initials at `i` when they stand alone there.
fn push(text: &str, i: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let Some(rest) = text.get(i..) else { return };
    let mut n = 0;
    let mut end = i;
    for c in rest.chars() {
        if c.is_uppercase() && n < 4 {
            n += 1;
            end += c.len_utf8();
        } else {
            break;
        }
    }
    if !(2..=3).contains(&n) {
        return;
    }
    // alone: then a space, punctuation or the end, not a letter or digit
    if end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] >= 0x80 || b[end] == b'-') {
        return;
    }
    if super::names::credential_at(text, i) == Some(end - i) {
        return;
    }
    out.push(Finding::new(PhiType::Name, i, end, 0.7));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn initials(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn where_a_record_is_signed() {
        assert_eq!(initials("Dictated 10.10.2024, typed by AH\n"), ["AH"]);
        assert_eq!(initials("Dictated 10 August 2026, typed by SØ\n"), ["SØ"]);
        assert_eq!(initials("[system] note signed by KT 7/19/23"), ["KT"]);
        assert_eq!(initials("[end of call - 6 min 32 s - agent HL (UG00000)]"), ["HL"]);
        assert_eq!(initials("on 11/22.\n-- MW, RN\n"), ["MW"]);
        assert_eq!(initials("see you.\n-- VJT RN"), ["VJT"]);
    }

    #[test]
    fn not_a_credential_a_word_or_another_verb() {
        assert!(initials("note signed by MD on file").is_empty());
        assert!(initials("-- RN, for Dr. Traoré").is_empty());
        assert!(initials("typed by Anna").is_empty());
        assert!(initials("caused by EBV infection").is_empty());
        assert!(initials("agent ABCD").is_empty());
        assert!(initials("reagent HL").is_empty());
        // a line that starts with dashes and capitals but is no signature
        assert!(initials("text\n-- END OF FAX\n").is_empty());
        assert!(initials("text\n-- PT to see\n").is_empty());
    }
}
