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

use crate::error::PhiError;
use crate::keys::{self, BLIND_INDEX_KEY, DATA_KEY};
use crate::watch;
use phi_core::crypto::envelope::{self, Header};
use phi_core::crypto::mac;
use pgrx::guc::{GucContext, GucFlags, GucRegistry, GucSetting};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::ffi::CStr;

/// Class given to values sealed without one (a plain text literal cast to
/// the type); the column trigger re-seals them with the column's class.
pub const UNCLASSIFIED: &str = "unclassified";

static SEALED_OUTPUT: GucSetting<bool> = GucSetting::<bool>::new(false);

thread_local! {
    static CLASSES: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// (statement stamp, user id) -> may this user see plaintext?
    static POLICY: Cell<Option<((i64, u32, pg_sys::Oid), bool)>> = const { Cell::new(None) };
}

pub fn init() {
    GucRegistry::define_bool_guc(
        c"phi.sealed_output",
        c"Show phi.encrypted_text values in sealed form even to roles allowed plaintext.",
        c"Set it for dumps and exports made by a phi_reader member: PGOPTIONS='-c phi.sealed_output=on' pg_dump ...",
        &SEALED_OUTPUT,
        GucContext::Userset,
        GucFlags::default(),
    );
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
        let loaded = keys::as_owner(|| {
            Spi::connect(|client| -> Result<HashSet<String>, pgrx::spi::SpiError> {
                watch::CLASSES.lookup(&client, "phi.data_classes")?;
                let mut set = HashSet::new();
                for row in client.select("SELECT name FROM phi.data_classes", None, &[])? {
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
        Err(PhiError::UnknownClass(crate::error::echo(class)))
    }
}

/// Whether the current user may see plaintext now.
fn may_disclose() -> bool {
    if SEALED_OUTPUT.get() {
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
/// blind indexes; not a disclosure).
pub fn open(bytes: &[u8]) -> Result<Vec<u8>, PhiError> {
    let env = envelope::parse(bytes)?;
    let c = keys::cipher(env.header.key_id, env.header.key_version)?;
    Ok(envelope::open(&c, &env)?)
}

/// Seals `plain` for `class` and `subject` under the current data key,
/// straight into a palloc'd varlena. Every seal goes through here.
fn seal_datum(plain: &[u8], class: &str, subject: Option<&str>) -> Result<pg_sys::Datum, PhiError> {
    check_class(class)?;
    if let Some(s) = subject {
        if s.is_empty() || !envelope::valid_subject(s) {
            return Err(PhiError::BadArgument(
                "subject must be 1 to 255 bytes without control characters".into(),
            ));
        }
    }
    let (version, c) = keys::current(DATA_KEY)?;
    let h = Header { key_id: DATA_KEY, key_version: version, class, subject };
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

#[pg_extern(sql = false)]
fn subject_sql(value: &[u8]) -> Result<Option<String>, ErrorReport> {
    Ok(envelope::parse(value).map_err(PhiError::from)?.header.subject.map(str::to_string))
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
        let subject = if pg_arg_is_null(fcinfo, 2) { None } else { Some(text(2)?) };
        seal_datum(arg_bytes(fcinfo, 0), text(1)?, subject)
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

/// `phi._reseal(v)`: re-sealed under the current data key, same class and
/// subject; a value already current comes back as the same datum.
unsafe fn reseal_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    let bytes = unsafe { arg_bytes(fcinfo, 0) };
    let env = envelope::parse(bytes)?;
    let (cur, c) = keys::current(DATA_KEY)?;
    if env.header.key_id == DATA_KEY && env.header.key_version == cur {
        return Ok(unsafe { pgrx::fcinfo::pg_getarg_datum_raw(fcinfo, 0) });
    }
    let old = keys::cipher(env.header.key_id, env.header.key_version)?;
    let mut plain = zeroize::Zeroizing::new(vec![0u8; envelope::plaintext_len(&env)]);
    envelope::open_into(&old, &env, &mut plain)?;
    let h = Header { key_id: DATA_KEY, key_version: cur, class: env.header.class, subject: env.header.subject };
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

#[pg_extern(sql = false)]
fn blind_index_sql(value: &str, class: &str) -> Result<Vec<u8>, ErrorReport> {
    Ok(blind(value, class)?)
}

/// The blind index of a sealed value (opened internally, never disclosed):
/// fills the index column of existing rows in `phi.protect_column`.
#[pg_extern(sql = false)]
fn blind_index_of_sql(value: &[u8], class: &str) -> Result<Vec<u8>, ErrorReport> {
    let plain = zeroize::Zeroizing::new(open(value)?);
    let s = std::str::from_utf8(&plain).map_err(|_| PhiError::Envelope(phi_core::crypto::EnvelopeError::AuthFailed))?;
    Ok(blind(s, class)?)
}

/// The keyed pseudonym of `value` as PHI type `tag` (used by redact).
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
}

/// The trigger's arguments, borrowed from the relation's trigger
/// descriptor (valid for the whole call).
unsafe fn trigger_args<'a>(trig: *const pg_sys::Trigger) -> Result<TriggerArgs<'a>, PhiError> {
    let n = unsafe { (*trig).tgnargs } as usize;
    if n != 4 {
        return Err(PhiError::BadArgument("phi._protect_row() takes 4 trigger arguments".into()));
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

unsafe fn column_text(tuple: *mut pg_sys::HeapTupleData, desc: pg_sys::TupleDesc, att: i32) -> Option<String> {
    let p = unsafe { pg_sys::SPI_getvalue(tuple, desc, att) };
    if p.is_null() {
        None
    } else {
        Some(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
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
    let subject = subj_att.and_then(|a| unsafe { column_text(tuple, desc, a) });
    if let Some(o) = old {
        let same_value = unsafe { column_bytes(o, desc, col) } == value;
        let same_subject = subj_att.map(|a| unsafe { column_text(o, desc, a) }) == subj_att.map(|_| subject.clone());
        if same_value && same_subject {
            return Ok(pg_sys::Datum::from(tuple));
        }
    }

    let mut new_value: Option<pg_sys::Datum> = None;
    let mut bidx: Option<Vec<u8>> = None;
    if let Some(v) = value {
        let env = envelope::parse(v)?;
        let h = &env.header;
        let class_ok = h.class == args.class;
        let subject_ok = h.subject == subject.as_deref();
        if !class_ok && h.class != UNCLASSIFIED {
            return Err(PhiError::Misplaced(format!(
                "value sealed for class \"{}\" cannot be stored in column \"{}\" of class \"{}\"",
                h.class,
                args.column.to_string_lossy(),
                args.class
            )));
        }
        if !subject_ok && h.subject.is_some() {
            return Err(PhiError::Misplaced(format!(
                "value sealed for another subject cannot be stored in column \"{}\" of this row",
                args.column.to_string_lossy()
            )));
        }
        if !(class_ok && subject_ok) || bidx_att.is_some() {
            let plain = zeroize::Zeroizing::new(open(v)?);
            if !(class_ok && subject_ok) {
                new_value = Some(seal_datum(&plain, args.class, subject.as_deref())?);
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
