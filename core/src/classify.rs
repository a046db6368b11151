//! What a text or a column holds, without the values themselves: a JSON
//! summary of findings, the recommended safeguard per type, PHI hints from
//! column names and the data class the encryption layer uses per type.

use crate::redact::is_applicable;
use crate::types::{Finding, PhiType};
use serde_json::{json, Map, Value};

/// A JSON summary of `findings` in `text`:
///
/// ```json
/// {"contains_phi": true, "sensitivity": "high",
///  "counts": {"date": 2, "ssn": 1}, "types": ["date", "ssn"],
///  "recommended_actions": [{"type": "date", "action": "..."}, {"type": "ssn", "action": "..."}]}
/// ```
///
/// `sensitivity` is the highest over the findings, `"none"` without any.
/// Keys, types and actions are sorted by type name. Findings are screened
/// as [`redact`](crate::redact::redact) screens them (in range, on char
/// boundaries, not overlapping the previous one); no value from `text` is
/// ever copied into the result.
pub fn classify(text: &str, findings: &[Finding]) -> Value {
    let mut counts = [0u64; PhiType::ALL.len()];
    let mut pos = 0;
    for f in findings {
        if is_applicable(text, f, pos) {
            counts[index(f.kind)] += 1;
            pos = f.end;
        }
    }
    let mut present: Vec<PhiType> = PhiType::ALL
        .iter()
        .copied()
        .filter(|&t| counts[index(t)] > 0)
        .collect();
    present.sort_by_key(|t| t.as_str());

    let sensitivity = present
        .iter()
        .map(|t| t.sensitivity())
        .max()
        .map_or("none", |s| s.as_str());
    let mut count_map = Map::new();
    for &t in &present {
        count_map.insert(t.as_str().to_owned(), Value::from(counts[index(t)]));
    }
    let types: Vec<&str> = present.iter().map(|t| t.as_str()).collect();
    let actions: Vec<Value> = present
        .iter()
        .map(|&t| json!({"type": t.as_str(), "action": recommended_action(t)}))
        .collect();
    json!({
        "contains_phi": !present.is_empty(),
        "sensitivity": sensitivity,
        "counts": count_map,
        "types": types,
        "recommended_actions": actions,
    })
}

fn index(t: PhiType) -> usize {
    // PhiType::ALL[i] has discriminant i (checked in crate::vocabulary)
    t as usize
}

/// The recommended safeguard for an identifier of type `t`, aligned with
/// Safe Harbor and with what `redact`/`deidentify` do (its
/// [vocabulary](crate::vocabulary) row's `action`).
pub fn recommended_action(t: PhiType) -> &'static str {
    t.entry().action
}

/// The data class the encryption layer uses for values of type `t` (its
/// [vocabulary](crate::vocabulary) row's `class`): always one of the
/// classes `sql/classes.sql` seeds, so `phi.protect_column` accepts what
/// `phi.scan_table` suggests.
pub fn suggested_class(t: PhiType) -> &'static str {
    t.entry().class
}

/// The PHI type a column most likely holds, judged from its name alone, or
/// `None` when the name suggests no identifier.
///
/// The name is split into lower-case word tokens on `_`, spaces and other
/// punctuation, digits and camelCase boundaries (`SocialSecurityNo` →
/// `social security no`, `addr1` → `addr`); words are compared whole, so
/// `zipper`, `ipsum` or `emailed_flag` are not mistaken for `zip`, `ip` or
/// `email`. Names whose last word marks metadata about a value (`_flag`,
/// `_type`, `_status`, `_count`, ...) or that start with `is`/`has` are
/// `None`. Dates count only as patient event dates (birth, death, admission,
/// discharge, visit, service, ...), never audit columns like `created_at`.
pub fn column_hint(column_name: &str) -> Option<PhiType> {
    let tokens = tokenize(column_name);
    let n = Name::new(&tokens);
    if tokens.is_empty() || n.is_metadata() {
        return None;
    }
    RULES.iter().find(|(_, rule)| rule(&n)).map(|&(t, _)| t)
}

/// Splits a column name into lower-case word tokens.
fn tokenize(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut tokens = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphabetic() {
            if !cur.is_empty() {
                tokens.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if c.is_uppercase() && !cur.is_empty() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            // fooBar | FOOBar (the B starts a word) | FOO
            if prev.is_lowercase() || (prev.is_uppercase() && next_lower) {
                tokens.push(std::mem::take(&mut cur));
            }
        }
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    tokens
}

/// A tokenized column name with the questions the rules ask of it.
struct Name<'a> {
    tokens: &'a [String],
}

/// Words that say a column holds a number or code identifying something.
const IDISH: &[&str] = &[
    "id",
    "no",
    "num",
    "nbr",
    "nr",
    "number",
    "identifier",
    "ident",
    "key",
];

/// Words after which a name describes a value instead of holding it.
const METADATA_LAST: &[&str] = &[
    "flag",
    "flg",
    "ind",
    "indicator",
    "count",
    "cnt",
    "status",
    "type",
    "verified",
    "valid",
    "validated",
    "enabled",
    "consent",
    "opt",
    "optin",
    "optout",
    "pref",
    "preference",
    "preferences",
    "format",
    "group",
    "band",
    "range",
    "bucket",
    "category",
    "confirmed",
    "known",
    "missing",
    "len",
    "length",
    "source",
    "src",
];

impl<'a> Name<'a> {
    fn new(tokens: &'a [String]) -> Self {
        Name { tokens }
    }

    fn is_metadata(&self) -> bool {
        let first = self.tokens.first().map(String::as_str);
        let last = self.tokens.last().map(String::as_str);
        matches!(first, Some("is" | "has" | "was")) && self.tokens.len() > 1
            || last.is_some_and(|l| METADATA_LAST.contains(&l))
            || self.any(&["opt", "optin", "optout", "consent", "flag", "flg"])
    }

    /// Any token is one of `words`.
    fn any(&self, words: &[&str]) -> bool {
        self.tokens.iter().any(|t| words.contains(&t.as_str()))
    }

    /// A token from `a` directly followed by one from `b`.
    fn pair(&self, a: &[&str], b: &[&str]) -> bool {
        self.tokens
            .windows(2)
            .any(|w| a.contains(&w[0].as_str()) && b.contains(&w[1].as_str()))
    }

    /// A token from `words` that is the whole name or comes with an
    /// id-like word (`member_id`, `cell_no`).
    fn with_id(&self, words: &[&str]) -> bool {
        self.any(words) && (self.tokens.len() == 1 || self.any(IDISH))
    }

    /// `compound` (e.g. `dateofbirth`) is spelled by consecutive whole tokens
    /// or occurs inside one run-together token (`patientdateofbirth`).
    fn compound(&self, compound: &str) -> bool {
        if self.tokens.iter().any(|t| t.contains(compound)) {
            return true;
        }
        (0..self.tokens.len()).any(|i| {
            let mut rest = compound;
            for t in &self.tokens[i..] {
                match rest.strip_prefix(t.as_str()) {
                    Some("") => return true,
                    Some(r) => rest = r,
                    None => return false,
                }
            }
            false
        })
    }

    fn any_compound(&self, compounds: &[&str]) -> bool {
        compounds.iter().any(|c| self.compound(c))
    }
}

type Rule = fn(&Name) -> bool;

/// Checked in order; the first match wins, so specific identifiers come
/// before the generic words they contain (`ip_address` before `address`,
/// `license_plate` before `license`, `patient_name` before `patient_id`).
const RULES: &[(PhiType, Rule)] = &[
    (PhiType::Ssn, |n| {
        n.any(&["ssn", "ssns", "ssnum", "ssno"])
            || n.pair(&["ss", "soc"], &["no", "num", "nbr", "number", "sec"])
            || n.any_compound(&["socialsecurity", "socsec"])
    }),
    (PhiType::IpAddress, |n| {
        n.any(&["ip", "ips", "ipaddr", "ipaddress", "ipv"])
            || n.tokens.iter().any(|t| t.starts_with("ipaddr"))
    }),
    (PhiType::Email, |n| {
        n.any(&["email", "emails", "emailaddr", "emailaddress"])
            || n.pair(&["e"], &["mail"])
            || n.any_compound(&["emailaddress", "emailaddr"])
    }),
    (PhiType::Url, |n| {
        n.any(&[
            "url", "urls", "uri", "website", "webpage", "homepage", "weblink",
        ]) || n.pair(&["web"], &["site", "page", "address", "addr"])
            || n.pair(&["home"], &["page"])
    }),
    (PhiType::Fax, |n| {
        n.any(&["fax", "facsimile", "faxno", "faxnumber"])
    }),
    (PhiType::Phone, |n| {
        n.any(&[
            "phone",
            "phones",
            "telephone",
            "phn",
            "cellphone",
            "homephone",
            "workphone",
            "mobilephone",
            "phonenumber",
            "phoneno",
            "phonenum",
            "pager",
        ]) || n.with_id(&["cell", "mobile", "tel"]) && !n.any(&["id", "key"])
            || n.pair(&["contact", "ph"], &["no", "num", "nbr", "number"])
            || n.any_compound(&["phonenumber", "telephone", "cellphone"])
    }),
    (PhiType::Vehicle, |n| {
        n.any(&["vin", "plate", "licenseplate"])
            || n.with_id(&["vehicle"])
            || n.any_compound(&["licenseplate", "licenceplate"])
    }),
    (PhiType::Device, |n| {
        n.any(&["serial", "serialno", "serialnumber", "udi", "imei", "meid"])
            || n.with_id(&["device"])
            || n.pair(&["mac"], &["address", "addr"])
    }),
    (PhiType::Mrn, |n| {
        n.any(&["mrn", "mrns", "mrno", "mpi", "empi", "medrec"])
            || n.pair(&["medical", "med"], &["record", "rec", "records"])
            || n.pair(&["chart"], IDISH)
            || n.any_compound(&["medicalrecord"])
    }),
    (PhiType::HealthPlan, |n| {
        n.any(&[
            "member",
            "subscriber",
            "policy",
            "insurance",
            "ins",
            "beneficiary",
            "insured",
        ]) && n.any(IDISH)
            || n.pair(&["health"], &["plan"]) && n.any(IDISH)
            || n.any(&[
                "medicaid", "medicare", "hicn", "mbi", "policyno", "memberid",
            ])
    }),
    (PhiType::Account, |n| {
        n.with_id(&["account", "acct", "iban"])
            || n.any(&["acc", "card"]) && n.any(IDISH)
            || n.any(&[
                "acctno",
                "acctnum",
                "accountno",
                "accountnumber",
                "iban",
                "ccn",
            ])
            || n.pair(&["credit", "debit", "bank"], &["card", "account", "acct"])
    }),
    (PhiType::License, |n| {
        n.any(&["license", "licence", "licenses", "licenseno"])
            || n.with_id(&["lic", "dl", "dea", "npi", "upin"])
            || n.any(&["cert", "certificate"]) && n.any(IDISH)
    }),
    (PhiType::Name, |n| {
        const QUALIFIER: &[&str] = &[
            "first",
            "last",
            "middle",
            "given",
            "family",
            "full",
            "maiden",
            "patient",
            "pt",
            "person",
            "legal",
            "preferred",
            "birth",
            "mother",
            "mothers",
            "father",
            "fathers",
            "guardian",
            "spouse",
            "parent",
            "contact",
            "emergency",
            "kin",
            "sur",
            "fore",
            "nick",
            "subscriber",
            "insured",
            "guarantor",
            "f",
            "l",
            "m",
        ];
        n.any(&[
            "fname",
            "lname",
            "mname",
            "firstname",
            "lastname",
            "middlename",
            "fullname",
            "surname",
            "givenname",
            "forename",
            "maidenname",
            "familyname",
            "nickname",
            "patientname",
            "ptname",
        ]) || n.tokens.len() == 1 && n.any(&["name", "nm"])
            || n.pair(QUALIFIER, &["name", "nm", "names"])
            || n.any_compound(&["firstname", "lastname", "fullname", "middlename", "surname"])
    }),
    (PhiType::Age, |n| {
        n.any(&["age", "ages", "agey", "ageyears", "ageyrs"])
    }),
    (PhiType::Date, |n| {
        const EVENT: &[&str] = &[
            "birth",
            "born",
            "admit",
            "admitted",
            "admission",
            "adm",
            "discharge",
            "discharged",
            "disch",
            "death",
            "died",
            "deceased",
            "expired",
            "visit",
            "service",
            "svc",
            "encounter",
            "enc",
            "appointment",
            "appt",
            "procedure",
            "proc",
            "surgery",
            "surg",
            "onset",
            "injury",
            "accident",
            "collection",
            "collected",
            "specimen",
            "vaccination",
            "immunization",
            "exam",
            "treatment",
        ];
        const DATEISH: &[&str] = &[
            "date",
            "dt",
            "dte",
            "day",
            "time",
            "ts",
            "timestamp",
            "datetime",
            "on",
            "at",
            "yr",
            "year",
            "when",
        ];
        n.any(&[
            "dob",
            "dod",
            "dos",
            "birthdate",
            "birthday",
            "bday",
            "birthdt",
            "dateofbirth",
        ]) || n.any(EVENT) && n.any(DATEISH)
            || n.any_compound(&[
                "dateofbirth",
                "birthdate",
                "dateofdeath",
                "deathdate",
                "dateofservice",
            ])
    }),
    (PhiType::Zip, |n| {
        n.any(&["zip", "zipcode", "zipcd", "postcode", "postalcode", "zips"])
            || n.pair(&["postal", "post"], &["code", "cd"])
            || n.any_compound(&["zipcode", "postalcode"])
    }),
    (PhiType::Address, |n| {
        n.any(&[
            "address",
            "addr",
            "addresses",
            "street",
            "streetaddress",
            "city",
            "town",
            "county",
            "apt",
            "residence",
            "birthplace",
            "latitude",
            "longitude",
            "lat",
            "lng",
            "lon",
            "geo",
            "geolocation",
            "gps",
            "coordinates",
            "coords",
            "housenumber",
        ]) || n.pair(&["house"], &["number", "no", "num"])
    }),
    (PhiType::Biometric, |n| {
        n.any(&[
            "fingerprint",
            "fingerprints",
            "biometric",
            "biometrics",
            "retina",
            "iris",
            "voiceprint",
            "faceprint",
            "photo",
            "photograph",
            "headshot",
            "selfie",
        ]) || n.pair(&["face", "facial"], &["image", "photo", "scan", "template"])
    }),
    (PhiType::Id, |n| {
        n.pair(
            &[
                "patient",
                "pt",
                "pat",
                "person",
                "client",
                "resident",
                "subject",
                "individual",
                "case",
                "employee",
                "emp",
                "student",
                "guarantor",
                "enrollee",
                "participant",
            ],
            IDISH,
        ) || n.any(&["patientid", "ptid", "personid"])
    }),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::redact;

    #[test]
    fn classify_shape_and_no_values() {
        let t = "DOB 3/15/1985, seen 4/2/2020, SSN 123-45-6789.";
        let f = vec![
            Finding::new(PhiType::Date, 4, 13, 0.9),
            Finding::new(PhiType::Date, 20, 28, 0.9),
            Finding::new(PhiType::Ssn, 34, 45, 0.9),
        ];
        assert_eq!(&t[34..45], "123-45-6789");
        let v = classify(t, &f);
        assert_eq!(
            v,
            json!({
                "contains_phi": true,
                "sensitivity": "high",
                "counts": {"date": 2, "ssn": 1},
                "types": ["date", "ssn"],
                "recommended_actions": [
                    {"type": "date", "action": recommended_action(PhiType::Date)},
                    {"type": "ssn", "action": recommended_action(PhiType::Ssn)},
                ],
            })
        );
        let s = v.to_string();
        for f in &f {
            assert!(!s.contains(f.value(t)), "{s}");
        }
        assert!(!s.contains("1985") && !s.contains("6789"));
        // Keys come out sorted whatever the map implementation.
        assert!(s.find("\"date\":2").unwrap() < s.find("\"ssn\":1").unwrap());
    }

    #[test]
    fn classify_empty_and_sensitivity() {
        let v = classify("nothing here", &[]);
        assert_eq!(
            v,
            json!({"contains_phi": false, "sensitivity": "none", "counts": {}, "types": [], "recommended_actions": []})
        );
        let t = "ZIP 62704 age 93";
        let low = [
            Finding::new(PhiType::Zip, 4, 9, 0.9),
            Finding::new(PhiType::Age, 14, 16, 0.9),
        ];
        assert_eq!(classify(t, &low)["sensitivity"], "low");
        assert_eq!(classify(t, &low)["types"], json!(["age", "zip"]));
        let t = "call 555-123-4567";
        assert_eq!(
            classify(t, &[Finding::new(PhiType::Phone, 5, 17, 0.9)])["sensitivity"],
            "medium"
        );
    }

    #[test]
    fn classify_screens_findings_like_redact() {
        let t = "SSN 123-45-6789";
        let f = [
            Finding::new(PhiType::Ssn, 4, 15, 0.9),
            Finding::new(PhiType::Phone, 5, 15, 0.9),
            Finding::new(PhiType::Name, 0, 99, 0.9),
        ];
        let v = classify(t, &f);
        assert_eq!(v["counts"], json!({"ssn": 1}));
        assert_eq!(redact(t, &f, crate::redact::Style::Tag, None), "SSN [SSN]");
    }

    #[test]
    fn every_type_has_action_and_class() {
        // The seeded classes of sql/classes.sql; crate::vocabulary's tests
        // read that file itself.
        let classes = [
            "ssn",
            "mrn",
            "insurance_id",
            "biometric",
            "name",
            "dob",
            "address",
            "phone",
            "email",
            "account",
            "license",
            "other",
        ];
        for t in PhiType::ALL {
            assert!(recommended_action(t).len() > 10, "{t}");
            assert!(classes.contains(&suggested_class(t)), "{t}");
        }
        assert_eq!(suggested_class(PhiType::Date), "dob");
        assert_eq!(suggested_class(PhiType::Age), "dob");
        assert_eq!(suggested_class(PhiType::Zip), "address");
        assert_eq!(suggested_class(PhiType::Fax), "phone");
        assert_eq!(suggested_class(PhiType::HealthPlan), "insurance_id");
        assert_eq!(suggested_class(PhiType::IpAddress), "other");
        assert_eq!(suggested_class(PhiType::Url), "other");
        assert_eq!(suggested_class(PhiType::Vehicle), "other");
        assert_eq!(suggested_class(PhiType::Device), "other");
        assert_eq!(suggested_class(PhiType::Id), "other");
        assert!(recommended_action(PhiType::Ssn).contains("last 4"));
        assert!(recommended_action(PhiType::Age).contains("90+"));
        assert!(recommended_action(PhiType::Zip).contains("000"));
    }

    #[test]
    fn tokenizer() {
        assert_eq!(tokenize("SocialSecurityNo"), ["social", "security", "no"]);
        assert_eq!(tokenize("IPAddress"), ["ip", "address"]);
        assert_eq!(tokenize("patient_SSN"), ["patient", "ssn"]);
        assert_eq!(tokenize("addr1"), ["addr"]);
        assert_eq!(tokenize("birthDT"), ["birth", "dt"]);
        assert_eq!(tokenize("Date of Birth"), ["date", "of", "birth"]);
        assert_eq!(tokenize("zip5plus4"), ["zip", "plus"]);
        assert_eq!(tokenize("ÉtatCivil"), ["état", "civil"]);
        assert!(tokenize("__42__").is_empty());
    }

    #[test]
    fn column_hints_positive() {
        use PhiType::*;
        let cases: &[(&str, PhiType)] = &[
            ("patient_ssn", Ssn),
            ("SocialSecurityNo", Ssn),
            ("socialsecuritynumber", Ssn),
            ("ssn_hash", Ssn),
            ("SSNNumber", Ssn),
            ("dob", Date),
            ("DOB", Date),
            ("date_of_birth", Date),
            ("DateOfBirth", Date),
            ("birth_dt", Date),
            ("birthdate", Date),
            ("admit_date", Date),
            ("admitted_at", Date),
            ("discharge_dt", Date),
            ("date_of_death", Date),
            ("dos", Date),
            ("visit_date", Date),
            ("service_date", Date),
            ("birth_year", Date),
            ("first_name", Name),
            ("lname", Name),
            ("full_name", Name),
            ("FirstName", Name),
            ("lastname", Name),
            ("patient_name", Name),
            ("name", Name),
            ("maiden_name", Name),
            ("email_addr", Email),
            ("email", Email),
            ("EmailAddress", Email),
            ("e_mail", Email),
            ("phone", Phone),
            ("cell_no", Phone),
            ("home_phone", Phone),
            ("PhoneNumber", Phone),
            ("mobile", Phone),
            ("telephone", Phone),
            ("ph_no", Phone),
            ("contact_number", Phone),
            ("fax", Fax),
            ("fax_number", Fax),
            ("street", Address),
            ("addr1", Address),
            ("mailing_address", Address),
            ("birth_city", Address),
            ("city", Address),
            ("home_address", Address),
            ("address_line2", Address),
            ("county", Address),
            ("latitude", Address),
            ("zip", Zip),
            ("postal_code", Zip),
            ("zipcode", Zip),
            ("ZipCode", Zip),
            ("zip4", Zip),
            ("mrn", Mrn),
            ("medical_record_no", Mrn),
            ("MedicalRecordNumber", Mrn),
            ("chart_no", Mrn),
            ("member_id", HealthPlan),
            ("policy_no", HealthPlan),
            ("subscriber_id", HealthPlan),
            ("medicaid_id", HealthPlan),
            ("health_plan_id", HealthPlan),
            ("insurance_id", HealthPlan),
            ("acct_num", Account),
            ("account_number", Account),
            ("account", Account),
            ("credit_card", Account),
            ("bank_account", Account),
            ("license_no", License),
            ("dea", License),
            ("npi", License),
            ("drivers_license", License),
            ("dl_no", License),
            ("vin", Vehicle),
            ("plate", Vehicle),
            ("license_plate", Vehicle),
            ("LicensePlate", Vehicle),
            ("serial_no", Device),
            ("device_id", Device),
            ("imei", Device),
            ("mac_address", Device),
            ("ip", IpAddress),
            ("ip_addr", IpAddress),
            ("IPAddress", IpAddress),
            ("client_ip", IpAddress),
            ("url", Url),
            ("website", Url),
            ("home_page", Url),
            ("age", Age),
            ("patient_age", Age),
            ("age_at_death", Age),
            ("birth_name", Name),
            ("subscriber_name", Name),
            ("contact_name", Name),
            ("patient_dob", Date),
            ("vehicle_id", Vehicle),
            ("npi_number", License),
            ("card_no", Account),
            ("fingerprint", Biometric),
            ("photo", Biometric),
            ("patient_id", Id),
            ("PatientID", Id),
            ("person_no", Id),
        ];
        for &(col, t) in cases {
            assert_eq!(column_hint(col), Some(t), "{col}");
        }
    }

    #[test]
    fn column_hints_negative() {
        for col in [
            "created_at",
            "updated_at",
            "id",
            "ID",
            "amount",
            "status",
            "note",
            "notes",
            "zipper",
            "ipsum",
            "emailed_flag",
            "email_opt_in",
            "is_deceased",
            "has_email",
            "phone_type",
            "address_type",
            "age_group",
            "page",
            "stage",
            "usage",
            "average",
            "description",
            "filename",
            "file_name",
            "product_name",
            "class_name",
            "user_id",
            "order_id",
            "date",
            "modified_date",
            "birth_weight",
            "discharge_summary",
            "visit_id",
            "account_balance",
            "plan",
            "shipping",
            "state",
            "country",
            "tip",
            "recipient",
            "dea_schedule",
            "member",
            "insurance",
            "policy",
            "home_address_type",
            "ph",
            "cell_id",
            "mobile_app",
            "certificate",
            "card",
            "device_name",
            "plan_id",
            "mail",
            "",
            "___",
            "42",
        ] {
            assert_eq!(column_hint(col), None, "{col}");
        }
    }
}
