//! HL7 version 2 messages kept as text (interface logs, registry extracts,
//! a message pasted into a note): the fields of the segments that carry a
//! patient's identity, read by their position as the standard defines them
//! (HL7 v2.5.1, chapters 2-4, 6 and 7: PID, PD1, NK1, PV1, GT1, IN1, ORC,
//! OBR, OBX, RXA, MSH, EVN, MRG). A segment is a line that starts with its
//! three-character id and the field separator; fields are split on '|',
//! repetitions on '~', components on '^' (the encoding characters MSH-2
//! declares are honoured).
//!
//! What each field gives, by its data type: a person's name (XPN: family
//! ^ given ^ middle, one span over the name's components), a provider
//! (XCN: id ^ family ^ given: the id as a licence number, the name as a
//! name), an address (XAD: the street line and the town as addresses, the
//! postal code as a ZIP; the state is not PHI), a telephone (XTN: the
//! formatted number, or area code and local number; a fax when its
//! equipment type says FX), a date (the YYYYMMDD of a timestamp; the time
//! is not part of it), an identifier (CX: its type code decides: MR and PI
//! a medical record number, SS a social security number, DL a licence,
//! AN/PN an account, MA/MC/MB a health-plan number).
//!
//! A text costs one `memchr` pass over its '|'s unless one follows a
//! segment id at the start of a line.

use crate::detect::interrupt::Ticker;
use crate::types::{Finding, PhiType};

/// A person's name in HL7's XPN order outside any segment, as extracts
/// and manifests copy it ("NAIR^WALID^D", "DONNELLY^EOIN^K",
/// "Marsh^Babajide"): family ^ given [^ middle initial or name], each
/// part a capitalized word of two letters or more (the middle one
/// letter or more), the whole set off by a space, a tab, a comma, a '|',
/// a quote or a line's edge. One `memchr` pass over the '^'s, each read
/// once. (Inside a segment the field's own reading wins: same span.)
fn caret_names(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let part = |mut k: usize| {
        // a word from k: a capital, then letters, '\'' or '-'
        let s = k;
        if k >= b.len() || !(b[k].is_ascii_uppercase() || b[k] >= 0xc3) {
            return k;
        }
        while k < b.len() && (b[k].is_ascii_alphabetic() || b[k] >= 0x80 || matches!(b[k], b'\'' | b'-')) {
            k += 1;
        }
        if k - s > 40 { s } else { k }
    };
    let edge = |c: u8| matches!(c, b' ' | b'\t' | b',' | b'|' | b'"' | b'\n' | b'\r' | b';' | b'(' | b')');
    let mut done = 0;
    for c in memchr::memchr_iter(b'^', b) {
        if c < done || c == 0 {
            continue;
        }
        // the family name before the first '^'
        let mut s = c;
        while s > 0 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] >= 0x80 || matches!(b[s - 1], b'\'' | b'-')) && c - s <= 40 {
            s -= 1;
        }
        while s < c && !(b[s].is_ascii_uppercase() || b[s] >= 0xc3) {
            s += 1;
        }
        if c - s < 2 || (s > 0 && !edge(b[s - 1])) || !text.is_char_boundary(s) {
            done = c + 1;
            continue;
        }
        let g = part(c + 1);
        if g - (c + 1) < 2 {
            done = c + 1;
            continue;
        }
        let mut e = g;
        if b.get(g) == Some(&b'^') {
            let m = part(g + 1);
            if m > g + 1 {
                e = m;
            }
        }
        done = e;
        if (e < b.len() && !edge(b[e])) || !text.is_char_boundary(e) {
            continue;
        }
        // not on a segment's line, where a code's components are joined so
        // too ("OBR|1||...|CBC^Complete Blood Count^L")
        let floor = s.saturating_sub(200);
        let ls = memchr::memrchr(b'\n', &b[floor..s]).map_or(floor, |k| floor + k + 1);
        if b.len() >= ls + 4 && b[ls + 3] == b'|' && b[ls..ls + 3].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        out.push(Finding::new(PhiType::Name, s, e, 0.8));
    }
}

/// How a field is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    /// XPN: family ^ given ^ middle ^ suffix ^ prefix.
    Name,
    /// XCN: id ^ family ^ given ^ middle.
    Provider,
    /// XAD: street ^ other ^ city ^ state ^ zip ^ country.
    Address,
    /// XTN.
    Phone,
    /// A timestamp or date: YYYY[MM[DD[HHMM...]]].
    Date,
    /// CX: id ^ check ^ scheme ^ authority ^ type; `PhiType` when the
    /// type code is absent or unknown.
    Cx(PhiType),
    /// The first component is an identifier of this type.
    Ident(PhiType),
}

use Field::*;
use PhiType as T;

/// (segment, field number, how to read it).
static FIELDS: &[(&[u8; 3], u8, Field)] = &[
    (b"MSH", 7, Date),
    (b"MSH", 10, Ident(T::Id)),
    (b"EVN", 2, Date),
    (b"EVN", 6, Date),
    (b"PID", 2, Cx(T::Mrn)),
    (b"PID", 3, Cx(T::Mrn)),
    (b"PID", 4, Cx(T::Mrn)),
    (b"PID", 5, Name),
    (b"PID", 6, Name),
    (b"PID", 7, Date),
    (b"PID", 9, Name),
    (b"PID", 11, Address),
    (b"PID", 13, Phone),
    (b"PID", 14, Phone),
    (b"PID", 18, Cx(T::Account)),
    (b"PID", 19, Ident(T::Ssn)),
    (b"PID", 20, Ident(T::License)),
    (b"PID", 21, Cx(T::Mrn)),
    (b"PID", 29, Date),
    (b"PD1", 4, Provider),
    (b"MRG", 1, Cx(T::Mrn)),
    (b"MRG", 3, Cx(T::Account)),
    (b"NK1", 2, Name),
    (b"NK1", 4, Address),
    (b"NK1", 5, Phone),
    (b"NK1", 6, Phone),
    (b"NK1", 16, Date),
    (b"NK1", 37, Ident(T::Ssn)),
    (b"PV1", 7, Provider),
    (b"PV1", 8, Provider),
    (b"PV1", 9, Provider),
    (b"PV1", 17, Provider),
    (b"PV1", 19, Cx(T::Account)),
    (b"PV1", 44, Date),
    (b"PV1", 45, Date),
    (b"GT1", 2, Cx(T::Account)),
    (b"GT1", 3, Name),
    (b"GT1", 5, Address),
    (b"GT1", 6, Phone),
    (b"GT1", 7, Phone),
    (b"GT1", 8, Date),
    (b"GT1", 12, Ident(T::Ssn)),
    (b"IN1", 16, Name),
    (b"IN1", 18, Date),
    (b"IN1", 19, Address),
    (b"IN1", 36, Ident(T::HealthPlan)),
    (b"IN1", 49, Cx(T::HealthPlan)),
    (b"ORC", 2, Ident(T::Id)),
    (b"ORC", 3, Ident(T::Id)),
    (b"ORC", 9, Date),
    (b"ORC", 12, Provider),
    (b"OBR", 2, Ident(T::Id)),
    (b"OBR", 3, Ident(T::Id)),
    (b"OBR", 7, Date),
    (b"OBR", 16, Provider),
    (b"OBX", 14, Date),
    (b"RXA", 3, Date),
    (b"RXA", 4, Date),
    (b"RXA", 10, Provider),
];

const SCORE: f32 = 0.97;
/// The highest field number in [`FIELDS`].
const MAX_FIELD: u8 = 49;

/// Appends the findings of every HL7 v2 segment in `text`.
pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    caret_names(text, out);
    let b = text.as_bytes();
    // the first segment: a '|' right after a known id at a line's start
    // (most bars in notes are table rules, "BP | HR", and fail at once)
    let first = memchr::memchr_iter(b'|', b).find(|&p| {
        p >= 3 && (p == 3 || matches!(b[p - 4], b'\n' | b'\r')) && known_segment(&b[p - 3..p])
    });
    let Some(first) = first else { return };
    // the encoding characters: MSH-2 if a header declares them
    let mut comp = b'^';
    let mut rep = b'~';
    let mut tick = Ticker::new(0);
    let mut ls = first - 3;
    while ls < b.len() {
        tick.at(ls);
        let le = memchr::memchr2(b'\n', b'\r', &b[ls..]).map_or(b.len(), |p| ls + p);
        let line = &b[ls..le];
        if line.len() > 4 && line[3] == b'|' {
            let id: &[u8; 3] = line[..3].try_into().expect("three bytes");
            if id == b"MSH" && line.len() >= 8 {
                comp = line[4];
                rep = line[5];
            }
            if known_segment(id) {
                segment(text, ls, le, id, comp, rep, out, &mut tick);
            }
        }
        ls = le + 1;
    }
}

/// Whether `id` names a segment with fields in [`FIELDS`].
fn known_segment(id: &[u8]) -> bool {
    FIELDS.iter().any(|(s, _, _)| s[..] == *id)
}

/// The fields of one segment line `ls..le` with id `id`.
#[allow(clippy::too_many_arguments)]
fn segment(text: &str, ls: usize, le: usize, id: &[u8; 3], comp: u8, rep: u8, out: &mut Vec<Finding>, tick: &mut Ticker) {
    let b = text.as_bytes();
    // field n starts after the n-th '|' (MSH counts the separator itself
    // as field 1, so its n-th '|' starts field n + 1)
    let offset = if id == b"MSH" { 1 } else { 0 };
    let mut n = 0u8;
    let mut p = ls + 3;
    while p < le && b[p] == b'|' {
        tick.at(p);
        n = n.saturating_add(1);
        let fs = p + 1;
        let fe = memchr::memchr(b'|', &b[fs..le]).map_or(le, |q| fs + q);
        let number = n + offset;
        let read_it = if number <= MAX_FIELD { FIELDS.iter().find(|(s, f, _)| *s == id && *f == number) } else { None };
        if let Some(&(_, _, kind)) = read_it {
            if !(id == b"MSH" && number <= 2) {
                // each repetition of the field
                let mut rs = fs;
                while rs <= fe {
                    tick.at(rs);
                    let re = memchr::memchr(rep, &b[rs..fe]).map_or(fe, |q| rs + q);
                    read(text, rs, re, kind, comp, out);
                    rs = re + 1;
                }
            }
        }
        p = fe;
    }
}

/// The components of `s..e`, as (start, end) pairs, up to eight.
fn components(b: &[u8], s: usize, e: usize, comp: u8) -> ([(usize, usize); 8], usize) {
    let mut c = [(0, 0); 8];
    let (mut k, mut p) = (0, s);
    while k < 8 {
        let q = memchr::memchr(comp, &b[p..e]).map_or(e, |x| p + x);
        c[k] = (p, q);
        k += 1;
        if q == e {
            break;
        }
        p = q + 1;
    }
    (c, k)
}

/// Reads one field value `s..e` as `kind`.
fn read(text: &str, s: usize, e: usize, kind: Field, comp: u8, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    if s >= e {
        return;
    }
    let (c, k) = components(b, s, e, comp);
    let get = |i: usize| if i < k { Some(trim(b, c[i].0, c[i].1)).filter(|(a, z)| a < z) } else { None };
    let mut push = |t: PhiType, (a, z): (usize, usize)| out.push(Finding::new(t, a, z, SCORE));
    match kind {
        Name => {
            if let Some(span) = name_span(b, &c[..k.min(3)]) {
                push(T::Name, span);
            }
        }
        Provider => {
            if let Some(id) = get(0).filter(|&(a, z)| has_digit(&b[a..z])) {
                push(T::License, id);
            }
            if k > 1 {
                if let Some(span) = name_span(b, &c[1..k.min(4)]) {
                    push(T::Name, span);
                }
            }
        }
        Address => {
            // the street line (street ^ other designation) as one span
            match (get(0), get(1)) {
                (Some(a), Some(o)) => push(T::Address, (a.0, o.1)),
                (Some(a), None) => push(T::Address, a),
                _ => {}
            }
            if let Some(city) = get(2).filter(|&(a, z)| is_wordy(&b[a..z])) {
                push(T::Address, city);
            }
            if let Some(zip) = get(4).filter(|&(a, z)| has_digit(&b[a..z])) {
                push(T::Zip, zip);
            }
        }
        Phone => {
            let fax = get(2).is_some_and(|(a, z)| &b[a..z] == b"FX");
            let t = if fax { T::Fax } else { T::Phone };
            if let Some(num) = get(0).filter(|&(a, z)| digits(&b[a..z]) >= 7) {
                push(t, num);
            } else {
                // area code ^ local number (^ extension stays out)
                match (get(5), get(6)) {
                    (Some(a), Some(l)) if digits(&b[l.0..l.1]) >= 7 => push(t, (a.0, l.1)),
                    (None, Some(l)) if digits(&b[l.0..l.1]) >= 7 => push(t, l),
                    _ => {}
                }
            }
        }
        Date => {
            if let Some((a, z)) = get(0) {
                let d = b[a..z].iter().take_while(|c| c.is_ascii_digit()).count();
                if d >= 8 && valid_ymd(&b[a..a + 8]) {
                    push(T::Date, (a, a + 8));
                }
            }
        }
        Cx(default) => {
            if let Some(id) = get(0).filter(|&(a, z)| has_digit(&b[a..z])) {
                let t = get(4).map_or(default, |(a, z)| match &b[a..z] {
                    b"MR" | b"PI" | b"PT" | b"MRN" => T::Mrn,
                    b"SS" | b"SSN" => T::Ssn,
                    b"DL" => T::License,
                    b"AN" | b"PN" | b"VN" => T::Account,
                    // (and, of table 0203, a health card's, a jurisdiction's
                    // health number, a national health plan's)
                    b"MA" | b"MC" | b"MB" | b"MCD" | b"MCR" | b"SN" | b"HC" | b"JHN" | b"NH" => T::HealthPlan,
                    b"NPI" | b"MD" | b"DEA" | b"LN" => T::License,
                    _ => default,
                });
                push(t, id);
            }
        }
        Ident(t) => {
            if let Some(id) = get(0).filter(|&(a, z)| has_digit(&b[a..z])) {
                push(t, id);
            }
        }
    }
}

/// One span over the non-empty name components of `c` (family ^ given ^
/// middle), if they look like a name: letters (any script), spaces,
/// '-', '\'' and '.'.
fn name_span(b: &[u8], c: &[(usize, usize)]) -> Option<(usize, usize)> {
    let mut span: Option<(usize, usize)> = None;
    for (s, e) in c.iter().map(|&(s, e)| trim(b, s, e)).filter(|(s, e)| s < e) {
        let part = &b[s..e];
        let letter = |x: &u8| x.is_ascii_alphabetic() || *x >= 0x80;
        if !part.iter().all(|x| letter(x) || matches!(x, b' ' | b'-' | b'\'' | b'.')) || !part.iter().any(letter) {
            return None;
        }
        span = Some((span.map_or(s, |(a, _)| a), e));
    }
    span
}

fn trim(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && b[s] == b' ' {
        s += 1;
    }
    while e > s && b[e - 1] == b' ' {
        e -= 1;
    }
    (s, e)
}

fn has_digit(v: &[u8]) -> bool {
    v.iter().any(u8::is_ascii_digit)
}

fn digits(v: &[u8]) -> usize {
    v.iter().filter(|c| c.is_ascii_digit()).count()
}

/// A town's name: letters first, no digits.
fn is_wordy(v: &[u8]) -> bool {
    v.first().is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80) && !has_digit(v)
}

/// YYYYMMDD of a real day between 1800 and 2199.
fn valid_ymd(v: &[u8]) -> bool {
    let n = |r: std::ops::Range<usize>| v[r].iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
    let (y, m, d) = (n(0..4), n(4..6), n(6..8));
    (1800..2200).contains(&y) && super::checks::valid_day(Some(y), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.iter().map(|f| (f.kind, &text[f.start..f.end])).collect()
    }

    #[test]
    fn a_patient_segment_by_its_fields() {
        let msg = "MSH|^~\\&|EPIC|HOSP|REG|STATE|20240315083000||VXU^V04^VXU_V04|MSG00042|P|2.5.1\r\
                   PID|1||000482913^^^HOSP^MR~123-45-6789^^^SSA^SS||GARCÍA-LÓPEZ^MARÍA^J||19560412|F|||\
                   12 ALDER LN^APT 3B^FALL RIVER^MA^02720^USA||^PRN^PH^^^508^5550142|||||AC0099812|987-65-4320\r\
                   NK1|1|GARCIA^JOSE|SPO||(508)555-0177\r\
                   PV1|1|O|||||1234567893^CHEN^LI^^^DR||||||||||||V778812\r\
                   RXA|0|1|20240314||08^HEPB-PEDS^CVX|0.5|mL||00^NEW^NIP001|1497786321^NGUYEN^ANH\r";
        let f = found(msg);
        let has = |t: PhiType, v: &str| assert!(f.contains(&(t, v)), "{t:?} {v:?} not in {f:?}");
        has(T::Date, "20240315");
        has(T::Id, "MSG00042");
        has(T::Mrn, "000482913");
        has(T::Ssn, "123-45-6789");
        has(T::Name, "GARCÍA-LÓPEZ^MARÍA^J");
        has(T::Date, "19560412");
        has(T::Address, "12 ALDER LN^APT 3B");
        has(T::Address, "FALL RIVER");
        has(T::Zip, "02720");
        has(T::Phone, "508^5550142");
        has(T::Account, "AC0099812");
        has(T::Ssn, "987-65-4320");
        has(T::Name, "GARCIA^JOSE");
        has(T::Phone, "(508)555-0177");
        has(T::License, "1234567893");
        has(T::Name, "CHEN^LI");
        has(T::Account, "V778812");
        has(T::Date, "20240314");
        has(T::Name, "NGUYEN^ANH");
        // not PHI: the vaccine code, the dose, the state, the sex
        assert!(!f.iter().any(|(_, v)| *v == "08" || *v == "0.5" || *v == "MA" || *v == "F"), "{f:?}");
    }

    #[test]
    fn an_identifier_typed_by_its_code() {
        let msg = "MSH|^~\\&|A|B|C|D|20240101||ADT^A04|X1|P|2.5.1\nPID|1||WYM1341065^^^SUNNYBANK^MR~412-166-2210^^^NHS^HC||ROE^ANN\n";
        let f = found(msg);
        assert!(f.contains(&(T::Mrn, "WYM1341065")), "{f:?}");
        assert!(f.contains(&(T::HealthPlan, "412-166-2210")), "{f:?}");
    }

    #[test]
    fn declared_encoding_characters_and_faxes() {
        let msg = "MSH|*~\\&|A|B|C|D|20240101||ADT*A01|X1|P|2.3\nPID|1||55501****MR||ROE*ANN\nNK1|1|ROE*BOB|||*WPN*FX***617*5550199";
        let f = found(msg);
        assert!(f.contains(&(T::Name, "ROE*ANN")), "{f:?}");
        assert!(f.contains(&(T::Mrn, "55501")), "{f:?}");
        assert!(f.contains(&(T::Fax, "617*5550199")), "{f:?}");
    }

    #[test]
    fn max_field_is_the_highest_in_the_table() {
        assert_eq!(FIELDS.iter().map(|(_, f, _)| *f).max(), Some(MAX_FIELD));
    }

    #[test]
    fn ordinary_text_with_bars_is_not_a_message() {
        assert!(found("BP | HR | RR\n120/80 | 72 | 16").is_empty());
        assert!(found("PID is pelvic inflammatory disease | see note").is_empty());
        assert!(found("no bars at all, PID|").is_empty());
    }
}


#[cfg(test)]
mod caret_tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        caret_names(t, &mut out);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn names_in_hl7_order_outside_a_segment() {
        assert_eq!(names("DF94587227\tNAIR^WALID^D\t1974-03-24"), ["NAIR^WALID^D"]);
        assert_eq!(names("23-063-39604,DIMACULANGAN^RODEL^T,49421098"), ["DIMACULANGAN^RODEL^T"]);
        assert_eq!(names("OAJ-017-0294 10483870    DONNELLY^EOIN^K           19771226"), ["DONNELLY^EOIN^K"]);
        assert_eq!(names("pt Marsh^Babajide seen"), ["Marsh^Babajide"]);
    }

    #[test]
    fn not_a_name() {
        assert!(names("x^2 + y^2, 10^9/L, E^x").is_empty());
        assert!(names("OBR|1|||CBC^Complete Blood Count^L|||20240101").is_empty());
        assert!(names("PID|1||123^^^MR||DOE^JANE^M").is_empty());
        assert!(names("a^b^c").is_empty());
    }
}
