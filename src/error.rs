//! The catalogue of the extension's errors: one variant per distinct
//! failure, each with its SQLSTATE, its message and, where the message
//! alone does not say what to do, a hint. Messages never carry a value that
//! may be PHI: the text being scanned, a value being sealed, or an argument
//! that failed to name a type, style or class (a swapped argument may be
//! the PHI itself). Identifiers a DBA chose (columns, classes, key file
//! paths for superusers) may appear.

use phi_core::crypto::EnvelopeError;
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::PgSqlErrorCode;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum PhiError {
    // ------------------------------------------------------------ detection
    #[error("invalid custom pattern: {0}")]
    InvalidPattern(#[from] phi_core::PatternError),

    #[error("unknown PHI type")]
    UnknownType,

    #[error("unknown redaction style")]
    UnknownStyle,

    #[error("min_score must be between 0 and 1")]
    BadScore,

    #[error("could not load custom patterns: {0}")]
    PatternLoad(String),

    #[error("text too long for PHI detection (over {0} MB)")]
    TextTooLong(usize),

    // ------------------------------------------------------------ arguments
    #[error("{0} must not be NULL")]
    NullArgument(&'static str),

    #[error("{0} is not valid UTF-8")]
    NotUtf8(&'static str),

    #[error("input contains a NUL byte")]
    NulByte,

    #[error("out of memory")]
    OutOfMemory(usize),

    #[error("subject must be 1 to 255 bytes without control characters")]
    BadSubject,

    #[error("relation does not exist")]
    NoSuchRelation,

    #[error("relation is not a table")]
    NotATable,

    #[error("give exactly one of new_key_file or new_key_command")]
    RewrapSource,

    // ------------------------------------------------------------ sealed values and protected columns
    #[error("{0}")]
    Envelope(#[from] EnvelopeError),

    #[error("unknown data class")]
    UnknownClass,

    #[error("value sealed for class \"{found}\" cannot be stored in column \"{column}\" of class \"{expected}\"")]
    WrongClass { found: String, column: String, expected: String },

    #[error("the subject column is sealed but was not protected when phi.protect_column ran")]
    SubjectNotProtected,

    #[error("the subject column holds a value sealed for class \"{found}\"; it takes class \"{expected}\"")]
    SubjectWrongClass { found: String, expected: String },

    #[error("protected column \"{0}\" no longer exists")]
    ColumnGone(String),

    #[error("column \"{column}\" is of type {found}; pg_phi's trigger on it expects {expected}")]
    ColumnType { column: String, found: String, expected: &'static str },

    #[error("a value sealed without a class outside this transaction cannot be bound to a row by a role without plaintext rights (column \"{0}\")")]
    ForeignUnclassified(String),

    #[error("class unclassified takes no subject")]
    UnclassifiedSubject,

    #[error("phi._protect_row() {0}")]
    TriggerMisuse(&'static str),

    // ------------------------------------------------------------ the master key
    #[error("no master key configured")]
    NoMasterKey,

    #[error("phi.master_key_file{0} does not exist")]
    KeyFileMissing(String),

    #[error("phi.master_key_file{0} is accessible by group or others (mode {1:04o})")]
    KeyFilePermissions(String, u32),

    #[error("cannot read phi.master_key_file{path}: {reason}")]
    KeyFileUnreadable { path: String, reason: String },

    #[error("phi.master_key_file{0} is not a regular file")]
    KeyFileNotRegular(String),

    #[error("phi.master_key_file{0} is inside the data directory")]
    KeyFileInDataDir(String),

    #[error("phi.master_key_command failed: {0}")]
    KeyCommandFailed(String),

    #[error("master key: {0}")]
    BadMasterKey(phi_core::crypto::keys::KeyError),

    // ------------------------------------------------------------ data keys
    #[error("pg_phi has no {0} key in this database yet")]
    NoKey(&'static str),

    #[error("data key {key_id} version {version} does not unwrap under the configured master key (wrapped by master key {wrapped_by}, configured master key is {configured})")]
    WrongMasterKey { key_id: u32, version: u32, wrapped_by: String, configured: String },

    #[error("data key {key_id} version {version} is damaged: {reason}")]
    BadWrappedKey { key_id: u32, version: u32, reason: phi_core::crypto::keys::KeyError },

    #[error("data key {0} version {1} does not exist in phi.keys")]
    UnknownKey(u32, u32),

    #[error("data key {0} version {1} was retired; values sealed under it can no longer be opened")]
    RetiredKey(u32, u32),

    #[error("sealed value names key id {0}, which is not a data key")]
    NotADataKey(u32),

    #[error("table phi.keys is missing")]
    KeysTableMissing,

    // ------------------------------------------------------------ the extension's own queries
    #[error("could not read {0}: {1}")]
    Catalog(&'static str, String),

    #[error("pg_phi's internal query failed: {0}")]
    Query(String),

    // ------------------------------------------------------------ privileges
    #[error("{0} needs plaintext rights on the data")]
    NoPlaintextRight(&'static str),

    #[error("value sealed for another subject cannot be stored in column \"{0}\" of this row")]
    Rebind(String),

    // ------------------------------------------------------------ access policy
    #[error("permission denied for values of data class \"{0}\"")]
    AccessDenied(String),

    #[error("permission denied to write values of data class \"{0}\" for this patient")]
    NoWriteRight(String),

    #[error("a break-glass reason must say why access is needed, in 20 to 1000 characters")]
    BreakGlassReason,

    #[error("break-glass opens a role's care_team grants; this role has none")]
    BreakGlassNoCareGrant,

    #[error("break-glass is opened by a login for itself, not under SET ROLE")]
    BreakGlassUnderSetRole,

    #[error("break-glass minutes must be between 1 and {0} (phi.break_glass_max_minutes)")]
    BreakGlassWindow(i32),

    #[error("must be owner of {0} (or hold its owner's privileges) for pg_phi to act on it")]
    NotOwner(String),

    #[error("{0} is restricted to superusers")]
    SuperuserOnly(&'static str),

    #[error("{0} is internal to pg_phi's maintenance procedures")]
    Internal(&'static str),

    #[error("an audit digest is written seq:hash, as phi.audit_digest() returns it")]
    BadDigest,

    #[error("{0} is for members of phi_compliance or phi_admin")]
    ComplianceOnly(&'static str),

    #[error("PHI is not disclosed while the audit pipeline cannot record it: {0}")]
    AuditUnavailable(String),

    #[error("this transaction's audit events were not made durable within phi.audit_timeout ({0} ms)")]
    AuditTimeout(i32),

    #[error("phi.purge_audit keeps every event younger than phi.audit_retention ({0})")]
    PurgeTooYoung(String),

    #[error("phi.purge_audit refuses to cut a chain that does not verify ({0} problems)")]
    PurgeBrokenChain(usize),

    #[error("phi.audit_log is append-only")]
    AppendOnly,

    #[error("{0} is for members of phi_admin")]
    AdminOnly(&'static str),

    // ------------------------------------------------------------ breach workflow
    #[error("{0}")]
    BreachArgument(String),

    #[error("{0}")]
    BreachTransition(String),

    #[error("phi.breach_scope refuses a window the audit trail cannot vouch for: {0}")]
    BreachScopeUnverified(String),

    #[error("{0}")]
    BreachPrivilege(&'static str),
}

impl PhiError {
    pub fn sqlstate(&self) -> PgSqlErrorCode {
        use phi_core::PatternError as P;
        use PgSqlErrorCode::*;
        use PhiError::*;
        match self {
            InvalidPattern(P::TooComplex | P::TooLong | P::TooMany) => ERRCODE_PROGRAM_LIMIT_EXCEEDED,
            InvalidPattern(P::BadScore) | BadScore => ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
            InvalidPattern(_) => ERRCODE_INVALID_REGULAR_EXPRESSION,
            UnknownType | UnknownStyle | UnknownClass | BadSubject | RewrapSource | BadDigest => ERRCODE_INVALID_PARAMETER_VALUE,
            PatternLoad(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            TextTooLong(_) => ERRCODE_PROGRAM_LIMIT_EXCEEDED,
            NullArgument(_) => ERRCODE_NULL_VALUE_NOT_ALLOWED,
            NotUtf8(_) | NulByte => ERRCODE_CHARACTER_NOT_IN_REPERTOIRE,
            OutOfMemory(_) => ERRCODE_OUT_OF_MEMORY,
            NoSuchRelation => ERRCODE_UNDEFINED_TABLE,
            NotATable => ERRCODE_WRONG_OBJECT_TYPE,
            Envelope(EnvelopeError::AuthFailed) => ERRCODE_DATA_CORRUPTED,
            Envelope(EnvelopeError::TooLarge) => ERRCODE_PROGRAM_LIMIT_EXCEEDED,
            Envelope(_) => ERRCODE_INVALID_TEXT_REPRESENTATION,
            WrongClass { .. } | SubjectNotProtected | SubjectWrongClass { .. } => ERRCODE_INVALID_PARAMETER_VALUE,
            ColumnGone(_) => ERRCODE_UNDEFINED_COLUMN,
            ColumnType { .. } => ERRCODE_DATATYPE_MISMATCH,
            ForeignUnclassified(_) => ERRCODE_INSUFFICIENT_PRIVILEGE,
            UnclassifiedSubject => ERRCODE_INVALID_PARAMETER_VALUE,
            TriggerMisuse(_) => ERRCODE_TRIGGERED_ACTION_EXCEPTION,
            NoMasterKey | NoKey(_) | KeysTableMissing | Catalog(..) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            KeyFileMissing(_) => ERRCODE_UNDEFINED_FILE,
            KeyFilePermissions(..) | KeyFileUnreadable { .. } | KeyFileNotRegular(_) | KeyFileInDataDir(_)
            | KeyCommandFailed(_) | BadMasterKey(_) => ERRCODE_CONFIG_FILE_ERROR,
            WrongMasterKey { .. } => ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION,
            BadWrappedKey { .. } | NotADataKey(_) => ERRCODE_DATA_CORRUPTED,
            UnknownKey(..) | RetiredKey(..) => ERRCODE_UNDEFINED_OBJECT,
            Query(_) => ERRCODE_INTERNAL_ERROR,
            BreakGlassReason | BreakGlassWindow(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            BreachArgument(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            BreachTransition(_) | BreachScopeUnverified(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            BreachPrivilege(_) => ERRCODE_INSUFFICIENT_PRIVILEGE,
            AuditUnavailable(_) | AuditTimeout(_) | PurgeBrokenChain(_) => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            PurgeTooYoung(_) => ERRCODE_INVALID_PARAMETER_VALUE,
            AppendOnly | AdminOnly(_) => ERRCODE_INSUFFICIENT_PRIVILEGE,
            BreakGlassNoCareGrant | BreakGlassUnderSetRole => ERRCODE_INSUFFICIENT_PRIVILEGE,
            NoPlaintextRight(_) | Rebind(_) | NotOwner(_) | SuperuserOnly(_) | Internal(_) | AccessDenied(_)
            | NoWriteRight(_) | ComplianceOnly(_) => {
                ERRCODE_INSUFFICIENT_PRIVILEGE
            }
        }
    }

    fn hint(&self) -> Option<String> {
        use PhiError::*;
        Some(match self {
            UnknownType => format!("Valid types are: {}.", phi_core::PhiType::ALL.map(|t| t.as_str()).join(", ")),
            UnknownStyle => format!("Valid styles are: {}.", phi_core::redact::ALL_STYLE_NAMES.join(", ")),
            InvalidPattern(phi_core::PatternError::TooComplex) => {
                "Replace large bounded repetitions with + or *, or split the pattern in two.".into()
            }
            PatternLoad(_) => "Check phi.custom_patterns; phi.drop_pattern(name) removes a broken row.".into(),
            NoMasterKey => "Set phi.master_key_file (a 0600 file outside the data directory) or phi.master_key_command in postgresql.conf and reload.".into(),
            KeyFilePermissions(..) => "chmod 600 the key file; it must be readable by the server's OS user only.".into(),
            KeyFileInDataDir(_) => "Keep the master key apart from the data it protects: base backups would carry it.".into(),
            BadMasterKey(_) => "The master key is 32 random bytes: raw, 64 hex digits or base64 (openssl rand -hex 32).".into(),
            NoKey(_) => "A superuser runs SELECT phi.init_keys() once per database, after configuring the master key.".into(),
            KeysTableMissing => "Is the pg_phi extension installed in this database?".into(),
            WrongMasterKey { .. } => "Configure the master key these data keys were wrapped with (see phi.key_status), or restore with the original key.".into(),
            UnknownKey(..) => "The value was sealed in a database whose phi.keys rows were not restored with it.".into(),
            NoPlaintextRight(_) => "Keyed digests and pseudonyms can be matched against guesses, so computing them needs the right to read plaintext: a plaintext grant on the class (phi.grant_access) or phi_reader; a patient id's digest needs phi_reader or phi_admin.".into(),
            Rebind(_) => "Binding a sealed value to another patient, or changing a row's patient id (which re-binds its sealed values), needs plaintext rights on the value's class for both patients (phi_reader, or plaintext grants). Write the value as plaintext and the column seals it for this row; have a role with plaintext rights correct a patient id.".into(),
            AccessDenied(_) => "The session's role has level none on this class for this patient (see phi.access_matrix). Leave the column out of the query, or ask a phi_admin member for a grant.".into(),
            NoWriteRight(_) => "The role's grant on the class is masked or none, or was made with can_write => false: a masked value written back would replace the real one. A phi_admin member can grant writing with phi.grant_access(..., can_write => true).".into(),
            AuditUnavailable(_) => "Reads of PHI are recorded by pg_phi's audit writer (a background worker; see pg_stat_activity, backend_type 'pg_phi audit writer', and the server log). phi.audit_fallback = 'log' lets disclosures proceed with a structured server-log line instead; it is a superuser's decision.".into(),
            PurgeTooYoung(_) => "Pass an earlier time; a superuser sets phi.audit_retention.".into(),
            PurgeBrokenChain(_) => "Investigate phi.verify_audit() first: removing rows would erase the evidence of what changed.".into(),
            AppendOnly => "Rows older than phi.audit_retention are removed by phi.purge_audit(), which keeps the chain verifiable.".into(),
            AuditTimeout(_) => "The audit writer is behind or failing (see the server log). The transaction was rolled back; retry, or raise phi.audit_timeout.".into(),
            BreachTransition(_) => "Statuses run investigating -> confirmed or not_a_breach -> contained -> notified -> closed (not_a_breach -> closed); notices are recorded with phi.record_notification, and phi.breach_deadlines shows what is pending.".into(),
            BreachScopeUnverified(_) => "A scope read from an altered or incomplete trail would name the wrong patients. Investigate with phi.verify_audit() and phi.verify_audit_against(digest), or choose a window the log still holds.".into(),
            BreakGlassWindow(_) => "A superuser sets the longest window with phi.break_glass_max_minutes.".into(),
            BreakGlassNoCareGrant => "A window puts the patient on the caller's care team for its minutes; without a care_team grant it would open nothing. A phi_admin member grants one with phi.grant_access(role, class, level, 'care_team').".into(),
            SuperuserOnly(_) => "Key files and key commands are read and run as the server's OS user, so only a superuser may name them, whatever EXECUTE was granted.".into(),
            Envelope(EnvelopeError::BadPrefix | EnvelopeError::BadBase64 | EnvelopeError::Truncated | EnvelopeError::NotSealed) => {
                "Text beginning with phi1: is read as a sealed value; to store such text as plaintext, use phi.encrypt(value, class).".into()
            }
            Envelope(EnvelopeError::AuthFailed) => "The stored value or its header was modified, or it was copied from another database.".into(),
            UnknownClass => "See SELECT name FROM phi.data_classes; add one with phi.add_data_class().".into(),
            SubjectNotProtected => "Protect the subject column (CALL phi.protect_column on it), then run phi.protect_column on this column again.".into(),
            ColumnGone(_) => "Re-run phi.protect_column for the column's new name.".into(),
            ColumnType { .. } => "The column's type changed after phi.protect_column; change it back, or drop the trigger and run phi.protect_column again.".into(),
            ForeignUnclassified(_) => "Text written in this transaction is bound to the row it is written to; a value copied from a column pg_phi does not protect is bound only by a role with plaintext rights (phi_reader), who could read it and write it again anyway. In phi.protect_column that role is the table's owner.".into(),
            _ => return None,
        })
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
