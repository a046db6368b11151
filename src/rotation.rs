//! Key rotation glue (sql/rotation.sql): a new data key version, re-wrapping
//! data keys under a new master key, and re-sealing one value under the
//! current data key (`phi._reseal`, which `phi.reencrypt`'s batches run as
//! each table's owner).

use crate::error::PhiError;
use crate::fmgr::{arg_bytes, new_varlena, v1_function};
use crate::keyed::header_digest;
use crate::keys::{self, DATA_KEY};
use crate::maintenance;
use phi_core::crypto::envelope::{self, Header, Subject};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;

/// Adds a new data key version (`CALL phi.rotate_key()` wraps this).
#[pg_extern(volatile, parallel_unsafe)]
fn _rotate_key() -> Result<i32, ErrorReport> {
    Ok(keys::rotate()? as i32)
}

/// The current data key version.
#[pg_extern(volatile, parallel_unsafe)]
fn _current_key_version() -> Result<i32, ErrorReport> {
    Ok(keys::current(DATA_KEY)?.0 as i32)
}

/// Re-wraps all data keys (`CALL phi.rotate_master_key(...)` wraps this).
#[pg_extern(volatile, parallel_unsafe)]
fn _rewrap_keys(
    new_key_file: Option<&str>,
    new_key_command: Option<&str>,
) -> Result<TableIterator<'static, (name!(keys, i64), name!(fingerprint, String))>, ErrorReport> {
    let (n, fp) = keys::rewrap(new_key_file, new_key_command)?;
    Ok(TableIterator::once((n, fp)))
}

/// `phi._needs_reseal(v, target)`: whether `phi.reencrypt` must re-seal `v`
/// (under an older data key version, or a 0.1.0 value). Reads the header
/// only.
#[pg_extern(sql = false)]
fn needs_reseal_sql(value: &[u8], target: i32) -> Result<bool, ErrorReport> {
    let env = envelope::parse(value).map_err(PhiError::from)?;
    Ok(env.header.key_version as i64 != target as i64 || env.format != envelope::FORMAT)
}

/// `phi._reseal(v)`: re-sealed under the current data key and format, same
/// class and subject (a 0.1.0 clear subject becomes its digest); a value
/// already current comes back as the same datum. Runs as a table's owner
/// inside `phi.reencrypt`'s batches only.
unsafe fn reseal_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    maintenance::require("phi._reseal")?;
    let bytes = unsafe { arg_bytes(fcinfo, 0) };
    let env = envelope::parse(bytes)?;
    let (cur, c) = keys::current(DATA_KEY)?;
    if env.header.key_id == DATA_KEY && env.header.key_version == cur && env.format == envelope::FORMAT {
        return Ok(unsafe { pgrx::fcinfo::pg_getarg_datum_raw(fcinfo, 0) });
    }
    let plain = crate::encrypted::open(bytes)?;
    let digest = header_digest(env.header.subject)?;
    let h = Header {
        key_id: DATA_KEY,
        key_version: cur,
        class: env.header.class,
        subject: digest.as_ref().map(|d| Subject::Digest(&d[..])),
    };
    let (v, out) = unsafe { new_varlena(envelope::sealed_len(&h, plain.len())) };
    envelope::seal_into(&c, &h, &plain, out)?;
    Ok(pg_sys::Datum::from(v))
}
v1_function!(pg_finfo_phi_reseal, phi_reseal, reseal_body);

#[cfg(any(test, feature = "pg_test"))]
#[pg_schema]
mod tests {
    use super::*;

    /// A 0.1.0 value (format 1: the subject in clear) under the current
    /// data key, in its text form.
    fn v1_value(plain: &[u8], class: &str, subject: &str) -> String {
        let (v, c) = keys::current(DATA_KEY).unwrap();
        let h = Header { key_id: DATA_KEY, key_version: v, class, subject: Some(Subject::Clear(subject)) };
        envelope::to_text(&envelope::seal(&c, &h, plain).unwrap())
    }

    fn id_in_header(q: &str) -> bool {
        Spi::get_one::<bool>(&format!(
            "SELECT position('M-1'::bytea IN decode(substr(({q})::text, 6), 'base64')) > 0"
        ))
        .unwrap()
        .unwrap()
    }

    #[pg_test]
    fn values_of_0_1_0_keep_opening_and_reencrypt_digests_their_subject() {
        Spi::run("SELECT phi.init_keys()").unwrap();
        Spi::run("CREATE TABLE v1t (id int, mrn text, ssn text); INSERT INTO v1t VALUES (1, 'M-1', 'x')").unwrap();
        Spi::run("CALL phi.protect_column('v1t', 'ssn', 'ssn', 'mrn')").unwrap();
        // stored as 0.1.0 wrote it (the trigger bypassed, as a restore of
        // an old dump's data would)
        let old = v1_value(b"123-45-6789", "ssn", "M-1");
        Spi::run("SET session_replication_role = replica").unwrap();
        Spi::run(&format!("UPDATE v1t SET ssn = '{old}'")).unwrap();
        Spi::run("RESET session_replication_role").unwrap();
        assert!(id_in_header("SELECT ssn FROM v1t"));
        // equal subjects compare equal across formats
        let same = Spi::get_one::<bool>("SELECT phi.subject(ssn) = phi.subject_digest('M-1') FROM v1t").unwrap();
        assert_eq!(same, Some(true));
        // one re-encryption batch re-seals it as format 2, without a rotation
        let n = Spi::get_one::<i64>(
            "SELECT phi._reencrypt_batch('v1t'::regclass, 'ssn', 0, 100, phi._current_key_version())",
        )
        .unwrap();
        assert_eq!(n, Some(1));
        assert!(!id_in_header("SELECT ssn FROM v1t"));
        let same = Spi::get_one::<bool>("SELECT phi.subject(ssn) = phi.subject_digest('M-1') FROM v1t").unwrap();
        assert_eq!(same, Some(true));
        Spi::run("CREATE ROLE pgtest_v1_reader; GRANT phi_reader TO pgtest_v1_reader; GRANT SELECT ON v1t TO pgtest_v1_reader").unwrap();
        Spi::run("SET ROLE pgtest_v1_reader").unwrap();
        let plain = Spi::get_one::<String>("SELECT ssn::text FROM v1t").unwrap();
        Spi::run("RESET ROLE").unwrap();
        assert_eq!(plain.as_deref(), Some("123-45-6789"));
        // a second batch finds nothing left to do
        let n = Spi::get_one::<i64>(
            "SELECT phi._reencrypt_batch('v1t'::regclass, 'ssn', 0, 100, phi._current_key_version())",
        )
        .unwrap();
        assert_eq!(n, Some(0));
    }

    #[pg_test]
    fn a_0_1_0_value_written_through_the_column_is_resealed_with_a_digest() {
        Spi::run("SELECT phi.init_keys()").unwrap();
        Spi::run("CREATE TABLE v1w (id int, mrn text, ssn text)").unwrap();
        Spi::run("CALL phi.protect_column('v1w', 'ssn', 'ssn', 'mrn')").unwrap();
        let old = v1_value(b"987-65-4321", "ssn", "M-1");
        Spi::run(&format!("INSERT INTO v1w VALUES (1, 'M-1', '{old}')")).unwrap();
        assert!(!id_in_header("SELECT ssn FROM v1w"));
        let same = Spi::get_one::<bool>("SELECT phi.subject(ssn) = phi.subject_digest('M-1') FROM v1w").unwrap();
        assert_eq!(same, Some(true));
    }
}
