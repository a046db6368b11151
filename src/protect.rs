//! Protected columns: the BEFORE INSERT OR UPDATE row trigger that
//! `phi.protect_column` (sql/protect.sql) installs.
//!
//! The trigger seals a writer's plaintext with the column's class and the
//! row's subject, refuses values sealed for another class, moves a value to
//! another subject only for a role with plaintext rights (the rebinding
//! rule), and maintains the blind index column. What counts as the
//! writer's plaintext: an `unclassified` value sealed from text written in
//! this transaction ([`crate::encrypted::is_fresh`]); one copied from a
//! column pg_phi does not protect is bound only by a role with plaintext
//! rights, or a writer could bind values it cannot read and compare their
//! blind indexes and subject digests with those of guesses.
//! `protect_column` converts a column with `phi._convert_value`, which seals
//! as the trigger would, for the running conversion only.

use crate::audit_queue::{self, WriteAction};
use crate::classes::UNCLASSIFIED;
use crate::encrypted::{is_fresh, open, seal_datum};
use crate::error::PhiError;
use crate::fmgr::{arg_bytes, arg_str, v1_function};
use crate::keyed::{blind_index, header_digest, subject_digest};
use crate::maintenance;
use crate::policy::{may_write, plaintext_right_for, require_write};
use phi_core::crypto::envelope::{self, Subject};
use pgrx::prelude::*;
use std::ffi::CStr;

/// `phi._convert_value(value, subject, sealed_subject)`: what
/// `phi.protect_column`'s conversion statement seals each value with, as
/// the trigger would on a write: for the converted column's class and the
/// row's subject (text, or a sealed value of the subject column's class,
/// opened here and never shown). The class and subject class come from the
/// running conversion in this backend; outside it the function refuses.
unsafe fn convert_value_body(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    use pgrx::fcinfo::{pg_arg_is_null, pg_return_null};
    let (class, subject_class) =
        maintenance::with_conversion("phi._convert_value", |c| (c.class.clone(), c.subject_class.clone()))?;
    unsafe {
        if pg_arg_is_null(fcinfo, 0) {
            return Ok(pg_return_null(fcinfo));
        }
        let subject = if !pg_arg_is_null(fcinfo, 1) {
            Some(subject_digest(arg_str(fcinfo, 1)?)?)
        } else if !pg_arg_is_null(fcinfo, 2) {
            Some(subject_digest(&open_subject(arg_bytes(fcinfo, 2), subject_class.as_deref(), c"subject")?)?)
        } else {
            None
        };
        seal_datum(arg_bytes(fcinfo, 0), &class, subject.as_ref())
    }
}
v1_function!(pg_finfo_phi_convert_value, phi_convert_value, convert_value_body);

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
        return Err(PhiError::TriggerMisuse("takes 5 trigger arguments"));
    }
    let arg = |i: usize| unsafe { CStr::from_ptr(*(*trig).tgargs.add(i)) };
    let opt = |c: &'a CStr| if c.is_empty() { None } else { Some(c) };
    Ok(TriggerArgs {
        column: arg(0),
        class: arg(1)
            .to_str()
            .map_err(|_| PhiError::NotUtf8("trigger argument"))?,
        subject_col: opt(arg(2)),
        bidx_col: opt(arg(3)),
        subject_class: if n == 5 {
            opt(arg(4))
                .map(|c| c.to_str().map_err(|_| PhiError::NotUtf8("trigger argument")))
                .transpose()?
        } else {
            None
        },
    })
}

unsafe fn attnum(desc: pg_sys::TupleDesc, name: &CStr) -> Result<i32, PhiError> {
    let n = unsafe { pg_sys::SPI_fnumber(desc, name.as_ptr()) };
    if n <= 0 {
        return Err(PhiError::ColumnGone(name.to_string_lossy().into_owned()));
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
    name: &CStr,
    subject_class: Option<&str>,
) -> Result<Option<zeroize::Zeroizing<String>>, PhiError> {
    let typid = unsafe { pg_sys::SPI_gettypeid(desc, att) };
    if typid == encrypted_text_oid() {
        let Some(bytes) = (unsafe { column_bytes(tuple, desc, att) }) else {
            return Ok(None);
        };
        return Ok(Some(open_subject(bytes, subject_class, name)?));
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
/// protected with, or from the writer's own text (an unclassified value
/// sealed in this transaction, not yet re-sealed by that column's trigger;
/// or any unclassified value for a role with plaintext rights). Any other
/// sealed value a writer puts in the subject column (another patient's
/// SSN, say) would come back as the digest of its plaintext: an equality
/// oracle on data the writer cannot read.
fn open_subject(bytes: &[u8], expected: Option<&str>, column: &CStr) -> Result<zeroize::Zeroizing<String>, PhiError> {
    let Some(expected) = expected else {
        return Err(PhiError::SubjectNotProtected);
    };
    let env = envelope::parse(bytes)?;
    let class = env.header.class;
    if class != expected && class != UNCLASSIFIED {
        return Err(PhiError::SubjectWrongClass { found: class.to_string(), expected: expected.to_string() });
    }
    if class == UNCLASSIFIED && !is_fresh(&env.header) && !plaintext_right_for(UNCLASSIFIED, None)? {
        return Err(PhiError::ForeignUnclassified(column.to_string_lossy().into_owned()));
    }
    let plain = open(bytes)?;
    let s = std::str::from_utf8(&plain).map_err(|_| PhiError::NotUtf8("subject"))?;
    Ok(zeroize::Zeroizing::new(s.to_string()))
}

/// Refuses column `att` (named `name`) unless it is of type `expected`.
unsafe fn check_type(desc: pg_sys::TupleDesc, att: i32, name: &CStr, expected: pg_sys::Oid, expected_name: &'static str) -> Result<(), PhiError> {
    let found = unsafe { pg_sys::SPI_gettypeid(desc, att) };
    if found == expected && expected != pg_sys::InvalidOid {
        return Ok(());
    }
    // SAFETY: format_type_be returns a palloc'd name for any type OID.
    let found_name = unsafe { CStr::from_ptr(pg_sys::format_type_be(found)) }.to_string_lossy().into_owned();
    Err(PhiError::ColumnType { column: name.to_string_lossy().into_owned(), found: found_name, expected: expected_name })
}

thread_local! {
    /// (statement stamp, OID) of [`encrypted_text_oid`].
    static TYPE_OID: std::cell::Cell<Option<((i64, u32), pg_sys::Oid)>> = const { std::cell::Cell::new(None) };
}

/// The OID of type `phi.encrypted_text`, looked up once per statement (the
/// trigger asks for it on every row; a re-created extension is seen at the
/// next statement).
pub(crate) fn encrypted_text_oid() -> pg_sys::Oid {
    let stamp = crate::watch::statement_stamp();
    if let Some((s, oid)) = TYPE_OID.with(std::cell::Cell::get) {
        if s == stamp {
            return oid;
        }
    }
    let oid = lookup_encrypted_text_oid();
    if oid != pg_sys::InvalidOid {
        TYPE_OID.with(|c| c.set(Some((stamp, oid))));
    }
    oid
}

fn lookup_encrypted_text_oid() -> pg_sys::Oid {
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

/// A row with a protected value deleted: an audit event of its
/// transaction (the column, the patient's digest; never the value).
unsafe fn note_delete(td: *mut pg_sys::TriggerData) -> Result<pg_sys::Datum, PhiError> {
    unsafe {
        let tuple = (*td).tg_trigtuple;
        let desc = (*(*td).tg_relation).rd_att;
        let args = trigger_args((*td).tg_trigger)?;
        let col = attnum(desc, args.column)?;
        check_type(desc, col, args.column, encrypted_text_oid(), "phi.encrypted_text")?;
        if column_bytes(tuple, desc, col).is_some() {
            let digest = match &args.subject_col {
                Some(c) => {
                    let a = attnum(desc, c)?;
                    subject_text(tuple, desc, a, c, args.subject_class)?.as_deref().map(|s: &String| subject_digest(s)).transpose()?
                }
                None => None,
            };
            audit_queue::note_write((*td).tg_relation, args.class, &args.column.to_string_lossy(), digest, WriteAction::Delete)?;
        }
        Ok(pg_sys::Datum::from(tuple))
    }
}

unsafe fn protect_row(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    let ctx = unsafe { (*fcinfo).context };
    if ctx.is_null() || unsafe { (*ctx).type_ } != pg_sys::NodeTag::T_TriggerData {
        return Err(PhiError::TriggerMisuse("must be called as a trigger"));
    }
    let td = ctx.cast::<pg_sys::TriggerData>();
    let event = unsafe { (*td).tg_event };
    if event & pg_sys::TRIGGER_EVENT_ROW == 0 || event & pg_sys::TRIGGER_EVENT_BEFORE == 0 {
        return Err(PhiError::TriggerMisuse("must fire BEFORE ... FOR EACH ROW"));
    }
    let is_update = event & pg_sys::TRIGGER_EVENT_OPMASK == pg_sys::TRIGGER_EVENT_UPDATE;
    if event & pg_sys::TRIGGER_EVENT_OPMASK == pg_sys::TRIGGER_EVENT_DELETE {
        // SAFETY: a BEFORE DELETE row trigger's old tuple and relation.
        return unsafe { note_delete(td) };
    }
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
    // The owner may have changed a column's type since protect_column:
    // reading another type's datum as a sealed value, or storing a bytea in
    // it, would read or write memory out of bounds.
    unsafe {
        check_type(desc, col, args.column, encrypted_text_oid(), "phi.encrypted_text")?;
        if let (Some(a), Some(name)) = (bidx_att, args.bidx_col) {
            check_type(desc, a, name, pg_sys::BYTEAOID, "bytea")?;
        }
    }

    let value = unsafe { column_bytes(tuple, desc, col) };
    let bidx_missing = |t: *mut pg_sys::HeapTupleData| {
        bidx_att.is_some_and(|a| value.is_some() && unsafe { column_bytes(t, desc, a) }.is_none())
    };
    // protect_column's conversion leaves values sealed `unclassified`, and
    // rewrites the rows unchanged for this trigger to bind them
    let unclassified = value.is_some_and(|v| envelope::parse(v).is_ok_and(|e| e.header.class == UNCLASSIFIED));
    // Any change of the value (new text, another sealed value of the class,
    // an older copy of this one, NULL over a value) writes the class for
    // this row's patient (checked below).
    let changed = match old {
        Some(o) => (unsafe { column_bytes(o, desc, col) }) != value,
        None => value.is_some(),
    };
    if let Some(o) = old {
        // Nothing this trigger guards changed: leave the row alone (also
        // for roles without plaintext rights updating other columns).
        let same_subject = match subj_att {
            Some(a) => unsafe { same_in_both(o, tuple, desc, a) },
            None => true,
        };
        // a blind index set by the writer is recomputed, never kept
        let same_bidx = match bidx_att {
            Some(a) => unsafe { same_in_both(o, tuple, desc, a) },
            None => true,
        };
        if !changed && same_subject && same_bidx && !bidx_missing(tuple) && !unclassified {
            return Ok(pg_sys::Datum::from(tuple));
        }
    }
    let subject = match subj_att {
        Some(a) => unsafe { subject_text(tuple, desc, a, args.subject_col.unwrap_or_default(), args.subject_class)? },
        None => None,
    };
    let row_digest = subject.as_deref().map(|s| subject_digest(s)).transpose()?;
    // The session role must hold the right to write the class for this
    // row's patient. Only a re-encryption batch re-sealing this very column
    // writes no new content.
    if changed {
        // SAFETY: the trigger's relation is open for the trigger's duration.
        let relid = unsafe { (*(*td).tg_relation).rd_id };
        if !crate::maintenance::is_target(relid, &args.column.to_string_lossy()) {
            require_write(args.class, row_digest.as_ref())?;
            let action = if is_update { WriteAction::Update } else { WriteAction::Insert };
            audit_queue::note_write(unsafe { (*td).tg_relation }, args.class, &args.column.to_string_lossy(), row_digest, action)?;
        }
    }

    let mut new_value: Option<pg_sys::Datum> = None;
    let mut bidx: Option<Vec<u8>> = None;
    if let Some(v) = value {
        let env = envelope::parse(v)?;
        let h = &env.header;
        let class_ok = h.class == args.class;
        if !class_ok && h.class != UNCLASSIFIED {
            return Err(PhiError::WrongClass {
                found: h.class.to_string(),
                column: args.column.to_string_lossy().into_owned(),
                expected: args.class.to_string(),
            });
        }
        if h.class == UNCLASSIFIED && !is_fresh(h) && !plaintext_right_for(UNCLASSIFIED, None)? {
            return Err(PhiError::ForeignUnclassified(args.column.to_string_lossy().into_owned()));
        }
        let subject_ok = match h.subject {
            None => row_digest.is_none(),
            Some(Subject::Digest(d)) => row_digest.as_ref().is_some_and(|r| &r[..] == d),
            Some(Subject::Clear(c)) => subject.as_deref().map(String::as_str) == Some(c),
        };
        // An unclassified value is text the writer typed (sealed by the
        // input function): it is bound to this row. A value already sealed
        // for this class but another subject (or none) is moved only by a
        // role that could read it for its patient and write it for this
        // row's anyway.
        if class_ok && !subject_ok {
            let from = header_digest(h.subject)?;
            if !(plaintext_right_for(args.class, from.as_ref())? && may_write(args.class, row_digest.as_ref())?) {
                return Err(PhiError::Rebind(args.column.to_string_lossy().into_owned()));
            }
        }
        let upgrade = env.format != envelope::FORMAT && h.subject.is_some();
        if !(class_ok && subject_ok) || upgrade || bidx_att.is_some() {
            let plain = open(v)?;
            if !(class_ok && subject_ok) || upgrade {
                new_value = Some(seal_datum(&plain, args.class, row_digest.as_ref())?);
            }
            if bidx_att.is_some() {
                let s = std::str::from_utf8(&plain).unwrap_or_default();
                bidx = Some(blind_index(s, args.class)?);
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

/// `phi.audit_table`'s AFTER INSERT OR UPDATE OR DELETE row trigger, for
/// tables whose PHI columns are not (or not all) sealed: each write
/// becomes an event of its transaction per changed column (its name, the
/// patient's digest when a subject column was named; never a value).
/// Arguments: the subject column ('' for none), then the audited columns.
unsafe fn audit_row(fcinfo: pg_sys::FunctionCallInfo) -> Result<pg_sys::Datum, PhiError> {
    let ctx = unsafe { (*fcinfo).context };
    if ctx.is_null() || unsafe { (*ctx).type_ } != pg_sys::NodeTag::T_TriggerData {
        return Err(PhiError::TriggerMisuse("must be called as a trigger"));
    }
    let td = ctx.cast::<pg_sys::TriggerData>();
    // SAFETY: an AFTER row trigger's data, relation and tuples are valid
    // for the call.
    unsafe {
        let event = (*td).tg_event;
        if event & pg_sys::TRIGGER_EVENT_ROW == 0 || event & pg_sys::TRIGGER_EVENT_BEFORE != 0 {
            return Err(PhiError::TriggerMisuse("must fire AFTER ... FOR EACH ROW"));
        }
        let rel = (*td).tg_relation;
        let desc = (*rel).rd_att;
        let trig = (*td).tg_trigger;
        let n = (*trig).tgnargs as usize;
        if n < 2 {
            return Err(PhiError::TriggerMisuse("takes a subject column and at least one column"));
        }
        let arg = |i: usize| CStr::from_ptr(*(*trig).tgargs.add(i));
        let op = event & pg_sys::TRIGGER_EVENT_OPMASK;
        let (action, row) = if op == pg_sys::TRIGGER_EVENT_INSERT {
            (WriteAction::Insert, (*td).tg_trigtuple)
        } else if op == pg_sys::TRIGGER_EVENT_UPDATE {
            (WriteAction::Update, (*td).tg_newtuple)
        } else {
            (WriteAction::Delete, (*td).tg_trigtuple)
        };
        let subject_col = arg(0);
        let digest = if subject_col.is_empty() {
            None
        } else {
            let a = attnum(desc, subject_col)?;
            let p = pg_sys::SPI_getvalue(row, desc, a);
            if p.is_null() {
                None
            } else {
                // an id the digest refuses (empty, too long) is recorded
                // without a patient rather than failing the write
                CStr::from_ptr(p).to_str().ok().and_then(|s| subject_digest(s).ok())
            }
        };
        for i in 1..n {
            let col = arg(i);
            let a = attnum(desc, col)?;
            let att = (*desc).attrs.as_slice((*desc).natts as usize)[(a - 1) as usize];
            let mut new_null = false;
            let new = pg_sys::SPI_getbinval(row, desc, a, &mut new_null);
            let changed = match action {
                WriteAction::Update => {
                    let mut old_null = false;
                    let old = pg_sys::SPI_getbinval((*td).tg_trigtuple, desc, a, &mut old_null);
                    // the stored representations (an unchanged TOASTed
                    // value keeps its pointer); a value set to itself in
                    // another representation counts as a change
                    old_null != new_null || (!new_null && !same_datum(old, new, att.attbyval, att.attlen))
                }
                _ => !new_null,
            };
            if changed {
                audit_queue::note_write(rel, "", &col.to_string_lossy(), digest, action)?;
            }
        }
        Ok(pg_sys::Datum::from(0))
    }
}
v1_function!(pg_finfo_phi_audit_row, phi_audit_row, audit_row);

/// Whether two non-NULL datums of one column hold the same bytes (a
/// varlena compared after detoasting, so an unchanged TOASTed value and
/// its copy are equal).
unsafe fn same_datum(a: pg_sys::Datum, b: pg_sys::Datum, byval: bool, len: i16) -> bool {
    // SAFETY: both datums are of the column's type, as its attribute says.
    unsafe {
        if byval {
            return a == b;
        }
        match len {
            -1 => {
                let va = pg_sys::pg_detoast_datum_packed(a.cast_mut_ptr());
                let vb = pg_sys::pg_detoast_datum_packed(b.cast_mut_ptr());
                let sa = std::slice::from_raw_parts(pgrx::varlena::vardata_any(va).cast::<u8>(), pgrx::varlena::varsize_any_exhdr(va));
                let sb = std::slice::from_raw_parts(pgrx::varlena::vardata_any(vb).cast::<u8>(), pgrx::varlena::varsize_any_exhdr(vb));
                sa == sb
            }
            -2 => CStr::from_ptr(a.cast_mut_ptr()) == CStr::from_ptr(b.cast_mut_ptr()),
            n => {
                let n = n as usize;
                std::slice::from_raw_parts(a.cast_mut_ptr::<u8>(), n) == std::slice::from_raw_parts(b.cast_mut_ptr::<u8>(), n)
            }
        }
    }
}
