//! Redaction and HIPAA Safe Harbor de-identification of detected findings.
//!
//! Both entry points rebuild the text in one forward pass into one pre-sized
//! `String`: unchanged stretches are copied as slices and each finding's
//! replacement is pushed in place, so the only allocation is the output.
//! Findings are expected as [`Detector::detect`](crate::Detector::detect)
//! returns them (non-overlapping, ascending by start), but a finding that is
//! empty, out of range, not on `char` boundaries or overlapping the previous
//! replaced one is skipped rather than trusted.

use crate::types::{Finding, PhiType};
use crate::vocabulary::PartialRule;
use std::fmt::{self, Write as _};
use std::str::FromStr;

/// How [`redact`] replaces a finding: the styles that need no key.
///
/// The keyed `pseudonym` style is [`pseudonymize`], which takes the keyed
/// tokenizer as an argument: the key stays with whoever holds it (the SQL
/// glue). `#[non_exhaustive]` and deliberately not `Copy`, so that a style
/// carrying data can still be added. Callers parse a style once
/// (`"mask".parse::<Style>()`) and pass it by value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Style {
    /// The type's tag, e.g. `[SSN]`.
    Tag,
    /// One `*` per character of the value.
    Mask,
    /// The last four digits of SSN, phone, fax, account, health plan and MRN
    /// numbers stay; other digits and letters become `*`, separators stay.
    /// Values with four digits or fewer are fully masked; every other type
    /// is tagged. (Per type, this is the `partial` rule of its
    /// [vocabulary](crate::vocabulary) row.)
    Partial,
}

/// The style names [`Style::from_str`] accepts.
pub const STYLE_NAMES: [&str; 3] = ["tag", "mask", "partial"];

/// The name of the keyed style, [`pseudonymize`].
pub const PSEUDONYM: &str = "pseudonym";

/// Every style name: [`STYLE_NAMES`], then [`PSEUDONYM`].
pub const ALL_STYLE_NAMES: [&str; 4] = [STYLE_NAMES[0], STYLE_NAMES[1], STYLE_NAMES[2], PSEUDONYM];

/// Whether `name` names the keyed style, [`pseudonymize`] (compared as
/// [`Style::from_str`] compares: case-insensitive, surrounding whitespace
/// ignored).
pub fn is_pseudonym(name: &str) -> bool {
    name.trim().eq_ignore_ascii_case(PSEUDONYM)
}

impl Style {
    /// The lower-case name this style parses from.
    pub fn name(&self) -> &'static str {
        match self {
            Style::Tag => "tag",
            Style::Mask => "mask",
            Style::Partial => "partial",
        }
    }

    /// Appends the replacement for `value` (a finding of type `kind`).
    fn write(&self, out: &mut String, kind: PhiType, value: &str) {
        match self {
            Style::Tag => out.push_str(kind.tag()),
            Style::Mask => push_mask(out, value),
            Style::Partial => push_partial(out, kind, value),
        }
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Error for an unknown style name. It does not echo the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownStyle;

impl fmt::Display for UnknownStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown redaction style; valid styles are: {}",
            STYLE_NAMES.join(", ")
        )
    }
}

impl std::error::Error for UnknownStyle {}

impl FromStr for Style {
    type Err = UnknownStyle;

    /// Case-insensitive, surrounding whitespace ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("tag") {
            Ok(Style::Tag)
        } else if s.eq_ignore_ascii_case("mask") {
            Ok(Style::Mask)
        } else if s.eq_ignore_ascii_case("partial") {
            Ok(Style::Partial)
        } else {
            Err(UnknownStyle)
        }
    }
}

/// Replaces each finding (only those whose type is in `types`, when given)
/// according to `style`; the rest of the text is copied unchanged.
pub fn redact(text: &str, findings: &[Finding], style: Style, types: Option<&[PhiType]>) -> String {
    let selected = |f: &Finding| types.is_none_or(|ts| ts.contains(&f.kind));
    rewrite(text, findings, selected, |out, f, value| {
        style.write(out, f.kind, value)
    })
}

/// The `pseudonym` style: each finding (only those whose type is in
/// `types`, when given) becomes `token(tag, value)`, where `tag` is the
/// type's tag without brackets (`SSN`, `HEALTH_PLAN`, see
/// [`PhiType::tag_name`]) and `value` the finding's text; the rest of the
/// text is copied unchanged. Findings are screened as [`redact`] screens
/// them.
///
/// `token` is the keyed tokenizer and returns the whole replacement, e.g.
/// `[SSN-k3v9q2xw]` from [`crypto::mac::pseudonym`](crate::crypto::mac::pseudonym)
/// under the caller's key; its first error stops the walk and is returned.
pub fn pseudonymize<E, T>(text: &str, findings: &[Finding], types: Option<&[PhiType]>, mut token: T) -> Result<String, E>
where
    T: FnMut(&str, &str) -> Result<String, E>,
{
    let selected = |f: &Finding| types.is_none_or(|ts| ts.contains(&f.kind));
    try_rewrite(text, findings, selected, |out, f, value| {
        out.push_str(&token(f.kind.tag_name(), value)?);
        Ok(())
    })
}

/// HIPAA Safe Harbor (45 CFR 164.514(b)(2)) de-identification of every
/// finding:
///
/// * `Date` → its year (`1985`) when the finding carries one
///   ([`Finding::year`]: the recognizer read it), else `[DATE]`;
/// * `Age` → `90+` (only ages over 89 are detected as `Age`);
/// * `Zip` → [`zip3`]: the first three digits, `000` for restricted prefixes;
/// * `Address` → `[ADDRESS]`, followed by `, ST 123` (state and 3-digit ZIP)
///   when the address ends with a US state and ZIP code;
/// * everything else → its tag.
///
/// Deterministic: a year is kept however long ago it was. Use
/// [`deidentify_as_of`] to also suppress years indicative of an age over 89.
pub fn deidentify(text: &str, findings: &[Finding]) -> String {
    deidentify_impl(text, findings, None)
}

/// [`deidentify`], except that a date whose year is `current_year - 90` or
/// earlier becomes `[DATE]`: Safe Harbor also removes "all elements of dates
/// (including year) indicative of" an age over 89, and a birth date that old
/// is one. Not deterministic across years if the caller passes the clock.
pub fn deidentify_as_of(text: &str, findings: &[Finding], current_year: u16) -> String {
    deidentify_impl(text, findings, Some(current_year))
}

fn deidentify_impl(text: &str, findings: &[Finding], current_year: Option<u16>) -> String {
    rewrite(
        text,
        findings,
        |_| true,
        |out, f, value| {
            match f.kind {
                PhiType::Date => match f.year() {
                    Some(y)
                        if current_year.is_none_or(|now| u32::from(y) + 90 > u32::from(now)) =>
                    {
                        // Writing into a String cannot fail.
                        let _ = write!(out, "{y}");
                    }
                    _ => out.push_str(PhiType::Date.tag()),
                },
                PhiType::Age => out.push_str("90+"),
                PhiType::Zip => push_zip3(out, value),
                PhiType::Address => {
                    out.push_str(PhiType::Address.tag());
                    if let Some((state, zip)) = state_zip_suffix(value) {
                        out.push_str(", ");
                        out.push_str(state);
                        out.push(' ');
                        push_zip3(out, zip);
                    }
                }
                other => out.push_str(other.tag()),
            }
        },
    )
}

/// Whether `f` can be applied to `text` after the previous replacement
/// ended at byte `pos`.
pub(crate) fn is_applicable(text: &str, f: &Finding, pos: usize) -> bool {
    f.start < f.end
        && f.start >= pos
        && f.end <= text.len()
        && text.is_char_boundary(f.start)
        && text.is_char_boundary(f.end)
}

/// The shared single pass: copies the text between the applicable,
/// `selected` findings and lets `write` append each one's replacement.
fn rewrite<S, W>(text: &str, findings: &[Finding], selected: S, mut write: W) -> String
where
    S: Fn(&Finding) -> bool,
    W: FnMut(&mut String, &Finding, &str),
{
    let written = try_rewrite(text, findings, selected, |out, f, value| {
        write(out, f, value);
        Ok::<(), std::convert::Infallible>(())
    });
    match written {
        Ok(out) => out,
        Err(never) => match never {},
    }
}

/// [`rewrite`] with a replacement that can fail: the first error is
/// returned and the rest of the text is not looked at.
fn try_rewrite<S, W, E>(text: &str, findings: &[Finding], selected: S, mut write: W) -> Result<String, E>
where
    S: Fn(&Finding) -> bool,
    W: FnMut(&mut String, &Finding, &str) -> Result<(), E>,
{
    // Tags can be longer than short values; a little slack avoids most
    // regrowth without measuring every replacement first.
    let mut out = String::with_capacity(text.len() + 8 * findings.len().min(64));
    let mut pos = 0;
    for (i, f) in findings.iter().enumerate() {
        // the engine's interrupt hook, once per CHECK_ITEMS findings
        crate::detect::interrupt::every_items(i);
        if is_applicable(text, f, pos) && selected(f) {
            push_checked(&mut out, &text[pos..f.start]);
            write(&mut out, f, &text[f.start..f.end])?;
            pos = f.end;
        }
    }
    push_checked(&mut out, &text[pos..]);
    Ok(out)
}

/// `out.push_str(s)`, a piece of about `CHECK_BYTES` bytes at a time with
/// the interrupt hook called between pieces (a long unchanged stretch of a
/// huge text is one copy otherwise).
fn push_checked(out: &mut String, s: &str) {
    use crate::detect::interrupt::{check, CHECK_BYTES};
    let mut from = 0;
    while s.len() - from > CHECK_BYTES {
        let mut to = from + CHECK_BYTES;
        while !s.is_char_boundary(to) {
            to += 1;
        }
        out.push_str(&s[from..to]);
        check();
        from = to;
    }
    out.push_str(&s[from..]);
}

/// One `*` per character.
fn push_mask(out: &mut String, value: &str) {
    let n = value.chars().count();
    out.reserve(n);
    out.extend(std::iter::repeat_n('*', n));
}

/// [`Style::Partial`]: the type's [`PartialRule`] says whether the last
/// four digits stay or the tag is written.
fn push_partial(out: &mut String, kind: PhiType, value: &str) {
    if kind.entry().partial == PartialRule::Tag {
        out.push_str(kind.tag());
        return;
    }
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    if digits <= 4 {
        push_mask(out, value);
        return;
    }
    let hidden = digits - 4;
    let mut seen = 0;
    for c in value.chars() {
        if c.is_ascii_digit() {
            seen += 1;
            out.push(if seen > hidden { c } else { '*' });
        } else if c.is_alphanumeric() {
            out.push('*');
        } else {
            out.push(c);
        }
    }
}

/// Three-digit ZIP prefixes whose combined population is 20,000 or fewer
/// (HHS Safe Harbor guidance, 2000 Census); they must become `000`.
pub const RESTRICTED_ZIP3: [&str; 17] = [
    "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
    "879", "884", "890", "893",
];

/// Safe Harbor ZIP: the first three digits of `zip`, or `000` when that
/// prefix is restricted or `zip` has fewer than three digits.
pub fn zip3(zip: &str) -> String {
    let mut s = String::with_capacity(3);
    push_zip3(&mut s, zip);
    s
}

fn push_zip3(out: &mut String, zip: &str) {
    let mut d = [b'0'; 3];
    let mut n = 0;
    for b in zip.bytes().filter(u8::is_ascii_digit) {
        d[n] = b;
        n += 1;
        if n == 3 {
            break;
        }
    }
    let restricted = RESTRICTED_ZIP3.iter().any(|r| r.as_bytes() == d);
    if n < 3 || restricted {
        out.push_str("000");
    } else {
        out.extend(d.iter().map(|&b| char::from(b)));
    }
}

/// Two-digit years below the pivot are 20yy, the others 19yy: `3/15/29`
/// is 2029 and `3/15/30` is 1930. Fixed (not relative to the clock) so the
/// result is deterministic.
pub const TWO_DIGIT_YEAR_PIVOT: u16 = 30;

/// Four-digit numbers read as years.
const YEARS: std::ops::RangeInclusive<u32> = 1800..=2199;

/// Full year of a two-digit one, see [`TWO_DIGIT_YEAR_PIVOT`].
pub fn expand_two_digit_year(yy: u16) -> u16 {
    if yy < TWO_DIGIT_YEAR_PIVOT {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// The year of a date as written in free text, if one can be read:
/// a four-digit year anywhere (`3/15/1985`, `1985-03-15`, `March 15, 1985`,
/// `15 Mar 1985`, `Mar 1985`), a compact `19850315` / `03151985`, a
/// numeric day-month-year with a two-digit year (`3/15/85`, `03-15-85`,
/// `15.03.85`, expanded with [`TWO_DIGIT_YEAR_PIVOT`]) or an apostrophe
/// year (`Mar '85`). Surrounding words (`DOB 3/15/85`) are ignored.
///
/// De-identification does not call this: it writes the year a finding
/// carries ([`Finding::year`]). The built-in date recognizers read the year
/// as they parse (the same year this function reads from their matches);
/// custom date patterns, which know nothing of a date's layout, take it
/// from this function at detection.
pub fn year_of(date: &str) -> Option<u16> {
    let b = date.as_bytes();
    // A standalone four-digit run in range.
    for (s, e) in digit_runs(b) {
        if e - s == 4 {
            let v = number(&b[s..e]);
            if YEARS.contains(&v) {
                return Some(v as u16);
            }
        }
    }
    // Compact yyyymmdd, then mmddyyyy.
    for (s, e) in digit_runs(b) {
        if e - s == 8 {
            let (y, md) = (number(&b[s..s + 4]), &b[s + 4..e]);
            if YEARS.contains(&y) && month_day(number(&md[..2]), number(&md[2..])) {
                return Some(y as u16);
            }
            let (md, y) = (&b[s..s + 4], number(&b[s + 4..e]));
            if YEARS.contains(&y) && month_day(number(&md[..2]), number(&md[2..])) {
                return Some(y as u16);
            }
        }
    }
    // m/d/yy or d/m/yy with one separator repeated.
    let runs: RunWindow = digit_runs(b).collect();
    for w in runs.triples() {
        if let Some(y) = two_digit_year_date(b, w) {
            return Some(y);
        }
    }
    // 'yy after an apostrophe.
    for (s, e) in digit_runs(b) {
        if e - s == 2 && (date[..s].ends_with('\'') || date[..s].ends_with('\u{2019}')) {
            return Some(expand_two_digit_year(number(&b[s..e]) as u16));
        }
    }
    None
}

/// The last few digit runs seen, enough to look at consecutive triples
/// without allocating. Runs past the capacity are ignored.
struct RunWindow {
    runs: [(usize, usize); 16],
    len: usize,
}

impl FromIterator<(usize, usize)> for RunWindow {
    fn from_iter<I: IntoIterator<Item = (usize, usize)>>(iter: I) -> Self {
        let mut w = RunWindow {
            runs: [(0, 0); 16],
            len: 0,
        };
        for r in iter.into_iter().take(16) {
            w.runs[w.len] = r;
            w.len += 1;
        }
        w
    }
}

impl RunWindow {
    fn triples(&self) -> impl Iterator<Item = [(usize, usize); 3]> + '_ {
        self.runs[..self.len].windows(3).map(|w| [w[0], w[1], w[2]])
    }
}

fn two_digit_year_date(b: &[u8], [x, y, z]: [(usize, usize); 3]) -> Option<u16> {
    let is_sep = |c: u8| matches!(c, b'/' | b'-' | b'.');
    let sep = b[x.1];
    if y.0 != x.1 + 1 || z.0 != y.1 + 1 || !is_sep(sep) || b[y.1] != sep {
        return None;
    }
    if !(1..=2).contains(&(x.1 - x.0)) || !(1..=2).contains(&(y.1 - y.0)) || z.1 - z.0 != 2 {
        return None;
    }
    // Not part of a longer dotted or dashed number (an IP address, a phone).
    let continued_left = x.0 >= 2 && is_sep(b[x.0 - 1]) && b[x.0 - 2].is_ascii_digit();
    let continued_right = z.1 + 1 < b.len() && is_sep(b[z.1]) && b[z.1 + 1].is_ascii_digit();
    if continued_left || continued_right {
        return None;
    }
    let (p, q) = (number(&b[x.0..x.1]), number(&b[y.0..y.1]));
    if month_day(p, q) || month_day(q, p) {
        Some(expand_two_digit_year(number(&b[z.0..z.1]) as u16))
    } else {
        None
    }
}

fn month_day(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Decimal value of a short run of ASCII digits.
fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |n, &d| {
        n.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    })
}

/// Maximal runs of ASCII digits as byte ranges.
fn digit_runs(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_digit() {
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        Some((s, i))
    })
}

// USPS codes and names of the states, DC and the inhabited territories.
use crate::detect::lexicon::US_STATES as STATES;

/// The USPS state code and the ZIP digits when `addr` ends with a US state
/// (upper-case code or full name) and a ZIP or ZIP+4, e.g.
/// `"12 Elm St, Springfield, IL 62704"` → `("IL", "62704")`.
pub(crate) fn state_zip_suffix(addr: &str) -> Option<(&'static str, &str)> {
    let s = addr.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let b = s.as_bytes();
    let trailing_digits = |end: usize| {
        b[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    // ZIP+4 or ZIP at the very end.
    let mut zip_end = b.len();
    let last = trailing_digits(b.len());
    if last == 4 && b.len() >= 5 && b[b.len() - 5] == b'-' {
        zip_end = b.len() - 5;
    } else if last != 5 {
        return None;
    }
    if trailing_digits(zip_end) != 5 {
        return None;
    }
    let zip_start = zip_end - 5;
    let zip = &s[zip_start..zip_end];
    // Whitespace and at most one comma between state and ZIP.
    let head = s[..zip_start].trim_end();
    if head.len() == s[..zip_start].len() && !head.ends_with(',') {
        return None; // the ZIP is glued to the word before it
    }
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    let bounded = |rest: &str| {
        rest.chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    // Upper-case USPS code.
    if head.len() >= 2 && head.is_char_boundary(head.len() - 2) {
        let (rest, code) = head.split_at(head.len() - 2);
        if code.bytes().all(|c| c.is_ascii_uppercase()) && bounded(rest) {
            if let Some(&(c, _)) = STATES.iter().find(|(c, _)| *c == code) {
                return Some((c, zip));
            }
        }
    }
    // Full state name, any case; the longest wins ("West Virginia").
    STATES
        .iter()
        .filter(|(_, name)| {
            head.len() >= name.len()
                && head.is_char_boundary(head.len() - name.len())
                && head[head.len() - name.len()..].eq_ignore_ascii_case(name)
                && bounded(&head[..head.len() - name.len()])
        })
        .max_by_key(|(_, name)| name.len())
        .map(|&(code, _)| (code, zip))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Findings at every occurrence of each `(kind, value)` in `text`; a
    /// `Date` carries the year [`year_of`] reads, as the detector's would.
    fn at(text: &str, items: &[(PhiType, &str)]) -> Vec<Finding> {
        let mut v: Vec<Finding> = items
            .iter()
            .flat_map(|&(k, val)| {
                text.match_indices(val).map(move |(s, m)| {
                    let f = Finding::new(k, s, s + m.len(), 0.9);
                    if k == PhiType::Date {
                        f.with_year(year_of(val))
                    } else {
                        f
                    }
                })
            })
            .collect();
        v.sort_by_key(|f| f.start);
        v
    }

    const NOTE: &str = "SSN 123-45-6789, call (555) 123-4567 or mail jo@x.org.";

    fn note_findings() -> Vec<Finding> {
        at(
            NOTE,
            &[
                (PhiType::Ssn, "123-45-6789"),
                (PhiType::Phone, "(555) 123-4567"),
                (PhiType::Email, "jo@x.org"),
            ],
        )
    }

    #[test]
    fn style_parsing() {
        assert_eq!("tag".parse::<Style>(), Ok(Style::Tag));
        assert_eq!("  MASK ".parse::<Style>(), Ok(Style::Mask));
        assert_eq!("Partial".parse::<Style>(), Ok(Style::Partial));
        for n in STYLE_NAMES {
            assert_eq!(n.parse::<Style>().unwrap().name(), n);
            assert_eq!(n.parse::<Style>().unwrap().to_string(), n);
        }
        let e = "hash".parse::<Style>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown redaction style; valid styles are: tag, mask, partial"
        );
        assert!("".parse::<Style>().is_err());
    }

    #[test]
    fn pseudonym_style_name() {
        assert_eq!(ALL_STYLE_NAMES, ["tag", "mask", "partial", "pseudonym"]);
        assert!(is_pseudonym("pseudonym") && is_pseudonym("  PseudoNym\t"));
        assert!(!is_pseudonym("pseudo") && !is_pseudonym("tag"));
        // The keyed style is not a keyless one.
        assert!("pseudonym".parse::<Style>().is_err());
    }

    /// A stand-in for the keyed tokenizer: the tag and the value's length.
    fn fake_token(tag: &str, value: &str) -> Result<String, String> {
        Ok(format!("[{tag}-{}]", value.len()))
    }

    #[test]
    fn pseudonym_style() {
        let f = note_findings();
        assert_eq!(
            pseudonymize(NOTE, &f, None, fake_token),
            Ok("SSN [SSN-11], call [PHONE-14] or mail [EMAIL-8].".to_string())
        );
        assert_eq!(
            pseudonymize(NOTE, &f, Some(&[PhiType::Email]), fake_token),
            Ok("SSN 123-45-6789, call (555) 123-4567 or mail [EMAIL-8].".to_string())
        );
        assert_eq!(pseudonymize(NOTE, &f, Some(&[]), fake_token), Ok(NOTE.to_string()));
        assert_eq!(pseudonymize(NOTE, &[], None, fake_token), Ok(NOTE.to_string()));
        // The tokenizer sees the upper-case tag name and the value, once
        // per finding, in order.
        let mut seen = Vec::new();
        let t = "plan XKZ123456789 from 10.0.0.1";
        let g = at(t, &[(PhiType::HealthPlan, "XKZ123456789"), (PhiType::IpAddress, "10.0.0.1")]);
        let out = pseudonymize(t, &g, None, |tag: &str, v: &str| {
            seen.push((tag.to_string(), v.to_string()));
            Ok::<_, ()>("<T>".to_string())
        });
        assert_eq!(out, Ok("plan <T> from <T>".to_string()));
        assert_eq!(
            seen,
            [("HEALTH_PLAN".to_string(), "XKZ123456789".to_string()), ("IP_ADDRESS".to_string(), "10.0.0.1".to_string())]
        );
        // With the real keyed token, the shape SQL returns.
        let key = [9u8; 32];
        let out = pseudonymize(NOTE, &f, Some(&[PhiType::Ssn]), |tag: &str, v: &str| {
            Ok::<_, ()>(crate::crypto::mac::pseudonym(&key, tag, v))
        })
        .unwrap();
        assert!(out.starts_with("SSN [SSN-") && out.ends_with("], call (555) 123-4567 or mail jo@x.org."), "{out}");
        assert_eq!(out.len(), NOTE.len() - "123-45-6789".len() + "[SSN-abcdefgh]".len());
    }

    #[test]
    fn pseudonym_errors_stop_the_walk() {
        let f = note_findings();
        let mut calls = 0;
        let out = pseudonymize(NOTE, &f, None, |tag: &str, _: &str| {
            calls += 1;
            if tag == "PHONE" {
                Err("no key")
            } else {
                Ok("x".to_string())
            }
        });
        assert_eq!(out, Err("no key"));
        assert_eq!(calls, 2);
    }

    #[test]
    fn pseudonym_screens_bad_findings_like_redact() {
        let t = "SSN 123-45-6789 é";
        let good = Finding::new(PhiType::Ssn, 4, 15, 0.9);
        let f = [
            good,
            Finding::new(PhiType::Phone, 8, 12, 0.9),
            Finding::new(PhiType::Phone, 0, 200, 0.9),
            Finding::new(PhiType::Name, 17, 18, 0.9),
        ];
        assert_eq!(pseudonymize(t, &f, None, fake_token), Ok("SSN [SSN-11] é".to_string()));
    }

    #[test]
    fn tag_style() {
        assert_eq!(
            redact(NOTE, &note_findings(), Style::Tag, None),
            "SSN [SSN], call [PHONE] or mail [EMAIL]."
        );
    }

    #[test]
    fn mask_style() {
        assert_eq!(
            redact(NOTE, &note_findings(), Style::Mask, None),
            "SSN ***********, call ************** or mail ********."
        );
    }

    #[test]
    fn partial_style() {
        assert_eq!(
            redact(NOTE, &note_findings(), Style::Partial, None),
            "SSN ***-**-6789, call (***) ***-4567 or mail [EMAIL]."
        );
        let t = "fax 555.987.6543 acct AB-00123456 plan XKZ123456789 mrn 1234 dob 3/15/85";
        let f = at(
            t,
            &[
                (PhiType::Fax, "555.987.6543"),
                (PhiType::Account, "AB-00123456"),
                (PhiType::HealthPlan, "XKZ123456789"),
                (PhiType::Mrn, "1234"),
                (PhiType::Date, "3/15/85"),
            ],
        );
        assert_eq!(
            redact(t, &f, Style::Partial, None),
            "fax ***.***.6543 acct **-****3456 plan ********6789 mrn **** dob [DATE]"
        );
        // Four digits or fewer: fully masked, separators included.
        let t = "ssn 12-34";
        let f = at(t, &[(PhiType::Ssn, "12-34")]);
        assert_eq!(redact(t, &f, Style::Partial, None), "ssn *****");
    }

    #[test]
    fn partial_keeps_last_four_of_number_types_only() {
        use PhiType::*;
        for t in PhiType::ALL {
            let last_four = matches!(t, Ssn | Phone | Fax | Account | HealthPlan | Mrn);
            assert_eq!(t.entry().partial == PartialRule::LastFour, last_four, "{t}");
            let f = [Finding::new(t, 0, 11, 0.9)];
            let out = redact("123-45-6789", &f, Style::Partial, None);
            assert_eq!(out, if last_four { "***-**-6789" } else { t.tag() }, "{t}");
        }
    }

    #[test]
    fn mask_counts_characters_not_bytes() {
        let t = "Patient Zoë Ñúñez, MRN 4711";
        let f = at(t, &[(PhiType::Name, "Zoë Ñúñez"), (PhiType::Mrn, "4711")]);
        assert_eq!(
            redact(t, &f, Style::Mask, None),
            "Patient *********, MRN ****"
        );
        assert_eq!(redact(t, &f, Style::Tag, None), "Patient [NAME], MRN [MRN]");
        let t = "電話 (555) 123-4567 です";
        let f = at(t, &[(PhiType::Phone, "(555) 123-4567")]);
        assert_eq!(
            redact(t, &f, Style::Partial, None),
            "電話 (***) ***-4567 です"
        );
    }

    #[test]
    fn types_filter() {
        let f = note_findings();
        assert_eq!(
            redact(
                NOTE,
                &f,
                Style::Tag,
                Some(&[PhiType::Phone, PhiType::Email])
            ),
            "SSN 123-45-6789, call [PHONE] or mail [EMAIL]."
        );
        assert_eq!(redact(NOTE, &f, Style::Mask, Some(&[])), NOTE);
        assert_eq!(redact(NOTE, &f, Style::Tag, Some(&[PhiType::Name])), NOTE);
    }

    #[test]
    fn defensive_against_bad_findings() {
        let t = "SSN 123-45-6789 é";
        let good = Finding::new(PhiType::Ssn, 4, 15, 0.9);
        let bad = [
            Finding::new(PhiType::Phone, 8, 12, 0.9),  // overlaps `good`
            Finding::new(PhiType::Phone, 0, 200, 0.9), // out of range
            Finding::new(PhiType::Name, 17, 18, 0.9),  // inside 'é'
            Finding::new(PhiType::Name, 3, 3, 0.9),    // empty
            Finding {
                kind: PhiType::Id,
                start: 9,
                end: 2,
                score: 0.5,
                year: None,
            }, // reversed
        ];
        let mut f = vec![good];
        f.extend_from_slice(&bad);
        for style in [Style::Tag, Style::Mask, Style::Partial] {
            let out = redact(t, &f, style.clone(), None);
            let expected = redact(t, &[good], style, None);
            assert_eq!(out, expected);
        }
        assert_eq!(redact(t, &f, Style::Tag, None), "SSN [SSN] é");
        assert_eq!(deidentify(t, &f), "SSN [SSN] é");
        // An unsorted earlier finding after a later one is skipped too.
        let f = [good, Finding::new(PhiType::Name, 0, 3, 0.9)];
        assert_eq!(redact(t, &f, Style::Tag, None), "SSN [SSN] é");
        // A finding filtered out by type does not block the next one.
        let f = [Finding::new(PhiType::Name, 0, 3, 0.9), good];
        assert_eq!(
            redact(t, &f, Style::Tag, Some(&[PhiType::Ssn])),
            "SSN [SSN] é"
        );
        assert_eq!(redact("", &[good], Style::Mask, None), "");
    }

    #[test]
    fn zip3_rules() {
        assert_eq!(zip3("62704"), "627");
        assert_eq!(zip3("62704-1234"), "627");
        assert_eq!(zip3("021"), "021");
        assert_eq!(zip3("12"), "000");
        assert_eq!(zip3(""), "000");
        for p in RESTRICTED_ZIP3 {
            assert_eq!(zip3(&format!("{p}42")), "000", "prefix {p}");
            assert_eq!(zip3(&format!("{p}42-0001")), "000", "prefix {p}");
        }
        // Neighbours of restricted prefixes are kept.
        for p in [
            "035", "037", "058", "060", "101", "103", "822", "832", "880", "889", "892", "894",
        ] {
            assert_eq!(zip3(&format!("{p}99")), p);
        }
    }

    #[test]
    fn year_of_formats() {
        let cases: &[(&str, Option<u16>)] = &[
            ("3/15/1985", Some(1985)),
            ("03-15-85", Some(1985)),
            ("1985-03-15", Some(1985)),
            ("March 15, 1985", Some(1985)),
            ("15 Mar 1985", Some(1985)),
            ("Mar 1985", Some(1985)),
            ("DOB 3/15/85", Some(1985)),
            ("15.03.85", Some(1985)),
            ("2024/01/05", Some(2024)),
            ("19850315", Some(1985)),
            ("03151985", Some(1985)),
            ("Mar '85", Some(1985)),
            ("Mar \u{2019}07", Some(2007)),
            ("3/15/85 1430", Some(1985)),
            ("1/2/03", Some(2003)),
            ("12/31/29", Some(2029)),
            ("12/31/30", Some(1930)),
            ("12/31/99", Some(1999)),
            ("12/31/00", Some(2000)),
            ("March 15", None),
            ("3/15", None),
            ("13/13/85", None),
            ("0/5/85", None),
            ("10.1.12.85", None),
            ("yesterday", None),
            ("", None),
        ];
        for &(s, y) in cases {
            assert_eq!(year_of(s), y, "{s:?}");
        }
    }

    #[test]
    fn two_digit_year_pivot() {
        assert_eq!(expand_two_digit_year(0), 2000);
        assert_eq!(
            expand_two_digit_year(TWO_DIGIT_YEAR_PIVOT - 1),
            2000 + TWO_DIGIT_YEAR_PIVOT - 1
        );
        assert_eq!(
            expand_two_digit_year(TWO_DIGIT_YEAR_PIVOT),
            1900 + TWO_DIGIT_YEAR_PIVOT
        );
        assert_eq!(expand_two_digit_year(85), 1985);
    }

    #[test]
    fn deidentify_rules() {
        let t = "Seen 3/15/85 and on March 2, 2019, later 'soon'; aged 91; ZIP 62704, 03601 and 89301; \
                 lives at 12 Elm St, Springfield, IL 62704-1234; SSN 123-45-6789; Dr. Smith.";
        let f = at(
            t,
            &[
                (PhiType::Date, "3/15/85"),
                (PhiType::Date, "March 2, 2019"),
                (PhiType::Date, "soon"),
                (PhiType::Age, "91"),
                (PhiType::Zip, "62704,"), // includes the comma: only digits count
                (PhiType::Zip, "03601"),
                (PhiType::Zip, "89301"),
                (PhiType::Address, "12 Elm St, Springfield, IL 62704-1234"),
                (PhiType::Ssn, "123-45-6789"),
                (PhiType::Name, "Smith"),
            ],
        );
        assert_eq!(
            deidentify(t, &f),
            "Seen 1985 and on 2019, later '[DATE]'; aged 90+; ZIP 627 000 and 000; \
             lives at [ADDRESS], IL 627; SSN [SSN]; Dr. [NAME]."
        );
    }

    #[test]
    fn deidentify_writes_the_year_the_finding_carries() {
        // The date is not parsed again: the finding's year is written, and
        // a date finding without one becomes [DATE].
        let t = "seen 3/15/85";
        let f = Finding::new(PhiType::Date, 5, 12, 0.9);
        assert_eq!(deidentify(t, &[f]), "seen [DATE]");
        assert_eq!(deidentify(t, &[f.with_year(Some(1985))]), "seen 1985");
        assert_eq!(deidentify(t, &[f.with_year(Some(1999))]), "seen 1999");
        assert_eq!(deidentify_as_of(t, &[f.with_year(Some(1930))], 2025), "seen [DATE]");
    }

    #[test]
    fn detector_dates_carry_the_year_year_of_reads() {
        let det = crate::Detector::builtin();
        let t = "DOB 3/15/1985. Seen 03-15-85, 2024-03-15T10:30, 15.03.85, on 3/15/85 10:30 AM, \
                 March 15, 2021, March 2021, 15 Mar 2021, 15th of March, 2021, 15-Mar-21, \
                 admitted 3/2021, on 3/15, March 15, dob 20240315, 12/31/29 and 12/31/30.";
        let dates: Vec<Finding> = det.detect(t, 0.0).into_iter().filter(|f| f.kind == PhiType::Date).collect();
        assert!(dates.len() >= 15, "{dates:?}");
        for f in &dates {
            assert_eq!(f.year(), year_of(f.value(t)), "{:?}", f.value(t));
        }
        let years: Vec<Option<u16>> = dates.iter().map(Finding::year).collect();
        assert!(years.contains(&Some(2029)) && years.contains(&Some(1930)), "{years:?}");
        assert!(years.contains(&None), "{years:?}");
        // A custom date pattern's finding carries the year of its match.
        let det = crate::Detector::new(&[crate::CustomPattern {
            name: "visit".into(),
            kind: PhiType::Date,
            regex: r"V\d{8}".into(),
            context_words: vec![],
            score: 0.9,
        }])
        .unwrap();
        let t = "visit V19850315 done";
        let f: Vec<Finding> = det.detect(t, 0.5).into_iter().filter(|f| f.kind == PhiType::Date).collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].year(), Some(1985));
        assert_eq!(deidentify(t, &f), "visit 1985 done");
    }

    #[test]
    fn deidentify_every_restricted_zip() {
        for p in RESTRICTED_ZIP3 {
            let t = format!("zip {p}17 and 10 Main St, Town, NY {p}17");
            let f = at(
                &t,
                &[(PhiType::Address, &format!("10 Main St, Town, NY {p}17"))],
            );
            let f2 = vec![Finding::new(PhiType::Zip, 4, 9, 0.9), f[0]];
            assert_eq!(
                deidentify(&t, &f2),
                "zip 000 and [ADDRESS], NY 000",
                "prefix {p}"
            );
        }
    }

    #[test]
    fn address_state_zip_suffix() {
        assert_eq!(
            state_zip_suffix("12 Elm St, Springfield, IL 62704"),
            Some(("IL", "62704"))
        );
        assert_eq!(
            state_zip_suffix("12 Elm St, Springfield IL, 62704."),
            Some(("IL", "62704"))
        );
        assert_eq!(
            state_zip_suffix("1 Main St, Albany, New York 12207-1111"),
            Some(("NY", "12207"))
        );
        assert_eq!(
            state_zip_suffix("1 Hill Rd, Wheeling, West Virginia 26003"),
            Some(("WV", "26003"))
        );
        assert_eq!(
            state_zip_suffix("1 Hill Rd, Richmond, virginia 23219"),
            Some(("VA", "23219"))
        );
        assert_eq!(
            state_zip_suffix("1 Hill Rd, Topeka, Kansas 66603"),
            Some(("KS", "66603"))
        );
        assert_eq!(
            state_zip_suffix("9 Rue, San Juan, puerto rico 00901"),
            Some(("PR", "00901"))
        );
        assert_eq!(state_zip_suffix("12 Elm St, Springfield, IL"), None);
        assert_eq!(state_zip_suffix("12 Elm St, Springfield, XX 62704"), None);
        assert_eq!(state_zip_suffix("12 Elm St, Springfield, il 62704"), None);
        assert_eq!(state_zip_suffix("12 Elm St, PortIL 62704"), None);
        assert_eq!(state_zip_suffix("12 Elm St, IL62704"), None);
        assert_eq!(state_zip_suffix("12 Elm St, IL 627045"), None);
        assert_eq!(state_zip_suffix("12 Elm St, IL 6270"), None);
        assert_eq!(state_zip_suffix("Ünïcödé, IL 62704"), Some(("IL", "62704")));
        assert_eq!(state_zip_suffix("é 62704"), None);

        let t = "at 12 Elm St, Springfield, IL 62704 today; also 5 Oak Ave, Apt 2";
        let f = at(
            t,
            &[
                (PhiType::Address, "12 Elm St, Springfield, IL 62704"),
                (PhiType::Address, "5 Oak Ave, Apt 2"),
            ],
        );
        assert_eq!(
            deidentify(t, &f),
            "at [ADDRESS], IL 627 today; also [ADDRESS]"
        );
    }

    #[test]
    fn deidentify_as_of_suppresses_years_over_89() {
        let t = "born 3/1/1930, seen 2019-05-01";
        let f = at(
            t,
            &[(PhiType::Date, "3/1/1930"), (PhiType::Date, "2019-05-01")],
        );
        assert_eq!(deidentify(t, &f), "born 1930, seen 2019");
        assert_eq!(deidentify_as_of(t, &f, 2025), "born [DATE], seen 2019");
        assert_eq!(deidentify_as_of(t, &f, 2019), "born 1930, seen 2019");
        assert_eq!(deidentify_as_of(t, &f, 2020), "born [DATE], seen 2019");
    }

    #[test]
    fn nothing_to_do() {
        assert_eq!(redact("plain text", &[], Style::Tag, None), "plain text");
        assert_eq!(deidentify("plain text", &[]), "plain text");
        assert_eq!(deidentify("", &[]), "");
    }
}
