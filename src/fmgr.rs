//! PostgreSQL's calling convention for the per-row C functions of
//! `phi.encrypted_text` (type I/O, encrypt/decrypt, the column trigger,
//! re-sealing): they work on PostgreSQL memory directly, so plaintext is
//! decrypted straight into the palloc'd result and a value already right is
//! returned as the very same datum. The SQL declarations are hand-written in
//! `sql/*.sql` (`LANGUAGE c ... AS 'MODULE_PATHNAME', '<symbol>'`).

use crate::error::PhiError;
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;

/// Raises `e` as a PostgreSQL ERROR.
pub fn raise(e: PhiError) -> ! {
    ErrorReport::from(e).report(PgLogLevel::ERROR);
    unreachable!("ERROR does not return")
}

/// Declares a version-1 C function `$name` (and its `pg_finfo_` record)
/// whose body is `unsafe fn $body(fcinfo) -> Result<Datum, PhiError>`.
macro_rules! v1_function {
    ($finfo:ident, $name:ident, $body:ident) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $finfo() -> &'static pgrx::pg_sys::Pg_finfo_record {
            const V1: pgrx::pg_sys::Pg_finfo_record = pgrx::pg_sys::Pg_finfo_record { api_version: 1 };
            &V1
        }
        #[unsafe(no_mangle)]
        #[pgrx::pg_guard]
        pub unsafe extern "C-unwind" fn $name(fcinfo: pgrx::pg_sys::FunctionCallInfo) -> pgrx::pg_sys::Datum {
            match unsafe { $body(fcinfo) } {
                Ok(d) => d,
                Err(e) => $crate::fmgr::raise(e),
            }
        }
    };
}
pub(crate) use v1_function;

/// The detoasted bytes of varlena argument `i` (valid for the call).
pub unsafe fn arg_bytes<'a>(fcinfo: pg_sys::FunctionCallInfo, i: usize) -> &'a [u8] {
    unsafe {
        let d = pgrx::fcinfo::pg_getarg_datum_raw(fcinfo, i);
        let p: *mut pg_sys::varlena = d.cast_mut_ptr();
        // pg_detoast_datum_packed's own test, inline: a value stored in
        // line and uncompressed (every sealed value of ordinary size) is
        // used where it is, without a guarded call per row
        use pgrx::varlena::{varatt_is_1b, varatt_is_1b_e, varatt_is_4b_u};
        let v = if varatt_is_4b_u(p) || (varatt_is_1b(p) && !varatt_is_1b_e(p)) { p } else { pg_sys::pg_detoast_datum_packed(p) };
        std::slice::from_raw_parts(pgrx::varlena::vardata_any(v).cast::<u8>(), pgrx::varlena::varsize_any_exhdr(v))
    }
}

/// Argument `i` as UTF-8 text.
pub unsafe fn arg_str<'a>(fcinfo: pg_sys::FunctionCallInfo, i: usize) -> Result<&'a str, PhiError> {
    std::str::from_utf8(unsafe { arg_bytes(fcinfo, i) }).map_err(|_| PhiError::NotUtf8("argument"))
}

/// `n` bytes of the current memory context; out of memory raises 53200.
fn alloc(n: usize) -> *mut u8 {
    match crate::backend::palloc(n) {
        Some(p) => p,
        None => raise(PhiError::OutOfMemory(n)),
    }
}

/// A palloc'd varlena with `n` data bytes, and those bytes.
pub unsafe fn new_varlena<'a>(n: usize) -> (*mut pg_sys::varlena, &'a mut [u8]) {
    unsafe {
        let p = alloc(n + pg_sys::VARHDRSZ).cast::<pg_sys::varlena>();
        pgrx::varlena::set_varsize_4b(p, (n + pg_sys::VARHDRSZ) as i32);
        (p, std::slice::from_raw_parts_mut(p.cast::<u8>().add(pg_sys::VARHDRSZ), n))
    }
}

/// A palloc'd result of `n` bytes: a NUL-terminated C string (`cstring`,
/// for an output function) or a text/bytea varlena; and the `n` bytes to
/// fill.
pub unsafe fn new_result<'a>(n: usize, cstring: bool) -> (pg_sys::Datum, &'a mut [u8]) {
    unsafe {
        if cstring {
            let p = alloc(n + 1);
            *p.add(n) = 0;
            (pg_sys::Datum::from(p), std::slice::from_raw_parts_mut(p, n))
        } else {
            let (v, buf) = new_varlena(n);
            (pg_sys::Datum::from(v), buf)
        }
    }
}
