//! The type `phi.encrypted_text` (sql/encrypted.sql): its I/O functions,
//! `encrypt` / `decrypt`, and the header readers (`key_version`,
//! `data_class`, `subject`).
//!
//! Storage is the binary envelope of `phi_core::crypto::envelope` in a
//! varlena (like bytea). The per-row functions are C functions on
//! PostgreSQL memory ([`crate::fmgr`]); the rest are `#[pg_extern(sql =
//! false)]`, named by their `*_wrapper` symbols in the SQL.
//!
//! Every disclosure (output, `send`, `decrypt`, a cast to text) goes through
//! [`render`], the one exit of plaintext: [`crate::policy::decide`] says
//! what the reader gets, `render` writes it. The audit pipeline hooks there.
//!
//! A value's subject is stored as a keyed digest (format 2); 0.1.0 values
//! with the subject in clear still open and are re-sealed by
//! `phi.reencrypt` or the next write.

use crate::audit_queue::{self, Outcome};
use crate::classes::{self, UNCLASSIFIED};
use crate::error::PhiError;
use crate::fmgr::{arg_bytes, arg_str, new_result, new_varlena, v1_function};
use crate::keyed::{header_digest, subject_digest};
use crate::keys::{self, DATA_KEY};
use crate::policy::{self, Disclosure};
use phi_core::crypto::envelope::{self, Header, Subject, SUBJECT_DIGEST_LEN};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use std::cell::Cell;
use std::ffi::CStr;

thread_local! {
    /// Where a masked read opens its value before masking it: all zeros
    /// between values (wiped after each).
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    /// (local transaction id, tag) of [`fresh_tag`].
    static FRESH: Cell<Option<(u32, [u8; SUBJECT_DIGEST_LEN])>> = const { Cell::new(None) };
}

/// The tag this backend's current transaction writes where an
/// `unclassified` value's subject digest would be: 16 random bytes, new for
/// every transaction, never shown (`phi.subject()` is NULL for
/// `unclassified` values). It tells the column trigger that a value was
/// sealed from text written in this transaction (the writer's own text),
/// not copied from a column the writer cannot read.
pub fn fresh_tag() -> [u8; SUBJECT_DIGEST_LEN] {
    // SAFETY: a read of backend-local state.
    let lxid = unsafe { (*pg_sys::MyProc).lxid };
    FRESH.with(|f| match f.get() {
        Some((x, tag)) if x == lxid => tag,
        _ => {
            let mut tag = [0u8; SUBJECT_DIGEST_LEN];
            phi_core::crypto::rng::fill(&mut tag);
            f.set(Some((lxid, tag)));
            tag
        }
    })
}

/// Whether `h` is an `unclassified` value sealed from text written in this
/// transaction (see [`fresh_tag`]).
pub fn is_fresh(h: &Header<'_>) -> bool {
    if h.class != UNCLASSIFIED {
        return false;
    }
    let Some(Subject::Digest(d)) = h.subject else {
        return false;
    };
    let tag = fresh_tag();
    // constant time: the comparison must not tell how much matched
    d.len() == tag.len() && d.iter().zip(tag.iter()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// Verifies and decrypts a binary envelope (internal use: re-sealing,
/// blind indexes, subject digests; not a disclosure).
pub fn open(bytes: &[u8]) -> Result<zeroize::Zeroizing<Vec<u8>>, PhiError> {
    let env = envelope::parse(bytes)?;
    let c = keys::cipher(env.header.key_id, env.header.key_version)?;
    let mut plain = zeroize::Zeroizing::new(vec![0u8; envelope::plaintext_len(&env)]);
    envelope::open_into(&c, &env, &mut plain)?;
    Ok(plain)
}

/// Seals `plain` for `class` and the subject whose digest is `subject`
/// under the current data key, straight into a palloc'd varlena. Every seal
/// goes through here.
pub fn seal_datum(plain: &[u8], class: &str, subject: Option<&[u8; SUBJECT_DIGEST_LEN]>) -> Result<pg_sys::Datum, PhiError> {
    classes::check(class)?;
    let (version, c) = keys::current(DATA_KEY)?;
    let h = Header { key_id: DATA_KEY, key_version: version, class, subject: subject.map(|d| Subject::Digest(&d[..])) };
    let (v, out) = unsafe { new_varlena(envelope::sealed_len(&h, plain.len())) };
    envelope::seal_into(&c, &h, plain, out)?;
    Ok(pg_sys::Datum::from(v))
}

/// Text from the input function or `recv`: the sealed `phi1:` form is
/// validated and stored as is; any other text is sealed as `unclassified`
/// with this transaction's [`fresh_tag`] (a protected column's trigger
/// re-seals it with the column's class and the row's subject).
fn input_datum(s: &str) -> Result<pg_sys::Datum, PhiError> {
    if envelope::is_sealed_text(s) {
        let bytes = envelope::from_text(s)?;
        let (v, out) = unsafe { new_varlena(bytes.len()) };
        out.copy_from_slice(&bytes);
        Ok(pg_sys::Datum::from(v))
    } else {
        seal_datum(s.as_bytes(), UNCLASSIFIED, Some(&fresh_tag()))
    }
}

/// What the current user sees of a sealed value, written into palloc'd
/// memory: a C string (`cstring`, for the output function) or a text
/// varlena (for `decrypt`, and for `send`, whose bytea has the same
/// layout). The one exit of plaintext.
unsafe fn render(bytes: &[u8], cstring: bool) -> Result<pg_sys::Datum, PhiError> {
    if bytes.first() != Some(&envelope::MARKER) {
        return Err(PhiError::Envelope(phi_core::crypto::EnvelopeError::NotSealed));
    }
    let env = envelope::parse(bytes)?;
    // every decision here becomes an audit event (class, outcome, the
    // patient's digest), noted before the value is produced
    let decision = match policy::decide(&env.header) {
        Ok(d) => d,
        Err(e) => {
            if matches!(e, PhiError::AccessDenied(_)) {
                audit_queue::note(env.header.class, crate::keyed::header_digest(env.header.subject)?, Outcome::Denied)?;
            }
            return Err(e);
        }
    };
    let outcome = match decision {
        (Disclosure::Plaintext, false) => Outcome::Plaintext,
        (Disclosure::Plaintext, true) | (Disclosure::Masked(_), true) => Outcome::BreakGlass,
        (Disclosure::Masked(_), false) => Outcome::Masked,
        (Disclosure::Sealed, _) => Outcome::Sealed,
    };
    // noted before anything is decrypted (the pipeline must be able to
    // record a disclosure), taken back if the value does not open (a
    // forged or damaged value is not a read)
    let digest = crate::keyed::header_digest(env.header.subject)?;
    audit_queue::note(env.header.class, digest, outcome)?;
    match render_as(bytes, &env, decision.0, cstring) {
        Ok(datum) => Ok(datum),
        Err(e) => {
            audit_queue::uncount(env.header.class, digest, outcome);
            Err(e)
        }
    }
}

unsafe fn render_as(bytes: &[u8], env: &envelope::Envelope<'_>, decision: Disclosure, cstring: bool) -> Result<pg_sys::Datum, PhiError> {
    match decision {
        Disclosure::Plaintext => {
            let c = keys::cipher(env.header.key_id, env.header.key_version)?;
            let (datum, out) = unsafe { new_result(envelope::plaintext_len(env), cstring) };
            envelope::open_into(&c, env, out)?;
            Ok(datum)
        }
        Disclosure::Masked(style) => {
            // opened into this backend's scratch buffer (no allocation to
            // zero and free per value), wiped once masked, also on error
            let c = keys::cipher(env.header.key_id, env.header.key_version)?;
            // a fixed mask ("[REDACTED]") needs the value only to
            // authenticate it: no text is read or built from it
            let masked: std::borrow::Cow<'static, str> = SCRATCH.with(|b| {
                let mut b = b.borrow_mut();
                let n = envelope::plaintext_len(env);
                // all zeros between values: grown, never cleared
                if b.len() < n {
                    b.resize(n, 0);
                }
                let b = &mut b[..n];
                let masked = envelope::open_into(&c, env, b).map(|()| match style.fixed() {
                    Some(t) => std::borrow::Cow::Borrowed(t),
                    None => std::borrow::Cow::Owned(match std::str::from_utf8(b) {
                        Ok(t) => style.apply(t),
                        Err(_) => style.apply(&zeroize::Zeroizing::new(String::from_utf8_lossy(b).into_owned())),
                    }),
                });
                // SAFETY: `b` is n writable bytes. explicit_bzero is a
                // memset the compiler may not drop (zeroize's volatile
                // byte-at-a-time loop is slower).
                unsafe { libc::explicit_bzero(b.as_mut_ptr().cast(), n) };
                masked
            })?;
            let (datum, out) = unsafe { new_result(masked.len(), cstring) };
            out.copy_from_slice(masked.as_bytes());
            Ok(datum)
        }
        Disclosure::Sealed => {
            use base64::Engine;
            let prefix = envelope::TEXT_PREFIX.as_bytes();
            let n = prefix.len() + bytes.len().div_ceil(3) * 4;
            let (datum, out) = unsafe { new_result(n, cstring) };
            out[..prefix.len()].copy_from_slice(prefix);
            base64::engine::general_purpose::STANDARD
                .encode_slice(bytes, &mut out[prefix.len()..])
                .expect("base64 length computed above");
            Ok(datum)
        }
    }
}

unsafe fn in_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    let input = unsafe { CStr::from_ptr(pgrx::fcinfo::pg_getarg_datum_raw(fcinfo, 0).cast_mut_ptr()) };
    input_datum(input.to_str().map_err(|_| PhiError::NotUtf8("input"))?)
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
        return Err(PhiError::NulByte);
    }
    input_datum(std::str::from_utf8(bytes).map_err(|_| PhiError::NotUtf8("input"))?)
}
v1_function!(pg_finfo_phi_encrypted_text_recv, phi_encrypted_text_recv, recv_body);

/// Binary output: the bytes of what the output function shows (a text
/// varlena is laid out as the bytea `send` returns).
unsafe fn send_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    unsafe { render(arg_bytes(fcinfo, 0), false) }
}
v1_function!(pg_finfo_phi_encrypted_text_send, phi_encrypted_text_send, send_body);

unsafe fn out_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    unsafe { render(arg_bytes(fcinfo, 0), true) }
}
v1_function!(pg_finfo_phi_encrypted_text_out, phi_encrypted_text_out, out_body);

unsafe fn decrypt_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    unsafe { render(arg_bytes(fcinfo, 0), false) }
}
v1_function!(pg_finfo_phi_decrypt, phi_decrypt, decrypt_body);

/// `phi.encrypt(value, class, subject)`: NULL value in, NULL out.
unsafe fn encrypt_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    use pgrx::fcinfo::{pg_arg_is_null, pg_return_null};
    unsafe {
        if pg_arg_is_null(fcinfo, 0) {
            return Ok(pg_return_null(fcinfo));
        }
        if pg_arg_is_null(fcinfo, 1) {
            return Err(PhiError::NullArgument("class"));
        }
        let class = arg_str(fcinfo, 1)?;
        if class == UNCLASSIFIED {
            // the caller's own text, as the input function would seal it
            if !pg_arg_is_null(fcinfo, 2) {
                return Err(PhiError::UnclassifiedSubject);
            }
            return seal_datum(arg_bytes(fcinfo, 0), UNCLASSIFIED, Some(&fresh_tag()));
        }
        let subject = if pg_arg_is_null(fcinfo, 2) {
            None
        } else {
            // phi.subject() of the result would be the keyed digest of a
            // chosen id: an oracle over patient ids.
            policy::require_subject_right("phi.encrypt(..., subject)")?;
            Some(subject_digest(arg_str(fcinfo, 2)?)?)
        };
        classes::check(class)?;
        // a value of the class, written by this role: as the column trigger
        policy::require_write(class, subject.as_ref())?;
        seal_datum(arg_bytes(fcinfo, 0), class, subject.as_ref())
    }
}
v1_function!(pg_finfo_phi_encrypt, phi_encrypt, encrypt_body);

// ---------------------------------------------------------------- header readers

#[pg_extern(sql = false)]
fn key_version_sql(value: &[u8]) -> Result<i32, ErrorReport> {
    Ok(envelope::key_ref(value).map_err(PhiError::from)?.1 as i32)
}

#[pg_extern(sql = false)]
fn data_class_sql(value: &[u8]) -> Result<String, ErrorReport> {
    Ok(envelope::parse(value).map_err(PhiError::from)?.header.class.to_string())
}

/// The subject digest in a value's header, as hex; NULL for an
/// `unclassified` value (whose header carries a transaction's tag, not a
/// subject). A 0.1.0 value's clear subject is digested too, so equal
/// subjects compare equal across formats; but only once the value
/// authenticates, or anyone could craft a header claiming any id and read
/// back its keyed digest.
#[pg_extern(sql = false)]
fn subject_sql(value: &[u8]) -> Result<Option<String>, ErrorReport> {
    let env = envelope::parse(value).map_err(PhiError::from)?;
    if env.header.class == UNCLASSIFIED {
        return Ok(None);
    }
    if matches!(env.header.subject, Some(Subject::Clear(_))) {
        open(value)?;
    }
    Ok(header_digest(env.header.subject)?.map(|d| phi_core::crypto::keys::hex(&d)))
}
