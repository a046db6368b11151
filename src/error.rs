//! The extension's one error type. Every variant maps to a SQLSTATE; messages
//! say what was wrong and what to do, and never carry a value that may be
//! PHI (the text being scanned never appears in an error).

use pgrx::pg_sys::panic::ErrorReport;
use pgrx::PgSqlErrorCode;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum PhiError {
    #[error("invalid custom pattern: {0}")]
    InvalidPattern(#[from] phi_core::PatternError),

    #[error("unknown PHI type \"{0}\"")]
    UnknownType(String),

    #[error("unknown redaction style \"{0}\"")]
    UnknownStyle(String),

    #[error("min_score must be between 0 and 1")]
    BadScore,

    #[error("could not load custom patterns: {0}")]
    PatternLoad(String),
}

impl PhiError {
    pub fn sqlstate(&self) -> PgSqlErrorCode {
        use PgSqlErrorCode::*;
        match self {
            PhiError::InvalidPattern(phi_core::PatternError::TooComplex)
            | PhiError::InvalidPattern(phi_core::PatternError::TooLong)
            | PhiError::InvalidPattern(phi_core::PatternError::TooMany) => {
                ERRCODE_PROGRAM_LIMIT_EXCEEDED
            }
            PhiError::InvalidPattern(phi_core::PatternError::BadScore) | PhiError::BadScore => {
                ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE
            }
            PhiError::InvalidPattern(_) => ERRCODE_INVALID_REGULAR_EXPRESSION,
            PhiError::UnknownType(_) | PhiError::UnknownStyle(_) => {
                ERRCODE_INVALID_PARAMETER_VALUE
            }
            PhiError::PatternLoad(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            PhiError::UnknownType(_) => Some(format!(
                "Valid types are: {}.",
                phi_core::PhiType::ALL.map(|t| t.as_str()).join(", ")
            )),
            PhiError::UnknownStyle(_) => Some("Valid styles are: tag, mask, partial.".into()),
            PhiError::InvalidPattern(phi_core::PatternError::TooComplex) => Some(
                "Replace large bounded repetitions with + or *, or split the pattern in two."
                    .into(),
            ),
            PhiError::PatternLoad(_) => Some(
                "Check phi.custom_patterns; phi.drop_pattern(name) removes a broken row.".into(),
            ),
            _ => None,
        }
    }
}

/// Caps a user-supplied name echoed in an error (type or style names are
/// never PHI, but bound what we repeat back).
pub fn echo(s: &str) -> String {
    s.chars().take(64).collect()
}

impl From<PhiError> for ErrorReport {
    fn from(e: PhiError) -> Self {
        let mut r = ErrorReport::new(e.sqlstate(), e.to_string(), "pg_phi");
        if let Some(h) = e.hint() {
            r = r.set_hint(h);
        }
        r
    }
}
