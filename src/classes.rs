//! Data classes (`phi.data_classes`, sql/classes.sql): what kind of data a
//! sealed value is. Its header carries the class; sealing checks it against
//! the table, cached per backend and dropped when the table changes.

use crate::error::PhiError;
use crate::privilege::{as_extension_owner, sql};
use crate::watch;
use pgrx::prelude::*;
use std::cell::RefCell;
use std::collections::HashSet;

/// Class given to values sealed without one (a plain text literal cast to
/// the type); the column trigger re-seals them with the column's class.
pub const UNCLASSIFIED: &str = "unclassified";

thread_local! {
    static CLASSES: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// Whether `class` is a row of `phi.data_classes` (cached per backend).
pub fn check(class: &str) -> Result<(), PhiError> {
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
                return Err(PhiError::Catalog("phi.data_classes", e.to_string()));
            }
        }
    }
    if CLASSES.with(|c| c.borrow().contains(class)) {
        Ok(())
    } else {
        Err(PhiError::UnknownClass)
    }
}
