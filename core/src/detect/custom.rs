//! Organisation-specific patterns (`phi.add_pattern`): validated and
//! compiled once per detector, never per call.

use super::context::has_context_before;
use super::interrupt::Ticker;
use crate::types::{Finding, PhiType};
use regex::{Regex, RegexBuilder};
use std::fmt;

/// Longest pattern source accepted, in bytes.
pub const MAX_PATTERN_LEN: usize = 1024;
/// Most custom patterns one detector holds.
pub const MAX_PATTERNS: usize = 256;
/// Compiled-program budget per pattern; a larger regex is refused so one
/// pattern cannot blow up every backend's memory.
const SIZE_LIMIT: usize = 1 << 20;
/// How far before a match its context words are looked for, in bytes.
pub const CONTEXT_WINDOW: usize = 48;

/// One custom pattern as stored in `phi.custom_patterns`.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomPattern {
    pub name: String,
    pub kind: PhiType,
    pub regex: String,
    /// Lower-cased on compile. Empty: every match scores `score`. Otherwise
    /// a match with one of them in the 48 bytes before it scores
    /// `min(1, score + 0.2)` and one without scores `score / 2`.
    pub context_words: Vec<String>,
    pub score: f32,
}

/// Why a custom pattern was refused. Messages name the problem, never text
/// the pattern was run against.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternError {
    Empty,
    TooLong,
    TooMany,
    Invalid(String),
    TooComplex,
    MatchesEmpty,
    BadScore,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PatternError::Empty => write!(f, "pattern is empty"),
            PatternError::TooLong => {
                write!(f, "pattern is longer than {MAX_PATTERN_LEN} bytes")
            }
            PatternError::TooMany => write!(f, "more than {MAX_PATTERNS} custom patterns"),
            PatternError::Invalid(m) => write!(f, "pattern is not a valid regular expression: {m}"),
            PatternError::TooComplex => write!(
                f,
                "pattern compiles to more than {} KiB; simplify it (bounded repetitions such as {{1,1000}} are the usual cause)",
                SIZE_LIMIT / 1024
            ),
            PatternError::MatchesEmpty => write!(f, "pattern matches the empty string"),
            PatternError::BadScore => write!(f, "score must be between 0 and 1"),
        }
    }
}

impl std::error::Error for PatternError {}

pub(crate) struct CompiledPattern {
    kind: PhiType,
    re: Regex,
    context: Vec<String>,
    score: f32,
}

impl CompiledPattern {
    pub(crate) fn compile(p: &CustomPattern) -> Result<Self, PatternError> {
        validate(&p.regex, p.score)?;
        let re = build(&p.regex)?;
        Ok(CompiledPattern {
            kind: p.kind,
            re,
            context: p
                .context_words
                .iter()
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect(),
            score: p.score,
        })
    }

    pub(crate) fn find(&self, text: &str, out: &mut Vec<Finding>) {
        let words: Vec<&str> = self.context.iter().map(String::as_str).collect();
        let mut tick = Ticker::new(0);
        for m in self.re.find_iter(text) {
            tick.at(m.end());
            if m.start() == m.end() {
                continue;
            }
            let score = if words.is_empty() {
                self.score
            } else if has_context_before(text, m.start(), CONTEXT_WINDOW, &words) {
                (self.score + 0.2).min(1.0)
            } else {
                self.score / 2.0
            };
            let mut f = Finding::new(self.kind, m.start(), m.end(), score);
            if self.kind == PhiType::Date {
                // A user's regex says nothing of where the year is: read
                // it from the match, as de-identification needs it.
                f = f.with_year(crate::redact::year_of(m.as_str()));
            }
            out.push(f);
        }
    }
}

fn validate(regex: &str, score: f32) -> Result<(), PatternError> {
    if regex.trim().is_empty() {
        return Err(PatternError::Empty);
    }
    if regex.len() > MAX_PATTERN_LEN {
        return Err(PatternError::TooLong);
    }
    if !(0.0..=1.0).contains(&score) || score.is_nan() {
        return Err(PatternError::BadScore);
    }
    Ok(())
}

fn build(regex: &str) -> Result<Regex, PatternError> {
    let re = RegexBuilder::new(regex)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(_) => PatternError::TooComplex,
            regex::Error::Syntax(m) => {
                // The regex crate's message quotes the pattern with a caret
                // under the fault; keep only its last line (the reason).
                let reason = m.lines().rev().find(|l| l.starts_with("error:")).unwrap_or("syntax error");
                PatternError::Invalid(reason.trim_start_matches("error:").trim().to_string())
            }
            _ => PatternError::Invalid("unsupported pattern".into()),
        })?;
    if re.is_match("") {
        return Err(PatternError::MatchesEmpty);
    }
    Ok(re)
}

/// Validates a pattern without keeping it (what `phi.add_pattern` calls
/// before it stores anything).
pub fn check(regex: &str, score: f32) -> Result<(), PatternError> {
    validate(regex, score)?;
    build(regex).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Detector;

    fn pat(re: &str, ctx: &[&str], score: f32) -> CustomPattern {
        CustomPattern {
            name: "acme_mrn".into(),
            kind: PhiType::Mrn,
            regex: re.into(),
            context_words: ctx.iter().map(|s| s.to_string()).collect(),
            score,
        }
    }

    #[test]
    fn custom_pattern_with_context() {
        let d = Detector::new(&[pat(r"\bACME-\d{6}\b", &["chart"], 0.6)]).unwrap();
        let t = "chart ACME-123456; then, much later and in a separate paragraph entirely, ACME-654321";
        let f: Vec<_> = d.detect(t, 0.0).into_iter().filter(|f| f.kind == PhiType::Mrn).collect();
        assert_eq!(f.len(), 2);
        assert!((f[0].score - 0.8).abs() < 1e-6);
        assert!((f[1].score - 0.3).abs() < 1e-6);
        assert_eq!(f[0].value(t), "ACME-123456");
    }

    #[test]
    fn invalid_patterns_are_refused() {
        assert!(matches!(check("(", 0.5), Err(PatternError::Invalid(_))));
        assert_eq!(check("", 0.5), Err(PatternError::Empty));
        assert_eq!(check("a*", 0.5), Err(PatternError::MatchesEmpty));
        assert_eq!(check("abc", 1.5), Err(PatternError::BadScore));
        assert_eq!(check(&"a".repeat(2000), 0.5), Err(PatternError::TooLong));
        assert_eq!(check(r"\w{1000}\w{1000}\w{1000}", 0.5), Err(PatternError::TooComplex));
    }
}
