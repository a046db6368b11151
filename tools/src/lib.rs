//! Synthetic corpus (to be written)
