//! The PHI vocabulary: one row per [`PhiType`] with everything the rest of
//! the extension says about that type. Type names and tags
//! ([`types`](crate::types)), recommended actions and data classes
//! ([`classify`](crate::classify)) and the partial-mask rule
//! ([`redact`](crate::redact)) are all read from [`VOCABULARY`]; adding an
//! identifier type starts with a row here (see CONTRIBUTING.md).

use crate::types::{PhiType, Sensitivity};

/// What [`Style::Partial`](crate::redact::Style::Partial) does with a value
/// of the type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialRule {
    /// Keep the last four digits, mask the other digits and letters, keep
    /// separators (values with four digits or fewer are fully masked).
    LastFour,
    /// Write the type's tag, as the `tag` style does.
    Tag,
}

/// Everything the extension says about one PHI type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: PhiType,
    /// The stable lower-case name used in SQL results and `add_pattern`.
    pub name: &'static str,
    /// The tag written by `redact(style => 'tag')`: the upper-case name in
    /// brackets, e.g. `[SSN]`.
    pub tag: &'static str,
    pub sensitivity: Sensitivity,
    /// The data class (`phi.data_classes`, seeded by the file of `sql/`
    /// that creates it)
    /// that `phi.scan_table` suggests for a column of this type. Must be a
    /// seeded class, or `phi.protect_column` rejects the suggestion.
    pub class: &'static str,
    /// The recommended safeguard, aligned with Safe Harbor and with what
    /// `redact`/`deidentify` do.
    pub action: &'static str,
    pub partial: PartialRule,
}

use PartialRule::{LastFour, Tag};
use Sensitivity::{High, Low, Medium};

const fn row(
    kind: PhiType,
    name: &'static str,
    tag: &'static str,
    sensitivity: Sensitivity,
    class: &'static str,
    partial: PartialRule,
    action: &'static str,
) -> Entry {
    Entry { kind, name, tag, sensitivity, class, action, partial }
}

/// Number of PHI types.
pub const TYPES: usize = 19;

/// One row per [`PhiType`], in declaration order (`VOCABULARY[t as usize]`
/// is `t`'s row; checked at compile time below).
///
/// Sensitivity: direct identifiers that open records or accounts are high,
/// contact and demographic data medium, coarse or indirect identifiers low.
///
/// Data classes: the seeded class that holds the type, `other` ("any other
/// unique identifier") for types with no class of their own (vehicle,
/// device, URL, IP address and context-introduced ids); ages go with `dob`,
/// since whoever may read a date of birth may compute the age.
#[rustfmt::skip]
pub const VOCABULARY: [Entry; TYPES] = [
    row(PhiType::Name, "name", "[NAME]", Medium, "name", Tag,
        "remove or replace with a pseudonym; never keep it next to clinical data in shared extracts"),
    row(PhiType::Address, "address", "[ADDRESS]", Medium, "address", Tag,
        "remove street and city; keep at most the state and the 3-digit ZIP"),
    row(PhiType::Zip, "zip", "[ZIP]", Low, "address", Tag,
        "truncate to the first 3 digits; use 000 for restricted prefixes (populations under 20,000)"),
    row(PhiType::Date, "date", "[DATE]", Medium, "dob", Tag,
        "reduce to the year (Safe Harbor) or shift dates by a consistent per-patient offset"),
    row(PhiType::Age, "age", "[AGE]", Low, "dob", Tag,
        "aggregate ages over 89 into a single 90+ category"),
    row(PhiType::Phone, "phone", "[PHONE]", Medium, "phone", LastFour,
        "remove; keep at most the last 4 digits where staff must confirm a number"),
    row(PhiType::Fax, "fax", "[FAX]", Medium, "phone", LastFour,
        "remove; keep at most the last 4 digits where staff must confirm a number"),
    row(PhiType::Email, "email", "[EMAIL]", Medium, "email", Tag,
        "remove; replace with a keyed pseudonym if records must stay linkable"),
    row(PhiType::Ssn, "ssn", "[SSN]", High, "ssn", LastFour,
        "encrypt at rest; display at most the last 4 digits; never use as a lookup key"),
    row(PhiType::Mrn, "mrn", "[MRN]", High, "mrn", LastFour,
        "remove or replace with a keyed pseudonym; keep the real MRN only in the source system"),
    row(PhiType::HealthPlan, "health_plan", "[HEALTH_PLAN]", High, "insurance_id", LastFour,
        "remove or replace with a keyed pseudonym; display at most the last 4 digits"),
    row(PhiType::Account, "account", "[ACCOUNT]", High, "account", LastFour,
        "remove or replace with a keyed pseudonym; encrypt at rest; display at most the last 4 digits"),
    row(PhiType::License, "license", "[LICENSE]", Medium, "license", Tag,
        "remove or replace with a keyed pseudonym"),
    row(PhiType::Vehicle, "vehicle", "[VEHICLE]", Medium, "other", Tag,
        "remove or replace with a keyed pseudonym"),
    row(PhiType::Device, "device", "[DEVICE]", Medium, "other", Tag,
        "remove or replace with a keyed pseudonym"),
    row(PhiType::Url, "url", "[URL]", Low, "other", Tag,
        "remove personal URLs; keep only institutional domains"),
    row(PhiType::IpAddress, "ip_address", "[IP_ADDRESS]", Medium, "other", Tag,
        "remove; truncate or pseudonymize in access logs"),
    row(PhiType::Biometric, "biometric", "[BIOMETRIC]", High, "biometric", Tag,
        "remove or replace with a keyed pseudonym; store templates and images encrypted and apart from records"),
    row(PhiType::Id, "id", "[ID]", Medium, "other", Tag,
        "remove or replace with a keyed pseudonym that is not derived from the identifier alone"),
];

// Row `i` describes the type whose discriminant is `i`, so a lookup is an
// index and `PhiType::ALL` can be read off the table.
const _: () = {
    let mut i = 0;
    while i < TYPES {
        assert!(VOCABULARY[i].kind as usize == i, "VOCABULARY rows must follow PhiType's declaration order");
        i += 1;
    }
};

/// The row of `t`.
#[inline]
pub const fn entry(t: PhiType) -> &'static Entry {
    &VOCABULARY[t as usize]
}

/// Every data class the vocabulary names, each once, in row order.
pub fn data_classes() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Vec::with_capacity(TYPES);
    for e in &VOCABULARY {
        if !v.contains(&e.class) {
            v.push(e.class);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written SQL file that creates and seeds `phi.data_classes`
    /// (`sql/classes.sql` today; found by its `CREATE TABLE`, so the test
    /// follows the table if the file is split or renamed): its name and
    /// text.
    fn classes_sql() -> (String, String) {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../sql");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).expect("the sql/ directory") {
            let path = entry.expect("a directory entry").path();
            if path.extension().is_some_and(|e| e == "sql") {
                let text = std::fs::read_to_string(&path).expect("a readable SQL file");
                if text.contains("CREATE TABLE phi.data_classes") {
                    found.push((path.display().to_string(), text));
                }
            }
        }
        assert_eq!(found.len(), 1, "one file of sql/ must create phi.data_classes: {:?}", found.iter().map(|f| &f.0).collect::<Vec<_>>());
        found.pop().unwrap()
    }

    /// A piece of SQL as the seed-list checks see it.
    #[derive(Debug, PartialEq)]
    enum Tok {
        Open,
        Close,
        /// A string literal, `''` unescaped.
        Lit(String),
        /// Anything else but whitespace.
        Other,
    }

    fn tokens(s: &str) -> Vec<Tok> {
        let mut out = Vec::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(match c {
                '(' => Tok::Open,
                ')' => Tok::Close,
                '\'' => {
                    let mut lit = String::new();
                    loop {
                        match chars.next().expect("unterminated literal") {
                            '\'' if chars.peek() == Some(&'\'') => {
                                chars.next();
                                lit.push('\'');
                            }
                            '\'' => break,
                            c => lit.push(c),
                        }
                    }
                    Tok::Lit(lit)
                }
                c if c.is_whitespace() => continue,
                _ => Tok::Other,
            });
        }
        out
    }

    /// The statement of `sql` that starts with `head`, up to its `;`
    /// (outside quotes), without the `;`.
    fn statement<'a>(sql: &'a str, head: &str) -> &'a str {
        let start = sql.find(head).unwrap_or_else(|| panic!("{head} not found"));
        let rest = &sql[start..];
        let mut quoted = false;
        for (i, c) in rest.char_indices() {
            match c {
                '\'' => quoted = !quoted,
                ';' if !quoted => return &rest[..i],
                _ => {}
            }
        }
        panic!("{head}: no terminating ;")
    }

    /// The class names the seed INSERT writes: the first item of each row
    /// of its VALUES list, which must be a string literal.
    fn seeded_classes() -> Vec<String> {
        let insert = statement(&classes_sql().1, "INSERT INTO phi.data_classes").to_string();
        let values = &insert[insert.find("VALUES").expect("INSERT ... VALUES")..];
        let toks = tokens(values);
        let mut names = Vec::new();
        let mut depth = 0usize;
        for (i, t) in toks.iter().enumerate() {
            match t {
                Tok::Open => {
                    depth += 1;
                    if depth == 1 {
                        match toks.get(i + 1) {
                            Some(Tok::Lit(name)) => names.push(name.clone()),
                            other => panic!("a seed row starts with {other:?}, not a class name"),
                        }
                    }
                }
                Tok::Close => depth = depth.checked_sub(1).expect("unbalanced parentheses"),
                _ => {}
            }
        }
        assert_eq!(depth, 0, "unbalanced parentheses");
        names
    }

    #[test]
    fn seed_list_parses() {
        let seeded = seeded_classes();
        assert_eq!(seeded.first().map(String::as_str), Some("unclassified"));
        assert!(seeded.len() >= 10, "{seeded:?}");
        for n in &seeded {
            assert!(!n.is_empty() && n.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()), "{n:?}");
        }
        // The descriptions are not mistaken for names.
        assert!(!seeded.iter().any(|n| n.contains(' ')));
    }

    #[test]
    fn every_class_the_vocabulary_names_is_seeded() {
        let seeded = seeded_classes();
        for e in &VOCABULARY {
            assert!(
                seeded.iter().any(|s| s == e.class),
                "{}: data class {:?} is not seeded in {} {seeded:?}",
                e.name,
                e.class,
                classes_sql().0
            );
        }
        for c in data_classes() {
            assert!(seeded.iter().any(|s| s == c), "{c}");
        }
    }

    #[test]
    fn seed_rows_are_kept_out_of_dumps() {
        // pg_extension_config_dump's filter must name exactly the seeded
        // classes, or pg_dump would dump a seed row (or miss a DBA's).
        let sql = classes_sql().1;
        let dump = statement(&sql, "SELECT pg_catalog.pg_extension_config_dump('phi.data_classes'");
        let not_in = &dump[dump.find("NOT IN").expect("NOT IN filter")..];
        let mut filtered: Vec<String> = tokens(not_in)
            .into_iter()
            .filter_map(|t| match t {
                Tok::Lit(l) => Some(l),
                _ => None,
            })
            .collect();
        let mut seeded = seeded_classes();
        filtered.sort();
        seeded.sort();
        assert_eq!(filtered, seeded);
    }

    #[test]
    fn rows_are_consistent() {
        for e in &VOCABULARY {
            assert_eq!(entry(e.kind), e);
            assert_eq!(e.tag, format!("[{}]", e.name.to_ascii_uppercase()));
            assert!(e.action.len() > 10, "{}", e.name);
            assert!(
                !e.name.is_empty() && e.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{}",
                e.name
            );
        }
        let mut names: Vec<_> = VOCABULARY.iter().map(|e| e.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), TYPES);
        assert_eq!(data_classes()[..3], ["name", "address", "dob"]);
    }
}
