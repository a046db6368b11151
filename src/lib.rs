//! pg_phi: HIPAA technical safeguards inside PostgreSQL.
//!
//! This file is the table of contents. Each capability lives in a module
//! named after it; the pure logic is in the `phi_core` crate (`core/`), and
//! the modules here are the thin SQL glue on top of it.

use pgrx::prelude::*;

::pgrx::pg_module_magic!(name, version);

mod detect;
mod error;
mod gucs;
mod keys;
mod maintenance;
mod privilege;
mod scan;
mod sealed;
mod watch;

// Hand-written SQL, in a deliberate order: the schema's tables first, the
// functions that read them next, grants last (one place to audit them).
pgrx::extension_sql_file!("../sql/bootstrap.sql", name = "bootstrap", bootstrap);
pgrx::extension_sql_file!(
    "../sql/custom_patterns.sql",
    name = "custom_patterns",
    requires = ["bootstrap", detect::check_pattern, detect::patterns_changed, detect::max_patterns]
);
pgrx::extension_sql_file!(
    "../sql/scan.sql",
    name = "scan",
    requires = ["custom_patterns", detect::detect, scan::column_hint, maintenance::sample_column]
);
pgrx::extension_sql_file!(
    "../sql/sealed.sql",
    name = "sealed",
    requires = [
        "custom_patterns",
        keys::_rotate_key,
        keys::_rewrap_keys,
        keys::_current_key_version,
        maintenance::reencrypt_batch,
        maintenance::key_usage,
        maintenance::convert_column,
        maintenance::bind_column
    ]
);
pgrx::extension_sql_file!(
    "../sql/finalize.sql",
    name = "finalize",
    finalize
);

#[pg_guard]
pub extern "C-unwind" fn _PG_init() {
    gucs::init();
    watch::init();
    detect::init();
    // Loaded by shared_preload_libraries: build the detector's tables here,
    // in the postmaster, so that every backend inherits them copy-on-write
    // instead of building its own ~3 MB on its first call (10-15 ms).
    // SAFETY: reading a flag the postmaster sets before loading libraries.
    if unsafe { pg_sys::process_shared_preload_libraries_in_progress } {
        phi_core::detect::warm_up();
    }
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

    #[pg_test]
    fn custom_pattern_takes_effect_in_the_same_session() {
        Spi::run("SELECT phi.add_pattern('acme_mrn', 'mrn', 'ACME-[0-9]{6}', '{}', 0.9)").unwrap();
        let n = Spi::get_one::<i64>(
            "SELECT count(*) FROM phi.detect('chart ACME-123456') WHERE type = 'mrn'",
        )
        .unwrap();
        assert_eq!(n, Some(1));
        Spi::run("SELECT phi.drop_pattern('acme_mrn')").unwrap();
        let n = Spi::get_one::<i64>(
            "SELECT count(*) FROM phi.detect('chart ACME-123456') WHERE type = 'mrn'",
        )
        .unwrap();
        assert_eq!(n, Some(0));
    }

    #[pg_test]
    fn sealed_value_keeps_class_subject_and_is_sealed_for_superuser() {
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
            d.detect(&text, 0.5);
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
        assert_eq!(d.detect("SSN 123-45-6789", 0.5).len(), 1);
    }

    #[pg_test]
    fn phi_reader_members_see_plaintext() {
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
        vec!["phi.master_key_command = 'echo 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'"]
    }
}
