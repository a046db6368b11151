//! The audit pipeline: events leave the backend that saw them through a
//! shared-memory queue, and one background worker per database (the only
//! writer of `phi.audit_log`) chains them into the log in its own
//! transactions.
//!
//! - **Reads.** `encrypted::render` calls [`note`] with every decision it
//!   acts on (plaintext, break-glass, masked, sealed, denied) before it
//!   decrypts. Notes are counted in backend-local aggregates per executor
//!   statement (class, outcome, patient digest) and leave at the
//!   statement's `ExecutorEnd`, or at the transaction's end, commit *or*
//!   abort: a reader's ROLLBACK cannot erase its reads. A statement that
//!   read many patients' values becomes a few events of up to
//!   `MAX_SUBJECTS` digests each.
//! - **Policy and key changes** ([`record_at_commit`]) are held until the
//!   transaction commits and dropped if it (or their subtransaction) rolls
//!   back: a change that did not happen is not an event.
//! - **Sync.** With `phi.audit_sync` on, a transaction that queued events
//!   commits only once the writer has committed them (or fails after
//!   `phi.audit_timeout`).
//! - **Fail closed.** Before the first plaintext or masked value of a
//!   statement, the pipeline must be able to take events (not a hot
//!   standby, a ring for this database, room in it, a writer running or
//!   startable); otherwise `phi.audit_fallback` decides: `deny` refuses
//!   (55000), `log` discloses and writes the events to the server log.
//!
//! Shared memory: `RINGS` rings of `RING_BYTES`, one per database that has
//! used the pipeline since the server started, each a byte ring of encoded
//! `phi_core::audit_event::Event`s (`phi_core::ring`) with three positions:
//! `head` (written by backends), `tail` (consumed by the writer) and
//! `written` (committed to the log). One LWLock guards them all.

use crate::error::PhiError;
use phi_core::audit_event::{self, Event, SUBJECT_LEN};
use pgrx::bgworkers::{BackgroundWorker, BackgroundWorkerBuilder, SignalWakeFlags};
use pgrx::prelude::*;
use phi_core::tally::Tally;
use std::cell::RefCell;
use std::time::Duration;

pub const RINGS: usize = 32;
pub const RING_BYTES: usize = 256 << 10;
/// A statement's plaintext is not produced unless its ring has this much room.
const MIN_ROOM: usize = RING_BYTES / 8;
/// An enqueuer wakes the writer only once the ring holds this much (or is
/// full), or when its commit will wait for the event; otherwise the
/// writer's nap ([`WRITER_NAP_MS`]) bounds how long an event waits. Waking it for every event cost a
/// signal and two context switches per audited transaction.
const WAKE_AT: usize = RING_BYTES / 16;
/// How long the writer sleeps when its ring is empty: the longest an event
/// whose transaction does not wait for it (`phi.audit_sync = off`, or a
/// rolled-back reader's events) stays in shared memory before the writer
/// looks again.
const WRITER_NAP_MS: u64 = 10;
/// An idle writer exits after this long (the next event starts one).
const WRITER_IDLE_MS: u64 = 10_000;
/// The most events the writer chains and stores in one transaction.
const BATCH: usize = 256;

#[repr(C)]
#[derive(Clone, Copy)]
struct RingHdr {
    db: u32,
    worker_pid: i32,
    /// When a backend last asked for a writer (ms, `GetCurrentTimestamp`
    /// / 1000), so a writer that never came up is asked for again.
    start_at_ms: i64,
    head: u64,
    tail: u64,
    written: u64,
    /// The WAL position of the writer's commit that reached `written`:
    /// the writer commits without waiting for the WAL flush, and a
    /// waiting commit flushes WAL through this position itself (with
    /// every other waiter: group commit), so the writer never waits for a
    /// disk.
    written_lsn: u64,
    /// Events the writer could not write (failed batches), for the log.
    failures: u64,
    /// The index cleaner this database's writer last started ([`start_cleaner`]).
    cleaner_pid: i32,
    cleaner_at_ms: i64,
}

#[repr(C)]
struct Shared {
    rings: [RingHdr; RINGS],
    /// Broadcast by a ring's writer each time `written` moves.
    written_cv: [pg_sys::ConditionVariable; RINGS],
}

struct Shm {
    hdr: *mut Shared,
    bufs: *mut u8,
    lock: *mut pg_sys::LWLock,
}

static mut SHM: Shm = Shm { hdr: std::ptr::null_mut(), bufs: std::ptr::null_mut(), lock: std::ptr::null_mut() };
static mut PREV_SHMEM_REQUEST: pg_sys::shmem_request_hook_type = None;
static mut PREV_SHMEM_STARTUP: pg_sys::shmem_startup_hook_type = None;
static mut PREV_EXECUTOR_START: pg_sys::ExecutorStart_hook_type = None;
static mut PREV_EXECUTOR_END: pg_sys::ExecutorEnd_hook_type = None;

const TRANCHE: &std::ffi::CStr = c"pg_phi_audit";

fn shmem_size() -> usize {
    std::mem::size_of::<Shared>() + RINGS * RING_BYTES
}

/// Installs the hooks (from `_PG_init`, in the postmaster).
pub fn init() {
    // SAFETY: hook installation at library load, chaining the previous ones.
    unsafe {
        PREV_SHMEM_REQUEST = pg_sys::shmem_request_hook;
        pg_sys::shmem_request_hook = Some(shmem_request);
        PREV_SHMEM_STARTUP = pg_sys::shmem_startup_hook;
        pg_sys::shmem_startup_hook = Some(shmem_startup);
        PREV_EXECUTOR_START = pg_sys::ExecutorStart_hook;
        pg_sys::ExecutorStart_hook = Some(executor_start);
        PREV_EXECUTOR_END = pg_sys::ExecutorEnd_hook;
        pg_sys::ExecutorEnd_hook = Some(executor_end);
        pg_sys::RegisterXactCallback(Some(on_xact), std::ptr::null_mut());
        pg_sys::RegisterSubXactCallback(Some(on_subxact), std::ptr::null_mut());
        // relations' changes reach names_stale through watch.rs's relcache
        // callback (a backend has ten such slots for every extension)
        for cache in [pg_sys::SysCacheIdentifier::NAMESPACEOID, pg_sys::SysCacheIdentifier::AUTHOID] {
            pg_sys::CacheRegisterSyscacheCallback(cache as i32, Some(names_stale_sys), pg_sys::Datum::from(0));
        }
    }
}

/// Set by any relation's, schema's or role's invalidation: the names a
/// backend keeps for its events ([`Names`]) are looked up again.
static NAMES_STALE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Marks [`Names`] stale: any relation changed (from watch.rs's relcache
/// callback).
pub fn names_stale() {
    NAMES_STALE.store(true, std::sync::atomic::Ordering::Relaxed);
}

#[pg_guard]
unsafe extern "C-unwind" fn names_stale_sys(_arg: pg_sys::Datum, _cache: i32, _hash: u32) {
    names_stale();
}

/// Names a statement's events carry, kept across statements (looking them
/// up and formatting them for every statement was a third of the audit's
/// cost per point read): per relation, `schema.table` when it has a
/// protected column, else `None`; and the session user's name. Dropped
/// whenever a relation, schema or role changes anywhere (an invalidation
/// message), so a rename is seen at the next statement.
#[derive(Default)]
struct Names {
    relations: Vec<(pg_sys::Oid, Option<String>)>,
    session_user: Option<(pg_sys::Oid, String)>,
}

impl Names {
    fn fresh(&mut self) -> &mut Self {
        if NAMES_STALE.swap(false, std::sync::atomic::Ordering::Relaxed) || self.relations.len() > 256 {
            *self = Names::default();
        }
        self
    }
}

thread_local! {
    static NAMES: RefCell<Names> = RefCell::new(Names::default());
}

/// The session user's name (as `session_user`), from [`Names`].
fn session_user_name() -> String {
    // SAFETY: backend-local state.
    let id = unsafe { pg_sys::GetSessionUserId() };
    if let Some(n) = NAMES.with(|n| n.borrow_mut().fresh().session_user.as_ref().filter(|(o, _)| *o == id).map(|(_, s)| s.clone())) {
        return n;
    }
    let name = crate::audit::session_user_name();
    NAMES.with(|n| n.borrow_mut().session_user = Some((id, name.clone())));
    name
}

#[pg_guard]
unsafe extern "C-unwind" fn shmem_request() {
    // SAFETY: called by the postmaster once, while requests are allowed.
    unsafe {
        if let Some(prev) = PREV_SHMEM_REQUEST {
            prev();
        }
        pg_sys::RequestAddinShmemSpace(shmem_size());
        pg_sys::RequestNamedLWLockTranche(TRANCHE.as_ptr(), 1);
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn shmem_startup() {
    // SAFETY: the standard add-in shared memory initialization, under
    // AddinShmemInitLock; children inherit the pointers.
    unsafe {
        if let Some(prev) = PREV_SHMEM_STARTUP {
            prev();
        }
        // AddinShmemInitLock is MainLWLockArray[21] (lwlocknames.txt)
        let init_lock = &raw mut (*pg_sys::MainLWLockArray.add(21)).lock;
        pg_sys::LWLockAcquire(init_lock, pg_sys::LWLockMode::LW_EXCLUSIVE);
        let mut found = false;
        let p = pg_sys::ShmemInitStruct(c"pg_phi audit queue".as_ptr(), shmem_size(), &mut found).cast::<u8>();
        if !found {
            std::ptr::write_bytes(p, 0, std::mem::size_of::<Shared>());
            let shared = p.cast::<Shared>();
            for i in 0..RINGS {
                pg_sys::ConditionVariableInit(&mut (*shared).written_cv[i]);
            }
        }
        SHM.hdr = p.cast::<Shared>();
        SHM.bufs = p.add(std::mem::size_of::<Shared>());
        SHM.lock = &mut (*pg_sys::GetNamedLWLockTranche(TRANCHE.as_ptr())).lock;
        pg_sys::LWLockRelease(init_lock);
    }
}

/// Runs `f` on the rings under the lock.
fn locked<R>(exclusive: bool, f: impl FnOnce(&mut [RingHdr; RINGS], &mut [u8]) -> R) -> Option<R> {
    // SAFETY: the pointers were set at startup (or are null when pg_phi
    // was not preloaded); the lock guards every access to the region.
    unsafe {
        if SHM.hdr.is_null() {
            return None;
        }
        let mode = if exclusive { pg_sys::LWLockMode::LW_EXCLUSIVE } else { pg_sys::LWLockMode::LW_SHARED };
        pg_sys::LWLockAcquire(SHM.lock, mode);
        let bufs = std::slice::from_raw_parts_mut(SHM.bufs, RINGS * RING_BYTES);
        let r = f(&mut (*SHM.hdr).rings, bufs);
        pg_sys::LWLockRelease(SHM.lock);
        Some(r)
    }
}

fn ring_buf(bufs: &mut [u8], i: usize) -> &mut [u8] {
    &mut bufs[i * RING_BYTES..(i + 1) * RING_BYTES]
}

fn my_db() -> u32 {
    // SAFETY: backend-local state.
    u32::from(unsafe { pg_sys::MyDatabaseId })
}

fn now_ms() -> i64 {
    // SAFETY: reads the clock.
    unsafe { pg_sys::GetCurrentTimestamp() / 1000 }
}

fn pid_alive(pid: i32) -> bool {
    !proc_of(pid).is_null()
}

fn wake(pid: i32) {
    let p = proc_of(pid);
    if !p.is_null() {
        // SAFETY: SetLatch may be called on any live process's latch.
        unsafe { pg_sys::SetLatch(&mut (*p).procLatch) };
    }
}

thread_local! {
    /// The last process looked up by pid, and its PGPROC.
    static LAST_PROC: std::cell::Cell<(i32, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// The PGPROC of a live process (null if none has `pid`). Every audited
/// statement asks about its writer, up to three times: a search of the
/// proc array under its lock each time was 2% of a point read. The last
/// answer is kept and trusted while that PGPROC still carries the pid
/// (a slot given to another process no longer does); a writer that
/// exits clears its pid from its ring first (`writer_exit`).
fn proc_of(pid: i32) -> *mut pg_sys::PGPROC {
    if pid == 0 {
        return std::ptr::null_mut();
    }
    let (last, p) = LAST_PROC.with(std::cell::Cell::get);
    let p = p as *mut pg_sys::PGPROC;
    // SAFETY: PGPROCs live in shared memory for the server's life; the
    // pid is read without the lock, as a hint checked on every use.
    if last == pid && !p.is_null() && unsafe { std::ptr::read_volatile(&raw const (*p).pid) } == pid {
        return p;
    }
    // SAFETY: a lookup in the proc array.
    let p = unsafe { pg_sys::BackendPidGetProc(pid) };
    LAST_PROC.with(|c| c.set((pid, p as usize)));
    p
}

/// This database's ring (claiming a free one), whether its writer runs,
/// and whether one should be started now.
fn ring_of(rings: &mut [RingHdr; RINGS], db: u32, now: i64) -> Option<usize> {
    if let Some(i) = rings.iter().position(|r| r.db == db) {
        return Some(i);
    }
    // a free ring, else one whose database left nothing to write and has
    // had no writer for 10 s (a dropped database, or one whose writer
    // never came up: its ring is not held forever)
    let i = rings.iter().position(|r| r.db == 0).or_else(|| {
        rings
            .iter()
            .position(|r| r.head == r.tail && !pid_alive(r.worker_pid) && now - r.start_at_ms > 10_000)
    })?;
    // positions never go back: a commit still waiting on a position of a
    // released ring (all of it written) finds it passed here too, and
    // flushes through everything inserted so far, which holds the commit
    // of whatever that ring's writer wrote (committed without waiting for
    // the disk). With 0 here such a commit flushed nothing: after the
    // postmaster's death (no WAL writer) a writer releases its ring at
    // once, and a read whose commit returned was lost in the crash.
    let p = rings.iter().map(|r| r.head).max().unwrap_or(0);
    let lsn = released_lsn();
    rings[i] = RingHdr {
        db,
        worker_pid: 0,
        start_at_ms: 0,
        head: p,
        tail: p,
        written: p,
        written_lsn: lsn,
        failures: 0,
        cleaner_pid: 0,
        cleaner_at_ms: 0,
    };
    Some(i)
}

/// What the pipeline can do for this database now.
enum Ready {
    Yes,
    No(String),
}

/// Whether this database's pipeline can take events: a ring, room in it,
/// a writer running (started here if need be).
fn ready() -> Ready {
    // SAFETY: reads shared state.
    if unsafe { pg_sys::RecoveryInProgress() } {
        return Ready::No("the server is a hot standby (read-only): the audit log cannot be written".into());
    }
    let db = my_db();
    let now = now_ms();
    let r = locked(true, |rings, _| {
        let i = ring_of(rings, db, now)?;
        let r = &mut rings[i];
        let room = phi_core::ring::free(RING_BYTES, r.head, r.tail);
        let alive = pid_alive(r.worker_pid);
        let start = !alive && now - r.start_at_ms > 200;
        if start {
            r.start_at_ms = now;
        }
        Some((room, alive, start, r.worker_pid))
    });
    let Some(r) = r else {
        return Ready::No("pg_phi is not in shared_preload_libraries".into());
    };
    let Some((room, alive, start, pid)) = r else {
        return Ready::No(format!("more than {RINGS} databases use pg_phi's audit queue"));
    };
    if start {
        if let Err(e) = start_writer(db) {
            // the next statement asks again at once
            locked(true, |rings, _| {
                if let Some(r) = rings.iter_mut().find(|r| r.db == db) {
                    r.start_at_ms = 0;
                }
            });
            return Ready::No(e);
        }
    }
    if !alive && !writer_came_up(db) {
        return Ready::No("the audit writer is not running (see the server log)".into());
    }
    if room < MIN_ROOM && !room_came(db, pid) {
        return Ready::No("the audit queue is full (the writer is behind or failing; see the server log)".into());
    }
    Ready::Yes
}

/// Back-pressure: waits up to `phi.audit_timeout` for the writer to make
/// room in the ring before a disclosure is refused.
fn room_came(db: u32, pid: i32) -> bool {
    wait_until(flush_deadline(), || {
        if pid != 0 {
            wake(pid);
        }
        locked(false, |rings, _| {
            rings.iter().find(|r| r.db == db).map_or(0, |r| phi_core::ring::free(RING_BYTES, r.head, r.tail))
        })
        .unwrap_or(0)
            >= MIN_ROOM
    })
}

/// Waits up to two seconds for a writer (just asked for) to claim the
/// ring: a disclosure is admitted only with a writer running.
fn writer_came_up(db: u32) -> bool {
    wait_until(now_ms() + 2000, || {
        locked(false, |rings, _| rings.iter().find(|r| r.db == db).is_some_and(|r| pid_alive(r.worker_pid)))
            .unwrap_or(false)
    })
}

/// Polls `ready` every millisecond until it holds (true) or `deadline`
/// (ms) passes (false); a cancel interrupts the wait.
fn wait_until(deadline: i64, mut ready: impl FnMut() -> bool) -> bool {
    loop {
        if ready() {
            return true;
        }
        if now_ms() > deadline {
            return false;
        }
        // SAFETY: a short sleep, then a check for interrupts.
        unsafe {
            pg_sys::pg_usleep(1000);
            pg_sys::check_for_interrupts!();
        }
    }
}

fn start_writer(db: u32) -> Result<(), String> {
    Worker::Writer
        .start(db)
        .then_some(())
        .ok_or_else(|| "the audit writer could not be started (max_worker_processes reached?)".to_string())
}

/// The background workers a database's ring has a slot for: its writer
/// and its index cleaner, each at most one per database.
#[derive(Clone, Copy)]
enum Worker {
    Writer,
    Cleaner,
}

impl Worker {
    fn title(self) -> &'static str {
        match self {
            Worker::Writer => "pg_phi audit writer",
            Worker::Cleaner => "pg_phi audit index cleaner",
        }
    }

    fn entry_point(self) -> &'static str {
        match self {
            Worker::Writer => "phi_audit_writer_main",
            Worker::Cleaner => "phi_audit_cleaner_main",
        }
    }

    /// The ring header's pid of this kind of worker.
    fn pid(self, r: &mut RingHdr) -> &mut i32 {
        match self {
            Worker::Writer => &mut r.worker_pid,
            Worker::Cleaner => &mut r.cleaner_pid,
        }
    }

    /// Registers a dynamic worker of this kind for `db`, never restarted;
    /// false when no worker slot was free.
    fn start(self, db: u32) -> bool {
        BackgroundWorkerBuilder::new(self.title())
            .set_type(self.title())
            .set_library("pg_phi")
            .set_function(self.entry_point())
            .set_argument(Some(pg_sys::Datum::from(db)))
            .enable_spi_access()
            .set_restart_time(None)
            .load_dynamic()
            .is_ok()
    }

    /// Takes `db`'s slot of this kind for the calling process, `me`
    /// (a worker's first act), unless another live process holds it.
    fn claim(self, db: u32, me: i32) -> bool {
        locked(true, |rings, _| {
            let Some(r) = rings.iter_mut().find(|r| r.db == db) else { return false };
            let slot = self.pid(r);
            if pid_alive(*slot) && *slot != me {
                return false;
            }
            *slot = me;
            true
        })
        .unwrap_or(false)
    }

    /// Frees `db`'s slot of this kind if `me` still holds it (a worker's
    /// exit callback).
    fn vacate(self, db: u32, me: i32) {
        locked(true, |rings, _| {
            if let Some(r) = rings.iter_mut().find(|r| r.db == db) {
                let slot = self.pid(r);
                if *slot == me {
                    *slot = 0;
                }
            }
        });
    }
}

/// Puts `rec` on this database's ring, waiting until `deadline` (ms) for
/// room; returns its end position. `urgent`: a commit will wait for it,
/// so the writer is woken now (it starts on the batch while the statement
/// finishes) rather than by the wait.
fn enqueue(rec: &[u8], deadline: i64, urgent: bool) -> Result<u64, String> {
    if rec.len() + phi_core::ring::PREFIX > RING_BYTES / 2 {
        return Err("an audit event is too large for the queue".into());
    }
    let db = my_db();
    loop {
        let now = now_ms();
        let r = locked(true, |rings, bufs| {
            let i = ring_of(rings, db, now)?;
            let (head, tail) = (rings[i].head, rings[i].tail);
            let pos = phi_core::ring::push(ring_buf(bufs, i), head, tail, rec);
            let r = &mut rings[i];
            if let Some(p) = pos {
                r.head = p;
            }
            let alive = pid_alive(r.worker_pid);
            let start = !alive && now - r.start_at_ms > 200;
            if start {
                r.start_at_ms = now;
            }
            let full = pos.is_none() || RING_BYTES - phi_core::ring::free(RING_BYTES, r.head, r.tail) >= WAKE_AT;
            Some((pos, (alive && (full || urgent)).then_some(r.worker_pid), start))
        })
        .ok_or("pg_phi is not in shared_preload_libraries")?
        .ok_or_else(|| format!("more than {RINGS} databases use pg_phi's audit queue"))?;
        let (pos, pid, start) = r;
        if let Some(pid) = pid {
            wake(pid);
        }
        if start {
            // in an aborting transaction this only registers the worker
            start_writer(db)?;
        }
        if let Some(p) = pos {
            return Ok(p);
        }
        if now > deadline {
            return Err("the audit queue stayed full".into());
        }
        // SAFETY: a short sleep between attempts; a cancel interrupts it
        // (a no-op while interrupts are held, as in an aborting transaction).
        unsafe {
            pg_sys::pg_usleep(1000);
            pg_sys::check_for_interrupts!();
        }
    }
}

/// The deadline of one flush: `phi.audit_timeout` from now.
fn flush_deadline() -> i64 {
    now_ms() + i64::from(crate::gucs::audit_timeout_ms())
}

/// Waits until this database's writer has committed everything through
/// `pos`, then, unless `own_flush` (this transaction's commit record, yet
/// to be flushed, comes after the writer's and its flush covers it), makes
/// the writer's commit durable by flushing WAL through it.
fn wait_written(pos: u64, own_flush: bool) -> Result<(), PhiError> {
    let db = my_db();
    let timeout = crate::gucs::audit_timeout_ms();
    let deadline = now_ms() + i64::from(timeout);
    let Some(i) = locked(false, |rings, _| rings.iter().position(|r| r.db == db)).flatten() else {
        // the ring was given back, so everything on it was written, but
        // its last commit LSN went with it: flush all WAL inserted so far
        flush_through(released_lsn(), own_flush);
        return Ok(());
    };
    // SAFETY: the ring's condition variable lives in shared memory for the
    // server's life; PrepareToSleep/CancelSleep bracket the waits.
    let cv = unsafe { &raw mut (*SHM.hdr).written_cv[i] };
    unsafe { pg_sys::ConditionVariablePrepareToSleep(cv) };
    let result = loop {
        let now = now_ms();
        let (written, lsn, pid, start) = locked(true, |rings, _| {
            let r = &mut rings[i];
            if r.db != db {
                return (u64::MAX, released_lsn(), None, false); // released: all written
            }
            let alive = pid_alive(r.worker_pid);
            let start = !alive && now - r.start_at_ms > 200;
            if start {
                r.start_at_ms = now;
            }
            (r.written, r.written_lsn, alive.then_some(r.worker_pid), start)
        })
        .unwrap_or((u64::MAX, 0, None, false));
        if written >= pos {
            flush_through(lsn, own_flush);
            break Ok(());
        }
        if let Some(pid) = pid {
            wake(pid);
        }
        if start {
            if let Err(e) = start_writer(db) {
                break Err(PhiError::AuditUnavailable(e));
            }
        }
        if now > deadline {
            break Err(PhiError::AuditTimeout(timeout));
        }
        // SAFETY: a bounded sleep on the ring's condition variable (woken
        // when `written` moves); it checks for interrupts.
        unsafe { pg_sys::ConditionVariableTimedSleep(cv, 10, pg_sys::PG_WAIT_EXTENSION) };
    };
    // SAFETY: ends the sleep begun above.
    unsafe { pg_sys::ConditionVariableCancelSleep() };
    result
}

/// Makes the writer's commits through `lsn` durable, as durable as the
/// session asks its own commits to be: not when its own commit's flush
/// covers them (`own_flush`), nor with synchronous_commit = off (they are
/// committed, and survive a crash of PostgreSQL, not of the machine).
fn flush_through(lsn: u64, own_flush: bool) {
    // SAFETY: reads a backend-local setting.
    let flush = unsafe { pg_sys::synchronous_commit > pg_sys::SyncCommitLevel::SYNCHRONOUS_COMMIT_OFF as i32 };
    if lsn != 0 && !own_flush && flush {
        // SAFETY: flushing WAL through a position already inserted; any
        // backend may.
        unsafe { pg_sys::XLogFlush(lsn) };
    }
}

/// Where to flush when the ring was given back (its writer exited idle,
/// or the postmaster died): everything inserted so far, which includes
/// the writer's last commit (it committed without waiting for the disk).
fn released_lsn() -> u64 {
    // SAFETY: reads the shared WAL insert position.
    unsafe { pg_sys::GetXLogInsertRecPtr() }
}

// ---------------------------------------------------------------------
// The backend side: aggregates per statement, policy events per
// subtransaction.

/// What a decision did with a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    Plaintext,
    BreakGlass,
    Masked,
    Sealed,
    Denied,
}

impl Outcome {
    fn action(self) -> &'static str {
        match self {
            Outcome::Plaintext | Outcome::BreakGlass => "read",
            Outcome::Masked => "read_masked",
            Outcome::Sealed => "read_sealed",
            Outcome::Denied => "read_denied",
        }
    }
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Plaintext => "plaintext",
            Outcome::BreakGlass => "break_glass",
            Outcome::Masked => "masked",
            Outcome::Sealed => "sealed",
            Outcome::Denied => "denied",
        }
    }
    /// Whether the value (or part of it) is disclosed: the pipeline must
    /// be ready before it is produced.
    fn discloses(self) -> bool {
        matches!(self, Outcome::Plaintext | Outcome::BreakGlass | Outcome::Masked)
    }
}

/// (interned name, kind, patient digest) of a count: for reads the name
/// is a (class, role) and the kind an [`Outcome`]; for writes a (class,
/// column, role) and a [`WriteAction`]. Laid out for the per-value count:
/// the digest as two aligned words and no `Option`, so that hashing reads
/// whole words (a `[u8; 16]` behind an `Option` discriminant was written
/// and re-read at odd offsets: a store-forwarding stall on every value);
/// 24 bytes, as the tuple it replaced (a million patients' writes in one
/// statement are a million keys). Ordered by name, kind, and then the
/// digest's bytes (the words are big-endian), which is the order of the
/// events and of the patients in each.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key<K> {
    ci: u32,
    kind: K,
    bound: bool,
    subject: [u64; 2],
}

impl<K> Key<K> {
    fn new(ci: u32, kind: K, subject: Option<[u8; SUBJECT_LEN]>) -> Key<K> {
        let w = |d: &[u8; SUBJECT_LEN], i: usize| u64::from_be_bytes(d[i..i + 8].try_into().expect("8 bytes"));
        Key { subject: subject.map_or([0, 0], |d| [w(&d, 0), w(&d, 8)]), ci, kind, bound: subject.is_some() }
    }

    fn subject(&self) -> Option<[u8; SUBJECT_LEN]> {
        self.bound.then(|| {
            let mut d = [0u8; SUBJECT_LEN];
            d[..8].copy_from_slice(&self.subject[0].to_be_bytes());
            d[8..].copy_from_slice(&self.subject[1].to_be_bytes());
            d
        })
    }
}

/// A change of a protected column's value (the column trigger).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WriteAction {
    Insert,
    Update,
    Delete,
}

impl WriteAction {
    fn as_str(self) -> &'static str {
        match self {
            WriteAction::Insert => "insert",
            WriteAction::Update => "update",
            WriteAction::Delete => "delete",
        }
    }
}

/// (interned class, column and writing role, action, patient digest).

/// When, where and why, taken at a statement's first read or write (in a
/// normal transaction state, so that an aborting transaction need not look
/// them up); who is taken per value (`actor_now`).
#[derive(Clone, Default)]
struct Ctx {
    occurred_us: i64,
    session_user: String,
    app: Option<String>,
    purpose: Option<String>,
    relation: Option<String>,
}

#[derive(Default)]
struct Frame {
    /// The statement's QueryDesc (0 for reads outside any statement: COPY
    /// TO and the like).
    qd: usize,
    subid: u32,
    kind: Option<&'static str>,
    ctx: Option<Ctx>,
    /// Set once the pipeline was found ready (or not, with `log`).
    admitted: Option<bool>,
    counts: Tally<Key<Outcome>>,
    writes: Tally<Key<WriteAction>>,
}

#[derive(Default)]
struct State {
    frames: Vec<Frame>,
    loose: Frame,
    /// (class, role) of read values; the role is the session's (outer)
    /// user at the value, which `set_config('role', ...)` may change
    /// within a statement.
    classes: Vec<(String, u32)>,
    /// (class, column, role) of written values.
    columns: Vec<(String, String, u32)>,
    /// Role names, looked up once while catalog access is allowed.
    actors: Vec<(u32, String)>,
    policy: Vec<(u32, Event)>,
    /// The end position of the last event this transaction queued.
    last_pos: Option<u64>,
    client: Option<Option<String>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn top(s: &mut State) -> &mut Frame {
    match s.frames.last_mut() {
        Some(f) => f,
        None => &mut s.loose,
    }
}

/// Counts one decision about a value of `class` bound to `subject`,
/// before the value is produced: refuses (with `phi.audit_fallback =
/// deny`) a disclosure the pipeline could not record. A value that then
/// fails to open is taken back with [`uncount`]. The common case (the
/// statement already admitted, the role known) is one borrow of the
/// backend's state and a hash-map increment.
pub fn note(class: &str, subject: Option<[u8; SUBJECT_LEN]>, outcome: Outcome) -> Result<(), PhiError> {
    if !crate::gucs::audit_reads() {
        return Ok(());
    }
    let role = u32::from(crate::backend::outer_user());
    if bump(class, subject, outcome, role, 1) {
        return Ok(());
    }
    admit(outcome)?;
    actor_now();
    bump(class, subject, outcome, role, 1);
    Ok(())
}

/// Takes back a [`note`] whose value did not open.
pub fn uncount(class: &str, subject: Option<[u8; SUBJECT_LEN]>, outcome: Outcome) {
    if crate::gucs::audit_reads() {
        let role = u32::from(crate::backend::outer_user());
        bump(class, subject, outcome, role, -1);
    }
}

/// The fast path of [`note`]: counts `n` if the statement is admitted for
/// `outcome` and `role`'s name is known; false otherwise.
fn bump(class: &str, subject: Option<[u8; SUBJECT_LEN]>, outcome: Outcome, role: u32, n: i64) -> bool {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let State { frames, loose, classes, actors, .. } = &mut *s;
        let f = match frames.last_mut() {
            Some(f) => f,
            None => loose,
        };
        if f.ctx.is_none() || (outcome.discloses() && f.admitted.is_none()) || !actors.iter().any(|(r, _)| *r == role) {
            return false;
        }
        let ci = match classes.iter().position(|(c, r)| *r == role && same(c, class)) {
            Some(i) => i,
            None => {
                classes.push((class.to_string(), role));
                classes.len() - 1
            }
        } as u32;
        f.counts.add(Key::new(ci, outcome, subject), n);
        true
    })
}

/// Whether two class names are equal, compared inline: names are short,
/// and a call to `memcmp` per value was 3% of a decrypting scan.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// The slow half of [`note`], once per statement: the statement's
/// context, and for a disclosure the pipeline's readiness.
fn admit(outcome: Outcome) -> Result<(), PhiError> {
    // the statement's context and admission, outside the state's borrow
    // (they may look up the catalog)
    let (need_ctx, need_admit) = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let f = top(&mut s);
        (f.ctx.is_none(), outcome.discloses() && f.admitted.is_none())
    });
    if need_ctx {
        let ctx = context(std::ptr::null_mut())?;
        STATE.with(|s| top(&mut s.borrow_mut()).ctx = Some(ctx));
    }
    if need_admit {
        let ok = match ready() {
            Ready::Yes => true,
            Ready::No(why) => match crate::gucs::audit_fallback() {
                crate::gucs::AuditFallback::Deny => return Err(PhiError::AuditUnavailable(why)),
                crate::gucs::AuditFallback::Log => false,
            },
        };
        STATE.with(|s| top(&mut s.borrow_mut()).admitted = Some(ok));
    }
    Ok(())
}

/// The session's role now (OID), its name interned while catalog access
/// is allowed.
fn actor_now() -> u32 {
    // SAFETY: backend-local state.
    let role = u32::from(unsafe { pg_sys::GetOuterUserId() });
    let known = STATE.with(|s| s.borrow().actors.iter().any(|(r, _)| *r == role));
    if !known {
        let name = crate::audit::outer_user_name();
        STATE.with(|s| s.borrow_mut().actors.push((role, name)));
    }
    role
}

/// Counts one change of a protected value (the column trigger, inside the
/// writing statement). Writes are events of the transaction: they reach
/// the log when it commits, and not if it (or their savepoint) rolls back.
pub fn note_write(
    rel: pg_sys::Relation,
    class: &str,
    column: &str,
    subject: Option<[u8; SUBJECT_LEN]>,
    action: WriteAction,
) -> Result<(), PhiError> {
    let need_ctx = STATE.with(|s| top(&mut s.borrow_mut()).ctx.is_none());
    if need_ctx {
        let ctx = context(rel)?;
        STATE.with(|s| top(&mut s.borrow_mut()).ctx = Some(ctx));
    }
    let role = actor_now();
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let ci = match s.columns.iter().position(|(c, k, r)| *r == role && c == class && k == column) {
            Some(i) => i,
            None => {
                s.columns.push((class.to_string(), column.to_string(), role));
                s.columns.len() - 1
            }
        } as u32;
        top(&mut s).writes.add(Key::new(ci, action, subject), 1);
    });
    Ok(())
}

/// The top frame's context; `rel` names the table when the statement does
/// not (a write outside any statement: COPY FROM's trigger), or is null.
fn context(rel: pg_sys::Relation) -> Result<Ctx, PhiError> {
    client_addr();
    let qd = STATE.with(|s| top(&mut s.borrow_mut()).qd);
    // SAFETY: reads of backend-local state; the QueryDesc is live until
    // its ExecutorEnd, which pops this frame; a trigger's relation is open
    // while it fires.
    let (now, relation) = unsafe {
        (pg_sys::GetCurrentTimestamp(), relations(qd as *mut pg_sys::QueryDesc).or_else(|| relation_name(rel)))
    };
    Ok(Ctx {
        occurred_us: now + crate::audit::PG_EPOCH_OFFSET_US,
        session_user: session_user_name(),
        app: application_name(),
        purpose: crate::gucs::purpose(),
        relation,
    })
}

/// The client's address, numeric (NULL over a Unix socket and in
/// background and parallel workers, as `inet_client_addr()`), looked up
/// once per backend without running a query.
fn client_addr() -> Option<String> {
    if let Some(c) = STATE.with(|s| s.borrow().client.clone()) {
        return c;
    }
    // SAFETY: inet_client_addr() and its ::text (network_show), called directly (no
    // query): NULL without a TCP client.
    let c = unsafe {
        pgrx::direct_function_call_as_datum(pg_sys::inet_client_addr, &[]).and_then(|inet| {
            pgrx::direct_function_call::<String>(pg_sys::network_show, &[Some(inet)])
        })
    };
    STATE.with(|s| s.borrow_mut().client = Some(c.clone()));
    c
}

fn application_name() -> Option<String> {
    // SAFETY: the GUC's variable: its current string, or NULL.
    let p = unsafe { pg_sys::application_name };
    if p.is_null() {
        return None;
    }
    // SAFETY: a NUL-terminated string owned by the GUC machinery.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
    (!s.is_empty()).then_some(s)
}

/// The relations of a statement that have a `phi.encrypted_text` column,
/// schema-qualified, comma-separated (NULL when none: values from a
/// function or a literal).
unsafe fn relations(qd: *mut pg_sys::QueryDesc) -> Option<String> {
    if qd.is_null() {
        return None;
    }
    let mut names: Vec<String> = Vec::new();
    // SAFETY: the plan's range table is a List of RangeTblEntry; each
    // relation is locked by the executor for the statement.
    unsafe {
        let stmt = (*qd).plannedstmt;
        if stmt.is_null() {
            return None;
        }
        let rtable = (*stmt).rtable;
        let n = if rtable.is_null() { 0 } else { (*rtable).length as usize };
        for k in 0..n {
            let rte = (*(*rtable).elements.add(k)).ptr_value.cast::<pg_sys::RangeTblEntry>();
            if (*rte).rtekind != pg_sys::RTEKind::RTE_RELATION {
                continue;
            }
            let relid = (*rte).relid;
            let known = NAMES.with(|c| {
                c.borrow_mut().fresh().relations.iter().find(|(r, _)| *r == relid).map(|(_, name)| name.clone())
            });
            let name = match known {
                Some(name) => name,
                None => {
                    let name = protected_relation_name(relid);
                    NAMES.with(|c| c.borrow_mut().relations.push((relid, name.clone())));
                    name
                }
            };
            if let Some(name) = name {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names.sort();
    (!names.is_empty()).then(|| names.join(","))
}

/// `schema.table` of a relation with a `phi.encrypted_text` column, else
/// `None`.
unsafe fn protected_relation_name(relid: pg_sys::Oid) -> Option<String> {
    let ty = crate::protect::encrypted_text_oid();
    if ty == pg_sys::InvalidOid {
        return None;
    }
    // SAFETY: the relation is locked by the executor for the statement.
    unsafe {
        let rel = pg_sys::RelationIdGetRelation(relid);
        if rel.is_null() {
            return None;
        }
        let desc = (*rel).rd_att;
        let atts = (*desc).attrs.as_slice((*desc).natts as usize);
        let has = atts.iter().any(|a| !a.attisdropped && a.atttypid == ty);
        let name = if has { relation_name(rel) } else { None };
        pg_sys::RelationClose(rel);
        name
    }
}

/// `schema.table` of an open relation.
unsafe fn relation_name(rel: pg_sys::Relation) -> Option<String> {
    if rel.is_null() {
        return None;
    }
    // SAFETY: an open relation's catalog row; the namespace name is palloc'd.
    unsafe {
        let ns = pg_sys::get_namespace_name((*(*rel).rd_rel).relnamespace);
        let nm = std::ffi::CStr::from_ptr((*(*rel).rd_rel).relname.data.as_ptr()).to_string_lossy();
        let ns = if ns.is_null() { String::new() } else { std::ffi::CStr::from_ptr(ns).to_string_lossy().into_owned() };
        Some(format!("{ns}.{nm}"))
    }
}

/// The events of a finished (or abandoned) frame: its reads, and its
/// writes (empty when `drop_writes`: their transaction rolled back).
#[allow(clippy::type_complexity)]
fn events_of(
    mut f: Frame,
    classes: &[(String, u32)],
    columns: &[(String, String, u32)],
    actors: &[(u32, String)],
    client: Option<String>,
    drop_writes: bool,
) -> (Vec<Event>, Vec<Event>) {
    let actor = |role: u32| actors.iter().find(|(r, _)| *r == role).map(|(_, n)| n.clone()).unwrap_or_default();
    let writes = if drop_writes { Tally::default() } else { std::mem::take(&mut f.writes) };
    if f.counts.is_empty() && writes.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let ctx = f.ctx.take().unwrap_or_default();
    // SAFETY: backend-local state.
    let (pid, xid) = unsafe { (pg_sys::MyProcPid, u32::from(pg_sys::GetTopTransactionIdIfAny())) };
    let base = Event {
        occurred_us: ctx.occurred_us,
        // each group's role (taken per value)
        actor: String::new(),
        session_user: ctx.session_user,
        client_addr: client,
        application_name: ctx.app,
        backend_pid: pid,
        xid: (xid != 0).then_some(i64::from(xid)),
        action: String::new(),
        relation: ctx.relation,
        classes: Vec::new(),
        subjects: Vec::new(),
        row_count: 0,
        statement_kind: f.kind.map(str::to_string),
        outcome: String::new(),
        reason: None,
        purpose: ctx.purpose,
    };
    let wout = grouped(writes, |a: &WriteAction| a.as_str(), |ci, action| {
        let (class, column, role) = &columns[ci as usize];
        Event {
            actor: actor(*role),
            action: action.as_str().to_string(),
            // a column phi.audit_table watches has no data class
            classes: if class.is_empty() { Vec::new() } else { vec![class.clone()] },
            outcome: "written".to_string(),
            reason: Some(format!("column {column}")),
            ..base.clone()
        }
    });
    let out = grouped(std::mem::take(&mut f.counts), |o: &Outcome| o.as_str(), |ci, outcome| {
        let (class, role) = &classes[ci as usize];
        Event {
            actor: actor(*role),
            action: outcome.action().to_string(),
            classes: vec![class.clone()],
            outcome: outcome.as_str().to_string(),
            ..base.clone()
        }
    });
    (out, wout)
}

/// Events from counts per (interned name, kind, patient): one group per
/// (name, kind), in a stable order, each the event `template` makes with
/// its patients in chunks of at most `MAX_SUBJECTS` (each chunk carrying
/// its share of the values), and one event for values bound to no patient.
fn grouped<K: Copy + Ord + std::hash::Hash>(
    counts: Tally<Key<K>>,
    kind_order: impl Fn(&K) -> &'static str,
    template: impl Fn(u32, K) -> Event,
) -> Vec<Event> {
    // in key order: each (name, kind) is one run, its unbound count
    // first, then its patients in the order of their digests' bytes
    let mut groups: Vec<((u32, K), Vec<([u8; SUBJECT_LEN], i64)>, i64)> = Vec::new();
    for (key, n) in counts.into_sorted() {
        let g = (key.ci, key.kind);
        if groups.last().is_none_or(|(last, _, _)| *last != g) {
            groups.push((g, Vec::new(), 0));
        }
        let (_, subjects, unbound) = groups.last_mut().expect("pushed above");
        match key.subject() {
            Some(s) => subjects.push((s, n)),
            None => *unbound += n,
        }
    }
    groups.sort_by_key(|((ci, k), _, _)| (*ci, kind_order(k)));
    let mut out = Vec::new();
    for ((ci, kind), subjects, unbound) in groups {
        let mut pieces = audit_event::chunk_subjects(&subjects);
        if unbound > 0 {
            pieces.push((Vec::new(), unbound));
        }
        // the group's event is copied for all pieces but the last
        let mut e = Some(template(ci, kind));
        let last = pieces.len().saturating_sub(1);
        for (k, (chunk, n)) in pieces.into_iter().enumerate() {
            let ev = if k == last { e.take() } else { e.clone() }.expect("taken at the last piece only");
            out.push(Event { subjects: chunk, row_count: n, ..ev });
        }
    }
    out
}

/// Sends `events`: to the queue when the frame was admitted, else (the
/// `log` fallback, or an aborting transaction whose queue is full) to the
/// server log. Returns the last queue position and the first failure.
fn send(events: Vec<Event>, to_queue: bool, urgent: bool) -> (Option<u64>, Option<String>) {
    let mut last = None;
    let mut failed: Option<String> = None;
    let deadline = flush_deadline();
    for ev in events {
        // after the first failure the rest go straight to the log
        if to_queue && failed.is_none() {
            match enqueue(&ev.encode(), deadline, urgent) {
                Ok(p) => {
                    last = Some(p);
                    continue;
                }
                Err(e) => {
                    failed.get_or_insert(e);
                }
            }
        }
        log_event(&ev);
    }
    (last, failed)
}

/// The `log` fallback: one structured server-log line per event (digests
/// in hex, never a value).
fn log_event(ev: &Event) {
    let subjects: Vec<String> = ev.subjects.iter().map(|s| phi_core::crypto::keys::hex(s)).collect();
    let line = serde_json::json!({
        "occurred_us": ev.occurred_us, "actor": ev.actor, "session_user": ev.session_user,
        "client_addr": ev.client_addr, "application_name": ev.application_name, "backend_pid": ev.backend_pid,
        "xid": ev.xid, "action": ev.action, "relation": ev.relation, "classes": ev.classes, "subjects": subjects,
        "row_count": ev.row_count, "statement_kind": ev.statement_kind, "outcome": ev.outcome,
        "reason": ev.reason, "purpose": ev.purpose,
    });
    pgrx::log!("pg_phi audit event (not in phi.audit_log): {line}");
}

/// Flushes a frame taken off the stack.
fn flush(f: Frame, aborting: bool) -> Result<(), PhiError> {
    // a frame that disclosed nothing (sealed and denied reads only) never
    // fails its statement: its events go to the server log if need be
    let disclosed = f.admitted == Some(true);
    let admitted = f.admitted.unwrap_or(true);
    let subid = f.subid;
    // made under the state's borrow (events_of looks nothing up), not
    // from copies of its name tables: those were a dozen allocations per
    // statement
    let (events, writes) = STATE.with(|s| {
        let s = s.borrow();
        events_of(f, &s.classes, &s.columns, &s.actors, s.client.clone().flatten(), aborting)
    });
    if !writes.is_empty() {
        // changes wait for their transaction's commit, like policy events
        STATE.with(|s| s.borrow_mut().policy.extend(writes.into_iter().map(|e| (subid, e))));
    }
    if events.is_empty() {
        return Ok(());
    }
    // SAFETY: reads shared state.
    let standby = unsafe { pg_sys::RecoveryInProgress() };
    let (last, failed) = send(events, admitted && !standby, disclosed && crate::gucs::audit_sync());
    // a commit waits for the events of disclosures (sealed and denied
    // reads are written as soon as a writer runs, unwaited)
    if let (Some(p), true) = (last, disclosed) {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.last_pos = Some(s.last_pos.map_or(p, |q| q.max(p)));
        });
    }
    match failed {
        Some(e) if disclosed && !aborting && crate::gucs::audit_fallback() == crate::gucs::AuditFallback::Deny => {
            Err(PhiError::AuditUnavailable(e))
        }
        Some(e) => {
            pgrx::warning!("pg_phi: audit events went to the server log instead of phi.audit_log: {e}");
            Ok(())
        }
        None => Ok(()),
    }
}

/// Records a disclosure that is not a value read (the patients
/// `breach_scope` names) at once, as reads are: it survives the
/// transaction's rollback, the commit waits for it, and with the pipeline
/// unable to take it the call fails first (`phi.audit_fallback = deny`)
/// or the event goes to the server log (`log`).
pub fn record_now(ev: Event) -> Result<(), PhiError> {
    let ok = match ready() {
        Ready::Yes => true,
        Ready::No(why) => match crate::gucs::audit_fallback() {
            crate::gucs::AuditFallback::Deny => return Err(PhiError::AuditUnavailable(why)),
            crate::gucs::AuditFallback::Log => false,
        },
    };
    let (last, failed) = send(vec![ev], ok, crate::gucs::audit_sync());
    if let Some(p) = last {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.last_pos = Some(s.last_pos.map_or(p, |q| q.max(p)));
        });
    }
    match failed {
        Some(e) if crate::gucs::audit_fallback() == crate::gucs::AuditFallback::Deny => Err(PhiError::AuditUnavailable(e)),
        Some(e) => {
            pgrx::warning!("pg_phi: audit events went to the server log instead of phi.audit_log: {e}");
            Ok(())
        }
        None => Ok(()),
    }
}

/// Holds a policy or key event until the transaction commits.
pub fn record_at_commit(ev: Event) {
    // SAFETY: backend-local state.
    let subid = unsafe { pg_sys::GetCurrentSubTransactionId() };
    STATE.with(|s| s.borrow_mut().policy.push((subid, ev)));
}

/// The context a policy event carries (in a normal transaction state).
pub fn event_now(action: &str, relation: Option<&str>, subject: Option<&[u8]>, outcome: &str, reason: Option<&str>) -> Event {
    // SAFETY: backend-local state.
    let (now, pid) = unsafe { (pg_sys::GetCurrentTimestamp(), pg_sys::MyProcPid) };
    let client = client_addr();
    Event {
        occurred_us: now + crate::audit::PG_EPOCH_OFFSET_US,
        actor: crate::audit::outer_user_name(),
        session_user: crate::audit::session_user_name(),
        client_addr: client,
        application_name: application_name(),
        backend_pid: pid,
        // SAFETY: backend-local state. A change has an xid; a disclosure
        // recorded at once may come from a read-only transaction.
        xid: Some(i64::from(u32::from(unsafe { pg_sys::GetTopTransactionIdIfAny() }))).filter(|x| *x != 0),
        action: action.to_string(),
        relation: relation.map(str::to_string),
        classes: Vec::new(),
        subjects: subject.and_then(|s| <[u8; SUBJECT_LEN]>::try_from(s).ok()).into_iter().collect(),
        row_count: 1,
        statement_kind: None,
        outcome: outcome.to_string(),
        reason: reason.map(str::to_string),
        purpose: crate::gucs::purpose(),
    }
}

fn cmd_kind(op: pg_sys::CmdType::Type) -> Option<&'static str> {
    use pg_sys::CmdType::*;
    Some(match op {
        CMD_SELECT => "SELECT",
        CMD_INSERT => "INSERT",
        CMD_UPDATE => "UPDATE",
        CMD_DELETE => "DELETE",
        CMD_MERGE => "MERGE",
        _ => return None,
    })
}

#[pg_guard]
unsafe extern "C-unwind" fn executor_start(qd: *mut pg_sys::QueryDesc, eflags: i32) {
    // SAFETY: chaining the standard hook protocol.
    unsafe {
        match PREV_EXECUTOR_START {
            Some(prev) => pg_sys::submodules::ffi::pg_guard_ffi_boundary(|| prev(qd, eflags)),
            None => pg_sys::standard_ExecutorStart(qd, eflags),
        }
        if eflags & pg_sys::EXEC_FLAG_EXPLAIN_ONLY as i32 != 0 {
            return;
        }
        let subid = pg_sys::GetCurrentSubTransactionId();
        let kind = cmd_kind((*qd).operation);
        STATE.with(|s| s.borrow_mut().frames.push(Frame { qd: qd as usize, subid, kind, ..Frame::default() }));
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn executor_end(qd: *mut pg_sys::QueryDesc) {
    // SAFETY: chaining the standard hook protocol.
    unsafe {
        match PREV_EXECUTOR_END {
            Some(prev) => pg_sys::submodules::ffi::pg_guard_ffi_boundary(|| prev(qd)),
            None => pg_sys::standard_ExecutorEnd(qd),
        }
    }
    let f = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let i = s.frames.iter().rposition(|f| f.qd == qd as usize)?;
        Some(s.frames.remove(i))
    });
    if let Some(f) = f {
        if let Err(e) = flush(f, false) {
            crate::fmgr::raise(e);
        }
    }
}

/// Everything still held: open frames and reads outside statements.
fn take_all() -> Vec<Frame> {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let mut v: Vec<Frame> = s.frames.drain(..).collect();
        v.push(std::mem::take(&mut s.loose));
        v
    })
}

#[pg_guard]
unsafe extern "C-unwind" fn on_xact(event: pg_sys::XactEvent::Type, _arg: *mut std::ffi::c_void) {
    use pg_sys::XactEvent::*;
    match event {
        XACT_EVENT_PRE_COMMIT | XACT_EVENT_PRE_PREPARE | XACT_EVENT_PARALLEL_PRE_COMMIT => {
            let parallel = event == XACT_EVENT_PARALLEL_PRE_COMMIT;
            let mut first_err = None;
            for f in take_all() {
                if let Err(e) = flush(f, false) {
                    first_err.get_or_insert(e);
                }
            }
            let changes = STATE.with(|s| !s.borrow().policy.is_empty());
            if changes && event == XACT_EVENT_PRE_PREPARE {
                first_err.get_or_insert(PhiError::AuditUnavailable(
                    "a prepared transaction's changes to protected values or to the policy cannot be recorded when it commits later; commit it directly".into(),
                ));
            }
            // Changes (policy, keys, protected values) are queued once the
            // commit can no longer fail (XACT_EVENT_COMMIT), so a change
            // that failed to commit is never recorded; here, while it can
            // still fail, the pipeline must be ready to take them.
            if changes && first_err.is_none() {
                if let Ready::No(why) = ready() {
                    if crate::gucs::audit_fallback() == crate::gucs::AuditFallback::Deny {
                        first_err = Some(PhiError::AuditUnavailable(why));
                    }
                }
            }
            if let Some(e) = first_err {
                STATE.with(|s| s.borrow_mut().last_pos = None);
                crate::fmgr::raise(e);
            }
            let last = STATE.with(|s| s.borrow_mut().last_pos.take());
            if let (Some(p), false) = (last, parallel) {
                if crate::gucs::audit_sync() {
                    // a transaction with an xid flushes its own commit
                    // record (later in WAL than the writer's) when
                    // synchronous_commit is at least local
                    // SAFETY: backend-local state.
                    let own_flush = unsafe {
                        u32::from(pg_sys::GetTopTransactionIdIfAny()) != 0
                            && pg_sys::synchronous_commit > pg_sys::SyncCommitLevel::SYNCHRONOUS_COMMIT_OFF as i32
                    };
                    if let Err(e) = wait_written(p, own_flush) {
                        crate::fmgr::raise(e);
                    }
                }
            }
        }
        XACT_EVENT_COMMIT => {
            // The commit record is written: the changes happened. Errors
            // are not allowed here; an event the queue cannot take goes to
            // the server log.
            let policy = STATE.with(|s| std::mem::take(&mut s.borrow_mut().policy));
            let events: Vec<Event> = policy.into_iter().map(|(_, e)| e).collect();
            if !events.is_empty() {
                let (last, failed) = send(events, true, crate::gucs::audit_sync());
                if let Some(e) = failed {
                    pgrx::warning!("pg_phi: audit events of a committed change went to the server log instead of phi.audit_log: {e}");
                }
                if let (Some(p), true) = (last, crate::gucs::audit_sync()) {
                    if wait_written(p, false).is_err() {
                        pgrx::warning!("pg_phi: the audit events of this committed change are queued but not yet written");
                    }
                }
            }
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.last_pos = None;
                s.loose = Frame::default();
                s.classes.clear();
                s.columns.clear();
                s.actors.clear();
            });
        }
        XACT_EVENT_ABORT | XACT_EVENT_PARALLEL_ABORT => {
            // reads survive the rollback; changes that did not happen are
            // not events
            for f in take_all() {
                let _ = flush(f, true);
            }
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.policy.clear();
                s.last_pos = None;
                s.classes.clear();
                s.columns.clear();
                s.actors.clear();
            });
        }
        XACT_EVENT_PARALLEL_COMMIT | XACT_EVENT_PREPARE => {
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.policy.clear();
                s.last_pos = None;
                s.loose = Frame::default();
            });
        }
        _ => {}
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_subxact(
    event: pg_sys::SubXactEvent::Type,
    my_subid: pg_sys::SubTransactionId,
    _parent: pg_sys::SubTransactionId,
    _arg: *mut std::ffi::c_void,
) {
    if event == pg_sys::SubXactEvent::SUBXACT_EVENT_START_SUB {
        // writes outside any statement (COPY FROM) so far belong to the
        // parent: tag them with it before the child starts
        let f = STATE.with(|s| {
            let mut s = s.borrow_mut();
            if s.loose.writes.is_empty() {
                return None;
            }
            let writes = std::mem::take(&mut s.loose.writes);
            Some(Frame { subid: _parent, ctx: s.loose.ctx.clone(), writes, ..Frame::default() })
        });
        if let Some(f) = f {
            let _ = flush(f, false);
        }
        return;
    }
    if event != pg_sys::SubXactEvent::SUBXACT_EVENT_ABORT_SUB {
        return;
    }
    // statements of the aborted subtransaction never reach ExecutorEnd:
    // their reads leave now; its policy events are dropped
    let abandoned: Vec<Frame> = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.policy.retain(|(id, _)| *id < my_subid);
        s.loose.writes = Tally::default();
        let keep = s.frames.iter().position(|f| f.subid >= my_subid).unwrap_or(s.frames.len());
        s.frames.drain(keep..).collect()
    });
    for f in abandoned {
        let _ = flush(f, true);
    }
}

// ---------------------------------------------------------------------
// The writer.

/// The background worker: the single writer of `phi.audit_log` for one
/// database. It drains its ring in batches, each in one transaction, and
/// advances `written` only after the batch commits.
#[pg_guard]
#[unsafe(no_mangle)]
pub extern "C-unwind" fn phi_audit_writer_main(arg: pg_sys::Datum) {
    let db = arg.value() as u32;
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    BackgroundWorker::connect_worker_to_spi_by_oid(Some(pg_sys::Oid::from(db)), None);
    // SAFETY: backend-local state.
    let me = unsafe { pg_sys::MyProcPid };
    if !Worker::Writer.claim(db, me) {
        return; // another writer runs for this database
    }
    // SAFETY: registering an exit callback; it only touches shared memory
    // under the lock.
    unsafe { pg_sys::before_shmem_exit(Some(writer_exit), pg_sys::Datum::from(db)) };
    // The database's own settings (ALTER DATABASE ... SET) must not make
    // the writer fail: it writes, waits a bounded time for its lock, and is
    // never cut short.
    BackgroundWorker::transaction(|| {
        for set in [
            "SET default_transaction_read_only = off",
            "SET statement_timeout = 0",
            "SET idle_in_transaction_session_timeout = 0",
            "SET lock_timeout = '5s'",
            "SET search_path = pg_catalog, pg_temp",
            // the waiting commits flush WAL through the writer's commits
            // (wait_written), so the writer never waits for the disk
            "SET synchronous_commit = off",
        ] {
            let _ = Spi::run(set);
        }
    });
    let mut idle = 0u32;
    loop {
        let (batch, small): (Vec<(Vec<u8>, u64)>, bool) = locked(false, |rings, bufs| {
            let Some(i) = rings.iter().position(|r| r.db == db) else { return (Vec::new(), true) };
            let (start, head) = (rings[i].tail, rings[i].head);
            let buf = ring_buf(bufs, i);
            let mut out = Vec::new();
            let mut tail = start;
            while out.len() < BATCH {
                let Some((rec, next)) = phi_core::ring::read(buf, tail, head) else { break };
                out.push((rec, next));
                tail = next;
            }
            let small = out.len() < BATCH && tail.wrapping_sub(start) < WAKE_AT as u64;
            (out, small)
        })
        .unwrap_or((Vec::new(), true));
        if let Some(&(_, end)) = batch.last() {
            idle = 0;
            let events: Vec<Option<Event>> = batch.iter().map(|(b, _)| Event::decode(b).ok()).collect();
            // A batch that failed three writers in a row (the writer exits
            // on an error and the next one retries) goes to the server log
            // instead, so one bad batch cannot stop the database's audit.
            let failures = locked(true, |rings, _| {
                rings.iter_mut().find(|r| r.db == db).map_or(0, |r| {
                    r.failures += 1;
                    r.failures
                })
            })
            .unwrap_or(0);
            if failures > 3 {
                pgrx::warning!("pg_phi audit writer: a batch of {} events failed 3 times; it goes to the server log", events.len());
                for ev in events.iter().flatten() {
                    log_event(ev);
                }
            } else {
                BackgroundWorker::transaction(move || {
                    if let Err(e) = crate::audit::append_batch(&events) {
                        crate::fmgr::raise(e);
                    }
                });
            }
            // SAFETY: backend-local: the end of this process's last commit record.
            let lsn = unsafe { pg_sys::XactLastCommitEnd };
            let ring = locked(true, |rings, _| {
                let i = rings.iter().position(|r| r.db == db)?;
                let r = &mut rings[i];
                r.tail = end;
                r.written = end;
                r.written_lsn = r.written_lsn.max(lsn);
                r.failures = 0;
                Some(i)
            })
            .flatten();
            if let Some(i) = ring {
                // SAFETY: the ring's condition variable in shared memory.
                unsafe { pg_sys::ConditionVariableBroadcast(&raw mut (*SHM.hdr).written_cv[i]) };
            }
            if crate::audit::take_pending_list_full() {
                start_cleaner(db);
            }
            report_stats(false);
            // A batch that emptied a ring holding less than WAKE_AT was
            // taken early: nap until an enqueuer fills WAKE_AT, a commit
            // waits for its events (both set the latch, which a wake during
            // the batch left set), or WRITER_NAP_MS passes. Unwaited events
            // then arrive in batches of tens instead of a few, and the
            // transaction, lock and index overheads of a batch are shared.
            if small && !BackgroundWorker::wait_latch(Some(Duration::from_millis(WRITER_NAP_MS))) {
                release(db, me, true);
                return;
            }
            continue;
        }
        if idle == 0 {
            report_stats(true);
        }
        // an idle writer exits after 10 s (the next event starts one) and
        // gives its ring back, but only with the ring empty, decided under
        // the lock an enqueuer takes to see whether it runs
        idle += 1;
        let stop = BackgroundWorker::sigterm_received() || u64::from(idle) * WRITER_NAP_MS > WRITER_IDLE_MS;
        if stop && release(db, me, false) {
            return;
        }
        if !BackgroundWorker::wait_latch(Some(Duration::from_millis(WRITER_NAP_MS))) {
            release(db, me, true);
            return;
        }
    }
}

/// Starts the log's index cleaner for `db` unless one runs or was asked
/// for in the last second: the writer found a GIN index's pending list a
/// quarter full ([`crate::audit::take_pending_list_full`]).
fn start_cleaner(db: u32) {
    let now = now_ms();
    let start = locked(true, |rings, _| {
        let r = rings.iter_mut().find(|r| r.db == db)?;
        if pid_alive(r.cleaner_pid) || now - r.cleaner_at_ms < 1000 {
            return None;
        }
        r.cleaner_at_ms = now;
        Some(())
    })
    .flatten()
    .is_some();
    if start && !Worker::Cleaner.start(db) {
        pgrx::warning!("pg_phi audit writer: the index cleaner could not be started (max_worker_processes reached?)");
    }
}

/// The log's index cleaner: merges the pending list of `phi.audit_log`'s
/// GIN indexes into the indexes (`gin_clean_pending_list`, with
/// `maintenance_work_mem`), then exits. GIN appends each new row's
/// entries to a pending list, and whoever inserts when the list passes
/// `gin_pending_list_limit` merges it then and there: left to itself, the
/// audit writer did, for seconds, while every audited commit waited.
/// Autovacuum merges it too, but as the log grows it visits less often
/// (every fifth of the table's size in new rows). Inserters do not merge
/// while a cleaner does, and a cleaner does not block them.
#[pg_guard]
#[unsafe(no_mangle)]
pub extern "C-unwind" fn phi_audit_cleaner_main(arg: pg_sys::Datum) {
    let db = arg.value() as u32;
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    BackgroundWorker::connect_worker_to_spi_by_oid(Some(pg_sys::Oid::from(db)), None);
    // SAFETY: backend-local state.
    let me = unsafe { pg_sys::MyProcPid };
    if !Worker::Cleaner.claim(db, me) {
        return; // another cleaner runs for this database
    }
    // SAFETY: registering an exit callback; it only touches shared memory
    // under the lock.
    unsafe { pg_sys::before_shmem_exit(Some(cleaner_exit), pg_sys::Datum::from(db)) };
    BackgroundWorker::transaction(|| {
        for set in [
            "SET statement_timeout = 0",
            "SET lock_timeout = '5s'",
            "SET search_path = pg_catalog, pg_temp",
        ] {
            let _ = Spi::run(set);
        }
        let r = Spi::run(
            "SELECT pg_catalog.gin_clean_pending_list(i.indexrelid) \
             FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid \
             WHERE i.indrelid OPERATOR(pg_catalog.=) pg_catalog.to_regclass('phi.audit_log') \
             AND c.relam OPERATOR(pg_catalog.=) 2742", // GIN_AM_OID
        );
        if let Err(e) = r {
            pgrx::warning!("pg_phi audit index cleaner: {e}");
        }
    });
}

#[pg_guard]
unsafe extern "C-unwind" fn cleaner_exit(_code: i32, arg: pg_sys::Datum) {
    // SAFETY: backend-local state.
    Worker::Cleaner.vacate(arg.value() as u32, unsafe { pg_sys::MyProcPid });
}

/// Sends the writer's table statistics (its inserts into `phi.audit_log`)
/// to the cumulative statistics, as a backend does between statements: a
/// background worker must itself. Without it autovacuum never saw the log
/// grow, so never vacuumed or analyzed it nor merged its index's pending
/// list (the writer did, stalling every audited commit meanwhile). At most
/// once a second while busy; all that is pending when it falls idle.
fn report_stats(idle: bool) {
    // SAFETY: outside any transaction, as the statistics require; rate
    // limited by PostgreSQL itself unless forced.
    unsafe { pg_sys::pgstat_report_stat(idle) };
}

/// The writer's exit (normal or after an ERROR): its slot is free at
/// once, so a backend starts a new one instead of trusting a dead pid.
#[pg_guard]
unsafe extern "C-unwind" fn writer_exit(_code: i32, arg: pg_sys::Datum) {
    // SAFETY: backend-local state.
    Worker::Writer.vacate(arg.value() as u32, unsafe { pg_sys::MyProcPid });
}

/// Gives up the ring's writer slot: always when `force`, otherwise only
/// when nothing is left to write, and then the ring too (another database
/// may take it).
fn release(db: u32, me: i32, force: bool) -> bool {
    locked(true, |rings, _| match rings.iter_mut().find(|r| r.db == db) {
        Some(r) if r.worker_pid == me && r.head == r.tail => {
            r.worker_pid = 0;
            r.db = 0;
            true
        }
        Some(r) if r.worker_pid == me && force => {
            r.worker_pid = 0;
            true
        }
        Some(r) => r.worker_pid != me,
        None => true,
    })
    .unwrap_or(true)
}
