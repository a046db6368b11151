//! Per-backend caches of the extension's tables (custom patterns, keys,
//! data classes) and how they learn of changes. A statement trigger on each
//! table (`phi._invalidate_cache()`) queues a relcache invalidation for it;
//! one relcache callback marks the matching [`TableWatch`] dirty in every
//! backend, so the next use reloads (and drops the relation names the read
//! audit keeps). The hot path costs one atomic load.

use pgrx::prelude::*;
use pgrx::spi::{SpiClient, SpiResult};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// One watched table: its OID (0 until first looked up) and whether the
/// cache built from it may be stale.
pub struct TableWatch {
    oid: AtomicU32,
    dirty: AtomicBool,
}

impl TableWatch {
    pub const fn new() -> Self {
        TableWatch { oid: AtomicU32::new(0), dirty: AtomicBool::new(true) }
    }

    /// Whether the table may have changed since the last call (clears the
    /// flag: the caller reloads now).
    pub fn take_dirty(&self) -> bool {
        self.dirty.load(Ordering::Relaxed) && self.dirty.swap(false, Ordering::Relaxed)
    }

    /// Forces a reload at the next use (after a failed load, or a change
    /// this backend made itself).
    pub fn mark_dirty(&self) {
        self.dirty.store(true, Ordering::Relaxed);
    }

    /// Looks up `name`'s OID (to_regclass, schema-qualified) and remembers
    /// it for the callback; `None` when the table does not exist.
    pub fn lookup(&self, client: &SpiClient<'_>, name: &str) -> SpiResult<Option<pg_sys::Oid>> {
        let oid = client
            .select(crate::privilege::sql::REGCLASS, None, &[name.into()])?
            .first()
            .get_one::<pg_sys::Oid>()?;
        if let Some(oid) = oid {
            self.oid.store(u32::from(oid), Ordering::Relaxed);
        }
        Ok(oid)
    }

    fn on_inval(&self, relid: pg_sys::Oid) {
        let ours = self.oid.load(Ordering::Relaxed);
        if relid == pg_sys::InvalidOid || ours == 0 || u32::from(relid) == ours {
            self.mark_dirty();
        }
    }
}

/// The running statement, as a key for caches valid for one statement
/// (its start time and the local transaction id).
pub fn statement_stamp() -> (i64, u32) {
    // SAFETY: a plain read of backend-local state.
    (crate::backend::statement_start(), unsafe { (*pg_sys::MyProc).lxid })
}

pub static PATTERNS: TableWatch = TableWatch::new();
pub static KEYS: TableWatch = TableWatch::new();
pub static CLASSES: TableWatch = TableWatch::new();

pub fn init() {
    // SAFETY: registering a relcache callback at library load; it only
    // touches atomics.
    unsafe {
        pg_sys::CacheRegisterRelcacheCallback(Some(on_relcache_inval), pg_sys::Datum::from(0));
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_relcache_inval(_arg: pg_sys::Datum, relid: pg_sys::Oid) {
    for w in [&PATTERNS, &KEYS, &CLASSES].into_iter().chain(crate::policy::WATCHES) {
        w.on_inval(relid);
    }
    // the relation names the read audit keeps (any relation's change)
    crate::audit_queue::names_stale();
}

/// Statement trigger on each watched table: queues a relcache invalidation
/// of the table, so every backend (this one at its next command, others
/// once the change commits) drops the cache it built from it.
#[pg_trigger(sql = "CREATE FUNCTION phi._invalidate_cache() RETURNS trigger LANGUAGE c AS 'MODULE_PATHNAME', '@FUNCTION_NAME@';")]
fn invalidate_cache<'a>(
    trigger: &'a pgrx::PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>, pgrx::PgTriggerError> {
    let rel = trigger.relation()?;
    // SAFETY: queues an invalidation message for a relation that exists.
    unsafe { pg_sys::CacheInvalidateRelcacheByRelid(rel.oid()) };
    Ok(None)
}
