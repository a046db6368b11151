//! Every setting of pg_phi, all named `phi.*`, in one place: private
//! statics, one [`init`] that `_PG_init` calls, and small getters the rest
//! of the code reads them through.
//!
//! | setting | who may set it | what it does |
//! |---|---|---|
//! | `phi.master_key_file` | superuser (postgresql.conf) | file holding the master key: 0600, outside the data directory |
//! | `phi.master_key_command` | superuser (postgresql.conf) | command printing the master key (KMS / Vault hook); used when no file is set |
//! | `phi.sealed_output` | anyone, per session | show sealed values even to roles allowed plaintext (dumps by a reader) |
//! | `phi.break_glass_max_minutes` | superuser | the longest break-glass window `phi.break_glass` opens (default 240) |
//! | `phi.purpose` | anyone, per session | the purpose of use recorded on every audit event: one of `PURPOSES` |
//! | `phi.audit_reads` | superuser | record reads of protected values (default on) |
//! | `phi.audit_sync` | superuser | a transaction that disclosed PHI commits only once its events are durable (default on) |
//! | `phi.audit_timeout` | superuser | how long a commit waits for that, in ms (default 10000) |
//! | `phi.audit_retention` | superuser | the youngest events `phi.purge_audit` may remove are older than this (default `6 years`) |
//! | `phi.audit_fallback` | superuser (postgresql.conf) | when the pipeline cannot take events (hot standby, writer failing, queue full): `deny` (default) refuses disclosures, `log` writes each event to the server log instead |
//!
//! The two key settings are superuser-only, left out of `pg_settings`
//! (`NO_SHOW_ALL`: members of `pg_read_all_settings` would read them, and
//! its `reset_val` column past any mask) and masked by a show hook in
//! `SHOW` and `current_setting()` for anyone but a superuser.

use pgrx::guc::{GucContext, GucFlags, GucRegistry, GucSetting};
use pgrx::prelude::*;
use std::ffi::CString;

static SEALED_OUTPUT: GucSetting<bool> = GucSetting::<bool>::new(false);
static BREAK_GLASS_MAX_MINUTES: GucSetting<i32> = GucSetting::<i32>::new(240);
static PURPOSE: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(None);
static AUDIT_READS: GucSetting<bool> = GucSetting::<bool>::new(true);
static AUDIT_SYNC: GucSetting<bool> = GucSetting::<bool>::new(true);
static AUDIT_TIMEOUT: GucSetting<i32> = GucSetting::<i32>::new(10_000);
static AUDIT_RETENTION: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(Some(c"6 years"));
static AUDIT_FALLBACK: GucSetting<AuditFallback> = GucSetting::<AuditFallback>::new(AuditFallback::Deny);

/// `phi.audit_fallback`: what a disclosure does when the audit pipeline
/// cannot take its events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, pgrx::PostgresGucEnum)]
pub enum AuditFallback {
    /// Refuse the disclosure (fail closed).
    Deny,
    /// Disclose, and write each event to the server log as one structured line.
    Log,
}

pub fn init() {
    GucRegistry::define_bool_guc(
        c"phi.sealed_output",
        c"Show phi.encrypted_text values in sealed form even to roles allowed plaintext.",
        c"Set it for dumps and exports made by a phi_reader member: PGOPTIONS='-c phi.sealed_output=on' pg_dump ...",
        &SEALED_OUTPUT,
        GucContext::Userset,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        c"phi.break_glass_max_minutes",
        c"The longest break-glass window phi.break_glass opens, in minutes.",
        c"A caller asks for a window of 1 to this many minutes; each must be reviewed afterwards.",
        &BREAK_GLASS_MAX_MINUTES,
        1,
        7 * 24 * 60,
        GucContext::Suset,
        GucFlags::default(),
    );
    // SAFETY: the check hook reads the proposed C string only.
    unsafe {
        GucRegistry::define_string_guc_with_hooks(
            c"phi.purpose",
            c"Purpose of use recorded on every audit event of this session.",
            c"treatment, payment, operations, research, patient_request, legal or emergency.",
            &PURPOSE,
            GucContext::Userset,
            GucFlags::default(),
            Some(check_purpose),
            None,
            None,
        );
    }
    GucRegistry::define_bool_guc(
        c"phi.audit_reads",
        c"Record every read of a protected value (plaintext, masked, sealed, denied) in phi.audit_log.",
        c"Off stops recording reads; only for measuring the pipeline's cost.",
        &AUDIT_READS,
        GucContext::Suset,
        GucFlags::default(),
    );
    GucRegistry::define_bool_guc(
        c"phi.audit_sync",
        c"A transaction that disclosed PHI commits only once its audit events are durable.",
        c"Off lets it commit while the audit writer is still writing them (they survive its rollback either way).",
        &AUDIT_SYNC,
        GucContext::Suset,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        c"phi.audit_timeout",
        c"How long a commit waits for its audit events to become durable, in milliseconds.",
        c"After this the commit fails and the transaction rolls back.",
        &AUDIT_TIMEOUT,
        10,
        600_000,
        GucContext::Suset,
        GucFlags::UNIT_MS,
    );
    GucRegistry::define_enum_guc(
        c"phi.audit_fallback",
        c"What a disclosure does when the audit pipeline cannot record it (hot standby, writer failing, queue full).",
        c"deny refuses it; log discloses and writes the event to the server log as one structured line.",
        &AUDIT_FALLBACK,
        GucContext::Sighup,
        GucFlags::default(),
    );
    GucRegistry::define_string_guc(
        c"phi.audit_retention",
        c"How long audit events are kept: phi.purge_audit refuses to remove younger ones.",
        c"An interval; HIPAA asks for six years.",
        &AUDIT_RETENTION,
        GucContext::Suset,
        GucFlags::default(),
    );
    define_key_settings();
}

/// `phi.audit_retention` as written (an interval).
pub fn audit_retention() -> String {
    AUDIT_RETENTION.get().map(|c| c.to_string_lossy().into_owned()).unwrap_or_else(|| "6 years".into())
}

pub fn audit_reads() -> bool {
    AUDIT_READS.get()
}

pub fn audit_sync() -> bool {
    AUDIT_SYNC.get()
}

pub fn audit_timeout_ms() -> i32 {
    AUDIT_TIMEOUT.get()
}

pub fn audit_fallback() -> AuditFallback {
    AUDIT_FALLBACK.get()
}

/// The purposes of use an audit event may record (HIPAA's treatment,
/// payment and health care operations, and the other disclosures an
/// accounting lists).
pub const PURPOSES: [&str; 7] = ["treatment", "payment", "operations", "research", "patient_request", "legal", "emergency"];

/// Accepts only an empty value or one of [`PURPOSES`]: a free-text purpose
/// would land in every audit row the session writes.
#[pg_guard]
unsafe extern "C-unwind" fn check_purpose(
    newval: *mut *mut std::ffi::c_char,
    _extra: *mut *mut std::ffi::c_void,
    _source: pg_sys::GucSource::Type,
) -> bool {
    // SAFETY: PostgreSQL passes a pointer to the proposed value (NULL for none).
    let v = unsafe { if newval.is_null() || (*newval).is_null() { return true; } std::ffi::CStr::from_ptr(*newval) };
    let v = v.to_string_lossy();
    if v.is_empty() || PURPOSES.contains(&v.as_ref()) {
        return true;
    }
    // SAFETY: GUC check hooks report through these.
    unsafe {
        pg_sys::GUC_check_errdetail_string = c"phi.purpose is one of treatment, payment, operations, research, patient_request, legal, emergency.".as_ptr().cast_mut();
    }
    false
}

/// `phi.purpose`, when set.
pub fn purpose() -> Option<String> {
    PURPOSE.get().map(|c| c.to_string_lossy().into_owned()).filter(|s| !s.is_empty())
}

/// `phi.break_glass_max_minutes`.
pub fn break_glass_max_minutes() -> i32 {
    BREAK_GLASS_MAX_MINUTES.get()
}

/// `phi.sealed_output`.
pub fn sealed_output() -> bool {
    SEALED_OUTPUT.get()
}

/// `phi.master_key_file` as set (may be empty).
pub fn master_key_file() -> Option<CString> {
    MASTER_KEY_FILE.get()
}

/// `phi.master_key_command` as set (may be empty).
pub fn master_key_command() -> Option<CString> {
    MASTER_KEY_COMMAND.get()
}

static MASTER_KEY_FILE: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(None);
static MASTER_KEY_COMMAND: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(None);

fn define_key_settings() {
    // Superuser-only and left out of pg_settings / SHOW ALL for everyone:
    // members of pg_read_all_settings may read superuser-only settings, and
    // pg_settings shows a setting's reset value past any show hook. SHOW and
    // current_setting() go through the show hook, which masks the value for
    // anyone but a superuser.
    let flags = GucFlags::SUPERUSER_ONLY | GucFlags::NO_SHOW_ALL;
    // SAFETY: the show hooks only read the setting and allocate its copy.
    unsafe {
        GucRegistry::define_string_guc_with_hooks(
            c"phi.master_key_file",
            c"File holding the pg_phi master key (64 hex digits, base64, or 32 raw bytes).",
            c"Must be mode 0600 (or stricter) and outside the data directory. Superuser-only; hidden from other roles.",
            &MASTER_KEY_FILE,
            GucContext::Suset,
            flags,
            None,
            None,
            Some(show_key_file),
        );
        GucRegistry::define_string_guc_with_hooks(
            c"phi.master_key_command",
            c"Shell command printing the pg_phi master key (the hook for a KMS or Vault).",
            c"Used when phi.master_key_file is not set. Superuser-only; hidden from other roles.",
            &MASTER_KEY_COMMAND,
            GucContext::Suset,
            flags,
            None,
            None,
            Some(show_key_command),
        );
    }
}

/// What SHOW prints for a key setting: its value to superusers only.
fn shown_setting(setting: &GucSetting<Option<CString>>) -> *const std::ffi::c_char {
    // SAFETY: a catalog check; pstrdup copies into the current context.
    unsafe {
        if !pg_sys::superuser() {
            return c"(hidden: superuser only)".as_ptr();
        }
        match setting.get() {
            Some(v) => pg_sys::pstrdup(v.as_ptr()),
            None => c"".as_ptr(),
        }
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn show_key_file() -> *const std::ffi::c_char {
    shown_setting(&MASTER_KEY_FILE)
}

#[pg_guard]
unsafe extern "C-unwind" fn show_key_command() -> *const std::ffi::c_char {
    shown_setting(&MASTER_KEY_COMMAND)
}

