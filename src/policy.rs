//! Minimum-necessary access: the decision every disclosure of a sealed
//! value goes through (`encrypted::render` asks [`decide`] and acts on the
//! answer), the write check of the column trigger, the rights keyed
//! functions need, and the row filter of `phi.enable_row_policy`.
//!
//! The rule itself is pure logic in `phi_core::policy` (grants by class
//! and scope, most permissive wins, care team, own record, break-glass);
//! this module feeds it. It loads the policy tables (sql/policy.sql) into a
//! per-backend cache that their triggers invalidate in every backend
//! ([`crate::watch`]), and resolves them once per statement for the
//! session's role into [`Rules`]: which grants apply (roles whose
//! privileges it holds), which care assignments and break-glass windows
//! are open now, which patient its login is. A grant, revoke, assignment
//! or break-glass therefore takes effect at the next statement everywhere.
//!
//! Whose rights: the session's role (`GetOuterUserId`: the login role, or
//! the role of `SET ROLE`) and, when it differs, the current user (the
//! owner of a `SECURITY DEFINER` function, or of the table a maintenance
//! statement runs as). Each right must be held by both, and a value is
//! shown at the lower of their levels ([`parties`]): a definer's function
//! cannot lend its owner's access to the session, nor a maintenance
//! statement the administrator's to the table owner's code. A view adds
//! nothing: its functions run as the querying user. A superuser gets no
//! plaintext implicitly (only through grants or explicit membership), but
//! may compute keyed functions and re-bind values: it can read the master
//! key file anyway.

use crate::error::PhiError;
use crate::keyed::header_digest;
use crate::privilege::as_extension_owner;
use crate::watch::{self, TableWatch};
use phi_core::crypto::envelope::Header;
use phi_core::mask::MaskStyle;
use phi_core::policy::{Basis, CareList, Digest, Grant, Level, Rules, Scope};
use std::sync::Arc;
use pgrx::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// What a reader gets for one sealed value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disclosure {
    /// The plaintext.
    Plaintext,
    /// The class's mask of the plaintext.
    Masked(MaskStyle),
    /// The sealed `phi1:` text form (what `pg_dump` needs to restore).
    Sealed,
}

/// The policy tables as loaded (roles by OID; times in PostgreSQL
/// microseconds).
#[derive(Default)]
struct Tables {
    grants: Vec<(pg_sys::Oid, Grant)>,
    /// Each grantee's care team.
    care: Vec<(pg_sys::Oid, Arc<CareList>)>,
    logins: Vec<(pg_sys::Oid, Digest)>,
    masks: Vec<(String, MaskStyle)>,
    break_glass: Vec<Window>,
}

/// A break-glass window as loaded.
struct Window {
    /// The login that opened it (for itself: never under SET ROLE).
    login: pg_sys::Oid,
    subject: Digest,
    id: i64,
    opened: i64,
    expires: i64,
    /// The transaction that opened it: a window counts only once that
    /// transaction has committed (a rolled-back window opened nothing).
    xmin: u32,
}

pub static GRANTS: TableWatch = TableWatch::new();
pub static CARE: TableWatch = TableWatch::new();
pub static LOGINS: TableWatch = TableWatch::new();
pub static MASKS: TableWatch = TableWatch::new();
pub static BREAK_GLASS: TableWatch = TableWatch::new();

/// The policy tables' watches, for the relcache callback.
pub const WATCHES: [&TableWatch; 5] = [&GRANTS, &CARE, &LOGINS, &MASKS, &BREAK_GLASS];

struct State {
    tables: Option<Rc<Tables>>,
    /// Rules per (statement stamp, user): the session's role, and the
    /// current user when it differs.
    rules: Vec<(Stamp, pg_sys::Oid, Rc<Rules>)>,
    /// Break-glass windows already reported in this statement.
    reported: Vec<(Stamp, i64)>,
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State { tables: None, rules: Vec::new(), reported: Vec::new() }) };
}

/// The key of the per-statement policy caches: the statement's start and
/// local transaction (as every per-statement cache here), and the active
/// snapshot's `xmax`, which moves when another transaction has committed.
/// So a statement of a multi-statement query string, which shares its
/// start time with the others, still sees a revocation committed before
/// it began.
type Stamp = ((i64, u32), u32);

fn policy_stamp() -> Stamp {
    (watch::statement_stamp(), crate::backend::active_snapshot_xmax())
}

/// The session's role: whose access every decision is about.
pub fn session_role() -> pg_sys::Oid {
    crate::backend::outer_user()
}

fn digest16(b: &[u8]) -> Option<Digest> {
    b.try_into().ok()
}

/// Runs read-only query `q` under the latest snapshot (not the statement's
/// or a REPEATABLE READ transaction's: a revocation committed since must
/// count) and hands each row's column getter to `f`. Inside `Spi::connect`.
fn each_latest_row(
    q: &std::ffi::CStr,
    mut f: impl FnMut(&dyn Fn(i32) -> (pg_sys::Datum, bool)) -> Result<(), PhiError>,
) -> Result<(), PhiError> {
    // SAFETY: SPI is connected by the caller; the snapshot is pushed and
    // popped around one read-only execution; tuples are read before the
    // next query replaces SPI_tuptable.
    unsafe {
        // In parallel mode (a parallel query's leader and its workers) no
        // new snapshot may be taken: the query's own is the latest there
        // is, and it is already active.
        let latest = !pg_sys::IsInParallelMode();
        if latest {
            pg_sys::PushActiveSnapshot(pg_sys::GetLatestSnapshot());
        }
        let rc = pg_sys::SPI_execute(q.as_ptr(), true, 0);
        if latest {
            pg_sys::PopActiveSnapshot();
        }
        if rc != pg_sys::SPI_OK_SELECT as i32 {
            return Err(PhiError::Catalog("the policy tables", format!("SPI_execute returned {rc}")));
        }
        let tt = pg_sys::SPI_tuptable;
        if tt.is_null() {
            return Ok(());
        }
        for i in 0..pg_sys::SPI_processed {
            let tuple = *(*tt).vals.add(i as usize);
            let desc = (*tt).tupdesc;
            let get = |col: i32| {
                let mut isnull = false;
                let d = pg_sys::SPI_getbinval(tuple, desc, col, &mut isnull);
                (d, isnull)
            };
            f(&get)?;
        }
        Ok(())
    }
}

fn col<T: pgrx::datum::FromDatum>(get: &dyn Fn(i32) -> (pg_sys::Datum, bool), i: i32) -> Option<T> {
    let (d, isnull) = get(i);
    // SAFETY: the column's type is the one the query selects for it.
    unsafe { T::from_datum(d, isnull) }
}

/// A `timestamptz` column as PostgreSQL's own microseconds, the unit of
/// the statement times it is compared with ('infinity' and '-infinity'
/// are `i64::MAX` and `i64::MIN`, which compare as they should).
fn time_col(get: &dyn Fn(i32) -> (pg_sys::Datum, bool), i: i32) -> Option<i64> {
    col::<pgrx::datetime::TimestampWithTimeZone>(get, i).map(|t| t.into_inner())
}

fn load() -> Result<Tables, PhiError> {
    let spi = |e: pgrx::spi::SpiError| PhiError::Catalog("the policy tables", e.to_string());
    as_extension_owner(|| {
        Spi::connect(|client| -> Result<Tables, PhiError> {
            let mut t = Tables::default();
            for (w, name) in [
                (&GRANTS, "phi.access_grants"),
                (&CARE, "phi.care_assignments"),
                (&LOGINS, "phi.login_subjects"),
                (&MASKS, "phi.masks"),
                (&BREAK_GLASS, "phi.break_glass"),
            ] {
                if w.lookup(&client, name).map_err(spi)?.is_none() {
                    // before CREATE EXTENSION finished, or an older schema
                    return Ok(t);
                }
            }
            each_latest_row(sql::GRANTS, |r| {
                let role: pg_sys::Oid = col(r, 1).unwrap_or(pg_sys::InvalidOid);
                let class: String = col(r, 2).unwrap_or_default();
                let level = col::<String>(r, 3).as_deref().and_then(Level::parse);
                let scope = col::<String>(r, 4).as_deref().and_then(Scope::parse);
                let write: bool = col(r, 5).unwrap_or(false);
                if let (Some(level), Some(scope)) = (level, scope) {
                    t.grants.push((role, Grant { class, level, scope, write }));
                }
                Ok(())
            })?;
            let mut teams: std::collections::HashMap<pg_sys::Oid, Vec<(Digest, i64)>> = Default::default();
            each_latest_row(sql::CARE, |r| {
                let grantee: pg_sys::Oid = col(r, 1).unwrap_or(pg_sys::InvalidOid);
                let subject: Vec<u8> = col(r, 2).unwrap_or_default();
                // no until: no end
                let until = time_col(r, 3).unwrap_or(i64::MAX);
                if let Some(d) = digest16(&subject) {
                    teams.entry(grantee).or_default().push((d, until));
                }
                Ok(())
            })?;
            t.care = teams.into_iter().map(|(g, e)| (g, Arc::new(CareList::new(e)))).collect();
            each_latest_row(sql::LOGINS, |r| {
                let role: pg_sys::Oid = col(r, 1).unwrap_or(pg_sys::InvalidOid);
                let subject: Vec<u8> = col(r, 2).unwrap_or_default();
                if let Some(d) = digest16(&subject) {
                    t.logins.push((role, d));
                }
                Ok(())
            })?;
            each_latest_row(sql::MASKS, |r| {
                let class: String = col(r, 1).unwrap_or_default();
                if let Some(style) = col::<String>(r, 2).as_deref().and_then(MaskStyle::parse) {
                    t.masks.push((class, style));
                }
                Ok(())
            })?;
            each_latest_row(sql::BREAK_GLASS, |r| {
                let role: pg_sys::Oid = col(r, 1).unwrap_or(pg_sys::InvalidOid);
                let subject: Vec<u8> = col(r, 2).unwrap_or_default();
                let id: i64 = col(r, 3).unwrap_or(0);
                let opened = time_col(r, 4).unwrap_or(i64::MAX);
                let expires = time_col(r, 5).unwrap_or(i64::MIN);
                let xmin: i64 = col(r, 6).unwrap_or(0);
                if let Some(d) = digest16(&subject) {
                    t.break_glass.push(Window {
                        login: role,
                        subject: d,
                        id,
                        opened,
                        expires,
                        xmin: xmin as u32,
                    });
                }
                Ok(())
            })?;
            Ok(t)
        })
    })
}

thread_local! {
    /// The statement that last took in other sessions' invalidations.
    static ACCEPTED: std::cell::Cell<Stamp> = const { std::cell::Cell::new(((0, 0), 0)) };
}

/// The loaded policy tables, reloaded when any of them changed.
fn tables() -> Result<Rc<Tables>, PhiError> {
    // A policy change another session committed reaches this one at its
    // next statement even inside a transaction that already holds its
    // locks (which is when PostgreSQL would otherwise read the messages).
    let stamp = policy_stamp();
    if ACCEPTED.with(|a| a.replace(stamp)) != stamp {
        // SAFETY: processes pending invalidation messages, as any lock
        // acquisition does; our callback only sets flags.
        unsafe { pg_sys::AcceptInvalidationMessages() };
    }
    let mut dirty = false;
    for w in WATCHES {
        dirty |= w.take_dirty();
    }
    if !dirty {
        if let Some(t) = STATE.with(|s| s.borrow().tables.clone()) {
            return Ok(t);
        }
    }
    match load() {
        Ok(t) => {
            let t = Rc::new(t);
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.tables = Some(t.clone());
                s.rules.clear();
                PARTIES.with(|p| *p.borrow_mut() = None);
            });
            Ok(t)
        }
        Err(e) => {
            GRANTS.mark_dirty();
            Err(e)
        }
    }
}

/// Whether `user` holds `role`'s privileges: as for any privilege (a
/// NOINHERIT member must SET ROLE), except that a superuser counts only by
/// explicit membership, so it gets no access implicitly.
pub(crate) fn holds(user: pg_sys::Oid, role: pg_sys::Oid) -> bool {
    // SAFETY: catalog-cache lookups.
    unsafe {
        if user == role {
            return true;
        }
        if pg_sys::superuser_arg(user) {
            pg_sys::is_member_of_role_nosuper(user, role)
        } else {
            pg_sys::has_privs_of_role(user, role)
        }
    }
}

pub(crate) fn role_oid(name: &std::ffi::CStr) -> pg_sys::Oid {
    // SAFETY: a catalog-cache lookup.
    unsafe { pg_sys::get_role_oid(name.as_ptr(), true) }
}

/// `user`'s rules for this statement.
fn rules_for(user: pg_sys::Oid, tables: &Tables) -> Result<Rc<Rules>, PhiError> {
    let stamp = policy_stamp();
    if let Some(r) = STATE.with(|s| {
        s.borrow().rules.iter().find(|(st, u, _)| *st == stamp && *u == user).map(|(_, _, r)| r.clone())
    }) {
        return Ok(r);
    }
    let reader_role = role_oid(c"phi_reader");
    let reader = reader_role != pg_sys::InvalidOid && holds(user, reader_role);
    // SAFETY: a read of backend-local state.
    // the later of the statement's and the transaction's start: a
    // procedure that commits starts new transactions inside one statement
    let now = unsafe { pg_sys::GetCurrentStatementStartTimestamp().max(pg_sys::GetCurrentTransactionStartTimestamp()) };
    let grants = tables.grants.iter().filter(|(r, _)| holds(user, *r)).map(|(_, g)| g.clone()).collect();
    let care = tables.care.iter().filter(|(r, _)| holds(user, *r)).map(|(_, l)| l.clone()).collect();
    // SAFETY: a read of backend-local state.
    let own_xid = unsafe { u32::from(pg_sys::GetTopTransactionIdIfAny()) };
    let bg = tables
        .break_glass
        .iter()
        .filter(|w| w.login == user && w.opened <= now && now < w.expires && (own_xid == 0 || w.xmin != own_xid))
        .map(|w| (w.subject, w.id))
        .collect();
    let own = tables.logins.iter().find(|(r, _)| *r == user).map(|(_, d)| *d);
    let rules = Rc::new(Rules::new(reader, grants, care, now, bg, own));
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.rules.retain(|(st, _, _)| *st == stamp);
        s.rules.push((stamp, user, rules.clone()));
    });
    Ok(rules)
}

/// Whose rights a decision is about, with their rules: the session's role
/// and, when it differs, the current user (the owner of a `SECURITY
/// DEFINER` function, or of the table a maintenance statement runs for).
/// Every right must be held by both, and a value is disclosed at the lower
/// of their two levels: a definer's function or view cannot lend its
/// owner's access to the session, and a maintenance statement run by an
/// administrator cannot lend the administrator's to the table owner's code.
fn parties() -> Result<Rc<Parties>, PhiError> {
    let stamp = policy_stamp();
    let outer = session_role();
    let current = crate::backend::current_user();
    let key = (stamp, outer, current);
    if let Some(p) = PARTIES.with(|p| p.borrow().as_ref().filter(|(k, _)| *k == key).map(|(_, p)| p.clone())) {
        return Ok(p);
    }
    let tables = tables()?;
    let mut list = vec![(outer, rules_for(outer, &tables)?)];
    if current != outer {
        list.push((current, rules_for(current, &tables)?));
    }
    let all_readers = list.iter().all(|(_, r)| r.reader);
    let no_grants = list.iter().all(|(_, r)| !r.reader && r.grants.is_empty());
    let p = Rc::new(Parties { list, all_readers, no_grants, tables });
    PARTIES.with(|c| *c.borrow_mut() = Some((key, p.clone())));
    Ok(p)
}

/// The parties of a statement, with the two answers that need no lookup.
struct Parties {
    list: Vec<(pg_sys::Oid, Rc<Rules>)>,
    /// The policy tables the rules were resolved from (the masks).
    tables: Rc<Tables>,
    /// Every party a `phi_reader` member: plaintext.
    all_readers: bool,
    /// No party holding any grant: sealed.
    no_grants: bool,
}

thread_local! {
    /// (statement stamp, session role, current user) -> parties.
    static PARTIES: RefCell<Option<((Stamp, pg_sys::Oid, pg_sys::Oid), Rc<Parties>)>> = const { RefCell::new(None) };
}

/// Whether every party satisfies `f`.
fn all(f: impl Fn(pg_sys::Oid, &Rules) -> bool) -> Result<bool, PhiError> {
    Ok(parties()?.list.iter().all(|(u, r)| f(*u, r)))
}

/// The decision for (class, subject): the lower of the parties'.
fn decision(class: &str, subject: Option<&Digest>) -> Result<phi_core::policy::Decision, PhiError> {
    Ok(decide_by(&*parties()?, class, subject))
}

fn decide_by(parties: &Parties, class: &str, subject: Option<&Digest>) -> phi_core::policy::Decision {
    let mut out: Option<phi_core::policy::Decision> = None;
    for (_, r) in &parties.list {
        let d = r.decide(class, subject);
        out = Some(match out {
            Some(o) if o.level <= d.level => o,
            _ => d,
        });
    }
    out.expect("the session role is always a party")
}

fn mask_for(parties: &Parties, class: &str) -> MaskStyle {
    let masks = &parties.tables.masks;
    masks.iter().find(|(c, _)| c == class).map_or_else(|| MaskStyle::default_for(class), |(_, m)| *m)
}

/// The subject of a header as a digest (a 0.1.0 header's clear id is
/// digested; `render` has authenticated the value by then or will).
fn subject_of(header: &Header<'_>) -> Result<Option<Digest>, PhiError> {
    header_digest(header.subject)
}

/// What the session role gets of a value with this header, now: its
/// level by the rules, the sealed form while `phi.sealed_output` is on, an
/// error for `none`.
/// Also says whether a break-glass window is what allows the disclosure.
pub fn decide(header: &Header<'_>) -> Result<(Disclosure, bool), PhiError> {
    if crate::gucs::sealed_output() {
        return Ok((Disclosure::Sealed, false));
    }
    let parties = parties()?;
    if parties.all_readers {
        return Ok((Disclosure::Plaintext, false));
    }
    if parties.no_grants {
        return Ok((Disclosure::Sealed, false));
    }
    let subject = subject_of(header)?;
    let d = decide_by(&parties, header.class, subject.as_ref());
    let mut glass = false;
    if let Basis::BreakGlass(id) = d.basis {
        if d.level > Level::Sealed {
            glass = true;
            break_glass_used(id, header.class);
        }
    }
    match d.level {
        Level::Plaintext => Ok((Disclosure::Plaintext, glass)),
        Level::Masked => Ok((Disclosure::Masked(mask_for(&parties, header.class)), glass)),
        Level::Sealed => Ok((Disclosure::Sealed, false)),
        Level::None => Err(PhiError::AccessDenied(header.class.to_string())),
    }
}

/// Every disclosure opened by a break-glass window passes here. The audit
/// event is `render`'s (outcome `break_glass`, via `decide`'s flag); this
/// adds one line per window and statement to the server log (the window's
/// id and the class, never a value or a patient id), which names the
/// window the event does not.
fn break_glass_used(id: i64, class: &str) {
    let stamp = policy_stamp();
    let first = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.reported.retain(|(st, _)| *st == stamp);
        if s.reported.iter().any(|(_, i)| *i == id) {
            false
        } else {
            s.reported.push((stamp, id));
            true
        }
    });
    if first {
        pgrx::log!("pg_phi: break-glass window {id} opened a value of class {class}");
    }
}

/// Whether the session role may write a new value of `class` for
/// `subject` (the column trigger, `phi.encrypt` with a class).
pub fn may_write(class: &str, subject: Option<&Digest>) -> Result<bool, PhiError> {
    all(|_, r| r.may_write(class, subject))
}

/// Refuses (42501) a write the session role has no right to.
pub fn require_write(class: &str, subject: Option<&Digest>) -> Result<(), PhiError> {
    if may_write(class, subject)? {
        Ok(())
    } else {
        Err(PhiError::NoWriteRight(class.to_string()))
    }
}

pub(crate) fn superuser(user: pg_sys::Oid) -> bool {
    // SAFETY: a catalog-cache lookup.
    unsafe { pg_sys::superuser_arg(user) }
}

/// Whether the session role could read a value of `class` for `subject`
/// in plaintext (regardless of `phi.sealed_output`), or is a superuser:
/// what moving such a value to another patient needs.
pub fn plaintext_right_for(class: &str, subject: Option<&Digest>) -> Result<bool, PhiError> {
    // not through a break-glass window: a value moved out of a window's
    // patient would stay readable by another care team after it closed
    all(|u, r| {
        superuser(u) || {
            let d = r.decide(class, subject);
            d.level == Level::Plaintext && !matches!(d.basis, Basis::BreakGlass(_))
        }
    })
}

/// Keyed functions of chosen values of `class` (a blind index, a
/// pseudonym) can be matched against the same function of guesses: they
/// need plaintext on the class for some patient, or a superuser.
pub fn require_keyed_right(what: &'static str, class: &str) -> Result<(), PhiError> {
    if all(|u, r| superuser(u) || r.plaintext_somewhere(class))? {
        Ok(())
    } else {
        Err(PhiError::NoPlaintextRight(what))
    }
}

/// The keyed digest of a chosen patient id (`phi.subject_digest`,
/// `phi.encrypt` with a subject) tells which values belong to that
/// patient: it needs `phi_reader`, `phi_admin` or a superuser.
pub fn require_subject_right(what: &'static str) -> Result<(), PhiError> {
    let admin = role_oid(c"phi_admin");
    if all(|u, r| superuser(u) || r.reader || (admin != pg_sys::InvalidOid && holds(u, admin)))? {
        Ok(())
    } else {
        Err(PhiError::NoPlaintextRight(what))
    }
}

/// The level the session role gets for (class, subject), for
/// `phi.access_level`.
pub fn level_for(class: &str, subject: Option<&Digest>) -> Result<Level, PhiError> {
    Ok(decision(class, subject)?.level)
}

// ---------------------------------------------------------------- SQL functions

/// Free text stored by the policy (break-glass reasons, review notes) with
/// the PHI it names redacted: those tables are read by compliance.
pub fn redacted(text: &str) -> Result<String, PhiError> {
    let findings = crate::detect::detector_for(text)?.detect(text, phi_core::DEFAULT_MIN_SCORE);
    Ok(phi_core::redact::redact(text, &findings, phi_core::redact::Style::Tag, None))
}

/// `text` with every occurrence of the patient id `id` (ignoring ASCII
/// case) replaced by `[ID]`: the detector does not know an organisation's
/// id formats, and the window already names the patient by digest.
fn without_id(text: &str, id: &str) -> String {
    let id = id.trim();
    if id.is_empty() {
        return text.to_string();
    }
    let (hay, needle) = (text.to_ascii_lowercase(), id.to_ascii_lowercase());
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(i) = hay[at..].find(&needle) {
        out.push_str(&text[at..at + i]);
        out.push_str("[ID]");
        at += i + needle.len();
    }
    out.push_str(&text[at..]);
    out
}

/// `phi.break_glass(subject, reason, minutes)`: opens a window in which the
/// session role's care-team grants cover `subject`, for `minutes` (at most
/// `phi.break_glass_max_minutes`), recorded for review with its reason
/// (PHI in it redacted). Returns the window's id.
#[pg_extern(volatile, parallel_unsafe, sql = false)]
fn break_glass_sql(subject: Option<&str>, reason: Option<&str>, minutes: Option<i32>) -> Result<i64, pgrx::pg_sys::panic::ErrorReport> {
    let subject = subject.ok_or(PhiError::NullArgument("subject"))?;
    let reason = reason
        .map(str::trim)
        .filter(|r| r.len() <= 4000 && (20..=1000).contains(&r.chars().count()))
        .ok_or(PhiError::BreakGlassReason)?;
    let max = crate::gucs::break_glass_max_minutes();
    let minutes = minutes.filter(|m| (1..=max).contains(m)).ok_or(PhiError::BreakGlassWindow(max))?;
    // A window opens the caller's care_team grants: without one it would
    // open nothing, and anyone could fill the review queue.
    let opens_something = parties()?.list.iter().all(|(_, r)| {
        r.reader || r.grants.iter().any(|g| g.scope == Scope::CareTeam && g.level > Level::Sealed)
    });
    if !opens_something {
        return Err(PhiError::BreakGlassNoCareGrant.into());
    }
    let digest = crate::keyed::subject_digest(subject)?;
    let reason = redacted(&without_id(reason, subject))?;
    // The window is the person's: opened by a login for itself, never
    // under SET ROLE (a window for a group would open for every member).
    let role = session_role();
    // SAFETY: reads of backend-local state and the role cache.
    let login = unsafe { pg_sys::GetSessionUserId() };
    if role != login && !superuser(login) {
        return Err(PhiError::BreakGlassUnderSetRole.into());
    }
    let id = as_extension_owner(|| {
        Spi::connect_mut(|c| -> Result<Option<i64>, pgrx::spi::SpiError> {
            c.update(sql::BREAK_GLASS_OPEN, None, &[role.into(), digest.to_vec().into(), reason.into(), minutes.into()])?
                .first()
                .get_one::<i64>()
        })
    })
    .map_err(|e| PhiError::Catalog("phi.break_glass", e.to_string()))?
    .ok_or_else(|| PhiError::Catalog("phi.break_glass", "no id returned".into()))?;
    BREAK_GLASS.mark_dirty();
    let why = format!("window {id}, {minutes} minutes");
    crate::audit::append(&crate::audit::Event {
        action: "break_glass",
        relation: None,
        classes: &[],
        subject: Some(&digest),
        row_count: 0,
        outcome: "opened",
        reason: Some(&why),
    })?;
    pgrx::notice!("pg_phi: break-glass window {id} is open for {minutes} minutes; it will be reviewed");
    Ok(id)
}

/// `phi.may_see_subject(subject)`: whether the session role may see
/// anything of rows bound to `subject` (the row filter of
/// `phi.enable_row_policy`). A NULL subject is covered by `all_subjects`
/// grants only.
#[pg_extern(stable, parallel_restricted, sql = false)]
fn may_see_subject_sql(subject: Option<&str>) -> Result<bool, pgrx::pg_sys::panic::ErrorReport> {
    if all(|_, r| r.reader)? {
        return Ok(true);
    }
    let digest = match subject {
        Some(s) if !s.is_empty() => Some(crate::keyed::subject_digest(s)?),
        _ => None,
    };
    Ok(all(|_, r| r.sees_subject(digest.as_ref()))?)
}

/// `phi.access_level(class, subject)`: the level the session role gets for
/// values of `class` bound to `subject` (NULL: bound to none), now.
#[pg_extern(stable, parallel_restricted, sql = false)]
fn access_level_sql(class: &str, subject: Option<&str>) -> Result<String, pgrx::pg_sys::panic::ErrorReport> {
    crate::classes::check(class)?;
    let digest = subject.map(crate::keyed::subject_digest).transpose()?;
    if crate::gucs::sealed_output() {
        return Ok(Level::Sealed.as_str().to_string());
    }
    Ok(level_for(class, digest.as_ref())?.as_str().to_string())
}

/// `phi._policy_subject_digest(subject)`: the digest the policy tables
/// store for a patient id (care assignments, login mappings), for the
/// admin functions of sql/policy.sql. Executable by `phi_admin` only, and
/// refused to anyone else who was granted it.
#[pg_extern(stable, parallel_restricted, sql = false)]
fn policy_subject_digest_sql(subject: &str) -> Result<Vec<u8>, pgrx::pg_sys::panic::ErrorReport> {
    require_subject_right("phi._policy_subject_digest")?;
    Ok(crate::keyed::subject_digest(subject)?.to_vec())
}

/// Queries of the policy tables, run as the extension's owner with
/// `search_path` pinned.
mod sql {
    use std::ffi::CStr;
    pub const GRANTS: &CStr = c"SELECT role::pg_catalog.oid, class, level, scope, can_write FROM phi.access_grants";
    // until: NULL or 'infinity' is no end, '-infinity' long past
    pub const CARE: &CStr =
        c"SELECT grantee::pg_catalog.oid, subject_digest, until FROM phi.care_assignments WHERE ended_at IS NULL";
    pub const LOGINS: &CStr = c"SELECT role::pg_catalog.oid, subject_digest FROM phi.login_subjects";
    pub const MASKS: &CStr = c"SELECT class, style FROM phi.masks";
    pub const BREAK_GLASS: &CStr = c"SELECT role::pg_catalog.oid, subject_digest, id, opened_at, expires_at, \
         xmin::pg_catalog.text::pg_catalog.int8 \
         FROM phi.break_glass WHERE expires_at OPERATOR(pg_catalog.>) pg_catalog.now() \
         AND pg_catalog.isfinite(opened_at) AND pg_catalog.isfinite(expires_at)";
    pub const BREAK_GLASS_OPEN: &str = "INSERT INTO phi.break_glass (role, subject_digest, reason, opened_at, expires_at) \
         VALUES ($1::pg_catalog.regrole, $2, $3, pg_catalog.now(), \
         pg_catalog.now() OPERATOR(pg_catalog.+) pg_catalog.make_interval(mins => $4)) RETURNING id";
}
