//! Scoring on Microsoft Presidio's recognizer unit-test vectors
//! (`tests/corpora/presidio_vectors/`, see its README).
//!
//! A vector is one row of a Presidio recognizer test: a text, the Presidio
//! entity the test is about, and the spans the recognizer must return (none
//! for a row expecting no match), in code-point offsets. Each entity maps to
//! the pg_phi type(s) that mean the same thing ([`MAPPING`]).
//!
//! Pass rule, the same for every tool: take the tool's findings in the
//! vector's text, at its default threshold, whose type is one of the
//! entity's mapped types; the vector passes when those findings and the
//! expected spans correspond one to one by overlap: there is a pairing of
//! every finding with a distinct expected span it overlaps, covering every
//! expected span (so as many findings as expected spans, none left over on
//! either side). A vector expecting nothing passes when there is no such
//! finding. Findings of other types are ignored.

use crate::eval::{char_boundaries, char_range_to_bytes, jsonl_lines, optional_score};
use phi_core::{Detector, Finding, PhiType};
use std::collections::HashMap;
use std::fmt::Write as _;

use PhiType::*;

/// Presidio entity -> the pg_phi types that mean the same thing.
pub const MAPPING: &[(&str, &[PhiType])] = &[
    ("US_SSN", &[Ssn]),
    ("PHONE_NUMBER", &[Phone, Fax]),
    ("EMAIL_ADDRESS", &[Email]),
    ("URL", &[Url]),
    ("IP_ADDRESS", &[IpAddress]),
    ("CREDIT_CARD", &[Account]),
    ("IBAN_CODE", &[Account]),
    ("US_BANK_NUMBER", &[Account]),
    ("US_DRIVER_LICENSE", &[License]),
    ("US_PASSPORT", &[Id]),
    ("US_ITIN", &[Id, Ssn]),
    ("MEDICAL_LICENSE", &[License]),
    ("US_NPI", &[License]),
    ("US_MBI", &[HealthPlan]),
    ("DATE_TIME", &[Date]),
    ("UK_NHS", &[HealthPlan]),
    ("UK_NINO", &[Ssn, Id]),
    ("CA_SIN", &[Ssn, Id]),
    ("PL_PESEL", &[Ssn, Id]),
    ("SE_PERSONNUMMER", &[Ssn, Id]),
    ("IN_AADHAAR", &[Ssn, Id]),
    ("ES_NIF", &[Ssn, Id]),
    ("ES_NIE", &[Ssn, Id]),
    ("IT_FISCAL_CODE", &[Ssn, Id]),
    ("AU_TFN", &[Ssn, Id]),
    ("AU_MEDICARE", &[HealthPlan]),
    ("KR_RRN", &[Ssn, Id]),
    ("FI_PERSONAL_IDENTITY_CODE", &[Ssn, Id]),
    ("SG_NRIC_FIN", &[Ssn, Id]),
    ("TR_NATIONAL_ID", &[Ssn, Id]),
    ("ZA_ID_NUMBER", &[Ssn, Id]),
    ("MAC_ADDRESS", &[Device, Id]),
];

/// The pg_phi types `entity` maps to, `None` for an entity not in [`MAPPING`].
pub fn mapped_types(entity: &str) -> Option<&'static [PhiType]> {
    MAPPING.iter().find(|(e, _)| *e == entity).map(|(_, t)| *t)
}

/// `a|b` for a list of types.
pub fn types_label(types: &[PhiType]) -> String {
    types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join("|")
}

/// One test vector.
#[derive(Clone, Debug)]
pub struct Vector {
    pub id: u64,
    /// The Presidio test file's stem, e.g. `test_us_ssn_recognizer`.
    pub recognizer: String,
    /// The Presidio entity, e.g. `US_SSN`.
    pub entity: String,
    pub types: &'static [PhiType],
    pub text: String,
    /// Expected spans as in the file: code-point offsets, end exclusive.
    pub expected_chars: Vec<(usize, usize)>,
    /// The same spans as byte offsets into `text`.
    pub expected: Vec<(usize, usize)>,
    /// `text`'s length in code points.
    pub chars: usize,
}

/// Parses `vectors.jsonl`: one `{"id", "recognizer", "entity", "text",
/// "expected": [[start, end], ...]}` per line, offsets in code points.
/// Blank lines are skipped. Errors (with the line number) for invalid JSON,
/// a missing field, a duplicate id, an entity not in [`MAPPING`], or an
/// expected span that is empty, reversed or outside the text.
pub fn parse_vectors_jsonl(input: &str) -> Result<Vec<Vector>, String> {
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (ln, _, v) in jsonl_lines(input) {
        let err = |m: String| format!("line {ln}: {m}");
        let v = v.map_err(|e| err(format!("invalid JSON ({e})")))?;
        let id = v.get("id").and_then(|x| x.as_u64()).ok_or_else(|| err("missing or non-integer \"id\"".into()))?;
        if !ids.insert(id) {
            return Err(err(format!("duplicate id {id}")));
        }
        let string = |k: &str| -> Result<String, String> {
            v.get(k).and_then(|x| x.as_str()).map(str::to_string).ok_or_else(|| err(format!("vector {id}: missing \"{k}\"")))
        };
        let recognizer = string("recognizer")?;
        let entity = string("entity")?;
        let text = string("text")?;
        let types = mapped_types(&entity).ok_or_else(|| err(format!("vector {id}: entity {entity} has no pg_phi mapping")))?;
        let bounds = char_boundaries(&text);
        let chars = bounds.len() - 1;
        let raw = v
            .get("expected")
            .and_then(|x| x.as_array())
            .ok_or_else(|| err(format!("vector {id}: missing \"expected\" array")))?;
        let mut expected_chars = Vec::with_capacity(raw.len());
        let mut expected = Vec::with_capacity(raw.len());
        for (k, sp) in raw.iter().enumerate() {
            let pair: Option<(usize, usize)> = sp.as_array().filter(|a| a.len() == 2).and_then(|a| {
                Some((a[0].as_u64()? as usize, a[1].as_u64()? as usize))
            });
            let (s, e) = pair.ok_or_else(|| err(format!("vector {id}, span {k}: not a [start, end] pair of integers")))?;
            if s >= e {
                return Err(err(format!("vector {id}, span {k}: empty or reversed range {s}..{e}")));
            }
            let b = char_range_to_bytes(&bounds, s, e)
                .ok_or_else(|| err(format!("vector {id}, span {k}: range {s}..{e} outside the text ({chars} chars)")))?;
            expected_chars.push((s, e));
            expected.push(b);
        }
        out.push(Vector { id, recognizer, entity, types, text, expected_chars, expected, chars });
    }
    Ok(out)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Whether `found` and `expected` correspond one to one by overlap: a
/// perfect matching of the bipartite "overlaps" graph (equal counts, every
/// finding paired with a distinct expected span it overlaps).
pub fn one_to_one(expected: &[(usize, usize)], found: &[(usize, usize)]) -> bool {
    if expected.len() != found.len() {
        return false;
    }
    // Kuhn's augmenting paths; the lists hold a handful of spans.
    fn augment(
        f: usize,
        expected: &[(usize, usize)],
        found: &[(usize, usize)],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for (e, &span) in expected.iter().enumerate() {
            if seen[e] || !overlaps(span, found[f]) {
                continue;
            }
            seen[e] = true;
            if owner[e].is_none() || augment(owner[e].unwrap(), expected, found, seen, owner) {
                owner[e] = Some(f);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; expected.len()];
    (0..found.len()).all(|f| augment(f, expected, found, &mut vec![false; expected.len()], &mut owner))
}

/// One tool's finding in a vector's text, byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// pg_phi type name, or the other tool's entity.
    pub label: String,
    pub start: usize,
    pub end: usize,
    pub score: f32,
    /// Whether it is of one of the vector's mapped types (what the pass
    /// rule looks at).
    pub counted: bool,
    /// The other tool's name for what produced it (e.g. Presidio's
    /// recognizer), if given.
    pub by: Option<String>,
}

/// One tool's outcome on one vector.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub pass: bool,
    /// Every finding in the text (counted or not), by start offset.
    pub found: Vec<Found>,
}

/// Applies the pass rule to `found` (its `counted` findings).
pub fn judge(v: &Vector, mut found: Vec<Found>) -> Outcome {
    found.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    let spans: Vec<(usize, usize)> = found.iter().filter(|f| f.counted).map(|f| (f.start, f.end)).collect();
    Outcome { pass: one_to_one(&v.expected, &spans), found }
}

/// pg_phi's outcome on `v`: `detector.detect(text, min_score)`, findings of
/// the vector's mapped types counted.
pub fn run_detector(v: &Vector, detector: &Detector, min_score: f32) -> Outcome {
    let found = detector
        .detect(&v.text, min_score)
        .into_iter()
        .map(|f: Finding| Found {
            label: f.kind.as_str().to_string(),
            start: f.start,
            end: f.end,
            score: f.score,
            counted: v.types.contains(&f.kind),
            by: None,
        })
        .collect();
    judge(v, found)
}

/// pg_phi's outcome on every vector.
pub fn run_all(vectors: &[Vector], detector: &Detector, min_score: f32) -> Vec<Outcome> {
    vectors.iter().map(|v| run_detector(v, detector, min_score)).collect()
}

/// Reads another tool's results (see `bench/presidio/vectors.py`): one
/// `{"id": <vector id>, "entity": "<Presidio entity>", "start": s, "end": e,
/// "score": x, "text_chars": n, "recognizer": "<name>"}` per finding, offsets
/// in code points; `score`, `text_chars` (checked against the vector's text)
/// and `recognizer` are optional. A finding counts when its entity maps to
/// a type the vector's entity maps to (the same rule as pg_phi's findings).
/// Returns the outcome of every vector, in `vectors` order.
pub fn parse_other_jsonl(input: &str, vectors: &[Vector]) -> Result<Vec<Outcome>, String> {
    let index: HashMap<u64, usize> = vectors.iter().enumerate().map(|(i, v)| (v.id, i)).collect();
    let mut found: Vec<Vec<Found>> = vec![Vec::new(); vectors.len()];
    let mut bounds: Vec<Option<Vec<usize>>> = vec![None; vectors.len()];
    for (ln, _, o) in jsonl_lines(input) {
        let err = |m: String| format!("line {ln}: {m}");
        let o = o.map_err(|e| err(format!("invalid JSON ({e})")))?;
        let uint = |k: &str| -> Result<usize, String> {
            o.get(k).and_then(|x| x.as_u64()).map(|x| x as usize).ok_or_else(|| err(format!("missing or non-integer \"{k}\"")))
        };
        let id = uint("id")? as u64;
        let i = *index.get(&id).ok_or_else(|| err(format!("vector id {id} not in the vectors")))?;
        let v = &vectors[i];
        let entity = o.get("entity").and_then(|x| x.as_str()).ok_or_else(|| err("missing \"entity\"".into()))?;
        if o.get("text_chars").is_some() && uint("text_chars")? != v.chars {
            return Err(err(format!(
                "vector {id} has {} chars here but {} where analysed: different vectors.jsonl?",
                v.chars,
                uint("text_chars")?
            )));
        }
        let (s, e) = (uint("start")?, uint("end")?);
        let b = bounds[i].get_or_insert_with(|| char_boundaries(&v.text));
        let (bs, be) = char_range_to_bytes(b, s, e)
            .ok_or_else(|| err(format!("range {s}..{e} outside vector {id} ({} chars)", v.chars)))?;
        let score = optional_score(&o).map_err(err)?;
        let counted = mapped_types(entity).map(|t| t.iter().any(|k| v.types.contains(k))).unwrap_or(false);
        let by = o.get("recognizer").and_then(|x| x.as_str()).map(str::to_string);
        found[i].push(Found { label: entity.to_string(), start: bs, end: be, score, counted, by });
    }
    Ok(vectors.iter().zip(found).map(|(v, f)| judge(v, f)).collect())
}

/// Pass counts of one recognizer (test file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub recognizer: String,
    pub entity: String,
    pub types: &'static [PhiType],
    pub total: usize,
    pub passed: usize,
    pub failed_ids: Vec<u64>,
}

/// Per recognizer, in the order the recognizers first appear in `vectors`.
pub fn tally(vectors: &[Vector], outcomes: &[Outcome]) -> Vec<Tally> {
    let mut out: Vec<Tally> = Vec::new();
    for (v, o) in vectors.iter().zip(outcomes) {
        let t = match out.iter().position(|t| t.recognizer == v.recognizer && t.entity == v.entity) {
            Some(i) => &mut out[i],
            None => {
                out.push(Tally {
                    recognizer: v.recognizer.clone(),
                    entity: v.entity.clone(),
                    types: v.types,
                    total: 0,
                    passed: 0,
                    failed_ids: Vec::new(),
                });
                out.last_mut().unwrap()
            }
        };
        t.total += 1;
        if o.pass {
            t.passed += 1;
        } else {
            t.failed_ids.push(v.id);
        }
    }
    out
}

/// Vectors passed, of the total.
pub fn totals(tallies: &[Tally]) -> (usize, usize) {
    (tallies.iter().map(|t| t.passed).sum(), tallies.iter().map(|t| t.total).sum())
}

fn pct(p: usize, n: usize) -> String {
    if n == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * p as f64 / n as f64)
    }
}

/// The per-recognizer table for one tool, then the total.
pub fn render(tallies: &[Tally], tool: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{:<42} {:<26} {:<11} {:>9}", "recognizer (Presidio test file)", "entity", "pg_phi type", tool);
    for t in tallies {
        let _ = writeln!(
            s,
            "{:<42} {:<26} {:<11} {:>9}",
            t.recognizer,
            t.entity,
            types_label(t.types),
            format!("{}/{}", t.passed, t.total)
        );
    }
    let (p, n) = totals(tallies);
    let _ = writeln!(s, "{:<42} {:<26} {:<11} {:>9}  ({})", "TOTAL", "", "", format!("{p}/{n}"), pct(p, n));
    s
}

/// Two tools side by side on the same vectors (`ours` and `other` from the
/// same `vectors`), with the totals and how the passes overlap.
pub fn render_comparison(
    vectors: &[Vector],
    ours: &[Outcome],
    other: &[Outcome],
    other_name: &str,
) -> String {
    let (a, b) = (tally(vectors, ours), tally(vectors, other));
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<42} {:<26} {:<11} {:>9} {:>9}",
        "recognizer (Presidio test file)", "entity", "pg_phi type", "pg_phi", other_name
    );
    for (x, y) in a.iter().zip(&b) {
        let mark = match x.passed.cmp(&y.passed) {
            std::cmp::Ordering::Greater => "  +",
            std::cmp::Ordering::Less => "  -",
            std::cmp::Ordering::Equal => "",
        };
        let _ = writeln!(
            s,
            "{:<42} {:<26} {:<11} {:>9} {:>9}{mark}",
            x.recognizer,
            x.entity,
            types_label(x.types),
            format!("{}/{}", x.passed, x.total),
            format!("{}/{}", y.passed, y.total)
        );
    }
    let ((pa, n), (pb, _)) = (totals(&a), totals(&b));
    let _ = writeln!(
        s,
        "{:<42} {:<26} {:<11} {:>9} {:>9}",
        "TOTAL",
        "",
        "",
        format!("{pa}/{n}"),
        format!("{pb}/{n}")
    );
    let _ = writeln!(s, "{:<42} {:<26} {:<11} {:>9} {:>9}", "", "", "", pct(pa, n), pct(pb, n));
    let both = ours.iter().zip(other).filter(|(x, y)| x.pass && y.pass).count();
    let only_a = ours.iter().zip(other).filter(|(x, y)| x.pass && !y.pass).count();
    let only_b = ours.iter().zip(other).filter(|(x, y)| !x.pass && y.pass).count();
    let _ = writeln!(
        s,
        "\n(+/-: pg_phi passes more/fewer of that file's vectors)\nboth pass {both}, only pg_phi {only_a}, only {other_name} {only_b}, neither {}",
        n - both - only_a - only_b
    );
    let wins = a.iter().zip(&b).filter(|(x, y)| x.passed > y.passed).count();
    let losses = a.iter().zip(&b).filter(|(x, y)| x.passed < y.passed).count();
    let _ = writeln!(
        s,
        "recognizers: pg_phi passes more on {wins}, {other_name} on {losses}, equal on {} (of {})",
        a.len() - wins - losses,
        a.len()
    );
    s
}

/// A failing vector, with what the tool found in it.
pub fn render_failure(v: &Vector, o: &Outcome, tool: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "FAIL [{tool}] #{} {} {} -> {}: {:?}",
        v.id,
        v.recognizer,
        v.entity,
        types_label(v.types),
        v.text
    );
    if v.expected.is_empty() {
        let _ = writeln!(s, "    expected: nothing");
    }
    for (&(cs, ce), &(bs, be)) in v.expected_chars.iter().zip(&v.expected) {
        let _ = writeln!(s, "    expected: [{cs}, {ce}) {:?}", &v.text[bs..be]);
    }
    if o.found.is_empty() {
        let _ = writeln!(s, "    found:    nothing");
    }
    let bounds = char_boundaries(&v.text);
    let cp = |b: usize| bounds.binary_search(&b).unwrap_or_else(|i| i);
    for f in &o.found {
        let by = f.by.as_deref().map(|b| format!(" via {b}")).unwrap_or_default();
        let _ = writeln!(
            s,
            "    found:    [{}, {}) {:?} {} {:.2}{by}{}",
            cp(f.start),
            cp(f.end),
            &v.text[f.start..f.end],
            f.label,
            f.score,
            if f.counted { "" } else { "  (not a mapped type: ignored)" }
        );
    }
    s
}

/// Machine-readable summary of one tool's tallies.
pub fn tallies_json(tallies: &[Tally]) -> serde_json::Value {
    let (p, n) = totals(tallies);
    serde_json::json!({
        "passed": p,
        "total": n,
        "recognizers": tallies.iter().map(|t| serde_json::json!({
            "recognizer": t.recognizer,
            "entity": t.entity,
            "types": t.types.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
            "passed": t.passed,
            "total": t.total,
            "failed_ids": t.failed_ids,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mapped_entity_is_listed_once() {
        for (i, (e, t)) in MAPPING.iter().enumerate() {
            assert!(!t.is_empty(), "{e}");
            assert!(MAPPING[i + 1..].iter().all(|(f, _)| f != e), "{e} twice");
        }
        assert_eq!(mapped_types("PHONE_NUMBER"), Some(&[Phone, Fax][..]));
        assert_eq!(mapped_types("PERSON"), None);
    }

    #[test]
    fn one_to_one_by_overlap() {
        // Nothing expected: passes only with nothing found.
        assert!(one_to_one(&[], &[]));
        assert!(!one_to_one(&[], &[(0, 3)]));
        // Overlap is enough; exact bounds are not needed.
        assert!(one_to_one(&[(4, 15)], &[(0, 15)]));
        assert!(one_to_one(&[(4, 15)], &[(10, 20)]));
        // Touching is not overlapping.
        assert!(!one_to_one(&[(4, 15)], &[(15, 20)]));
        // A missed span, or a spurious finding beside a hit.
        assert!(!one_to_one(&[(0, 9), (10, 19)], &[(0, 9)]));
        assert!(!one_to_one(&[(0, 9)], &[(0, 9), (12, 14)]));
        // One finding across two expected spans is not one to one, nor is one
        // expected span split in two.
        assert!(!one_to_one(&[(0, 9), (10, 19)], &[(0, 19)]));
        assert!(!one_to_one(&[(0, 19)], &[(0, 9), (10, 19)]));
        // A pairing exists even when a greedy choice would take the wrong one.
        assert!(one_to_one(&[(0, 10), (12, 14)], &[(5, 13), (0, 2)]));
        // Every finding overlaps an expected span and vice versa, yet no
        // pairing: f2 and f3 both overlap only A.
        assert!(!one_to_one(&[(0, 10), (12, 14), (16, 18)], &[(5, 17), (0, 2), (3, 4)]));
    }

    fn vector(text: &str, entity: &str, expected: &[[usize; 2]]) -> Vector {
        let line = serde_json::json!({"id": 3, "recognizer": "test_x_recognizer", "entity": entity, "text": text, "expected": expected}).to_string();
        parse_vectors_jsonl(&line).unwrap().remove(0)
    }

    #[test]
    fn parses_code_points_and_rejects_bad_lines() {
        // "Número" has a 2-byte ú: the number starts at code point 13, byte 14.
        let v = vector("Mi Número es X9613851N", "ES_NIE", &[[13, 22]]);
        assert_eq!(v.expected_chars, vec![(13, 22)]);
        assert_eq!(v.expected, vec![(14, 23)]);
        assert_eq!(&v.text[14..23], "X9613851N");
        assert_eq!(v.chars, 22);
        assert_eq!(v.types, &[Ssn, Id][..]);
        let good = r#"{"id":0,"recognizer":"r","entity":"URL","text":"abc","expected":[]}"#;
        for (bad, want) in [
            (r#"{"id":0,"recognizer":"r","entity":"URL","text":"abc","expected":[]}"#, "duplicate id 0"),
            (r#"{"id":1,"recognizer":"r","entity":"PERSON","text":"abc","expected":[]}"#, "no pg_phi mapping"),
            (r#"{"id":1,"recognizer":"r","entity":"URL","text":"abc","expected":[[0,4]]}"#, "outside the text"),
            (r#"{"id":1,"recognizer":"r","entity":"URL","text":"abc","expected":[[2,2]]}"#, "empty or reversed"),
            (r#"{"id":1,"recognizer":"r","entity":"URL","text":"abc","expected":[[0]]}"#, "not a [start, end] pair"),
            (r#"{"id":1,"recognizer":"r","entity":"URL","expected":[]}"#, "missing \"text\""),
            ("{", "invalid JSON"),
        ] {
            let e = parse_vectors_jsonl(&format!("{good}\n\n{bad}")).unwrap_err();
            assert!(e.starts_with("line 3: ") && e.contains(want), "{e} (wanted {want})");
        }
    }

    #[test]
    fn only_mapped_types_count() {
        let v = vector("call 555-123-4567 on 5/20/2021", "PHONE_NUMBER", &[[5, 17]]);
        let f = |label: &str, start, end, counted| Found { label: label.into(), start, end, score: 0.9, counted, by: None };
        // A fax counts for PHONE_NUMBER; a date elsewhere is ignored.
        assert!(judge(&v, vec![f("fax", 5, 17, true), f("date", 21, 30, false)]).pass);
        // A phone number found as an id is a miss.
        assert!(!judge(&v, vec![f("id", 5, 17, false)]).pass);
    }

    #[test]
    fn other_tool_results_are_scored_alike() {
        let mut vs = vec![vector("Mi NIE es X9613851N", "ES_NIE", &[[10, 19]]), vector("plain", "ES_NIE", &[])];
        vs[1].id = 4;
        let jsonl = "{\"id\":3,\"entity\":\"ES_NIE\",\"start\":10,\"end\":19,\"score\":1.0,\"text_chars\":19,\"recognizer\":\"EsNieRecognizer\"}\n";
        let o = parse_other_jsonl(jsonl, &vs).unwrap();
        assert!(o[0].pass && o[1].pass);
        assert_eq!(o[0].found[0].by.as_deref(), Some("EsNieRecognizer"));
        // An entity of unrelated types does not count (nor hurt).
        let o = parse_other_jsonl("{\"id\":4,\"entity\":\"URL\",\"start\":0,\"end\":5}", &vs).unwrap();
        assert!(!o[0].pass && o[1].pass && !o[1].found[0].counted);
        for bad in [
            "{\"id\":9,\"entity\":\"ES_NIE\",\"start\":0,\"end\":1}",
            "{\"id\":3,\"entity\":\"ES_NIE\",\"start\":0,\"end\":20}",
            "{\"id\":3,\"entity\":\"ES_NIE\",\"start\":0,\"end\":1,\"text_chars\":18}",
            "{\"id\":3,\"start\":0,\"end\":1}",
        ] {
            assert!(parse_other_jsonl(bad, &vs).is_err(), "{bad}");
        }
        let t = tally(&vs, &o);
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].passed, t[0].total, t[0].failed_ids.clone()), (1, 2, vec![3]));
        assert!(render(&t, "x").contains("TOTAL"));
    }
}
