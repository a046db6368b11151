//! The vocabulary shared by every part of the core: what kind of identifier a
//! finding is, how sensitive it is, and where it sits in the text.

use std::fmt;
use std::str::FromStr;

/// The HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) that can appear
/// in free text, plus `Age` for ages over 89 and `Zip` for postal codes seen
/// on their own (a full street address is one `Address` finding).
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
    /// ("Patient ID:", "Case #").
    Id,
}

impl PhiType {
    pub const ALL: [PhiType; 19] = [
        PhiType::Name,
        PhiType::Address,
        PhiType::Zip,
        PhiType::Date,
        PhiType::Age,
        PhiType::Phone,
        PhiType::Fax,
        PhiType::Email,
        PhiType::Ssn,
        PhiType::Mrn,
        PhiType::HealthPlan,
        PhiType::Account,
        PhiType::License,
        PhiType::Vehicle,
        PhiType::Device,
        PhiType::Url,
        PhiType::IpAddress,
        PhiType::Biometric,
        PhiType::Id,
    ];

    /// The stable lower-case name used in SQL results and `add_pattern`.
    pub fn as_str(self) -> &'static str {
        match self {
            PhiType::Name => "name",
            PhiType::Address => "address",
            PhiType::Zip => "zip",
            PhiType::Date => "date",
            PhiType::Age => "age",
            PhiType::Phone => "phone",
            PhiType::Fax => "fax",
            PhiType::Email => "email",
            PhiType::Ssn => "ssn",
            PhiType::Mrn => "mrn",
            PhiType::HealthPlan => "health_plan",
            PhiType::Account => "account",
            PhiType::License => "license",
            PhiType::Vehicle => "vehicle",
            PhiType::Device => "device",
            PhiType::Url => "url",
            PhiType::IpAddress => "ip_address",
            PhiType::Biometric => "biometric",
            PhiType::Id => "id",
        }
    }

    /// The tag written by `redact(style => 'tag')`, e.g. `[SSN]`.
    pub fn tag(self) -> &'static str {
        match self {
            PhiType::Name => "[NAME]",
            PhiType::Address => "[ADDRESS]",
            PhiType::Zip => "[ZIP]",
            PhiType::Date => "[DATE]",
            PhiType::Age => "[AGE]",
            PhiType::Phone => "[PHONE]",
            PhiType::Fax => "[FAX]",
            PhiType::Email => "[EMAIL]",
            PhiType::Ssn => "[SSN]",
            PhiType::Mrn => "[MRN]",
            PhiType::HealthPlan => "[HEALTH_PLAN]",
            PhiType::Account => "[ACCOUNT]",
            PhiType::License => "[LICENSE]",
            PhiType::Vehicle => "[VEHICLE]",
            PhiType::Device => "[DEVICE]",
            PhiType::Url => "[URL]",
            PhiType::IpAddress => "[IP_ADDRESS]",
            PhiType::Biometric => "[BIOMETRIC]",
            PhiType::Id => "[ID]",
        }
    }

    /// Sensitivity of the identifier: direct identifiers that open records or
    /// accounts are high, contact and demographic data medium, coarse or
    /// indirect identifiers low.
    pub fn sensitivity(self) -> Sensitivity {
        match self {
            PhiType::Ssn
            | PhiType::Mrn
            | PhiType::HealthPlan
            | PhiType::Biometric
            | PhiType::Account => Sensitivity::High,
            PhiType::Name
            | PhiType::Address
            | PhiType::Date
            | PhiType::Phone
            | PhiType::Fax
            | PhiType::Email
            | PhiType::License
            | PhiType::Vehicle
            | PhiType::Device
            | PhiType::IpAddress
            | PhiType::Id => Sensitivity::Medium,
            PhiType::Zip | PhiType::Age | PhiType::Url => Sensitivity::Low,
        }
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
        let s = s.trim().to_ascii_lowercase();
        PhiType::ALL
            .iter()
            .copied()
            .find(|t| t.as_str() == s)
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
}

impl Finding {
    pub fn new(kind: PhiType, start: usize, end: usize, score: f32) -> Self {
        Finding { kind, start, end, score: score.clamp(0.0, 1.0) }
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
        }
        assert!("SSN".parse::<PhiType>().is_ok());
        assert!("nope".parse::<PhiType>().is_err());
    }
}
