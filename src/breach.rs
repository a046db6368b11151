//! The breach workflow's server side (sql/breach.sql): the notices an
//! incident owes and their states, status changes, severity and the risk
//! assessment, all decided by `phi_core::breach`; and the affected-patient
//! scope, read from a verified audit chain.

use crate::error::PhiError;
use crate::privilege::as_extension_owner;
use phi_core::breach::{self as rule, Assessment, Facts, Risk};
use pgrx::datetime::{Date, TimestampWithTimeZone};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use std::collections::HashMap;

fn days(d: Date) -> Result<i32, PhiError> {
    if d.is_infinity() || d.is_neg_infinity() {
        return Err(PhiError::BreachArgument("dates must be finite".into()));
    }
    Ok(d.to_pg_epoch_days())
}

/// `affected_by_state` as (code, count) pairs: an object of USPS codes to
/// non-negative integers.
fn states(by_state: Option<&pgrx::JsonB>) -> Result<Vec<(String, i64)>, PhiError> {
    let Some(j) = by_state else { return Ok(Vec::new()) };
    let obj = j.0.as_object().ok_or_else(|| {
        PhiError::BreachArgument("affected_by_state must be a JSON object of state codes to counts, as {\"CA\": 620, \"NV\": 12}".into())
    })?;
    let mut out = Vec::with_capacity(obj.len());
    for (k, v) in obj {
        if !rule::is_jurisdiction(k) {
            // a key is not echoed: a swapped argument may be PHI
            return Err(PhiError::BreachArgument(
                "affected_by_state has a key that is not a US state, DC or territory code (two capital letters, as CA)".into(),
            ));
        }
        let n = v.as_i64().filter(|n| *n >= 0).ok_or_else(|| {
            PhiError::BreachArgument(format!("affected_by_state: the count for {k} must be a non-negative integer"))
        })?;
        out.push((k.clone(), n));
    }
    Ok(out)
}

/// `phi._breach_obligations(...)`: the notices an incident owes.
#[pg_extern(sql = false)]
fn breach_obligations(
    discovered: Date,
    affected: Option<i64>,
    by_state: Option<pgrx::JsonB>,
    business_associate: bool,
    exempt: bool,
) -> Result<
    TableIterator<
        'static,
        (name!(obligation, String), name!(jurisdiction, Option<String>), name!(required, bool), name!(due, Date), name!(basis, String)),
    >,
    ErrorReport,
> {
    let by_state = states(by_state.as_ref())?;
    let f = Facts { discovered: days(discovered)?, affected, by_state: &by_state, business_associate, exempt };
    let rows: Vec<_> = rule::obligations(&f)
        .into_iter()
        .map(|d| (d.obligation.as_str().to_string(), d.jurisdiction, d.required, Date::saturating_from_raw(d.due), d.basis.to_string()))
        .collect();
    Ok(TableIterator::new(rows))
}

/// `phi._breach_check_states(by_state)`: validates the per-state counts and
/// returns their sum (NULL for NULL).
#[pg_extern(sql = false)]
fn breach_check_states(by_state: Option<pgrx::JsonB>) -> Result<Option<i64>, ErrorReport> {
    if by_state.is_none() {
        return Ok(None);
    }
    Ok(Some(states(by_state.as_ref())?.iter().map(|(_, n)| n).sum()))
}

/// `phi._breach_due_state(required, due, done, as_of)`.
#[pg_extern(sql = false)]
fn breach_due_state(required: bool, due: Date, done: bool, as_of: Date) -> Result<String, ErrorReport> {
    Ok(rule::due_state(required, days(due)?, done, days(as_of)?).as_str().to_string())
}

/// `phi._breach_transition(from, to, pending)`: `to` if the change is
/// legal, else the reason as an error.
#[pg_extern(sql = false)]
fn breach_transition(from: &str, to: &str, pending: Vec<Option<String>>) -> Result<String, ErrorReport> {
    let pending: Vec<String> = pending.into_iter().flatten().collect();
    match rule::transition(from, to, &pending) {
        Ok(s) => Ok(s.as_str().to_string()),
        Err(e @ rule::TransitionError::Unknown(_)) => Err(PhiError::BreachArgument(e.to_string()).into()),
        Err(e) => Err(PhiError::BreachTransition(e.to_string()).into()),
    }
}

/// `phi._breach_severity(affected, classes)`.
#[pg_extern(sql = false)]
fn breach_severity(affected: Option<i64>, classes: Vec<Option<String>>) -> String {
    let classes: Vec<String> = classes.into_iter().flatten().collect();
    let refs: Vec<&str> = classes.iter().map(String::as_str).collect();
    rule::severity(affected, &refs).as_str().to_string()
}

/// `phi._breach_categories()`: the categories `report_breach` accepts
/// beside the data classes.
#[pg_extern(sql = false)]
fn breach_categories() -> Vec<String> {
    rule::BREACH_CATEGORIES.iter().map(|s| s.to_string()).collect()
}

fn risk(name: &'static str, v: Option<&str>) -> Result<Risk, PhiError> {
    v.and_then(Risk::parse).ok_or_else(|| PhiError::BreachArgument(format!("{name} must be low, medium or high")))
}

/// `phi._breach_assess(nature, recipient, acquired, mitigation,
/// plaintext_reads, masked_or_writes, sealed_or_denied)`: factor 3 from the
/// audit evidence when there is any, else the officer's; the probability
/// of compromise and whether notification is required.
#[pg_extern(sql = false)]
#[allow(clippy::type_complexity)]
fn breach_assess(
    nature: Option<&str>,
    recipient: Option<&str>,
    acquired: Option<&str>,
    mitigation: Option<&str>,
    plaintext_reads: i64,
    masked_or_writes: i64,
    sealed_or_denied: i64,
) -> Result<
    TableIterator<
        'static,
        (name!(acquired, String), name!(acquired_source, String), name!(probability, String), name!(notification_required, bool)),
    >,
    ErrorReport,
> {
    let officer = acquired.map(|a| risk("acquired", Some(a))).transpose()?;
    let evidence = rule::acquired_from_audit(plaintext_reads, masked_or_writes, sealed_or_denied);
    let (acq, source) = match (evidence, officer) {
        (Some(e), _) => (e, "audit"),
        (None, Some(o)) => (o, "officer"),
        (None, None) => {
            return Err(PhiError::BreachArgument(
                "the audit trail holds no event of the incident's suspect role and window: give acquired (low, medium or high)".into(),
            )
            .into())
        }
    };
    let a = Assessment { nature: risk("nature", nature)?, recipient: risk("recipient", recipient)?, acquired: acq, mitigation: risk("mitigation", mitigation)? };
    Ok(TableIterator::once((acq.as_str().to_string(), source.to_string(), a.probability().as_str().to_string(), a.notification_required())))
}

// ---------------------------------------------------------------- the audit window

mod sql {
    pub const WINDOW_FIRST: &str = "SELECT pg_catalog.min(seq) FROM phi.audit_log \
        WHERE occurred_at OPERATOR(pg_catalog.>=) $1 AND occurred_at OPERATOR(pg_catalog.<) $2";
    pub const BEFORE: &str = "SELECT pg_catalog.max(seq) FROM phi.audit_log WHERE seq OPERATOR(pg_catalog.<) $1";
    pub const OLDEST: &str = "SELECT seq, occurred_at, prev_hash OPERATOR(pg_catalog.=) $1 FROM phi.audit_log ORDER BY seq LIMIT 1";
    pub const SCOPE: &str = "\
        WITH e AS ( \
            SELECT a.seq, a.occurred_at, a.action, a.classes, s.subject \
              FROM phi.audit_log a CROSS JOIN LATERAL pg_catalog.unnest(a.subjects) s(subject) \
             WHERE (a.actor OPERATOR(pg_catalog.=) $1 OR a.session_user_name OPERATOR(pg_catalog.=) $1) \
               AND a.occurred_at OPERATOR(pg_catalog.>=) $2 AND a.occurred_at OPERATOR(pg_catalog.<) $3 \
               AND a.action OPERATOR(pg_catalog.=) ANY ('{read,read_masked,insert,update,delete}'::pg_catalog.text[]) \
               AND s.subject IS NOT NULL) \
        SELECT e.subject, \
               ARRAY(SELECT DISTINCT c FROM e e2 CROSS JOIN LATERAL pg_catalog.unnest(e2.classes) c \
                      WHERE e2.subject OPERATOR(pg_catalog.=) e.subject AND c IS NOT NULL ORDER BY c), \
               pg_catalog.array_agg(DISTINCT e.action ORDER BY e.action), \
               pg_catalog.count(*), pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at) \
          FROM e GROUP BY e.subject ORDER BY pg_catalog.min(e.occurred_at), e.subject";
}

fn spi(e: pgrx::spi::SpiError) -> PhiError {
    PhiError::Catalog("phi.audit_log", e.to_string())
}

/// Whether the audit chain accounts for every event from `from_ts` on:
/// `None` if it does, else why not (rows purged before the window, or the
/// chain broken from the row before the window's first to the head).
pub fn window_problem(from_ts: TimestampWithTimeZone, to_ts: TimestampWithTimeZone) -> Result<Option<String>, PhiError> {
    let (first, before, oldest) = as_extension_owner(|| {
        Spi::connect(|c| -> Result<_, pgrx::spi::SpiError> {
            let first = c.select(sql::WINDOW_FIRST, None, &[from_ts.into(), to_ts.into()])?.first().get_one::<i64>()?;
            let before = match first {
                Some(f) => c.select(sql::BEFORE, None, &[f.into()])?.first().get_one::<i64>()?,
                None => None,
            };
            let t = c.select(sql::OLDEST, None, &[phi_core::audit::GENESIS.to_vec().into()])?;
            let oldest = if t.is_empty() {
                None
            } else {
                let r = t.first();
                Some((r.get::<i64>(1)?, r.get::<TimestampWithTimeZone>(2)?, r.get::<bool>(3)?.unwrap_or(false)))
            };
            Ok((first, before, oldest))
        })
    })
    .map_err(spi)?;
    // purged: the oldest row left does not follow the genesis hash, and
    // the window starts before it
    if let Some((_, Some(at), false)) = oldest {
        if from_ts < at {
            return Ok(Some(format!("the audit log was purged before {at}; the window starts earlier")));
        }
    }
    let Some(first) = first else { return Ok(None) };
    let v = crate::audit::verify_from(Some(before.unwrap_or(first)))?;
    if let Some(b) = v.breaks.first() {
        return Ok(Some(format!(
            "the audit chain does not verify from seq {}: {} problem(s), the first at seq {} ({})",
            before.unwrap_or(first),
            v.breaks.len(),
            b.seq,
            b.kind.as_str()
        )));
    }
    Ok(None)
}

/// `phi._audit_window_problem(from_ts, to_ts)`, for the indicators and the
/// compliance report (phi_compliance and phi_admin).
#[pg_extern(sql = false)]
fn audit_window_problem(from_ts: TimestampWithTimeZone, to_ts: TimestampWithTimeZone) -> Result<Option<String>, ErrorReport> {
    crate::audit::require_compliance("phi._audit_window_problem")?;
    Ok(window_problem(from_ts, to_ts)?)
}


/// `phi.breach_scope(role, from_ts, to_ts, patients, id_col)`: the patients
/// whose PHI `role` (as the current user or the login) read in plaintext,
/// masked or under break-glass, or changed, in the window, by class, from
/// an audit chain that verifies over the window. With `patients` and
/// `id_col`, each digest is matched to its id by reading that table with
/// the caller's rights.
#[pg_extern(sql = false)]
fn breach_scope(
    role: &str,
    from_ts: TimestampWithTimeZone,
    to_ts: TimestampWithTimeZone,
    patients: Option<pg_sys::Oid>,
    id_col: Option<&str>,
) -> Result<TableIterator<
        'static,
        (
            name!(subject, String),
            name!(patient_id, Option<String>),
            name!(classes, Vec<Option<String>>),
            name!(actions, Vec<Option<String>>),
            name!(events, i64),
            name!(first_at, TimestampWithTimeZone),
            name!(last_at, TimestampWithTimeZone),
        ),
    >, ErrorReport> {
    crate::audit::require_compliance("phi.breach_scope")?;
    if from_ts >= to_ts {
        return Err(PhiError::BreachArgument("the window's start must be before its end".into()).into());
    }
    if patients.is_some() != id_col.is_some() {
        return Err(PhiError::BreachArgument("give both patients and id_col, or neither".into()).into());
    }
    if let Some(why) = window_problem(from_ts, to_ts)? {
        return Err(PhiError::BreachScopeUnverified(why).into());
    }
    type Raw = (Vec<u8>, Vec<Option<String>>, Vec<Option<String>>, i64, TimestampWithTimeZone, TimestampWithTimeZone);
    let raw: Vec<Raw> = as_extension_owner(|| {
        Spi::connect(|c| {
            let mut out = Vec::new();
            for r in c.select(sql::SCOPE, None, &[role.into(), from_ts.into(), to_ts.into()])? {
                out.push((
                    r.get::<Vec<u8>>(1)?.unwrap_or_default(),
                    r.get::<Vec<Option<String>>>(2)?.unwrap_or_default(),
                    r.get::<Vec<Option<String>>>(3)?.unwrap_or_default(),
                    r.get::<i64>(4)?.unwrap_or(0),
                    r.get::<TimestampWithTimeZone>(5)?.expect("min of a non-empty group"),
                    r.get::<TimestampWithTimeZone>(6)?.expect("max of a non-empty group"),
                ));
            }
            Ok::<_, pgrx::spi::SpiError>(out)
        })
    })
    .map_err(spi)?;
    let ids = match (patients, id_col) {
        (Some(tbl), Some(col)) if !raw.is_empty() => patient_ids(tbl, col)?,
        _ => HashMap::new(),
    };
    let n = raw.len();
    let rows: Vec<_> = raw
        .into_iter()
        .map(|(d, classes, actions, events, first, last)| {
            let id = ids.get(d.as_slice()).cloned();
            (phi_core::crypto::keys::hex(&d), id, classes, actions, events, first, last)
        })
        .collect();
    let reason = format!("role {role}, {n} patients");
    crate::audit::append(&crate::audit::Event {
        action: "breach_scope",
        relation: None,
        classes: &[],
        subject: None,
        row_count: n as i64,
        outcome: "ok",
        reason: Some(&reason),
    })?;
    Ok(TableIterator::new(rows))
}

/// Every id in `tbl.col` by its subject digest, read with the caller's
/// rights (the caller's privileges and row security decide what it sees).
fn patient_ids(tbl: pg_sys::Oid, col: &str) -> Result<HashMap<Vec<u8>, String>, PhiError> {
    let colname = std::ffi::CString::new(col).map_err(|_| PhiError::NulByte)?;
    // SAFETY: catalog lookups by OID and name.
    let (exists, attnum) = unsafe {
        let rel = pg_sys::get_rel_name(tbl);
        (!rel.is_null(), pg_sys::get_attnum(tbl, colname.as_ptr()))
    };
    if !exists {
        return Err(PhiError::NoSuchRelation);
    }
    if attnum <= 0 {
        return Err(PhiError::BreachArgument("id_col is not a column of patients".into()));
    }
    // regclass output quotes and qualifies as needed; the column is quoted
    let q = format!("SELECT (p.{})::pg_catalog.text FROM {} p", crate::privilege::quote_ident(col)?, regclass_text(tbl)?);
    let mut map = HashMap::new();
    Spi::connect(|c| -> Result<(), PhiError> {
        let t = c.select(&q, None, &[]).map_err(|e| PhiError::Query(e.to_string()))?;
        for r in t {
            if let Some(id) = r.get::<String>(1).map_err(|e| PhiError::Query(e.to_string()))? {
                if let Ok(d) = crate::keyed::subject_digest(&id) {
                    map.insert(d.to_vec(), id);
                }
            }
        }
        Ok(())
    })?;
    Ok(map)
}

/// A relation's name as SQL writes it (qualified when not visible).
fn regclass_text(oid: pg_sys::Oid) -> Result<String, PhiError> {
    // SAFETY: regclassout on an OID; a palloc'd C string.
    let s = unsafe {
        let d = pg_sys::OidFunctionCall1Coll(pg_sys::Oid::from(pg_sys::F_REGCLASSOUT), pg_sys::InvalidOid, pg_sys::Datum::from(oid));
        std::ffi::CStr::from_ptr(d.cast_mut_ptr::<std::ffi::c_char>()).to_string_lossy().into_owned()
    };
    Ok(s)
}

/// `phi._data_key_created()`: when the current data key was created (for
/// compliance_report; phi.keys itself is readable by its owner alone).
#[pg_extern(sql = false)]
fn data_key_created() -> Result<Option<TimestampWithTimeZone>, ErrorReport> {
    crate::audit::require_compliance("phi._data_key_created")?;
    let t = as_extension_owner(|| {
        Spi::get_one::<TimestampWithTimeZone>(
            "SELECT pg_catalog.max(created_at) FROM phi.keys \
             WHERE purpose OPERATOR(pg_catalog.=) 'data' AND state OPERATOR(pg_catalog.=) 'active'",
        )
    })
    .map_err(spi)?;
    Ok(t)
}
