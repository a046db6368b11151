//! An audit event as it travels from the backend that saw it to the
//! background worker that chains it into `phi.audit_log`: every column but
//! `seq`, `prev_hash` and `hash` (which only the writer knows), and a
//! compact binary encoding for the shared-memory queue.
//!
//! The encoding is private to one server (both ends are the same library),
//! so it is simple rather than versioned: a magic byte, then each field in
//! order; strings and byte strings as a `u32` length and the bytes;
//! optional fields behind a presence byte. [`Event::decode`] refuses
//! anything that does not parse to the last byte.

/// The most subject digests one event carries. A statement that read the
/// values of more patients is recorded as several events (each with its
/// share of the row count), so a million-patient SELECT writes thousands
/// of rows, not millions, and each patient is still named exactly.
pub const MAX_SUBJECTS: usize = 256;

/// Subject digests are this long (`crypto::mac::subject_digest`).
pub const SUBJECT_LEN: usize = 16;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Event {
    /// Microseconds since 1970-01-01 UTC.
    pub occurred_us: i64,
    pub actor: String,
    pub session_user: String,
    pub client_addr: Option<String>,
    pub application_name: Option<String>,
    pub backend_pid: i32,
    /// The reader's top-level transaction id, if it had one.
    pub xid: Option<i64>,
    pub action: String,
    pub relation: Option<String>,
    pub classes: Vec<String>,
    pub subjects: Vec<[u8; SUBJECT_LEN]>,
    pub row_count: i64,
    pub statement_kind: Option<String>,
    pub outcome: String,
    pub reason: Option<String>,
    pub purpose: Option<String>,
}

const MAGIC: u8 = 0xA7;

/// Why bytes are not an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeError;

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("malformed audit event")
    }
}

impl Event {
    pub fn encode(&self) -> Vec<u8> {
        let mut o = Vec::with_capacity(128 + self.subjects.len() * SUBJECT_LEN);
        o.push(MAGIC);
        o.extend_from_slice(&self.occurred_us.to_le_bytes());
        str(&mut o, &self.actor);
        str(&mut o, &self.session_user);
        opt(&mut o, self.client_addr.as_deref());
        opt(&mut o, self.application_name.as_deref());
        o.extend_from_slice(&self.backend_pid.to_le_bytes());
        match self.xid {
            Some(x) => {
                o.push(1);
                o.extend_from_slice(&x.to_le_bytes());
            }
            None => o.push(0),
        }
        str(&mut o, &self.action);
        opt(&mut o, self.relation.as_deref());
        o.extend_from_slice(&(self.classes.len() as u32).to_le_bytes());
        for c in &self.classes {
            str(&mut o, c);
        }
        o.extend_from_slice(&(self.subjects.len() as u32).to_le_bytes());
        for s in &self.subjects {
            o.extend_from_slice(s);
        }
        o.extend_from_slice(&self.row_count.to_le_bytes());
        opt(&mut o, self.statement_kind.as_deref());
        str(&mut o, &self.outcome);
        opt(&mut o, self.reason.as_deref());
        opt(&mut o, self.purpose.as_deref());
        o
    }

    pub fn decode(b: &[u8]) -> Result<Event, DecodeError> {
        let mut r = Reader { b, at: 0 };
        if r.take(1)? != [MAGIC] {
            return Err(DecodeError);
        }
        let occurred_us = r.i64()?;
        let actor = r.string()?;
        let session_user = r.string()?;
        let client_addr = r.opt()?;
        let application_name = r.opt()?;
        let backend_pid = i32::from_le_bytes(r.take(4)?.try_into().map_err(|_| DecodeError)?);
        let xid = match r.take(1)?[0] {
            0 => None,
            1 => Some(r.i64()?),
            _ => return Err(DecodeError),
        };
        let action = r.string()?;
        let relation = r.opt()?;
        let nc = r.u32()? as usize;
        let mut classes = Vec::with_capacity(nc.min(64));
        for _ in 0..nc {
            classes.push(r.string()?);
        }
        let ns = r.u32()? as usize;
        if ns > MAX_SUBJECTS {
            return Err(DecodeError);
        }
        let mut subjects = Vec::with_capacity(ns);
        for _ in 0..ns {
            subjects.push(r.take(SUBJECT_LEN)?.try_into().map_err(|_| DecodeError)?);
        }
        let row_count = r.i64()?;
        let statement_kind = r.opt()?;
        let outcome = r.string()?;
        let reason = r.opt()?;
        let purpose = r.opt()?;
        if r.at != b.len() {
            return Err(DecodeError);
        }
        Ok(Event {
            occurred_us,
            actor,
            session_user,
            client_addr,
            application_name,
            backend_pid,
            xid,
            action,
            relation,
            classes,
            subjects,
            row_count,
            statement_kind,
            outcome,
            reason,
            purpose,
        })
    }
}

fn str(o: &mut Vec<u8>, s: &str) {
    o.extend_from_slice(&(s.len() as u32).to_le_bytes());
    o.extend_from_slice(s.as_bytes());
}

fn opt(o: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => {
            o.push(1);
            str(o, s);
        }
        None => o.push(0),
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.at.checked_add(n).ok_or(DecodeError)?;
        let s = self.b.get(self.at..end).ok_or(DecodeError)?;
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, DecodeError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().map_err(|_| DecodeError)?))
    }
    fn i64(&mut self) -> Result<i64, DecodeError> {
        Ok(i64::from_le_bytes(self.take(8)?.try_into().map_err(|_| DecodeError)?))
    }
    fn string(&mut self) -> Result<String, DecodeError> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| DecodeError)
    }
    fn opt(&mut self) -> Result<Option<String>, DecodeError> {
        match self.take(1)?[0] {
            0 => Ok(None),
            1 => Ok(Some(self.string()?)),
            _ => Err(DecodeError),
        }
    }
}

/// Splits the subjects of one aggregated read into events of at most
/// [`MAX_SUBJECTS`] digests each, sharing the row count out by each
/// subject's own count. `counts` pairs each digest with its rows; the
/// result pairs each chunk with the rows it covers (their sum is the
/// total).
pub fn chunk_subjects(counts: &[([u8; SUBJECT_LEN], i64)]) -> Vec<(Vec<[u8; SUBJECT_LEN]>, i64)> {
    counts
        .chunks(MAX_SUBJECTS)
        .map(|c| (c.iter().map(|(s, _)| *s).collect(), c.iter().map(|(_, n)| *n).sum()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Event {
        Event {
            occurred_us: 1_700_000_000_123_456,
            actor: "dr_smith".into(),
            session_user: "dr_smith".into(),
            client_addr: Some("10.0.0.7/32".into()),
            application_name: None,
            backend_pid: 4242,
            xid: Some(991),
            action: "read".into(),
            relation: Some("clinic.patients".into()),
            classes: vec!["ssn".into(), "note".into()],
            subjects: vec![[7; 16], [9; 16]],
            row_count: 12,
            statement_kind: Some("SELECT".into()),
            outcome: "plaintext".into(),
            reason: None,
            purpose: Some("treatment".into()),
        }
    }

    #[test]
    fn round_trips() {
        let e = sample();
        assert_eq!(Event::decode(&e.encode()).unwrap(), e);
        let empty = Event::default();
        assert_eq!(Event::decode(&empty.encode()).unwrap(), empty);
    }

    #[test]
    fn refuses_every_truncation_and_trailing_bytes() {
        let b = sample().encode();
        for n in 0..b.len() {
            assert_eq!(Event::decode(&b[..n]), Err(DecodeError), "prefix of {n} bytes");
        }
        let mut longer = b.clone();
        longer.push(0);
        assert_eq!(Event::decode(&longer), Err(DecodeError));
        let mut bad_magic = b;
        bad_magic[0] ^= 1;
        assert_eq!(Event::decode(&bad_magic), Err(DecodeError));
    }

    #[test]
    fn refuses_more_subjects_than_an_event_holds() {
        let mut e = sample();
        e.subjects = vec![[1; 16]; MAX_SUBJECTS + 1];
        assert_eq!(Event::decode(&e.encode()), Err(DecodeError));
    }

    #[test]
    fn chunks_keep_every_subject_and_the_total() {
        let counts: Vec<([u8; 16], i64)> = (0..600u32).map(|i| ([(i % 251) as u8; 16], i64::from(i % 3) + 1)).collect();
        let chunks = chunk_subjects(&counts);
        assert_eq!(chunks.len(), 3);
        assert!(chunks.iter().all(|(s, _)| s.len() <= MAX_SUBJECTS));
        assert_eq!(chunks.iter().map(|(s, _)| s.len()).sum::<usize>(), 600);
        assert_eq!(chunks.iter().map(|(_, n)| n).sum::<i64>(), counts.iter().map(|(_, n)| n).sum::<i64>());
    }
}
