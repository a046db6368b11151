//! The audit trail (sql/audit.sql): appending hash-chained events, and
//! verifying the chain. The chain itself is pure logic in
//! `phi_core::audit`; this module maps `phi.audit_log`'s columns onto its
//! canonical encoding, in the table's column order.
//!
//! [`append`] is the one internal entry point for policy, key and
//! break-glass events: it holds them until the transaction commits (a
//! change rolled back did not happen). Reads are counted by
//! `audit_queue::note`. Either way the events reach the log through the
//! shared-memory queue, and [`append_batch`], run by the audit writer (a
//! background worker, the log's only writer), chains them.

use crate::error::PhiError;
use crate::privilege::as_extension_owner;
use phi_core::audit::{self as chain, Field, Stored, Verifier, GENESIS};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;

/// One event, as the caller knows it; who, when and where are filled in.
pub struct Event<'a> {
    pub action: &'a str,
    pub relation: Option<&'a str>,
    pub classes: &'a [&'a str],
    pub subject: Option<&'a [u8]>,
    pub row_count: i64,
    pub outcome: &'a str,
    pub reason: Option<&'a str>,
}

/// The canonical fields of a row, in `phi.audit_log`'s column order
/// (everything but `prev_hash` and `hash`).
#[allow(clippy::too_many_arguments)]
fn fields<'a>(
    seq: i64,
    occurred_us: Option<i64>,
    actor: &'a str,
    session_user: &'a str,
    client_addr: Option<&'a str>,
    application_name: Option<&'a str>,
    backend_pid: Option<i64>,
    xid: Option<i64>,
    action: &'a str,
    relation: Option<&'a str>,
    classes: Option<&'a [&'a str]>,
    subjects: Option<&'a [&'a [u8]]>,
    row_count: i64,
    statement_kind: Option<&'a str>,
    outcome: &'a str,
    reason: Option<&'a str>,
    purpose: Option<&'a str>,
) -> Vec<Field<'a>> {
    let t = |v: Option<&'a str>| v.map_or(Field::Null, Field::Text);
    let i = |v: Option<i64>| v.map_or(Field::Null, Field::Int);
    vec![
        Field::Int(seq),
        i(occurred_us),
        Field::Text(actor),
        Field::Text(session_user),
        t(client_addr),
        t(application_name),
        i(backend_pid),
        i(xid),
        Field::Text(action),
        t(relation),
        classes.map_or(Field::Null, Field::TextArray),
        subjects.map_or(Field::Null, Field::BytesArray),
        Field::Int(row_count),
        t(statement_kind),
        Field::Text(outcome),
        t(reason),
        t(purpose),
    ]
}

fn spi(e: pgrx::spi::SpiError) -> PhiError {
    PhiError::Catalog("phi.audit_log", e.to_string())
}

/// Records `ev` (a policy, key or break-glass event): held until the
/// transaction commits, then chained by the audit writer; dropped if the
/// change rolls back.
pub fn append(ev: &Event<'_>) -> Result<(), PhiError> {
    let mut e = crate::audit_queue::event_now(ev.action, ev.relation, ev.subject, ev.outcome, ev.reason);
    e.classes = ev.classes.iter().map(|c| c.to_string()).collect();
    e.row_count = ev.row_count;
    crate::audit_queue::record_at_commit(e);
    Ok(())
}

/// Records `ev` at once through the queue, so that it survives the
/// transaction's rollback (a disclosure that is not a value read).
pub fn append_now(ev: &Event<'_>) -> Result<(), PhiError> {
    let mut e = crate::audit_queue::event_now(ev.action, ev.relation, ev.subject, ev.outcome, ev.reason);
    e.classes = ev.classes.iter().map(|c| c.to_string()).collect();
    e.row_count = ev.row_count;
    crate::audit_queue::record_now(e)
}

/// Whether the log's first row is where a chain may start: after the
/// genesis hash, or after a cut a purge checkpoint names. `None` for an
/// empty log; else the first row's seq and whether it is accounted for.
pub(crate) fn first_row_accounted_for() -> Result<Option<(i64, bool)>, PhiError> {
    as_extension_owner(|| {
        Spi::connect(|c| Ok(first_row(&c)?.map(|(seq, start)| (seq, start != FirstRow::Unaccounted))))
    })
}

/// How the chain of the log's first row starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FirstRow {
    /// After the genesis hash.
    Genesis,
    /// After a cut that a purge checkpoint (itself chained, later) names:
    /// its seq and hash.
    Named,
    /// After anything else.
    Unaccounted,
}

/// The log's first row: its seq and how its chain starts; `None` for an
/// empty log.
fn first_row(c: &pgrx::spi::SpiClient<'_>) -> Result<Option<(i64, FirstRow)>, PhiError> {
    let first = c.select(sql::FIRST, None, &[]).map_err(spi)?;
    if first.is_empty() {
        return Ok(None);
    }
    let (seq, prev) = first.first().get_two::<i64, Vec<u8>>().map_err(spi)?;
    let (Some(seq), Some(prev)) = (seq, prev) else { return Ok(None) };
    if prev.as_slice() == GENESIS.as_slice() {
        return Ok(Some((seq, FirstRow::Genesis)));
    }
    let cut = format!("{}:{}", seq - 1, phi_core::crypto::keys::hex(&prev));
    let named = c
        .select(sql::CHECKPOINT, None, &[cut.into()])
        .map_err(spi)?
        .first()
        .get_one::<bool>()
        .map_err(spi)?
        .unwrap_or(false);
    Ok(Some((seq, if named { FirstRow::Named } else { FirstRow::Unaccounted })))
}

/// Serializes the log's appenders (the writer, a purge) until the
/// transaction ends, in `phi.audit_log`'s (`relid`) name but not with a
/// lock on the table: every self-conflicting table lock conflicts with
/// the SHARE UPDATE EXCLUSIVE lock VACUUM takes, and autovacuum skips a
/// table it cannot lock at once, so a writer holding one through its
/// back-to-back batches kept the log from ever being vacuumed (its GIN
/// pending list was then merged by the writer, stalling every audited
/// commit). An advisory lock tag whose fourth field (`APPEND_LOCK_CLASS`)
/// SQL's advisory-lock functions never produce (they use 1 and 2): no
/// role can take it, so none can stall the writer with it.
pub(crate) fn lock_appenders(relid: pg_sys::Oid) {
    let tag = pg_sys::LOCKTAG {
        // SAFETY: reads the backend's database.
        locktag_field1: unsafe { pg_sys::MyDatabaseId }.to_u32(),
        locktag_field2: relid.to_u32(),
        locktag_field3: 0,
        locktag_field4: APPEND_LOCK_CLASS,
        locktag_type: pg_sys::LockTagType::LOCKTAG_ADVISORY as u8,
        locktag_lockmethodid: pg_sys::USER_LOCKMETHOD as u8,
    };
    // SAFETY: a transaction-scoped lock (released at commit or abort),
    // waited for under the session's lock_timeout.
    unsafe { pg_sys::LockAcquire(&tag, pg_sys::ExclusiveLock as i32, false, false) };
}

/// `phi.audit_log`'s oid, looked up in the catalogs by name (not through
/// `search_path`), if the table exists.
fn log_relid() -> Option<pg_sys::Oid> {
    // SAFETY: catalog lookups by name (InvalidOid when absent).
    let relid = unsafe {
        let nsp = pg_sys::get_namespace_oid(c"phi".as_ptr(), true);
        if nsp == pg_sys::InvalidOid {
            pg_sys::InvalidOid
        } else {
            pg_sys::get_relname_relid(c"audit_log".as_ptr(), nsp)
        }
    };
    (relid != pg_sys::InvalidOid).then_some(relid)
}

/// The fourth field of [`lock_appenders`]'s tag ("ph"); `pg_locks` shows
/// it as an advisory lock with this `objsubid`.
const APPEND_LOCK_CLASS: u16 = 0x7068;

/// Whether a batch since the last call found one of the log's GIN indexes'
/// pending list a quarter full (the writer then starts the index cleaner).
pub(crate) fn take_pending_list_full() -> bool {
    direct::PENDING_LIST_FULL.with(|p| p.replace(false))
}

/// Chains `events` into `phi.audit_log` (the audit writer, in its own
/// transaction). Appenders are serialized by [`lock_appenders`], held to commit,
/// so the chain never forks even if two writers ever ran at once. An
/// event that did not decode is skipped with a warning; a database whose
/// pg_phi was dropped has no log to write to, and its events are
/// discarded with a warning.
pub fn append_batch(events: &[Option<phi_core::audit_event::Event>]) -> Result<(), PhiError> {
    as_extension_owner(|| {
        Spi::connect_mut(|c| -> Result<(), PhiError> {
            let Some(relid) = log_relid() else {
                pgrx::warning!("pg_phi audit writer: phi.audit_log does not exist in this database; {} events discarded", events.len());
                return Ok(());
            };
            lock_appenders(relid);
            PLANS.with(|p| -> Result<(), PhiError> {
                if p.borrow().is_none() {
                    *p.borrow_mut() = Some(plans(c)?);
                }
                Ok(())
            })?;
            let head = PLANS.with(|p| -> Result<(Option<i64>, Option<Vec<u8>>), PhiError> {
                let p = p.borrow();
                let (head_plan, _) = p.as_ref().expect("planned above");
                let t = c.select(head_plan, None, &[]).map_err(spi)?;
                if t.is_empty() {
                    Ok((None, None))
                } else {
                    t.first().get_two::<i64, Vec<u8>>().map_err(spi)
                }
            })?;
            let (mut seq, mut prev) = match head {
                (Some(s), Some(h)) => (s, h),
                _ => (0, GENESIS.to_vec()),
            };
            // chain every event first, then store them all
            let mut rows = Vec::with_capacity(events.len());
            for ev in events {
                let Some(ev) = ev else {
                    pgrx::warning!("pg_phi audit writer: a malformed event was skipped");
                    continue;
                };
                let prev_hash: chain::Hash =
                    prev.clone().try_into().map_err(|_| PhiError::Catalog("phi.audit_log", "head hash is not 32 bytes".into()))?;
                seq += 1;
                let classes: Vec<&str> = ev.classes.iter().map(String::as_str).collect();
                let subjects: Vec<&[u8]> = ev.subjects.iter().map(|s| s.as_slice()).collect();
                let f = fields(
                    seq,
                    Some(ev.occurred_us),
                    &ev.actor,
                    &ev.session_user,
                    ev.client_addr.as_deref(),
                    ev.application_name.as_deref(),
                    Some(i64::from(ev.backend_pid)),
                    ev.xid,
                    &ev.action,
                    ev.relation.as_deref(),
                    Some(&classes),
                    Some(&subjects),
                    ev.row_count,
                    ev.statement_kind.as_deref(),
                    &ev.outcome,
                    ev.reason.as_deref(),
                    ev.purpose.as_deref(),
                );
                let hash = chain::chain(&prev_hash, &chain::canonical(&f));
                let occurred = pgrx::datetime::TimestampWithTimeZone::try_from(ev.occurred_us - PG_EPOCH_OFFSET_US)
                    .map_err(|_| PhiError::Catalog("phi.audit_log", "clock out of range".into()))?;
                rows.push(Row { seq, occurred, ev, prev_hash, hash });
                prev = hash.to_vec();
            }
            // SAFETY: the table is locked above; see direct::insert.
            if unsafe { direct::insert(relid, &rows) }? {
                return Ok(());
            }
            for r in &rows {
                let ev = r.ev;
                let subjects: Vec<Vec<u8>> = ev.subjects.iter().map(|s| s.to_vec()).collect();
                PLANS.with(|p| {
                    let p = p.borrow();
                    let (_, insert) = p.as_ref().expect("planned above");
                    c.update(
                        insert,
                        None,
                        &[
                            r.seq.into(),
                            r.occurred.into(),
                            ev.actor.as_str().into(),
                            ev.session_user.as_str().into(),
                            ev.client_addr.clone().into(),
                            ev.application_name.clone().into(),
                            ev.backend_pid.into(),
                            ev.xid.into(),
                            ev.action.as_str().into(),
                            ev.relation.clone().into(),
                            ev.classes.clone().into(),
                            subjects.into(),
                            ev.row_count.into(),
                            ev.statement_kind.clone().into(),
                            ev.outcome.as_str().into(),
                            ev.reason.clone().into(),
                            ev.purpose.clone().into(),
                            r.prev_hash.to_vec().into(),
                            r.hash.to_vec().into(),
                        ],
                    )
                    .map(|_| ())
                })
                .map_err(spi)?;
            }
            Ok(())
        })
    })
}

/// One chained event, ready to store.
struct Row<'a> {
    seq: i64,
    occurred: pgrx::datetime::TimestampWithTimeZone,
    ev: &'a phi_core::audit_event::Event,
    prev_hash: chain::Hash,
    hash: chain::Hash,
}

/// The writer's fast path: rows go into the heap and its indexes the way
/// COPY puts them there (`heap_insert`, `ExecInsertIndexTuples`), without
/// planning and starting an executor per row (a kept INSERT plan per
/// event spent a quarter of the writer's time in `ExecutorStart`). Taken
/// only while `phi.audit_log` is exactly as the extension made it: its 19
/// columns in order with their types, no INSERT trigger or rule, no CHECK
/// constraint, no deferred unique or exclusion constraint, no forced row
/// security; anything else (a DBA's trigger
/// feeding a SIEM, say) goes through the SQL INSERT, which honours it.
mod direct {
    use super::Row;
    use crate::error::PhiError;
    use pgrx::pg_sys::{self, BuiltinOid as B};
    use pgrx::IntoDatum;

    const LAYOUT: [(&str, B); 19] = [
        ("seq", B::INT8OID),
        ("occurred_at", B::TIMESTAMPTZOID),
        ("actor", B::NAMEOID),
        ("session_user_name", B::NAMEOID),
        ("client_addr", B::INETOID),
        ("application_name", B::TEXTOID),
        ("backend_pid", B::INT4OID),
        ("xid", B::INT8OID),
        ("action", B::TEXTOID),
        ("relation", B::TEXTOID),
        ("classes", B::TEXTARRAYOID),
        ("subjects", B::BYTEAARRAYOID),
        ("row_count", B::INT8OID),
        ("statement_kind", B::TEXTOID),
        ("outcome", B::TEXTOID),
        ("reason", B::TEXTOID),
        ("purpose", B::TEXTOID),
        ("prev_hash", B::BYTEAOID),
        ("hash", B::BYTEAOID),
    ];

    /// Whether `rel` is the table the fast path knows how to fill.
    unsafe fn as_made(rel: pg_sys::Relation) -> bool {
        unsafe {
            let form = &*(*rel).rd_rel;
            let desc = &*(*rel).rd_att;
            if form.relkind != pg_sys::RELKIND_RELATION as std::ffi::c_char
                || form.relam != pg_sys::Oid::from(pg_sys::HEAP_TABLE_AM_OID)
                || (form.relrowsecurity && form.relforcerowsecurity)
                || !(*rel).rd_rules.is_null()
                || desc.natts as usize != LAYOUT.len()
            {
                return false;
            }
            if !(*rel).trigdesc.is_null() {
                let t = &*(*rel).trigdesc;
                if t.trig_insert_before_row
                    || t.trig_insert_after_row
                    || t.trig_insert_instead_row
                    || t.trig_insert_before_statement
                    || t.trig_insert_after_statement
                    || t.trig_insert_new_table
                {
                    return false;
                }
            }
            if !desc.constr.is_null() && (*desc.constr).num_check > 0 {
                return false;
            }
            let attrs = desc.attrs.as_slice(desc.natts as usize);
            attrs.iter().zip(LAYOUT.iter()).all(|(a, (name, ty))| {
                !a.attisdropped
                    && a.atttypid == ty.value()
                    && std::ffi::CStr::from_ptr(a.attname.data.as_ptr()).to_bytes() == name.as_bytes()
            })
        }
    }

    fn text(s: Option<&str>) -> (pg_sys::Datum, bool) {
        match s {
            Some(s) => (s.into_datum().expect("text datum"), false),
            None => (pg_sys::Datum::from(0), true),
        }
    }

    /// A `name` (actor, session user): role names, already at most
    /// NAMEDATALEN - 1 bytes (`namestrcpy` would cut a longer one, as a
    /// cast to `name` does).
    unsafe fn name(s: &str) -> Result<pg_sys::Datum, PhiError> {
        let c = std::ffi::CString::new(s).map_err(|_| PhiError::Catalog("phi.audit_log", "NUL in a role name".into()))?;
        // SAFETY: a zeroed NameData in the current memory context.
        unsafe {
            let n = pg_sys::palloc0(pg_sys::NAMEDATALEN as usize).cast::<pg_sys::NameData>();
            pg_sys::namestrcpy(n, c.as_ptr());
            Ok(pg_sys::Datum::from(n))
        }
    }

    /// A type's input function and its parameter, looked up once per batch.
    unsafe fn input_of(ty: pg_sys::Oid) -> (pg_sys::Oid, pg_sys::Oid) {
        let (mut f, mut ioparam) = (pg_sys::InvalidOid, pg_sys::InvalidOid);
        // SAFETY: a catalog-cache lookup of a built-in type.
        unsafe { pg_sys::getTypeInputInfo(ty, &mut f, &mut ioparam) };
        (f, ioparam)
    }

    /// A value by its type's input function `input` (the client address,
    /// an `inet`), as the SQL INSERT's cast would.
    unsafe fn by_input((f, ioparam): (pg_sys::Oid, pg_sys::Oid), s: &str) -> Result<pg_sys::Datum, PhiError> {
        let c = std::ffi::CString::new(s).map_err(|_| PhiError::Catalog("phi.audit_log", "NUL in an event field".into()))?;
        // SAFETY: a type's input function on a C string.
        Ok(unsafe { pg_sys::OidInputFunctionCall(f, c.as_ptr().cast_mut(), ioparam, -1) })
    }

    /// `GinOptions` (gin_private.h): a GIN index's reloptions.
    #[repr(C)]
    struct GinOptions {
        vl_len_: i32,
        use_fast_update: bool,
        /// kB; -1: the `gin_pending_list_limit` setting
        pending_list_cleanup_size: i32,
    }

    /// Whether `ix` is a GIN index whose pending list holds a quarter of
    /// what its inserter would merge on the spot.
    unsafe fn pending_list_full(ix: pg_sys::Relation) -> bool {
        unsafe {
            if (*(*ix).rd_rel).relam != pg_sys::Oid::from(pg_sys::GIN_AM_OID) {
                return false;
            }
            let opts = (*ix).rd_options.cast::<GinOptions>();
            let limit_kb = match opts.as_ref() {
                Some(o) if o.pending_list_cleanup_size > 0 => o.pending_list_cleanup_size,
                _ => pg_sys::gin_pending_list_limit,
            };
            let mut stats: pg_sys::GinStatsData = std::mem::zeroed();
            pg_sys::ginGetStats(ix, &mut stats);
            i64::from(stats.nPendingPages) * i64::from(pg_sys::BLCKSZ) * 4 > i64::from(limit_kb) * 1024
        }
    }

    thread_local! {
        pub(super) static PENDING_LIST_FULL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Stores `rows` straight into `phi.audit_log` (`relid`, locked by the
    /// caller); false, storing nothing, when the table is not as the
    /// extension made it.
    pub(super) unsafe fn insert<'a>(relid: pg_sys::Oid, rows: &[Row<'a>]) -> Result<bool, PhiError> {
        unsafe {
            let rel = pg_sys::table_open(relid, pg_sys::RowExclusiveLock as i32);
            if !as_made(rel) {
                pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
                return Ok(false);
            }
            let estate = pg_sys::CreateExecutorState();
            let rri = pg_sys::palloc0(std::mem::size_of::<pg_sys::ResultRelInfo>()).cast::<pg_sys::ResultRelInfo>();
            (*rri).type_ = pg_sys::NodeTag::T_ResultRelInfo;
            pg_sys::InitResultRelInfo(rri, rel, 1, std::ptr::null_mut(), 0);
            pg_sys::ExecOpenIndices(rri, false);
            // a deferred unique or exclusion constraint is checked again at
            // commit from what ExecInsertIndexTuples returns, which only
            // the executor's INSERT queues: leave such a log to it
            let n = (*rri).ri_NumIndices as usize;
            let deferred = (0..n).any(|i| {
                let ix = *(*rri).ri_IndexRelationDescs.add(i);
                !(*(*ix).rd_index).indimmediate
            });
            if deferred {
                pg_sys::ExecCloseIndices(rri);
                pg_sys::FreeExecutorState(estate);
                pg_sys::table_close(rel, pg_sys::RowExclusiveLock as i32);
                return Ok(false);
            }
            let desc = (*rel).rd_att;
            let per_tuple = pg_sys::MakePerTupleExprContext(estate);
            let inet = input_of(B::INETOID.value());
            // role names repeat through a batch: one `name` datum each
            let mut names: Vec<(&str, pg_sys::Datum)> = Vec::new();
            let mut name_of = |s: &'a str| -> Result<pg_sys::Datum, PhiError> {
                if let Some(&(_, d)) = names.iter().find(|(n, _)| *n == s) {
                    return Ok(d);
                }
                let d = name(s)?;
                names.push((s, d));
                Ok(d)
            };
            // every row formed first, then stored together: one WAL record
            // and one buffer lock per heap page instead of per row
            let mut slots: Vec<*mut pg_sys::TupleTableSlot> = Vec::with_capacity(rows.len());
            for r in rows {
                let ev = r.ev;
                let mut values = [pg_sys::Datum::from(0); 19];
                let mut nulls = [false; 19];
                let mut put = |i: usize, (d, n): (pg_sys::Datum, bool)| {
                    values[i] = d;
                    nulls[i] = n;
                };
                put(0, (pg_sys::Datum::from(r.seq), false));
                put(1, (r.occurred.into_datum().expect("timestamptz datum"), false));
                put(2, (name_of(&ev.actor)?, false));
                put(3, (name_of(&ev.session_user)?, false));
                put(4, match ev.client_addr.as_deref() {
                    Some(a) => (by_input(inet, a)?, false),
                    None => (pg_sys::Datum::from(0), true),
                });
                put(5, text(ev.application_name.as_deref()));
                put(6, (pg_sys::Datum::from(ev.backend_pid), false));
                put(7, match ev.xid {
                    Some(x) => (pg_sys::Datum::from(x), false),
                    None => (pg_sys::Datum::from(0), true),
                });
                put(8, text(Some(&ev.action)));
                put(9, text(ev.relation.as_deref()));
                put(10, (ev.classes.iter().map(String::as_str).collect::<Vec<_>>().into_datum().expect("text[] datum"), false));
                put(11, (ev.subjects.iter().map(|s| s.as_slice()).collect::<Vec<_>>().into_datum().expect("bytea[] datum"), false));
                put(12, (pg_sys::Datum::from(ev.row_count), false));
                put(13, text(ev.statement_kind.as_deref()));
                put(14, text(Some(&ev.outcome)));
                put(15, text(ev.reason.as_deref()));
                put(16, text(ev.purpose.as_deref()));
                put(17, (r.prev_hash.as_slice().into_datum().expect("bytea datum"), false));
                put(18, (r.hash.as_slice().into_datum().expect("bytea datum"), false));
                let tuple = pg_sys::heap_form_tuple(desc, values.as_mut_ptr(), nulls.as_mut_ptr());
                let slot = pg_sys::MakeSingleTupleTableSlot(desc, &pg_sys::TTSOpsHeapTuple);
                // the slot owns (and frees) the tuple
                pg_sys::ExecStoreHeapTuple(tuple, slot, true);
                slots.push(slot);
            }
            // as COPY stores rows (without its bulk-write buffer ring, whose
            // recycling would make the writer write pages, and flush WAL,
            // itself); each slot's tid is set for the index entries
            pg_sys::heap_multi_insert(
                rel,
                slots.as_mut_ptr(),
                slots.len() as i32,
                pg_sys::GetCurrentCommandId(true),
                0,
                std::ptr::null_mut(),
            );
            for &slot in &slots {
                pg_sys::ExecInsertIndexTuples(rri, slot, estate, false, false, std::ptr::null_mut(), std::ptr::null_mut());
                pg_sys::MemoryContextReset((*per_tuple).ecxt_per_tuple_memory);
                pg_sys::ExecDropSingleTupleTableSlot(slot);
            }
            let full = (0..n).any(|i| pending_list_full(*(*rri).ri_IndexRelationDescs.add(i)));
            PENDING_LIST_FULL.with(|p| p.set(p.get() || full));
            pg_sys::ExecCloseIndices(rri);
            pg_sys::FreeExecutorState(estate);
            pg_sys::table_close(rel, pg_sys::NoLock as i32);
            Ok(true)
        }
    }
}

pub const PG_EPOCH_OFFSET_US: i64 = 946_684_800 * 1_000_000;

pub fn outer_user_name() -> String {
    // SAFETY: GetUserNameFromId returns a palloc'd copy for an existing role.
    unsafe { std::ffi::CStr::from_ptr(pg_sys::GetUserNameFromId(pg_sys::GetOuterUserId(), false)) }
        .to_string_lossy()
        .into_owned()
}

pub fn session_user_name() -> String {
    // SAFETY: as above.
    unsafe { std::ffi::CStr::from_ptr(pg_sys::GetUserNameFromId(pg_sys::GetSessionUserId(), false)) }
        .to_string_lossy()
        .into_owned()
}

/// Walks `phi.audit_log` from `from_seq` in `seq` order with a cursor
/// (a million rows never sit in memory at once) and verifies the chain.
/// Each fetched tuple is deformed once (reading 19 columns one by one
/// walks the tuple again for each), and its datums are read in place.
pub(crate) fn verify_from(from_seq: Option<i64>) -> Result<Verifier, PhiError> {
    as_extension_owner(|| {
        Spi::connect(|c| -> Result<Verifier, PhiError> {
            // From the start: the first row follows the genesis hash, or a
            // purge cut the chain before it and a checkpoint event (itself
            // chained, later) names that cut: its seq and hash.
            let start = match from_seq {
                Some(_) => None,
                None => match first_row(&c)? {
                    Some((_, FirstRow::Named)) => None,
                    _ => Some(GENESIS),
                },
            };
            let mut v = Verifier::new(start);
            let name = c.open_cursor(sql::WALK, &[from_seq.unwrap_or(i64::MIN).into()]).detach_into_name();
            let cname = std::ffi::CString::new(name).map_err(|_| PhiError::NulByte)?;
            // SAFETY: the portal was opened above in this SPI connection;
            // each batch's tuples are read before the next fetch frees them.
            unsafe {
                let portal = pg_sys::SPI_cursor_find(cname.as_ptr());
                if portal.is_null() {
                    return Err(PhiError::Catalog("phi.audit_log", "cursor vanished".into()));
                }
                let mut values = [pg_sys::Datum::from(0); 19];
                let mut nulls = [false; 19];
                loop {
                    pg_sys::SPI_cursor_fetch(portal, true, 10000);
                    let n = pg_sys::SPI_processed as usize;
                    let tt = pg_sys::SPI_tuptable;
                    if n == 0 || tt.is_null() {
                        break;
                    }
                    let desc = (*tt).tupdesc;
                    for k in 0..n {
                        pg_sys::heap_deform_tuple(*(*tt).vals.add(k), desc, values.as_mut_ptr(), nulls.as_mut_ptr());
                        let int = |i: usize| (!nulls[i]).then(|| values[i].value() as i64);
                        let text = |i: usize| -> Option<&str> {
                            if nulls[i] {
                                None
                            } else {
                                <&str as pgrx::datum::FromDatum>::from_datum(values[i], false)
                            }
                        };
                        let bytes = |i: usize| -> Option<&[u8]> {
                            if nulls[i] {
                                None
                            } else {
                                <&[u8] as pgrx::datum::FromDatum>::from_datum(values[i], false)
                            }
                        };
                        let seq = int(0).unwrap_or(0);
                        // the timestamp's microseconds (PostgreSQL's epoch);
                        // infinity is NULL, as in the documented encoding
                        let occurred = int(1).filter(|t| *t != i64::MAX && *t != i64::MIN).map(|t| t + PG_EPOCH_OFFSET_US);
                        let classes: Option<Vec<Option<String>>> = if nulls[10] {
                            None
                        } else {
                            <Vec<Option<String>> as pgrx::datum::FromDatum>::from_datum(values[10], false)
                        };
                        let class_strs: Option<Vec<String>> =
                            classes.map(|cs| cs.into_iter().map(Option::unwrap_or_default).collect());
                        let class_refs: Option<Vec<&str>> = class_strs.as_ref().map(|cs| cs.iter().map(String::as_str).collect());
                        let subjects: Option<pgrx::datum::Array<&[u8]>> = if nulls[11] {
                            None
                        } else {
                            <pgrx::datum::Array<&[u8]> as pgrx::datum::FromDatum>::from_datum(values[11], false)
                        };
                        let subject_vecs: Option<Vec<Vec<u8>>> =
                            subjects.map(|ss| ss.iter().map(|b| b.map(<[u8]>::to_vec).unwrap_or_default()).collect());
                        let subject_refs: Option<Vec<&[u8]>> = subject_vecs.as_ref().map(|ss| ss.iter().map(Vec::as_slice).collect());
                        let f = fields(
                            seq,
                            occurred,
                            text(2).unwrap_or_default(),
                            text(3).unwrap_or_default(),
                            text(4),
                            text(5),
                            int(6),
                            int(7),
                            text(8).unwrap_or_default(),
                            text(9),
                            class_refs.as_deref(),
                            subject_refs.as_deref(),
                            int(12).unwrap_or(0),
                            text(13),
                            text(14).unwrap_or_default(),
                            text(15),
                            text(16),
                        );
                        v.push(&Stored {
                            seq,
                            prev_hash: bytes(17).unwrap_or_default().to_vec(),
                            hash: bytes(18).unwrap_or_default().to_vec(),
                            canonical: chain::canonical(&f),
                        });
                    }
                }
                pg_sys::SPI_cursor_close(portal);
            }
            Ok(v)
        })
    })
}

fn problems(v: &Verifier) -> Vec<(i64, String)> {
    v.breaks.iter().map(|b| (b.seq, b.kind.as_str().to_string())).collect()
}

/// `phi.verify_audit(from_seq)`.
#[pg_extern(sql = false)]
fn verify_audit(from_seq: Option<i64>) -> Result<TableIterator<'static, (name!(seq, i64), name!(problem, String))>, ErrorReport> {
    Ok(TableIterator::new(problems(&verify_from(from_seq)?)))
}

/// `phi.audit_digest()`: `seq:hash` of the chain's last row.
#[pg_extern(sql = false)]
fn audit_digest() -> Result<Option<String>, ErrorReport> {
    let head = as_extension_owner(|| {
        Spi::connect(|c| {
            let t = c.select(sql::HEAD, None, &[])?;
            if t.is_empty() {
                Ok((None, None))
            } else {
                t.first().get_two::<i64, Vec<u8>>()
            }
        })
    })
    .map_err(spi)?;
    Ok(match head {
        (Some(s), Some(h)) => Some(format!("{s}:{}", phi_core::crypto::keys::hex(&h))),
        _ => None,
    })
}

/// `phi.verify_audit_against(digest)`: the chain verifies and still holds
/// the row the digest named, with that hash.
#[pg_extern(sql = false)]
fn verify_audit_against(digest: &str) -> Result<TableIterator<'static, (name!(seq, i64), name!(problem, String))>, ErrorReport> {
    let (seq, hash) = digest
        .split_once(':')
        .and_then(|(s, h)| Some((s.trim().parse::<i64>().ok()?, h.trim().to_ascii_lowercase())))
        .ok_or(PhiError::BadDigest)?;
    let v = verify_from(None)?;
    let mut out = problems(&v);
    let found = as_extension_owner(|| {
        Spi::connect(|c| {
            let t = c.select(
                "SELECT pg_catalog.encode(hash, 'hex') FROM phi.audit_log WHERE seq OPERATOR(pg_catalog.=) $1",
                None,
                &[seq.into()],
            )?;
            if t.is_empty() {
                Ok(None)
            } else {
                t.first().get_one::<String>()
            }
        })
    })
    .map_err(spi)?;
    if found.as_deref() != Some(hash.as_str()) {
        out.push((seq, "missing_head".to_string()));
    }
    Ok(TableIterator::new(out))
}

/// The appender's plans: the head query, the insert.
type Plans = (pgrx::spi::OwnedPreparedStatement, pgrx::spi::OwnedPreparedStatement);

thread_local! {
    /// Kept across transactions: the writer appends thousands of batches.
    static PLANS: std::cell::RefCell<Option<Plans>> = const { std::cell::RefCell::new(None) };
}

fn plans(c: &pgrx::spi::SpiClient<'_>) -> Result<Plans, PhiError> {
    use pgrx::{PgBuiltInOids as B, PgOid};
    let t = |o: B| PgOid::BuiltIn(o);
    let types = [
        t(B::INT8OID),
        t(B::TIMESTAMPTZOID),
        t(B::TEXTOID),
        t(B::TEXTOID),
        t(B::TEXTOID),
        t(B::TEXTOID),
        t(B::INT4OID),
        t(B::INT8OID),
        t(B::TEXTOID),
        t(B::TEXTOID),
        t(B::TEXTARRAYOID),
        t(B::BYTEAARRAYOID),
        t(B::INT8OID),
        t(B::TEXTOID),
        t(B::TEXTOID),
        t(B::TEXTOID),
        t(B::TEXTOID),
        t(B::BYTEAOID),
        t(B::BYTEAOID),
    ];
    let head = c.prepare(sql::HEAD, &[]).map_err(spi)?.keep();
    let insert = c.prepare_mut(sql::INSERT, &types).map_err(spi)?.keep();
    Ok((head, insert))
}

/// Queries of the audit log, run as the extension's owner with
/// `search_path` pinned.
mod sql {
    pub const HEAD: &str = "SELECT seq, hash FROM phi.audit_log ORDER BY seq DESC LIMIT 1";
    pub const FIRST: &str = "SELECT seq, prev_hash FROM phi.audit_log ORDER BY seq LIMIT 1";
    /// Whether a purge checkpoint names the cut `seq:hexhash`.
    pub const CHECKPOINT: &str = "SELECT EXISTS (SELECT 1 FROM phi.audit_log WHERE action OPERATOR(pg_catalog.=) 'audit_purge' \
         AND reason OPERATOR(pg_catalog.=) ('cut ' OPERATOR(pg_catalog.||) $1))";
    pub const INSERT: &str = "INSERT INTO phi.audit_log (seq, occurred_at, actor, session_user_name, client_addr, \
         application_name, backend_pid, xid, action, relation, classes, subjects, row_count, statement_kind, outcome, reason, \
         purpose, prev_hash, hash) VALUES ($1, $2, \
         $3, $4, $5::pg_catalog.inet, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)";
    pub const REPORT: &str = "SELECT occurred_at, actor::pg_catalog.text, action, classes, outcome, purpose, row_count, reason \
         FROM phi.audit_log WHERE subjects OPERATOR(pg_catalog.@>) ARRAY[$1] \
         AND occurred_at OPERATOR(pg_catalog.>=) $2 AND occurred_at OPERATOR(pg_catalog.<) $3 ORDER BY seq";
    /// The columns in canonical order.
    pub const WALK: &str = "SELECT seq, occurred_at, \
         actor::pg_catalog.text, session_user_name::pg_catalog.text, client_addr::pg_catalog.text, application_name, \
         backend_pid::pg_catalog.int8, xid, action, relation, classes, subjects, row_count, statement_kind, outcome, \
         reason, purpose, prev_hash, hash \
         FROM phi.audit_log WHERE seq OPERATOR(pg_catalog.>=) $1 ORDER BY seq";
}

/// Row trigger on the policy tables, `phi.keys` and the breach workflow's
/// tables: every change of a grant, care assignment, login mapping, mask,
/// break-glass review, key (created, re-wrapped, retired), incident,
/// assessment, notice or breach setting is an event: the table, the operation,
/// the patient as its digest; role, class and key names, which are not
/// PHI, in the reason; never key material.
#[pg_trigger(sql = "CREATE FUNCTION phi._audit_change() RETURNS trigger LANGUAGE c AS 'MODULE_PATHNAME', '@FUNCTION_NAME@';")]
fn audit_change<'a>(
    trigger: &'a pgrx::PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>, ErrorReport> {
    let (Ok(rel), Ok(op)) = (trigger.relation(), trigger.op()) else {
        crate::fmgr::raise(PhiError::TriggerMisuse("must be called as a row trigger on a policy table or phi.keys"));
    };
    let table = rel.name().to_string();
    let (outcome, row) = match op {
        pgrx::PgTriggerOperation::Insert => ("insert", trigger.new()),
        pgrx::PgTriggerOperation::Update => ("update", trigger.new()),
        pgrx::PgTriggerOperation::Delete => ("delete", trigger.old()),
        _ => ("truncate", None),
    };
    let text = |c: &str| row.as_ref().and_then(|r| r.get_by_name::<String>(c).ok().flatten());
    let subject = row.as_ref().and_then(|r| r.get_by_name::<&[u8]>("subject_digest").ok().flatten().map(|b| b.to_vec()));
    let (action, reason) = match table.as_str() {
        "access_grants" => (
            "policy_grant",
            Some(format!(
                "{} {} {} {}",
                role_of(row.as_ref(), "role"),
                text("class").unwrap_or_default(),
                text("level").unwrap_or_default(),
                text("scope").unwrap_or_default()
            )),
        ),
        "care_assignments" => ("policy_care", Some(role_of(row.as_ref(), "grantee"))),
        "login_subjects" => ("policy_login", Some(role_of(row.as_ref(), "role"))),
        "masks" => ("policy_mask", Some(format!("{} {}", text("class").unwrap_or_default(), text("style").unwrap_or_default()))),
        "keys" => {
            let id = row.as_ref().and_then(|r| r.get_by_name::<i32>("key_id").ok().flatten()).unwrap_or(0);
            let version = row.as_ref().and_then(|r| r.get_by_name::<i32>("version").ok().flatten()).unwrap_or(0);
            let action = match (outcome, text("state").as_deref()) {
                ("insert", _) => "key_created",
                ("update", Some("retired")) => "key_retired",
                ("update", _) => "key_rewrapped",
                _ => "key_deleted",
            };
            // no key material: the id, version, purpose and the master
            // key's fingerprint
            (
                action,
                Some(format!(
                    "key {id} version {version} {} master {}",
                    text("purpose").unwrap_or_default(),
                    text("kek_fingerprint").unwrap_or_default()
                )),
            )
        }
        "reencrypt_progress" => {
            let int = |c: &str| row.as_ref().and_then(|r| r.get_by_name::<i64>(c).ok().flatten()).unwrap_or(0);
            // `name` columns, read through their output function
            let td = trigger.trigger_data();
            let text = |c: &str| -> Option<String> {
                let c = std::ffi::CString::new(c).ok()?;
                // SAFETY: the trigger's new tuple and relation are valid
                // for the call; SPI_getvalue returns a palloc'd C string.
                unsafe {
                    let desc = (*td.tg_relation).rd_att;
                    let n = pg_sys::SPI_fnumber(desc, c.as_ptr());
                    if n <= 0 {
                        return None;
                    }
                    let p = pg_sys::SPI_getvalue(td.tg_newtuple, desc, n);
                    (!p.is_null()).then(|| std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
                }
            };
            let version = row.as_ref().and_then(|r| r.get_by_name::<i32>("target_version").ok().flatten()).unwrap_or(0);
            (
                "key_reencrypt",
                Some(format!(
                    "{}.{}.{} re-sealed to key version {version}: {} values in {} batches",
                    quote_ident(&text("table_schema").unwrap_or_default()),
                    quote_ident(&text("table_name").unwrap_or_default()),
                    quote_ident(&text("column_name").unwrap_or_default()),
                    int("rows_resealed"),
                    row.as_ref().and_then(|r| r.get_by_name::<i32>("batches").ok().flatten()).unwrap_or(0),
                )),
            )
        }
        // the breach workflow: ids, statuses, names and which columns an
        // update changed, never free text
        "breach_incidents" => (
            "breach_incident",
            Some(format!("{} {}{}", text("id").unwrap_or_default(), text("status").unwrap_or_default(), changed(&trigger))),
        ),
        "breach_assessments" => (
            "breach_assessment",
            Some(format!(
                "{} probability {}{}",
                text("incident").unwrap_or_default(),
                text("probability").unwrap_or_default(),
                changed(&trigger)
            )),
        ),
        "breach_notifications" => (
            "breach_notification",
            Some(
                format!(
                    "{} {} {} {}{}",
                    text("incident").unwrap_or_default(),
                    text("obligation").unwrap_or_default(),
                    text("jurisdiction").unwrap_or_default(),
                    text("method").unwrap_or_default(),
                    changed(&trigger)
                )
                .replace("  ", " "),
            ),
        ),
        // a value may be free text (the covered entity's name): redacted
        "breach_settings" => (
            "breach_setting",
            Some(format!(
                "{} = {}",
                text("name").unwrap_or_default(),
                crate::policy::redacted(&text("value").unwrap_or_default()).unwrap_or_else(|_| "[not shown]".into())
            )),
        ),
        "break_glass" => (
            "break_glass_review",
            Some(format!(
                "window {} {}",
                row.as_ref().and_then(|r| r.get_by_name::<i64>("id").ok().flatten()).unwrap_or(0),
                text("outcome").unwrap_or_default()
            )),
        ),
        _ => ("policy_other", None),
    };
    let qualified = format!("phi.{table}");
    let ev = Event { action, relation: Some(&qualified), classes: &[], subject: subject.as_deref(), row_count: 1, outcome, reason: reason.as_deref() };
    if let Err(e) = append(&ev) {
        // raised as itself (its SQLSTATE and message), not as a panic
        crate::fmgr::raise(e);
    }
    Ok(None)
}

/// For an UPDATE, " (changed: a, b)": the columns whose text differs
/// between the old and the new row (names only); else nothing.
fn changed(trigger: &pgrx::PgTrigger<'_>) -> String {
    let td = trigger.trigger_data();
    if td.tg_newtuple.is_null() || td.tg_trigtuple.is_null() {
        return String::new();
    }
    let mut cols = Vec::new();
    // SAFETY: the trigger's relation and both tuples are valid for the
    // call; SPI_getvalue returns palloc'd C strings (or NULL for NULL).
    unsafe {
        let desc = (*td.tg_relation).rd_att;
        for i in 0..(*desc).natts {
            let att = (*desc).attrs.as_ptr().add(i as usize);
            if (*att).attisdropped {
                continue;
            }
            let value = |t: *mut pg_sys::HeapTupleData| {
                let p = pg_sys::SPI_getvalue(t, desc, i + 1);
                (!p.is_null()).then(|| std::ffi::CStr::from_ptr(p).to_bytes().to_vec())
            };
            if value(td.tg_trigtuple) != value(td.tg_newtuple) {
                cols.push(std::ffi::CStr::from_ptr((*att).attname.data.as_ptr()).to_string_lossy().into_owned());
            }
        }
    }
    if cols.is_empty() {
        String::new()
    } else {
        format!(" (changed: {})", cols.join(", "))
    }
}

/// An identifier as SQL writes it: bare when it needs no quotes.
fn quote_ident(s: &str) -> String {
    let bare = s.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$');
    if bare {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('"', "\"\""))
    }
}

/// The name of the role in column `col` (regrole), or its OID if dropped.
fn role_of(row: Option<&PgHeapTuple<'_, pgrx::AllocatedByPostgres>>, col: &str) -> String {
    let Some(oid) = row.and_then(|r| r.get_by_name::<pg_sys::Oid>(col).ok().flatten()) else {
        return String::new();
    };
    // SAFETY: GetUserNameFromId with noerr returns NULL for a dropped role.
    let name = unsafe { pg_sys::GetUserNameFromId(oid, true) };
    if name.is_null() {
        u32::from(oid).to_string()
    } else {
        // SAFETY: a palloc'd C string.
        unsafe { std::ffi::CStr::from_ptr(name) }.to_string_lossy().into_owned()
    }
}

/// `phi.access_report(subject, from, to)`: the accounting of one patient's
/// audit events (who, when, what, how, why) between two times, for
/// compliance. The patient id is digested here, never returned, and the
/// log is read as the extension owner: the caller needs `phi_compliance`
/// or `phi_admin` (or is a superuser), whatever EXECUTE was granted.
#[pg_extern(sql = false)]
#[allow(clippy::type_complexity)]
fn access_report(
    subject: &str,
    from_ts: pgrx::datetime::TimestampWithTimeZone,
    to_ts: pgrx::datetime::TimestampWithTimeZone,
) -> Result<
    TableIterator<
        'static,
        (
            name!(occurred_at, pgrx::datetime::TimestampWithTimeZone),
            name!(actor, String),
            name!(action, String),
            name!(classes, Option<Vec<Option<String>>>),
            name!(outcome, String),
            name!(purpose, Option<String>),
            name!(row_count, i64),
            name!(reason, Option<String>),
        ),
    >,
    ErrorReport,
> {
    require_compliance("phi.access_report")?;
    let digest = crate::keyed::subject_digest(subject)?;
    let rows = as_extension_owner(|| {
        Spi::connect(|c| {
            let mut out = Vec::new();
            for r in c.select(sql::REPORT, None, &[digest.to_vec().into(), from_ts.into(), to_ts.into()])? {
                out.push((
                    r.get(1)?.expect("occurred_at is NOT NULL"),
                    r.get::<String>(2)?.unwrap_or_default(),
                    r.get::<String>(3)?.unwrap_or_default(),
                    r.get::<Vec<Option<String>>>(4)?,
                    r.get::<String>(5)?.unwrap_or_default(),
                    r.get::<String>(6)?,
                    r.get::<i64>(7)?.unwrap_or(0),
                    r.get::<String>(8)?,
                ));
            }
            Ok::<_, pgrx::spi::SpiError>(out)
        })
    })
    .map_err(spi)?;
    Ok(TableIterator::new(rows))
}

/// Refuses `what` to anyone but a member of `phi_compliance` or
/// `phi_admin` (by the session's role and the current user) or a
/// superuser.
pub(crate) fn require_compliance(what: &'static str) -> Result<(), PhiError> {
    if parties_hold(&[c"phi_compliance", c"phi_admin"]) {
        Ok(())
    } else {
        Err(PhiError::ComplianceOnly(what))
    }
}

/// Whether the session's role and the current user are each a superuser
/// or a member of one of `roles`.
fn parties_hold(roles: &[&std::ffi::CStr]) -> bool {
    use crate::policy::{holds, role_oid, superuser};
    let roles: Vec<pg_sys::Oid> = roles.iter().map(|r| role_oid(r)).filter(|r| *r != pg_sys::InvalidOid).collect();
    let ok = |user: pg_sys::Oid| superuser(user) || roles.iter().any(|r| holds(user, *r));
    // SAFETY: reads of backend-local state.
    let (outer, current) = unsafe { (pg_sys::GetOuterUserId(), pg_sys::GetUserId()) };
    ok(outer) && ok(current)
}

thread_local! {
    /// Set only while `phi.purge_audit` deletes, in its own backend.
    static PURGING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `phi.audit_log`'s append-only trigger: refuses UPDATE, DELETE and
/// TRUNCATE, except the DELETE of `phi.purge_audit` in this backend.
#[pg_trigger(sql = "CREATE FUNCTION phi._audit_append_only() RETURNS trigger LANGUAGE c AS 'MODULE_PATHNAME', '@FUNCTION_NAME@';")]
fn audit_append_only<'a>(
    trigger: &'a pgrx::PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>, ErrorReport> {
    if PURGING.with(std::cell::Cell::get) && matches!(trigger.op(), Ok(pgrx::PgTriggerOperation::Delete)) {
        return Ok(trigger.old());
    }
    crate::fmgr::raise(PhiError::AppendOnly);
}

/// `phi.purge_audit(before)`: removes the events before `before`, which
/// must be older than `phi.audit_retention`, from the start of the chain
/// up to the first event at or after `before` (the cut follows `seq`, so
/// the rest stays a chain), after checking the whole chain verifies; then
/// appends a checkpoint event naming the cut (`cut SEQ:HASH`), which
/// `verify_audit` (and `tools/audit_verify.py`) accept as the new start.
/// Returns the number of events removed. Runs in the caller's transaction
/// under the log's lock; the audit writer waits for it.
#[pg_extern(sql = false)]
fn purge_audit(before: pgrx::datetime::TimestampWithTimeZone) -> Result<i64, ErrorReport> {
    if !parties_hold(&[c"phi_admin"]) {
        return Err(PhiError::AdminOnly("phi.purge_audit").into());
    }
    let retention = crate::gucs::audit_retention();
    let young = Spi::get_one_with_args::<bool>(
        "SELECT $1 OPERATOR(pg_catalog.>) (pg_catalog.now() OPERATOR(pg_catalog.-) $2::pg_catalog.interval)",
        &[before.into(), retention.as_str().into()],
    )
    .map_err(|e| PhiError::Catalog("phi.audit_retention", e.to_string()))?
    .unwrap_or(true);
    if young {
        return Err(PhiError::PurgeTooYoung(retention).into());
    }
    let (removed, cut) = as_extension_owner(|| {
        let relid = log_relid().ok_or_else(|| PhiError::Catalog("phi.audit_log", "missing".into()))?;
        lock_appenders(relid);
        let broken = problems(&verify_from(None)?).len();
        if broken > 0 {
            return Err(PhiError::PurgeBrokenChain(broken));
        }
        Spi::connect_mut(|c| -> Result<(i64, Option<(i64, Vec<u8>)>), PhiError> {
            let t = c
                .select(
                    "SELECT seq, hash FROM phi.audit_log WHERE seq OPERATOR(pg_catalog.<) \
                     coalesce((SELECT min(seq) FROM phi.audit_log WHERE occurred_at OPERATOR(pg_catalog.>=) $1), \
                              (SELECT max(seq) OPERATOR(pg_catalog.+) 1 FROM phi.audit_log)) \
                     ORDER BY seq DESC LIMIT 1",
                    None,
                    &[before.into()],
                )
                .map_err(spi)?;
            if t.is_empty() {
                return Ok((0, None));
            }
            let (Some(seq), Some(hash)) = t.first().get_two::<i64, Vec<u8>>().map_err(spi)? else {
                return Ok((0, None));
            };
            // reset however the DELETE ends (an error unwinds through here)
            struct Purging;
            impl Drop for Purging {
                fn drop(&mut self) {
                    PURGING.with(|p| p.set(false));
                }
            }
            PURGING.with(|p| p.set(true));
            let guard = Purging;
            let r = c.update("DELETE FROM phi.audit_log WHERE seq OPERATOR(pg_catalog.<=) $1", None, &[seq.into()]);
            drop(guard);
            let n = r.map_err(spi)?.len() as i64;
            Ok((n, Some((seq, hash))))
        })
    })?;
    if let Some((seq, hash)) = cut {
        let mut ev = crate::audit_queue::event_now(
            "audit_purge",
            Some("phi.audit_log"),
            None,
            "purged",
            Some(&format!("cut {seq}:{}", phi_core::crypto::keys::hex(&hash))),
        );
        ev.row_count = removed;
        // written here, under the lock this transaction holds: the chain
        // is never seen cut without its checkpoint
        append_batch(&[Some(ev)])?;
    }
    Ok(removed)
}
