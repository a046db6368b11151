//! Recognizers: address (to be written).
use crate::types::Finding;

pub(crate) fn find(_text: &str, _out: &mut Vec<Finding>) {}
