//! pg_phi: HIPAA technical safeguards inside PostgreSQL.
//!
//! This file is the table of contents. Each capability lives in a module
//! named after it; the pure logic is in the `phi_core` crate (`core/`), and
//! the modules here are the thin SQL glue on top of it. Hand-written SQL is
//! in `sql/`, one file per capability, each owning its tables.

use pgrx::prelude::*;

::pgrx::pg_module_magic!(name, version);

// Detection, redaction, de-identification; finding PHI columns.
mod detect; //   phi.detect, classify, redact, deidentify, custom patterns
mod scan; //     phi.scan_table / scan_schema helpers

// Encrypted columns, in the order a value flows through them.
mod classes; //  phi.data_classes: what a sealed value is
mod keys; //     the master key, phi.keys (wrapped data keys), init_keys
mod encrypted; // the type phi.encrypted_text, encrypt/decrypt, render
mod policy; //   minimum necessary: the per-value decision render acts on
mod keyed; //    blind indexes, subject digests, pseudonyms
mod protect; //  phi.protect_column's row trigger and conversion
mod rotation; // rotate_key, reencrypt's re-sealing, master key re-wrap

// The audit trail: hash-chained events (policy changes and break-glass so
// far; reads of PHI will reach it through a background worker, with the
// executor hooks they need in src/hooks.rs).
mod audit; //    phi.audit_log: append, verify
mod backend; //  unguarded reads of backend state on the per-value path
mod audit_queue; // events to the log: shared-memory queue, writer worker, read aggregates
mod breach; //   incidents, notice deadlines, affected-patient scope

// Plumbing.
mod error; //    the catalogue of errors and their SQLSTATEs
mod fmgr; //     C calling convention of the per-row functions
mod gucs; //     every phi.* setting
mod maintenance; // statements run as a table's owner
mod privilege; // the one place that switches user
mod watch; //    per-backend caches and their invalidation

// Hand-written SQL, in a deliberate order: the schema's tables first, the
// functions that read them next, grants last (one place to audit them).
pgrx::extension_sql_file!("../sql/bootstrap.sql", name = "bootstrap", bootstrap);
pgrx::extension_sql_file!(
    "../sql/custom_patterns.sql",
    name = "custom_patterns",
    requires = ["bootstrap", detect::check_pattern, watch::invalidate_cache, detect::max_patterns]
);
pgrx::extension_sql_file!(
    "../sql/scan.sql",
    name = "scan",
    requires = ["custom_patterns", detect::detect, scan::column_hint, maintenance::sample_column]
);
pgrx::extension_sql_file!("../sql/classes.sql", name = "classes", requires = ["bootstrap", watch::invalidate_cache]);
pgrx::extension_sql_file!("../sql/keys.sql", name = "keys", requires = ["classes", keys::init_keys_sql]);
pgrx::extension_sql_file!("../sql/encrypted.sql", name = "encrypted", requires = ["keys"]);
pgrx::extension_sql_file!("../sql/audit.sql", name = "audit", requires = ["encrypted", audit::audit_change, audit::audit_append_only]);
pgrx::extension_sql_file!(
    "../sql/policy.sql",
    name = "policy",
    requires = ["audit", watch::invalidate_cache]
);
pgrx::extension_sql_file!(
    "../sql/protect.sql",
    name = "protect",
    requires = ["policy", maintenance::convert_column, maintenance::bind_column, maintenance::key_usage]
);
pgrx::extension_sql_file!(
    "../sql/rotation.sql",
    name = "rotation",
    requires = [
        "protect",
        rotation::_rotate_key,
        rotation::_rewrap_keys,
        rotation::_current_key_version,
        maintenance::reencrypt_batch,
        maintenance::key_usage
    ]
);
pgrx::extension_sql_file!(
    "../sql/breach.sql",
    name = "breach",
    requires = ["rotation", "scan", detect::redact, audit::audit_change]
);
pgrx::extension_sql_file!(
    "../sql/finalize.sql",
    name = "finalize",
    finalize
);

#[pg_guard]
pub extern "C-unwind" fn _PG_init() {
    // SAFETY: reading a flag the postmaster sets while loading libraries.
    if !unsafe { pg_sys::process_shared_preload_libraries_in_progress } {
        pgrx::pg_sys::panic::ErrorReport::new(
            PgSqlErrorCode::ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            "pg_phi must be loaded via shared_preload_libraries",
            "pg_phi",
        )
        .set_hint(
            "Add pg_phi to shared_preload_libraries in postgresql.conf \
             (shared_preload_libraries = 'pg_phi'), restart the server, then CREATE EXTENSION pg_phi.",
        )
        .report(PgLogLevel::ERROR);
    }
    gucs::init();
    audit_queue::init();
    watch::init();
    detect::init();
    // Build the detector's tables here, in the postmaster, so that every
    // backend inherits them copy-on-write instead of building its own
    // ~3 MB on its first call (10-15 ms).
    phi_core::detect::warm_up();
}

#[cfg(any(test, feature = "pg_test"))]
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn detect_finds_ssn_with_char_offsets() {
        let r = Spi::get_two::<i32, i32>(
            "SELECT start_pos, end_pos FROM phi.detect('Zoë SSN 123-45-6789') WHERE type = 'ssn'",
        )
        .unwrap();
        assert_eq!(r, (Some(9), Some(19)));
    }

    /// The SQL default of `min_score` (a literal in the `#[pg_extern]`) is
    /// the core's DEFAULT_MIN_SCORE.
    #[pg_test]
    fn sql_min_score_default_is_the_core_default() {
        for f in ["phi.detect(text, real)", "phi.contains_phi(text, real)"] {
            let args = Spi::get_one::<String>(&format!("SELECT pg_get_function_arguments('{f}'::regprocedure)"))
                .unwrap()
                .unwrap();
            let default: f32 = args.rsplit("DEFAULT ").next().unwrap().trim_end_matches("::real").trim_matches('\'').parse().unwrap();
            assert_eq!(default, phi_core::DEFAULT_MIN_SCORE, "{f}: {args}");
        }
    }

    #[pg_test]
    fn custom_pattern_takes_effect_in_the_same_session() {
        Spi::run("SELECT phi.add_pattern('acme_mrn', 'mrn', 'ACME-[0-9]{6}', '{}', 0.9)").unwrap();
        let n = Spi::get_one::<i64>(
            "SELECT count(*) FROM phi.detect('ward ACME-123456') WHERE type = 'mrn'",
        )
        .unwrap();
        assert_eq!(n, Some(1));
        Spi::run("SELECT phi.drop_pattern('acme_mrn')").unwrap();
        let n = Spi::get_one::<i64>(
            "SELECT count(*) FROM phi.detect('ward ACME-123456') WHERE type = 'mrn'",
        )
        .unwrap();
        assert_eq!(n, Some(0));
    }

    #[pg_test]
    fn sealed_value_keeps_class_subject_and_is_sealed_for_superuser() {
        Spi::run("SELECT phi.init_keys()").unwrap();
        let r = Spi::get_three::<String, bool, bool>(
            "SELECT phi.data_class(v), phi.subject(v) = phi.subject_digest('p-1'), v::text LIKE 'phi1:%' \
               FROM (SELECT phi.encrypt('123-45-6789', 'ssn', 'p-1') AS v) s",
        )
        .unwrap();
        assert_eq!(r, (Some("ssn".into()), Some(true), Some(true)));
    }

    /// The engine stops inside a long call when a cancel is pending (the
    /// hook runs CHECK_FOR_INTERRUPTS), rather than when it returns.
    #[pg_test]
    fn a_pending_cancel_stops_detection_inside_the_engine() {
        let text = "DOB 03/15/1885 age 104 ZIP 03601 ".repeat(20_000);
        let d = crate::detect::detector().unwrap();
        let finished = PgTryBuilder::new(|| {
            // SAFETY: what a cancel request's signal handler sets.
            unsafe {
                pg_sys::QueryCancelPending = 1;
                pg_sys::InterruptPending = 1;
            }
            d.detect(&text, phi_core::DEFAULT_MIN_SCORE);
            true
        })
        .catch_others(|_| false)
        .execute();
        // SAFETY: clears whatever the raised error left pending.
        unsafe {
            pg_sys::QueryCancelPending = 0;
            pg_sys::InterruptPending = 0;
        }
        assert!(!finished, "detection ran to its end with a cancel pending");
        // and the engine works afterwards
        assert_eq!(d.detect("SSN 123-45-6789", phi_core::DEFAULT_MIN_SCORE).len(), 1);
    }

    #[pg_test]
    fn phi_reader_members_see_plaintext() {
        Spi::run("SELECT phi.init_keys()").unwrap();
        Spi::run("CREATE ROLE pgtest_reader; GRANT phi_reader TO pgtest_reader").unwrap();
        Spi::run("CREATE TEMP TABLE t AS SELECT phi.encrypt('Jane Doe', 'name')::text AS s").unwrap();
        Spi::run("GRANT SELECT ON t TO pgtest_reader; SET ROLE pgtest_reader").unwrap();
        let v = Spi::get_one::<String>("SELECT phi.decrypt(s::phi.encrypted_text) FROM t").unwrap();
        Spi::run("RESET ROLE").unwrap();
        assert_eq!(v.as_deref(), Some("Jane Doe"));
    }
}

/// Required by `cargo pgrx test`.
#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}

    #[must_use]
    pub fn postgresql_conf_options() -> Vec<&'static str> {
        // A fixed test-only master key (the throwaway test cluster only).
        vec![
            "shared_preload_libraries = 'pg_phi'",
            "max_worker_processes = 32",
            "phi.master_key_command = 'echo 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'",
        ]
    }
}
