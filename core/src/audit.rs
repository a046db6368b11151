//! The audit trail's hash chain, as pure logic: the canonical encoding of
//! an audit row, the chained hash, and the verification that finds every
//! break (a row edited, deleted, inserted or moved).
//!
//! Each row's `hash` is SHA-256 over a domain tag, the previous row's
//! `hash` (its `prev_hash`) and the row's canonical encoding. The encoding
//! is unambiguous: every field is tagged NULL or present, and present
//! fields carry their length, so no two different rows encode alike.
//! The chain starts from [`GENESIS`]; a purge leaves a checkpoint row whose
//! `prev_hash` is the hash of the last row purged, so the rest still
//! verifies.

use sha2::{Digest as _, Sha256};

/// A chain hash.
pub type Hash = [u8; 32];

/// The `prev_hash` of the first row.
pub const GENESIS: Hash = [0u8; 32];

const DOMAIN: &[u8] = b"pg_phi audit v1\0";

/// One field of a row, in the row's column order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field<'a> {
    Null,
    Int(i64),
    Text(&'a str),
    Bytes(&'a [u8]),
    /// A text array (e.g. the data classes of an event); elements are
    /// never NULL.
    TextArray(&'a [&'a str]),
    /// A bytea array (the subject digests of an event); elements are
    /// never NULL.
    BytesArray(&'a [&'a [u8]]),
}

/// The canonical encoding of a row's fields (everything but `prev_hash`
/// and `hash`).
pub fn canonical(fields: &[Field<'_>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 * fields.len());
    out.extend_from_slice(&(fields.len() as u32).to_be_bytes());
    for f in fields {
        match f {
            Field::Null => out.push(0),
            Field::Int(v) => {
                out.push(1);
                out.extend_from_slice(&v.to_be_bytes());
            }
            Field::Text(s) => {
                out.push(2);
                put(&mut out, s.as_bytes());
            }
            Field::Bytes(b) => {
                out.push(3);
                put(&mut out, b);
            }
            Field::TextArray(a) => {
                out.push(4);
                out.extend_from_slice(&(a.len() as u32).to_be_bytes());
                for s in a.iter() {
                    put(&mut out, s.as_bytes());
                }
            }
            Field::BytesArray(a) => {
                out.push(5);
                out.extend_from_slice(&(a.len() as u32).to_be_bytes());
                for b in a.iter() {
                    put(&mut out, b);
                }
            }
        }
    }
    out
}

fn put(out: &mut Vec<u8>, b: &[u8]) {
    out.extend_from_slice(&(b.len() as u64).to_be_bytes());
    out.extend_from_slice(b);
}

/// The hash of a row whose predecessor's hash is `prev`.
pub fn chain(prev: &Hash, canonical: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update(DOMAIN);
    h.update(prev);
    h.update(canonical);
    h.finalize().into()
}

/// A stored row as the verifier reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub seq: i64,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
    /// The canonical encoding recomputed from the row's stored fields.
    pub canonical: Vec<u8>,
}

/// What is wrong at a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakKind {
    /// The row's fields no longer hash to its stored hash: edited.
    Edited,
    /// The row does not follow the row before it (its `prev_hash` is not
    /// that row's hash): rows between were deleted, or it was inserted or
    /// moved.
    Unlinked,
    /// Its sequence number does not follow the previous row's.
    SeqGap,
}

impl BreakKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BreakKind::Edited => "edited",
            BreakKind::Unlinked => "unlinked",
            BreakKind::SeqGap => "seq_gap",
        }
    }
}

/// A break in the chain at row `seq`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Break {
    pub seq: i64,
    pub kind: BreakKind,
}

/// Walks rows in `seq` order and reports every break. `start` is the
/// hash the first row must follow (its predecessor's, or [`GENESIS`]),
/// `None` to take the first row's `prev_hash` on trust (verifying from the
/// middle). Returns the breaks and the hash of the last row (the chain's
/// head as verified).
pub struct Verifier {
    expect_prev: Option<Vec<u8>>,
    last_seq: Option<i64>,
    pub breaks: Vec<Break>,
    pub rows: u64,
}

impl Verifier {
    pub fn new(start: Option<Hash>) -> Verifier {
        Verifier { expect_prev: start.map(|h| h.to_vec()), last_seq: None, breaks: Vec::new(), rows: 0 }
    }

    /// Checks the next row.
    pub fn push(&mut self, row: &Stored) {
        self.rows += 1;
        if let Some(last) = self.last_seq {
            if row.seq != last + 1 {
                self.breaks.push(Break { seq: row.seq, kind: BreakKind::SeqGap });
            }
        }
        if let Some(expect) = &self.expect_prev {
            if &row.prev_hash != expect {
                self.breaks.push(Break { seq: row.seq, kind: BreakKind::Unlinked });
            }
        }
        let recomputed = row.prev_hash.as_slice().try_into().ok().map(|p: Hash| chain(&p, &row.canonical));
        if recomputed.as_ref().map(|h| &h[..]) != Some(row.hash.as_slice()) {
            self.breaks.push(Break { seq: row.seq, kind: BreakKind::Edited });
        }
        // the next row must follow this row's stored hash (an edited row
        // is reported once, not again at its successor)
        self.expect_prev = Some(row.hash.clone());
        self.last_seq = Some(row.seq);
    }

    /// The stored hash of the last row seen.
    pub fn head(&self) -> Option<&[u8]> {
        self.expect_prev.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(seq: i64, who: &str, what: &str) -> Vec<u8> {
        canonical(&[Field::Int(seq), Field::Text(who), Field::Text(what), Field::Null, Field::TextArray(&["ssn", "name"])])
    }

    fn build(n: i64) -> Vec<Stored> {
        let mut prev = GENESIS;
        (1..=n)
            .map(|seq| {
                let c = row(seq, "alice", "read");
                let h = chain(&prev, &c);
                let s = Stored { seq, prev_hash: prev.to_vec(), hash: h.to_vec(), canonical: c };
                prev = h;
                s
            })
            .collect()
    }

    fn verify(rows: &[Stored]) -> Vec<Break> {
        let mut v = Verifier::new(Some(GENESIS));
        for r in rows {
            v.push(r);
        }
        v.breaks
    }

    #[test]
    fn a_clean_chain_verifies() {
        let rows = build(1000);
        assert!(verify(&rows).is_empty());
        let mut v = Verifier::new(Some(GENESIS));
        rows.iter().for_each(|r| v.push(r));
        assert_eq!(v.head(), Some(&rows[999].hash[..]));
        assert_eq!(v.rows, 1000);
    }

    #[test]
    fn encoding_is_unambiguous() {
        // moving a byte between adjacent fields, NULL against empty, a
        // one-element array against a text
        assert_ne!(canonical(&[Field::Text("ab"), Field::Text("c")]), canonical(&[Field::Text("a"), Field::Text("bc")]));
        assert_ne!(canonical(&[Field::Null]), canonical(&[Field::Text("")]));
        assert_ne!(canonical(&[Field::TextArray(&["x"])]), canonical(&[Field::Text("x")]));
        assert_ne!(canonical(&[Field::TextArray(&["a,b"])]), canonical(&[Field::TextArray(&["a", "b"])]));
        assert_ne!(canonical(&[Field::Int(1)]), canonical(&[Field::Int(1), Field::Null]));
        assert_ne!(canonical(&[Field::Bytes(b"x")]), canonical(&[Field::Text("x")]));
    }

    #[test]
    fn an_edited_row_is_found() {
        let mut rows = build(10);
        rows[4].canonical = row(5, "mallory", "read");
        assert_eq!(verify(&rows), vec![Break { seq: 5, kind: BreakKind::Edited }]);
    }

    #[test]
    fn an_edit_with_its_hash_recomputed_breaks_the_next_link() {
        let mut rows = build(10);
        rows[4].canonical = row(5, "mallory", "read");
        let prev: Hash = rows[4].prev_hash.clone().try_into().unwrap();
        rows[4].hash = chain(&prev, &rows[4].canonical).to_vec();
        assert_eq!(verify(&rows), vec![Break { seq: 6, kind: BreakKind::Unlinked }]);
    }

    #[test]
    fn a_deleted_row_is_found() {
        let mut rows = build(10);
        rows.remove(3);
        let b = verify(&rows);
        assert!(b.contains(&Break { seq: 5, kind: BreakKind::SeqGap }), "{b:?}");
        assert!(b.contains(&Break { seq: 5, kind: BreakKind::Unlinked }), "{b:?}");
    }

    #[test]
    fn an_inserted_row_is_found() {
        let mut rows = build(10);
        let c = row(11, "mallory", "read");
        let forged = Stored { seq: 11, prev_hash: GENESIS.to_vec(), hash: chain(&GENESIS, &c).to_vec(), canonical: c };
        rows.insert(5, forged);
        let b = verify(&rows);
        assert!(b.iter().any(|x| x.seq == 11 && x.kind == BreakKind::Unlinked), "{b:?}");
        assert!(b.iter().any(|x| x.seq == 6 && x.kind == BreakKind::Unlinked), "{b:?}");
    }

    #[test]
    fn swapped_rows_are_found() {
        let mut rows = build(10);
        rows.swap(2, 3);
        let b = verify(&rows);
        assert!(b.iter().any(|x| x.kind == BreakKind::Unlinked), "{b:?}");
        assert!(b.iter().any(|x| x.kind == BreakKind::SeqGap), "{b:?}");
    }

    #[test]
    fn a_truncated_tail_verifies_alone_but_not_against_the_head() {
        let rows = build(10);
        let head = rows[9].hash.clone();
        let cut = &rows[..7];
        assert!(verify(cut).is_empty(), "a tail cut leaves a valid chain: only a stored head shows it");
        let mut v = Verifier::new(Some(GENESIS));
        cut.iter().for_each(|r| v.push(r));
        assert_ne!(v.head(), Some(&head[..]));
    }

    #[test]
    fn verifying_from_the_middle() {
        let rows = build(10);
        let mut v = Verifier::new(None);
        rows[5..].iter().for_each(|r| v.push(r));
        assert!(v.breaks.is_empty());
        let mut v = Verifier::new(Some(GENESIS));
        rows[5..].iter().for_each(|r| v.push(r));
        assert_eq!(v.breaks, vec![Break { seq: 6, kind: BreakKind::Unlinked }]);
    }
}
