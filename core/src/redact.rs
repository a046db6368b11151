//! Redaction and Safe Harbor de-identification (to be written).
