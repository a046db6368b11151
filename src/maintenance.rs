//! What the maintenance procedures (`phi.reencrypt`, `phi.protect_column`,
//! `phi.refresh_key_usage`, `phi.retire_key_version`, `phi.scan_table`) do
//! to other roles' tables, each statement run as the table's owner through
//! [`crate::privilege::as_table_owner`].
//!
//! A superuser calling `CALL phi.reencrypt()` must not run another role's
//! BEFORE UPDATE trigger, `DO ALSO` rule, expression index or generated
//! column with superuser rights; so every statement that writes or reads a
//! user table is built here (identifiers quoted, operators qualified) and
//! run as that table's owner in a restricted security context, as VACUUM
//! and REINDEX do. The internal functions those statements call as the
//! owner are guarded: `phi._reseal` is refused outside a re-encryption
//! batch ([`require`]), and it only re-seals an authentic value with the
//! header it already has, so owner code that runs inside a batch gains
//! nothing by calling it. No statement carries a secret: owner code can
//! read the text of the statement it runs under (`GET DIAGNOSTICS ...
//! PG_CONTEXT`), so nothing a statement says may grant anything.

use crate::error::PhiError;
use crate::privilege::{self, as_table_owner, quote_ident, Table};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use std::cell::Cell;

/// The column `phi.protect_column` is converting in this backend now.
pub struct Conversion {
    pub class: String,
    /// The class of the subject column's values when it is itself
    /// protected (the only sealed subjects opened).
    pub subject_class: Option<String>,
}

thread_local! {
    /// Depth of maintenance statements running in this backend.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static CONVERSION: std::cell::RefCell<Option<Conversion>> = const { std::cell::RefCell::new(None) };
}

/// `f` applied to the running conversion, or a refusal of `what` outside one.
pub fn with_conversion<R>(what: &'static str, f: impl FnOnce(&Conversion) -> R) -> Result<R, PhiError> {
    CONVERSION.with(|c| c.borrow().as_ref().map(f)).ok_or(PhiError::Internal(what))
}

/// Refuses an internal function called outside a maintenance statement.
pub fn require(what: &'static str) -> Result<(), PhiError> {
    if DEPTH.with(Cell::get) > 0 {
        Ok(())
    } else {
        Err(PhiError::Internal(what))
    }
}

thread_local! {
    /// The column a re-encryption batch is re-sealing now (relation, column).
    static TARGET: std::cell::RefCell<Option<(pg_sys::Oid, String)>> = const { std::cell::RefCell::new(None) };
}

/// Whether a re-encryption batch is re-sealing column `col` of `rel` in
/// this backend now: its rewrite of that column writes no new content,
/// and the column trigger lets it through without a write check. Any
/// other write during the batch (owner code touching another table or
/// column) is checked as usual.
pub fn is_target(rel: pg_sys::Oid, col: &str) -> bool {
    DEPTH.with(Cell::get) > 0 && TARGET.with(|t| t.borrow().as_ref().is_some_and(|(r, c)| *r == rel && c == col))
}

/// Runs `f` with the maintenance flag raised (lowered again on error).
fn flagged<R>(f: impl FnOnce() -> R) -> R {
    DEPTH.with(|d| d.set(d.get() + 1));
    let f = std::panic::AssertUnwindSafe(f);
    PgTryBuilder::new(move || {
        let f = f;
        (f.0)()
    })
    .finally(|| DEPTH.with(|d| d.set(d.get().saturating_sub(1))))
    .execute()
}

fn table(rel: pg_sys::Oid) -> Result<Table, PhiError> {
    privilege::table(rel).ok_or_else(|| PhiError::NotATable)
}

// ---------------------------------------------------------------- statements

fn reencrypt_statement(t: &Table, col: &str, first_block: i64, end_block: i64) -> String {
    format!(
        "UPDATE {t} SET {col} = phi._reseal({col}) \
         WHERE ctid OPERATOR(pg_catalog.>=) '({first_block},0)'::pg_catalog.tid \
           AND ctid OPERATOR(pg_catalog.<) '({end_block},0)'::pg_catalog.tid \
           AND phi._needs_reseal({col}, $1)",
        t = t.qualified
    )
}

fn usage_statement(t: &Table, col: &str) -> String {
    format!(
        "SELECT phi.key_version({col}), pg_catalog.count(*) FROM {t} WHERE {col} IS NOT NULL GROUP BY 1 ORDER BY 1",
        t = t.qualified
    )
}

/// The conversion: `subject` is the subject column, quoted, with whether
/// it is itself sealed.
fn convert_statement(t: &Table, col: &str, subject: Option<(&str, bool)>) -> String {
    let (text_subject, sealed_subject) = match subject {
        None => ("NULL::pg_catalog.text".to_string(), "NULL::phi.encrypted_text".to_string()),
        // the output function's text, as the column trigger reads it
        Some((s, false)) => (format!("pg_catalog.format('%s', {s})"), "NULL::phi.encrypted_text".to_string()),
        Some((s, true)) => ("NULL::pg_catalog.text".to_string(), s.to_string()),
    };
    format!(
        "ALTER TABLE {t} ALTER COLUMN {col} TYPE phi.encrypted_text \
         USING phi._convert_value({col}::pg_catalog.text, {text_subject}, {sealed_subject})",
        t = t.qualified
    )
}

/// Rewrites the rows whose value is not yet sealed for the column's class
/// (`$1`), or that lack a blind index: the column trigger binds each to
/// its class and the row's subject and computes the index, as on any write.
fn bind_statement(t: &Table, col: &str, bidx: Option<&str>) -> String {
    let missing = bidx.map(|b| format!(" OR {b} IS NULL")).unwrap_or_default();
    format!(
        "UPDATE {t} SET {col} = {col} WHERE {col} IS NOT NULL \
           AND (phi.data_class({col}) OPERATOR(pg_catalog.<>) $1{missing})",
        t = t.qualified
    )
}

fn sample_statement(qualified: &str, col: &str, tablesample: bool) -> String {
    let sample = if tablesample { " TABLESAMPLE BERNOULLI ($2)" } else { "" };
    format!(
        "SELECT pg_catalog.array_agg(v) FROM \
         (SELECT {col}::pg_catalog.text AS v FROM {qualified}{sample} WHERE {col} IS NOT NULL LIMIT $1) s"
    )
}

/// Every statement this module builds, for the operator test in
/// [`crate::privilege`].
#[cfg(test)]
pub fn statements_for_tests(t: &Table, col: &str, bidx: &str) -> Vec<String> {
    vec![
        reencrypt_statement(t, col, 0, 10),
        usage_statement(t, col),
        convert_statement(t, col, None),
        convert_statement(t, col, Some(("\"s|ubj\"", false))),
        convert_statement(t, col, Some(("\"s|ubj\"", true))),
        bind_statement(t, col, None),
        bind_statement(t, col, Some(bidx)),
        sample_statement(&t.qualified, col, true),
        sample_statement(&t.qualified, col, false),
    ]
}

fn spi(e: pgrx::spi::SpiError) -> PhiError {
    PhiError::Query(e.to_string())
}

// ---------------------------------------------------------------- SQL

/// One batch of `phi.reencrypt`: re-seals the values of `col` in heap
/// blocks [`first_block`, `end_block`) that need it, as the table's owner.
/// Returns the number of rows re-sealed.
#[pg_extern(volatile, parallel_unsafe, name = "_reencrypt_batch")]
fn reencrypt_batch(rel: pg_sys::Oid, col: &str, first_block: i64, end_block: i64, target: i32) -> Result<i64, ErrorReport> {
    let t = table(rel)?;
    let q = reencrypt_statement(&t, &quote_ident(col)?, first_block.max(0), end_block.max(0));
    TARGET.with(|t| *t.borrow_mut() = Some((rel, col.to_string())));
    let r = PgTryBuilder::new(|| {
        as_table_owner(&t, || flagged(|| Spi::connect_mut(|c| c.update(&q, None, &[target.into()]).map(|r| r.len() as i64))))
    })
    .finally(|| TARGET.with(|t| *t.borrow_mut() = None))
    .execute();
    Ok(r?.map_err(spi)?)
}

/// Sealed values of `col` per data key version, counted as the table's
/// owner (for `phi.key_usage` and `phi.retire_key_version`).
#[pg_extern(volatile, parallel_unsafe, name = "_key_usage")]
fn key_usage(
    rel: pg_sys::Oid,
    col: &str,
) -> Result<TableIterator<'static, (name!(version, i32), name!(rows, i64))>, ErrorReport> {
    let t = table(rel)?;
    let q = usage_statement(&t, &quote_ident(col)?);
    let rows = as_table_owner(&t, || {
        Spi::connect(|c| -> Result<Vec<(i32, i64)>, pgrx::spi::SpiError> {
            let mut out = Vec::new();
            for row in c.select(&q, None, &[])? {
                out.push((row.get::<i32>(1)?.unwrap_or(0), row.get::<i64>(2)?.unwrap_or(0)));
            }
            Ok(out)
        })
    })?
    .map_err(spi)?;
    Ok(TableIterator::new(rows))
}

/// `phi.protect_column`'s conversion: one table rewrite to
/// `phi.encrypted_text` as the table's owner (the plaintext heap file is
/// unlinked), each value sealed by `phi._convert_value` for `class` and its
/// row's subject. That function takes the class and the subject column's
/// class from [`Conversion`], set here in the backend and nowhere in the
/// statement's text (owner code running during the statement can read
/// that text), and refuses to run outside the conversion. Owner code that
/// calls it during the conversion gets what it would get by writing rows
/// to its own table once protected: values of this column's class bound to
/// subjects of its choice.
#[pg_extern(volatile, parallel_unsafe, name = "_convert_column")]
fn convert_column(
    rel: pg_sys::Oid,
    col: &str,
    class: &str,
    subject_col: Option<&str>,
    subject_class: Option<&str>,
) -> Result<(), ErrorReport> {
    let t = table(rel)?;
    let subject = subject_col.map(quote_ident).transpose()?;
    let q = convert_statement(&t, &quote_ident(col)?, subject.as_deref().map(|s| (s, subject_class.is_some())));
    let state = Conversion { class: class.to_string(), subject_class: subject_class.map(str::to_string) };
    CONVERSION.with(|c| *c.borrow_mut() = Some(state));
    let r = PgTryBuilder::new(|| as_table_owner(&t, || Spi::connect_mut(|c| c.update(&q, None, &[]).map(|_| ()))))
        .finally(|| CONVERSION.with(|c| *c.borrow_mut() = None))
        .execute();
    r?.map_err(spi)?;
    Ok(())
}

/// `phi.protect_column`'s second step: the column trigger seals every
/// value not yet of `class` for that class and its row's subject, and
/// fills a missing blind index, as the table's owner. Returns the rows
/// rewritten.
#[pg_extern(volatile, parallel_unsafe, name = "_bind_column")]
fn bind_column(rel: pg_sys::Oid, col: &str, class: &str, bidx: Option<&str>) -> Result<i64, ErrorReport> {
    let t = table(rel)?;
    let bidx = bidx.map(quote_ident).transpose()?;
    let q = bind_statement(&t, &quote_ident(col)?, bidx.as_deref());
    let n = as_table_owner(&t, || Spi::connect_mut(|c| c.update(&q, None, &[class.into()]).map(|r| r.len() as i64)))?
        .map_err(spi)?;
    Ok(n)
}

/// Up to `n` non-NULL values of `col` as text, for `phi.scan_table`; with
/// `percent`, from a `TABLESAMPLE BERNOULLI` sample. A caller who holds the
/// relation owner's privileges (its owner, a superuser) reads as the owner
/// in a restricted security context, so a view's functions or a type's
/// output function run with the owner's rights, not the caller's; anyone
/// else reads with their own rights, as a plain SELECT would.
#[pg_extern(stable, parallel_restricted, name = "_sample_column")]
fn sample_column(rel: pg_sys::Oid, col: &str, n: i32, percent: Option<f64>) -> Result<Vec<Option<String>>, ErrorReport> {
    let (t, _) = privilege::relation(rel).ok_or_else(|| PhiError::NoSuchRelation)?;
    let q = sample_statement(&t.qualified, &quote_ident(col)?, percent.is_some());
    let run = || {
        Spi::connect(|c| -> Result<Vec<Option<String>>, pgrx::spi::SpiError> {
            let mut args: Vec<pgrx::datum::DatumWithOid> = vec![(n as i64).into()];
            if let Some(p) = percent {
                args.push(p.into());
            }
            Ok(c.select(&q, None, &args)?.first().get_one::<Vec<Option<String>>>()?.unwrap_or_default())
        })
    };
    let vals = if privilege::may_act_as(t.owner) {
        as_table_owner(&t, run)?
    } else {
        run()
    }
    .map_err(spi)?;
    Ok(vals)
}
