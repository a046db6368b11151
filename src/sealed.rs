//! SQL glue for `phi.encrypted_text`: the type's I/O functions, encrypt /
//! decrypt, the disclosure policy, blind indexes, the row trigger that
//! `phi.protect_column` installs, and the helpers `phi.reencrypt` uses.
//!
//! Storage is the binary envelope of `phi_core::crypto::envelope` in a
//! varlena (like bytea). The SQL declarations are hand-written in
//! `sql/sealed.sql` (the type must exist before its functions): the
//! per-row functions are C-ABI functions working on PostgreSQL memory
//! (`v1_function!`), the rest `#[pg_extern(sql = false)]` named by their
//! `*_wrapper` symbols there.
//!
//! Disclosure policy (until the access-policy capability lands): plaintext
//! only for members of the role `phi_reader` (membership is explicit;
//! superuser is *not* implicitly a member), and only while
//! `phi.sealed_output` is off; everyone else gets the sealed `phi1:` form.
//! Every disclosure (output, `send`, `decrypt`) goes through [`render`], the
//! one choke point the audit pipeline will hook.
//!
//! Keyed functions (blind indexes, subject digests, pseudonyms) can be
//! matched against the same function of guessed values, so computing one on
//! request needs plaintext rights ([`plaintext_right`]); the column trigger
//! computes them for whoever writes the row (README: what a writer can
//! learn).
//!
//! A value's subject is stored as a keyed digest (format 2); 0.1.0 values
//! with the subject in clear still open and are re-sealed by
//! `phi.reencrypt` or the next write.

use crate::error::PhiError;
use crate::keys::{self, BLIND_INDEX_KEY, DATA_KEY};
use crate::maintenance;
use crate::privilege::{as_extension_owner, sql};
use crate::watch;
use phi_core::crypto::envelope::{self, Header, Subject, SUBJECT_DIGEST_LEN};
use phi_core::crypto::mac;
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::ffi::CStr;

/// Class given to values sealed without one (a plain text literal cast to
/// the type); the column trigger re-seals them with the column's class.
pub const UNCLASSIFIED: &str = "unclassified";

thread_local! {
    static CLASSES: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// (statement stamp, user id) -> may this user see plaintext?
    static POLICY: Cell<Option<((i64, u32, pg_sys::Oid), bool)>> = const { Cell::new(None) };
}

fn raise(e: PhiError) -> ! {
    ErrorReport::from(e).report(PgLogLevel::ERROR);
    unreachable!("ERROR does not return")
}

/// Whether `class` is a row of `phi.data_classes` (cached per backend).
fn check_class(class: &str) -> Result<(), PhiError> {
    if class == UNCLASSIFIED {
        return Ok(());
    }
    if watch::CLASSES.take_dirty() {
        let loaded = as_extension_owner(|| {
            Spi::connect(|client| -> Result<HashSet<String>, pgrx::spi::SpiError> {
                watch::CLASSES.lookup(&client, "phi.data_classes")?;
                let mut set = HashSet::new();
                for row in client.select(sql::CLASSES, None, &[])? {
                    if let Some(n) = row.get::<String>(1)? {
                        set.insert(n);
                    }
                }
                Ok(set)
            })
        });
        match loaded {
            Ok(set) => CLASSES.with(|c| *c.borrow_mut() = set),
            Err(e) => {
                watch::CLASSES.mark_dirty();
                return Err(PhiError::KeyStore(e.to_string()));
            }
        }
    }
    if CLASSES.with(|c| c.borrow().contains(class)) {
        Ok(())
    } else {
        Err(PhiError::UnknownClass)
    }
}

/// Whether the current user holds the right to read plaintext (today:
/// the privileges of `phi_reader`, which superusers hold), regardless of
/// `phi.sealed_output`. Keyed functions computed on request need it.
pub fn plaintext_right() -> bool {
    // SAFETY: catalog lookups on backend state.
    unsafe {
        let reader = pg_sys::get_role_oid(c"phi_reader".as_ptr(), true);
        reader != pg_sys::InvalidOid && pg_sys::has_privs_of_role(pg_sys::GetUserId(), reader)
    }
}

fn require_plaintext_right(what: &'static str) -> Result<(), PhiError> {
    if plaintext_right() {
        Ok(())
    } else {
        Err(PhiError::NoPlaintextRight(what))
    }
}

/// The keyed digest a format-2 header carries for subject id `s`.
fn subject_digest(s: &str) -> Result<[u8; SUBJECT_DIGEST_LEN], PhiError> {
    if s.is_empty() || !envelope::valid_subject(s) {
        return Err(PhiError::BadArgument("subject must be 1 to 255 bytes without control characters".into()));
    }
    let key = keys::mac_key(BLIND_INDEX_KEY)?;
    Ok(mac::subject_digest(&key, s))
}

/// The digest of a header's subject, whatever its format (a 0.1.0 header
/// carries the id in clear, which is digested here).
fn header_digest(s: Option<Subject<'_>>) -> Result<Option<[u8; SUBJECT_DIGEST_LEN]>, PhiError> {
    Ok(match s {
        None => None,
        Some(Subject::Digest(d)) => Some(d.try_into().map_err(|_| phi_core::crypto::EnvelopeError::BadSubject)?),
        Some(Subject::Clear(c)) => Some(subject_digest(c)?),
    })
}

/// Whether the current user may see plaintext now.
fn may_disclose() -> bool {
    if crate::gucs::sealed_output() {
        return false;
    }
    // SAFETY: reads of backend-local state.
    let key = unsafe {
        (pg_sys::GetCurrentStatementStartTimestamp(), (*pg_sys::MyProc).lxid, pg_sys::GetUserId())
    };
    if let Some((k, allowed)) = POLICY.with(Cell::get) {
        if k == key {
            return allowed;
        }
    }
    let allowed = unsafe {
        let reader = pg_sys::get_role_oid(c"phi_reader".as_ptr(), true);
        reader != pg_sys::InvalidOid && pg_sys::is_member_of_role_nosuper(key.2, reader)
    };
    POLICY.with(|p| p.set(Some((key, allowed))));
    allowed
}

/// Verifies and decrypts a binary envelope (internal use: re-sealing,
/// blind indexes, subject digests; not a disclosure).
pub fn open(bytes: &[u8]) -> Result<Vec<u8>, PhiError> {
    let env = envelope::parse(bytes)?;
    let c = keys::cipher(env.header.key_id, env.header.key_version)?;
    Ok(envelope::open(&c, &env)?)
}

/// Seals `plain` for `class` and the subject whose digest is `subject`
/// under the current data key, straight into a palloc'd varlena. Every seal
/// goes through here.
fn seal_datum(plain: &[u8], class: &str, subject: Option<&[u8; SUBJECT_DIGEST_LEN]>) -> Result<pg_sys::Datum, PhiError> {
    check_class(class)?;
    let (version, c) = keys::current(DATA_KEY)?;
    let h = Header { key_id: DATA_KEY, key_version: version, class, subject: subject.map(|d| Subject::Digest(&d[..])) };
    let (v, out) = unsafe { new_varlena(envelope::sealed_len(&h, plain.len())) };
    envelope::seal_into(&c, &h, plain, out)?;
    Ok(pg_sys::Datum::from(v))
}

/// Text from the input function or `recv`: the sealed `phi1:` form is
/// validated and stored as is; any other text is sealed as `unclassified`
/// (a protected column's trigger re-seals it with the column's class and
/// the row's subject).
fn input_datum(s: &str) -> Result<pg_sys::Datum, PhiError> {
    if envelope::is_sealed_text(s) {
        let bytes = envelope::from_text(s)?;
        let (v, out) = unsafe { new_varlena(bytes.len()) };
        out.copy_from_slice(&bytes);
        Ok(pg_sys::Datum::from(v))
    } else {
        seal_datum(s.as_bytes(), UNCLASSIFIED, None)
    }
}

// ---------------------------------------------------------------- type I/O

#[pg_extern(sql = false)]
fn key_version_sql(value: &[u8]) -> Result<i32, ErrorReport> {
    Ok(envelope::key_ref(value).map_err(PhiError::from)?.1 as i32)
}

#[pg_extern(sql = false)]
fn data_class_sql(value: &[u8]) -> Result<String, ErrorReport> {
    Ok(envelope::parse(value).map_err(PhiError::from)?.header.class.to_string())
}

/// The subject digest in a value's header, as hex. A 0.1.0 value's clear
/// subject is digested too, so equal subjects compare equal across
/// formats; but only once the value authenticates, or anyone could craft
/// a header claiming any id and read back its keyed digest.
#[pg_extern(sql = false)]
fn subject_sql(value: &[u8]) -> Result<Option<String>, ErrorReport> {
    let env = envelope::parse(value).map_err(PhiError::from)?;
    if matches!(env.header.subject, Some(Subject::Clear(_))) {
        let c = keys::cipher(env.header.key_id, env.header.key_version)?;
        let mut plain = zeroize::Zeroizing::new(vec![0u8; envelope::plaintext_len(&env)]);
        envelope::open_into(&c, &env, &mut plain).map_err(PhiError::from)?;
    }
    Ok(header_digest(env.header.subject)?.map(|d| phi_core::crypto::keys::hex(&d)))
}

/// `phi.subject_digest(id)`: the digest `phi.subject()` shows for values
/// bound to subject `id`. A keyed function of a guessable id: needs
/// plaintext rights.
#[pg_extern(sql = false)]
fn subject_digest_sql(subject: &str) -> Result<String, ErrorReport> {
    require_plaintext_right("phi.subject_digest")?;
    Ok(phi_core::crypto::keys::hex(&subject_digest(subject)?))
}

/// `phi._needs_reseal(v, target)`: whether `phi.reencrypt` must re-seal `v`
/// (under an older data key version, or a 0.1.0 value). Reads the header
/// only.
#[pg_extern(sql = false)]
fn needs_reseal_sql(value: &[u8], target: i32) -> Result<bool, ErrorReport> {
    let env = envelope::parse(value).map_err(PhiError::from)?;
    Ok(env.header.key_version as i64 != target as i64 || env.format != envelope::FORMAT)
}


// ---------------------------------------------------------------- hot paths
//
// Input, output, send/recv, encrypt, decrypt and the re-encryption helper
// run once per row, so they are plain C-ABI functions working on
// PostgreSQL memory: plaintext is decrypted straight into the palloc'd
// result, and a value already under the current key is returned as the
// very same datum.

macro_rules! v1_function {
    ($finfo:ident, $name:ident, $body:ident) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $finfo() -> &'static pg_sys::Pg_finfo_record {
            const V1: pg_sys::Pg_finfo_record = pg_sys::Pg_finfo_record { api_version: 1 };
            &V1
        }
        #[unsafe(no_mangle)]
        #[pg_guard]
        pub unsafe extern "C-unwind" fn $name(fcinfo: pg_sys::FunctionCallInfo) -> pg_sys::Datum {
            match unsafe { $body(fcinfo) } {
                Ok(d) => d,
                Err(e) => raise(e),
            }
        }
    };
}

/// The detoasted bytes of varlena argument `i` (valid for the call).
unsafe fn arg_bytes<'a>(fcinfo: pg_sys::FunctionCallInfo, i: usize) -> &'a [u8] {
    unsafe {
        let d = pgrx::fcinfo::pg_getarg_datum_raw(fcinfo, i);
        let v = pg_sys::pg_detoast_datum_packed(d.cast_mut_ptr());
        std::slice::from_raw_parts(pgrx::varlena::vardata_any(v).cast::<u8>(), pgrx::varlena::varsize_any_exhdr(v))
    }
}

/// A palloc'd varlena with `n` data bytes, and those bytes.
unsafe fn new_varlena<'a>(n: usize) -> (*mut pg_sys::varlena, &'a mut [u8]) {
    unsafe {
        let p = pg_sys::palloc(n + pg_sys::VARHDRSZ).cast::<pg_sys::varlena>();
        pgrx::varlena::set_varsize_4b(p, (n + pg_sys::VARHDRSZ) as i32);
        (p, std::slice::from_raw_parts_mut(p.cast::<u8>().add(pg_sys::VARHDRSZ), n))
    }
}

/// What the current user sees, written into palloc'd memory: a C string
/// (`cstring = true`, for the output function) or a text varlena (for
/// `decrypt`, and for `send`, whose bytea has the same layout).
unsafe fn render(bytes: &[u8], cstring: bool) -> Result<pg_sys::Datum, PhiError> {
    use phi_core::crypto::EnvelopeError;
    if bytes.first() != Some(&envelope::MARKER) {
        return Err(PhiError::Envelope(EnvelopeError::NotSealed));
    }
    let env = envelope::parse(bytes)?;
    let n: usize;
    let out: &mut [u8];
    let datum: pg_sys::Datum;
    if may_disclose() {
        let c = keys::cipher(env.header.key_id, env.header.key_version)?;
        n = envelope::plaintext_len(&env);
        if cstring {
            let p = unsafe { pg_sys::palloc(n + 1) }.cast::<u8>();
            out = unsafe { std::slice::from_raw_parts_mut(p, n + 1) };
            datum = pg_sys::Datum::from(p);
        } else {
            let (v, buf) = unsafe { new_varlena(n) };
            out = buf;
            datum = pg_sys::Datum::from(v);
        }
        envelope::open_into(&c, &env, &mut out[..n])?;
        if cstring {
            out[n] = 0;
        }
        // audit hook: a disclosure of class env.header.class happened here
    } else {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD;
        let prefix = envelope::TEXT_PREFIX.as_bytes();
        n = prefix.len() + bytes.len().div_ceil(3) * 4;
        if cstring {
            let p = unsafe { pg_sys::palloc(n + 1) }.cast::<u8>();
            out = unsafe { std::slice::from_raw_parts_mut(p, n + 1) };
            datum = pg_sys::Datum::from(p);
            out[n] = 0;
        } else {
            let (v, buf) = unsafe { new_varlena(n) };
            out = buf;
            datum = pg_sys::Datum::from(v);
        }
        out[..prefix.len()].copy_from_slice(prefix);
        b64.encode_slice(bytes, &mut out[prefix.len()..n]).expect("base64 length computed above");
    }
    Ok(datum)
}

unsafe fn in_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    let input = unsafe { CStr::from_ptr(pgrx::fcinfo::pg_getarg_datum_raw(fcinfo, 0).cast_mut_ptr()) };
    input_datum(input.to_str().map_err(|_| PhiError::BadArgument("input is not valid UTF-8".into()))?)
}
v1_function!(pg_finfo_phi_encrypted_text_in, phi_encrypted_text_in, in_body);

/// Binary input: the same text as the input function, as bytes.
unsafe fn recv_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    // SAFETY: a receive function's argument is a StringInfo; it is consumed.
    let bytes = unsafe {
        let si = pgrx::fcinfo::pg_getarg_datum_raw(fcinfo, 0).cast_mut_ptr::<pg_sys::StringInfoData>();
        let start = (*si).cursor as usize;
        let data = std::slice::from_raw_parts((*si).data.cast::<u8>(), (*si).len as usize);
        (*si).cursor = (*si).len;
        &data[start..]
    };
    if bytes.contains(&0) {
        return Err(PhiError::BadArgument("input contains a NUL byte".into()));
    }
    input_datum(std::str::from_utf8(bytes).map_err(|_| PhiError::BadArgument("input is not valid UTF-8".into()))?)
}
v1_function!(pg_finfo_phi_encrypted_text_recv, phi_encrypted_text_recv, recv_body);

/// Binary output: the bytes of what the output function shows (a text
/// varlena is laid out as the bytea `send` returns).
unsafe fn send_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    unsafe { render(arg_bytes(fcinfo, 0), false) }
}
v1_function!(pg_finfo_phi_encrypted_text_send, phi_encrypted_text_send, send_body);

/// `phi.encrypt(value, class, subject)`: NULL value in, NULL out.
unsafe fn encrypt_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    use pgrx::fcinfo::{pg_arg_is_null, pg_return_null};
    unsafe {
        if pg_arg_is_null(fcinfo, 0) {
            return Ok(pg_return_null(fcinfo));
        }
        if pg_arg_is_null(fcinfo, 1) {
            return Err(PhiError::BadArgument("class must not be NULL".into()));
        }
        let text = |i: usize| std::str::from_utf8(arg_bytes(fcinfo, i)).map_err(|_| PhiError::BadArgument("argument is not valid UTF-8".into()));
        let subject = if pg_arg_is_null(fcinfo, 2) {
            None
        } else {
            // phi.subject() of the result would be the keyed digest of a
            // chosen id: an oracle over patient ids.
            require_plaintext_right("phi.encrypt(..., subject)")?;
            Some(subject_digest(text(2)?)?)
        };
        seal_datum(arg_bytes(fcinfo, 0), text(1)?, subject.as_ref())
    }
}
v1_function!(pg_finfo_phi_encrypt, phi_encrypt, encrypt_body);



unsafe fn out_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    unsafe { render(arg_bytes(fcinfo, 0), true) }
}
v1_function!(pg_finfo_phi_encrypted_text_out, phi_encrypted_text_out, out_body);

unsafe fn decrypt_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    unsafe { render(arg_bytes(fcinfo, 0), false) }
}
v1_function!(pg_finfo_phi_decrypt, phi_decrypt, decrypt_body);

/// `phi._seal_for(value, class, subject, sealed_subject, subject_class,
/// token)`: what `phi.protect_column`'s conversion seals each value with,
/// run as the table's owner (who may hold no plaintext rights). The
/// subject is text, or a sealed value of class `subject_class` whose
/// plaintext is the id (opened here, never disclosed; any other class is
/// refused, as the column trigger refuses it). Refused unless `token` is
/// the running conversion's: the function seals for a subject of its
/// caller's choice, a keyed digest no one else may compute.
unsafe fn seal_for_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    use pgrx::fcinfo::{pg_arg_is_null, pg_return_null};
    unsafe {
        if pg_arg_is_null(fcinfo, 5) {
            return Err(PhiError::Internal("phi._seal_for"));
        }
        maintenance::require_seal_token(arg_bytes(fcinfo, 5))?;
        if pg_arg_is_null(fcinfo, 0) {
            return Ok(pg_return_null(fcinfo));
        }
        let text = |i: usize| std::str::from_utf8(arg_bytes(fcinfo, i)).map_err(|_| PhiError::BadArgument("argument is not valid UTF-8".into()));
        let class = text(1)?;
        let subject = if !pg_arg_is_null(fcinfo, 2) {
            Some(subject_digest(text(2)?)?)
        } else if !pg_arg_is_null(fcinfo, 3) {
            let expected = if pg_arg_is_null(fcinfo, 4) { None } else { Some(text(4)?) };
            Some(subject_digest(&open_subject(arg_bytes(fcinfo, 3), expected)?)?)
        } else {
            None
        };
        seal_datum(arg_bytes(fcinfo, 0), class, subject.as_ref())
    }
}
v1_function!(pg_finfo_phi_seal_for, phi_seal_for, seal_for_body);

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
    let old = keys::cipher(env.header.key_id, env.header.key_version)?;
    let mut plain = zeroize::Zeroizing::new(vec![0u8; envelope::plaintext_len(&env)]);
    envelope::open_into(&old, &env, &mut plain)?;
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

fn blind(value: &str, class: &str) -> Result<Vec<u8>, PhiError> {
    check_class(class)?;
    let key = keys::mac_key(BLIND_INDEX_KEY)?;
    Ok(mac::blind_index(&key, class, value).to_vec())
}

/// `phi.blind_index(value, class)`: a keyed function of a guessable value,
/// so it needs plaintext rights (a blind index compared with indexes of
/// every date of birth recovers each row's date).
#[pg_extern(sql = false)]
fn blind_index_sql(value: &str, class: &str) -> Result<Vec<u8>, ErrorReport> {
    require_plaintext_right("phi.blind_index")?;
    Ok(blind(value, class)?)
}

/// The keyed pseudonym of `value` as PHI type `tag` (used by redact, which
/// checks plaintext rights first).
pub fn pseudonym(tag: &str, value: &str) -> Result<String, PhiError> {
    let key = keys::mac_key(keys::PSEUDONYM_KEY)?;
    Ok(mac::pseudonym(&key, tag, value))
}

// ---------------------------------------------------------------- trigger

// BEFORE INSERT OR UPDATE row trigger installed by `phi.protect_column`:
// `phi._protect_row(column, class, subject_column, blind_index_column)`
// (empty strings for absent ones). Seals unclassified values with the
// column's class and the row's subject, rejects values sealed for another
// class or subject, and maintains the blind index column.
v1_function!(pg_finfo_phi_protect_row, phi_protect_row, protect_row);

struct TriggerArgs<'a> {
    column: &'a CStr,
    class: &'a str,
    subject_col: Option<&'a CStr>,
    bidx_col: Option<&'a CStr>,
    /// The class of the subject column's values when it is itself
    /// protected (the only sealed values the trigger will open for a
    /// subject); `None` when it was not sealed at `protect_column` time.
    subject_class: Option<&'a str>,
}

/// The trigger's arguments, borrowed from the relation's trigger
/// descriptor (valid for the whole call).
unsafe fn trigger_args<'a>(trig: *const pg_sys::Trigger) -> Result<TriggerArgs<'a>, PhiError> {
    let n = unsafe { (*trig).tgnargs } as usize;
    // 4 arguments: a trigger installed by 0.1.0 (no subject class)
    if n != 4 && n != 5 {
        return Err(PhiError::BadArgument("phi._protect_row() takes 5 trigger arguments".into()));
    }
    let arg = |i: usize| unsafe { CStr::from_ptr(*(*trig).tgargs.add(i)) };
    let opt = |c: &'a CStr| if c.is_empty() { None } else { Some(c) };
    Ok(TriggerArgs {
        column: arg(0),
        class: arg(1)
            .to_str()
            .map_err(|_| PhiError::BadArgument("phi._protect_row(): class is not UTF-8".into()))?,
        subject_col: opt(arg(2)),
        bidx_col: opt(arg(3)),
        subject_class: if n == 5 {
            opt(arg(4))
                .map(|c| c.to_str().map_err(|_| PhiError::BadArgument("phi._protect_row(): class is not UTF-8".into())))
                .transpose()?
        } else {
            None
        },
    })
}

unsafe fn attnum(desc: pg_sys::TupleDesc, name: &CStr) -> Result<i32, PhiError> {
    let n = unsafe { pg_sys::SPI_fnumber(desc, name.as_ptr()) };
    if n <= 0 {
        return Err(PhiError::BadArgument(format!(
            "protected column \"{}\" no longer exists; re-run phi.protect_column",
            name.to_string_lossy()
        )));
    }
    Ok(n)
}

/// The detoasted bytes of a column (valid for the call), or None for NULL.
unsafe fn column_bytes<'a>(tuple: *mut pg_sys::HeapTupleData, desc: pg_sys::TupleDesc, att: i32) -> Option<&'a [u8]> {
    let mut isnull = false;
    let d = unsafe { pg_sys::SPI_getbinval(tuple, desc, att, &mut isnull) };
    if isnull {
        None
    } else {
        unsafe { <&[u8] as FromDatum>::from_datum(d, false) }
    }
}

/// The subject id in column `att` of a row: its text form, or, when the
/// subject column is itself a protected `phi.encrypted_text` of class
/// `subject_class`, its plaintext (opened here, never disclosed: the output
/// function would show a reader's plaintext or everyone else's
/// ever-changing sealed form). Only values of that class are opened: any
/// other sealed value a writer puts in the subject column (another
/// patient's SSN, say) would otherwise come back as the digest of its
/// plaintext, an equality oracle on data the writer cannot read.
unsafe fn subject_text(
    tuple: *mut pg_sys::HeapTupleData,
    desc: pg_sys::TupleDesc,
    att: i32,
    subject_class: Option<&str>,
) -> Result<Option<zeroize::Zeroizing<String>>, PhiError> {
    let typid = unsafe { pg_sys::SPI_gettypeid(desc, att) };
    if typid == encrypted_text_oid() {
        let Some(bytes) = (unsafe { column_bytes(tuple, desc, att) }) else {
            return Ok(None);
        };
        return Ok(Some(open_subject(bytes, subject_class)?));
    }
    let p = unsafe { pg_sys::SPI_getvalue(tuple, desc, att) };
    if p.is_null() {
        Ok(None)
    } else {
        Ok(Some(zeroize::Zeroizing::new(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())))
    }
}

/// Whether column `att` holds the same value in two versions of a row
/// (sealed values by their bytes, anything else by its text form).
unsafe fn same_in_both(a: *mut pg_sys::HeapTupleData, b: *mut pg_sys::HeapTupleData, desc: pg_sys::TupleDesc, att: i32) -> bool {
    unsafe {
        if pg_sys::SPI_gettypeid(desc, att) == encrypted_text_oid() {
            return column_bytes(a, desc, att) == column_bytes(b, desc, att);
        }
        let text = |t: *mut pg_sys::HeapTupleData| {
            let p = pg_sys::SPI_getvalue(t, desc, att);
            (!p.is_null()).then(|| CStr::from_ptr(p).to_owned())
        };
        text(a) == text(b)
    }
}

/// The plaintext of a sealed subject id, opened here and never disclosed,
/// but only from a value of `expected`, the class the subject column was
/// protected with (or an unclassified value: the writer's own text, not yet
/// re-sealed by that column's trigger). Any other sealed value a writer puts
/// in the subject column (another patient's SSN, say) would come back as
/// the digest of its plaintext: an equality oracle on data the writer
/// cannot read. The column trigger and `phi._seal_for` both go through here.
fn open_subject(bytes: &[u8], expected: Option<&str>) -> Result<zeroize::Zeroizing<String>, PhiError> {
    let Some(expected) = expected else {
        return Err(PhiError::Misplaced(
            "the subject column is sealed but was not protected when phi.protect_column ran; protect it, then run phi.protect_column again".into(),
        ));
    };
    let class = envelope::parse(bytes)?.header.class;
    if class != expected && class != UNCLASSIFIED {
        return Err(PhiError::Misplaced(format!(
            "the subject column holds a value sealed for class \"{class}\"; it takes class \"{expected}\""
        )));
    }
    let plain = zeroize::Zeroizing::new(open(bytes)?);
    let s = std::str::from_utf8(&plain).map_err(|_| PhiError::BadArgument("subject is not valid UTF-8".into()))?;
    Ok(zeroize::Zeroizing::new(s.to_string()))
}

/// The OID of type `phi.encrypted_text`: two syscache lookups, asked only
/// for a subject column (not cached, so a re-created extension is seen).
fn encrypted_text_oid() -> pg_sys::Oid {
    // SAFETY: catalog lookups by name; both return InvalidOid when absent.
    unsafe {
        let nsp = pg_sys::get_namespace_oid(c"phi".as_ptr(), true);
        pg_sys::GetSysCacheOid(
            pg_sys::SysCacheIdentifier::TYPENAMENSP as i32,
            pg_sys::Anum_pg_type_oid as i16,
            pg_sys::Datum::from(c"encrypted_text".as_ptr()),
            pg_sys::Datum::from(nsp),
            pg_sys::Datum::from(0),
            pg_sys::Datum::from(0),
        )
    }
}

unsafe fn protect_row(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    let ctx = unsafe { (*fcinfo).context };
    if ctx.is_null() || unsafe { (*ctx).type_ } != pg_sys::NodeTag::T_TriggerData {
        return Err(PhiError::BadArgument("phi._protect_row() must be called as a trigger".into()));
    }
    let td = ctx.cast::<pg_sys::TriggerData>();
    let event = unsafe { (*td).tg_event };
    if event & pg_sys::TRIGGER_EVENT_ROW == 0 || event & pg_sys::TRIGGER_EVENT_BEFORE == 0 {
        return Err(PhiError::BadArgument("phi._protect_row() must fire BEFORE ... FOR EACH ROW".into()));
    }
    let is_update = event & pg_sys::TRIGGER_EVENT_OPMASK == pg_sys::TRIGGER_EVENT_UPDATE;
    let (tuple, old) = unsafe {
        if is_update {
            ((*td).tg_newtuple, Some((*td).tg_trigtuple))
        } else {
            ((*td).tg_trigtuple, None)
        }
    };
    let desc = unsafe { (*(*td).tg_relation).rd_att };
    let args = unsafe { trigger_args((*td).tg_trigger)? };
    let col = unsafe { attnum(desc, args.column)? };
    let subj_att = match &args.subject_col {
        Some(c) => Some(unsafe { attnum(desc, c)? }),
        None => None,
    };
    let bidx_att = match &args.bidx_col {
        Some(c) => Some(unsafe { attnum(desc, c)? }),
        None => None,
    };

    let value = unsafe { column_bytes(tuple, desc, col) };
    let bidx_missing = |t: *mut pg_sys::HeapTupleData| {
        bidx_att.is_some_and(|a| value.is_some() && unsafe { column_bytes(t, desc, a) }.is_none())
    };
    // protect_column's conversion leaves values sealed `unclassified`, and
    // rewrites the rows unchanged for this trigger to bind them
    let unclassified = value.is_some_and(|v| envelope::parse(v).is_ok_and(|e| e.header.class == UNCLASSIFIED));
    if let Some(o) = old {
        // Nothing this trigger guards changed: leave the row alone (also
        // for roles without plaintext rights updating other columns).
        let same_value = unsafe { column_bytes(o, desc, col) } == value;
        let same_subject = match subj_att {
            Some(a) => unsafe { same_in_both(o, tuple, desc, a) },
            None => true,
        };
        if same_value && same_subject && !bidx_missing(tuple) && !unclassified {
            return Ok(pg_sys::Datum::from(tuple));
        }
    }
    let subject = match subj_att {
        Some(a) => unsafe { subject_text(tuple, desc, a, args.subject_class)? },
        None => None,
    };
    let row_digest = subject.as_deref().map(|s| subject_digest(s)).transpose()?;

    let mut new_value: Option<pg_sys::Datum> = None;
    let mut bidx: Option<Vec<u8>> = None;
    if let Some(v) = value {
        let env = envelope::parse(v)?;
        let h = &env.header;
        let class_ok = h.class == args.class;
        if !class_ok && h.class != UNCLASSIFIED {
            return Err(PhiError::Misplaced(format!(
                "value sealed for class \"{}\" cannot be stored in column \"{}\" of class \"{}\"",
                h.class,
                args.column.to_string_lossy(),
                args.class
            )));
        }
        let subject_ok = match h.subject {
            None => row_digest.is_none(),
            Some(Subject::Digest(d)) => row_digest.as_ref().is_some_and(|r| &r[..] == d),
            Some(Subject::Clear(c)) => subject.as_deref().map(String::as_str) == Some(c),
        };
        // An unclassified value is text the writer typed (sealed by the
        // input function): it is bound to this row. A value already sealed
        // for this class but another subject (or none) is moved only by a
        // role that could read it and write it again anyway.
        if class_ok && !subject_ok && !plaintext_right() {
            return Err(PhiError::Rebind(args.column.to_string_lossy().into_owned()));
        }
        let upgrade = env.format != envelope::FORMAT && h.subject.is_some();
        if !(class_ok && subject_ok) || upgrade || bidx_att.is_some() {
            let plain = zeroize::Zeroizing::new(open(v)?);
            if !(class_ok && subject_ok) || upgrade {
                new_value = Some(seal_datum(&plain, args.class, row_digest.as_ref())?);
            }
            if bidx_att.is_some() {
                let s = std::str::from_utf8(&plain).unwrap_or_default();
                bidx = Some(blind(s, args.class)?);
            }
        }
    }

    let mut cols: Vec<i32> = Vec::new();
    let mut vals: Vec<pg_sys::Datum> = Vec::new();
    let mut nulls: Vec<bool> = Vec::new();
    if let Some(nv) = new_value {
        cols.push(col);
        vals.push(nv);
        nulls.push(false);
    }
    if let Some(a) = bidx_att {
        cols.push(a);
        match bidx {
            Some(b) => {
                vals.push(b.into_datum().unwrap());
                nulls.push(false);
            }
            None => {
                vals.push(pg_sys::Datum::from(0));
                nulls.push(true);
            }
        }
    }
    if cols.is_empty() {
        return Ok(pg_sys::Datum::from(tuple));
    }
    let newtuple = unsafe {
        pg_sys::heap_modify_tuple_by_cols(
            tuple,
            desc,
            cols.len() as i32,
            cols.as_mut_ptr(),
            vals.as_mut_ptr(),
            nulls.as_mut_ptr(),
        )
    };
    Ok(pg_sys::Datum::from(newtuple))
}

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
        Spi::run("CREATE TABLE v1w (id int, mrn text, ssn text)").unwrap();
        Spi::run("CALL phi.protect_column('v1w', 'ssn', 'ssn', 'mrn')").unwrap();
        let old = v1_value(b"987-65-4321", "ssn", "M-1");
        Spi::run(&format!("INSERT INTO v1w VALUES (1, 'M-1', '{old}')")).unwrap();
        assert!(!id_in_header("SELECT ssn FROM v1w"));
        let same = Spi::get_one::<bool>("SELECT phi.subject(ssn) = phi.subject_digest('M-1') FROM v1w").unwrap();
        assert_eq!(same, Some(true));
    }
}
