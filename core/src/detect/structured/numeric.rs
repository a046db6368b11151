//! Everything anchored on a run of ASCII digits: dates, ages over 89, phone
//! and fax numbers, SSNs, IPv4, card numbers and checksum-bearing tokens
//! (DEA, VIN, MBI). One left-to-right pass; each digit run is classified by
//! small bounded parsers and the scan resumes after whatever it consumed.

use super::checks::{self, num, valid_day, year4};
use super::keywords::{Ctx, Hit, Kw};
use super::{ctx_before, has_ctx};
use crate::detect::context::{block_mask, digits_end, Bits, Cursor, Lanes};
use crate::detect::lexicon;
use crate::detect::interrupt::{every_bytes, Ticker};
use crate::redact::expand_two_digit_year;
use crate::types::{Finding, PhiType};

/// Context window for phone/fax/SSN/IP/card keywords, in bytes.
const WINDOW: usize = 40;
/// Most digit groups one shape may have ("1.2.3.4.5.6").
const MAX_GROUPS: usize = 6;

/// `ocr`: the digit runs with an OCR look-alike letter beside them
/// ("555-0l18"), for [`super::ocr`] (two byte tests a run, in this pass
/// that visits every run anyway).
pub(super) fn find(text: &str, hits: &[Hit], out: &mut Vec<Finding>, ocr: &mut Vec<(usize, usize)>) {
    let mut sc = Scan { b: text.as_bytes(), hits, out };
    let mut digits = Cursor::new(sc.b, |b: &[u8], base| block_mask(b, base, Lanes::digit));
    let mut i = 0;
    let mut tick = Ticker::new(0);
    // the end of the last token the governed-identifier rule looked at
    let mut governed_to = 0;
    while let Some(d) = digits.next(i) {
        tick.at(d);
        let run_end = digits_end(sc.b, d);
        if super::foreign_dates::may(sc.b, d, run_end) {
            if let Some(e) = super::foreign_dates::at_run(text, d, run_end, sc.out) {
                i = e;
                continue;
            }
        }
        if let Some(e) = super::iban::at_digits(sc.b, d, sc.out) {
            i = e;
            continue;
        }
        let found = sc.out.len();
        let next = sc.at_run(d);
        // a run nothing here claimed may belong to an identifier governed
        // by a noun before it ("implant lot QZT448120A")
        // (or only weakly: an unlabelled nine digits as a 0.3 SSN, which a
        // governing noun outranks)
        let weak = sc.out[found..].iter().all(|f| f.score < super::governed::SCORE);
        let re = run_end;
        // "+39 3031023152", "+870 775691283": a number after '+' that no
        // parser took, in international form
        if weak && d > 0 && sc.b[d - 1] == b'+' && (d < 2 || !sc.b[d - 2].is_ascii_alphanumeric()) {
            if let Some(e) = plus_number(sc.b, d) {
                let kind = if has_ctx(sc.hits, d - 1, 24, Ctx::Fax) { PhiType::Fax } else { PhiType::Phone };
                sc.out.push(Finding::new(kind, d - 1, e, 0.85));
                i = e;
                continue;
            }
        }
        // (the byte after the run, and after what the parsers took:
        // "444-5O-7559" is read as "444-5" and resumed at the 'O')
        // (one test of three table reads, no branch per byte: a digit run
        // with a look-alike beside it is rare, and which one is not)
        let look = |k: usize| super::ocr::look_alike(at(sc.b, k));
        if look(d.wrapping_sub(1)) | look(re) | look(next) {
            ocr.push((d, re));
        }
        if weak && re - d == 9 {
            if let Some(e) = super::bank::at_nine(sc.b, d, re, sc.out) {
                i = e;
                continue;
            }
        }
        if weak && d >= governed_to {
            if let Some(e) = super::governed::at_run(sc.b, d, re, sc.out) {
                governed_to = e;
            }
        }
        i = next.max(d + 1);
    }
}

/// A telephone number in international form whose '+' is right before
/// `d`: a country code of one to three digits, then digit groups one space,
/// '-' or '.' apart, eight to fifteen digits in all (E.164), free on the
/// right. Its end.
fn plus_number(b: &[u8], d: usize) -> Option<usize> {
    let cc = digits_end(b, d);
    if !(1..=3).contains(&(cc - d)) || !matches!(at(b, cc), b' ' | b'-' | b'.') {
        return None;
    }
    let mut digits = cc - d;
    let mut e = cc;
    let mut groups = 0;
    while groups < 6 && matches!(at(b, e), b' ' | b'-' | b'.') && at(b, e + 1).is_ascii_digit() {
        let ge = digits_end(b, e + 1);
        digits += ge - e - 1;
        e = ge;
        groups += 1;
    }
    let free = !at(b, e).is_ascii_alphanumeric() && !(matches!(at(b, e), b'.' | b'/' | b':' | b'-') && at(b, e + 1).is_ascii_digit());
    ((8..=15).contains(&digits) && groups >= 1 && free).then_some(e)
}

/// What a number right after the name `f` that the names family found
/// (scoring 0.5 or more) is: after '#', three to ten digits are the
/// person's badge or staff number ("Sgt H. Chaudhry #1239,", "interpreter
/// Yesenia Lopez #05194 used"); after a space, ", ", " at " or " on ", ten
/// or eleven digits unpunctuated with a trunk prefix's '0' are their phone
/// number, as Britain, Ireland, Australia and New Zealand write it
/// ("Witness: Mei Wang, 0223107931", "called Jovelyn at 0477859988").
/// Then no letter, digit, '#', '-' or '/'.
pub(crate) fn number_after_name(text: &str, f: Finding, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let digits = |s: usize| b.get(s..).map_or(0, |r| r.iter().take(12).take_while(|c| c.is_ascii_digit()).count());
    let free = |e: usize| b.get(e).is_none_or(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'#' | b'-' | b'/') || c >= 0x80));
    let r = &b[f.end..];
    if r.starts_with(b" #") {
        // (a pharmacy's store and a quantity dispensed are numbered so too:
        // "Preferred pharmacy: Fred Meyer #652", "Dispense: Yasmin #336")
        let floor = f.start.saturating_sub(48);
        let ls = b[floor..f.start].iter().rposition(|&c| c == b'\n').map_or(floor, |k| floor + k + 1);
        let line = &b[ls..f.start];
        let shop = [&b"pharmacy"[..], b"dispense", b"disp", b"qty", b"rx", b"store", b"shipped"]
            .iter()
            .any(|w| line.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w)));
        if shop {
            return;
        }
        let s = f.end + 2;
        let n = digits(s);
        if (3..=10).contains(&n) && free(s + n) {
            out.push(Finding::new(PhiType::Id, s, s + n, 0.7));
        }
        return;
    }
    let lead = [&b"  "[..], b", ", b" at ", b" on ", b" "].iter().find(|l| r.starts_with(l)).map_or(0, |l| l.len());
    let s = f.end + lead;
    let n = digits(s);
    if lead > 0 && (10..=11).contains(&n) && b[s] == b'0' && b[s + 1] != b'0' && free(s + n) {
        out.push(Finding::new(PhiType::Phone, s, s + n, 0.7));
    }
}

/// A phone number in brackets right after the person's or place's name
/// `f` that the families found (scoring 0.5 or more, " (" after it: see
/// `Detector::candidates`): "Itzel Flores (044-55-1562-9760)", "our
/// driver Hüseyin (05932735770)", "in Torino (322 8065670)", "Rafael
/// Carvalho ((21) 99866-7645)". (A capitalised word alone is no name:
/// "Aetna (0123 4567 89)" may be a member's number.)
pub(crate) fn phone_in_brackets(text: &str, f: Finding, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut s = f.end + 2;
    if at(b, s) == b'(' {
        s += 1;
    }
    if at(b, s).is_ascii_digit() {
        let mut sc = Scan { b, hits: &[], out };
        let _ = sc.phone_after_name(s, digits_end(b, s));
    }
}

/// A staff or patient number in brackets right after a name `f`
/// (scoring 0.5 or more, " (" after it: see `Detector::candidates`):
/// capitals then digits, then ')' ("agent AO (T-5457)", "Beaulieu É
/// (M279278781)"; not "(ICD-10)", "(81M)", nor digits alone, a phone's
/// or the years' as often, "Dr Smith (2019-2021)").
pub(crate) fn id_in_brackets(text: &str, f: Finding, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let s = f.end + 2;
    let n = b[s.min(b.len())..].iter().take(21).take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
    let e = s + n;
    if !(4..=20).contains(&n) || at(b, e) != b')' || b[s] == b'-' || b[e - 1] == b'-' {
        return;
    }
    let t = &b[s..e];
    // capitals, then digits to the end: one to four and a dash before
    // four digits or more ("T-5457"), or one or two before six or more
    // ("M279278781"); not a code's or a reading's letters glued to their
    // number ("E1165", "G0438", "G2P1001", "HLA-B5801", "PSA-1200",
    // "FY2024", "ICU-2001")
    let caps = t.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let dash = usize::from(t.get(caps) == Some(&b'-'));
    let digits = t.len() - caps - dash;
    let shaped = t[caps + dash..].iter().all(u8::is_ascii_digit)
        && ((1..=4).contains(&caps) && dash == 1 && digits >= 4 || (1..=2).contains(&caps) && dash == 0 && digits >= 6);
    const NOT: &[&[u8]] = &[b"CA", b"PSA", b"BNP", b"LDL", b"HDL", b"CPT", b"HLA", b"ICD", b"ATC", b"DOB", b"FY", b"OR", b"ICU", b"RM", b"Q", b"EGFR", b"FEV", b"NDC", b"LOT", b"REF", b"ED", b"ER", b"CD"];
    // (what another recognizer read there, a phone's or a record's
    // number, it has typed already)
    let read = out.iter().any(|g| g.start < e && g.end > s);
    if shaped && !NOT.contains(&&t[..caps]) && !read {
        out.push(Finding::new(PhiType::Id, s, e, 0.7));
    }
}

struct Scan<'a> {
    b: &'a [u8],
    hits: &'a [Hit],
    out: &'a mut Vec<Finding>,
}

fn alnum_end(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && b[p].is_ascii_alphanumeric() {
        every_bytes(p, 1);
        p += 1;
    }
    p
}

/// The byte at `p`, or 0 past the end.
fn at(b: &[u8], p: usize) -> u8 {
    b.get(p).copied().unwrap_or(0)
}

/// Whether a pain or rating word lies within the 16 bytes before `s`
/// ("pain 7/10", "w/ relief to 5/10", "rated 4/10").
fn score_ctx(b: &[u8], s: usize) -> bool {
    let w = &b[s.saturating_sub(16)..s];
    [&b"pain"[..], b"relief", b"rated", b"rates", b"scale", b"score"]
        .iter()
        .any(|k| w.windows(k.len()).any(|x| x.eq_ignore_ascii_case(k)))
}

fn before(b: &[u8], p: usize) -> u8 {
    if p == 0 {
        b' '
    } else {
        b[p - 1]
    }
}

/// Nothing glued on the right: not alphanumeric, and not a separator that
/// continues the number (".5", "/2", "-7", ":30").
fn right_free(b: &[u8], e: usize) -> bool {
    let c = at(b, e);
    if c.is_ascii_alphanumeric() {
        return false;
    }
    !(matches!(c, b'.' | b'/' | b'-' | b':' | b',') && at(b, e + 1).is_ascii_digit())
}

/// "today", "tomorrow" or "yesterday" right before `s`, or before "is" or
/// "was" there ("Today is 5/21", "today, 5/21"): the word names the date
/// that follows. (Farther off they are no date's word: "Today GCS 3/15",
/// "ambulated today with 2/2 assist".)
fn today_before(b: &[u8], s: usize) -> bool {
    let word_before = |e: usize| -> (usize, usize) {
        let mut q = e;
        while q > 0 && e - q < 3 && matches!(b[q - 1], b' ' | b',') {
            q -= 1;
        }
        let mut w = q;
        while w > 0 && q - w < 9 && b[w - 1].is_ascii_alphabetic() {
            w -= 1;
        }
        if q == e || (w > 0 && b[w - 1].is_ascii_alphanumeric()) {
            return (q, q);
        }
        (w, q)
    };
    let day = |w: &[u8]| [&b"today"[..], b"tomorrow", b"yesterday"].iter().any(|x| w.eq_ignore_ascii_case(x));
    let (w, q) = word_before(s);
    if day(&b[w..q]) {
        return true;
    }
    let verb = [&b"is"[..], b"was"].iter().any(|x| b[w..q].eq_ignore_ascii_case(x));
    verb && {
        let (w2, q2) = word_before(w);
        day(&b[w2..q2])
    }
}

/// Case-insensitive literal at `p`.
fn lit(b: &[u8], p: usize, w: &[u8]) -> bool {
    p + w.len() <= b.len() && b[p..p + w.len()].eq_ignore_ascii_case(w)
}

/// Every month word of [`lexicon::MONTHS`] with its month number, month by
/// month, the full name before its abbreviations.
const MONTHS: [(&[u8], u32); 24] = month_table();

const fn month_table() -> [(&'static [u8], u32); 24] {
    let mut t: [(&[u8], u32); 24] = [(b"", 0); 24];
    let mut k = 0;
    let mut m = 0;
    while m < 12 {
        let (full, abbrevs) = lexicon::MONTHS[m];
        t[k] = (full.as_bytes(), m as u32 + 1);
        k += 1;
        let mut a = 0;
        while a < abbrevs.len() {
            t[k] = (abbrevs[a].as_bytes(), m as u32 + 1);
            k += 1;
            a += 1;
        }
        m += 1;
    }
    assert!(k == t.len(), "every month word in the table");
    t
}

/// Month number of the word `w`; "may" must be capitalised.
fn month_word(w: &[u8]) -> Option<u32> {
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    let m = MONTHS.iter().find(|(name, _)| name.eq_ignore_ascii_case(w))?.1;
    if m == 5 && w[0] != b'M' {
        return None;
    }
    Some(m)
}

/// A month name starting at `p`: (month, end after an optional '.',
/// capitalised?).
fn month_at(b: &[u8], p: usize) -> Option<(u32, usize, bool)> {
    if p >= b.len() {
        return None;
    }
    let mut e = p;
    while e < b.len() && e - p < 10 && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    if at(b, e).is_ascii_alphabetic() {
        return None;
    }
    let m = month_word(&b[p..e])?;
    let cap = b[p].is_ascii_uppercase();
    let e = if at(b, e) == b'.' && e - p <= 4 { e + 1 } else { e };
    Some((m, e, cap))
}

/// A month name ending (after an optional '.' and one or two spaces) right
/// before the digit run at `s`: (month, start, capitalised?).
fn month_before(b: &[u8], s: usize) -> Option<(u32, usize, bool)> {
    let mut q = s;
    let mut spaces = 0;
    while q > 0 && b[q - 1] == b' ' && spaces < 2 {
        q -= 1;
        spaces += 1;
    }
    if spaces == 0 {
        return None;
    }
    if q > 0 && b[q - 1] == b'.' {
        q -= 1;
    }
    let we = q;
    let (m, q) = month_word_before(b, we)?;
    // A '.' is only an abbreviation point after a short form.
    if we < s && b[we] == b'.' && we - q > 4 {
        return None;
    }
    Some((m, q, b[q].is_ascii_uppercase()))
}

/// A month name standing alone (no letter or digit before it) that ends
/// at `we`: (month, start).
fn month_word_before(b: &[u8], we: usize) -> Option<(u32, usize)> {
    let mut q = we;
    while q > 0 && we - q < 10 && b[q - 1].is_ascii_alphabetic() {
        q -= 1;
    }
    if q > 0 && b[q - 1].is_ascii_alphanumeric() {
        return None;
    }
    Some((month_word(&b[q..we])?, q))
}

/// Whether `w` (ASCII, any case) ends at `q` as a whole word: no letter
/// before it.
fn word_before(b: &[u8], q: usize, w: &[u8]) -> bool {
    q >= w.len() && b[q - w.len()..q].eq_ignore_ascii_case(w) && (q == w.len() || !b[q - w.len() - 1].is_ascii_alphabetic())
}

/// Ordinal suffix after a day number.
fn ordinal(b: &[u8], e: usize) -> usize {
    for w in [b"st", b"nd", b"rd", b"th"] {
        if lit(b, e, w) && !at(b, e + 2).is_ascii_alphanumeric() {
            return e + 2;
        }
    }
    e
}

/// A four-digit year at `p` followed by nothing glued on (a comma before
/// a digit is a CSV row's next field, "01-SEP-2021,11-SEP-2021,2": no
/// number's thousands follow four digits).
fn year_at(b: &[u8], p: usize) -> Option<(u32, usize)> {
    let e = digits_end(b, p);
    if e - p != 4 || !(right_free(b, e) || at(b, e) == b',' && p > 0 && b[p - 1] != b',') {
        return None;
    }
    let y = num(&b[p..e]);
    year4(y).then_some((y, e))
}

/// "HH:MM[:SS][.fff][Z]" (with an optional AM/PM) starting at `p`, after a
/// date: returns its end.
fn time_at(b: &[u8], p: usize, iso: bool) -> Option<usize> {
    let he = digits_end(b, p);
    if !(1..=2).contains(&(he - p)) || at(b, he) != b':' {
        return None;
    }
    let me = digits_end(b, he + 1);
    if me - he - 1 != 2 {
        return None;
    }
    let (h, m) = (num(&b[p..he]), num(&b[he + 1..me]));
    if h > 23 || m > 59 {
        return None;
    }
    let mut e = me;
    if at(b, e) == b':' && digits_end(b, e + 1) == e + 3 {
        e += 3;
        if iso && at(b, e) == b'.' && at(b, e + 1).is_ascii_digit() {
            e = digits_end(b, e + 1);
        }
    }
    if iso && at(b, e) == b'Z' {
        e += 1;
    }
    let ap = if at(b, e) == b' ' { e + 1 } else { e };
    for w in [&b"am"[..], b"pm", b"a.m.", b"p.m."] {
        if lit(b, ap, w) && !at(b, ap + w.len()).is_ascii_alphanumeric() {
            e = ap + w.len();
            break;
        }
    }
    if at(b, e).is_ascii_alphanumeric() {
        return None;
    }
    Some(e)
}

/// A unit right after a number ("500-1000 mg", "150-4500 cells").
fn unit_after(b: &[u8], e: usize) -> bool {
    let mut p = e;
    if at(b, p) == b' ' {
        p += 1;
    }
    const UNITS: [&[u8]; 16] = [
        b"mg", b"mcg", b"g", b"kg", b"ml", b"l", b"units", b"u", b"cells", b"mm", b"cm", b"iu", b"meq", b"ng", b"pg",
        b"%",
    ];
    UNITS.iter().any(|u| lit(b, p, u) && !at(b, p + u.len()).is_ascii_alphabetic())
}

/// "for 90 years", "over 100 years": a duration, not an age.
fn duration_before(b: &[u8], s: usize) -> bool {
    let mut q = s;
    while q > 0 && b[q - 1] == b' ' {
        q -= 1;
    }
    let mut w = q;
    while w > 0 && q - w < 8 && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    [&b"for"[..], b"past", b"over", b"last", b"next", b"within", b"than", b"in", b"about", b"nearly", b"almost"]
        .iter()
        .any(|x| b[w..q].eq_ignore_ascii_case(x))
}

/// Whether a lone "F", "F:" or "f." (a letterhead's fax) stands right
/// before `pos`, one to three spaces between.
fn fax_letter_before(b: &[u8], pos: usize) -> bool {
    fax_letter_at(b, pos).is_some()
}

/// Where the lone "F" of [`fax_letter_before`] stands, if it does.
fn fax_letter_at(b: &[u8], pos: usize) -> Option<usize> {
    let mut q = pos;
    while q > 0 && pos - q < 3 && b[q - 1] == b' ' {
        q -= 1;
    }
    if q == pos || q == 0 {
        return None;
    }
    let q = q - usize::from(matches!(b[q - 1], b'.' | b':'));
    if !(q >= 1 && matches!(b[q - 1], b'F' | b'f') && (q == 1 || matches!(b[q - 2], b' ' | b'\t' | b'\n' | b'|'))) {
        return None;
    }
    // (not a field's value: "Sex: F 555-123-4567")
    let mut r = q - 1;
    while r > 0 && b[r - 1] == b' ' {
        r -= 1;
    }
    (r == 0 || b[r - 1] != b':').then_some(q - 1)
}

/// Whether the line holding `pos` is a fax machine's header: a page count
/// on it ("P.003/009", "P. 2/3") and a "FROM" or a colon (a time's, a
/// "TO:"'s) ("08/04/2022 10:27   FROM: (915)712-4091 PINECREST   TO:
/// (915)750-8474   P.003/O09", an OCR'd zero in it).
fn fax_header_line(b: &[u8], pos: usize) -> bool {
    let floor = pos.saturating_sub(160);
    let ls = memchr::memrchr(b'\n', &b[floor..pos]).map_or(floor, |i| floor + i + 1);
    let ceil = (pos + 160).min(b.len());
    let le = memchr::memchr(b'\n', &b[pos..ceil]).map_or(ceil, |i| pos + i);
    let line = &b[ls..le];
    let page = memchr::memmem::find_iter(line, b"P.").any(|k| {
        (k == 0 || line[k - 1] == b' ') && {
            let r = &line[k + 2..];
            let r = r.strip_prefix(b" ").unwrap_or(r);
            let d = r.iter().take_while(|c| c.is_ascii_digit()).count();
            (1..=3).contains(&d) && r.get(d) == Some(&b'/') && r.get(d + 1).is_some_and(|c| c.is_ascii_digit() || *c == b'O')
        }
    });
    page && (line.contains(&b':') || memchr::memmem::find(line, b"FROM").is_some())
}

/// Whether the lone "F" at `f` (see [`fax_letter_at`]) comes right after
/// a phone number (seven digits or more), as a letterhead puts its fax
/// after its phone: "Ph 0838300361  F 08 6834 1699".
fn number_before_fax_letter(b: &[u8], f: usize) -> bool {
    let mut r = f;
    while r > 0 && b[r - 1] == b' ' {
        r -= 1;
    }
    if r == f {
        return false;
    }
    let mut digits = 0;
    while r > 0 && f - r < 24 && matches!(b[r - 1], b'0'..=b'9' | b' ' | b'(' | b')' | b'+' | b'-' | b'.') {
        digits += usize::from(b[r - 1].is_ascii_digit());
        r -= 1;
    }
    digits >= 7
}

/// False for a pharmacy's "sent to prescriber" hit `h` unless the number
/// at `pos` follows the prescriber's name on its line ("sent to prescriber
/// Dr. Bishop 203-419-1082"): not the patient's number later on ("Refill
/// sent to prescriber. Pt 312-555-1234", "sent to prescriber, pt notified
/// at ..."). True for every other hit.
fn prescriber_fax(b: &[u8], h: &Hit, pos: usize) -> bool {
    if !(h.end - h.start > 4 && b[h.start..h.start + 4].eq_ignore_ascii_case(b"sent")) {
        return true;
    }
    let gap = &b[h.end..pos];
    let gap = &gap[gap.iter().take_while(|&&c| c == b' ').count()..];
    gap.len() <= 40 && gap.len() >= 3 && gap[..2].eq_ignore_ascii_case(b"dr") && !gap.iter().any(|c| matches!(c, b'\n' | b',' | b';' | b':'))
}

/// The type a phone or fax word gives the number after it; none for
/// another keyword.
fn phone_word_kind(kw: Kw) -> Option<PhiType> {
    match kw {
        Kw::Ctx(Ctx::Phone) => Some(PhiType::Phone),
        Kw::Ctx(Ctx::Fax) => Some(PhiType::Fax),
        _ => None,
    }
}

/// Whether [`Scan::phone`] can succeed at a run of `len` digits starting
/// with `first`, between `prev` and `next`, `next2`: an area code (three
/// digits from 2, then ')' or a separator and a digit), a country code '1',
/// or a '+' before it.
#[inline]
fn may_phone(first: u8, len: usize, prev: u8, next: u8, next2: u8) -> bool {
    let area = (len == 3) & (first >= b'2') & ((matches!(next, b'-' | b'.' | b' ') & next2.is_ascii_digit()) | (next == b')'));
    area | ((len == 1) & (first == b'1')) | (prev == b'+')
}

/// A set of three-byte strings, as a 256-bit Bloom filter with one hash:
/// a superset test, for ruling candidates out cheaply.
struct Tri(Bits<4>);

impl Tri {
    const fn bit(k: [u8; 3]) -> usize {
        ((k[0] as u32 | (k[1] as u32) << 8 | (k[2] as u32) << 16).wrapping_mul(0x9E37_79B1) >> 24) as usize
    }

    /// The set of the first (`last` false) or last three bytes of `words`
    /// (each of at least three bytes).
    const fn of(words: &[&[u8]], last: bool) -> Tri {
        let mut t = Bits::new();
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let o = if last { w.len() - 3 } else { 0 };
            t = t.with(Self::bit([w[o], w[o + 1], w[o + 2]]));
            i += 1;
        }
        Tri(t)
    }

    #[inline]
    fn has(&self, k: [u8; 3]) -> bool {
        self.0.has(Self::bit(k))
    }
}

const fn month_words() -> [&'static [u8]; 24] {
    let mut w: [&[u8]; 24] = [b""; 24];
    let mut i = 0;
    while i < 24 {
        w[i] = MONTHS[i].0;
        i += 1;
    }
    w
}

/// The last three letters of every month word ("ary", "rch", "jan"...).
static MONTH_ENDS: Tri = Tri::of(&month_words(), true);
/// The first three letters of every month word, and "of " ("15th of
/// March").
static MONTH_STARTS: Tri = Tri(Tri::of(&month_words(), false).0.with(Tri::bit(*b"of ")));

/// Whether [`Scan::written_date`] can succeed at the run `s..s + len`
/// (`prev` is the byte before it): a year or day after a month word (and one or
/// two spaces, maybe a '.'), or a day before one (after a space or dash,
/// maybe an ordinal suffix, maybe "of ").
#[inline]
fn may_written_date(b: &[u8], s: usize, len: usize, prev: u8) -> bool {
    let low = |p: usize| at(b, p) | 0x20;
    let re = s + len;
    // month first: the three letters before the spaces and the period
    let q = s - ((prev == b' ') & (s > 0)) as usize;
    let q = q - ((q > 0) & (before(b, q) == b' ') & (q < s)) as usize;
    let q = q - ((q > 0) & (before(b, q) == b'.')) as usize;
    let month_end = (q >= 3) && MONTH_ENDS.has([b[q - 3] | 0x20, b[q - 2] | 0x20, b[q - 1] | 0x20]);
    let month_first = ((len == 4) | (len <= 2)) & (prev == b' ') & month_end;
    // day first: a month word (or "of ") after the day or its ordinal
    let starts = |e: usize| matches!(at(b, e), b' ' | b'-') & MONTH_STARTS.has([low(e + 1), low(e + 2), at(b, e + 3) | 0x20]);
    let day_first = (len <= 2) & (starts(re) | starts(re + 2));
    // "26FEB2025": a day glued to a month's capitals and its year
    let compact = (len <= 2) & at(b, re).is_ascii_uppercase() & MONTH_STARTS.has([low(re), low(re + 1), at(b, re + 2) | 0x20]);
    month_first | day_first | compact
}

/// The blanks `Scan::age` skips before a run, as a table.
static AGE_BLANK: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[b':' as usize] = true;
    t[b'=' as usize] = true;
    t
};

/// Whether [`Scan::age`] can succeed at a run of `len` digits at `s`,
/// before `next`, `next2`: two or three digits, not a decimal,
/// with a 'y' after ("92-year-old", "95 y/o", "yrs"), a sex letter after,
/// or "age", "aged", "ages" or "age of" before the (at most four) blanks
/// before it.
#[inline]
fn may_age(b: &[u8], s: usize, len: usize, next: u8, next2: u8) -> bool {
    let y = |c: u8| c | 0x20 == b'y';
    let ymark = y(next) | (matches!(next, b' ' | b'-') & y(next2));
    let sex = matches!(next, b'M' | b'F');
    // the blanks before the run, counted without a loop
    let blank = |k: usize| AGE_BLANK[b.get(s.wrapping_sub(k)).copied().unwrap_or(0) as usize];
    let n1 = blank(1);
    let n2 = n1 & blank(2);
    let n3 = n2 & blank(3);
    let n4 = n3 & blank(4);
    let q = s - (n1 as usize + n2 as usize + n3 as usize + n4 as usize);
    // the k-th byte before the blanks, lower-cased (0 before the text)
    let low = |k: usize| if k <= q { b[q - k] | 0x20 } else { 0 };
    let last3 = [low(3), low(2), low(1)];
    let prefix = n1 & ((last3 == *b"age") | (last3 == *b"ged") | (last3 == *b"ges") | ([low(6), low(5), low(4)] == *b"age" && last3 == *b" of"));
    let decimal = (next == b'.') & next2.is_ascii_digit();
    // 90 to 129: the phrases and labels `age` reads around a number
    // without a mark of its own ("lived to 97.", "AGE (yrs): 94")
    let old = ((len == 2) & (b[s] == b'9')) | ((len == 3) & (b[s] == b'1') & matches!(b.get(s + 1), Some(b'0'..=b'2')));
    ((len == 2) | (len == 3)) & !decimal & (ymark | sex | prefix | old)
}

struct Groups {
    s: [usize; MAX_GROUPS],
    e: [usize; MAX_GROUPS],
    /// `sep[i]` sits between group i and i+1.
    sep: [u8; MAX_GROUPS],
    k: usize,
}

impl Groups {
    fn parse(b: &[u8], s: usize, re: usize) -> Groups {
        let mut g = Groups { s: [0; MAX_GROUPS], e: [0; MAX_GROUPS], sep: [0; MAX_GROUPS], k: 1 };
        g.s[0] = s;
        g.e[0] = re;
        while g.k < MAX_GROUPS {
            let p = g.e[g.k - 1];
            let c = at(b, p);
            if !matches!(c, b'-' | b'.' | b'/' | b' ' | b':') || !at(b, p + 1).is_ascii_digit() {
                break;
            }
            g.sep[g.k - 1] = c;
            g.s[g.k] = p + 1;
            g.e[g.k] = digits_end(b, p + 1);
            g.k += 1;
        }
        g
    }
    fn len(&self, i: usize) -> usize {
        self.e[i] - self.s[i]
    }
    fn val(&self, b: &[u8], i: usize) -> u32 {
        num(&b[self.s[i]..self.e[i]])
    }
    /// Groups before the first space separator.
    fn tight(&self) -> usize {
        (0..self.k - 1).find(|&i| self.sep[i] == b' ').map_or(self.k, |i| i + 1)
    }
    /// Lengths of the first `n` groups (the rest of the array is 0).
    fn lens_of(&self, n: usize) -> [usize; MAX_GROUPS] {
        let mut l = [0; MAX_GROUPS];
        for (i, x) in l.iter_mut().enumerate().take(n) {
            *x = self.len(i);
        }
        l
    }
    fn seps_all(&self, n: usize, c: u8) -> bool {
        (0..n.saturating_sub(1)).all(|i| self.sep[i] == c)
    }
    fn compact(&self, b: &[u8], n: usize) -> Vec<u8> {
        let mut v = Vec::with_capacity(20);
        for i in 0..n {
            v.extend_from_slice(&b[self.s[i]..self.e[i]]);
        }
        v
    }
}

/// Ages over 89 written in words ("ninety-four-year-old", "aged one
/// hundred and two", "she's ninety-one,"), from the keyword hits "ninety"
/// and "one hundred": the number (90 to 125) must be followed by a
/// year-old word, or come right after "aged", "age", "I'm", "she's"
/// (and the like) and end a clause. The span is the number, as for digits.
pub(super) fn word_ages(text: &str, hits: &[Hit], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for h in hits {
        if h.kw != Kw::Ctx(Ctx::AgeWord) || (h.start > 0 && b[h.start - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let Some((v, e)) = number_words(b, h.start) else { continue };
        if !(90..=125).contains(&v) || at(b, e).is_ascii_alphanumeric() {
            continue;
        }
        let p = if matches!(at(b, e), b' ' | b'-') { e + 1 } else { e };
        const SUF: [&[u8]; 5] = [b"year-old", b"year old", b"years old", b"years-old", b"years of age"];
        let suffix = SUF.iter().any(|w| lit(b, p, w) && !at(b, p + w.len()).is_ascii_alphanumeric());
        let prefix = || {
            let mut q = h.start;
            while q > 0 && matches!(b[q - 1], b' ' | b':' | b',') && h.start - q < 3 {
                q -= 1;
            }
            const PRE: [&[u8]; 18] = [
                b"aged", b"age", b"age of", b"i'm", b"i am", b"she's", b"he's", b"she is", b"he is", b"who is", b"is now", b"now",
                b"lived to", b"died at", b"turned", b"turns", b"makes her", b"makes him",
            ];
            q < h.start
                && PRE.iter().any(|w| word_before(b, q, w))
                && phrase_end(b, e)
        };
        if suffix || prefix() {
            out.push(Finding::new(PhiType::Age, h.start, e, 0.9));
        }
    }
}

/// A number from 90 to 199 in words starting at `p` ("ninety", "ninety-four",
/// "ninety four", "one hundred", "a hundred and two", "one hundred twelve"):
/// its value and end.
fn number_words(b: &[u8], p: usize) -> Option<(u32, usize)> {
    const UNITS: [&[u8]; 9] = [b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine"];
    const TEENS: [&[u8]; 10] =
        [b"ten", b"eleven", b"twelve", b"thirteen", b"fourteen", b"fifteen", b"sixteen", b"seventeen", b"eighteen", b"nineteen"];
    const TENS: [&[u8]; 8] = [b"twenty", b"thirty", b"forty", b"fifty", b"sixty", b"seventy", b"eighty", b"ninety"];
    let word = |q: usize, w: &[u8]| lit(b, q, w) && !at(b, q + w.len()).is_ascii_alphabetic();
    // a unit after a tens word: "-four", " four"
    let unit_after = |q: usize| -> Option<(u32, usize)> {
        if !matches!(at(b, q), b'-' | b' ') {
            return None;
        }
        UNITS.iter().enumerate().find(|(_, w)| word(q + 1, w)).map(|(i, w)| (i as u32 + 1, q + 1 + w.len()))
    };
    if word(p, b"ninety") {
        let e = p + 6;
        return Some(unit_after(e).map_or((90, e), |(u, ue)| (90 + u, ue)));
    }
    let e = if word(p, b"one hundred") {
        p + 11
    } else if word(p, b"a hundred") {
        p + 9
    } else {
        return None;
    };
    // "and" is optional: "one hundred and two", "one hundred two"
    let q = if lit(b, e, b" and ") { e + 5 } else if at(b, e) == b' ' { e + 1 } else { return Some((100, e)) };
    if let Some((i, w)) = TEENS.iter().enumerate().find(|(_, w)| word(q, w)) {
        return Some((110 + i as u32, q + w.len()));
    }
    if let Some((i, w)) = TENS.iter().enumerate().find(|(_, w)| word(q, w)) {
        let t = 100 + 10 * (i as u32 + 2);
        let te = q + w.len();
        return Some(unit_after(te).map_or((t, te), |(u, ue)| (t + u, ue)));
    }
    if let Some((i, w)) = UNITS.iter().enumerate().find(|(_, w)| word(q, w)) {
        return Some((101 + i as u32, q + w.len()));
    }
    Some((100, e))
}

fn is_hex_letter(c: u8) -> bool {
    matches!(c, b'a'..=b'f' | b'A'..=b'F')
}

/// Whether the digit run `s..re` (at most two digits) can lie in a MAC
/// address written with '-': a '-' within two bytes after it (past a hex
/// letter) or before it, with another '-' three bytes from that one.
fn may_dash_mac(b: &[u8], s: usize, re: usize) -> bool {
    let dash3 = |q: usize| at(b, q + 3) == b'-' || (q >= 3 && b[q - 3] == b'-');
    let after = if at(b, re) == b'-' {
        Some(re)
    } else if is_hex_letter(at(b, re)) && at(b, re + 1) == b'-' {
        Some(re + 1)
    } else {
        None
    };
    let before = if s >= 1 && b[s - 1] == b'-' {
        Some(s - 1)
    } else if s >= 2 && is_hex_letter(b[s - 1]) && b[s - 2] == b'-' {
        Some(s - 2)
    } else {
        None
    };
    after.is_some_and(dash3) || before.is_some_and(dash3)
}

impl Scan<'_> {
    fn push(&mut self, kind: PhiType, s: usize, e: usize, score: f32) -> usize {
        self.out.push(Finding::new(kind, s, e, score));
        e
    }

    /// A `Date` with the year the recognizer read, if any (four digits,
    /// or two expanded by the pivot of
    /// [`expand_two_digit_year`](crate::redact::expand_two_digit_year)).
    fn push_date(&mut self, s: usize, e: usize, score: f32, year: Option<u32>) -> usize {
        let year = year.and_then(|y| u16::try_from(y).ok());
        self.out.push(Finding::new(PhiType::Date, s, e, score).with_year(year));
        e
    }

    fn ctx(&self, pos: usize, window: usize, c: Ctx) -> bool {
        has_ctx(self.hits, pos, window, c)
    }

    /// Phone or fax when the keyword right before `pos` (the nearest of any
    /// kind, within 24 bytes) is a phone or fax word: a national number has
    /// no shape of its own, so nothing may stand between it and its word
    /// ("contact ... member ID 1234 5678" is not a phone number).
    fn near_phone_word(&self, pos: usize) -> Option<PhiType> {
        let h = ctx_before(self.hits, pos, 24, |_| true)?;
        if !prescriber_fax(self.b, h, pos) {
            return None;
        }
        phone_word_kind(h.kw)
    }

    /// Phone or fax, by the nearest phone/fax keyword before `pos`; a fax
    /// after a lone "F" or "f." ("T +1 604 555 0337   F (416) 555-0259")
    /// or in a fax machine's header line (see [`fax_header_line`]).
    fn phone_kind(&self, pos: usize) -> Option<PhiType> {
        if fax_letter_before(self.b, pos) || fax_header_line(self.b, pos) {
            return Some(PhiType::Fax);
        }
        ctx_before(self.hits, pos, WINDOW, |k| k == Kw::Ctx(Ctx::Phone) || k == Kw::Ctx(Ctx::Fax))
            .filter(|h| prescriber_fax(self.b, h, pos))
            .map(|h| if h.kw == Kw::Ctx(Ctx::Fax) { PhiType::Fax } else { PhiType::Phone })
    }

    /// Date words nearby, or a preposition right before ("on 3/15").
    fn date_ctx(&self, s: usize) -> bool {
        if self.ctx(s, 24, Ctx::Date) {
            return true;
        }
        let b = self.b;
        let mut q = s;
        while q > 0 && b[q - 1] == b' ' {
            q -= 1;
        }
        let mut w = q;
        while w > 0 && q - w < 9 && b[w - 1].is_ascii_alphabetic() {
            w -= 1;
        }
        q > w
            && q < s
            && (w == 0 || !b[w - 1].is_ascii_alphabetic())
            && [
                &b"on"[..], b"since", b"from", b"until", b"by", b"of", b"dated", b"thru", b"to", b"posted", b"declined",
                b"returning", b"departing", b"explanted", b"implanted", b"paired", b"due", b"expires", b"issued",
                b"effective", b"sent", b"starting", b"through", b"till", b"til", b"back",
            ]
            .iter()
            .any(|x| b[w..q].eq_ignore_ascii_case(x))
            || today_before(b, s)
    }

    /// One digit run starting at `s`; returns where scanning resumes.
    fn at_run(&mut self, s: usize) -> usize {
        let b = self.b;
        let re = digits_end(b, s);
        let prev = before(b, s);
        // a MAC address written with '-' ("00-1a-2b-3c-4d-5e"): a short
        // run with a '-' next to it, and another '-' three bytes on
        if re - s <= 2 && may_dash_mac(b, s, re) {
            if let Some(e) = self.dash_mac(s) {
                return e;
            }
        }
        if prev.is_ascii_alphabetic() {
            return self.alnum_token(s, re);
        }
        // An international number: "+55 11 98456 5666", "+44 (0)20 7946 0958".
        if prev == b'+' && b[s] != b'1' {
            if let Some(e) = self.intl_phone(s, re) {
                return e;
            }
        }
        // A capitalised month, '-' and a year or a two-digit number:
        // "May-2021", "Mar-21".
        if prev == b'-' && s >= 4 && b[s - 2].is_ascii_alphabetic() {
            if let Some(e) = self.month_dash(s, re) {
                return e;
            }
        }
        // The tail of something already passed over ("E11.9", "ICD-10").
        if matches!(prev, b'.' | b'-' | b'/') && s >= 2 && b[s - 2].is_ascii_alphanumeric() {
            let g = Groups::parse(b, s, re);
            return g.e[g.tight() - 1];
        }
        // Each parser below is only tried when the bytes next to the run
        // allow it (a test worked out without branches, that is rarely
        // true): most runs are doses, vitals and counts, which every parser
        // would turn down one unpredictable test at a time.
        let (len, next, next2) = (re - s, at(b, re), at(b, re + 1));
        if may_phone(b[s], len, prev, next, next2) {
            if let Some(e) = self.phone(s, re) {
                return e;
            }
        }
        // A number in brackets right after a quoted contact's name
        // ("saved as \"Mehwish\" (00923083676875)"; after a name the
        // names' family found, [`phone_in_brackets`] reads it)
        if prev == b'(' && s >= 3 && b[s - 2] == b' ' && b[s - 3] == b'"' {
            if let Some(e) = self.phone_after_name(s, re) {
                return e;
            }
        }
        // A number in another country's national form, read only where a
        // phone or fax word comes before it ("call me at 0664 212 45 87").
        if matches!(next, b' ' | b'-' | b'.' | b')') && next2.is_ascii_digit() || (next == b')' && prev == b'(') {
            // (a fax after a letterhead's lone "F" after its phone, though
            // "Ph" is nearer as a word: "Ph 0838300361  F 08 6834 1699";
            // not a sex's: "Jane Doe 45 F 0412 345 678")
            let fax = fax_letter_at(b, s).is_some_and(|f| number_before_fax_letter(b, f));
            if let Some(kind) = self.near_phone_word(s) {
                if let Some(e) = self.national_phone(s, if fax { PhiType::Fax } else { kind }, false) {
                    return e;
                }
            }
            // without a phone word, a number that dials its trunk prefix
            // ("0117 496 0417", "(02) 5550 1160", "080-7529-6284")
            if b[s] == b'0' && len >= 2 {
                if let Some(e) = self.national_phone(s, if fax { PhiType::Fax } else { PhiType::Phone }, true) {
                    return e;
                }
            }
        }
        // seven to thirteen digits in one run right after a phone word
        // ("Phone: 94031709", "Desk: 4172312654", "our driver (05932735770)")
        if (7..=13).contains(&len) && !next.is_ascii_alphanumeric() && !(matches!(next, b'.' | b'-' | b'/' | b',') && next2.is_ascii_digit()) {
            // (the word right before it: "Phone: 94031709", not "CALL\nCase
            // 279834820" or "Call ref : 814485078")
            // (the hits are sorted and apart: the last one ending by `s`
            // is found by bisection, as `ctx_before` finds it)
            let last = self.hits[..self.hits.partition_point(|h| h.end <= s)].last();
            let adjacent = last.is_some_and(|h| {
                b[h.end..s].iter().all(|&c| matches!(c, b' ' | b':' | b'#' | b'(' | b'-' | b'.')) && s - h.end <= 4
            });
            // (a message's own number, twelve digits or more after "msg",
            // is an export's id: "msg 8888775227560 |"; the governed
            // identifiers' rule reads it)
            let message_id = len >= 12 && last.is_some_and(|h| b[h.start..h.end].eq_ignore_ascii_case(b"msg"));
            // (that hit is the one `near_phone_word` would find: its kind)
            if let Some(kind) = last.filter(|_| adjacent && !message_id).and_then(|h| phone_word_kind(h.kw)) {
                let start = if prev == b'(' { s - 1 } else { s };
                let end = if prev == b'(' && next == b')' { re + 1 } else { re };
                return self.push(kind, start, end, 0.8);
            }
        }
        if may_written_date(b, s, len, prev) {
            if let Some(e) = self.written_date(s, re) {
                return e;
            }
        }
        if may_age(b, s, len, next, next2) {
            if let Some(e) = self.age(s, re) {
                return e;
            }
        }
        if at(b, re).is_ascii_alphabetic() {
            return self.alnum_token(s, re);
        }
        self.shape(s, re)
    }

    /// A MAC address written with '-' that holds the digit run at `s`
    /// (see [`super::web::mac_at`]). Returns its end.
    fn dash_mac(&mut self, s: usize) -> Option<usize> {
        let b = self.b;
        let mut t0 = s;
        while t0 > 0 && s - t0 < 15 && (b[t0 - 1].is_ascii_hexdigit() || b[t0 - 1] == b'-') {
            t0 -= 1;
        }
        while t0 < s && b[t0] == b'-' {
            t0 += 1;
        }
        if at(b, t0 + 2) != b'-' {
            return None;
        }
        let (ms, me) = super::web::mac_at(b, t0 + 2)?;
        Some(self.push(PhiType::Device, ms, me, 0.9))
    }

    /// An alphanumeric token containing the digit run `s..re`: DEA, VIN,
    /// MBI shapes. Returns the token end.
    fn alnum_token(&mut self, s: usize, re: usize) -> usize {
        let b = self.b;
        let mut t0 = s;
        while t0 > 0 && s - t0 <= 24 && b[t0 - 1].is_ascii_alphabetic() {
            t0 -= 1;
        }
        let t1 = alnum_end(b, re);
        let lb = before(b, t0);
        if lb.is_ascii_alphanumeric() || matches!(lb, b'-' | b'.' | b'/' | b'@' | b'_') {
            return t1;
        }
        let tok = &b[t0..t1];
        match tok.len() {
            9 if checks::dea(tok) && right_free(b, t1) => {
                return self.push(PhiType::License, t0, t1, 0.85);
            }
            17 if checks::vin(tok) && right_free(b, t1) => {
                return self.push(PhiType::Vehicle, t0, t1, 0.9);
            }
            // a VIN's characters without the North American check digit
            // (ISO 3779 does not require one): three letters at least, the
            // serial's last five digits, and not fields of a fixed-width
            // record glued together (a word's letters, a date's eight
            // digits at the end)
            17 if checks::vin_shape(tok)
                && right_free(b, t1)
                && tok.iter().filter(|c| c.is_ascii_uppercase()).count() >= 3
                && tok[12..].iter().all(u8::is_ascii_digit)
                && !tok.windows(5).any(|w| w.iter().all(u8::is_ascii_uppercase))
                && !(matches!(&tok[9..11], b"19" | b"20") && tok[9..].iter().all(u8::is_ascii_digit)) =>
            {
                return self.push(PhiType::Vehicle, t0, t1, 0.7);
            }
            11 if checks::mbi(tok) && right_free(b, t1) => {
                return self.push(PhiType::HealthPlan, t0, t1, 0.75);
            }
            // Numbers whose letters sit where only their own format puts
            // them, kept when they pass their check: Spain's DNI/NIE
            // ("12345678Z", "X9613851N"), Singapore's NRIC, Finland's
            // personal identity code ("010594Y9032"), Italy's codice
            // fiscale.
            8 | 9 | 11 | 16 if right_free(b, t1) && super::national::bare(tok).is_some() => {
                return self.push(PhiType::Ssn, t0, t1, 0.8);
            }
            // a capital letter and eight digits, or seven and a closing
            // letter: a passport's, a driving licence's, an identity
            // card's number ("A12803456", "T1234567Z")
            // (not a drug's or a product's code: "Lot: B12345678")
            9 if right_free(b, t1) && checks::letter_and_eight(tok) && !product_code_before(b, t0) => {
                return self.push(PhiType::Id, t0, t1, 0.5);
            }
            8 if at(b, t1) == b'-' && tok[0].is_ascii_uppercase() => {
                if let Some(e) = self.dni_with_dash(t0, t1) {
                    return e;
                }
            }
            4 if at(b, t1) == b'-' => {
                // Dashed MBI: "1EG4-TE5-MK73", in either case.
                let e = t1 + 9;
                if e <= b.len() && b[t1 + 4] == b'-' && right_free(b, e) {
                    let mut v = Vec::with_capacity(11);
                    v.extend_from_slice(tok);
                    v.extend_from_slice(&b[t1 + 1..t1 + 4]);
                    v.extend_from_slice(&b[t1 + 5..e]);
                    v.make_ascii_uppercase();
                    if checks::mbi(&v) {
                        return self.push(PhiType::HealthPlan, t0, e, 0.8);
                    }
                }
            }
            _ => {}
        }
        t1
    }

    /// A phone number in brackets right after a name or a quoted contact
    /// ([`phone_in_brackets`], `at_run`), the run at `s` just after the
    /// '(' (or after "((",
    /// "((21) 99866-7645"): the brackets must close right after the
    /// number. Compact, it must dial its trunk prefix ("(05932735770)",
    /// 9 to 13 digits) or the international one ("(00923083676875)"); in
    /// groups it is read as a national number ([`national_phone`]) of
    /// nine digits or more.
    /// Unlabelled digits alone in brackets are left to the identifiers'
    /// readers ("Alessandro R. (582131841)").
    fn phone_after_name(&mut self, s: usize, re: usize) -> Option<usize> {
        let b = self.b;
        let open = if s >= 2 && b[s - 2] == b'(' { s - 2 } else { s - 1 };
        if open == s - 1 && at(b, re) == b')' {
            if b[s] != b'0' {
                return None;
            }
            let len = re - s;
            let intl = at(b, s + 1) == b'0';
            let ok = if intl { (11..=15).contains(&len) && at(b, s + 2) != b'0' } else { (9..=13).contains(&len) };
            return ok.then(|| self.push(PhiType::Phone, s, re, 0.8));
        }
        if at(b, s) == b'0' && at(b, s + 1) == b'0' {
            let (ps, e) = (self.out.len(), self.dialled_abroad(s)?);
            return self.closed(ps, e);
        }
        // (nine digits or more: "(2019-2021)" is a span of years)
        let (ps, e) = (self.out.len(), self.national_phone(s, PhiType::Phone, false)?);
        if b[s..e].iter().filter(|c| c.is_ascii_digit()).count() < 9 {
            self.out.truncate(ps);
            return None;
        }
        self.closed(ps, e)
    }

    /// A number written with the international prefix "00" at `s` in
    /// groups ("0034 725 122 155"): [`intl_phone_from`] with nine digits
    /// or more after the prefix (a drug's code, "0093-7146-56", and a
    /// birth date's number, "001008-9690", have fewer).
    fn dialled_abroad(&mut self, s: usize) -> Option<usize> {
        let ps = self.out.len();
        let e = self.intl_phone_from(s, s + 2)?;
        if self.b[s + 2..e].iter().filter(|c| c.is_ascii_digit()).count() < 9 {
            self.out.truncate(ps);
            return None;
        }
        Some(e)
    }

    /// Keeps the findings pushed from `ps` on (the last ending at `e`)
    /// only when a bracket closes right after them.
    fn closed(&mut self, ps: usize, e: usize) -> Option<usize> {
        if at(self.b, e) == b')' {
            Some(e)
        } else {
            self.out.truncate(ps);
            None
        }
    }

    /// NANP phone numbers: "(555) 123-4567", "555-123-4567", "555.123.4567",
    /// "555 123 4567", "+1 555 123 4567", "1-555-123-4567", "+15551234567",
    /// with an optional extension.
    /// A number in international form (E.164 with its usual groupings):
    /// '+' at a token start, a country code not starting with 0 (+1 is
    /// NANP, read by [`phone`](Self::phone)), then groups of digits split
    /// by single spaces, hyphens or dots, a group in parentheses ("(0)20"),
    /// none over 8 digits (10 when there are two), 8 to 15 digits in all;
    /// written compact, 10 to 15
    /// digits. Groups past
    /// 15 digits are left out ("... 5666 12 mg").
    fn intl_phone(&mut self, s: usize, _re: usize) -> Option<usize> {
        self.intl_phone_from(s - 1, s)
    }

    /// [`intl_phone`](Self::intl_phone) for a number whose prefix ('+' or
    /// "00") starts at `start` and whose country code starts at `s`.
    fn intl_phone_from(&mut self, start: usize, s: usize) -> Option<usize> {
        let b = self.b;
        if at(b, s) == b'0' || !at(b, s).is_ascii_digit() || (start > 0 && b[start - 1].is_ascii_alphanumeric()) {
            return None;
        }
        let (mut p, mut digits, mut groups, mut end, mut longest) = (s, 0usize, 0usize, s, 0usize);
        loop {
            let paren = at(b, p) == b'(';
            let q = if paren { p + 1 } else { p };
            let e = digits_end(b, q);
            let n = e - q;
            if n == 0 || (paren && at(b, e) != b')') || digits + n > 15 || groups == 6 {
                break;
            }
            let ge = if paren { e + 1 } else { e };
            digits += n;
            groups += 1;
            longest = longest.max(n);
            end = ge;
            let c = at(b, ge);
            if matches!(c, b' ' | b'-' | b'.') && (at(b, ge + 1).is_ascii_digit() || at(b, ge + 1) == b'(') {
                p = ge + 1;
            } else if c == b'(' || (paren && c.is_ascii_digit()) {
                p = ge;
            } else {
                break;
            }
        }
        let compact = groups == 1;
        // (two groups: the country and area codes, then a mobile's nine
        // or ten digits, "+5511 972065109", or all of it but the last
        // four, "+558194108-1404")
        let widest = if groups == 2 { 10 } else { 8 };
        if digits < if compact { 10 } else { 8 } || (!compact && longest > widest) {
            return None;
        }
        if at(b, end).is_ascii_alphanumeric() || (matches!(at(b, end), b'.' | b'-' | b'/') && at(b, end + 1).is_ascii_digit()) {
            return None;
        }
        let kind = self.phone_kind(start);
        let score = if kind.is_some() { 0.95 } else { 0.85 };
        Some(self.push(kind.unwrap_or(PhiType::Phone), start, end, score))
    }

    /// A phone or fax number in a national form other than NANP, where a
    /// phone or fax word comes within the window before it: 2 to 6 groups
    /// of digits split by single spaces, hyphens or dots, the first
    /// possibly in parentheses ("(61) 472-903"), 7 to 15 digits in all, no
    /// group over 8; not a date's (and time's) shape, an SSN's (3-2-4) or
    /// an IPv4 address's, not followed by more of a number.
    ///
    /// `trunk`: no phone word came before; the number must start with its
    /// trunk prefix '0' in a group of two to five digits, hold 9 to 12
    /// digits, and not have a drug code's shape (NDC: "0002-3227-30").
    fn national_phone(&mut self, s: usize, kind: PhiType, trunk: bool) -> Option<usize> {
        let b = self.b;
        // "(02) 5550 1160": the area code in brackets; "(07766 070184)": the
        // whole number is, and the brackets are not the number's
        let paren = before(b, s) == b'(' && at(b, digits_end(b, s)) == b')';
        let start = if paren { s - 1 } else { s };
        if start > 0 && (b[start - 1].is_ascii_alphanumeric() || matches!(b[start - 1], b'.' | b'-' | b'/' | b'+' | b':')) {
            return None;
        }
        let mut lens = [0usize; 6];
        let (mut p, mut groups, mut digits, mut end) = (s, 0usize, 0usize, s);
        loop {
            let e = digits_end(b, p);
            let n = e - p;
            if n == 0 || n > 8 || digits + n > 15 || groups == 6 {
                break;
            }
            let mut ge = e;
            if groups == 0 && paren {
                if at(b, e) != b')' {
                    return None;
                }
                ge = e + 1;
            }
            lens[groups] = n;
            groups += 1;
            digits += n;
            end = ge;
            let c = at(b, ge);
            if matches!(c, b' ' | b'-' | b'.') && at(b, ge + 1).is_ascii_digit() {
                p = ge + 1;
            } else {
                break;
            }
        }
        if groups < 2 || !(7..=15).contains(&digits) {
            return None;
        }
        // not the shape of something else a phone word may sit near: a
        // date (and time), an SSN, an IPv4 address
        let g = &lens[..groups];
        let date_like = groups >= 3 && ((g[0] == 4 && g[1] <= 2 && g[2] <= 2) || (g[0] <= 2 && g[1] <= 2 && g[2] == 4));
        let ssn_like = g == [3, 2, 4];
        let ip_like = groups == 4 && g.iter().all(|n| *n <= 3) && b[s..end].iter().all(|c| c.is_ascii_digit() || *c == b'.');
        // (nor a longer number's first groups: "5170 8976 9477 6420")
        let more = matches!(at(b, end), b'.' | b'-' | b'/' | b',' | b' ') && at(b, end + 1).is_ascii_digit();
        if date_like || ssn_like || ip_like || at(b, end).is_ascii_alphanumeric() || more {
            return None;
        }
        if trunk {
            let hyphens = b[s..end].contains(&b'-');
            let ndc = hyphens && matches!(g, [4, 4, 2] | [5, 3, 2] | [5, 4, 1] | [5, 4, 2] | [4, 4, 1]);
            // two groups: the second a subscriber's six digits or more
            // ("07788 112196", "044-56465251"; not "0325 70450")
            if !(2..=5).contains(&g[0]) || !(9..=12).contains(&digits) || ndc || (groups == 2 && g[1] < 6) {
                return None;
            }
            // not the tail of a longer number ("279 0926 9057 5444") or a
            // labelled one ("AXCT # 0945-166632"); after a capitals' code
            // only a letterhead's "T", "F" or "M" ("Protocol AUW
            // 0609-72-953" is a protocol's)
            let mut q = start;
            while q > 0 && b[q - 1] == b' ' {
                q -= 1;
            }
            let prev_c = if q > 0 { b[q - 1] } else { b'\n' };
            if prev_c.is_ascii_digit() || prev_c == b'#' {
                return None;
            }
            let mut w = q;
            while w > 0 && b[w - 1].is_ascii_alphabetic() && q - w <= 6 {
                w -= 1;
            }
            let word = &b[w..q];
            let caps = !word.is_empty() && word.iter().all(u8::is_ascii_uppercase) && word.len() <= 5;
            // a noun that carries a number ("Barcode 0776 4064 3385")
            if super::governed::governs(b, start) {
                return None;
            }
            let kind = match word {
                b"F" => PhiType::Fax,
                b"T" | b"M" => kind,
                _ if caps => return None,
                _ => kind,
            };
            return Some(self.push(kind, start, end, 0.75));
        }
        Some(self.push(kind, start, end, 0.8))
    }

    fn phone(&mut self, s: usize, re: usize) -> Option<usize> {
        // "(555) 123-4567", else a number that merely sits in parentheses:
        // "(555-123-4567 ext. 12)".
        self.phone_inner(s, re, true).or_else(|| {
            if before(self.b, s) == b'(' {
                self.phone_inner(s, re, false)
            } else {
                None
            }
        })
    }

    fn phone_inner(&mut self, s: usize, re: usize, outer_paren: bool) -> Option<usize> {
        let b = self.b;
        let mut start = s;
        let mut p = s;
        let mut cc = false;
        let plus = before(b, s) == b'+';
        if plus {
            start = s - 1;
        }
        if re - s == 1 && b[s] == b'1' {
            let c = at(b, re);
            if matches!(c, b'-' | b' ' | b'.') && (at(b, re + 1).is_ascii_digit() || at(b, re + 1) == b'(') {
                p = re + 1;
                cc = true;
            } else if c == b'(' {
                p = re;
                cc = true;
            } else {
                return None;
            }
        } else if plus {
            // E.164 without spaces: "+15551234567".
            if re - s == 11 && b[s] == b'1' && matches!(b[s + 1], b'2'..=b'9') && right_free(b, re) {
                let kind = self.phone_kind(start).unwrap_or(PhiType::Phone);
                return Some(self.push(kind, start, re, 0.85));
            }
            return None;
        }
        let paren;
        if at(b, p) == b'(' {
            paren = true;
            p += 1;
        } else if !cc && outer_paren && before(b, s) == b'(' {
            paren = true;
            start = s - 1;
        } else {
            paren = false;
        }
        // Area code.
        let ae = digits_end(b, p);
        if ae - p != 3 || !matches!(b[p], b'2'..=b'9') {
            return None;
        }
        let mut q = ae;
        let sep1;
        if paren {
            if at(b, q) != b')' {
                return None;
            }
            q += 1;
            sep1 = at(b, q);
            if matches!(sep1, b' ' | b'-' | b'.') {
                q += 1;
            }
        } else {
            sep1 = at(b, q);
            if !matches!(sep1, b'-' | b'.' | b' ') {
                return None;
            }
            q += 1;
        }
        let xe = digits_end(b, q);
        if xe - q != 3 {
            return None;
        }
        let sep2 = at(b, xe);
        if !matches!(sep2, b'-' | b'.' | b' ') {
            return None;
        }
        let le = digits_end(b, xe + 1);
        if le - xe - 1 != 4 || at(b, le).is_ascii_alphanumeric() {
            return None;
        }
        if matches!(at(b, le), b'-' | b'.' | b'/') && at(b, le + 1).is_ascii_digit() {
            return None;
        }
        if !paren && !cc && matches!(before(b, s), b'-' | b'.' | b'/') {
            return None;
        }
        let mut end = le;
        // Extension.
        {
            let mut x = end;
            if lit(b, x, b", ") {
                x += 2;
            } else if at(b, x) == b' ' {
                x += 1;
            }
            let mut matched = None;
            for w in [&b"extension"[..], b"ext.", b"ext", b"x"] {
                if lit(b, x, w) {
                    matched = Some(x + w.len());
                    break;
                }
            }
            if let Some(mut y) = matched {
                if matches!(at(b, y), b' ' | b'.' | b':') {
                    y += 1;
                }
                let ye = digits_end(b, y);
                if (1..=6).contains(&(ye - y)) && !at(b, ye).is_ascii_alphanumeric() {
                    end = ye;
                }
            }
        }
        let spaced = sep1 == b' ' && sep2 == b' ';
        let mut score = if paren || cc {
            0.9
        } else if sep1 == b'-' && sep2 == b'-' {
            0.85
        } else if sep1 == b'.' && sep2 == b'.' {
            0.8
        } else if spaced {
            0.6
        } else {
            0.75
        };
        let kind = self.phone_kind(start);
        if kind.is_some() {
            score = f32::max(score, 0.9) + 0.05;
        }
        let kind = kind.unwrap_or(PhiType::Phone);
        Some(self.push(kind, start, end, score))
    }

    /// Written-month dates: "March 15, 2021", "Mar. 15th, 2021",
    /// "March 2021", "March 15", "15 Mar 2021", "15th of March", "15-Mar-2021".
    fn written_date(&mut self, s: usize, re: usize) -> Option<usize> {
        let b = self.b;
        let len = re - s;
        if len != 4 && len > 2 {
            return None;
        }
        // Month first.
        if let Some((m, ms, cap)) = month_before(b, s) {
            if len == 4 {
                let (y, e) = year_at(b, s)?;
                return Some(self.push_date(ms, e, 0.8, Some(y)));
            }
            let d = num(&b[s..re]);
            let e = ordinal(b, re);
            if at(b, e).is_ascii_alphanumeric() {
                return None;
            }
            let mut q = e;
            if at(b, q) == b',' {
                q += 1;
            }
            let mut sp = 0;
            while at(b, q) == b' ' && sp < 2 {
                q += 1;
                sp += 1;
            }
            if sp > 0 || q > e {
                if let Some((y, ye)) = year_at(b, q) {
                    if valid_day(Some(y), m, d) {
                        return Some(self.push_date(ms, ye, 0.9, Some(y)));
                    }
                    return None;
                }
            }
            let all_caps_mar = b[ms..].starts_with(b"MAR ");
            if cap && !all_caps_mar && valid_day(None, m, d) && right_free(b, e) {
                return Some(self.push_date(ms, e, 0.7, None));
            }
            return None;
        }
        // Day first.
        if len > 2 {
            return None;
        }
        let d = num(&b[s..re]);
        if at(b, re).is_ascii_uppercase() {
            // "26FEB2025" (a flight's, a sponsor's log): three capitals and
            // four digits right after, then no letter or digit
            let m = month_word(b.get(re..re + 3)?)?;
            let (y, ye) = year_at(b, re + 3)?;
            if ye - re == 7 && !at(b, ye).is_ascii_alphanumeric() && b[re..re + 3].iter().all(u8::is_ascii_uppercase) && valid_day(Some(y), m, d) {
                return Some(self.push_date(s, ye, 0.9, Some(y)));
            }
            return None;
        }
        let e = ordinal(b, re);
        let (mut q, dash) = match at(b, e) {
            b' ' => (e + 1, false),
            b'-' => (e + 1, true),
            _ => return None,
        };
        if !dash && lit(b, q, b"of ") {
            q += 3;
        }
        let (m, me, cap) = month_at(b, q)?;
        let mut y = me;
        let c = at(b, y);
        if dash {
            if c == b'-' {
                y += 1;
            } else {
                // "21-May": a day and a capitalised month, no year
                let free = !c.is_ascii_alphanumeric() && !matches!(c, b'/' | b'_');
                if cap && free && valid_day(None, m, d) {
                    return Some(self.push_date(s, me, 0.7, None));
                }
                return None;
            }
        } else {
            if c == b',' {
                y += 1;
            }
            while at(b, y) == b' ' && y - me < 3 {
                y += 1;
            }
        }
        if let Some((yr, ye)) = year_at(b, y) {
            if valid_day(Some(yr), m, d) {
                return Some(self.push_date(s, ye, 0.9, Some(yr)));
            }
            return None;
        }
        if dash {
            // "15-Mar-21"; its year is not read: deidentify has always
            // written [DATE] for it (changing that changes its output)
            let ye = digits_end(b, y);
            if ye - y == 2 && right_free(b, ye) && valid_day(None, m, d) {
                return Some(self.push_date(s, ye, 0.85, None));
            }
            return None;
        }
        if cap && valid_day(None, m, d) && !b[q..].starts_with(b"MAR") {
            return Some(self.push_date(s, me, 0.7, None));
        }
        // a month's whole name in lower case after its day, as texts and
        // speech-to-text write it ("next visit 12 june then", "next apt 17
        // february."; not a short form, "3 dec", nor "may")
        // (nor "march", a fracture's and a verb's: "2 march fractures";
        // nor a ward's or a bed's number before a word: "ward 7 august")
        let place = [&b"grade "[..], b"stage ", b"ward ", b"room ", b"bay ", b"bed ", b"unit ", b"level ", b"floor "]
            .iter()
            .any(|w| s >= w.len() && b[s - w.len()..s].eq_ignore_ascii_case(w));
        if !cap && me - q >= 4 && m != 3 && !place && b[q..me].iter().all(u8::is_ascii_lowercase) && valid_day(None, m, d) {
            return Some(self.push_date(s, me, 0.6, None));
        }
        None
    }

    /// "May-2021", "Mar-21": a capitalised month name standing alone, '-'
    /// right before the digit run `s..re`, then a year, or two digits (a
    /// day or a year: a date either way). Returns the end.
    fn month_dash(&mut self, s: usize, re: usize) -> Option<usize> {
        let b = self.b;
        let (_, q) = month_word_before(b, s - 1)?;
        if (q > 0 && matches!(b[q - 1], b'-' | b'/' | b'_')) || !b[q].is_ascii_uppercase() {
            return None;
        }
        match re - s {
            4 => {
                let (y, e) = year_at(b, s)?;
                Some(self.push_date(q, e, 0.8, Some(y)))
            }
            2 if right_free(b, re) && at(b, re) != b'-' => Some(self.push_date(q, re, 0.7, None)),
            _ => None,
        }
    }

    /// Ages: "92-year-old", "aged 93", "95 y/o", "95yo". Only ages over 89
    /// are reported; younger ones are consumed silently.
    fn age(&mut self, s: usize, re: usize) -> Option<usize> {
        let b = self.b;
        let len = re - s;
        if !(2..=3).contains(&len) || (at(b, re) == b'.' && at(b, re + 1).is_ascii_digit()) {
            return None;
        }
        let v = num(&b[s..re]);
        let over89 = (90..=125).contains(&v);
        let suffix = {
            let p = if matches!(at(b, re), b' ' | b'-') { re + 1 } else { re };
            // "97YOM", "92yof": EMS shorthand, age and sex in one word
            const SUF: [&[u8]; 18] = [
                b"year-old", b"year old", b"years old", b"years-old", b"yr-old", b"yr old", b"yrs old",
                b"yrs-old", b"y/o", b"y.o.", b"y.o", b"y-o", b"yoa", b"yom", b"yof", b"yo", b"years of age", b"yr. old",
            ];
            // every suffix starts with 'y'
            at(b, p).eq_ignore_ascii_case(&b'y')
                && SUF.iter().any(|w| lit(b, p, w) && !at(b, p + w.len()).is_ascii_alphanumeric())
        };
        // the other three only matter without the suffix, and are pure:
        // asked lazily, cheapest first
        let prefix = || {
            let mut q = s;
            while q > 0 && matches!(b[q - 1], b' ' | b':' | b'=') && s - q < 4 {
                q -= 1;
            }
            if q == s {
                return false;
            }
            if [&b"age"[..], b"aged", b"age of", b"ages"].iter().any(|w| word_before(b, q, w)) {
                return true;
            }
            // the rest only for an age over 89 (a younger number there is
            // left to the other parsers)
            if !over89 {
                return false;
            }
            if age_label(b, q, s) {
                return true;
            }
            // "Age at death 95.", "age at death as 92"
            if [&b"age at death"[..], b"age at death as", b"age at death was", b"died aged"].iter().any(|w| word_before(b, q, w)) {
                return true;
            }
            // "lived to 97.", "died at 95, cause unknown", "Dad is 93 now",
            // "she just turned 96 last month", "At 97, she is": the
            // number ends the phrase
            // (the cheap test after the number first: most numbers here
            // are vitals, "HR 92 bpm", "BP 120/80")
            let ends = phrase_end(b, re) || [&b" with "[..], b" now", b" last ", b" on ", b" this ", b" and "].iter().any(|w| lit(b, re, w));
            (ends && LIFE_SPAN.iter().any(|w| word_before(b, q, w)))
                || ([&b", she"[..], b", he"].iter().any(|w| lit(b, re, w)) && word_before(b, q, b"at") && sentence_start(b, q - 2))
        };
        // age and sex in one token: "(93M)", "Age/Sex: 90F" (not a bare
        // "101F", which is a temperature)
        let sexed = || matches!(at(b, re), b'M' | b'F') && !at(b, re + 1).is_ascii_alphanumeric() && {
            let mut q = s;
            while q > 0 && matches!(b[q - 1], b' ' | b':') && s - q < 3 {
                q -= 1;
            }
            (q == s && q > 0 && b[q - 1] == b'(' && at(b, re + 1) == b')')
                || (q < s && q >= 7 && b[q - 7..q].eq_ignore_ascii_case(b"age/sex"))
                || (q + 1 == s && b[q] == b' ' && after_name(b, q))
        };
        let years = || {
            let p = if at(b, re) == b' ' { re + 1 } else { re };
            let word = at(b, p).eq_ignore_ascii_case(&b'y')
                && [&b"years"[..], b"yrs", b"yr"]
                    .iter()
                    .any(|w| lit(b, p, w) && !at(b, p + w.len()).is_ascii_alphanumeric());
            word && !duration_before(b, s)
        };
        if !(suffix || sexed() || years() || prefix() || (over89 && kin_paren_age(b, s, re))) {
            return None;
        }
        if over89 {
            return Some(self.push(PhiType::Age, s, re, if suffix { 0.92 } else { 0.9 }));
        }
        Some(re)
    }

    /// Digit groups joined by - . / : or space.
    fn shape(&mut self, s: usize, re: usize) -> usize {
        let b = self.b;
        let g = Groups::parse(b, s, re);
        let t = g.tight();
        let tight_end = g.e[t - 1];
        let lens = g.lens_of(t);
        let l = &lens[..t];
        let free = right_free(b, tight_end);

        // Card numbers with dashes: 4-4-4-4, 4-6-5.
        if (t == 4 || t == 3 || t == 5) && g.seps_all(t, b'-') && free {
            if let Some(e) = self.card(&g, t, s) {
                return e;
            }
        }
        // A country code without its '+', then a number in dashed groups,
        // the last of four digits ("91-415-555-0132", "44-20-7946-0958")
        // (not doses in steps, "250-500-750-1000 mg", nor a date and its
        // time, "15-03-2024-1030")
        if t == 4 && g.seps_all(4, b'-') && free && b[s] != b'0' {
            let total: usize = l.iter().sum();
            let round = b[tight_end - 2..tight_end] == *b"00";
            let year = l[2] == 4 && (1900..=2099).contains(&g.val(b, 2));
            if matches!(l, [1..=3, 2..=4, 3..=4, 4])
                && (10..=13).contains(&total)
                && before(b, s) != b'-'
                && !round
                && !year
                && !unit_after(b, tight_end)
            {
                return self.push(PhiType::Phone, s, tight_end, 0.6);
            }
        }
        // Three groups, one separator: dates and SSNs.
        if t == 3 && g.sep[0] == g.sep[1] && matches!(g.sep[0], b'/' | b'-' | b'.') {
            let sep = g.sep[0];
            if let Some(e) = self.numeric_date(&g, s, sep) {
                return e;
            }
            // an SSN written with dots ("078.05.1123")
            if sep == b'.' && l == [3, 2, 4] && free && checks::ssn_parts(g.val(b, 0), g.val(b, 1), g.val(b, 2)) && !self.ctx(s, 16, Ctx::Version) {
                let score = if self.ctx(s, WINDOW, Ctx::Ssn) { 0.95 } else { 0.75 };
                return self.push(PhiType::Ssn, s, tight_end, score);
            }
            if sep == b'-' && l == [3, 2, 4] && free {
                let (a, gr, se) = (g.val(b, 0), g.val(b, 1), g.val(b, 2));
                if checks::ssn_parts(a, gr, se) {
                    let score = if self.ctx(s, WINDOW, Ctx::Ssn) { 0.97 } else { 0.85 };
                    return self.push(PhiType::Ssn, s, tight_end, score);
                }
                // a taxpayer number laid out as an SSN (reported as one)
                if checks::itin_parts(a, gr, se) {
                    return self.push(PhiType::Ssn, s, tight_end, 0.85);
                }
            }
            return tight_end;
        }
        // IPv4, with a prefix length ("10.0.0.0/8": a fifth group after
        // '/') or without.
        if (t == 4 || t == 5 && g.sep[3] == b'/') && g.seps_all(4, b'.') && l[..4].iter().all(|&x| x <= 3) {
            // (a prefix length out of range leaves the address: "10.0.0.0/123")
            let end = if t == 4 { tight_end } else { super::web::cidr_end(b, g.e[3], 32) };
            if free {
                if let Some(e) = self.ipv4(&g, s, end) {
                    return e;
                }
            }
            return tight_end;
        }
        if t == 2 {
            let (a, c) = (g.val(b, 0), g.val(b, 1));
            match (g.sep[0], l[0], l[1]) {
                (b'/', 1..=2, 1..=2) if free && (1..=12).contains(&a) && valid_day(None, a, c) => {
                    // "3/15": weak on its own (could be a fraction);
                    // "relief to 5/10" is a pain score
                    if before(b, s) != b'/' && !(c == 10 && a <= 10 && score_ctx(b, s)) {
                        let paren = before(b, s) == b'(' && at(b, tight_end) == b')';
                        // "reviewed 12/24", "confirmed 11/26": after a
                        // verb in the past, not a fraction or a grade
                        // ("reduced 1/2", "improved 4/5", "decreased 3/10")
                        // (a score out of ten is no more than ten: "12/10" is a day)
                        let fraction = a <= c && c <= 6 || (c == 10 && a <= 10) || unit_after(b, tight_end);
                        let strong = paren
                            || self.date_ctx(s)
                            || time_after(b, tight_end)
                            || service_row(b, s, tight_end)
                            || (!fraction
                                && (past_verb_before(b, s) || signed_at_line_end(b, s, tight_end) || entry_at_line_start(b, s, tight_end)));
                        let score = if strong { 0.6 } else { 0.35 };
                        return self.push_date(s, tight_end, score, None);
                    }
                }
                // "since 13/7", "admitted 15/1": a day, then its month,
                // with the same context as a month and its day ("24/7" is
                // round the clock)
                (b'/', 1..=2, 1..=2)
                    if free && a > 12 && (1..=12).contains(&c) && valid_day(None, c, a) && before(b, s) != b'/' && (a, c) != (24, 7) =>
                {
                    let strong = self.date_ctx(s)
                        || time_after(b, tight_end)
                        || past_verb_before(b, s)
                        || signed_at_line_end(b, s, tight_end)
                        || entry_at_line_start(b, s, tight_end);
                    return self.push_date(s, tight_end, if strong { 0.6 } else { 0.35 }, None);
                }
                (b'/', 1..=2, 4) if free && (1..=12).contains(&a) && year4(c) => {
                    return self.push_date(s, tight_end, 0.7, Some(c));
                }
                // a day and its month with their points, no year, as
                // German and other European notes write them ("from 03.12.
                // to 10 December", "On 26.08. the patient"): two digits
                // each, the closing point, and a date's word before
                (b'.', 2, 2)
                    if at(b, tight_end) == b'.'
                        && !at(b, tight_end + 1).is_ascii_alphanumeric()
                        && (1..=12).contains(&c)
                        && valid_day(None, c, a)
                        && self.date_ctx(s) =>
                {
                    return self.push_date(s, tight_end + 1, 0.6, None);
                }
                // Korea's resident registration number and Sweden's
                // personnummer, dashed after the birth date, kept when
                // they pass their checks: "960121-1234567", "871220-2384",
                // "19910924-2397".
                (b'-', 6, 7) | (b'-', 6, 4) | (b'-', 8, 4) if free && super::national::dashed(&g.compact(b, 2)).is_some() => {
                    return self.push(PhiType::Ssn, s, tight_end, 0.8);
                }
                // Finland's personal identity code with the 1900s' dash
                // and a check letter ("131052-308T")
                (b'-', 6, 3) if at(b, tight_end).is_ascii_uppercase() && right_free(b, tight_end + 1) => {
                    let mut v = g.compact(b, 2);
                    v.push(b[tight_end]);
                    if super::national::dashed_hetu(&v) {
                        return self.push(PhiType::Ssn, s, tight_end + 1, 0.8);
                    }
                }
                (b'-', 3, 4) if free && matches!(b[s], b'2'..=b'9') => {
                    // Seven-digit local number "933-4472". Ranges such as
                    // "500-1000 mg" end in round numbers or carry a unit.
                    if let Some(kind) = self.phone_kind(s) {
                        return self.push(kind, s, tight_end, 0.8);
                    }
                    let round = b[g.s[1] + 2..tight_end] == *b"00";
                    if !round && !unit_after(b, tight_end) && before(b, s) != b'-' {
                        return self.push(PhiType::Phone, s, tight_end, 0.55);
                    }
                }
                _ => {}
            }
            return tight_end;
        }
        if t == 1 && g.k >= 3 && g.seps_all(g.k, b' ') {
            // Spaced SSN "123 45 6789" and card "4111 1111 1111 1111".
            let lens = g.lens_of(g.k);
            let all = &lens[..g.k];
            if all.starts_with(&[3, 2, 4]) && right_free(b, g.e[2]) {
                let (a, gr, se) = (g.val(b, 0), g.val(b, 1), g.val(b, 2));
                if checks::ssn_parts(a, gr, se) {
                    let score = if self.ctx(s, WINDOW, Ctx::Ssn) { 0.95 } else { 0.65 };
                    return self.push(PhiType::Ssn, s, g.e[2], score);
                }
            }
            for n in [5, 4, 3] {
                if g.k >= n && right_free(b, g.e[n - 1]) {
                    if let Some(e) = self.card(&g, n, s) {
                        return e;
                    }
                }
            }
        }
        if t == 1 && at(b, tight_end) == b'-' {
            if let Some(e) = self.dni_with_dash(s, tight_end) {
                return e;
            }
        }
        if t == 1 && free {
            return self.bare(s, re);
        }
        tight_end
    }

    /// A Spanish DNI or NIE with a dash before its check letter
    /// ("55555555-K", "Y8063915-Z"), whose digits (and first letter) are
    /// `t0..t1`: its end, when the letter passes the check.
    fn dni_with_dash(&mut self, t0: usize, t1: usize) -> Option<usize> {
        let b = self.b;
        let letter = at(b, t1 + 1);
        if at(b, t1) != b'-' || !letter.is_ascii_uppercase() || !right_free(b, t1 + 2) || !(7..=8).contains(&(t1 - t0)) {
            return None;
        }
        let mut v = [0u8; 9];
        v[..t1 - t0].copy_from_slice(&b[t0..t1]);
        v[t1 - t0] = letter;
        super::national::bare(&v[..t1 - t0 + 1])?;
        Some(self.push(PhiType::Ssn, t0, t1 + 2, 0.8))
    }

    /// Card number made of the first `n` groups, if the group lengths are a
    /// card layout and the digits pass Luhn with a real issuer prefix.
    fn card(&mut self, g: &Groups, n: usize, s: usize) -> Option<usize> {
        let b = self.b;
        let lens = g.lens_of(n);
        let layout = matches!(&lens[..n], [4, 4, 4, 4] | [4, 4, 4, 4, 3] | [4, 6, 5] | [4, 6, 4] | [4, 4, 4, 2..=4]);
        if !layout {
            return None;
        }
        let digits = g.compact(b, n);
        if !checks::credit_card(&digits) {
            return None;
        }
        let e = g.e[n - 1];
        let score = if self.card_ctx(s) { 0.95 } else { 0.88 };
        Some(self.push(PhiType::Account, s, e, score))
    }

    fn card_ctx(&self, s: usize) -> bool {
        ctx_before(self.hits, s, WINDOW, |k| {
            k == Kw::Ctx(Ctx::Card) || matches!(k, Kw::Label { kind: PhiType::Account, .. })
        })
        .is_some()
    }

    /// m/d/y, d/m/y, y-m-d (any of / - .) with an optional attached time.
    fn numeric_date(&mut self, g: &Groups, s: usize, sep: u8) -> Option<usize> {
        let b = self.b;
        let (l0, l1, l2) = (g.len(0), g.len(1), g.len(2));
        let (v0, v1, v2) = (g.val(b, 0), g.val(b, 1), g.val(b, 2));
        let end = g.e[2];
        let (score, iso, full_year) = if l0 == 4 && (1..=2).contains(&l1) && (1..=2).contains(&l2) {
            if !(year4(v0) && valid_day(Some(v0), v1, v2)) {
                return None;
            }
            (if sep == b'-' { 0.92 } else { 0.85 }, true, v0)
        } else if (1..=2).contains(&l0) && (1..=2).contains(&l1) && (l2 == 2 || l2 == 4) {
            let year = if l2 == 4 {
                if !year4(v2) {
                    return None;
                }
                Some(v2)
            } else {
                None
            };
            let ok = valid_day(year, v0, v1) || (v0 > 12 && valid_day(year, v1, v0));
            if !ok {
                return None;
            }
            let score = match (sep, l2) {
                (b'.', 4) => 0.85,
                (b'.', _) => {
                    if self.date_ctx(s) {
                        0.85
                    } else {
                        0.45
                    }
                }
                (_, 4) => 0.9,
                _ => 0.8,
            };
            let full_year = match year {
                Some(y) => y,
                None => u32::from(expand_two_digit_year(v2 as u16)),
            };
            (score, false, full_year)
        } else {
            return None;
        };
        if sep == b'.' && self.ctx(s, 16, Ctx::Version) {
            return None;
        }
        // Attached time: "2024-03-15T10:30", "3/15/2021 10:30 AM".
        let mut e = end;
        match at(b, end) {
            b'T' if iso => {
                if let Some(te) = time_at(b, end + 1, true) {
                    e = te;
                }
            }
            b' ' => {
                if let Some(te) = time_at(b, end + 1, false) {
                    e = te;
                }
            }
            _ => {}
        }
        // a comma and a digit after a date with its four-digit year is the
        // next field of a CSV row ("HEADACHE,2023-10-12,2023-10-30"), not
        // a thousands group
        let csv = (iso || l2 == 4) && at(b, end) == b',';
        if e == end && !csv && !right_free(b, end) {
            return None;
        }
        let score = if self.date_ctx(s) { f32::max(score, 0.9) } else { score };
        Some(self.push_date(s, e, score, Some(full_year)))
    }

    fn ipv4(&mut self, g: &Groups, s: usize, end: usize) -> Option<usize> {
        let b = self.b;
        let o: [u32; 4] = std::array::from_fn(|i| g.val(b, i));
        if o.iter().any(|&x| x > 255) || self.ctx(s, 16, Ctx::Version) {
            return None;
        }
        let ctx = self.ctx(s, WINDOW, Ctx::Ip);
        let score = if ctx {
            0.95
        } else if o == [0; 4] && end > g.e[3] {
            // the unspecified address with its prefix ("0.0.0.0/0"); alone
            // it is weak as any address of small numbers
            0.8
        } else if o[0] == 0 && o != [0; 4] {
            return None;
        } else if o.iter().any(|&x| x >= 10) {
            0.8
        } else {
            0.45
        };
        Some(self.push(PhiType::IpAddress, s, end, score))
    }

    /// A lone run of digits: SSN, phone, card or compact date by length and
    /// context.
    fn bare(&mut self, s: usize, e: usize) -> usize {
        let b = self.b;
        let d = &b[s..e];
        match d.len() {
            8 => {
                let (y, m, dd) = (num(&d[..4]), num(&d[4..6]), num(&d[6..]));
                if year4(y) && valid_day(Some(y), m, dd) && (self.ctx(s, 24, Ctx::Date) || field(b, s, e) || column(b, s, e)) {
                    return self.push_date(s, e, 0.8, Some(y));
                }
            }
            9 => {
                let (a, g, se) = (num(&d[..3]), num(&d[3..5]), num(&d[5..]));
                if checks::ssn_parts(a, g, se) {
                    let score = if self.ctx(s, WINDOW, Ctx::Ssn) { 0.9 } else { 0.3 };
                    return self.push(PhiType::Ssn, s, e, score);
                }
            }
            10 if matches!(d[0], b'2'..=b'9') => {
                // (without a phone word: a North American number's shape,
                // area code and exchange each starting 2-9, standing alone
                // and governed by no record's noun, is a phone all the
                // same, "called back from 4173478756", "(son) 9056702057";
                // not a prescriber's NPI, which starts with 2 and passes
                // its check; anything else weakly)
                let alone = !matches!(before(b, s), b'-' | b'/' | b'.' | b'#' | b'=') && !matches!(at(b, e), b'-' | b'/');
                let (kind, score) = match self.phone_kind(s) {
                    Some(k) => (k, 0.85),
                    None if alone
                        && matches!(d[3], b'2'..=b'9')
                        && !(d[0] == b'2' && checks::npi(d))
                        && !super::governed::governs(b, s)
                        && !product_code_before(b, s) =>
                    {
                        (PhiType::Phone, 0.55)
                    }
                    None => (PhiType::Phone, 0.3),
                };
                return self.push(kind, s, e, score);
            }
            11 if d[0] == b'1' && matches!(d[1], b'2'..=b'9') => {
                if let Some(k) = self.phone_kind(s) {
                    return self.push(k, s, e, 0.8);
                }
            }
            // a national number written without its spaces, trunk prefix
            // first: "Tel 01214960447" (UK), "Cell: 0491570006" (AU),
            // "call me at 07700900708"; only after a phone word
            10 | 11 if d[0] == b'0' && d[1] != b'0' => {
                if let Some(k) = self.phone_kind(s) {
                    return self.push(k, s, e, 0.8);
                }
                // a British mobile's eleven digits, "07" first, stand for
                // themselves ("visits daily (07956808818)", "Witness: Jun
                // Liu, 07983735252"), unless a label said otherwise
                let alone = !matches!(before(b, s), b'-' | b'/' | b'.' | b'#' | b':' | b'=') && !matches!(at(b, e), b'-' | b'/');
                if d.len() == 11 && d[1] == b'7' && d[2] != b'0' && alone && !super::governed::governs(b, s) {
                    return self.push(PhiType::Phone, s, e, 0.7);
                }

            }
            _ => {}
        }
        if (13..=19).contains(&d.len()) && checks::credit_card(d) {
            let score = if self.card_ctx(s) { 0.92 } else { 0.7 };
            return self.push(PhiType::Account, s, e, score);
        }
        e
    }
}

/// Whether a product's code names the number at `s` (the word before it,
/// across spaces, ':' and '#'): a drug's NDC, a lot or batch, a catalogue
/// number ("NDC 5066900751", "Lot# 4035841544"), which are no phone.
fn product_code_before(b: &[u8], s: usize) -> bool {
    let mut e = s;
    while e > 0 && s - e < 4 && matches!(b[e - 1], b' ' | b':' | b'#') {
        e -= 1;
    }
    let mut w = e;
    while w > 0 && e - w < 8 && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    let word = &b[w..e];
    (w == 0 || !b[w - 1].is_ascii_alphanumeric())
        && [&b"ndc"[..], b"lot", b"batch", b"upc", b"gtin", b"catalog", b"cat", b"sku", b"model", b"ref", b"item"]
            .iter()
            .any(|k| word.eq_ignore_ascii_case(k))
}

/// A month and day ending its line after a comma or a dash, as a
/// signature or a filing stamp dates itself ("Wang Zhiqiang, LCSW, 8/6",
/// "[Forwarded to chart - AR - 6/25]").
fn signed_at_line_end(b: &[u8], s: usize, e: usize) -> bool {
    let e = e + usize::from(at(b, e) == b']');
    let ends = e == b.len() || matches!(b[e], b'\n' | b'\r');
    ends && s >= 2 && b[s - 1] == b' ' && matches!(b[s - 2], b',' | b'-')
}

/// Whether the month and day at `s..e` open a line as a log entry's
/// date, words or a colon after them ("11/16 hv to 92 sequoia ave",
/// "3/21: seating eval by PT").
fn entry_at_line_start(b: &[u8], s: usize, e: usize) -> bool {
    let opens = s == 0 || b[s - 1] == b'\n';
    let r = &b[e..];
    opens && (r.starts_with(b": ") || (r.first() == Some(&b' ') && r.get(1).is_some_and(u8::is_ascii_alphabetic)))
}

/// Whether the word before `s` (across spaces and one ':') is a verb in
/// the past ("reviewed", "confirmed", "signed:") or says when something
/// runs ("ends", "till", "began"): then a month/day is a date.
fn past_verb_before(b: &[u8], s: usize) -> bool {
    let mut q = s;
    while q > 0 && b[q - 1] == b' ' {
        q -= 1;
    }
    if q > 0 && b[q - 1] == b':' {
        q -= 1;
    }
    let mut w = q;
    while w > 0 && q - w < 12 && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    if q == w || q == s || (w > 0 && b[w - 1].is_ascii_alphanumeric()) {
        return false;
    }
    let word = &b[w..q];
    let ed = word.len() >= 5 && word[word.len() - 2..].eq_ignore_ascii_case(b"ed");
    ed || [
        &b"ends"[..], b"till", b"began", b"begins", b"starts", b"started", b"query", b"delivery", b"elects", b"after",
        b"before", b"around",
        // when someone is seen, arrives or is reviewed next ("Review
        // 12/20", "landing 21/12 6am", "first transmission 10/7")
        b"review", b"landing", b"arriving", b"visit", b"appt", b"transmission",
    ]
        .iter()
        .any(|x| word.eq_ignore_ascii_case(x))
}

/// Phrases that end in an age at death or the age reached.
const LIFE_SPAN: [&[u8]; 22] = [
    b"lived to", b"died at", b"turned", b"turns", b"makes her", b"makes him", b"who is", b"i'm", b"i am", b"she's",
    b"he's", b"she is", b"he is", b"dad is", b"mom is", b"mum is", b"grandma is", b"grandpa is", b"mother is",
    b"father is", b"grandmother is", b"grandfather is",
];

/// Whether a sentence starts at `w` ("At 97, she", not "SpO2 at 92, she").
fn sentence_start(b: &[u8], w: usize) -> bool {
    let mut k = w;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    k == 0 || matches!(b[k - 1], b'.' | b'!' | b'?' | b'\n') && b[w].is_ascii_uppercase()
}

/// Whether a form's label whose words include "age" ends at `q`, its ':'
/// among the blanks `q..s`: "AGE (yrs): 94", "Age at implant: 101".
fn age_label(b: &[u8], q: usize, s: usize) -> bool {
    // "Age at implant: 101", not a time's minutes ("10:30")
    if !b[q..s].contains(&b':') || q == 0 || b[q - 1].is_ascii_digit() {
        return false;
    }
    let floor = q.saturating_sub(24);
    let from = b[floor..q].iter().rposition(|&c| c == b'\n' || c == b'\t').map_or(floor, |k| floor + k + 1);
    // ("Yrs: 93", a form's age field)
    b[from..q].split(|c| !c.is_ascii_alphabetic()).any(|w| w.eq_ignore_ascii_case(b"age"))
        || (word_before(b, q, b"yrs") && field_start(b, q - 3))
}

/// Whether a form's field starts at `w`: the text's or a line's start, or
/// after a '|', a tab or two spaces ("| Yrs: 93", not "for 40 yrs: 93").
fn field_start(b: &[u8], w: usize) -> bool {
    let p = |k: usize| w.checked_sub(k).map(|i| b[i]);
    match p(1) {
        None | Some(b'\n' | b'|' | b'\t') => true,
        Some(b' ') => matches!(p(2), None | Some(b' ' | b'|' | b'\n' | b'\t')),
        _ => false,
    }
}

/// A relative's age in parentheses after their name: "her partner Leonard
/// (95)", "maternal grandmother Thuy Truong (97)" (a kinship word in the
/// 48 bytes before).
fn kin_paren_age(b: &[u8], s: usize, re: usize) -> bool {
    if s < 2 || b[s - 1] != b'(' || at(b, re) != b')' || b[s - 2] != b' ' || !after_name(b, s - 2) {
        return false;
    }
    const KIN: [&[u8]; 19] = [
        b"partner", b"husband", b"wife", b"son", b"daughter", b"mother", b"father", b"grandmother", b"grandfather",
        b"grandma", b"grandpa", b"aunt", b"uncle", b"sister", b"brother", b"cousin", b"spouse", b"friend", b"neighbor",
    ];
    let floor = s.saturating_sub(48);
    b[floor..s].split(|c| !c.is_ascii_alphabetic()).any(|w| KIN.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// Whether what ends at `e` ends a phrase: the text's end or punctuation.
fn phrase_end(b: &[u8], e: usize) -> bool {
    e == b.len() || matches!(b[e], b',' | b'.' | b';' | b':' | b'!' | b'?' | b')' | b'\n' | b'\r')
}

/// Whether the word ending at `q` is a name's last word ("ZHOU,MIN-JI
/// 96F", "Desrosiers, Nadege 90F"): capitalized, no temperature word ("T
/// 101F", "Temp 99F", "Fever 100F").
fn after_name(b: &[u8], q: usize) -> bool {
    let mut w = q;
    while w > 0 && (b[w - 1].is_ascii_alphabetic() || b[w - 1] == b'-' || b[w - 1] == b'\'') {
        w -= 1;
    }
    let word = &b[w..q];
    word.len() >= 2
        && word[0].is_ascii_uppercase()
        && (w == 0 || matches!(b[w - 1], b' ' | b',' | b'|' | b'\n'))
        && ![&b"temp"[..], b"tmax", b"tm", b"temperature", b"fever", b"febrile", b"afebrile", b"max", b"oral", b"axillary", b"rectal"]
            .iter()
            .any(|t| word.eq_ignore_ascii_case(t))
}

/// Whether `s..e` is a whole field of a delimited row: a '|', ',', ';' or
/// tab before and after it (or the line's end after): "|19541117|", a
/// compact date in a registry extract.
fn field(b: &[u8], s: usize, e: usize) -> bool {
    let delim = |c: u8| matches!(c, b'|' | b',' | b';' | b'\t');
    s > 0 && delim(b[s - 1]) && b.get(e).is_none_or(|&c| delim(c) || c == b'\n' || c == b'\r') && (b[s - 1] != b',' || b.get(e) != Some(&b' '))
}

/// Whether `s..e` is a column of a fixed-width table: two spaces or a tab
/// before it, and after it the line's end, two spaces, or a space and the
/// next column's number ("WOZNIAK, NUALA      19521128  20250118  EGFR",
/// "HADDAD,SAMIRA       19710609 52       20250126").
fn column(b: &[u8], s: usize, e: usize) -> bool {
    // (a person's row: a name in capitals before it, two words, "BAILEY
    // WINSTON", "JEAN-BAPTISTE,MARIE"; then a column filled to its width
    // may leave one space before the next, and a sex's letter may follow)
    let ls = memchr::memrchr(b'\n', &b[..s]).map_or(0, |k| k + 1);
    let person_row = || {
        // (the field right before it: "SURNAME,GIVEN", or two words in
        // capitals)
        let caps = |w: &[u8]| w.len() >= 2 && w.iter().all(|c| c.is_ascii_uppercase() || matches!(c, b'-' | b'\'' | b','));
        let mut toks = b[ls..s].split(|c| *c == b' ' || *c == b'\t').filter(|w| !w.is_empty()).rev();
        match (toks.next(), toks.next()) {
            // (a record's number glued before it: "0195611555JEAN-BAPTISTE,MARIE")
            (Some(last), _) if last.contains(&b',') && caps(&last[last.iter().take_while(|c| c.is_ascii_digit()).count()..]) => true,
            (Some(last), Some(prev)) => caps(last) && caps(prev) && !last.contains(&b',') && last.len() >= 3 && prev.len() >= 3,
            _ => false,
        }
    };
    let before = s >= 2 && (b[s - 1] == b'\t' || (b[s - 1] == b' ' && (b[s - 2] == b' ' || person_row())));
    let after = match b.get(e) {
        None | Some(b'\n' | b'\r' | b'\t') => true,
        Some(b' ') => {
            matches!(b.get(e + 1), None | Some(b' ' | b'\n' | b'\r'))
                || b.get(e + 1).is_some_and(u8::is_ascii_digit)
                // the next column a sex's letter ("19561023 M 862087595")
                || (matches!(b.get(e + 1), Some(b'M' | b'F')) && matches!(b.get(e + 2), None | Some(b' ' | b'\n' | b'\r' | b'\t')) && person_row())
        }
        _ => false,
    };
    before && after
}

/// Whether a time of day follows `e` (", 4:20 pm", " 1227", " at 10"):
/// "10/13 1227" is a date and a time, not a fraction.
fn time_after(b: &[u8], e: usize) -> bool {
    let mut k = e;
    if b.get(k) == Some(&b',') {
        k += 1;
    }
    if b.get(k) != Some(&b' ') {
        return false;
    }
    k += 1;
    if b[k..].starts_with(b"at ") {
        return b.get(k + 3).is_some_and(u8::is_ascii_digit);
    }
    let d = digits_end(b, k);
    let after = at(b, d);
    match d - k {
        // "4:20", "16:52 pm"
        1 | 2 => time_at(b, k, false).is_some(),
        // "1227", "0805": a 24-hour time, alone (not a count: "1200 steps")
        4 => {
            let (h, m) = (num(&b[k..k + 2]), num(&b[k + 2..d]));
            let word_after = after == b' ' && at(b, d + 1).is_ascii_lowercase();
            h < 24 && m < 60 && !after.is_ascii_alphanumeric() && !matches!(after, b'/' | b'.' | b'-') && !word_after
        }
        _ => false,
    }
}

/// Whether `s..e` opens a line of a table of services, its date column
/// followed by a procedure code ("5/12   71046   Chest x-ray", "1/8
/// G0180   Home health certification").
fn service_row(b: &[u8], s: usize, e: usize) -> bool {
    if s > 0 && b[s - 1] != b'\n' {
        return false;
    }
    let mut k = e;
    while k < b.len() && matches!(b[k], b' ' | b'\t') {
        k += 1;
    }
    if k - e < 2 || k + 5 > b.len() {
        return false;
    }
    let code = &b[k..k + 5];
    let shaped = (code[0].is_ascii_digit() || code[0].is_ascii_uppercase()) && code[1..].iter().all(u8::is_ascii_digit);
    shaped && b.get(k + 5).is_none_or(|c| matches!(c, b' ' | b'\t' | b'\n'))
}

#[cfg(test)]
mod pretests {
    //! The pre-tests `at_run` asks before trying a parser ([`may_phone`],
    //! [`may_written_date`], [`may_age`]) must never rule out a run that
    //! the parser would accept: each parser is run unguarded at every digit
    //! run of many texts, and wherever it accepts, its pre-test must pass.
    use super::*;
    use crate::detect::structured::keywords;
    use crate::testing::{random_text, xorshift};

    /// Fixed texts with every shape the three parsers accept.
    const SHAPES: &[&str] = &[
        "call (555) 123-4567 or 555.987.6543, +1 555 123 4567, 1-555-123-4567, +15551234567 ext. 12",
        "(555-123-4567 ext. 12) fax: 555 123 4567; tel 212-555-0100",
        "seen March 15, 2021; on 15 March 2021, the 3rd of May 2020, Sept. 2019, Jan.  5, 15th of March, 7-Mar-2020",
        "DOB: Feb 29 1984, dec. 12 1999, MARCH 2 2020, 12 DECEMBER 2021, 26FEB2025, 3MAR2024",
        "a 92-year-old, 95 y/o, 101 yrs old, aged 93, age: 94, age of 99, ages 91 and 92, 97M, 98 F, age  =  96",
    ];

    /// Every text the property is checked on: the fixed shapes, each
    /// upper-cased, and random fragments.
    fn texts() -> Vec<String> {
        let mut v: Vec<String> = SHAPES.iter().map(|s| s.to_string()).collect();
        v.extend(SHAPES.iter().map(|s| s.to_uppercase()));
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
        v.extend((0..20000).map(|_| {
            let n = 3 + next(40);
            random_text(&mut next, n)
        }));
        v
    }

    /// (parser accepted, its pre-test passed) for every run start that
    /// `at_run` would put to the pre-tests, counted per parser.
    #[test]
    fn parsers_accept_only_where_their_pre_tests_pass() {
        let mut accepted = [0usize; 3];
        let mut out = Vec::new();
        for t in texts() {
            let b = t.as_bytes();
            let hits = keywords::scan(&t);
            for s in 0..b.len() {
                if !b[s].is_ascii_digit() {
                    continue;
                }
                let prev = before(b, s);
                // (`at_run` returns before the pre-tests in these cases)
                if prev.is_ascii_alphabetic() || (matches!(prev, b'.' | b'-' | b'/') && s >= 2 && b[s - 2].is_ascii_alphanumeric()) {
                    continue;
                }
                let re = digits_end(b, s);
                let (len, next, next2) = (re - s, at(b, re), at(b, re + 1));
                let mut sc = Scan { b, hits: &hits, out: &mut out };
                if sc.phone(s, re).is_some() {
                    accepted[0] += 1;
                    assert!(may_phone(b[s], len, prev, next, next2), "phone at {s} of {t:?}");
                }
                if sc.written_date(s, re).is_some() {
                    accepted[1] += 1;
                    assert!(may_written_date(b, s, len, prev), "written date at {s} of {t:?}");
                }
                if sc.age(s, re).is_some() {
                    accepted[2] += 1;
                    assert!(may_age(b, s, len, next, next2), "age at {s} of {t:?}");
                }
                out.clear();
            }
        }
        // the texts do exercise every parser
        assert!(accepted.iter().all(|&n| n >= 50), "accepted {accepted:?}");
    }
}
