//! Dates written in words, as people say them: "July ninth", "January
//! twenty-second", "the fifth of May", "the twenty-ninth of march nineteen
//! seventy-one": after a month the name scanner has read ("July",
//! capitalized), or an ordinal day before " of " and a month in any case.
//! A month in lower case before its day is read only with a spelled year
//! after it ("april fourth nineteen seventy-seven", "may eighteenth twenty
//! twenty-four", a date said aloud), found from the year (" nineteen ",
//! " twenty "), or after "on" or "for" ("seen on december eighth", "we
//! have you down for june twenty-first").
//!
//! A month and an ordinal day together are a date whatever surrounds them
//! (a month alone, "May", or an ordinal alone, "the fifth visit", is not
//! read). A spelled year may follow: "nineteen seventy-one", "two
//! thousand and three". A text costs five `memmem` passes (" of ",
//! " nineteen ", " twenty ", " on ", " for "); the capitalized months come from the name scanner's
//! classified words.

use crate::types::{Finding, PhiType};
use memchr::memmem::Finder;
use once_cell::sync::Lazy;

const SCORE: f32 = 0.8;

static OF: Lazy<Finder<'static>> = Lazy::new(|| Finder::new(" of "));
static NINETEEN: Lazy<Finder<'static>> = Lazy::new(|| Finder::new(" nineteen "));
static TWENTY: Lazy<Finder<'static>> = Lazy::new(|| Finder::new(" twenty "));
static ON: Lazy<Finder<'static>> = Lazy::new(|| Finder::new(" on "));
static FOR: Lazy<Finder<'static>> = Lazy::new(|| Finder::new(" for "));
static BIRTH: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("birth"));

/// Ordinals one to nineteen, and the tens that end in "-ieth".
const ORDINALS: [(&str, u8); 21] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

const UNITS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS: [&str; 10] = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The ASCII word (letters only) at `i`, lower-cased into `buf`; its end.
fn word_at(b: &[u8], i: usize, buf: &mut [u8; 16]) -> Option<(usize, usize)> {
    let mut e = i;
    while e < b.len() && b[e].is_ascii_alphabetic() {
        if e - i >= buf.len() {
            return None;
        }
        buf[e - i] = b[e].to_ascii_lowercase();
        e += 1;
    }
    (e > i).then_some((e, e - i))
}

/// The ordinal day at `i` ("ninth", "twenty-second", "thirty first"): its
/// end and value.
fn ordinal_at(b: &[u8], i: usize) -> Option<(usize, u8)> {
    let mut buf = [0u8; 16];
    let (e, n) = word_at(b, i, &mut buf)?;
    let w = &buf[..n];
    if let Some(&(_, d)) = ORDINALS.iter().find(|(o, _)| o.as_bytes() == w) {
        return Some((e, d));
    }
    let tens = match w {
        b"twenty" => 20,
        b"thirty" => 30,
        _ => return None,
    };
    if !matches!(b.get(e), Some(b'-' | b' ')) {
        return None;
    }
    let mut buf2 = [0u8; 16];
    let (e2, n2) = word_at(b, e + 1, &mut buf2)?;
    let &(_, d) = ORDINALS[..9].iter().find(|(o, _)| o.as_bytes() == &buf2[..n2])?;
    (tens + d <= 31).then_some((e2, tens + d))
}

/// The month named in full by the ASCII word `s..e`, any case.
fn month(b: &[u8], s: usize, e: usize) -> Option<u8> {
    let w = &b[s..e];
    super::lexicon::MONTHS.iter().position(|(m, _)| w.eq_ignore_ascii_case(m.as_bytes())).map(|k| k as u8 + 1)
}

/// Where the word (letters and hyphens) that ends at `k` starts.
fn word_start(b: &[u8], mut k: usize) -> usize {
    while k > 0 && (b[k - 1].is_ascii_alphabetic() || b[k - 1] == b'-') {
        k -= 1;
    }
    k
}

/// Where the ordinal day that ends at `p` starts: two words ("twenty
/// fifth") before one ("fifth"), so that a day is read whole.
fn ordinal_ending_at(b: &[u8], p: usize) -> Option<usize> {
    let os1 = word_start(b, p);
    let os2 = if os1 >= 2 && b[os1 - 1] == b' ' { word_start(b, os1 - 1) } else { os1 };
    let reaches = |k: usize| k < p && ordinal_at(b, k).is_some_and(|(oe, _)| oe == p);
    [os2, os1].into_iter().find(|&k| reaches(k))
}

/// A number from 1 to 99 in words at `i` ("seventy-one", "forty", "oh
/// three" is not read): its end.
fn two_digits_at(b: &[u8], i: usize) -> Option<usize> {
    number_at(b, i).map(|(e, _)| e)
}

/// A number from 1 to 99 in words at `i` ("seven", "seventeen", "twenty
/// two", "thirty-one"): its end and value.
fn number_at(b: &[u8], i: usize) -> Option<(usize, u8)> {
    let mut buf = [0u8; 16];
    let (e, n) = word_at(b, i, &mut buf)?;
    let w = &buf[..n];
    let pos = |list: &[&str]| list.iter().position(|x| x.as_bytes() == w).map(|k| k as u8);
    if let Some(k) = pos(&UNITS) {
        return Some((e, k + 1));
    }
    if let Some(k) = pos(&TEENS) {
        return Some((e, k + 10));
    }
    let tens = 20 + 10 * pos(&TENS)?;
    if matches!(b.get(e), Some(b'-' | b' ')) {
        let mut buf2 = [0u8; 16];
        if let Some((e2, n2)) = word_at(b, e + 1, &mut buf2) {
            if let Some(k) = UNITS.iter().position(|x| x.as_bytes() == &buf2[..n2]) {
                return Some((e2, tens + k as u8 + 1));
            }
        }
    }
    Some((e, tens))
}

/// A birth date said aloud after "date of birth" or "birthday" ending at
/// `p` (" is", " was", ':' between): its month and day as numbers, then
/// the year ("date of birth is twelve two nineteen fifty nine", "date of
/// birth seven seventeen sixty three"), or the month named ("birthday is
/// february seventeenth two thousand two").
fn said_birth_date(text: &str, p: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = p;
    for filler in [&b":"[..], b" is", b" was", b":"] {
        if b[i..].starts_with(filler) {
            i += filler.len();
        }
    }
    if b.get(i) != Some(&b' ') || !b.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
        return;
    }
    let s = i + 1;
    let mut e = s;
    while e < b.len() && e - s < 10 && b[e].is_ascii_lowercase() {
        e += 1;
    }
    if month(b, s, e).is_some() {
        after_month(text, s, e, out);
        return;
    }
    let Some((me, m)) = number_at(b, s) else { return };
    if !(1..=12).contains(&m) || b.get(me) != Some(&b' ') {
        return;
    }
    let Some((de, d)) = number_at(b, me + 1) else { return };
    if !(1..=31).contains(&d) {
        return;
    }
    // the year: "nineteen fifty nine", "two thousand two", or two digits
    let mut ye = year_after(b, de);
    if ye == de && b.get(de) == Some(&b' ') {
        ye = two_digits_at(b, de + 1).unwrap_or(de);
    }
    if ye > de && !b.get(ye).is_some_and(u8::is_ascii_alphanumeric) {
        out.push(Finding::new(PhiType::Date, s, ye, SCORE));
    }
}

/// A spelled year after `e` (", nineteen seventy-one", " two thousand and
/// three"): the date's new end, else `e`.
fn year_after(b: &[u8], e: usize) -> usize {
    let mut i = e;
    if b.get(i) == Some(&b',') {
        i += 1;
    }
    if b.get(i) != Some(&b' ') {
        return e;
    }
    i += 1;
    let mut buf = [0u8; 16];
    let Some((we, n)) = word_at(b, i, &mut buf) else { return e };
    match &buf[..n] {
        b"nineteen" | b"twenty" if b.get(we) == Some(&b' ') => two_digits_at(b, we + 1).unwrap_or(e),
        b"two" if b[we..].starts_with(b" thousand") => {
            let t = we + 9;
            let k = if b[t..].starts_with(b" and ") { t + 5 } else { t + 1 };
            if b.get(t) == Some(&b' ') {
                two_digits_at(b, k).unwrap_or(t)
            } else {
                t
            }
        }
        _ => e,
    }
}

/// After a month word `s..e` (capitalized, found by the name scanner; or in
/// lower case after "on", found by [`find`]): the
/// date "July ninth[, nineteen ...]" if an ordinal day follows.
pub(crate) fn after_month(text: &str, s: usize, e: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    if month(b, s, e).is_none() || b.get(e) != Some(&b' ') {
        return;
    }
    if let Some((oe, _)) = ordinal_at(b, e + 1) {
        // "July ninth", not "May first-line"
        if oe >= b.len() || !(b[oe].is_ascii_alphanumeric() || b[oe] == b'-') {
            out.push(Finding::new(PhiType::Date, s, year_after(b, oe), SCORE));
        }
    }
}

/// Every "<ordinal> of <month>" date ("the fifth of May", "twenty-ninth
/// of march nineteen seventy-one"), the month in any case.
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for p in OF.find_iter(b) {
        // the month after " of "
        let ms = p + 4;
        let mut me = ms;
        while me < b.len() && b[me].is_ascii_alphabetic() {
            me += 1;
        }
        if me - ms < 3 || month(b, ms, me).is_none() || b.get(me).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        // the ordinal before it
        let Some(s) = ordinal_ending_at(b, p) else { continue };
        if s > 0 && b[s - 1].is_ascii_alphanumeric() {
            continue;
        }
        out.push(Finding::new(PhiType::Date, s, year_after(b, me), SCORE));
    }
    // a date said on a day, or booked for one: "seen on december eighth",
    // "we have you down for june twenty-first", the month in lower case
    for (p, cue) in ON.find_iter(b).map(|p| (p, 4)).chain(FOR.find_iter(b).map(|p| (p, 5))) {
        let ms = p + cue;
        let mut me = ms;
        while me < b.len() && me - ms < 10 && b[me].is_ascii_lowercase() {
            me += 1;
        }
        after_month(text, ms, me, out);
    }
    // (one pass over "birth": "date of birth", "birthday")
    for p in BIRTH.find_iter(b) {
        if p >= 8 && &b[p - 8..p] == b"date of " {
            said_birth_date(text, p + 5, out);
        } else if b[p + 5..].starts_with(b"day") {
            said_birth_date(text, p + 8, out);
        }
    }
    // a birth date said aloud, the month in lower case: "april fourth
    // nineteen seventy-seven", "may eighteenth twenty twenty-four", read
    // back from its year
    for p in NINETEEN.find_iter(b).chain(TWENTY.find_iter(b)) {
        let e = year_after(b, p);
        if e == p {
            continue;
        }
        // the ordinal before the year
        let Some(os) = ordinal_ending_at(b, p) else { continue };
        // the month before the ordinal
        if os < 2 || b[os - 1] != b' ' {
            continue;
        }
        let ms = word_start(b, os - 1);
        if month(b, ms, os - 1).is_some() && (ms == 0 || !b[ms - 1].is_ascii_alphanumeric()) {
            out.push(Finding::new(PhiType::Date, ms, e, SCORE));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        let b = t.as_bytes();
        // the capitalized months, as the name scanner would hand them over
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_uppercase() && (i == 0 || !b[i - 1].is_ascii_alphabetic()) {
                let mut e = i;
                while e < b.len() && b[e].is_ascii_alphabetic() {
                    e += 1;
                }
                after_month(t, i, e, &mut out);
                i = e;
            } else {
                i += 1;
            }
        }
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_month_and_an_ordinal_day() {
        assert_eq!(dates("i fly to see my grandson on July ninth and need"), ["July ninth"]);
        assert_eq!(dates("the flight is January twenty-second. thanks"), ["January twenty-second"]);
        assert_eq!(dates("Travelling the fifth of May. TSA"), ["fifth of May"]);
        assert_eq!(dates("discharged on the twenty fifth of May"), ["twenty fifth of May"]);
        assert_eq!(dates("admitted here the thirty-first of August with"), ["thirty-first of August"]);
        assert_eq!(dates("CALLER: it's the twenty-ninth of march nineteen seventy-one\n"), ["twenty-ninth of march nineteen seventy-one"]);
        assert_eq!(dates("CALLER: the tenth of september nineteen forty-nine."), ["tenth of september nineteen forty-nine"]);
        assert_eq!(dates("Cardiology: April sixteenth, 10:45 - Dr."), ["April sixteenth"]);
        assert_eq!(dates("we have you down for june twenty-first at two thirty"), ["june twenty-first"]);
        assert!(dates("good for may first-line therapy; down for march").is_empty());
        assert_eq!(dates("born May first, two thousand and three"), ["May first, two thousand and three"]);
        assert_eq!(dates("CALLER: it's april fourth nineteen seventy-seven\n"), ["april fourth nineteen seventy-seven"]);
        assert_eq!(dates("CALLER: uh, august twenty-first nineteen twenty-four. yes."), ["august twenty-first nineteen twenty-four"]);
        assert_eq!(dates("CALLER: march twenty fifth nineteen thirty-four"), ["march twenty fifth nineteen thirty-four"]);
        assert_eq!(dates("date of examination may eighteenth twenty twenty-four period"), ["may eighteenth twenty twenty-four"]);
        assert_eq!(dates("examination june twenty-fourth twenty twenty-two period"), ["june twenty-fourth twenty twenty-two"]);
        assert_eq!(dates("seen by doctor hirsi on august third period"), ["august third"]);
    }

    #[test]
    fn not_a_month_or_not_a_day() {
        assert!(dates("the fifth of the patients").is_empty());
        assert!(dates("May first-line therapy be tried").is_empty());
        assert!(dates("the first of many visits").is_empty());
        assert!(dates("July first-degree burns").is_empty());
        assert!(dates("one of may").is_empty());
        // a lower-case month is read back from a spelled year, or after "on", only
        assert!(dates("we may fourth try the dose").is_empty());
        assert!(dates("the fourth nineteen patients").is_empty());
        assert!(dates("the fourth twenty patients").is_empty());
        assert!(dates("on august review").is_empty());
    }

    #[test]
    fn a_birth_date_said_as_numbers() {
        assert_eq!(dates("my date of birth is twelve two nineteen fifty nine my blood"), ["twelve two nineteen fifty nine"]);
        assert_eq!(dates("date of birth seven seventeen sixty three we did"), ["seven seventeen sixty three"]);
        assert_eq!(dates("birthday is one twenty two twenty nine i'm"), ["one twenty two twenty nine"]);
        assert_eq!(dates("birthday is february seventeenth two thousand two i need"), ["february seventeenth two thousand two"]);
        // no month and day, or no year
        assert!(dates("date of birth is on file").is_empty());
        assert!(dates("her birthday is next week").is_empty());
        assert!(dates("date of birth thirteen two nineteen fifty").is_empty());
        assert!(dates("date of birth twelve two").is_empty());
    }
}
