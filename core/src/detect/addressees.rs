//! The addressee's name on the line above a postal address, as letters
//! and mailing labels print it:
//!
//! ```text
//! SUNITA OGUNLEYE
//! 77 Chickadee Lane, Larkvale, OH 97097
//! ```
//!
//! A name in capitals alone on its line, without a role or a title before
//! it, is read with a low score (a heading is written so as often). When
//! the address families found an address that starts the next line, the
//! line is the addressee's: the names family's candidate that fills its
//! line (after spaces, a list's "[3]" / "3." or "To:" at most) is raised
//! to [`SCORE`]. Only a candidate the names family read from its lists is
//! raised, so an organisation's name above its address ("Fernhill
//! Neurology Group") stays unread. Cost: a look at the line above each
//! address found, among the names' low candidates sorted once.

use super::interrupt::every_items;
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.75;

pub(crate) fn extend(text: &str, out: &mut [Finding]) {
    let b = text.as_bytes();
    // the names' low candidates, by start: each address looks up the line
    // above it among them (a bisection, not a walk over every candidate)
    let mut low: Vec<usize> = (0..out.len()).filter(|&k| out[k].kind == PhiType::Name && out[k].score < SCORE).collect();
    if low.is_empty() {
        return;
    }
    low.sort_unstable_by_key(|&k| out[k].start);
    for i in 0..out.len() {
        every_items(i);
        let f = out[i];
        if f.kind != PhiType::Address || f.score < 0.5 {
            continue;
        }
        // the address starts its line: spaces or tabs back to a line's end
        let ls = f.start - b[..f.start].iter().rev().take_while(|&&c| c == b' ' || c == b'\t').count();
        if ls == 0 || b[ls - 1] != b'\n' {
            continue;
        }
        let pe = ls - 1;
        let pl = memchr::memrchr(b'\n', &b[..pe]).map_or(0, |k| k + 1);
        let from = low.partition_point(|&k| out[k].start < pl);
        for j in from..low.len() {
            let g = &mut out[low[j]];
            if g.start >= pe {
                break;
            }
            if g.end <= pe && fills(b, pl, g.start, g.end, pe) {
                g.score = SCORE;
            }
        }
    }
}

/// Whether the name at `s..e` fills the line `pl..pe`: spaces, a list's
/// marker or "To:" before it, spaces or a comma after it.
fn fills(b: &[u8], pl: usize, s: usize, e: usize, pe: usize) -> bool {
    if !b[e..pe].iter().all(|&c| matches!(c, b' ' | b'\t' | b',' | b'\r')) {
        return false;
    }
    let lead = &b[pl..s];
    let lead = &lead[lead.iter().take_while(|&&c| c == b' ' || c == b'\t').count()..];
    let rest = match lead {
        [b'[', r @ ..] => {
            let d = r.iter().take_while(|c| c.is_ascii_digit()).count();
            if d == 0 || r.get(d) != Some(&b']') {
                return false;
            }
            &r[d + 1..]
        }
        [c, ..] if c.is_ascii_digit() => {
            let d = lead.iter().take_while(|c| c.is_ascii_digit()).count();
            if !matches!(lead.get(d), Some(b'.' | b')')) {
                return false;
            }
            &lead[d + 1..]
        }
        _ => lead,
    };
    let rest = rest.strip_prefix(b"To:").or_else(|| rest.strip_prefix(b"TO:")).unwrap_or(rest);
    rest.iter().all(|&c| c == b' ' || c == b'\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_may_stand_around_the_name() {
        let t = b"  [3] RUI RODRIGUES ,\n";
        assert!(fills(t, 0, 6, 19, 21));
        assert!(fills(b"To: Ana Li\n", 0, 4, 10, 10));
        assert!(fills(b"2. Ana Li\n", 0, 3, 9, 9));
        assert!(!fills(b"Patient Ana Li\n", 0, 8, 14, 14));
        assert!(!fills(b"Ana Li called\n", 0, 0, 6, 13));
    }

    #[test]
    fn a_name_in_capitals_above_an_address() {
        let d = crate::detect::Detector::new(&[]).unwrap();
        let t = "06/11/2023\n\nSUNITA OGUNLEYE\n77 Chickadee Lane, Larkvale, OH 97097\n";
        let names: Vec<&str> = d.detect(t, 0.5).iter().filter(|f| f.kind == PhiType::Name).map(|f| &t[f.start..f.end]).collect();
        assert_eq!(names, ["SUNITA OGUNLEYE"]);
        // a heading above the address is no candidate at all
        let t = "FERNHILL NEUROLOGY GROUP\n9238 Ridgeback Rd\n";
        assert!(d.detect(t, 0.5).iter().all(|f| f.kind != PhiType::Name));
    }
}
