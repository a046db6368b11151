//! A given name or a surname in the possessive before what a person has
//! in a record: "Subject: Stanley's appointment", "about Étienne's
//! medications", "Okafor's daughter called". A single capitalized name
//! in prose says little about itself ("Grace", "Will"), but "'s" and a
//! noun of care, family or contact after it say it is someone's.
//!
//! The word: capitalized, a listed given name or surname, no English or
//! stop word; the noun right after "'s " (or "’s "): one of [`NOUNS`].
//! Score 0.6. Cost: one `memchr` pass over '\'' and one over '’'s last
//! byte.

use super::lexicon::{fold_into, lexicon, C_ENG, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.6;

/// What a person has that a note or a message speaks of.
const NOUNS: &[&str] = &[
    "appointment", "appointments", "visit", "results", "result", "labs", "medication", "medications", "meds",
    "prescription", "prescriptions", "refill", "surgery", "procedure", "care", "condition", "diagnosis",
    "treatment", "therapy", "scan", "biopsy", "birthday", "room", "chart", "records", "record", "insurance",
    "mother", "father", "mom", "mum", "dad", "wife", "husband", "son", "daughter", "sister", "brother",
    "grandson", "granddaughter", "grandmother", "grandfather", "caregiver", "carer", "address", "phone",
    "number", "house", "school", "discharge", "admission", "referral", "surgeon", "nurse", "doctor", "gp",
];

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = String::new();
    // "'s " and "’s " (U+2019 is E2 80 99)
    for q in memchr::memchr2_iter(b'\'', 0x99, b) {
        let e = if b[q] == b'\'' {
            q
        } else if q >= 2 && b[q - 2] == 0xE2 && b[q - 1] == 0x80 {
            q - 2
        } else {
            continue;
        };
        if !(b.get(q + 1) == Some(&b's') && b.get(q + 2) == Some(&b' ')) || e == 0 {
            continue;
        }
        // the noun after
        let ns = q + 3;
        let mut ne = ns;
        while ne < b.len() && b[ne].is_ascii_lowercase() && ne - ns < 14 {
            ne += 1;
        }
        if ne == ns || b.get(ne).is_some_and(u8::is_ascii_alphanumeric) || !NOUNS.contains(&&text[ns..ne]) {
            continue;
        }
        // the name before: one capitalized word
        let Some(s) = super::lexicon::word_start_before(text, e, false) else { continue };
        let w = &text[s..e];
        if e - s < 3 || !w.chars().next().is_some_and(char::is_uppercase) || w.chars().skip(1).any(char::is_uppercase) || s > 0 && b[s - 1].is_ascii_alphanumeric() {
            continue;
        }
        fold_into(w, &mut buf);
        let ok = lexicon(&buf).is_some_and(|x| x & (C_FIRST | C_SUR) != 0 && x & (C_ENG | C_STOP) == 0);
        if ok {
            out.push(Finding::new(PhiType::Name, s, e, SCORE));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_name_in_the_possessive_before_a_person_s_noun() {
        assert_eq!(names("Subject: Stanley's appointment\n"), ["Stanley"]);
        assert_eq!(names("about Étienne’s medications"), ["Étienne"]);
        assert_eq!(names("Okafor's daughter called"), ["Okafor"]);
    }

    #[test]
    fn an_english_word_a_place_or_another_noun_is_not_one() {
        for t in ["Monday's appointment", "Grace's appointment", "the Hospital's records", "Stanley's cup", "STANLEY'S appointment", "Parkinson's disease"] {
            assert!(names(t).is_empty(), "{t}");
        }
    }
}
