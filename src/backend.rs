//! Reads of backend-local state on the per-value path, without pgrx's FFI
//! guard.
//!
//! pgrx wraps every `pg_sys` call in a `sigsetjmp` guard so that an ERROR
//! raised in C unwinds Rust frames properly. The functions here only return
//! a global of the backend (PostgreSQL 15's `miscinit.c`, `xact.c`,
//! `snapmgr.c`) and cannot raise anything, so the guard is pure cost; on
//! the per-value path (`render`: the decision's statement stamp, the roles,
//! the audit count) it was about a tenth of a decrypting read. Nothing that
//! can fail belongs here.

mod raw {
    unsafe extern "C" {
        pub fn GetUserId() -> u32;
        pub fn GetOuterUserId() -> u32;
        pub fn GetCurrentStatementStartTimestamp() -> i64;
        pub fn ActiveSnapshotSet() -> bool;
        pub fn GetActiveSnapshot() -> *mut pgrx::pg_sys::SnapshotData;
        pub fn palloc_extended(size: usize, flags: i32) -> *mut std::ffi::c_void;
    }
}

/// `palloc(n)` in the current memory context, or `None` when the system
/// is out of memory. Without the guard: with `MCXT_ALLOC_NO_OOM` and a size
/// within `MaxAllocSize`, `MemoryContextAllocExtended` returns NULL instead
/// of raising (PostgreSQL 15's `mcxt.c`); a larger request takes the
/// guarded `palloc`, which raises its own ERROR.
pub fn palloc(n: usize) -> Option<*mut u8> {
    const MAX_ALLOC_SIZE: usize = 0x3fff_ffff;
    if n > MAX_ALLOC_SIZE {
        // SAFETY: the guarded call; an ERROR unwinds properly.
        return Some(unsafe { pgrx::pg_sys::palloc(n) }.cast());
    }
    // SAFETY: see above; cannot raise with these flags and this size.
    let p = unsafe { raw::palloc_extended(n, pgrx::pg_sys::MCXT_ALLOC_NO_OOM as i32) };
    if p.is_null() { None } else { Some(p.cast()) }
}

/// `GetUserId()`: the current user (changes inside SECURITY DEFINER code).
pub fn current_user() -> pgrx::pg_sys::Oid {
    // SAFETY: returns a backend-local variable; cannot raise an ERROR.
    pgrx::pg_sys::Oid::from(unsafe { raw::GetUserId() })
}

/// `GetOuterUserId()`: the session's role as `SET ROLE` left it.
pub fn outer_user() -> pgrx::pg_sys::Oid {
    // SAFETY: as above.
    pgrx::pg_sys::Oid::from(unsafe { raw::GetOuterUserId() })
}

/// `GetCurrentStatementStartTimestamp()`.
pub fn statement_start() -> i64 {
    // SAFETY: as above.
    unsafe { raw::GetCurrentStatementStartTimestamp() }
}

/// The `xmax` of the active snapshot, 0 when none is set.
pub fn active_snapshot_xmax() -> u32 {
    // SAFETY: ActiveSnapshotSet and GetActiveSnapshot return backend-local
    // pointers and cannot raise an ERROR; the snapshot is read only when one
    // is set.
    unsafe {
        if !raw::ActiveSnapshotSet() {
            return 0;
        }
        let snap = raw::GetActiveSnapshot();
        if snap.is_null() { 0 } else { u32::from((*snap).xmax) }
    }
}
