//! Classification summary and column-name hints (to be written).
