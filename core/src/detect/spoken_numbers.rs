//! Numbers said digit by digit, as dictation and call transcripts write
//! them: "claim number seven four nine one four two four", "medical record
//! number one two one seven zero eight one", "callback number?\n[00:02:56]
//! CALLER: four eight, six zero one, six six oh, one oh six".
//!
//! After the word "number" (and within 48 bytes of it: a question mark, a
//! new line, a speaker's label, "it's" may come between), a run of seven
//! or more digits said as words ("zero" or "oh" to "nine", and "ten" to
//! "ninety" for two: "five seven zero two two one twenty five forty two"),
//! separated by spaces or commas, is the number; the words before
//! "number" say whose (a phone, a fax, a record, a member id, an SSN;
//! otherwise an identifier). Right after a phrase that gives a phone
//! ("call me at", "call me back at", "our main line is", "fax that to",
//! "call us at", "fax the paperwork to", "comma phone", "again that's"),
//! the same run is a phone number, or a fax number when "fax" comes before
//! the phrase; right after " at " or " on " ("try my niece chiamaka at
//! ...", "my husband paweł on ..."), a run of ten digits or more is a
//! phone number. Three `memmem` passes ("number", " at ", " on "), one
//! Aho-Corasick pass over the phrases.

use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.8;
/// Fewest digit words taken for a number.
const MIN_DIGITS: usize = 7;
/// Fewest digit words after a named identifier's "number" ("claim
/// number", "referral number").
const NAMED_MIN_DIGITS: usize = 5;
/// How far after "number" the digits may start.
const LOOK_AHEAD: usize = 48;

static NUMBER: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("number"));

const DIGITS: [&[u8]; 11] = [b"zero", b"oh", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine"];

/// Which of `words` (lower case) stands at `i` as a whole word, and its end.
fn listed_word(words: &[&[u8]], b: &[u8], i: usize) -> Option<(usize, usize)> {
    words
        .iter()
        .enumerate()
        .find(|(_, w)| b[i..].starts_with(w) && !b.get(i + w.len()).is_some_and(u8::is_ascii_alphabetic))
        .map(|(k, w)| (k, i + w.len()))
}

/// The end of the digit word at `i`, if one is there (lower case).
fn digit_word(b: &[u8], i: usize) -> Option<usize> {
    listed_word(&DIGITS, b, i).map(|(_, e)| e)
}

/// Words said for two digits: "ten" to "nineteen", "twenty" to "ninety"
/// (a digit word after one of the latter is its second digit).
const TWO_DIGITS: [&[u8]; 18] = [
    b"ten", b"eleven", b"twelve", b"thirteen", b"fourteen", b"fifteen", b"sixteen", b"seventeen", b"eighteen",
    b"nineteen", b"twenty", b"thirty", b"forty", b"fifty", b"sixty", b"seventy", b"eighty", b"ninety",
];

/// The end of the two-digit word at `i`, and whether a digit word after
/// it is its second digit ("twenty five": yes; "twelve": no).
fn two_digit_word(b: &[u8], i: usize) -> Option<(usize, bool)> {
    listed_word(&TWO_DIGITS, b, i).map(|(k, e)| (e, k >= 10))
}

/// The run of digits said as words at `s`: its end and how many digits.
fn run_at(b: &[u8], s: usize) -> (usize, usize) {
    let mut n = 0;
    let mut e = s;
    let mut k = s;
    // after "twenty": a digit word is its second digit
    let mut tens = false;
    loop {
        let we = if let Some(we) = digit_word(b, k) {
            n += usize::from(!tens || b[k..].starts_with(b"oh") || b[k..].starts_with(b"zero"));
            tens = false;
            we
        } else if let Some((we, t)) = two_digit_word(b, k) {
            n += 2;
            tens = t;
            we
        } else {
            break;
        };
        e = we;
        k = we;
        if b[k..].starts_with(b", ") {
            k += 2;
        } else if b.get(k) == Some(&b' ') {
            k += 1;
        } else {
            break;
        }
    }
    (e, n)
}

/// Phrases a phone number is said right after.
const PHONE_CUES: [&str; 11] =
    ["me at", "me back at", "me on", "line is", "that to", "it to", "back on", "us at", "paperwork to", "that's", "phone"];

/// Fewest digit words a phone number is said in where a word as common as
/// "at" or "on" comes before it ("try my niece chiamaka at two one eight
/// ...", "my husband paweł on oh seven seven ..."): ten, a whole number's.
const MIN_PHONE_DIGITS: usize = 10;

static AT: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(" at "));
static ON: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(" on "));

static CUES: once_cell::sync::Lazy<aho_corasick::AhoCorasick> = once_cell::sync::Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(PHONE_CUES)
        .expect("phone cue automaton")
});

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let from_out = out.len();
    for m in CUES.find_iter(b) {
        let (p, e) = (m.start(), m.end());
        if (p > 0 && b[p - 1].is_ascii_alphabetic()) || b.get(e) != Some(&b' ') {
            continue;
        }
        let s = e + 1;
        if s >= b.len() || !b[s].is_ascii_lowercase() {
            continue;
        }
        let (re, n) = run_at(b, s);
        if n < MIN_DIGITS {
            continue;
        }
        // "please fax that to ...": a fax (a number said again, "again
        // that's ...", is the one said before it: further back)
        let again = PHONE_CUES.get(m.pattern().as_usize()) == Some(&"that's");
        let floor = p.saturating_sub(if again { 120 } else { 24 });
        let fax = b[floor..p].windows(3).any(|w| w.eq_ignore_ascii_case(b"fax"));
        out.push(Finding::new(if fax { PhiType::Fax } else { PhiType::Phone }, s, re, SCORE));
    }
    // after "at" and "on", a whole phone number (two memmem passes: as
    // patterns of the automaton, two letters slowed all detection 2%)
    for finder in [&*AT, &*ON] {
        for p in finder.find_iter(b) {
            let s = p + 4;
            if !b.get(s).is_some_and(u8::is_ascii_lowercase) {
                continue;
            }
            let (re, n) = run_at(b, s);
            if n >= MIN_PHONE_DIGITS && !out[from_out..].iter().any(|f| f.start == s) {
                out.push(Finding::new(PhiType::Phone, s, re, SCORE));
            }
        }
    }
    // (in the text's order, for the cursor below)
    out[from_out..].sort_unstable_by_key(|f| f.start);
    // the phrases' findings, in order: the next one that may start where a
    // number after "number" does
    let phrased = out.len();
    let mut next = from_out;
    let mut done = 0;
    for p in NUMBER.find_iter(b) {
        if p < done || (p > 0 && b[p - 1].is_ascii_alphabetic()) || b.get(p + 6).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let from = p + 6;
        let to = (from + LOOK_AHEAD).min(b.len());
        // (a claim's, a referral's, a reference's number: an identifier of
        // five digits or more, ten of them no phone's)
        let (who, named) = whose(b, p);
        // (the identifier's word right before "number", the digits right
        // after it or "is": not "in this case the number of", "her case
        // manager's number", "claim number, accident on march twelve")
        let named_id = named && named_right_before(b, p) && {
            let r = &b[from..to];
            let skip = r.iter().take_while(|&&c| c == b' ' || c == b':').count();
            let r = &r[skip..];
            let r = r.strip_prefix(b"is ").or_else(|| r.strip_prefix(b"was ")).unwrap_or(r);
            r.first().is_some_and(u8::is_ascii_lowercase) && digit_word(r, 0).is_some() || two_digit_word(r, 0).is_some()
        };
        let min = if named_id { NAMED_MIN_DIGITS } else { MIN_DIGITS };
        // the first digit word after it, at a word's start
        let mut k = from;
        let mut found = None;
        while k < to {
            if (k == 0 || !b[k - 1].is_ascii_alphabetic()) && b[k].is_ascii_lowercase() {
                let (e, n) = run_at(b, k);
                if n >= min {
                    found = Some((k, e, n));
                    break;
                }
                if n > 0 {
                    // a shorter run ("one more thing"): not this one
                    k = e;
                    continue;
                }
            }
            k += 1;
        }
        let Some((s, e, n)) = found else { continue };
        // (fewer digits than a number needs: said one by one, "two nine
        // four four one"; not "seven, ten fifteen")
        if n < MIN_DIGITS && !b[s..e].split(|c| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).all(|w| DIGITS.contains(&w)) {
            continue;
        }
        done = e;
        // (a phrase before it may have found it: "my number is" after "call
        // me at"; both are found in the text's order, so one cursor serves)
        while next < phrased && out[next].start < s {
            next += 1;
        }
        if next < phrased && out[next].start == s {
            continue;
        }
        // ten or eleven digits nobody says whose: a phone's ("her number
        // is oh seven seven ...")
        let kind = match who {
            PhiType::Id if (10..=11).contains(&n) && !named_id => PhiType::Phone,
            k => k,
        };
        out.push(Finding::new(kind, s, e, SCORE));
    }
}

/// Whether the word right before "number" at `p` (one space between) is
/// an identifier's: claim, referral, reference, case, authorization or
/// authorisation, confirmation.
fn named_right_before(b: &[u8], p: usize) -> bool {
    if p < 2 || b[p - 1] != b' ' {
        return false;
    }
    let e = p - 1;
    let s = b[..e].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    [&b"claim"[..], b"referral", b"reference", b"case", b"authorization", b"authorisation", b"confirmation"].iter().any(|w| b[s..e].eq_ignore_ascii_case(w))
}

/// Whose number "number" at `p` is, from the two words before it
/// ("callback", "medical record", "claim"), and whether they name an
/// identifier (a claim's, a referral's, a reference's, a case's, an
/// authorization's, a confirmation's).
fn whose(b: &[u8], p: usize) -> (PhiType, bool) {
    let mut from = p;
    let mut words = 0;
    while from > 0 && p - from < 32 {
        if b[from - 1] == b' ' && from < p - 1 {
            words += 1;
            if words == 2 {
                break;
            }
        }
        if b[from - 1] == b'\n' {
            break;
        }
        from -= 1;
    }
    let before = &b[from..p];
    let has = |w: &[u8]| before.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    let named = [&b"claim"[..], b"referral", b"reference", b"case", b"authori", b"confirmation"].iter().any(|w| has(w));
    let kind = if has(b"fax") {
        PhiType::Fax
    } else if has(b"phone") || has(b"callback") || has(b"call back") || has(b"cell") || has(b"contact") || has(b"mobile") {
        PhiType::Phone
    } else if has(b"record") || has(b"chart") || has(b"mrn") {
        PhiType::Mrn
    } else if has(b"social security") {
        PhiType::Ssn
    } else if has(b"member") || has(b"policy") || has(b"medicaid") || has(b"medicare") {
        PhiType::HealthPlan
    } else if has(b"account") {
        PhiType::Account
    } else {
        PhiType::Id
    };
    (kind, named && kind == PhiType::Id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn digits_said_one_by_one() {
        assert_eq!(found("by phone period claim number seven four nine one four two four period"), [(PhiType::Id, "seven four nine one four two four")]);
        assert_eq!(found("medical record number one two one seven zero eight one period"), [(PhiType::Mrn, "one two one seven zero eight one")]);
        assert_eq!(
            found("AGENT: And a good callback number?\n[00:02:56] CALLER: four eight, six zero one, six six oh, one oh six. that's my mobile."),
            [(PhiType::Phone, "four eight, six zero one, six six oh, one oh six")]
        );
    }

    #[test]
    fn a_phone_said_after_its_phrase() {
        assert_eq!(
            found("you can call me back at oh one seven eight two four eight eight five seven oh if i'm out"),
            [(PhiType::Phone, "oh one seven eight two four eight eight five seven oh")]
        );
        assert_eq!(found("our main line is five seven zero two two one twenty five forty two extension two"), [(PhiType::Phone, "five seven zero two two one twenty five forty two")]);
        assert_eq!(
            found("please fax that to five seven oh, six two eight, five three two four attention nga"),
            [(PhiType::Fax, "five seven oh, six two eight, five three two four")]
        );
        assert_eq!(found("her number is oh seven seven seven seven four two eight nine two five"), [(PhiType::Phone, "oh seven seven seven seven four two eight nine two five")]);
        assert_eq!(
            found("fax that to five seven oh six two eight five three two four attention nga again that's five seven oh six two eight five three two four"),
            [(PhiType::Fax, "five seven oh six two eight five three two four"), (PhiType::Fax, "five seven oh six two eight five three two four")]
        );
        // after "at" or "on", ten digits at least, in the text's order
        assert_eq!(
            found("try my niece chiamaka at two one eight nine oh four seven zero eight two or call us at eight one oh seven four two six two one five"),
            [(PhiType::Phone, "two one eight nine oh four seven zero eight two"), (PhiType::Phone, "eight one oh seven four two six two one five")]
        );
        assert!(found("seen at one two three four five six seven on two occasions").is_empty());
    }

    #[test]
    fn a_named_identifiers_number_is_no_phone_and_may_be_short() {
        // ten digits after "claim number" are the claim's
        assert_eq!(
            found("ninety. claim number five zero eight six three zero zero nine two seven. date"),
            [(PhiType::Id, "five zero eight six three zero zero nine two seven")]
        );
        // six after "referral number": a referral's
        assert_eq!(
            found("our referral number is eight seven three seven four seven please fax"),
            [(PhiType::Id, "eight seven three seven four seven")]
        );
        // (six after a number no one names: not one; nor a count after
        // "case the number of", a case manager's phone, a run of tens)
        assert!(found("her number is eight seven three seven four seven ok").is_empty());
        assert!(found("in this case the number of seizures was five, six, four, five, six").is_empty());
        assert_eq!(found("Her case manager's number is four one five five five five one two three four"), [(PhiType::Phone, "four one five five five five one two three four")]);
        assert!(found("In case number seven, ten fifteen at the time").is_empty());
    }

    #[test]
    fn not_a_number_said() {
        assert!(found("call me at two or three tomorrow").is_empty());
        assert!(found("send it to one of the twenty two clinics").is_empty());
        assert!(found("the number of pills: one or two a day").is_empty());
        assert!(found("number one priority is to stop at one two three steps").is_empty());
        assert!(found("numbers five six seven eight nine one two").is_empty());
    }
}
