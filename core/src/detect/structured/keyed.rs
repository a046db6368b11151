//! Values of structured records read by their field's name: JSON (a FHIR
//! resource, an API's payload) and XML elements (a CDA document).
//!
//! ```text
//! "name": [{"use": "official", "family": "Reynolds", "given": ["Tyler"]}],
//! "address": [{"line": ["19/69 Ryrie Rd"], "city": "Ballarat", "postalCode": "3350"}],
//! "identifier": [{"system": "urn:oid:...", "type": "MR", "value": "MR061743"}]
//! {"firstName": "maria", "last_name": "delgado", "dob": "04/11/1961"}
//! <given>Tyler</given><family>Reynolds</family><city>Ballarat</city>
//! ```
//!
//! A record's values carry no sentence around them: "Reynolds" and
//! "Ballarat" alone say nothing, their keys say everything. A key is
//! compared folded (ASCII lower case, '_', '-' and '.' dropped, an XML
//! namespace's prefix dropped), so `firstName`, `first_name` and
//! `FIRST-NAME` are one key. Keys that are common words elsewhere are
//! read only inside the object that gives them their meaning: `family`,
//! `given` and `text` in a `name`; `line` and `text` in an `address`;
//! `value` in an `identifier` (typed by the object's `system` or `type`:
//! an SSN's, a medical record's, a health plan's...) or a `telecom`
//! (typed by its `system`). A key's value must fit it: a name's holds
//! letters and no digit and is not every word an English one ("given":
//! "yes", "family": "history of diabetes"), and a bare `name` or
//! `display` must hold a listed given name or surname and no other
//! English word ("name": "Lisinopril", "display": "Hemoglobin A1c" are
//! not read); a ZIP code's holds a digit; a birth date more than a year.
//! Not read: a state or a country (Safe Harbor keeps them), codes,
//! quantities, an organisation's name.
//!
//! Cost: one `memmem` search for `":` and one for `</` over the text;
//! nothing more unless a record is there.

use crate::detect::interrupt::every_items;
use crate::detect::lexicon::{fold_into, lexicon, C_ENG, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};
use memchr::memmem;

/// A keyed value's score: the key names the field.
pub(super) const SCORE: f32 = 0.8;
/// Longest key read.
const MAX_KEY: usize = 40;
/// Longest value read.
const MAX_VALUE: usize = 160;
/// Most strings of one array read.
const MAX_ITEMS: usize = 8;
/// How far back the key of the object holding a key is looked for.
const MAX_BACK: usize = 768;

/// What a key says its value is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    /// A person's name or a part of it ("firstName", "surname").
    Name,
    /// A name part only in a name's object ("family", "given").
    NamePart,
    /// A name only when the value holds a listed name ("name",
    /// "display").
    MaybeName,
    /// A street address ("street", "addressLine1"; "address" as a string).
    Street,
    /// An address's line only in an address's object ("line").
    Line,
    /// A town, a county, a district.
    City,
    Zip,
    /// A birth's or a death's date.
    Date,
    Phone,
    Fax,
    Email,
    Ssn,
    Mrn,
    /// "value": by the object holding it.
    Value,
    /// "text": by the object holding it.
    Text,
    /// "id": a person's resource's id only ("resourceType": "Patient").
    ResourceId,
}

/// The field a folded key names.
fn field(key: &[u8]) -> Option<Field> {
    use Field::*;
    Some(match key {
        b"firstname" | b"lastname" | b"middlename" | b"familyname" | b"givenname" | b"givennames" | b"surname"
        | b"forename" | b"forenames" | b"fullname" | b"patientname" | b"ptname" | b"maidenname" | b"mothersmaidenname"
        | b"preferredname" | b"nickname" | b"legalname" | b"birthname" | b"guarantorname" | b"insuredname"
        | b"subscribername" | b"policyholdername" | b"nokname" | b"nextofkinname" | b"contactname" | b"caregivername"
        | b"guardianname" | b"spousename" | b"mothername" | b"fathername" | b"parentname" | b"patientfirstname"
        | b"patientlastname" | b"patientfullname" | b"fname" | b"lname" => Name,
        b"family" | b"given" => NamePart,
        b"name" | b"display" => MaybeName,
        b"street" | b"streetaddress" | b"streetaddressline" | b"addressline" | b"addressline1" | b"addressline2"
        | b"address1" | b"address2" | b"address" | b"homeaddress" | b"mailingaddress" | b"residentialaddress"
        | b"patientaddress" | b"line1" | b"line2" => Street,
        b"line" => Line,
        b"city" | b"town" | b"municipality" | b"locality" | b"suburb" | b"district" | b"county" | b"birthplace"
        | b"placeofbirth" | b"cityofbirth" => City,
        b"postalcode" | b"zip" | b"zipcode" | b"postcode" | b"zip5" => Zip,
        b"birthdate" | b"dob" | b"dateofbirth" | b"birthday" | b"birthtime" | b"deceaseddatetime" | b"deceaseddate"
        | b"dateofdeath" | b"dod" => Date,
        b"phone" | b"telephone" | b"phonenumber" | b"mobile" | b"mobilephone" | b"cellphone" | b"homephone"
        | b"workphone" => Phone,
        b"fax" | b"faxnumber" => Fax,
        b"email" | b"emailaddress" => Email,
        b"ssn" | b"socialsecuritynumber" => Ssn,
        b"mrn" | b"medicalrecordnumber" | b"chartnumber" => Mrn,
        b"value" => Value,
        b"text" => Text,
        b"id" => ResourceId,
        _ => return None,
    })
}

pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    if memmem::find(b, b"\":").is_some() {
        json(text, out);
    }
    if memmem::find(b, b"</").is_some() {
        xml(text, out);
    }
}

/// Folds the key `b[s..e]` into `buf`: ASCII lower case, '_', '-' and '.'
/// dropped, a namespace's prefix ("hl7:") dropped. `None` when it is no
/// key's shape (another byte than a letter, a digit or those).
fn fold_key<'k>(b: &[u8], s: usize, e: usize, buf: &'k mut [u8; MAX_KEY]) -> Option<&'k [u8]> {
    if e <= s || e - s > MAX_KEY {
        return None;
    }
    let mut n = 0;
    for &c in &b[s..e] {
        match c {
            b'a'..=b'z' | b'0'..=b'9' => buf[n] = c,
            b'A'..=b'Z' => buf[n] = c.to_ascii_lowercase(),
            b'_' | b'-' | b'.' => continue,
            b':' => {
                n = 0;
                continue;
            }
            _ => return None,
        }
        n += 1;
    }
    Some(&buf[..n])
}

fn json(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = [0u8; MAX_KEY];
    let mut words = String::new();
    for (i, p) in memmem::find_iter(b, b"\":").enumerate() {
        every_items(i);
        // the key's opening quote
        let from = p.saturating_sub(MAX_KEY + 1);
        let Some(k) = memchr::memrchr(b'"', &b[from..p]) else { continue };
        let ks = from + k + 1;
        let Some(key) = fold_key(b, ks, p, &mut buf) else { continue };
        let Some(mut f) = field(key) else { continue };
        if f == Field::ResourceId {
            if person_resource(b, ks - 1) {
                each_value(b, p + 2, |s, e| {
                    if id_value(&b[s..e], PhiType::Id) {
                        out.push(Finding::new(PhiType::Id, s, e, SCORE));
                    }
                });
            }
            continue;
        }
        // the object holding the key, for the keys that need it
        if matches!(f, Field::NamePart | Field::Line | Field::Value | Field::Text) {
            let mut outer = [0u8; MAX_KEY];
            let holder = enclosing_key(b, ks - 1, &mut outer);
            f = match (f, holder) {
                (Field::NamePart, Some(h)) if is_name_key(h) => Field::Name,
                (Field::Text, Some(h)) if is_name_key(h) => Field::Name,
                (Field::Line | Field::Text, Some(h)) if is_address_key(h) => Field::Street,
                (Field::Value, Some(h)) => match value_kind(b, ks - 1, h) {
                    Some(kind) => {
                        each_value(b, p + 2, |s, e| {
                            if id_value(&b[s..e], kind) {
                                out.push(Finding::new(kind, s, e, SCORE));
                            }
                        });
                        continue;
                    }
                    None => continue,
                },
                _ => continue,
            };
        }
        each_value(b, p + 2, |s, e| {
            if let Some(kind) = fits(text, s, e, f, &mut words) {
                out.push(Finding::new(kind, s, e, SCORE));
            }
        });
    }
}

/// Whether the object holding the key at `q` is a person's FHIR resource
/// (its "resourceType" before the key).
fn person_resource(b: &[u8], q: usize) -> bool {
    let Some(open) = unmatched(b, q.saturating_sub(MAX_BACK), q) else { return false };
    let head = &b[open..q];
    let Some(k) = memmem::find(head, b"\"resourceType\"") else { return false };
    let rest = &head[k + 14..];
    let Some(v) = memchr::memchr(b'"', rest) else { return false };
    ["Patient\"", "Person\"", "RelatedPerson\""].iter().any(|t| rest[v + 1..].starts_with(t.as_bytes()))
}

/// Calls `f` with each string value (start, end, quotes outside) after
/// the ':' ending at `c`: one string, or an array's strings; or a bare
/// number.
fn each_value(b: &[u8], c: usize, mut f: impl FnMut(usize, usize)) {
    let skip = |mut k: usize| {
        while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\n' | b'\r') {
            k += 1;
        }
        k
    };
    let k = skip(c);
    match b.get(k) {
        Some(b'"') => {
            if let Some(e) = string_end(b, k + 1) {
                f(k + 1, e);
            }
        }
        Some(b'[') => {
            let mut k = skip(k + 1);
            for _ in 0..MAX_ITEMS {
                if b.get(k) != Some(&b'"') {
                    return;
                }
                let Some(e) = string_end(b, k + 1) else { return };
                f(k + 1, e);
                k = skip(e + 1);
                if b.get(k) != Some(&b',') {
                    return;
                }
                k = skip(k + 1);
            }
        }
        Some(c) if c.is_ascii_digit() => {
            let e = k + b[k..].iter().take(MAX_VALUE).take_while(|c| c.is_ascii_digit()).count();
            if !b.get(e).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.') {
                f(k, e);
            }
        }
        _ => {}
    }
}

/// The end of the JSON string whose contents start at `s` (its closing
/// quote's offset), on one line and at most [`MAX_VALUE`] bytes long.
fn string_end(b: &[u8], s: usize) -> Option<usize> {
    let mut k = s;
    while k < b.len() && k - s <= MAX_VALUE {
        match b[k] {
            b'"' => return (k > s).then_some(k),
            b'\\' => k += 2,
            b'\n' | b'\r' => return None,
            _ => k += 1,
        }
    }
    None
}

fn is_name_key(k: &[u8]) -> bool {
    matches!(k, b"name" | b"names" | b"humanname" | b"patientname" | b"legalname" | b"officialname")
}

fn is_address_key(k: &[u8]) -> bool {
    matches!(k, b"address" | b"addresses" | b"homeaddress" | b"mailingaddress" | b"patientaddress" | b"residence")
}

/// The folded key of the object that holds the key whose opening quote
/// is at `q`: `"name": {"text": ...}`, `"address": [{"line": ...}]`, or
/// an array's later object (`"identifier": [{...}, {"value": ...}]`).
fn enclosing_key<'k>(b: &[u8], q: usize, buf: &'k mut [u8; MAX_KEY]) -> Option<&'k [u8]> {
    let floor = q.saturating_sub(MAX_BACK);
    let open = unmatched(b, floor, q)?;
    if b[open] != b'{' {
        return None;
    }
    let mut k = skip_back(b, open);
    // an object in an array: the array's '['
    if k > 0 && matches!(b[k - 1], b',' | b'[') {
        let arr = unmatched(b, floor, open)?;
        if b[arr] != b'[' {
            return None;
        }
        k = skip_back(b, arr);
    }
    if k == 0 || b[k - 1] != b':' {
        return None;
    }
    let k = skip_back(b, k - 1);
    if k == 0 || b[k - 1] != b'"' {
        return None;
    }
    let e = k - 1;
    let s = memchr::memrchr(b'"', &b[e.saturating_sub(MAX_KEY + 1)..e])? + e.saturating_sub(MAX_KEY + 1) + 1;
    fold_key(b, s, e, buf)
}

/// Before `k`, past spaces and line ends.
fn skip_back(b: &[u8], mut k: usize) -> usize {
    while k > 0 && matches!(b[k - 1], b' ' | b'\t' | b'\n' | b'\r') {
        k -= 1;
    }
    k
}

/// The innermost '{' or '[' before `k` (and after `floor`) left open:
/// the brackets between are balanced (strings skipped).
fn unmatched(b: &[u8], floor: usize, mut k: usize) -> Option<usize> {
    let mut depth = 0usize;
    while k > floor {
        k -= 1;
        match b[k] {
            b'"' => {
                // the string's opening quote (one not escaped)
                let mut j = k;
                loop {
                    let q = memchr::memrchr(b'"', &b[floor..j])? + floor;
                    if q > floor && b[q - 1] == b'\\' {
                        j = q;
                        continue;
                    }
                    k = q;
                    break;
                }
            }
            b'}' | b']' => depth += 1,
            b'{' | b'[' => {
                if depth == 0 {
                    return Some(k);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// The type of an `identifier`'s or a `telecom`'s value, by the strings of
/// the object holding it (its `system`, `type`, `code`), whose key is at
/// `q`; `None` in any other object ("valueQuantity").
fn value_kind(b: &[u8], q: usize, holder: &[u8]) -> Option<PhiType> {
    let telecom = matches!(holder, b"telecom" | b"contactpoint");
    let identifier = matches!(holder, b"identifier" | b"identifiers");
    if !telecom && !identifier {
        return None;
    }
    let floor = q.saturating_sub(MAX_BACK);
    let open = unmatched(b, floor, q)?;
    let close = object_end(b, open)?;
    let obj = b[open..close].to_ascii_lowercase();
    let has = |w: &[u8]| memmem::find(&obj, w).is_some();
    if telecom {
        return Some(if has(b"\"fax\"") {
            PhiType::Fax
        } else if has(b"\"email\"") {
            PhiType::Email
        } else if has(b"\"url\"") {
            PhiType::Url
        } else {
            PhiType::Phone
        });
    }
    Some(if has(b"ssn") || has(b"2.16.840.1.113883.4.1\"") || has(b"social security") {
        PhiType::Ssn
    } else if has(b"\"mr\"") || has(b"mrn") || has(b"medical record") || has(b"medicalrecord") {
        PhiType::Mrn
    } else if ["medicare", "medicaid", "member", "insur", "subscriber", "policy", "health-card", "healthcard", "health card", "\"mb\"", "\"mc\"", "ihi"]
        .iter()
        .any(|w| has(w.as_bytes()))
    {
        PhiType::HealthPlan
    } else if has(b"driver") || has(b"licen") || has(b"\"dl\"") {
        PhiType::License
    } else if has(b"account") || has(b"\"an\"") {
        PhiType::Account
    } else {
        PhiType::Id
    })
}

/// The end (after its '}') of the object opening at `open`, within
/// [`MAX_BACK`] bytes.
fn object_end(b: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut k = open;
    let end = b.len().min(open + MAX_BACK);
    while k < end {
        match b[k] {
            b'"' => {
                k = string_end(b, k + 1)?;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k + 1);
                }
            }
            _ => {}
        }
        k += 1;
    }
    None
}

/// An identifier's value: three to 64 bytes, a digit among them, at most
/// two spaces; for an e-mail's, an '@'.
fn id_value(v: &[u8], kind: PhiType) -> bool {
    match kind {
        PhiType::Email => v.contains(&b'@') && !v.contains(&b' '),
        PhiType::Url => false,
        PhiType::Phone | PhiType::Fax => phone_value(v),
        _ => {
            (3..=64).contains(&v.len())
                && v.iter().any(u8::is_ascii_digit)
                && v.iter().filter(|&&c| c == b' ').count() <= 2
                && !v.contains(&b'\\')
        }
    }
}

/// Seven digits or more, and nothing but digits, spaces, and "+()-./".
fn phone_value(v: &[u8]) -> bool {
    let v = v.strip_prefix(b"tel:").unwrap_or(v);
    v.iter().filter(|c| c.is_ascii_digit()).count() >= 7
        && v.iter().all(|&c| c.is_ascii_digit() || matches!(c, b' ' | b'+' | b'(' | b')' | b'-' | b'.' | b'/'))
}

/// Values that say nothing ("unknown", "n/a").
const NULLS: &[&str] = &["unknown", "unk", "null", "none", "n/a", "na", "nil", "redacted", "not known", "not provided", "not stated", "anonymous", "tbd", "pending", "-", "x"];

/// The type `b[s..e]` is read as under a key naming `f`, if it fits.
fn fits(text: &str, s: usize, e: usize, f: Field, words: &mut String) -> Option<PhiType> {
    let v = text.get(s..e)?.trim();
    if v.is_empty() || NULLS.iter().any(|n| v.eq_ignore_ascii_case(n)) {
        return None;
    }
    let vb = v.as_bytes();
    let digits = vb.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = v.chars().any(char::is_alphabetic);
    match f {
        Field::Name => name_value(v, false, words).then_some(PhiType::Name),
        Field::MaybeName => name_value(v, true, words).then_some(PhiType::Name),
        Field::Street => (letters && v.len() >= 4).then_some(PhiType::Address),
        Field::City => (letters && digits == 0 && v.len() <= 48 && v.chars().all(|c| c.is_alphabetic() || " -.'’()".contains(c)))
            .then_some(PhiType::Address),
        Field::Zip => ((3..=10).contains(&v.len()) && digits >= 3 && vb.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'-')))
            .then_some(PhiType::Zip),
        // more than a year ("1957" alone is kept by Safe Harbor)
        Field::Date => (digits >= 6 || (digits >= 1 && letters && v.len() >= 5)).then_some(PhiType::Date),
        Field::Phone => phone_value(vb).then_some(PhiType::Phone),
        Field::Fax => phone_value(vb).then_some(PhiType::Fax),
        Field::Email => (vb.contains(&b'@') && !vb.contains(&b' ')).then_some(PhiType::Email),
        Field::Ssn => (digits == 9 && vb.iter().all(|c| c.is_ascii_digit() || matches!(c, b'-' | b' ' | b'.'))).then_some(PhiType::Ssn),
        Field::Mrn => id_value(vb, PhiType::Mrn).then_some(PhiType::Mrn),
        Field::NamePart | Field::Line | Field::Value | Field::Text | Field::ResourceId => None,
    }
}

/// Whether `v` may be a person's name: one to five words of letters
/// (with '-', '\'', '.' inside or after an initial), no digit, not every
/// word an English or a stop word that is no name. `listed`: one word is
/// a listed given name or surname, and none an English word that is no
/// name ("Saint Mary Hospital", "Lisinopril", "Hemoglobin A1c").
fn name_value(v: &str, listed: bool, buf: &mut String) -> bool {
    if v.len() > 60 || !v.chars().all(|c| c.is_alphabetic() || " -'’.,".contains(c)) || !v.chars().any(char::is_alphabetic) {
        return false;
    }
    let mut n = 0;
    let mut plain = true;
    let mut named = false;
    let mut english = false;
    for w in v.split(|c: char| c == ' ' || c == ',').filter(|w| !w.is_empty()) {
        n += 1;
        if n > 5 {
            return false;
        }
        let w = w.trim_end_matches('.');
        if w.chars().count() <= 1 {
            // an initial
            plain = false;
            continue;
        }
        fold_into(w, buf);
        let e = lexicon(buf);
        let name = e.is_some_and(|e| e & (C_FIRST | C_SUR) != 0);
        let eng = e.is_some_and(|e| e & (C_ENG | C_STOP) != 0);
        plain &= eng && !name;
        named |= name;
        english |= eng && !name;
    }
    n > 0 && !plain && (!listed || (named && !english))
}

fn xml(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = [0u8; MAX_KEY];
    let mut words = String::new();
    for (i, p) in memmem::find_iter(b, b"</").enumerate() {
        every_items(i);
        // the closing tag's name
        let ns = p + 2;
        let Some(gt) = b[ns..b.len().min(ns + MAX_KEY + 1)].iter().position(|&c| c == b'>') else { continue };
        let ne = ns + gt;
        let Some(key) = fold_key(b, ns, ne, &mut buf) else { continue };
        let Some(f) = field(key) else { continue };
        let f = match f {
            // (an element's name says what it holds; "line" is no address's
            // element, "value" and "text" hold anything)
            Field::NamePart => Field::Name,
            Field::Line | Field::Value | Field::Text | Field::ResourceId => continue,
            f => f,
        };
        // the content, back to its opening tag's '>' ("<given>", "<hl7:city
        // use=\"H\">"), with no element inside
        let floor = p.saturating_sub(MAX_VALUE);
        let Some(k) = memchr::memrchr2(b'>', b'<', &b[floor..p]) else { continue };
        let cs = floor + k + 1;
        if b[cs - 1] != b'>' || cs == p {
            continue;
        }
        // the opening tag names the same element
        let Some(lt) = memchr::memrchr(b'<', &b[p.saturating_sub(MAX_VALUE + MAX_KEY * 4)..cs]) else { continue };
        let ts = p.saturating_sub(MAX_VALUE + MAX_KEY * 4) + lt + 1;
        let te = ts + b[ts..cs - 1].iter().position(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'/')).unwrap_or(cs - 1 - ts);
        if b[ts..te] != b[ns..ne] {
            continue;
        }
        // trimmed
        let (mut s, mut e) = (cs, p);
        while s < e && b[s].is_ascii_whitespace() {
            s += 1;
        }
        while e > s && b[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        if s < e {
            if let Some(kind) = fits(text, s, e, f, &mut words) {
                out.push(Finding::new(kind, s, e, SCORE));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Vec<(PhiType, &str)> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| (f.kind, &t[f.start..f.end])).collect()
    }

    #[test]
    fn a_fhir_patient() {
        let t = r#"{"resourceType": "Patient", "id": "pat-930365",
    "identifier": [
      {"system": "urn:oid:2.16.840.1.113883.3.5821", "type": "MR", "value": "MR061743"},
      {"system": "http://ns.electronichealth.net.au/id/medicare-number", "value": "4724-32581-3"},
      {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "123-45-6789"},
      {"system": "urn:oid:1.2.3", "value": "AB-99812"}
    ],
    "name": [{"use": "official", "family": "Reynolds", "given": ["Tyler", "J."], "prefix": ["Mr"]}],
    "telecom": [{"system": "phone", "value": "0444 646 915"}, {"system": "fax", "value": "(03) 9555 0101"}],
    "gender": "male",
    "birthDate": "1957-11-19",
    "address": [{"use": "home", "line": ["19/69 Ryrie Rd", "Unit 4"], "city": "Ballarat", "district": "Ballarat Central", "state": "VIC", "postalCode": "3350", "country": "AU"}],
    "contact": [{"relationship": [{"text": "father"}], "name": {"text": "Cooper Reynolds"}}]}"#;
        assert_eq!(
            read(t),
            [
                (PhiType::Id, "pat-930365"),
                (PhiType::Mrn, "MR061743"),
                (PhiType::HealthPlan, "4724-32581-3"),
                (PhiType::Ssn, "123-45-6789"),
                (PhiType::Id, "AB-99812"),
                (PhiType::Name, "Reynolds"),
                (PhiType::Name, "Tyler"),
                (PhiType::Name, "J."),
                (PhiType::Phone, "0444 646 915"),
                (PhiType::Fax, "(03) 9555 0101"),
                (PhiType::Date, "1957-11-19"),
                (PhiType::Address, "19/69 Ryrie Rd"),
                (PhiType::Address, "Unit 4"),
                (PhiType::Address, "Ballarat"),
                (PhiType::Address, "Ballarat Central"),
                (PhiType::Zip, "3350"),
                (PhiType::Name, "Cooper Reynolds"),
            ]
        );
    }

    #[test]
    fn an_api_payload_s_keys_in_any_case() {
        let t = r#"{"firstName": "maria", "last_name": "delgado", "DOB": "04/11/1961", "zip_code": 10027, "SSN": "123456789", "homePhone": "+1 (212) 555-0100", "email": "m.d@example.org", "patient": {"name": "Maria Delgado", "mrn": "00412345"}}"#;
        assert_eq!(
            read(t),
            [
                (PhiType::Name, "maria"),
                (PhiType::Name, "delgado"),
                (PhiType::Date, "04/11/1961"),
                (PhiType::Zip, "10027"),
                (PhiType::Ssn, "123456789"),
                (PhiType::Phone, "+1 (212) 555-0100"),
                (PhiType::Email, "m.d@example.org"),
                (PhiType::Name, "Maria Delgado"),
                (PhiType::Mrn, "00412345"),
            ]
        );
    }

    #[test]
    fn keys_that_are_words_elsewhere_and_values_that_do_not_fit() {
        // "given", "family", "line", "text", "value" outside the object
        // that gives them their meaning
        let t = r#"{"dose": "5 mg", "given": "Tylenol", "family": "Smith", "line": "PICC line", "text": "Maria", "value": "123456"}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
        let t = r#"{"resourceType": "Observation", "id": "obs-123", "code": {"text": "HbA1c"}, "valueQuantity": {"value": 66, "unit": "kg"}, "relationship": [{"text": "father"}]}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
        // a name's field holding words, codes, nothing
        let t = r#"{"name": [{"family": "history of diabetes", "given": ["yes"]}], "firstName": "unknown", "lastName": "", "surname": "X123"}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
        // a bare "name" or "display" that is no person's
        let t = r#"{"medication": {"name": "Lisinopril"}, "display": "Hemoglobin A1c", "organization": {"name": "Saint Mary Hospital"}, "name": "Cardiology Clinic", "display": "Exactech Equinoxe"}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
        // a state, a country, a year of birth
        let t = r#"{"address": {"state": "VIC", "country": "AU"}, "birthDate": "1957", "zip": "n/a"}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
    }

    #[test]
    fn a_cda_document_s_elements() {
        let t = "<patient><name use=\"L\"><given>Tyler</given><given>J</given><family>Reynolds</family></name>\n<addr><streetAddressLine>19/69 Ryrie Rd</streetAddressLine><city>Ballarat</city><state>VIC</state><postalCode>3350</postalCode></addr><hl7:birthDate>1957-11-19</hl7:birthDate></patient>";
        assert_eq!(
            read(t),
            [
                (PhiType::Name, "Tyler"),
                (PhiType::Name, "J"),
                (PhiType::Name, "Reynolds"),
                (PhiType::Address, "19/69 Ryrie Rd"),
                (PhiType::Address, "Ballarat"),
                (PhiType::Zip, "3350"),
                (PhiType::Date, "1957-11-19"),
            ]
        );
        // an element whose content is elements, or words
        assert!(read("<name><given>yes</given></name><value>12345</value><text>Maria</text>").is_empty());
    }

    #[test]
    fn malformed_records_read_nothing_and_do_not_panic() {
        for t in [
            "\":", "\"name\":", "\"name\": \"", "\"name\": [\"", "\"given\": [\"Tyler", "{\"name\": {\"text\": \"Ty\\\"ler\"}}",
            "}}]] \"family\": \"Reynolds\"", "</", "</given>", "<given></given>", "x</given>", "\"value\": \"123\"}",
        ] {
            read(t);
        }
    }
}
