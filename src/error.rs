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

    // Arguments that name a type, style or class are never echoed: a
    // swapped argument may be the PHI itself.
    #[error("unknown PHI type")]
    UnknownType,

    #[error("unknown redaction style")]
    UnknownStyle,

    #[error("min_score must be between 0 and 1")]
    BadScore,

    #[error("could not load custom patterns: {0}")]
    PatternLoad(String),

    #[error("no master key configured")]
    NoMasterKey,

    #[error("phi.master_key_file{0} does not exist")]
    KeyFileMissing(String),

    #[error("phi.master_key_file{0} is accessible by group or others (mode {1:04o})")]
    KeyFilePermissions(String, u32),

    #[error("{0}")]
    KeySource(String),

    #[error("data key {key_id} version {version} does not unwrap under the configured master key (wrapped by master key {wrapped_by}, configured master key is {configured})")]
    WrongMasterKey { key_id: u32, version: u32, wrapped_by: String, configured: String },

    #[error("data key {0} version {1} does not exist in phi.keys")]
    UnknownKey(u32, u32),

    #[error("data key {0} version {1} was retired; values sealed under it can no longer be opened")]
    RetiredKey(u32, u32),

    #[error("key store: {0}")]
    KeyStore(String),

    #[error("{0}")]
    Envelope(#[from] phi_core::crypto::EnvelopeError),

    #[error("unknown data class")]
    UnknownClass,

    #[error("sealed value names key id {0}, which is not a data key")]
    NotADataKey(u32),

    #[error("{0} needs plaintext rights on the data")]
    NoPlaintextRight(&'static str),

    #[error("value sealed for another subject cannot be stored in column \"{0}\" of this row")]
    Rebind(String),

    #[error("must be owner of {0} (or hold its owner's privileges) for pg_phi to act on it")]
    NotOwner(String),

    #[error("{0} is restricted to superusers")]
    SuperuserOnly(&'static str),

    #[error("{0} is internal to pg_phi's maintenance procedures")]
    Internal(&'static str),

    #[error("{0}")]
    Misplaced(String),

    #[error("{0}")]
    InUse(String),

    #[error("{0}")]
    BadArgument(String),
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
            PhiError::UnknownType | PhiError::UnknownStyle => {
                ERRCODE_INVALID_PARAMETER_VALUE
            }
            PhiError::PatternLoad(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            PhiError::NoMasterKey => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            PhiError::KeyFileMissing(_) => ERRCODE_UNDEFINED_FILE,
            PhiError::KeyFilePermissions(..) | PhiError::KeySource(_) => ERRCODE_CONFIG_FILE_ERROR,
            PhiError::WrongMasterKey { .. } => ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION,
            PhiError::UnknownKey(..) | PhiError::RetiredKey(..) => ERRCODE_UNDEFINED_OBJECT,
            PhiError::KeyStore(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            PhiError::Envelope(e) => {
                use phi_core::crypto::EnvelopeError as E;
                match e {
                    E::AuthFailed => ERRCODE_DATA_CORRUPTED,
                    E::TooLarge => ERRCODE_PROGRAM_LIMIT_EXCEEDED,
                    _ => ERRCODE_INVALID_TEXT_REPRESENTATION,
                }
            }
            PhiError::UnknownClass | PhiError::Misplaced(_) | PhiError::BadArgument(_) => {
                ERRCODE_INVALID_PARAMETER_VALUE
            }
            PhiError::NotADataKey(_) => ERRCODE_DATA_CORRUPTED,
            PhiError::NoPlaintextRight(_)
            | PhiError::Rebind(_)
            | PhiError::NotOwner(_)
            | PhiError::SuperuserOnly(_)
            | PhiError::Internal(_) => ERRCODE_INSUFFICIENT_PRIVILEGE,
            PhiError::InUse(_) => ERRCODE_OBJECT_IN_USE,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            PhiError::UnknownType => Some(format!(
                "Valid types are: {}.",
                phi_core::PhiType::ALL.map(|t| t.as_str()).join(", ")
            )),
            PhiError::UnknownStyle => Some(format!(
                "Valid styles are: {}.",
                phi_core::redact::ALL_STYLE_NAMES.join(", ")
            )),
            PhiError::InvalidPattern(phi_core::PatternError::TooComplex) => Some(
                "Replace large bounded repetitions with + or *, or split the pattern in two."
                    .into(),
            ),
            PhiError::PatternLoad(_) => Some(
                "Check phi.custom_patterns; phi.drop_pattern(name) removes a broken row.".into(),
            ),
            PhiError::NoMasterKey => Some(
                "Set phi.master_key_file (a 0600 file outside the data directory) or phi.master_key_command in postgresql.conf and reload.".into(),
            ),
            PhiError::KeyFilePermissions(..) => Some("chmod 600 the key file; it must be readable by the server's OS user only.".into()),
            PhiError::WrongMasterKey { .. } => Some(
                "Configure the master key these data keys were wrapped with (see phi.key_status), or restore with the original key.".into(),
            ),
            PhiError::UnknownKey(..) => Some("The value was sealed in a database whose phi.keys rows were not restored with it.".into()),
            PhiError::NoPlaintextRight(_) => Some(
                "Keyed digests and pseudonyms can be matched against guesses, so computing them needs the right to read plaintext: membership in phi_reader.".into(),
            ),
            PhiError::Rebind(_) => Some(
                "Binding a sealed value to another patient needs plaintext rights (phi_reader); write the value as plaintext instead, and the column seals it for this row.".into(),
            ),
            PhiError::SuperuserOnly(_) => Some(
                "Key files and key commands are read and run as the server's OS user, so only a superuser may name them, whatever EXECUTE was granted.".into(),
            ),
            PhiError::Envelope(phi_core::crypto::EnvelopeError::BadPrefix | phi_core::crypto::EnvelopeError::BadBase64 | phi_core::crypto::EnvelopeError::Truncated | phi_core::crypto::EnvelopeError::NotSealed) => Some(
                "Text beginning with phi1: is read as a sealed value; to store such text as plaintext, use phi.encrypt(value, class).".into(),
            ),
            PhiError::UnknownClass => Some("See SELECT name FROM phi.data_classes; add one with phi.add_data_class().".into()),
            PhiError::Envelope(phi_core::crypto::EnvelopeError::AuthFailed) => Some(
                "The stored value or its header was modified, or it was copied from another database.".into(),
            ),
            _ => None,
        }
    }
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
