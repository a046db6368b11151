//! A value that answers a question on the line before it: in a chat or a
//! text thread the number comes alone, its label is in the question.
//!
//! ```text
//! [10:53:44] Dragan: And what's the zip code there?
//! [10:53:50] sigrun odegard: 74894
//! 3/15/2022 9:30 AM [OUT] Can you confirm your date of birth?
//! 3/15/2022 9:33 AM [IN] 6/1
//! ```
//!
//! A line that ends in '?' and names a ZIP code, a birth date, a health
//! plan's or a hospital's number ("what's his Medicare #?", "pls send Hosp
//! #?") or a phone number (or a call that may drop: "in case we get cut
//! off?"), and a next
//! line whose message (after its "name: " or "[IN] " prefix, if any) is
//! one value and nothing else, of that kind's shape: five digits (or
//! 5+4) for a ZIP code, two or three groups of digits split by '/', '-'
//! or '.' for a date, seven to fifteen digits for a phone number, six to
//! twenty letters and digits (five digits or more) for a card's or a
//! record's number, which a birth date may follow ("6698-68346-3 - dob
//! 16/6/51").
//!
//! Cost: one `memchr` pass over '?'; the two lines around each '?' that
//! ends its line are read once.

use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.7;
/// Longest question line looked at (from its '?' back).
const MAX_QUESTION: usize = 200;
/// Longest chat prefix ("[10:53:50] sigrun odegard: ").
const MAX_PREFIX: usize = 64;
/// Longest value.
const MAX_VALUE: usize = 24;

pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for q in memchr::memchr_iter(b'?', b) {
        if q < done {
            continue;
        }
        // the question ends its line ("??", spaces after it allowed)
        let mut k = q + 1;
        while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\r' | b'?') {
            k += 1;
        }
        if k >= b.len() || b[k] != b'\n' {
            continue;
        }
        done = k;
        let from = q.saturating_sub(MAX_QUESTION);
        let ls = memchr::memrchr(b'\n', &b[from..q]).map_or(from, |p| from + p + 1);
        let kinds = asked(&b[ls..q]);
        if kinds == [None; 5] {
            continue;
        }
        // the reply's line and its message
        let rs = k + 1;
        let re = memchr::memchr(b'\n', &b[rs..]).map_or(b.len(), |p| rs + p);
        let (vs, ve) = message(b, rs, re);
        // (a card's or a record's number may have the birth date after it:
        // "6698-68346-3 - dob 16/6/51", "796 312 4702, born 17/12/52")
        let numbered = kinds[2..4].iter().any(Option::is_some);
        let (vs, ve) = if numbered { number_then_birth(b, vs, ve) } else { (vs, ve) };
        if ve <= vs || ve - vs > MAX_VALUE {
            continue;
        }
        let v = &b[vs..ve];
        if let Some(kind) = kinds.into_iter().flatten().find(|&t| fits(v, t)) {
            out.push(Finding::new(kind, vs, ve, SCORE));
        }
    }
}

/// What a question line asks for, in the order tried: a health plan's or
/// a hospital's number before a phone's ("what's his Medicare #?", "pls
/// send Hosp #?", "what's his NHS No?").
fn asked(line: &[u8]) -> [Option<PhiType>; 5] {
    let has = |w: &[u8]| line.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    let zip = has(b"zip") || has(b"postcode") || has(b"postal code");
    let date = has(b"birth") || has(b"dob");
    let phone = has(b"phone") || has(b"number") || has(b"cell") || has(b"reach you") || has(b"call you") || has(b"cut off") || has(b"disconnected") || has(b"callback");
    let plan = has(b"medicare") || has(b"medicaid") || has(b"ohip") || has(b"ahcip") || has(b"nhs no") || has(b"nhs #") || has(b"nhs number") || has(b"health card");
    let record = has(b"hosp #") || has(b"hospital #") || has(b"hosp no") || has(b"mrn") || has(b"chart #") || has(b"ur no") || has(b"ur #");
    [zip.then_some(PhiType::Zip), date.then_some(PhiType::Date), plan.then_some(PhiType::HealthPlan), record.then_some(PhiType::Mrn), phone.then_some(PhiType::Phone)]
}

/// The number opening the message `vs..ve`, when a birth date follows it
/// after ", " or " - " ("6698-68346-3 - dob 16/6/51", "796 312 4702, born
/// 17/12/52"); the whole message otherwise.
fn number_then_birth(b: &[u8], vs: usize, ve: usize) -> (usize, usize) {
    let m = &b[vs..ve];
    for sep in [&b", "[..], b" - "] {
        if let Some(k) = m.windows(sep.len()).position(|w| w == sep) {
            let rest = m[k + sep.len()..].to_ascii_lowercase();
            if [&b"dob"[..], b"born", b"d.o.b", b"date of birth"].iter().any(|w| rest.starts_with(w)) {
                return (vs, vs + k);
            }
        }
    }
    (vs, ve)
}

/// The message of the line `rs..re`, trimmed: after its first ": " or,
/// failing that, its last "] " within [`MAX_PREFIX`] bytes; or the whole
/// line.
fn message(b: &[u8], rs: usize, re: usize) -> (usize, usize) {
    let head = &b[rs..re.min(rs + MAX_PREFIX)];
    let colon = head.windows(2).position(|w| w == b": ");
    let bracket = head.windows(2).rposition(|w| w == b"] ");
    let mut s = match (colon, bracket) {
        (Some(c), _) => rs + c + 2,
        (None, Some(k)) => rs + k + 2,
        _ => rs,
    };
    let mut e = re;
    while s < e && matches!(b[s], b' ' | b'\t') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'\t' | b'\r' | b'.') {
        e -= 1;
    }
    (s, e)
}

/// Whether the value `v` has the shape of `kind`.
fn fits(v: &[u8], kind: PhiType) -> bool {
    // a card's or a record's number: letters and digits, dashes or single
    // spaces between, five digits or more ("6698-68346-3",
    // "5672-084-836-EB", "9788-5952")
    if matches!(kind, PhiType::HealthPlan | PhiType::Mrn) {
        let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
        return (6..=20).contains(&v.len())
            && digits >= 5
            && v[0].is_ascii_alphanumeric()
            && v[v.len() - 1].is_ascii_alphanumeric()
            && v.iter().all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b' '))
            && !v.windows(2).any(|w| w == b"  ");
    }
    if !v.iter().all(|&c| c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'/' | b'.' | b'(' | b')' | b'+')) {
        return false;
    }
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let groups: Vec<&[u8]> = v.split(|c| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    match kind {
        PhiType::Zip => v.len() == 5 && digits == 5 || v.len() == 10 && v[5] == b'-' && digits == 9,
        PhiType::Date => {
            let sep = v.iter().find(|c| !c.is_ascii_digit()).copied();
            matches!(sep, Some(b'/' | b'-' | b'.'))
                && v.iter().filter(|c| !c.is_ascii_digit()).all(|&c| Some(c) == sep)
                && (2..=3).contains(&groups.len())
                && groups[..2].iter().all(|g| (1..=2).contains(&g.len()))
                && groups.get(2).is_none_or(|g| g.len() == 2 || g.len() == 4)
        }
        PhiType::Phone => (7..=15).contains(&digits),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replies(t: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn a_value_alone_answers_the_question_above_it() {
        let t = "[10:53:44] Dragan: And what's the zip code there?\n[10:53:50] sigrun odegard: 74894\n";
        assert_eq!(replies(t), [(PhiType::Zip, "74894")]);
        let t = "3/15/2022 9:30 AM [OUT] Can you confirm your date of birth?\n3/15/2022 9:33 AM [IN] 6/1\n";
        assert_eq!(replies(t), [(PhiType::Date, "6/1")]);
        let t = "[14:17:30] Edith: And a number in case we get cut off?\n[14:17:49] Ji-woo: 555 1235\n";
        assert_eq!(replies(t), [(PhiType::Phone, "555 1235")]);
    }

    #[test]
    fn a_card_or_a_records_number_answers_with_the_birth_date_after_it() {
        let t = "18/09/2024, 2104 - Hung: what's his Medicare #?\n18/09/2024, 2110 - Taylor: 6698-68346-3 - dob 16/6/51\n";
        assert_eq!(replies(t), [(PhiType::HealthPlan, "6698-68346-3")]);
        let t = "25/03/2025, 22:00 - Ravi M: 5 min. what's his NHS No?\n25/03/2025, 22:02 - Mingyu Sweet: 796 312 4702, born 17/12/52\n";
        assert_eq!(replies(t), [(PhiType::HealthPlan, "796 312 4702")]);
        let t = "03/23/2024, 2222 - Hyun-woo: 5 min. pls send Hosp #?\n03/23/2024, 2224 - Analyn: 9788-5952, born 08/21/1949\n";
        assert_eq!(replies(t), [(PhiType::Mrn, "9788-5952")]);
        // words, or a number with more than a birth date after it
        let t = "what's his Medicare #?\nTaylor: not sure, ask the daughter\nwhat's his Medicare #?\nTaylor: 6698-68346-3 is old, new one coming\n";
        assert!(replies(t).is_empty());
    }

    #[test]
    fn no_question_no_label_or_more_than_a_value_is_no_answer() {
        // a question that asks for none of them, a value inside a sentence,
        // a count, a score
        for t in [
            "How many stairs?\nJo: 12345\n",
            "What's the zip code there?\nJo: it is 74894 I think\n",
            "Pain score on a 10 point scale, any number?\nJo: 7\n",
            "Date of birth?\nJo: 7/10 pain\n",
            "Zip code?\n\nJo: 74894\n",
        ] {
            assert!(replies(t).is_empty(), "{t:?}");
        }
    }
}
