//! The vocabulary shared by every part of the core: what kind of identifier a
//! finding is, how sensitive it is, and where it sits in the text.

use crate::vocabulary;
use std::fmt;
use std::num::NonZeroU16;
use std::str::FromStr;

/// The HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) that can appear
/// in free text, plus `Age` for ages over 89 and `Zip` for postal codes seen
/// on their own (a full street address is one `Address` finding).
///
/// What is said about each type (its name, tag, sensitivity, data class,
/// recommended action, partial-mask rule) is its row of
/// [`VOCABULARY`](crate::vocabulary::VOCABULARY).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PhiType {
    Name,
    Address,
    Zip,
    Date,
    Age,
    Phone,
    Fax,
    Email,
    Ssn,
    Mrn,
    HealthPlan,
    Account,
    License,
    Vehicle,
    Device,
    Url,
    IpAddress,
    Biometric,
    /// Any other unique identifying number, introduced by context
    /// ("Case #:", "Claim #", "Accession #").
    Id,
}

impl PhiType {
    /// Every type, in declaration order (the order of
    /// [`VOCABULARY`](crate::vocabulary::VOCABULARY)).
    pub const ALL: [PhiType; vocabulary::TYPES] = {
        let mut all = [PhiType::Name; vocabulary::TYPES];
        let mut i = 0;
        while i < vocabulary::TYPES {
            all[i] = vocabulary::VOCABULARY[i].kind;
            i += 1;
        }
        all
    };

    /// This type's row of the vocabulary.
    #[inline]
    pub const fn entry(self) -> &'static vocabulary::Entry {
        vocabulary::entry(self)
    }

    /// The stable lower-case name used in SQL results and `add_pattern`.
    #[inline]
    pub fn as_str(self) -> &'static str {
        self.entry().name
    }

    /// The tag written by `redact(style => 'tag')`, e.g. `[SSN]`.
    #[inline]
    pub fn tag(self) -> &'static str {
        self.entry().tag
    }

    /// The tag without its brackets, e.g. `SSN`: the upper-case name, as
    /// pseudonym tokens (`[SSN-k3v9q2xw]`) carry it.
    pub fn tag_name(self) -> &'static str {
        let t = self.tag();
        &t[1..t.len() - 1]
    }

    /// Sensitivity of the identifier: direct identifiers that open records or
    /// accounts are high, contact and demographic data medium, coarse or
    /// indirect identifiers low.
    #[inline]
    pub fn sensitivity(self) -> Sensitivity {
        self.entry().sensitivity
    }
}

impl fmt::Display for PhiType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for an unknown type name; carries no user value beyond the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownType;

impl FromStr for PhiType {
    type Err = UnknownType;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        vocabulary::VOCABULARY
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(s))
            .map(|e| e.kind)
            .ok_or(UnknownType)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sensitivity {
    Low,
    Medium,
    High,
}

impl Sensitivity {
    pub fn as_str(self) -> &'static str {
        match self {
            Sensitivity::Low => "low",
            Sensitivity::Medium => "medium",
            Sensitivity::High => "high",
        }
    }
}

/// One detected identifier. `start..end` is a **byte** range of the text it
/// was found in, always on `char` boundaries; `score` is in `[0, 1]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Finding {
    pub kind: PhiType,
    pub start: usize,
    pub end: usize,
    pub score: f32,
    /// For a `Date`, its year when the recognizer read one (`1985` for
    /// `3/15/85`), so de-identification need not parse the date again;
    /// `None` for a date without a year (`March 15`) and for every other
    /// type. A `NonZeroU16` keeps the finding as small as without it.
    pub year: Option<NonZeroU16>,
}

impl Finding {
    /// A finding without a year (see [`with_year`](Self::with_year)).
    pub fn new(kind: PhiType, start: usize, end: usize, score: f32) -> Self {
        Finding { kind, start, end, score: score.clamp(0.0, 1.0), year: None }
    }

    /// This finding with `year` as its year (none for year 0 or `None`).
    pub fn with_year(self, year: Option<u16>) -> Self {
        Finding { year: year.and_then(NonZeroU16::new), ..self }
    }

    /// The year of a `Date` finding, if the recognizer read one.
    pub fn year(&self) -> Option<u16> {
        self.year.map(NonZeroU16::get)
    }

    pub fn value<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    pub fn overlaps(&self, other: &Finding) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in PhiType::ALL {
            assert_eq!(t.as_str().parse::<PhiType>(), Ok(t));
            assert_eq!(t.tag(), format!("[{}]", t.as_str().to_ascii_uppercase()));
            assert_eq!(t.tag_name(), t.as_str().to_ascii_uppercase());
        }
        assert!("SSN".parse::<PhiType>().is_ok());
        assert!("nope".parse::<PhiType>().is_err());
    }

    #[test]
    fn finding_stays_small() {
        #[allow(dead_code)]
        struct WithoutYear(PhiType, usize, usize, f32);
        assert_eq!(std::mem::size_of::<Finding>(), std::mem::size_of::<WithoutYear>());
        let f = Finding::new(PhiType::Date, 0, 7, 0.9);
        assert_eq!(f.year(), None);
        assert_eq!(f.with_year(Some(1985)).year(), Some(1985));
        assert_eq!(f.with_year(Some(0)).year(), None);
        assert_eq!(f.with_year(Some(1985)).with_year(None).year(), None);
    }
}
