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
    let mut sum: i64 = 0;
    for (_, n) in states(by_state.as_ref())? {
        sum = sum.checked_add(n).ok_or_else(|| PhiError::BreachArgument("affected_by_state counts more people than there are".into()))?;
    }
    Ok(Some(sum))
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
fn breach_severity(affected: Option<i64>, classes: Option<Vec<Option<String>>>) -> String {
    let classes: Vec<String> = classes.unwrap_or_default().into_iter().flatten().collect();
    let refs: Vec<&str> = classes.iter().map(String::as_str).collect();
    rule::severity(affected, &refs).as_str().to_string()
}

/// `phi._breach_categories()`: the categories `report_breach` accepts
/// beside the data classes.
#[pg_extern(sql = false)]
fn breach_categories() -> Vec<String> {
    rule::BREACH_CATEGORIES.iter().map(|s| s.to_string()).collect()
}

/// `phi._breach_jurisdictions()`: the state and territory codes.
#[pg_extern(sql = false)]
fn breach_jurisdictions() -> Vec<String> {
    rule::JURISDICTIONS.iter().map(|s| s.to_string()).collect()
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
    /// The last row written for a time before the window, and the
    /// window's first row, in one pass.
    pub const AROUND: &str = "SELECT pg_catalog.max(seq) FILTER (WHERE occurred_at OPERATOR(pg_catalog.<) $1), \
        pg_catalog.min(seq) FILTER (WHERE occurred_at OPERATOR(pg_catalog.>=) $1 AND occurred_at OPERATOR(pg_catalog.<) $2) \
        FROM phi.audit_log";
    pub const BEFORE: &str = "SELECT pg_catalog.max(seq) FROM phi.audit_log WHERE seq OPERATOR(pg_catalog.<) $1";
    pub const KNOWN_ROLE: &str = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) $1) \
        OR EXISTS (SELECT 1 FROM phi.audit_log WHERE actor OPERATOR(pg_catalog.=) $1 OR session_user_name OPERATOR(pg_catalog.=) $1)";
    pub const OLDEST: &str = "SELECT seq, occurred_at, prev_hash OPERATOR(pg_catalog.=) $1 FROM phi.audit_log ORDER BY seq LIMIT 1";
    pub const SCOPE: &str = "\
        WITH e AS ( \
            SELECT a.seq, a.occurred_at, a.action, a.classes, s.subject \
              FROM phi.audit_log a CROSS JOIN LATERAL pg_catalog.unnest(a.subjects) s(subject) \
             WHERE (a.actor OPERATOR(pg_catalog.=) $1 OR a.session_user_name OPERATOR(pg_catalog.=) $1) \
               AND a.occurred_at OPERATOR(pg_catalog.>=) $2 AND a.occurred_at OPERATOR(pg_catalog.<) $3 \
               AND a.action OPERATOR(pg_catalog.=) ANY ('{read,read_masked,insert,update,delete}'::pg_catalog.text[]) \
               AND s.subject IS NOT NULL) \
        , c AS ( \
            SELECT e.subject, pg_catalog.array_agg(DISTINCT cl ORDER BY cl) AS classes \
              FROM e CROSS JOIN LATERAL pg_catalog.unnest(e.classes) cl WHERE cl IS NOT NULL GROUP BY e.subject) \
        SELECT e.subject, COALESCE(c.classes, '{}'::pg_catalog.text[]), \
               pg_catalog.array_agg(DISTINCT e.action ORDER BY e.action), \
               pg_catalog.count(*), pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at) \
          FROM e LEFT JOIN c ON c.subject OPERATOR(pg_catalog.=) e.subject \
         GROUP BY e.subject, c.classes ORDER BY pg_catalog.min(e.occurred_at), e.subject";
    pub const KEY_CREATED: &str = "SELECT pg_catalog.max(created_at) FROM phi.keys \
        WHERE purpose OPERATOR(pg_catalog.=) 'data' AND state OPERATOR(pg_catalog.=) 'active'";
    /// Every query above (they run as the extension owner), for the
    /// operator test in `privilege`.
    #[cfg(test)]
    pub const ALL: &[&str] = &[AROUND, BEFORE, KNOWN_ROLE, OLDEST, SCOPE, KEY_CREATED];
}

#[cfg(test)]
pub fn switched_queries() -> Vec<String> {
    sql::ALL.iter().map(|s| s.to_string()).collect()
}

fn spi(e: pgrx::spi::SpiError) -> PhiError {
    PhiError::Catalog("phi.audit_log", e.to_string())
}

/// Whether the audit chain accounts for every event from `from_ts` on:
/// `None` if it does, else why not. The chain is verified from the row
/// before the window (the last one written for an earlier time, or the
/// one before the window's first event, whichever comes first) to the
/// head, so rows deleted from the window show even when none is left in
/// it; the log's first row must follow the genesis hash or a purge
/// checkpoint; and a window that starts before the oldest row a purge left
/// cannot be accounted for. A tail cut off after the window shows only
/// against a digest kept elsewhere (`phi.verify_audit_against`).
pub fn window_problem(from_ts: TimestampWithTimeZone, to_ts: TimestampWithTimeZone) -> Result<Option<String>, PhiError> {
    if let Some((seq, false)) = crate::audit::first_row_accounted_for()? {
        return Ok(Some(format!(
            "the audit chain does not verify from its first row: row {seq} follows neither the genesis hash nor a purge checkpoint \
             (rows removed without phi.purge_audit), the first at seq {seq} (unlinked)"
        )));
    }
    let (earlier, first, before_first, oldest) = as_extension_owner(|| {
        Spi::connect(|c| -> Result<_, pgrx::spi::SpiError> {
            let (earlier, first) = c.select(sql::AROUND, None, &[from_ts.into(), to_ts.into()])?.first().get_two::<i64, i64>()?;
            let before_first = match first {
                Some(f) => c.select(sql::BEFORE, None, &[f.into()])?.first().get_one::<i64>()?,
                None => None,
            };
            let t = c.select(sql::OLDEST, None, &[phi_core::audit::GENESIS.to_vec().into()])?;
            let oldest = if t.is_empty() {
                None
            } else {
                let r = t.first();
                Some((r.get::<TimestampWithTimeZone>(2)?, r.get::<bool>(3)?.unwrap_or(false)))
            };
            Ok((earlier, first, before_first, oldest))
        })
    })
    .map_err(spi)?;
    // where the walk starts: before everything the window may have held
    let start = match (earlier, before_first.or(first)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let v = crate::audit::verify_from(start)?;
    if let Some(b) = v.breaks.first() {
        return Ok(Some(format!(
            "the audit chain does not verify from seq {}: {} problem(s), the first at seq {} ({})",
            start.map_or("1".to_string(), |s| s.to_string()),
            v.breaks.len(),
            b.seq,
            b.kind.as_str()
        )));
    }
    // purged: the oldest row left does not follow the genesis hash (a
    // checkpoint names its cut, checked above), and the window starts
    // before it
    if let Some((Some(at), false)) = oldest {
        if from_ts < at {
            return Ok(Some(format!("the audit log was purged before {at}; the window starts earlier")));
        }
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
    let known = as_extension_owner(|| Spi::get_one_with_args::<bool>(sql::KNOWN_ROLE, &[role.into()])).map_err(spi)?;
    if known != Some(true) {
        // not echoed: a swapped argument may be PHI
        return Err(PhiError::BreachArgument("role names no role in the catalog or the audit trail".into()).into());
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
    // a disclosure of who was affected: recorded at once, like a read
    crate::audit::append_now(&crate::audit::Event {
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
/// rights and without running any code of the table's owner: no query is
/// planned (planning alone evaluates an index expression's immutable
/// functions as the caller), the table's own rows are read by a heap scan
/// (ONLY: not its inheritance children), and the caller must hold SELECT
/// on the table or the column and be bound by no row security policy of
/// it. A table or materialized view; the column of a built-in type, or
/// `phi.encrypted_text` (rendered for the caller by pg_phi's own output
/// function, audited like any read).
fn patient_ids(tbl: pg_sys::Oid, col: &str) -> Result<HashMap<Vec<u8>, String>, PhiError> {
    let bad = |m: &str| PhiError::BreachArgument(m.to_string());
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
        return Err(bad("id_col is not a column of patients"));
    }
    // SAFETY: catalog lookups by OID.
    let (relkind, typid) = unsafe { (pg_sys::get_rel_relkind(tbl) as u8, pg_sys::get_atttype(tbl, attnum)) };
    if !matches!(relkind, b'r' | b'm') {
        return Err(bad("patients must be a table or materialized view (for a partitioned table, name each partition)"));
    }
    let sealed = Spi::get_one::<pg_sys::Oid>("SELECT 'phi.encrypted_text'::pg_catalog.regtype::pg_catalog.oid")
        .map_err(|e| PhiError::Query(e.to_string()))?
        .unwrap_or(pg_sys::InvalidOid);
    if u32::from(typid) >= pg_sys::FirstNormalObjectId && typid != sealed {
        return Err(bad("id_col must be of a built-in type (or phi.encrypted_text)"));
    }
    // SAFETY: privilege and row-security checks for the current user.
    unsafe {
        let user = pg_sys::GetUserId();
        let select = pg_sys::ACL_SELECT as pg_sys::AclMode;
        if pg_sys::pg_class_aclcheck(tbl, user, select) != pg_sys::AclResult::ACLCHECK_OK
            && pg_sys::pg_attribute_aclcheck(tbl, attnum, user, select) != pg_sys::AclResult::ACLCHECK_OK
        {
            return Err(PhiError::BreachPrivilege("permission denied for id_col of patients"));
        }
        if pg_sys::check_enable_rls(tbl, pg_sys::InvalidOid, false) == pg_sys::CheckEnableRlsResult::RLS_ENABLED as i32 {
            return Err(PhiError::BreachPrivilege(
                "patients has a row security policy that applies to this role; its functions would run with this role's rights",
            ));
        }
    }
    let mut map = HashMap::new();
    // SAFETY: the relation is opened and locked for the scan and closed
    // after it; tuples are read under the active snapshot; each value is
    // rendered by its type's output function (built-in, or pg_phi's).
    unsafe {
        let rel = pg_sys::table_open(tbl, pg_sys::AccessShareLock as pg_sys::LOCKMODE);
        let form = (*rel).rd_rel;
        if (*form).relam != pg_sys::HEAP_TABLE_AM_OID || (relkind == b'm' && !(*form).relispopulated) {
            pg_sys::table_close(rel, pg_sys::AccessShareLock as pg_sys::LOCKMODE);
            return Err(bad("patients must be a populated heap table or materialized view"));
        }
        let mut out = pg_sys::InvalidOid;
        let mut varlena = false;
        pg_sys::getTypeOutputInfo(typid, &mut out, &mut varlena);
        let flags = pg_sys::ScanOptions::SO_TYPE_SEQSCAN | pg_sys::ScanOptions::SO_ALLOW_STRAT | pg_sys::ScanOptions::SO_ALLOW_PAGEMODE;
        let scan = pg_sys::heap_beginscan(rel, pg_sys::GetActiveSnapshot(), 0, std::ptr::null_mut(), std::ptr::null_mut(), flags);
        let desc = (*rel).rd_att;
        loop {
            let tup = pg_sys::heap_getnext(scan, pg_sys::ScanDirection::ForwardScanDirection);
            if tup.is_null() {
                break;
            }
            let mut isnull = false;
            let d = pg_sys::heap_getattr(tup, attnum as i32, desc, &mut isnull);
            if isnull {
                continue;
            }
            let p = pg_sys::OidOutputFunctionCall(out, d);
            let id = std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned();
            if let Ok(dg) = crate::keyed::subject_digest(&id) {
                map.insert(dg.to_vec(), id);
            }
        }
        pg_sys::heap_endscan(scan);
        pg_sys::table_close(rel, pg_sys::AccessShareLock as pg_sys::LOCKMODE);
    }
    Ok(map)
}


/// `phi._data_key_created()`: when the current data key was created (for
/// compliance_report; phi.keys itself is readable by its owner alone).
#[pg_extern(sql = false)]
fn data_key_created() -> Result<Option<TimestampWithTimeZone>, ErrorReport> {
    crate::audit::require_compliance("phi._data_key_created")?;
    let t = as_extension_owner(|| {
        Spi::get_one::<TimestampWithTimeZone>(sql::KEY_CREATED)
    })
    .map_err(spi)?;
    Ok(t)
}
