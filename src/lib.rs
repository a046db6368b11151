//! placeholder until the glue is written
