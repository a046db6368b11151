//! The one place where pg_phi runs SQL as a role other than the caller.
//!
//! Two switches, both built like a `SECURITY DEFINER` function with
//! `SET search_path` (and like VACUUM for other owners' tables):
//!
//! * [`as_extension_owner`]: the bootstrap superuser, for the extension's
//!   own tables that ordinary roles must not read (`phi.keys`) but whose
//!   contents every encrypt and decrypt needs.
//! * [`as_table_owner`]: the owner of a user table, for maintenance that
//!   writes or reads it on a DBA's behalf (`phi.reencrypt`,
//!   `phi.protect_column`, usage counts, `phi.scan_table`). Triggers, rules,
//!   index expressions, generated columns and output functions on that
//!   table then run with its owner's rights, never the DBA's; and only a
//!   caller who already holds the owner's privileges may switch.
//!
//! Both run in a security-restricted operation (no `SET ROLE`, no temporary
//! objects, no deferred work that outlives the switch), under a GUC nest
//! level whose `search_path` is pinned to `pg_catalog, pg_temp`
//! ([`PINNED_SEARCH_PATH`]; functions and operators are never looked up in
//! `pg_temp`), and both restore the caller's identity and every setting
//! when the closure returns or raises: nothing set under the switch, by
//! pg_phi or by the owner's code, outlives it. Every query text that runs under a switch is a
//! constant of [`sql`] or built by a function in this module, names its
//! objects with their schema and writes operators as
//! `OPERATOR(pg_catalog.=)`; the unit test at the end fails on any that
//! does not.

use crate::error::PhiError;
use pgrx::prelude::*;
use std::ffi::{CStr, CString};

/// The `search_path` every switched query runs under.
pub const PINNED_SEARCH_PATH: &CStr = c"pg_catalog, pg_temp";

/// Query texts run as the extension owner.
pub mod sql {
    pub const KEY_VERSION: &str = "SELECT version, wrapped_key, kek_fingerprint FROM phi.keys \
         WHERE key_id OPERATOR(pg_catalog.=) $1 AND version OPERATOR(pg_catalog.=) $2";
    pub const KEY_CURRENT: &str = "SELECT version, wrapped_key, kek_fingerprint FROM phi.keys \
         WHERE key_id OPERATOR(pg_catalog.=) $1 ORDER BY version DESC LIMIT 1";
    pub const KEY_INSERT: &str = "INSERT INTO phi.keys (key_id, version, purpose, wrapped_key, kek_fingerprint) \
         VALUES ($1, $2, $3, $4, $5)";
    pub const KEY_INSERT_IF_ABSENT: &str = "INSERT INTO phi.keys (key_id, version, purpose, wrapped_key, kek_fingerprint) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1";
    pub const KEYS_TO_REWRAP: &str = "SELECT key_id, version, wrapped_key, kek_fingerprint FROM phi.keys \
         WHERE wrapped_key IS NOT NULL ORDER BY 1, 2 FOR UPDATE";
    pub const KEY_REWRAP: &str = "UPDATE phi.keys SET wrapped_key = $3, kek_fingerprint = $4, rewrapped_at = pg_catalog.now() \
         WHERE key_id OPERATOR(pg_catalog.=) $1 AND version OPERATOR(pg_catalog.=) $2";
    pub const CLASSES: &str = "SELECT name FROM phi.data_classes";
    pub const REGCLASS: &str = "SELECT pg_catalog.to_regclass($1)::pg_catalog.oid";

    /// Every constant above (for the operator test).
    #[cfg(test)]
    pub const ALL: &[&str] =
        &[KEY_VERSION, KEY_CURRENT, KEY_INSERT, KEY_INSERT_IF_ABSENT, KEYS_TO_REWRAP, KEY_REWRAP, CLASSES, REGCLASS];
}

/// Runs `f` as the bootstrap superuser (the extension's owner) in a
/// restricted security context with `search_path` pinned.
pub fn as_extension_owner<R>(f: impl FnOnce() -> R) -> R {
    switch(pg_sys::Oid::from(pg_sys::BOOTSTRAP_SUPERUSERID), f)
}

/// A user table as the maintenance statements name it.
pub struct Table {
    pub owner: pg_sys::Oid,
    /// `schema.table`, each part quoted as needed.
    pub qualified: String,
}

/// Looks up any relation's owner, kind and quoted qualified name from the
/// catalog caches, without running SQL. `None` when it does not exist.
pub fn relation(oid: pg_sys::Oid) -> Option<(Table, u8)> {
    // SAFETY: syscache lookups by OID; returned strings are palloc'd copies.
    unsafe {
        let tuple = pg_sys::SearchSysCache1(pg_sys::SysCacheIdentifier::RELOID as i32, pg_sys::Datum::from(oid));
        if tuple.is_null() {
            return None;
        }
        let form = pg_sys::heap_tuple_get_struct::<pg_sys::FormData_pg_class>(tuple);
        let kind = (*form).relkind as u8;
        let owner = (*form).relowner;
        let nsp = (*form).relnamespace;
        let name = CStr::from_ptr((*form).relname.data.as_ptr()).to_owned();
        pg_sys::ReleaseSysCache(tuple);
        let nspname = pg_sys::get_namespace_name(nsp);
        if nspname.is_null() {
            return None;
        }
        let q = pg_sys::quote_qualified_identifier(nspname, name.as_ptr());
        Some((Table { owner, qualified: CStr::from_ptr(q).to_string_lossy().into_owned() }, kind))
    }
}

/// [`relation`], for a table (relkind `r` or `p`) only.
pub fn table(oid: pg_sys::Oid) -> Option<Table> {
    relation(oid)
        .filter(|(_, kind)| *kind == pg_sys::RELKIND_RELATION || *kind == pg_sys::RELKIND_PARTITIONED_TABLE)
        .map(|(t, _)| t)
}

/// `ident` quoted as an SQL identifier when it needs to be.
pub fn quote_ident(ident: &str) -> Result<String, PhiError> {
    let c = CString::new(ident).map_err(|_| PhiError::NulByte)?;
    // SAFETY: quote_identifier returns its argument or a palloc'd copy.
    Ok(unsafe { CStr::from_ptr(pg_sys::quote_identifier(c.as_ptr())) }.to_string_lossy().into_owned())
}

/// Whether the current user holds the privileges of `role` (superusers
/// hold every role's).
pub fn may_act_as(role: pg_sys::Oid) -> bool {
    // SAFETY: a catalog check on backend state.
    unsafe { pg_sys::has_privs_of_role(pg_sys::GetUserId(), role) }
}

/// Runs `f` as the owner of `t`, as VACUUM does: refused (`42501`) unless
/// the caller already holds the owner's privileges, so the switch never
/// grants a right; the owner's code that the statements set off runs with
/// the owner's rights, not the caller's.
pub fn as_table_owner<R>(t: &Table, f: impl FnOnce() -> R) -> Result<R, PhiError> {
    if !may_act_as(t.owner) {
        return Err(PhiError::NotOwner(t.qualified.clone()));
    }
    Ok(switch(t.owner, f))
}

fn switch<R>(user: pg_sys::Oid, f: impl FnOnce() -> R) -> R {
    let mut saved_user = pg_sys::InvalidOid;
    let mut saved_sec = 0i32;
    // SAFETY: the same steps fmgr_security_definer takes: save the user id
    // and security context, open a GUC nest level, switch, pin the setting;
    // both are undone below on success and on error.
    let nest = unsafe {
        pg_sys::GetUserIdAndSecContext(&mut saved_user, &mut saved_sec);
        let nest = pg_sys::NewGUCNestLevel();
        pg_sys::SetUserIdAndSecContext(
            user,
            saved_sec | pg_sys::SECURITY_LOCAL_USERID_CHANGE as i32 | pg_sys::SECURITY_RESTRICTED_OPERATION as i32,
        );
        pg_sys::set_config_option(
            c"search_path".as_ptr(),
            PINNED_SEARCH_PATH.as_ptr(),
            pg_sys::GucContext::PGC_USERSET,
            pg_sys::GucSource::PGC_S_SESSION,
            pg_sys::GucAction::GUC_ACTION_SAVE,
            true,
            0,
            false,
        );
        nest
    };
    // isCommit = false, as VACUUM does: every setting changed under the
    // switch is rolled back, including a plain SET (set_config(.., false))
    // by the owner's code, which would otherwise outlive the switch and
    // the caller's own SET clause, and hand the caller's session the
    // owner's search_path.
    let restore = move || unsafe {
        pg_sys::AtEOXact_GUC(false, nest);
        pg_sys::SetUserIdAndSecContext(saved_user, saved_sec);
    };
    let f = std::panic::AssertUnwindSafe(f);
    let r = PgTryBuilder::new(move || {
        let f = f;
        (f.0)()
    })
    .catch_others(move |e| {
        restore();
        e.rethrow()
    })
    .execute();
    restore();
    r
}

/// Whether `q` writes an operator without `OPERATOR(pg_catalog.op)`
/// (string literals, quoted identifiers, `::` casts, `(*)` and the `=` of
/// an UPDATE's SET list aside); returns the text around the first one.
#[cfg(test)]
pub fn unqualified_operator(q: &str) -> Option<String> {
    // literals and quoted identifiers become a plain word
    let mut s = String::new();
    let mut chars = q.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                s.push('q');
            }
            _ => s.push(c),
        }
    }
    let mut s = s.replace("(*)", "()").replace("::", " ");
    // UPDATE ... SET a = x, b = y: those `=` are syntax, not operators
    if let Some(i) = s.find(" SET ") {
        let (head, rest) = s.split_at(i + 5);
        let (list, tail) = rest.split_at(rest.find(" WHERE ").unwrap_or(rest.len()));
        let mut items = Vec::new();
        let (mut depth, mut start) = (0i32, 0usize);
        for (j, c) in list.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&list[start..j]);
                    start = j + 1;
                }
                _ => {}
            }
        }
        items.push(&list[start..]);
        let items: Vec<&str> = items
            .into_iter()
            .map(|item| match item.split_once('=') {
                Some((lhs, rhs)) if lhs.trim().chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.') => rhs,
                _ => item,
            })
            .collect();
        s = format!("{head}{}{tail}", items.join(","));
    }
    let mut rest = s.as_str();
    let mut clean = String::new();
    while let Some(i) = rest.find("OPERATOR(pg_catalog.") {
        clean.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find(')')?;
        rest = &after[end + 1..];
    }
    clean.push_str(rest);
    clean
        .char_indices()
        .find(|(_, c)| "+-*/<>=~!@#%^&|`?".contains(*c))
        .map(|(i, _)| clean[i.saturating_sub(20)..(i + 20).min(clean.len())].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every query text that runs under a switch, including the statements
    /// the maintenance functions build (with hostile identifiers).
    fn every_switched_query() -> Vec<String> {
        let t = Table { owner: pg_sys::InvalidOid, qualified: "\"we=ird\".\"t<b>\"".into() };
        let mut v: Vec<String> = sql::ALL.iter().map(|s| s.to_string()).collect();
        v.extend(crate::maintenance::statements_for_tests(&t, "\"c=o'l\"", "\"b-idx\""));
        v.extend(crate::breach::switched_queries());
        v
    }

    #[test]
    fn no_switched_query_has_an_unqualified_operator() {
        for q in every_switched_query() {
            assert_eq!(unqualified_operator(&q), None, "unqualified operator in: {q}");
        }
    }

    #[test]
    fn the_operator_check_catches_what_it_must() {
        assert!(unqualified_operator("SELECT 1 WHERE a = $1").is_some());
        assert!(unqualified_operator("SELECT 1 WHERE a <> $1").is_some());
        assert!(unqualified_operator("SELECT a || b").is_some());
        assert!(unqualified_operator("SELECT -a").is_some());
        assert!(unqualified_operator("SELECT 1 WHERE a OPERATOR(pg_catalog.=) $1 AND b = 2").is_some());
        assert_eq!(unqualified_operator("SELECT 'a=b', \"x<y\" WHERE a OPERATOR(pg_catalog.<>) $1::pg_catalog.int4"), None);
        assert_eq!(unqualified_operator("SELECT pg_catalog.count(*) FROM t"), None);
        assert_eq!(unqualified_operator("UPDATE t SET a = $1, b = f(x, y) WHERE k OPERATOR(pg_catalog.=) $2"), None);
        assert!(unqualified_operator("UPDATE t SET a = $1 + 1 WHERE k OPERATOR(pg_catalog.=) $2").is_some());
        assert!(unqualified_operator("UPDATE t SET a = $1 WHERE k = $2").is_some());
    }
}
