//! Who may see plaintext: the decision every disclosure of a sealed value
//! goes through (`encrypted::render` asks [`decide`] and acts on the
//! answer), and the right to compute keyed functions on request.
//!
//! Today's rule: plaintext only for members of the role `phi_reader`
//! (membership is explicit; a superuser is *not* implicitly a member), and
//! only while `phi.sealed_output` is off; everyone else gets the sealed
//! `phi1:` form. Per-class and per-patient policies and break-glass will add
//! outcomes to [`Disclosure`] (a masked form, a refusal) and inputs to
//! [`decide`] (the header's class and subject); `render` already passes the
//! header.

use phi_core::crypto::envelope::Header;
use pgrx::prelude::*;
use std::cell::Cell;

/// What a reader gets for one sealed value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disclosure {
    /// The plaintext.
    Plaintext,
    /// The sealed `phi1:` text form (what `pg_dump` needs to restore).
    Sealed,
}

thread_local! {
    /// (statement stamp, user id) -> may this user see plaintext?
    static READER: Cell<Option<(((i64, u32), pg_sys::Oid), bool)>> = const { Cell::new(None) };
}

/// What the current user sees of a value with this header, now.
pub fn decide(_header: &Header<'_>) -> Disclosure {
    if crate::gucs::sealed_output() {
        return Disclosure::Sealed;
    }
    if is_reader() {
        Disclosure::Plaintext
    } else {
        Disclosure::Sealed
    }
}

/// Whether the current user holds `phi_reader`'s privileges (a superuser
/// only by explicit membership), cached per statement and user.
fn is_reader() -> bool {
    // SAFETY: a read of backend-local state.
    let key = (crate::watch::statement_stamp(), unsafe { pg_sys::GetUserId() });
    if let Some((k, allowed)) = READER.with(Cell::get) {
        if k == key {
            return allowed;
        }
    }
    // SAFETY: catalog lookups on backend state.
    let allowed = unsafe {
        let reader = pg_sys::get_role_oid(c"phi_reader".as_ptr(), true);
        reader != pg_sys::InvalidOid
            && if pg_sys::superuser_arg(key.1) {
                // a superuser holds every role's privileges: only an
                // explicit membership counts
                pg_sys::is_member_of_role_nosuper(key.1, reader)
            } else {
                // as for any privilege: a NOINHERIT member must SET ROLE
                pg_sys::has_privs_of_role(key.1, reader)
            }
    };
    READER.with(|p| p.set(Some((key, allowed))));
    allowed
}

/// Whether the current user holds the right to read plaintext (today:
/// the privileges of `phi_reader`, which superusers hold), regardless of
/// `phi.sealed_output`. Keyed functions computed on request need it: they
/// can be matched against the same function of guessed values.
pub fn plaintext_right() -> bool {
    // SAFETY: catalog lookups on backend state.
    unsafe {
        let reader = pg_sys::get_role_oid(c"phi_reader".as_ptr(), true);
        reader != pg_sys::InvalidOid && pg_sys::has_privs_of_role(pg_sys::GetUserId(), reader)
    }
}

/// Refuses `what` (42501) to a user without plaintext rights.
pub fn require_plaintext_right(what: &'static str) -> Result<(), crate::error::PhiError> {
    if plaintext_right() {
        Ok(())
    } else {
        Err(crate::error::PhiError::NoPlaintextRight(what))
    }
}
