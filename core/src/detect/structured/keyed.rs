//! Values of a person's structured record read by their field's name:
//! JSON (a FHIR resource, an API's payload) and XML (a CDA document's
//! patient, a FHIR resource in XML).
//!
//! ```text
//! {"resourceType": "Patient", "id": "pat-930365",
//!  "identifier": [{"system": "urn:oid:...", "type": "MR", "value": "MR061743"}],
//!  "name": [{"use": "official", "family": "Reynolds", "given": ["Tyler"]}],
//!  "address": [{"line": ["19/69 Ryrie Rd"], "city": "Ballarat", "postalCode": "3350"}]}
//! {"firstName": "maria", "last_name": "delgado", "dob": "04/11/1961"}
//! <patient><name><given>Tyler</given><family>Reynolds</family></name>
//! ```
//!
//! A record's values carry no sentence around them: "Reynolds" and
//! "Ballarat" alone say nothing, their keys say everything. A key is
//! compared folded (ASCII lower case, '_', '-' and '.' dropped, an XML
//! namespace's prefix dropped), so `firstName`, `first_name` and
//! `FIRST-NAME` are one key.
//!
//! JSON is walked once, keeping the objects it is inside. A value is
//! read only in a person's record: an object whose `resourceType` is
//! Patient, Person or RelatedPerson; or that holds a key only a person's
//! record has (`birthDate`, `ssn`, `mrn`, `firstName`...) or whose own
//! key names a person (`patient`, `subscriber`, `guarantor`...), when a
//! value in it fits its field (a date, a number, a street) or is a
//! listed name (not a form's labels, a translation's words, a setting's);
//! or an object inside one. Not read: an Organization's, a Location's or
//! a Practitioner's resource; inside a person's record, another party's
//! object (`preferredPharmacy`, `pcp`, `provider`, `author`, `actor`,
//! `insurance`...) and a contact that is an organisation; a drug's or a
//! package's `name`; placeholders ("0000000", "TEST123", "e.g. Jane"). Keys that are words elsewhere are read only inside the
//! object that gives them their meaning: `family`, `given` and `text` in
//! a `name`; `line` and `text` in an `address`; `value` in an
//! `identifier` (typed by the strings of its `system`, `type`, `code`:
//! an SSN's, a medical record's, a health plan's...) or a `telecom`
//! (typed by its `system`); `display` only beside a `reference` to a
//! person's resource ("Patient/123"); a resource's `id` in a Patient's,
//! a Person's or a RelatedPerson's resource only.
//!
//! A key's value must fit it: a name's holds letters and no digit and is
//! not every word an English one ("family": "history of diabetes"); a
//! bare `name` or `display` is two to four words each a listed given
//! name or surname or an initial; a street line starts with its number
//! (or a unit's word and a number); a town starts with a capital and is
//! not every word an English one; a ZIP code holds three digits (or a
//! UK postcode's two and its letters); a birth date is a date, not a
//! year; a phone number seven to fifteen digits; an identifier three
//! digits or more, no URI or OID. Not read: a state or a country (Safe
//! Harbor keeps them), codes, quantities.
//!
//! XML elements are read by the same keys inside a patient's element
//! (`<patient>`, `<patientRole>`, `<recordTarget>`, `<guardian>`,
//! `<Patient>`, `<RelatedPerson>`, a namespace's prefix or none), as content (`<city>Ballarat</city>`)
//! or a `value` attribute (`<family value="Chalmers"/>`), and not inside
//! an organisation's element within it; a FHIR identifier's `<value>`
//! typed by its system, and a CDA patient's `<id extension="...">` (an
//! MRN's, an SSN's by the SSN's OID).
//!
//! Cost: one `memmem` search for `":` and one for `</` or `value="` over
//! the text; nothing more unless a record is there, then one pass over
//! it.

use crate::detect::interrupt::every_items;
use crate::detect::lexicon::{fold_into, is_english, is_month_word, lexicon, C_ENG, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};
use memchr::memmem;

/// A keyed value's score: the key names the field.
pub(super) const SCORE: f32 = 0.8;
/// Longest key read.
const MAX_KEY: usize = 40;
/// Longest value read.
const MAX_VALUE: usize = 160;
/// Deepest nesting walked.
const MAX_DEPTH: usize = 48;
/// How far back an XML value's patient element is looked for.
const XML_BACK: usize = 4096;

/// What a key says its value is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    /// A person's name or a part of it ("firstName", "surname").
    Name,
    /// A name part only in a name's object ("family", "given").
    NamePart,
    /// A name only when every word is a listed name ("name", "display").
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
    /// A health plan's member or policy number.
    Plan,
    /// "value": by the object holding it.
    Value,
    /// "text": by the object holding it.
    Text,
    /// "id": a person's resource's.
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
        b"family" | b"given" | b"first" | b"last" | b"middle" => NamePart,
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
        b"mrn" | b"medicalrecordnumber" | b"medicalrecordno" | b"mrnnumber" | b"mrnno" | b"chartnumber" | b"chartno"
        | b"patientid" | b"hospitalnumber" => Mrn,
        b"memberid" | b"membernumber" | b"subscriberid" | b"policynumber" | b"policyno" | b"insuranceid"
        | b"medicaidid" | b"medicareid" | b"medicarenumber" | b"healthplanid" => Plan,
        b"value" => Value,
        b"text" => Text,
        b"id" => ResourceId,
        // a name's key with a prefix or an abbreviation ("guarantorLastName",
        // "pt_first_nm", "patient_first", "name_last")
        k if ["firstname", "lastname", "surname", "givenname", "familyname", "middlename"].iter().any(|w| memmem::find(k, w.as_bytes()).is_some())
            || k.ends_with(b"firstnm")
            || k.ends_with(b"lastnm")
            || matches!(k, b"patientfirst" | b"patientlast" | b"ptfirst" | b"ptlast" | b"namefirst" | b"namelast") =>
        {
            Name
        }
        b"zip4" | b"zipplus4" | b"homezip" | b"homepostcode" | b"homepostalcode" => Zip,
        // an EHR's extract columns ("PAT_MRN_ID", "BIRTH_DT_TM", "STREET_ADDR")
        b"patmrnid" | b"patmrn" => Mrn,
        b"birthdttm" | b"birthdt" | b"dobdt" => Date,
        b"streetaddr" | b"streetaddr1" | b"addrline1" => Street,
        _ => return None,
    })
}

/// Keys only a person's record has: the object holding one is a person's.
fn person_key(key: &[u8]) -> bool {
    matches!(
        key,
        b"birthdate" | b"dob" | b"dateofbirth" | b"ssn" | b"socialsecuritynumber" | b"mrn" | b"medicalrecordnumber"
            | b"firstname" | b"lastname" | b"middlename" | b"surname" | b"forename" | b"givenname" | b"familyname"
            | b"patientname" | b"patientfirstname" | b"patientlastname" | b"patientid" | b"maidenname"
            | b"mothersmaidenname" | b"deceaseddatetime" | b"deceasedboolean" | b"memberid" | b"subscriberid"
            | b"namefirst" | b"namelast" | b"patmrnid" | b"birthdttm"
    )
}

/// Keys whose object is a person's record ("patient": {...}).
fn person_holder(key: &[u8]) -> bool {
    matches!(
        key,
        b"patient" | b"subscriber" | b"guarantor" | b"insured" | b"policyholder" | b"nextofkin"
            | b"emergencycontact" | b"guardian" | b"spouse" | b"mother" | b"father" | b"decedent"
    )
}

/// Keys whose object is another party's (a provider's, a pharmacy's, a payer's, a user's).
fn entity_key(k: &[u8]) -> bool {
    ["provider", "physician", "pharmacy", "facility", "organization", "organisation", "practitioner", "payer", "manufacturer", "vendor"]
        .iter()
        .any(|w| k.ends_with(w.as_bytes()))
        || matches!(
            k,
            b"pcp" | b"doctor" | b"clinic" | b"hospital" | b"lab" | b"laboratory" | b"location" | b"practice" | b"school" | b"insurance"
                | b"coverage" | b"attending" | b"careteam" | b"author" | b"actor" | b"user" | b"supervisor" | b"performer" | b"orderedby"
                | b"signedby" | b"cosigner" | b"reporter" | b"pharmacist" | b"interpreter" | b"director" | b"driver" | b"staff" | b"nurse"
                | b"claimsaddress" | b"pi" | b"site" | b"dispensedby" | b"completedby" | b"from" | b"to" | b"employee" | b"employer"
        )
}

fn is_name_key(k: &[u8]) -> bool {
    matches!(k, b"name" | b"names" | b"humanname" | b"patientname" | b"legalname" | b"officialname")
}

fn is_address_key(k: &[u8]) -> bool {
    matches!(k, b"address" | b"addresses" | b"homeaddress" | b"mailingaddress" | b"patientaddress" | b"residence")
}

pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // (no gate for JSON: its walk starts at a key's `":`, and finds none
    // in one search)
    json(text, out);
    if memmem::find(b, b"</").is_some() || memmem::find(b, b"value=\"").is_some() {
        xml(text, out);
    }
}

/// A folded key.
#[derive(Clone, Copy)]
struct Key {
    b: [u8; MAX_KEY],
    n: u8,
}

impl Default for Key {
    fn default() -> Key {
        Key { b: [0; MAX_KEY], n: 0 }
    }
}

impl Key {
    fn bytes(&self) -> &[u8] {
        &self.b[..usize::from(self.n)]
    }
}

/// Folds the key `b[s..e]`: ASCII lower case, '_', '-' and '.' dropped, a
/// namespace's prefix ("hl7:") dropped. Empty when it is no key's shape
/// (another byte than a letter, a digit or those).
fn fold_key(b: &[u8], s: usize, e: usize) -> Key {
    let mut k = Key::default();
    if e <= s || e - s > MAX_KEY {
        return k;
    }
    let mut n = 0;
    for &c in &b[s..e] {
        match c {
            b'a'..=b'z' | b'0'..=b'9' => k.b[n] = c,
            b'A'..=b'Z' => k.b[n] = c.to_ascii_lowercase(),
            b'_' | b'-' | b'.' => continue,
            b':' => {
                n = 0;
                continue;
            }
            _ => return Key::default(),
        }
        n += 1;
    }
    k.n = n as u8;
    k
}

/// One object or array the walk is inside.
struct Frame {
    /// The key this object or array is the value of (an array's objects
    /// take the array's).
    key: Key,
    array: bool,
    /// A person's resource ("resourceType": "Patient").
    person: bool,
    /// Keys a person's record has, or a person's key for it: a person's
    /// record when something in it is more than a word ([`Frame::evidence`]).
    keyed: bool,
    /// A value in it fits its field (a date, a number, a street...), or
    /// is a listed name: not a form's labels or a translation's words
    /// ("firstName": "Vorname").
    evidence: bool,
    /// A resource of another type ("Organization", "Location").
    other: bool,
    /// Its "reference" is to a person's resource ("Patient/123").
    refers: bool,
    /// An identifier's or a telecom's type, from its strings.
    hint: Option<PhiType>,
    /// Where this frame's pending findings start.
    pend: usize,
    /// Its keys include "organization", "name" (a patient's contact that
    /// is an organisation: its address is the organisation's).
    org: bool,
    named: bool,
}

/// A value read, waiting for its record to say whether it is a person's.
struct Pending {
    f: Finding,
    /// The depth of the object holding it.
    depth: usize,
    how: How,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    /// Kept when an object holding it is a person's record.
    Inherit,
    /// A `display`: kept when its own object refers to a person.
    Own,
    /// An identifier's or a telecom's `value`: its type is its object's.
    Typed,
    /// A resource's `id`: kept when its own object is a person's resource.
    Resource,
    Dead,
}

fn json(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut from = 0;
    let mut w = Walk { text, stack: Vec::new(), pending: Vec::new(), words: String::new() };
    while let Some(k) = memmem::find(&b[from..], b"\":") {
        let p = from + k;
        // the record's opening brace: the last before its first key
        let Some(open) = memchr::memrchr(b'{', &b[from..p]).map(|o| from + o) else {
            from = p + 2;
            continue;
        };
        let end = w.run(open, out);
        from = end.max(p + 2);
    }
}

struct Walk<'t> {
    text: &'t str,
    stack: Vec<Frame>,
    pending: Vec<Pending>,
    words: String,
}

impl Walk<'_> {
    /// Walks the JSON value opening at `start` ('{'), reading its values
    /// into `out`; returns where it stopped (after the value, or at the
    /// first byte that is no JSON).
    fn run(&mut self, start: usize, out: &mut Vec<Finding>) -> usize {
        let b = self.text.as_bytes();
        self.stack.clear();
        self.pending.clear();
        let mut key: Option<Key> = None;
        let mut i = start;
        let mut steps = 0;
        let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
        loop {
            steps += 1;
            every_items(steps);
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            let Some(&c) = b.get(i) else { return i };
            match c {
                b'{' | b'[' => {
                    if self.stack.len() == MAX_DEPTH {
                        return i;
                    }
                    let k = key.take().or_else(|| self.stack.last().filter(|f| f.array).map(|f| f.key)).unwrap_or_default();
                    let keyed = c == b'{' && person_holder(k.bytes());
                    self.stack.push(Frame {
                        key: k,
                        array: c == b'[',
                        person: false,
                        keyed,
                        evidence: false,
                        other: c == b'{' && entity_key(k.bytes()),
                        refers: false,
                        hint: None,
                        pend: self.pending.len(),
                        org: false,
                        named: false,
                    });
                    i += 1;
                }
                b'}' | b']' => {
                    let Some(f) = self.stack.pop() else { return i };
                    if f.array != (c == b']') {
                        return i;
                    }
                    self.close(f, out);
                    key = None;
                    i += 1;
                    if self.stack.is_empty() {
                        return i;
                    }
                }
                b'"' => {
                    let Some(e) = string_end(b, i + 1) else { return i };
                    let mut j = e + 1;
                    while j < b.len() && ws(b[j]) {
                        j += 1;
                    }
                    if b.get(j) == Some(&b':') {
                        let Some(top) = self.stack.last_mut().filter(|f| !f.array) else { return i };
                        let k = fold_key(b, i + 1, e);
                        top.keyed |= person_key(k.bytes());
                        top.org |= k.bytes() == b"organization";
                        top.named |= k.bytes() == b"name";
                        key = Some(k);
                        i = j + 1;
                    } else {
                        self.value(i + 1, e, key.take());
                        i = e + 1;
                    }
                }
                b'-' | b'0'..=b'9' => {
                    let e = i + 1 + b[i + 1..].iter().take(64).take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-')).count();
                    // (a bare number: a ZIP code's, an identifier's; an
                    // integer)
                    if c != b'-' && b[i..e].iter().all(u8::is_ascii_digit) {
                        self.number(i, e, key.take());
                    }
                    key = None;
                    i = e;
                }
                b't' | b'f' | b'n' => {
                    key = None;
                    i += b[i..].iter().take(5).take_while(|c| c.is_ascii_lowercase()).count();
                }
                b',' => {
                    key = None;
                    i += 1;
                }
                _ => return i,
            }
        }
    }

    /// A string value `s..e` (quotes outside) after `key` (or in an array).
    fn value(&mut self, s: usize, e: usize, key: Option<Key>) {
        let b = self.text.as_bytes();
        let n = self.stack.len();
        let Some(top) = self.stack.last_mut() else { return };
        let Some(k) = key.or_else(|| top.array.then_some(top.key)) else { return };
        let v = &b[s..e];
        match k.bytes() {
            b"resourcetype" => {
                if matches!(v, b"Patient" | b"Person" | b"RelatedPerson") {
                    top.person = true;
                } else {
                    top.other = true;
                }
                return;
            }
            b"reference" => {
                top.refers |= [&b"Patient/"[..], b"RelatedPerson/", b"Person/"].iter().any(|p| v.starts_with(p));
                return;
            }
            b"system" | b"type" | b"code" | b"use" => {
                if top.hint.is_none() {
                    top.hint = type_hint(v);
                }
                return;
            }
            _ => {}
        }
        let Some(f) = field(k.bytes()) else { return };
        // the key of the object holding this value
        let (holder, depth) = if key.is_some() || n < 2 { (top.key, n - 1) } else { (self.stack[n - 2].key, n - 2) };
        let h = holder.bytes();
        let (f, how) = match f {
            Field::NamePart | Field::Text if is_name_key(h) => (Field::Name, How::Inherit),
            Field::Line | Field::Text if is_address_key(h) => (Field::Street, How::Inherit),
            Field::Value if matches!(h, b"identifier" | b"identifiers" | b"telecom") => {
                if id_shaped(v) || phone_value(v) || v.contains(&b'@') {
                    self.stack[n - 1].evidence = true;
                    let f = Finding::new(PhiType::Id, s, e, SCORE);
                    self.pending.push(Pending { f, depth, how: How::Typed });
                }
                return;
            }
            Field::ResourceId => {
                if key.is_some() && id_shaped(v) {
                    let f = Finding::new(PhiType::Id, s, e, SCORE);
                    self.pending.push(Pending { f, depth, how: How::Resource });
                }
                return;
            }
            Field::MaybeName if k.bytes() == b"display" => (Field::MaybeName, How::Own),
            Field::NamePart | Field::Line | Field::Text | Field::Value => return,
            f => (f, How::Inherit),
        };
        if let Some(kind) = fits(self.text, s, e, f, &mut self.words) {
            if !matches!(f, Field::Name | Field::MaybeName | Field::City) || kind == PhiType::Name && has_listed_word(&self.text[s..e], &mut self.words) {
                self.stack[n - 1].evidence = true;
            }
            self.pending.push(Pending { f: Finding::new(kind, s, e, SCORE), depth, how });
        }
    }

    /// A bare number `s..e` after `key`: a ZIP code's, an MRN's, an SSN's.
    fn number(&mut self, s: usize, e: usize, key: Option<Key>) {
        let Some(k) = key else { return };
        let n = self.stack.len();
        let kind = match field(k.bytes()) {
            Some(Field::Zip) if (3..=10).contains(&(e - s)) => PhiType::Zip,
            Some(Field::Mrn) if e - s >= 3 => PhiType::Mrn,
            Some(Field::Plan) if e - s >= 3 => PhiType::HealthPlan,
            Some(Field::Ssn) if e - s == 9 => PhiType::Ssn,
            _ => return,
        };
        if n > 0 {
            self.stack[n - 1].evidence |= e - s >= 2;
            self.pending.push(Pending { f: Finding::new(kind, s, e, SCORE), depth: n - 1, how: How::Inherit });
        }
    }

    /// Closes the object or array `f` (now popped): decides its own
    /// findings' types, keeps a person's record's findings, drops another
    /// resource's, leaves the rest to the object holding it.
    fn close(&mut self, mut f: Frame, out: &mut Vec<Finding>) {
        let depth = self.stack.len();
        if f.org && !f.named && f.key.bytes() == b"contact" {
            f.other = true;
        }
        let b = self.text.as_bytes();
        for p in &mut self.pending[f.pend..] {
            if p.depth != depth {
                continue;
            }
            match p.how {
                How::Typed | How::Resource if f.array => p.how = How::Dead,
                How::Resource => p.how = if f.person && !f.other { How::Inherit } else { How::Dead },
                How::Typed => {
                    let kind = match f.hint {
                        Some(PhiType::Url) => None,
                        Some(k) => Some(k),
                        None if f.key.bytes() == b"telecom" => Some(PhiType::Phone),
                        None => Some(PhiType::Id),
                    };
                    let v = &b[p.f.start..p.f.end];
                    match kind.filter(|&k| typed_value(v, k)) {
                        Some(k) => {
                            p.f.kind = k;
                            p.how = How::Inherit;
                        }
                        None => p.how = How::Dead,
                    }
                }
                How::Own => {
                    if f.refers {
                        out.push(p.f);
                    }
                    p.how = How::Dead;
                }
                _ => {}
            }
        }
        if (f.person || f.keyed && f.evidence) && !f.other {
            out.extend(self.pending[f.pend..].iter().filter(|p| p.how == How::Inherit).map(|p| p.f));
            self.pending.truncate(f.pend);
        } else if f.other {
            self.pending.truncate(f.pend);
        }
        if let Some(parent) = self.stack.last_mut() {
            // (an identifier's type may stand in its "type"'s coding)
            if parent.hint.is_none() {
                parent.hint = f.hint;
            }
            parent.evidence |= f.evidence;
        }
    }
}

/// The end of the JSON string whose contents start at `s` (its closing
/// quote's offset), a long one's too; `None` at a line's end (JSON
/// strings hold none) or the text's.
fn string_end(b: &[u8], s: usize) -> Option<usize> {
    let mut k = s;
    loop {
        let r = memchr::memchr3(b'"', b'\\', b'\n', &b[k..])?;
        k += r;
        match b[k] {
            b'"' => return Some(k),
            b'\\' => k += 2,
            _ => return None,
        }
        if k >= b.len() {
            return None;
        }
    }
}

/// The type a `system`'s, `type`'s or `code`'s string says an
/// identifier's or a telecom's value is.
fn type_hint(v: &[u8]) -> Option<PhiType> {
    let l = v.to_ascii_lowercase();
    let has = |w: &str| memmem::find(&l, w.as_bytes()).is_some();
    let is = |w: &str| l == w.as_bytes();
    Some(if is("phone") || is("sms") || is("pager") {
        PhiType::Phone
    } else if is("fax") {
        PhiType::Fax
    } else if is("email") {
        PhiType::Email
    } else if is("url") {
        PhiType::Url
    } else if has("us-ssn") || is("ss") || is("ssn") || l.ends_with(b"2.16.840.1.113883.4.1") || has("social-security") {
        PhiType::Ssn
    } else if is("mr") || is("mrn") || has("medical-record") || has("medicalrecord") || has("/mrn") {
        PhiType::Mrn
    } else if ["medicare", "medicaid", "member", "insur", "subscriber", "policy", "health-card", "healthcard", "/ihi"].iter().any(|w| has(w))
        || ["mb", "mc", "sn", "mi"].iter().any(|w| is(w))
    {
        PhiType::HealthPlan
    } else if has("driver") || has("licen") || is("dl") {
        PhiType::License
    } else if has("account") || is("an") {
        PhiType::Account
    } else {
        return None;
    })
}

/// An identifier's shape: three to 64 bytes, three digits or more, at
/// most two spaces, no URI or OID.
fn id_shaped(v: &[u8]) -> bool {
    // (a placeholder: "0000000", "99999999", "TEST123", "UNKNOWN-0001")
    let mut digits = v.iter().filter(|c| c.is_ascii_digit());
    let one_digit = digits.next().is_none_or(|d| digits.all(|c| c == d));
    let word = |w: &[u8]| v.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    if one_digit || [&b"test"[..], b"unknown", b"sample", b"dummy", b"xxx"].iter().any(|w| word(w)) {
        return false;
    }
    (3..=64).contains(&v.len())
        && v.iter().filter(|c| c.is_ascii_digit()).count() >= 3
        && v.iter().filter(|&&c| c == b' ').count() <= 2
        && !v.contains(&b'\\')
        && memmem::find(v, b"://").is_none()
        && !v.starts_with(b"urn:")
        && !v.starts_with(b"http")
        // an OID ("2.16.840.1.113883.4.1")
        && !(v.iter().filter(|&&c| c == b'.').count() >= 2 && v.iter().all(|c| c.is_ascii_digit() || *c == b'.'))
}

/// A typed value fits its type.
fn typed_value(v: &[u8], kind: PhiType) -> bool {
    match kind {
        PhiType::Email => email_value(v),
        PhiType::Phone | PhiType::Fax => phone_value(v),
        PhiType::Ssn => ssn_value(v),
        _ => id_shaped(v),
    }
}

fn email_value(v: &[u8]) -> bool {
    let v = v.strip_prefix(b"mailto:").unwrap_or(v);
    match memchr::memchr(b'@', v) {
        Some(a) => a > 0 && !v.contains(&b' ') && v[a + 1..].contains(&b'.') && !v[a + 1..].starts_with(b"."),
        None => false,
    }
}

/// Seven to fifteen digits, nothing but digits, spaces and "+()-./", a
/// digit, '+' or '(' first, and no group of one digit between dots (a
/// version's "4.12.0").
fn phone_value(v: &[u8]) -> bool {
    let v = v.strip_prefix(b"tel:").unwrap_or(v);
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    (7..=15).contains(&digits)
        && v.first().is_some_and(|&c| c.is_ascii_digit() || c == b'+' || c == b'(')
        && v.iter().all(|&c| c.is_ascii_digit() || matches!(c, b' ' | b'+' | b'(' | b')' | b'-' | b'.' | b'/'))
        && !(v.contains(&b'.') && v.split(|&c| c == b'.').any(|g| g.len() < 2))
}

/// Nine digits (apart by '-', ' ' or '.'), not a mask's or an impossible
/// one's ("000-00-0000", "666-", "9..").
fn ssn_value(v: &[u8]) -> bool {
    let d: Vec<u8> = v.iter().filter(|c| c.is_ascii_digit()).map(|c| c - b'0').collect();
    d.len() == 9
        && v.iter().all(|c| c.is_ascii_digit() || matches!(c, b'-' | b' ' | b'.'))
        && d[..3] != [0, 0, 0]
        && d[..3] != [6, 6, 6]
        && d[0] != 9
        && d[3..5] != [0, 0]
        && d[5..] != [0, 0, 0, 0]
}

/// A date more than a year: year, month and day as digits (any order, 
/// any of "-/. " between, or eight digits together), or a month's name
/// with a day and a year.
fn date_value(v: &[u8]) -> bool {
    // (a time after the date: "1957-11-19T08:30:00Z")
    let v = match memchr::memchr(b'T', v) {
        Some(t) if t >= 8 && v[..t].iter().all(|c| c.is_ascii_digit() || *c == b'-') => &v[..t],
        _ => v,
    };
    if v.len() == 8 && v.iter().all(u8::is_ascii_digit) {
        let n = |a: usize, z: usize| v[a..z].iter().fold(0u32, |x, c| x * 10 + u32::from(c - b'0'));
        return (1850..=2100).contains(&n(0, 4)) && (1..=12).contains(&n(4, 6)) && (1..=31).contains(&n(6, 8));
    }
    let groups: Vec<&[u8]> = v.split(|c| matches!(c, b'-' | b'/' | b'.' | b' ' | b',')).filter(|g| !g.is_empty()).collect();
    if groups.len() != 3 {
        return false;
    }
    let num = |g: &[u8]| g.iter().all(u8::is_ascii_digit).then(|| g.iter().fold(0u32, |x, c| x * 10 + u32::from(c - b'0')));
    let month_word = groups.iter().filter(|g| g[0].is_ascii_alphabetic() && is_month_word(g)).count();
    let nums: Vec<u32> = groups.iter().filter_map(|g| (g.len() <= 4).then(|| num(g)).flatten()).collect();
    if month_word == 1 {
        return nums.len() == 2 && nums.iter().any(|&n| (1..=31).contains(&n)) && groups.iter().any(|g| g.len() == 4 && num(g).is_some());
    }
    if nums.len() != 3 {
        return false;
    }
    let (a, m, c) = (nums[0], nums[1], nums[2]);
    let year_first = groups[0].len() == 4;
    if year_first {
        (1..=12).contains(&m) && (1..=31).contains(&c)
    } else {
        // day and month either way round, the year last
        ((1..=12).contains(&a) && (1..=31).contains(&m) || (1..=31).contains(&a) && (1..=12).contains(&m)) && (groups[2].len() == 2 || groups[2].len() == 4)
    }
}

/// Values that say nothing ("unknown", "n/a"), or a form's placeholder.
const NULLS: &[&str] = &[
    "unknown", "unk", "null", "none", "n/a", "na", "nil", "redacted", "not known", "not provided", "not stated", "anonymous", "tbd",
    "tba", "tbc", "pending", "-", "x", "xx", "xxx", "xxxx", "test", "sample", "example", "string", "required", "declined", "other",
    "homeless", "no fixed abode", "nfa", "not specified", "not applicable", "various", "see above",
];

/// The type `b[s..e]` is read as under a key naming `f`, if it fits.
fn fits(text: &str, s: usize, e: usize, f: Field, words: &mut String) -> Option<PhiType> {
    let v = text.get(s..e)?.trim();
    if v.is_empty() || v.len() > MAX_VALUE || NULLS.iter().any(|n| v.eq_ignore_ascii_case(n)) {
        return None;
    }
    let vb = v.as_bytes();
    match f {
        Field::Name => name_value(v, words).then_some(PhiType::Name),
        Field::MaybeName => listed_name(v, words).then_some(PhiType::Name),
        Field::Street => street_value(v).then_some(PhiType::Address),
        Field::City => city_value(v, words).then_some(PhiType::Address),
        Field::Zip => {
            let digits = vb.iter().filter(|c| c.is_ascii_digit()).count();
            let letters = vb.iter().filter(|c| c.is_ascii_alphabetic()).count();
            ((3..=10).contains(&v.len())
                && vb.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'-'))
                && (digits >= 3 || (digits >= 2 && letters >= 2 && (5..=8).contains(&v.len()))))
            .then_some(PhiType::Zip)
        }
        Field::Date => date_value(vb).then_some(PhiType::Date),
        Field::Phone => phone_value(vb).then_some(PhiType::Phone),
        Field::Fax => phone_value(vb).then_some(PhiType::Fax),
        Field::Email => email_value(vb).then_some(PhiType::Email),
        Field::Ssn => ssn_value(vb).then_some(PhiType::Ssn),
        Field::Mrn => (id_shaped(vb) && !vb.contains(&b' ')).then_some(PhiType::Mrn),
        Field::Plan => (id_shaped(vb) && !vb.contains(&b' ')).then_some(PhiType::HealthPlan),
        Field::NamePart | Field::Line | Field::Value | Field::Text | Field::ResourceId => None,
    }
}

/// Whether `v` may be a person's name: one to five words of letters
/// (with '-', '\'', '.' inside or after an initial), no digit, not every
/// word an English or a stop word that is no name.
fn name_value(v: &str, buf: &mut String) -> bool {
    // (an example's or a test's: "e.g. Jane", "ZZTEST", "Mustermann")
    let l = v.to_ascii_lowercase();
    if ["e.g.", "eg ", "z.b.", "ex.", "i.e."].iter().any(|p| l.starts_with(p)) || ["test", "mustermann", "musterfrau", "dummy"].iter().any(|w| l.contains(w)) {
        return false;
    }
    if v.len() > 60 || !v.chars().all(|c| c.is_alphabetic() || " -'’.,".contains(c)) || !v.chars().any(char::is_alphabetic) {
        return false;
    }
    let mut n = 0;
    let mut plain = true;
    for w in v.split([' ', ',']).filter(|w| !w.is_empty()) {
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
        plain &= match lexicon(buf) {
            Some(e) => e & (C_ENG | C_STOP) != 0 && e & (C_FIRST | C_SUR) == 0,
            // (an English word's inflection the list leaves out: "Required")
            None => is_english(buf),
        };
    }
    n > 0 && !plain
}

/// Whether a word of `v` is a listed given name or surname that is no
/// English word ("Maria", not "Maiden").
fn has_listed_word(v: &str, buf: &mut String) -> bool {
    v.split([' ', ',', '-']).any(|w| {
        fold_into(w.trim_end_matches('.'), buf);
        w.len() >= 2 && lexicon(buf).is_some_and(|e| e & (C_FIRST | C_SUR) != 0 && e & C_ENG == 0)
    })
}

/// Two to four words, each a listed given name or surname or an initial,
/// one a name ("Maria Delgado", "Grace M. Hopper"; not "Lisinopril",
/// "Mount Sinai", "Morgan").
fn listed_name(v: &str, buf: &mut String) -> bool {
    if v.len() > 60 || !v.chars().all(|c| c.is_alphabetic() || " -'’.".contains(c)) {
        return false;
    }
    let words: Vec<&str> = v.split(' ').filter(|w| !w.is_empty()).collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    let mut named = false;
    for w in words {
        let w = w.trim_end_matches('.');
        if w.chars().count() == 1 {
            continue;
        }
        fold_into(w, buf);
        if lexicon(buf).is_none_or(|e| e & (C_FIRST | C_SUR) == 0) {
            return false;
        }
        named = true;
    }
    named
}

/// A street line: its number first ("19/69 Ryrie Rd", "8694, rue
/// Saint-Joseph"), or a unit's or a box's word and a number ("Unit 4",
/// "PO Box 12"); two words or more, letters among them, none of a
/// template's, a URI's or a host's bytes.
fn street_value(v: &str) -> bool {
    let b = v.as_bytes();
    if b.iter().any(|c| matches!(c, b'{' | b'}' | b'[' | b']' | b'_' | b'@' | b'<' | b'>' | b'=' | b'|' | b'$' | b':'))
        || !v.contains(' ')
        || !b.iter().any(u8::is_ascii_alphabetic)
    {
        return false;
    }
    if b[0].is_ascii_digit() {
        return true;
    }
    let first = v.split([' ', '.']).next().unwrap_or("").to_ascii_lowercase();
    let unit = ["unit", "flat", "apt", "apartment", "suite", "ste", "lot", "po", "p", "box", "rr", "#", "bldg", "building", "floor", "level", "locked", "private", "gpo"];
    unit.contains(&first.as_str()) && b.iter().any(u8::is_ascii_digit)
}

/// A town: a capital first, letters (with ' ', '-', '.', '\''), not every
/// word an English or a stop word that is no name ("City", "Other").
fn city_value(v: &str, buf: &mut String) -> bool {
    if v.len() > 48 || !v.chars().next().is_some_and(char::is_uppercase) || !v.chars().all(|c| c.is_alphabetic() || " -.'’".contains(c)) {
        return false;
    }
    let mut plain = true;
    for w in v.split([' ', '-']).filter(|w| !w.is_empty()) {
        fold_into(w.trim_end_matches('.'), buf);
        plain &= match lexicon(buf) {
            Some(e) => e & (C_ENG | C_STOP) != 0 && e & (C_FIRST | C_SUR) == 0,
            None => is_english(buf),
        };
    }
    !plain
}

fn xml(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut words = String::new();
    // content: "<city>Ballarat</city>"
    for (i, p) in memmem::find_iter(b, b"</").enumerate() {
        every_items(i);
        // the closing tag's name
        let ns = p + 2;
        let Some(gt) = b[ns..b.len().min(ns + MAX_KEY + 1)].iter().position(|&c| c == b'>') else { continue };
        let ne = ns + gt;
        let key = fold_key(b, ns, ne);
        let Some(f) = xml_field(key.bytes()) else { continue };
        // the content, back to its opening tag's '>' ("<given>", "<hl7:city
        // use=\"H\">"), with no element inside
        let floor = p.saturating_sub(MAX_VALUE);
        let Some(k) = memchr::memrchr2(b'>', b'<', &b[floor..p]) else { continue };
        let cs = floor + k + 1;
        if b[cs - 1] != b'>' || cs == p {
            continue;
        }
        // the opening tag names the same element
        let lo = p.saturating_sub(MAX_VALUE + MAX_KEY * 4);
        let Some(lt) = memchr::memrchr(b'<', &b[lo..cs]) else { continue };
        let ts = lo + lt + 1;
        let te = ts + b[ts..cs - 1].iter().position(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'/')).unwrap_or(cs - 1 - ts);
        if b[ts..te] != b[ns..ne] || !in_patient(b, ts) {
            continue;
        }
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
    // an attribute: "<family value=\"Chalmers\"/>", "<birthTime value=\"19571119\"/>"
    for (i, p) in memmem::find_iter(b, b" value=\"").enumerate() {
        every_items(i);
        let lo = p.saturating_sub(MAX_KEY + 1);
        let Some(lt) = memchr::memrchr(b'<', &b[lo..p]) else { continue };
        let ts = lo + lt + 1;
        let key = fold_key(b, ts, p);
        let s = p + 8;
        let Some(q) = memchr::memchr2(b'"', b'\n', &b[s..b.len().min(s + MAX_VALUE)]) else { continue };
        let e = s + q;
        if b[e] != b'"' {
            continue;
        }
        // a FHIR identifier's value ("<identifier><system value=\"...\"/>
        // <value value=\"MR061743\"/></identifier>")
        if key.bytes() == b"value" {
            if let Some(kind) = xml_identifier(b, ts) {
                if typed_value(&b[s..e], kind) && in_patient(b, ts) {
                    out.push(Finding::new(kind, s, e, SCORE));
                }
            }
            continue;
        }
        let Some(f) = xml_field(key.bytes()) else { continue };
        if !in_patient(b, ts) {
            continue;
        }
        if let Some(kind) = fits(text, s, e, f, &mut words) {
            out.push(Finding::new(kind, s, e, SCORE));
        }
    }
    // a CDA patient's identifier: "<patientRole><id extension=\"MR061743\"
    // root=\"2.16...\"/>" (an SSN's by the SSN's OID)
    for (i, p) in memmem::find_iter(b, b"<id ").enumerate() {
        every_items(i);
        let tag_end = p + memchr::memchr(b'>', &b[p..b.len().min(p + 2 * MAX_VALUE)]).unwrap_or(0);
        if tag_end <= p || !in_patient(b, p + 1) {
            continue;
        }
        let tag = &b[p..tag_end];
        let Some(x) = memmem::find(tag, b" extension=\"") else { continue };
        let s = p + x + 12;
        let Some(q) = memchr::memchr(b'"', &b[s..tag_end]) else { continue };
        let e = s + q;
        let kind = if memmem::find(tag, b"\"2.16.840.1.113883.4.1\"").is_some() { PhiType::Ssn } else { PhiType::Mrn };
        if typed_value(&b[s..e], kind) {
            out.push(Finding::new(kind, s, e, SCORE));
        }
    }
}

/// The type of the FHIR XML identifier whose `<value .../>` tag's name
/// starts at `ts`: inside an open `<identifier>` (its `system` or `type`
/// saying which), `None` outside one.
fn xml_identifier(b: &[u8], ts: usize) -> Option<PhiType> {
    let lo = ts.saturating_sub(MAX_VALUE * 4);
    let w = &b[lo..ts];
    let open = memmem::rfind(w, b"<identifier")?;
    if memmem::find(&w[open..], b"</identifier").is_some() {
        return None;
    }
    // the identifier's other values so far: its system's, its type's code
    let head = &w[open..];
    let mut kind = None;
    for v in memmem::find_iter(head, b" value=\"") {
        let s = v + 8;
        if let Some(q) = memchr::memchr(b'"', &head[s..]) {
            kind = kind.or_else(|| type_hint(&head[s..s + q]).filter(|k| !matches!(k, PhiType::Url | PhiType::Phone | PhiType::Fax | PhiType::Email)));
        }
    }
    Some(kind.unwrap_or(PhiType::Id))
}

/// The field an XML element names: as JSON's keys, "family" and "given"
/// names' parts wherever they stand in a patient's element, "line" and
/// "text" and "value" nothing.
fn xml_field(key: &[u8]) -> Option<Field> {
    match field(key)? {
        Field::NamePart => Some(Field::Name),
        Field::Line | Field::Value | Field::Text | Field::ResourceId => None,
        f => Some(f),
    }
}

/// Whether the element whose tag's name starts at `ts` stands inside a
/// patient's element (opened within [`XML_BACK`] bytes before, not
/// closed since) and no organisation's element within it.
fn in_patient(b: &[u8], ts: usize) -> bool {
    let lo = ts.saturating_sub(XML_BACK);
    let w = &b[lo..ts];
    let opens = [&b"patient"[..], b"recordTarget", b"guardian", b"Patient", b"RelatedPerson"];
    // an element's name after '<' or after '<' and a namespace's prefix
    let tag_open = |k: usize| -> bool {
        let mut j = k;
        if j > 0 && w[j - 1] == b'<' {
            return true;
        }
        if j == 0 || w[j - 1] != b':' {
            return false;
        }
        j -= 1;
        let mut n = 0;
        while j > 0 && w[j - 1].is_ascii_alphanumeric() && n < 12 {
            j -= 1;
            n += 1;
        }
        n > 0 && j > 0 && w[j - 1] == b'<'
    };
    let Some(o) = opens
        .iter()
        .filter_map(|t| {
            let mut at = None;
            for k in memmem::find_iter(w, t).filter(|&k| tag_open(k)) {
                // (a tag's whole name: "<patient>", "<patientRole ", not
                // "<patientEducation")
                let after = w.get(k + t.len()).copied().unwrap_or(b'>');
                if matches!(after, b'>' | b' ' | b'\n' | b'\t' | b'R') {
                    at = Some(k);
                }
            }
            at
        })
        .max()
    else {
        return false;
    };
    let since = &w[o..];
    let closed = |name: &[u8]| {
        memmem::find_iter(since, name).any(|k| {
            since.get(k + name.len()) == Some(&b'>')
                && (k >= 2 && &since[k - 2..k] == b"</"
                    || k >= 1 && since[k - 1] == b':' && since[..k].iter().rev().take(14).position(|&c| c == b'<').is_some_and(|q| since[k - q] == b'/'))
        })
    };
    memmem::find(since, b"rganization").is_none() && !closed(b"patient") && !closed(b"recordTarget") && !closed(b"Patient")
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

    const PATIENT: &str = r#"{"resourceType": "Patient", "id": "pat-930365",
    "identifier": [
      {"system": "urn:oid:2.16.840.1.113883.3.5821", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": "MR061743"},
      {"system": "http://ns.electronichealth.net.au/id/medicare-number", "value": "4724-32581-3"},
      {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "123-45-6789"},
      {"system": "urn:oid:1.2.3", "value": "AB-99812"}
    ],
    "name": [{"use": "official", "family": "Reynolds", "given": ["Tyler", "J."], "prefix": ["Mr"]}],
    "telecom": [{"system": "phone", "value": "0444 646 915"}, {"system": "fax", "value": "(03) 9555 0101"}, {"system": "email", "value": "t.r@example.org"}],
    "gender": "male",
    "birthDate": "1957-11-19",
    "address": [{"use": "home", "line": ["19/69 Ryrie Rd", "Unit 4"], "city": "Ballarat", "district": "Ballarat Central", "state": "VIC", "postalCode": "3350", "country": "AU"}],
    "maritalStatus": {"coding": [{"code": "M", "display": "Married"}]},
    "contact": [{"relationship": [{"text": "father"}], "name": {"text": "Cooper Reynolds"}}],
    "managingOrganization": {"reference": "Organization/1", "display": "Saint Brendan Hospital"}}"#;

    #[test]
    fn a_fhir_patient() {
        // (not the organisation's display, the state, the country, the
        // marital status's)
        assert_eq!(
            read(PATIENT),
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
                (PhiType::Email, "t.r@example.org"),
                (PhiType::Date, "1957-11-19"),
                (PhiType::Address, "19/69 Ryrie Rd"),
                (PhiType::Address, "Unit 4"),
                (PhiType::Address, "Ballarat"),
                (PhiType::Address, "Ballarat Central"),
                (PhiType::Zip, "3350"),
                (PhiType::Name, "Cooper Reynolds"),
            ]
        );
        // jsonb's order (shorter keys first: "id" before "resourceType"),
        // in a bundle beside another resource's
        let t = r#"{"entry": [{"resource": {"id": "pat-100231", "name": [{"given": ["Tyler"], "family": "Reynolds"}], "address": [{"city": "Ballarat"}], "resourceType": "Patient"}}, {"resource": {"id": "org-55", "name": "Grace Hopper Clinic", "address": [{"city": "Boston", "line": ["1 Main St"], "postalCode": "02115"}], "telecom": [{"value": "617-555-0100", "system": "phone"}], "resourceType": "Organization"}}], "resourceType": "Bundle"}"#;
        assert_eq!(read(t), [(PhiType::Id, "pat-100231"), (PhiType::Name, "Tyler"), (PhiType::Name, "Reynolds"), (PhiType::Address, "Ballarat")]);
        // a reference's display, beside a reference to a patient only
        let t = r#"{"resourceType": "Observation", "id": "obs-123", "subject": {"reference": "Patient/1", "display": "Tyler Reynolds"}, "performer": [{"reference": "Organization/2", "display": "Grace Hopper"}], "code": {"coding": [{"code": "1", "display": "Graves disease"}]}}"#;
        assert_eq!(read(t), [(PhiType::Name, "Tyler Reynolds")]);
    }

    #[test]
    fn an_api_payload_s_keys_in_any_case() {
        let t = r#"{"firstName": "maria", "last_name": "delgado", "DOB": "04/11/1961", "zip_code": 10027, "SSN": "123456789", "homePhone": "+1 (212) 555-0100", "email": "m.d@example.org", "street": "12 Elm St", "city": "Springfield"}"#;
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
                (PhiType::Address, "12 Elm St"),
                (PhiType::Address, "Springfield"),
            ]
        );
        let t = r#"{"pt_first_nm": "Maria", "guarantorLastName": "Delgado", "memberId": "XEH123456789", "zip4": "97477-1234", "medical_record_no": "00412345"}"#;
        assert_eq!(
            read(t),
            [(PhiType::Name, "Maria"), (PhiType::Name, "Delgado"), (PhiType::HealthPlan, "XEH123456789"), (PhiType::Zip, "97477-1234"), (PhiType::Mrn, "00412345")]
        );
        let t = r#"{"visit": 3, "patient": {"name": "Maria Delgado", "mrn": "00412345", "address": {"line1": "PO Box 12", "postcode": "SW1A 1AA"}}}"#;
        assert_eq!(read(t), [(PhiType::Name, "Maria Delgado"), (PhiType::Mrn, "00412345"), (PhiType::Address, "PO Box 12"), (PhiType::Zip, "SW1A 1AA")]);
    }

    #[test]
    fn other_parties_inside_a_person_s_record() {
        let t = r#"{"mrn": "00412345", "dob": "1961-04-11", "preferredPharmacy": {"name": "Walgreens", "city": "Medford", "zip": "02155"}, "pcp": {"firstName": "Grace", "lastName": "Kim"}}"#;
        assert_eq!(read(t), [(PhiType::Mrn, "00412345"), (PhiType::Date, "1961-04-11")]);
    }

    #[test]
    fn an_ehr_extract_s_columns_and_a_name_s_parts() {
        let t = r#"{"PAT_MRN_ID": "E1234567", "NAME_FIRST": "Maria", "NAME_LAST": "Delgado", "BIRTH_DT_TM": "1961-04-11", "name": {"first": "Maria", "last": "Delgado"}}"#;
        assert_eq!(
            read(t),
            [
                (PhiType::Mrn, "E1234567"),
                (PhiType::Name, "Maria"),
                (PhiType::Name, "Delgado"),
                (PhiType::Date, "1961-04-11"),
                (PhiType::Name, "Maria"),
                (PhiType::Name, "Delgado"),
            ]
        );
    }

    #[test]
    fn records_that_are_no_person_s() {
        // an organisation's, a location's, a place's, a package's
        for t in [
            r#"{"resourceType": "Organization", "name": "Grace Hopper", "address": [{"line": ["1 Main St"], "city": "Boston", "postalCode": "02115"}], "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}]}"#,
            r#"{"resourceType": "Practitioner", "name": [{"family": "Careful", "given": ["Adam"]}], "telecom": [{"system": "phone", "value": "555-555-0100"}]}"#,
            r#"{"type": "Feature", "properties": {"name": "Lenox Hill", "city": "New York", "zip": "10075"}}"#,
            r#"{"name": "morgan", "version": "1.10.0", "author": "Grace Hopper"}"#,
            r#"{"city": "City", "zip": "ZIP code", "firstName": "First name is required", "street": "Address line 1"}"#,
            r#"{"host": "db1", "city": "Ashburn", "phone": "4.12.0 (20240115)", "mobile": 20240115}"#,
            r#"{"resourceType": "NamingSystem", "uniqueId": [{"type": "oid", "value": "2.16.840.1.113883.4.1"}]}"#,
            // staff and other parties inside a person's record, a contact
            // that is an organisation, placeholders
            r#"{"resourceType": "Patient", "contact": [{"organization": {"display": "Acme Corp"}, "address": {"city": "Medford", "postalCode": "02155"}}]}"#,
            r#"{"actor": {"id": "usr_4400", "firstName": "Adam", "lastName": "Careful"}, "action": "login"}"#,
            r#"{"mrn": "0000000", "ssn": "999999999", "firstName": "e.g. Jane", "lastName": "ZZTEST", "dob": "TEST123"}"#,
            // a translation's or a mapping's words under a person's keys
            r#"{"de": {"firstName": "Vorname", "lastName": "Nachname", "city": "Stadt", "dob": "Geburtsdatum"}}"#,
            r#"{"mapping": {"city": "addr_city", "firstName": "fname"}, "patient": {"maidenName": "Maiden name"}}"#,
        ] {
            assert!(read(t).is_empty(), "{t}: {:?}", read(t));
        }
    }

    #[test]
    fn keys_that_are_words_elsewhere_and_values_that_do_not_fit() {
        // "given", "family", "line", "text", "value" outside the object
        // that gives them their meaning, in a person's record
        let t = r#"{"dob": "1961-04-11", "dose": "5 mg", "given": "Tylenol", "family": "Smith", "line": "PICC line", "text": "Maria", "value": "123456"}"#;
        assert_eq!(read(t), [(PhiType::Date, "1961-04-11")]);
        let t = r#"{"resourceType": "Patient", "code": {"text": "HbA1c"}, "valueQuantity": {"value": 66, "unit": "kg"}, "relationship": [{"text": "father"}]}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
        // a name's field holding words, codes, nothing; a placeholder
        let t = r#"{"resourceType": "Patient", "name": [{"family": "history of diabetes", "given": ["yes"]}], "firstName": "unknown", "lastName": "", "surname": "X123", "middleName": "Test"}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
        // a bare "name" that is no person's, a state, a year, a mask
        let t = r#"{"resourceType": "Patient", "name": "Lisinopril", "address": {"state": "VIC", "country": "AU", "line": ["See above"], "city": "Homeless"}, "birthDate": "1957", "ssn": "000-00-0000", "mrn": "Max 10 chars", "email": "@", "dob": "Must be 18 or older"}"#;
        assert!(read(t).is_empty(), "{:?}", read(t));
    }

    #[test]
    fn a_cda_document_s_patient() {
        let t = "<recordTarget><patientRole><id extension=\"MR061743\"/><addr><streetAddressLine>19/69 Ryrie Rd</streetAddressLine><city>Ballarat</city><state>VIC</state><postalCode>3350</postalCode></addr>\n<patient><name use=\"L\"><given>Tyler</given><given>J</given><family>Reynolds</family></name><birthTime value=\"19571119\"/></patient>\n<providerOrganization><name>Ballarat Health</name><addr><city>Ballarat</city></addr></providerOrganization></patientRole></recordTarget>\n<author><assignedAuthor><assignedPerson><name><given>Adam</given><family>Careful</family></name></assignedPerson></assignedAuthor></author>";
        assert_eq!(
            read(t),
            [
                (PhiType::Mrn, "MR061743"),
                (PhiType::Address, "19/69 Ryrie Rd"),
                (PhiType::Address, "Ballarat"),
                (PhiType::Zip, "3350"),
                (PhiType::Name, "Tyler"),
                (PhiType::Name, "J"),
                (PhiType::Name, "Reynolds"),
                (PhiType::Date, "19571119"),
            ]
        );
        // FHIR in XML
        let t = "<Patient xmlns=\"http://hl7.org/fhir\"><identifier><system value=\"http://hl7.org/fhir/sid/us-ssn\"/><value value=\"123-45-6789\"/></identifier><name><family value=\"Chalmers\"/><given value=\"Peter\"/></name><birthDate value=\"1974-12-25\"/></Patient>";
        assert_eq!(read(t), [(PhiType::Ssn, "123-45-6789"), (PhiType::Name, "Chalmers"), (PhiType::Name, "Peter"), (PhiType::Date, "1974-12-25")]);
        // a value outside an identifier, an Observation's
        assert!(read("<Patient><valueQuantity><value value=\"123456\"/></valueQuantity></Patient><Observation><identifier><value value=\"OBS123456\"/></identifier></Observation>").is_empty());
        // outside a patient's element
        assert!(read("<fontconfig><alias><family>Georgia</family></alias></fontconfig><project><name>Jenkins</name></project>").is_empty());
    }

    #[test]
    fn malformed_records_read_nothing_and_do_not_panic() {
        for t in [
            "\":", "\"name\":", "\"name\": \"", "\"name\": [\"", "{\"given\": [\"Tyler", "{\"name\": {\"text\": \"Ty\\\"ler\"}}",
            "}}]] \"family\": \"Reynolds\"", "</", "</given>", "<given></given>", "x</given>", "\"value\": \"123\"}",
            "{\"ssn\": \"123456789\"", "{{{{[[[[\"a\": 1", " value=\"", "<x value=\"", "{\"a\":\"\\", "{\"a\": -", "{\"a\": t",
        ] {
            read(t);
        }
        let deep = "{\"a\":".repeat(200) + "1" + &"}".repeat(200);
        read(&deep);
    }
}
