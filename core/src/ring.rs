//! A byte ring of length-prefixed records: the audit queue's storage in
//! shared memory, as pure logic over a slice. Positions are byte counts
//! since the ring was created (`u64`, never wrapping in practice), so
//! "everything through position p has been consumed" is one comparison.
//! Callers hold the lock that guards the ring's positions.

/// Bytes of each record's length prefix.
pub const PREFIX: usize = 4;

/// Room left in a ring of `buf.len()` bytes between `tail` and `head`.
pub fn free(cap: usize, head: u64, tail: u64) -> usize {
    cap - (head - tail) as usize
}

/// Appends `rec` at `head` if it fits; returns the new head (the record's
/// end position), or `None` when the ring lacks room.
pub fn push(buf: &mut [u8], head: u64, tail: u64, rec: &[u8]) -> Option<u64> {
    let need = PREFIX + rec.len();
    if rec.len() > u32::MAX as usize || need > free(buf.len(), head, tail) {
        return None;
    }
    let mut at = head;
    at = copy_in(buf, at, &(rec.len() as u32).to_le_bytes());
    Some(copy_in(buf, at, rec))
}

/// The record at `tail` (if `tail < head`) and the position after it.
pub fn read(buf: &[u8], tail: u64, head: u64) -> Option<(Vec<u8>, u64)> {
    if tail >= head {
        return None;
    }
    let mut len = [0u8; PREFIX];
    let at = copy_out(buf, tail, &mut len);
    let n = u32::from_le_bytes(len) as usize;
    if at + n as u64 > head {
        return None; // cannot happen with push; refuse rather than read garbage
    }
    let mut rec = vec![0u8; n];
    let end = copy_out(buf, at, &mut rec);
    Some((rec, end))
}

fn copy_in(buf: &mut [u8], pos: u64, src: &[u8]) -> u64 {
    let cap = buf.len();
    let start = (pos % cap as u64) as usize;
    let first = src.len().min(cap - start);
    buf[start..start + first].copy_from_slice(&src[..first]);
    buf[..src.len() - first].copy_from_slice(&src[first..]);
    pos + src.len() as u64
}

fn copy_out(buf: &[u8], pos: u64, dst: &mut [u8]) -> u64 {
    let cap = buf.len();
    let start = (pos % cap as u64) as usize;
    let first = dst.len().min(cap - start);
    dst[..first].copy_from_slice(&buf[start..start + first]);
    let rest = dst.len() - first;
    dst[first..].copy_from_slice(&buf[..rest]);
    pos + dst.len() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_come_out_in_order_across_the_wrap() {
        let mut buf = vec![0u8; 64];
        let (mut head, mut tail) = (0u64, 0u64);
        let mut expected = std::collections::VecDeque::new();
        for i in 0..500u32 {
            let rec: Vec<u8> = (0..(i % 23) as u8).map(|b| b.wrapping_mul(i as u8)).collect();
            loop {
                if let Some(h) = push(&mut buf, head, tail, &rec) {
                    head = h;
                    expected.push_back(rec.clone());
                    break;
                }
                let (got, t) = read(&buf, tail, head).expect("a full ring has a record");
                assert_eq!(got, expected.pop_front().unwrap());
                tail = t;
            }
        }
        while let Some((got, t)) = read(&buf, tail, head) {
            assert_eq!(got, expected.pop_front().unwrap());
            tail = t;
        }
        assert!(expected.is_empty());
        assert_eq!(tail, head);
    }

    #[test]
    fn refuses_a_record_larger_than_the_room() {
        let mut buf = vec![0u8; 16];
        assert_eq!(push(&mut buf, 0, 0, &[1; 12]), Some(16));
        assert_eq!(push(&mut buf, 16, 0, &[]), None);
        assert_eq!(push(&mut buf, 0, 0, &[1; 13]), None);
        assert_eq!(read(&buf, 0, 16), Some((vec![1; 12], 16)));
    }
}
