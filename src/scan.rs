//! SQL glue for schema scanning: the pure column-name heuristics that
//! `phi.scan_table` / `phi.scan_schema` (sql/scan.sql) call per column.

use phi_core::classify::{column_hint as hint, recommended_action, suggested_class};
use phi_core::PhiType;
use pgrx::prelude::*;

/// The PHI type a column name suggests (`dob` → `date`), or NULL.
#[pg_extern(immutable, strict, parallel_safe, name = "_column_hint")]
pub fn column_hint(column_name: &str) -> Option<&'static str> {
    hint(column_name).map(PhiType::as_str)
}

/// The data class to protect a column of this PHI type as, or NULL.
#[pg_extern(immutable, strict, parallel_safe, name = "_suggested_class")]
fn suggested_class_sql(phi_type: &str) -> Option<&'static str> {
    phi_type.parse::<PhiType>().ok().map(suggested_class)
}

/// What to do with PHI of this type, or NULL for an unknown type.
#[pg_extern(immutable, strict, parallel_safe, name = "_recommended_action")]
fn recommended_action_sql(phi_type: &str) -> Option<&'static str> {
    phi_type.parse::<PhiType>().ok().map(recommended_action)
}
