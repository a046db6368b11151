//! Scoring detector findings against the generator's gold spans.
//!
//! Matching rule: a prediction and a gold span *match* when their byte
//! ranges overlap and their types are compatible. Types are compatible when
//! equal, and additionally `zip` and `address` are compatible with each
//! other (a detector that reports the ZIP inside a full address as `zip`, or
//! a context ZIP as part of an `address`, is not penalised).
//!
//! * A gold span is *recalled* if at least one matching prediction exists.
//! * A prediction is a *true positive* if it matches at least one gold span.
//!
//! Per type, recall = recalled gold / gold and precision = true-positive
//! predictions / predictions (both counted under their own type). Overall
//! figures are micro-averaged over all types.

use crate::gen::{Note, Span};
use phi_core::{Detector, Finding, PhiType};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Whether a predicted type may match a gold type.
pub fn types_match(gold: PhiType, pred: PhiType) -> bool {
    gold == pred
        || matches!(
            (gold, pred),
            (PhiType::Zip, PhiType::Address) | (PhiType::Address, PhiType::Zip)
        )
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold spans of this type.
    pub gold: usize,
    /// Gold spans of this type matched by some prediction.
    pub recalled: usize,
    /// Predictions of this type.
    pub pred: usize,
    /// Predictions of this type matching some gold span.
    pub tp: usize,
    /// Characters of the gold spans of this type.
    pub chars: usize,
    /// Of those, characters inside some prediction of any type: what
    /// `phi.redact` would remove (a name found as the wrong type is still
    /// redacted).
    pub chars_covered: usize,
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    if den == 0 {
        None
    } else {
        Some(num as f64 / den as f64)
    }
}

impl Counts {
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.pred)
    }
    pub fn recall(&self) -> Option<f64> {
        ratio(self.recalled, self.gold)
    }
    /// Character-level recall: the share of PHI characters a redaction
    /// with these predictions removes.
    pub fn char_recall(&self) -> Option<f64> {
        ratio(self.chars_covered, self.chars)
    }
    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        if p + r == 0.0 {
            Some(0.0)
        } else {
            Some(2.0 * p * r / (p + r))
        }
    }
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.recalled += o.recalled;
        self.pred += o.pred;
        self.tp += o.tp;
        self.chars += o.chars;
        self.chars_covered += o.chars_covered;
    }
}

/// One missed gold span or one spurious prediction, with context.
#[derive(Clone, Debug)]
pub struct ErrorSample {
    pub note: usize,
    pub template: &'static str,
    pub kind: PhiType,
    pub value: String,
    /// ~40 chars either side, the value marked with `[[ ]]`, newlines as ⏎.
    pub context: String,
    /// For a false negative: overlapping predictions of another type; for a
    /// false positive: overlapping gold spans of another type.
    pub overlapping: Vec<(PhiType, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub notes: usize,
    pub bytes: usize,
    pub min_score: f32,
    pub per_type: BTreeMap<PhiType, Counts>,
    pub false_negatives: Vec<ErrorSample>,
    pub false_positives: Vec<ErrorSample>,
    /// Totals for the error type (when requested), which may exceed the
    /// number of samples kept.
    pub fn_total: usize,
    pub fp_total: usize,
    /// For missed gold spans of the error type: how often a prediction of
    /// another type overlapped (type confusion) vs. nothing at all.
    pub fn_confusion: BTreeMap<String, usize>,
    /// For false positives of the error type: which gold type (or none)
    /// they overlapped.
    pub fp_confusion: BTreeMap<String, usize>,
}

/// What to collect error samples for.
#[derive(Clone, Copy, Debug)]
pub struct ErrorOptions {
    pub kind: PhiType,
    pub max_samples: usize,
}

/// Context of `text[start..end]`: `width` chars either side, value marked.
pub fn context(text: &str, start: usize, end: usize, width: usize) -> String {
    let before: String = {
        let mut v: Vec<char> = text[..start].chars().rev().take(width).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let after: String = text[end..].chars().take(width).collect();
    let clean = |s: &str| s.replace('\n', "⏎").replace('\t', "→");
    format!("{}[[{}]]{}", clean(&before), clean(&text[start..end]), clean(&after))
}

/// Runs `detector` on every note and scores it.
pub fn evaluate(notes: &[Note], detector: &Detector, min_score: f32, errors: Option<ErrorOptions>) -> Report {
    let mut rep = Report { notes: notes.len(), min_score, ..Default::default() };
    for (i, note) in notes.iter().enumerate() {
        let preds = detector.detect(&note.text, min_score);
        score_note(&mut rep, i, note, &preds, errors);
    }
    rep
}

/// Scores one note's predictions into `rep` (exposed so callers can run
/// detection themselves, e.g. with a custom detector).
pub fn score_note(rep: &mut Report, index: usize, note: &Note, preds: &[Finding], errors: Option<ErrorOptions>) {
    let text = &note.text;
    rep.bytes += text.len();
    let overlaps = |a0: usize, a1: usize, b0: usize, b1: usize| a0 < b1 && b0 < a1;
    for g in &note.spans {
        let c = rep.per_type.entry(g.kind).or_default();
        c.gold += 1;
        for (i, _) in text.get(g.start..g.end).unwrap_or_default().char_indices() {
            let at = g.start + i;
            c.chars += 1;
            if preds.iter().any(|p| p.start <= at && at < p.end) {
                c.chars_covered += 1;
            }
        }
        let hit = preds.iter().any(|p| types_match(g.kind, p.kind) && overlaps(g.start, g.end, p.start, p.end));
        if hit {
            c.recalled += 1;
        } else if let Some(e) = errors.filter(|e| e.kind == g.kind) {
            rep.fn_total += 1;
            let other: Vec<(PhiType, String)> = preds
                .iter()
                .filter(|p| overlaps(g.start, g.end, p.start, p.end))
                .map(|p| (p.kind, text[p.start..p.end].to_string()))
                .collect();
            let key = match other.first() {
                Some((k, _)) => format!("predicted as {k}"),
                None => "no overlapping prediction".to_string(),
            };
            *rep.fn_confusion.entry(key).or_default() += 1;
            if rep.false_negatives.len() < e.max_samples {
                rep.false_negatives.push(ErrorSample {
                    note: index,
                    template: note.template,
                    kind: g.kind,
                    value: text[g.start..g.end].to_string(),
                    context: context(text, g.start, g.end, 40),
                    overlapping: other,
                });
            }
        }
    }
    for p in preds {
        let c = rep.per_type.entry(p.kind).or_default();
        c.pred += 1;
        let hit = note.spans.iter().any(|g| types_match(g.kind, p.kind) && overlaps(g.start, g.end, p.start, p.end));
        if hit {
            c.tp += 1;
        } else if let Some(e) = errors.filter(|e| e.kind == p.kind) {
            rep.fp_total += 1;
            let other: Vec<(PhiType, String)> = note
                .spans
                .iter()
                .filter(|g| overlaps(g.start, g.end, p.start, p.end))
                .map(|g| (g.kind, text[g.start..g.end].to_string()))
                .collect();
            let key = match other.first() {
                Some((k, _)) => format!("gold is {k}"),
                None => "not PHI in gold".to_string(),
            };
            *rep.fp_confusion.entry(key).or_default() += 1;
            if rep.false_positives.len() < e.max_samples {
                rep.false_positives.push(ErrorSample {
                    note: index,
                    template: note.template,
                    kind: p.kind,
                    value: text[p.start..p.end].to_string(),
                    context: context(text, p.start, p.end, 40),
                    overlapping: other,
                });
            }
        }
    }
}

/// A quality target.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    Recall(PhiType, f64),
    OverallPrecision(f64),
}

/// The project's detection targets.
pub const TARGETS: &[Target] = &[
    Target::Recall(PhiType::Ssn, 0.95),
    Target::Recall(PhiType::Phone, 0.95),
    Target::Recall(PhiType::Fax, 0.95),
    Target::Recall(PhiType::Email, 0.95),
    Target::Recall(PhiType::Url, 0.95),
    Target::Recall(PhiType::IpAddress, 0.95),
    Target::Recall(PhiType::Date, 0.95),
    Target::Recall(PhiType::Mrn, 0.95),
    Target::Recall(PhiType::Name, 0.90),
    Target::Recall(PhiType::Address, 0.90),
    Target::OverallPrecision(0.90),
];

/// Result of checking one target.
#[derive(Clone, Debug)]
pub struct TargetResult {
    pub label: String,
    pub threshold: f64,
    pub value: f64,
    pub pass: bool,
}

impl Report {
    pub fn overall(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.per_type.values() {
            t.add(c);
        }
        t
    }

    pub fn counts(&self, k: PhiType) -> Counts {
        self.per_type.get(&k).copied().unwrap_or_default()
    }

    /// Every target with its measured value. A recall target for a type
    /// with no gold spans fails (the corpus should contain it).
    pub fn targets(&self) -> Vec<TargetResult> {
        TARGETS
            .iter()
            .map(|t| match *t {
                Target::Recall(k, th) => {
                    let v = self.counts(k).recall().unwrap_or(0.0);
                    TargetResult { label: format!("recall({k})"), threshold: th, value: v, pass: v >= th }
                }
                Target::OverallPrecision(th) => {
                    let v = self.overall().precision().unwrap_or(0.0);
                    TargetResult { label: "overall precision".into(), threshold: th, value: v, pass: v >= th }
                }
            })
            .collect()
    }

    pub fn all_targets_pass(&self) -> bool {
        self.targets().iter().all(|t| t.pass)
    }

    fn target_for(&self, k: PhiType) -> Option<f64> {
        TARGETS.iter().find_map(|t| match *t {
            Target::Recall(tk, th) if tk == k => Some(th),
            _ => None,
        })
    }

    /// The per-type table, overall line and target checks.
    pub fn render(&self) -> String {
        let f = |x: Option<f64>| x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "  -  ".into());
        let mut s = String::new();
        let _ = writeln!(
            s,
            "phi-eval: {} notes, {:.2} MB, min_score {:.2} (match = overlap + same type; zip~address)",
            self.notes,
            self.bytes as f64 / 1e6,
            self.min_score
        );
        let _ = writeln!(
            s,
            "{:<12} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7}  {}",
            "type", "gold", "pred", "TP", "FN", "prec", "recall", "F1", "chr-rec", "target"
        );
        for k in PhiType::ALL {
            let c = self.counts(k);
            if c.gold == 0 && c.pred == 0 {
                continue;
            }
            let target = match self.target_for(k) {
                Some(th) => {
                    let ok = c.recall().map(|r| r >= th).unwrap_or(false);
                    format!("recall>={th:.2} {}", if ok { "PASS" } else { "FAIL" })
                }
                None => String::new(),
            };
            let _ = writeln!(
                s,
                "{:<12} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7}  {}",
                k.as_str(),
                c.gold,
                c.pred,
                c.tp,
                c.gold - c.recalled,
                f(c.precision()),
                f(c.recall()),
                f(c.f1()),
                f(c.char_recall()),
                target
            );
        }
        let o = self.overall();
        let _ = writeln!(
            s,
            "{:<12} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7}  precision>=0.90 {}",
            "OVERALL",
            o.gold,
            o.pred,
            o.tp,
            o.gold - o.recalled,
            f(o.precision()),
            f(o.recall()),
            f(o.f1()),
            f(o.char_recall()),
            if o.precision().map(|p| p >= 0.90).unwrap_or(false) { "PASS" } else { "FAIL" }
        );
        let t = self.targets();
        let passed = t.iter().filter(|t| t.pass).count();
        let _ = writeln!(s, "\ntargets: {passed}/{} pass", t.len());
        for r in &t {
            let _ = writeln!(
                s,
                "  {:<4} {:<22} {:.3} (target >= {:.2})",
                if r.pass { "PASS" } else { "FAIL" },
                r.label,
                r.value,
                r.threshold
            );
        }
        s
    }

    /// The error samples collected for `--show-errors`.
    pub fn render_errors(&self, kind: PhiType) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "\n== {kind}: {} false negatives (showing {}) ==", self.fn_total, self.false_negatives.len());
        for (k, n) in &self.fn_confusion {
            let _ = writeln!(s, "   {n:>6}  {k}");
        }
        for e in &self.false_negatives {
            let _ = write!(s, "  FN note {} ({}) {:?}: {}", e.note, e.template, e.value, e.context);
            if !e.overlapping.is_empty() {
                let o: Vec<String> = e.overlapping.iter().map(|(k, v)| format!("{k}:{v:?}")).collect();
                let _ = write!(s, "   <- predicted {}", o.join(", "));
            }
            s.push('\n');
        }
        let _ = writeln!(s, "\n== {kind}: {} false positives (showing {}) ==", self.fp_total, self.false_positives.len());
        for (k, n) in &self.fp_confusion {
            let _ = writeln!(s, "   {n:>6}  {k}");
        }
        for e in &self.false_positives {
            let _ = write!(s, "  FP note {} ({}) {:?}: {}", e.note, e.template, e.value, e.context);
            if !e.overlapping.is_empty() {
                let o: Vec<String> = e.overlapping.iter().map(|(k, v)| format!("{k}:{v:?}")).collect();
                let _ = write!(s, "   <- gold {}", o.join(", "));
            }
            s.push('\n');
        }
        s
    }
}

// ---------------------------------------------------------------------------
// External tools: corpus export, foreign predictions, side-by-side comparison
// ---------------------------------------------------------------------------

/// Byte offset of every code point of `text`, followed by `text.len()`:
/// entry `i` is where code point (Python `str` index) `i` starts.
pub fn char_boundaries(text: &str) -> Vec<usize> {
    text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect()
}

/// Converts the code-point range `start..end` to a byte range using the
/// table from [`char_boundaries`]. `None` if `start > end` or `end` is past
/// the end of the text.
pub fn char_range_to_bytes(bounds: &[usize], start: usize, end: usize) -> Option<(usize, usize)> {
    if start > end {
        return None;
    }
    Some((*bounds.get(start)?, *bounds.get(end)?))
}

/// Each non-blank line of a JSONL input: its 1-based number, the line
/// trimmed, and the line parsed as JSON (every reader here walks lines so).
pub(crate) fn jsonl_lines(input: &str) -> impl Iterator<Item = (usize, &str, serde_json::Result<serde_json::Value>)> {
    input
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .map(|(n, l)| (n, l, serde_json::from_str(l)))
}

/// An optional `"score"`: 1.0 when absent or null.
pub(crate) fn optional_score(v: &serde_json::Value) -> Result<f32, String> {
    match v.get("score") {
        None | Some(serde_json::Value::Null) => Ok(1.0),
        Some(x) => x.as_f64().map(|x| x as f32).ok_or_else(|| "non-numeric \"score\"".to_string()),
    }
}

/// The corpus as JSONL, one `{"id": i, "text": "..."}` object per note, for
/// running other detectors on exactly the same texts.
pub fn export_jsonl(notes: &[Note]) -> String {
    let mut s = String::new();
    for (i, n) in notes.iter().enumerate() {
        s.push_str(&serde_json::json!({ "id": i, "text": n.text }).to_string());
        s.push('\n');
    }
    s
}

/// Predictions of another tool, grouped by note, with byte offsets.
#[derive(Clone, Debug, Default)]
pub struct ExternalPredictions {
    /// `per_note[i]`: findings for note `i` (byte offsets into its text).
    pub per_note: Vec<Vec<Finding>>,
    /// Number of predictions read.
    pub total: usize,
}

/// Parses external predictions JSONL: one object per line,
/// `{"id": i, "type": "<phi type>", "start": s, "end": e, "score": x}`,
/// `start`/`end` in Unicode code points (Python `str` indices). `score` is
/// optional (default 1.0). An optional `"note_chars"` (the note's length in
/// code points) is checked against the corpus to catch predictions made on a
/// different corpus (another seed or generator version). Blank lines are
/// skipped. Offsets are converted to byte offsets of `notes[id].text`.
pub fn parse_predictions_jsonl(input: &str, notes: &[Note]) -> Result<ExternalPredictions, String> {
    let mut out = ExternalPredictions { per_note: vec![Vec::new(); notes.len()], total: 0 };
    let mut bounds: Vec<Option<Vec<usize>>> = vec![None; notes.len()];
    for (ln, line, v) in jsonl_lines(input) {
        let err = |m: String| format!("line {ln}: {m}: {line}");
        let v = v.map_err(|e| err(format!("invalid JSON ({e})")))?;
        let uint = |k: &str| -> Result<usize, String> {
            v.get(k)
                .and_then(|x| x.as_u64())
                .map(|x| x as usize)
                .ok_or_else(|| err(format!("missing or non-integer \"{k}\"")))
        };
        let id = uint("id")?;
        let (start, end) = (uint("start")?, uint("end")?);
        let kind: PhiType = v
            .get("type")
            .and_then(|x| x.as_str())
            .ok_or_else(|| err("missing \"type\"".into()))?
            .parse()
            .map_err(|_| err("unknown \"type\"".into()))?;
        let score = optional_score(&v).map_err(err)?;
        let note = notes.get(id).ok_or_else(|| err(format!("note id {id} not in corpus of {} notes", notes.len())))?;
        let b = bounds[id].get_or_insert_with(|| char_boundaries(&note.text));
        if v.get("note_chars").is_some() {
            let nc = uint("note_chars")?;
            if nc != b.len() - 1 {
                return Err(err(format!(
                    "note {id} has {} chars here but {nc} where predicted: different corpus (seed/--notes)?",
                    b.len() - 1
                )));
            }
        }
        let (bs, be) = char_range_to_bytes(b, start, end)
            .ok_or_else(|| err(format!("char range {start}..{end} outside note {id} ({} chars)", b.len() - 1)))?;
        out.per_note[id].push(Finding::new(kind, bs, be, score));
        out.total += 1;
    }
    Ok(out)
}

/// The `"text"` of every non-blank line of a JSONL corpus (labels, if any,
/// ignored): the texts alone, for timing and for comparing engines.
pub fn jsonl_texts(input: &str) -> Result<Vec<String>, String> {
    jsonl_lines(input)
        .map(|(ln, _, v)| {
            let v = v.map_err(|e| format!("line {ln}: invalid JSON ({e})"))?;
            v.get("text").and_then(|x| x.as_str()).map(str::to_string).ok_or_else(|| format!("line {ln}: missing \"text\""))
        })
        .collect()
}

/// Reads an independently labelled corpus (e.g. `tests/corpora/dev/notes.jsonl`):
/// one JSON object per line,
/// `{"id": i, "style": "...", "text": "...", "spans": [{"type": "<phi type>", "start": s, "end": e}, ...]}`,
/// with `start`/`end` in Unicode code points (Python `str` indices, end
/// exclusive). Blank lines are skipped. Offsets are converted to byte
/// offsets; spans are sorted and must be non-empty, inside the text and
/// non-overlapping. `style` (optional, default `"gold"`) becomes the note's
/// `template`. Notes are returned in file order, so the note numbers in
/// error listings are 0-based line positions (equal to `id` when ids run
/// 0, 1, 2, ... in order); ids must be unique.
pub fn parse_gold_jsonl(input: &str) -> Result<Vec<Note>, String> {
    let mut notes = Vec::new();
    let mut styles: Vec<&'static str> = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (ln, _, v) in jsonl_lines(input) {
        let err = |m: String| format!("line {ln}: {m}");
        let v = v.map_err(|e| err(format!("invalid JSON ({e})")))?;
        let id = v.get("id").and_then(|x| x.as_u64()).ok_or_else(|| err("missing or non-integer \"id\"".into()))?;
        if !ids.insert(id) {
            return Err(err(format!("duplicate id {id}")));
        }
        let text =
            v.get("text").and_then(|x| x.as_str()).ok_or_else(|| err(format!("document {id}: missing \"text\"")))?;
        let style = match v.get("style") {
            None | Some(serde_json::Value::Null) => "gold",
            Some(x) => x.as_str().ok_or_else(|| err(format!("document {id}: non-string \"style\"")))?,
        };
        // `Note::template` is `&'static str`: intern each distinct style once.
        let template = match styles.iter().find(|s| **s == style) {
            Some(s) => *s,
            None => {
                let s: &'static str = Box::leak(style.to_string().into_boxed_str());
                styles.push(s);
                s
            }
        };
        let bounds = char_boundaries(text);
        let nchars = bounds.len() - 1;
        let raw = v
            .get("spans")
            .and_then(|x| x.as_array())
            .ok_or_else(|| err(format!("document {id}: missing \"spans\" array")))?;
        let mut spans = Vec::with_capacity(raw.len());
        for (k, sp) in raw.iter().enumerate() {
            let serr = |m: String| err(format!("document {id}, span {k}: {m}"));
            let uint = |key: &str| -> Result<usize, String> {
                sp.get(key)
                    .and_then(|x| x.as_u64())
                    .map(|x| x as usize)
                    .ok_or_else(|| serr(format!("missing or non-integer \"{key}\"")))
            };
            let tname = sp.get("type").and_then(|x| x.as_str()).ok_or_else(|| serr("missing \"type\"".into()))?;
            let kind: PhiType = tname.parse().map_err(|_| {
                serr(format!(
                    "unknown type \"{tname}\" (expected one of: {})",
                    PhiType::ALL.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")
                ))
            })?;
            let (start, end) = (uint("start")?, uint("end")?);
            if start >= end {
                return Err(serr(format!("empty or reversed range {start}..{end}")));
            }
            let (bs, be) = char_range_to_bytes(&bounds, start, end)
                .ok_or_else(|| serr(format!("char range {start}..{end} outside the text ({nchars} chars)")))?;
            spans.push(Span { kind, start: bs, end: be });
        }
        spans.sort_by_key(|s| (s.start, s.end));
        if let Some(w) = spans.windows(2).find(|w| w[1].start < w[0].end) {
            return Err(err(format!(
                "document {id}: overlapping spans {:?} and {:?}",
                &text[w[0].start..w[0].end],
                &text[w[1].start..w[1].end]
            )));
        }
        notes.push(Note { text: text.to_string(), spans, template });
    }
    Ok(notes)
}

/// Scores precomputed predictions (`preds[i]` for `notes[i]`).
pub fn evaluate_predictions(notes: &[Note], preds: &[Vec<Finding>], min_score: f32, errors: Option<ErrorOptions>) -> Report {
    let mut rep = Report { notes: notes.len(), min_score, ..Default::default() };
    for (i, note) in notes.iter().enumerate() {
        let p = preds.get(i).map(|v| v.as_slice()).unwrap_or(&[]);
        score_note(&mut rep, i, note, p, errors);
    }
    rep
}

/// One type in a side-by-side comparison.
#[derive(Clone, Copy, Debug)]
pub struct CompareRow {
    pub kind: PhiType,
    pub ours: Counts,
    pub other: Counts,
    /// `Some(ours F1 >= other F1)` for types with gold spans (a tool without
    /// predictions of the type has F1 0); `None` when there is no gold.
    pub ours_at_least: Option<bool>,
}

/// F1 for comparison purposes: 0 when there is gold but no prediction.
fn f1_or_zero(c: &Counts) -> f64 {
    c.f1().unwrap_or(0.0)
}

/// Per-type rows of a comparison of two reports on the same corpus; types
/// without gold spans and without predictions from either tool are omitted.
pub fn compare_rows(ours: &Report, other: &Report) -> Vec<CompareRow> {
    PhiType::ALL
        .iter()
        .filter_map(|&k| {
            let (o, t) = (ours.counts(k), other.counts(k));
            if o.gold == 0 && o.pred == 0 && t.pred == 0 {
                return None;
            }
            let ours_at_least = (o.gold > 0).then(|| f1_or_zero(&o) >= f1_or_zero(&t));
            Some(CompareRow { kind: k, ours: o, other: t, ours_at_least })
        })
        .collect()
}

/// Types where the other tool's F1 is strictly higher than ours.
pub fn types_other_wins(ours: &Report, other: &Report) -> Vec<PhiType> {
    compare_rows(ours, other).into_iter().filter(|r| r.ours_at_least == Some(false)).map(|r| r.kind).collect()
}

/// The side-by-side table: per type gold, then pred/P/R/F1 of each tool
/// and whether ours F1 >= theirs; then micro-averaged overall figures.
pub fn render_comparison(ours: &Report, other: &Report, name: &str) -> String {
    let f = |x: Option<f64>| x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "-".into());
    let mut s = String::new();
    let col = format!("F1 >= {name}");
    let _ = writeln!(s, "{:<12} {:>6} | {:^27} | {:^27} |", "", "", "pg_phi", name);
    let _ = writeln!(
        s,
        "{:<12} {:>6} | {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} {:>6} | {}",
        "type", "gold", "pred", "prec", "recall", "F1", "pred", "prec", "recall", "F1", col
    );
    let line = |s: &mut String, label: &str, o: &Counts, t: &Counts, verdict: &str| {
        // F1 shown as 0 when there is gold but no prediction.
        let f1 = |c: &Counts| if c.gold > 0 { f(Some(f1_or_zero(c))) } else { f(c.f1()) };
        let _ = writeln!(
            s,
            "{:<12} {:>6} | {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} {:>6} | {}",
            label,
            o.gold,
            o.pred,
            f(o.precision()),
            f(o.recall()),
            f1(o),
            t.pred,
            f(t.precision()),
            f(t.recall()),
            f1(t),
            verdict
        );
    };
    let rows = compare_rows(ours, other);
    for r in &rows {
        let verdict = match r.ours_at_least {
            Some(true) => "yes",
            Some(false) => "no",
            None => "n/a (no gold)",
        };
        line(&mut s, r.kind.as_str(), &r.ours, &r.other, verdict);
    }
    let (o, t) = (ours.overall(), other.overall());
    let verdict = if f1_or_zero(&o) >= f1_or_zero(&t) { "yes" } else { "no" };
    line(&mut s, "OVERALL", &o, &t, verdict);
    let judged: Vec<&CompareRow> = rows.iter().filter(|r| r.ours_at_least.is_some()).collect();
    let wins = judged.iter().filter(|r| r.ours_at_least == Some(true)).count();
    let _ = writeln!(s, "\npg_phi F1 >= {name} F1 on {wins}/{} types with gold spans", judged.len());
    let lost: Vec<&str> = judged.iter().filter(|r| r.ours_at_least == Some(false)).map(|r| r.kind.as_str()).collect();
    if !lost.is_empty() {
        let _ = writeln!(s, "{name} has the higher F1 on: {}", lost.join(", "));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::Span;

    #[test]
    fn scoring_rules() {
        let note = Note {
            text: "Call 555-123-4567 at 12 Oak St, Salem, OR 97301 zip 97301".into(),
            spans: vec![
                Span { kind: PhiType::Phone, start: 5, end: 17 },
                Span { kind: PhiType::Address, start: 21, end: 47 },
                Span { kind: PhiType::Zip, start: 52, end: 57 },
            ],
            template: "test",
        };
        let preds = vec![
            Finding::new(PhiType::Fax, 5, 17, 0.9),      // wrong type: FN phone, FP fax
            Finding::new(PhiType::Zip, 42, 47, 0.9),     // zip inside address: ok
            Finding::new(PhiType::Address, 52, 57, 0.9), // address for a zip: ok
            Finding::new(PhiType::Date, 0, 4, 0.9),      // spurious
        ];
        let mut rep = Report::default();
        score_note(&mut rep, 0, &note, &preds, Some(ErrorOptions { kind: PhiType::Phone, max_samples: 5 }));
        assert_eq!(rep.counts(PhiType::Phone), Counts { gold: 1, recalled: 0, pred: 0, tp: 0, chars: 12, chars_covered: 12 });
        assert_eq!(rep.counts(PhiType::Fax), Counts { gold: 0, recalled: 0, pred: 1, tp: 0, chars: 0, chars_covered: 0 });
        // the zip prediction covers 5 of the address's 26 characters
        assert_eq!(rep.counts(PhiType::Address), Counts { gold: 1, recalled: 1, pred: 1, tp: 1, chars: 26, chars_covered: 5 });
        assert_eq!(rep.counts(PhiType::Zip), Counts { gold: 1, recalled: 1, pred: 1, tp: 1, chars: 5, chars_covered: 5 });
        // a phone found as a fax is a miss by span, but redacted all the same
        assert_eq!(rep.overall().char_recall(), Some((12.0 + 5.0 + 5.0) / (12.0 + 26.0 + 5.0)));
        let o = rep.overall();
        assert_eq!((o.gold, o.recalled, o.pred, o.tp), (3, 2, 4, 2));
        assert_eq!(rep.false_negatives.len(), 1);
        assert_eq!(rep.false_negatives[0].overlapping[0].0, PhiType::Fax);
        assert!(rep.render().contains("OVERALL"));
    }

    #[test]
    fn context_marks_value() {
        let t = "abc\ndef José ghi";
        let i = t.find("José").unwrap();
        assert_eq!(context(t, i, i + "José".len(), 5), "⏎def [[José]] ghi");
    }
    #[test]
    fn char_offsets_to_bytes_multibyte() {
        // 2-byte é, 3-byte €, 4-byte 😀 (one code point, as in Python).
        let t = "é€😀 José Núñez";
        let b = char_boundaries(t);
        assert_eq!(b.len(), t.chars().count() + 1);
        assert_eq!(&b[..5], &[0, 2, 5, 9, 10]);
        assert_eq!(*b.last().unwrap(), t.len());
        // Python: t.index("José") == 4, len("José") == 4.
        let (s, e) = char_range_to_bytes(&b, 4, 8).unwrap();
        assert_eq!(&t[s..e], "José");
        let (s, e) = char_range_to_bytes(&b, 9, 14).unwrap();
        assert_eq!(&t[s..e], "Núñez");
        assert_eq!(char_range_to_bytes(&b, 2, 3), Some((5, 9)));
        assert_eq!(&t[5..9], "😀");
        // Empty range at the end is fine; past the end or reversed is not.
        assert_eq!(char_range_to_bytes(&b, 14, 14), Some((t.len(), t.len())));
        assert_eq!(char_range_to_bytes(&b, 14, 15), None);
        assert_eq!(char_range_to_bytes(&b, 5, 4), None);
        assert_eq!(char_boundaries(""), vec![0]);
    }

    fn note(text: &str, spans: Vec<Span>) -> Note {
        Note { text: text.into(), spans, template: "test" }
    }

    #[test]
    fn parse_predictions_converts_offsets() {
        let notes = vec![
            note("plain ascii", vec![]),
            note("Señora Núñez, fax 555-123-4567", vec![Span { kind: PhiType::Name, start: 8, end: 15 }]),
        ];
        // Char offsets: "Núñez" is 7..12, the fax number 18..30.
        let jsonl = "{\"id\": 1, \"type\": \"name\", \"start\": 7, \"end\": 12, \"score\": 0.85}\n\n\
                     {\"id\":1,\"type\":\"fax\",\"start\":18,\"end\":30,\"note_chars\":30}\n";
        let p = parse_predictions_jsonl(jsonl, &notes).unwrap();
        assert_eq!(p.total, 2);
        assert!(p.per_note[0].is_empty());
        let t = &notes[1].text;
        assert_eq!(p.per_note[1][0].kind, PhiType::Name);
        assert_eq!(p.per_note[1][0].value(t), "Núñez");
        assert!((p.per_note[1][0].score - 0.85).abs() < 1e-6);
        assert_eq!(p.per_note[1][1].value(t), "555-123-4567");
        assert_eq!(p.per_note[1][1].score, 1.0);
        // Errors: unknown type, id out of range, range past the end, corpus mismatch, bad JSON.
        for bad in [
            "{\"id\":1,\"type\":\"PERSON\",\"start\":0,\"end\":1}",
            "{\"id\":2,\"type\":\"name\",\"start\":0,\"end\":1}",
            "{\"id\":0,\"type\":\"name\",\"start\":0,\"end\":12}",
            "{\"id\":1,\"type\":\"name\",\"start\":0,\"end\":1,\"note_chars\":33}",
            "{\"id\":1,\"type\":\"name\",\"start\":-1,\"end\":1}",
            "not json",
        ] {
            assert!(parse_predictions_jsonl(bad, &notes).is_err(), "{bad}");
        }
        // Scored with the same rules as pg_phi's own findings.
        let rep = evaluate_predictions(&notes, &p.per_note, 0.0, None);
        // "Núñez" is 5 characters (7 bytes)
        assert_eq!(rep.counts(PhiType::Name), Counts { gold: 1, recalled: 1, pred: 1, tp: 1, chars: 5, chars_covered: 5 });
        assert_eq!(rep.counts(PhiType::Fax), Counts { gold: 0, recalled: 0, pred: 1, tp: 0, chars: 0, chars_covered: 0 });
    }

    #[test]
    fn gold_jsonl_parses_code_point_offsets() {
        // "Zoë Müller 😀 seen 3/14/2024": ë, ü are 2 bytes, 😀 is 4 bytes but one code point.
        let text = "Pt Zoë Müller 😀 seen 3/14/2024";
        // Python: text.index("Zoë") == 3; the date starts at code point 21.
        let line = serde_json::json!({
            "id": 7, "style": "portal_message", "text": text,
            "spans": [
                {"type": "date", "start": 21, "end": 30},
                {"type": "name", "start": 3, "end": 13},
            ],
        })
        .to_string();
        let notes = parse_gold_jsonl(&format!("\n{line}\n\n")).unwrap();
        assert_eq!(notes.len(), 1);
        let n = &notes[0];
        assert_eq!(n.template, "portal_message");
        // Sorted by start, byte offsets.
        assert_eq!(n.spans[0].kind, PhiType::Name);
        assert_eq!(n.value(&n.spans[0]), "Zoë Müller");
        assert_eq!((n.spans[0].start, n.spans[0].end), (3, 15));
        assert_eq!(n.spans[1].kind, PhiType::Date);
        assert_eq!(n.value(&n.spans[1]), "3/14/2024");
        // Missing style defaults to "gold"; no spans is fine.
        let n2 = parse_gold_jsonl("{\"id\":0,\"text\":\"nothing here\",\"spans\":[]}").unwrap();
        assert_eq!(n2[0].template, "gold");
        assert!(n2[0].spans.is_empty());
        // Scores like any other corpus.
        let rep = evaluate_predictions(&notes, &[vec![Finding::new(PhiType::Name, 3, 15, 0.9)]], phi_core::DEFAULT_MIN_SCORE, None);
        assert_eq!(rep.counts(PhiType::Name), Counts { gold: 1, recalled: 1, pred: 1, tp: 1, chars: 10, chars_covered: 10 });
        assert_eq!(rep.counts(PhiType::Date), Counts { gold: 1, recalled: 0, pred: 0, tp: 0, chars: 9, chars_covered: 0 });
    }

    #[test]
    fn gold_jsonl_rejects_bad_input_with_line_numbers() {
        let good = "{\"id\":0,\"text\":\"Ana Ruiz\",\"spans\":[{\"type\":\"name\",\"start\":0,\"end\":8}]}";
        let cases = [
            ("{\"id\":1,\"text\":\"Ana Ruiz\",\"spans\":[{\"type\":\"PERSON\",\"start\":0,\"end\":3}]}", "unknown type \"PERSON\""),
            ("{\"id\":1,\"text\":\"Ana Ruiz\",\"spans\":[{\"type\":\"name\",\"start\":0,\"end\":9}]}", "outside the text"),
            ("{\"id\":1,\"text\":\"Ana Ruiz\",\"spans\":[{\"type\":\"name\",\"start\":4,\"end\":4}]}", "empty"),
            ("{\"id\":1,\"text\":\"Ana Ruiz\",\"spans\":[{\"type\":\"name\",\"start\":0,\"end\":5},{\"type\":\"name\",\"start\":4,\"end\":8}]}", "overlapping"),
            ("{\"id\":0,\"text\":\"Ana Ruiz\",\"spans\":[]}", "duplicate id 0"),
            ("{\"id\":1,\"spans\":[]}", "missing \"text\""),
            ("{\"id\":1,\"text\":\"x\"}", "missing \"spans\""),
            ("not json", "invalid JSON"),
        ];
        for (bad, want) in cases {
            // Bad line is line 3 (after a good line and a blank line).
            let e = parse_gold_jsonl(&format!("{good}\n\n{bad}\n")).unwrap_err();
            assert!(e.starts_with("line 3: "), "{e}");
            assert!(e.contains(want), "{e} (wanted {want})");
        }
    }

    #[test]
    fn export_roundtrips_through_json() {
        let notes = vec![note("a \"quoted\"\tJosé\nline\\", vec![]), note("", vec![])];
        let out = export_jsonl(&notes);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        for (i, l) in lines.iter().enumerate() {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            assert_eq!(v["id"].as_u64(), Some(i as u64));
            assert_eq!(v["text"].as_str(), Some(notes[i].text.as_str()));
        }
    }

    #[test]
    fn comparison_verdicts() {
        let n = note(
            "Ann Lee 555-123-4567 x",
            vec![Span { kind: PhiType::Name, start: 0, end: 7 }, Span { kind: PhiType::Phone, start: 8, end: 20 }],
        );
        let notes = vec![n];
        // Ours: name right, phone missed. Other: phone right, name missed, one spurious date.
        let ours = evaluate_predictions(&notes, &[vec![Finding::new(PhiType::Name, 0, 3, 0.9)]], phi_core::DEFAULT_MIN_SCORE, None);
        let other = evaluate_predictions(
            &notes,
            &[vec![Finding::new(PhiType::Phone, 8, 20, 0.4), Finding::new(PhiType::Date, 21, 22, 0.4)]],
            0.0,
            None,
        );
        let rows = compare_rows(&ours, &other);
        let get = |k| rows.iter().find(|r| r.kind == k).copied();
        assert_eq!(get(PhiType::Name).unwrap().ours_at_least, Some(true));
        assert_eq!(get(PhiType::Phone).unwrap().ours_at_least, Some(false));
        assert_eq!(get(PhiType::Date).unwrap().ours_at_least, None);
        assert!(get(PhiType::Email).is_none());
        assert_eq!(types_other_wins(&ours, &other), vec![PhiType::Phone]);
        let table = render_comparison(&ours, &other, "other");
        assert!(table.contains("F1 >= other"), "{table}");
        let name_line = table.lines().find(|l| l.starts_with("name ")).unwrap();
        // other has gold but no predictions: precision "-", F1 0.
        assert!(name_line.contains("|      0      -  0.000  0.000 | yes"), "{name_line}");
        assert!(table.contains("other has the higher F1 on: phone"), "{table}");
    }
}
