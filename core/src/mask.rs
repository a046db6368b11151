//! The masked form of a value, for readers granted `masked` on its class:
//! enough for the job (the last four digits to confirm an SSN on the
//! phone, a birth year, initials) and no more.

/// How a class's values are masked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MaskStyle {
    /// Digits but the last four, and letters, become `*`; punctuation and
    /// spaces stay: `123-45-6789` -> `***-**-6789`. Four digits or fewer:
    /// everything is masked.
    LastFour,
    /// Each word's first letter and a period: `Jane Q. Public` -> `J. Q. P.`.
    Initials,
    /// The year of a date (`1961-03-15` -> `1961`); `[REDACTED]` when no
    /// year from 1800 to 2199 can be read.
    Year,
    /// `[REDACTED]`.
    Redacted,
}

/// What [`MaskStyle::Redacted`] writes.
pub const REDACTED: &str = "[REDACTED]";

impl MaskStyle {
    pub const ALL: [MaskStyle; 4] = [MaskStyle::LastFour, MaskStyle::Initials, MaskStyle::Year, MaskStyle::Redacted];

    pub fn as_str(self) -> &'static str {
        match self {
            MaskStyle::LastFour => "last4",
            MaskStyle::Initials => "initials",
            MaskStyle::Year => "year",
            MaskStyle::Redacted => "redacted",
        }
    }

    pub fn parse(s: &str) -> Option<MaskStyle> {
        MaskStyle::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The mask of a class no `phi.set_mask` names: by what the built-in
    /// classes hold; anything else (free text, diagnoses, classes a DBA
    /// added) is redacted whole.
    pub fn default_for(class: &str) -> MaskStyle {
        match class {
            "ssn" | "phone" | "account" | "insurance_id" | "mrn" | "license" => MaskStyle::LastFour,
            "name" => MaskStyle::Initials,
            "dob" => MaskStyle::Year,
            _ => MaskStyle::Redacted,
        }
    }

    /// The mask when it does not depend on the value (`[REDACTED]`): a
    /// reader can write it without looking at the plaintext.
    pub fn fixed(self) -> Option<&'static str> {
        match self {
            MaskStyle::Redacted => Some(REDACTED),
            _ => None,
        }
    }

    /// The masked form of `value`.
    pub fn apply(self, value: &str) -> String {
        match self {
            MaskStyle::LastFour => last_four(value),
            MaskStyle::Initials => initials(value),
            MaskStyle::Year => year(value).map_or_else(|| REDACTED.to_string(), |y| y.to_string()),
            MaskStyle::Redacted => REDACTED.to_string(),
        }
    }
}

fn last_four(value: &str) -> String {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let keep_from = if digits > 4 { digits - 4 } else { usize::MAX };
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen > keep_from {
                    c
                } else {
                    '*'
                }
            } else if c.is_alphanumeric() {
                '*'
            } else {
                c
            }
        })
        .collect()
}

fn initials(value: &str) -> String {
    let mut out = String::new();
    for word in value.split(|c: char| c.is_whitespace() || c == ',') {
        if let Some(c) = word.chars().find(|c| c.is_alphabetic()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(c.to_uppercase());
            out.push('.');
        }
    }
    if out.is_empty() {
        REDACTED.to_string()
    } else {
        out
    }
}

/// The first run of exactly four digits that reads as a year 1800-2199.
fn year(value: &str) -> Option<u16> {
    let b = value.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                let y: u16 = value[start..i].parse().ok()?;
                if (1800..2200).contains(&y) {
                    return Some(y);
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_redaction_is_fixed() {
        assert_eq!(MaskStyle::Redacted.fixed().map(str::to_string), Some(MaskStyle::Redacted.apply("anything")));
        for m in [MaskStyle::LastFour, MaskStyle::Initials, MaskStyle::Year] {
            assert_eq!(m.fixed(), None, "{m:?}");
        }
    }

    #[test]
    fn last_four_keeps_shape() {
        let m = MaskStyle::LastFour;
        assert_eq!(m.apply("123-45-6789"), "***-**-6789");
        assert_eq!(m.apply("(415) 555-0132"), "(***) ***-0132");
        assert_eq!(m.apply("W123456789"), "******6789");
        assert_eq!(m.apply("1234"), "****");
        assert_eq!(m.apply(""), "");
        assert_eq!(m.apply("Müller 12345"), "****** *2345");
    }

    #[test]
    fn initials_of_each_word() {
        let m = MaskStyle::Initials;
        assert_eq!(m.apply("Jane Q. Public"), "J. Q. P.");
        assert_eq!(m.apply("RUIZ, ANA M"), "R. A. M.");
        assert_eq!(m.apply("  élodie  o'neil "), "É. O.");
        assert_eq!(m.apply("123"), REDACTED);
    }

    #[test]
    fn year_only() {
        let m = MaskStyle::Year;
        assert_eq!(m.apply("1961-03-15"), "1961");
        assert_eq!(m.apply("03/15/1961"), "1961");
        assert_eq!(m.apply("March 15, 1961"), "1961");
        assert_eq!(m.apply("15.03.61"), REDACTED);
        assert_eq!(m.apply("12345 1999"), "1999");
        assert_eq!(m.apply("0999"), REDACTED);
    }

    #[test]
    fn nothing_of_the_value_survives_redacted() {
        assert_eq!(MaskStyle::Redacted.apply("type 2 diabetes"), REDACTED);
    }

    #[test]
    fn defaults_and_names() {
        assert_eq!(MaskStyle::default_for("ssn"), MaskStyle::LastFour);
        assert_eq!(MaskStyle::default_for("name"), MaskStyle::Initials);
        assert_eq!(MaskStyle::default_for("dob"), MaskStyle::Year);
        assert_eq!(MaskStyle::default_for("note"), MaskStyle::Redacted);
        assert_eq!(MaskStyle::default_for("my_class"), MaskStyle::Redacted);
        for m in MaskStyle::ALL {
            assert_eq!(MaskStyle::parse(m.as_str()), Some(m));
        }
    }
}
