//! SQL glue for detection, classification, redaction and de-identification.
//!
//! The detector (built-in recognizers + rows of `phi.custom_patterns`) is
//! compiled once per backend and cached. A statement trigger on the table
//! sends a relcache invalidation for it; every backend's callback marks the
//! cache dirty, so the next statement recompiles. The hot path costs one
//! atomic load.

use crate::error::PhiError;
use phi_core::classify::classify as classify_findings;
use phi_core::offsets::CharIndex;
use phi_core::redact::{self, Style};
use phi_core::{CustomPattern, Detector, PhiType};
use pgrx::pg_sys::panic::ErrorReport;
use phi_core::DEFAULT_MIN_SCORE;
use pgrx::prelude::*;
use pgrx::JsonB;
use std::cell::RefCell;
use std::rc::Rc;
use crate::watch;

thread_local! {
    static CACHE: RefCell<Option<Rc<Detector>>> = const { RefCell::new(None) };
}

/// Makes the engine cancellable: it calls this every few milliseconds of
/// work on any input, and a pending cancel or `statement_timeout` raises
/// its error here, which unwinds out of the engine as a Rust panic.
pub fn init() {
    phi_core::set_interrupt_check(check_interrupts);
}

fn check_interrupts() {
    pgrx::check_for_interrupts!();
}

/// For loops over findings in this glue: an interrupt check every 4096.
#[inline]
fn every_4096(i: usize) {
    if i % 4096 == 4095 {
        check_interrupts();
    }
}

/// The current backend's detector, recompiled when the patterns changed.
/// The longest text detection takes (64 MiB): the engine's working memory
/// grows with its input, outside PostgreSQL's memory contexts, and a
/// failed allocation there would end the server process, not the query.
pub const MAX_TEXT: usize = 64 << 20;

/// [`detector`], for a text of at most [`MAX_TEXT`] bytes (54000 beyond).
pub(crate) fn detector_for(text: &str) -> Result<Rc<Detector>, PhiError> {
    if text.len() > MAX_TEXT {
        return Err(PhiError::TextTooLong(MAX_TEXT >> 20));
    }
    detector()
}

pub(crate) fn detector() -> Result<Rc<Detector>, PhiError> {
    if !watch::PATTERNS.take_dirty() {
        if let Some(d) = CACHE.with(|c| c.borrow().clone()) {
            return Ok(d);
        }
    }
    match load() {
        Ok(d) => {
            let d = Rc::new(d);
            CACHE.with(|c| *c.borrow_mut() = Some(d.clone()));
            Ok(d)
        }
        Err(e) => {
            watch::PATTERNS.mark_dirty();
            Err(e)
        }
    }
}

fn load() -> Result<Detector, PhiError> {
    let patterns = Spi::connect(|client| -> Result<Vec<CustomPattern>, pgrx::spi::SpiError> {
        if watch::PATTERNS.lookup(&client, "phi.custom_patterns")?.is_none() {
            return Ok(Vec::new());
        }
        let rows = client.select(
            "SELECT name, type, regex, context_words, score FROM phi.custom_patterns ORDER BY name",
            None,
            &[],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let kind: String = row.get(2)?.unwrap_or_default();
            out.push(CustomPattern {
                name: row.get(1)?.unwrap_or_default(),
                // The table's trigger validated the type on insert.
                kind: kind.parse().unwrap_or(PhiType::Id),
                regex: row.get(3)?.unwrap_or_default(),
                context_words: row.get::<Vec<String>>(4)?.unwrap_or_default(),
                score: row.get(5)?.unwrap_or(0.8),
            });
        }
        Ok(out)
    })
    .map_err(|e| PhiError::PatternLoad(e.to_string()))?;
    Ok(Detector::new(&patterns)?)
}

fn check_min_score(min_score: f32) -> Result<(), PhiError> {
    if (0.0..=1.0).contains(&min_score) {
        Ok(())
    } else {
        Err(PhiError::BadScore)
    }
}

/// Every PHI finding in `text` scoring at least `min_score`. Positions are
/// 1-based character positions of the first and last character, as
/// `substr()` and `position()` count them.
#[pg_extern(stable, strict, parallel_safe)]
#[allow(clippy::type_complexity)]
fn detect(
    text: &str,
    // the SQL default must be a literal; a #[pg_test] checks it is DEFAULT_MIN_SCORE
    min_score: default!(f32, 0.5),
) -> Result<
    TableIterator<
        'static,
        (
            name!(type, String),
            name!(start_pos, i32),
            name!(end_pos, i32),
            name!(value, String),
            name!(score, f32),
            name!(sensitivity, String),
        ),
    >,
    ErrorReport,
> {
    check_min_score(min_score)?;
    let findings = detector_for(text)?.detect(text, min_score);
    let mut ix = CharIndex::new(text);
    let rows: Vec<_> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            every_4096(i);
            let start = ix.char_offset(f.start) as i32 + 1;
            let end = ix.char_offset(f.end) as i32;
            (
                f.kind.as_str().to_string(),
                start,
                end,
                f.value(text).to_string(),
                f.score,
                f.kind.sensitivity().as_str().to_string(),
            )
        })
        .collect();
    Ok(TableIterator::new(rows))
}

/// Whether `text` holds any PHI finding scoring at least `min_score`.
#[pg_extern(stable, strict, parallel_safe)]
fn contains_phi(text: &str, min_score: default!(f32, 0.5)) -> Result<bool, ErrorReport> {
    check_min_score(min_score)?;
    Ok(detector_for(text)?.contains_phi(text, min_score))
}

/// A JSON summary of the PHI in `text`: types, counts, overall sensitivity
/// and the recommended action per type. Never contains the values.
#[pg_extern(stable, strict, parallel_safe)]
fn classify(text: &str) -> Result<JsonB, ErrorReport> {
    let findings = detector_for(text)?.detect(text, DEFAULT_MIN_SCORE);
    Ok(JsonB(classify_findings(text, &findings)))
}

fn parse_types(types: Option<Vec<Option<String>>>) -> Result<Option<Vec<PhiType>>, PhiError> {
    types
        .map(|ts| {
            ts.into_iter()
                .flatten()
                .map(|t| t.parse::<PhiType>().map_err(|_| PhiError::UnknownType))
                .collect()
        })
        .transpose()
}

/// `text` with PHI replaced: `tag` writes `[SSN]`, `mask` writes one `*` per
/// character, `partial` keeps the last 4 digits of SSN, phone and account
/// numbers, `pseudonym` writes a keyed token such as `[SSN-k3v9q2xw]`
/// (HMAC under the database's pseudonym key, the same for the same value
/// everywhere in the database and unlinkable without the key). `types`
/// limits redaction to those PHI types.
#[pg_extern(stable, parallel_safe)]
fn redact(
    text: Option<&str>,
    style: default!(Option<&str>, "'tag'"),
    types: default!(Option<Vec<Option<String>>>, "NULL"),
) -> Result<Option<String>, ErrorReport> {
    let (Some(text), Some(style)) = (text, style) else {
        return Ok(None);
    };
    if redact::is_pseudonym(style) {
        let types = parse_types(types)?;
        let findings = detector_for(text)?.detect(text, DEFAULT_MIN_SCORE);
        // A keyed token can be matched against tokens of guessed values:
        // each type pseudonymised needs plaintext rights on its data class.
        let mut checked: Vec<&'static str> = Vec::new();
        for f in &findings {
            if types.as_deref().is_some_and(|t| !t.contains(&f.kind)) {
                continue;
            }
            let class = f.kind.entry().class;
            if !checked.contains(&class) {
                crate::policy::require_keyed_right("redact(..., 'pseudonym')", class)?;
                checked.push(class);
            }
        }
        // The core walks the findings; keyed.rs holds the key.
        let out = redact::pseudonymize(text, &findings, types.as_deref(), crate::keyed::pseudonym)?;
        return Ok(Some(out));
    }
    let style: Style = style.parse().map_err(|_| PhiError::UnknownStyle)?;
    let types = parse_types(types)?;
    let findings = detector_for(text)?.detect(text, DEFAULT_MIN_SCORE);
    Ok(Some(redact::redact(text, &findings, style, types.as_deref())))
}

/// HIPAA Safe Harbor de-identification: identifiers removed, dates reduced
/// to the year (and removed when the year implies an age over 89, counted
/// from the transaction's year), ages over 89 to `90+`, ZIP codes to their
/// first three digits (`000` for the restricted prefixes).
#[pg_extern(stable, strict, parallel_safe)]
fn deidentify(text: &str) -> Result<String, ErrorReport> {
    let findings = detector_for(text)?.detect(text, DEFAULT_MIN_SCORE);
    Ok(redact::deidentify_as_of(text, &findings, transaction_year()))
}

/// The (UTC) year the current transaction started in: stable within a
/// statement, as a STABLE function must be.
fn transaction_year() -> u16 {
    // SAFETY: reads the transaction start time of the running backend.
    let ts = unsafe { pg_sys::GetCurrentTransactionStartTimestamp() };
    pgrx::datetime::TimestampWithTimeZone::try_from(ts)
        .map(|t| t.to_utc().year())
        .ok()
        .and_then(|y| u16::try_from(y).ok())
        // Unknowable (cannot happen for a real transaction): fail closed,
        // every year counts as indicating an age over 89 and is removed.
        .unwrap_or(u16::MAX)
}

/// Validates a custom pattern; raises a specific SQLSTATE when it is bad.
/// Called by the trigger that guards `phi.custom_patterns`.
#[pg_extern(immutable, parallel_safe, name = "_check_pattern")]
fn check_pattern(
    kind: Option<&str>,
    regex: Option<&str>,
    score: Option<f32>,
) -> Result<(), ErrorReport> {
    let t = kind.unwrap_or("");
    t.parse::<PhiType>().map_err(|_| PhiError::UnknownType)?;
    phi_core::check_pattern(regex.unwrap_or(""), score.unwrap_or(-1.0)).map_err(PhiError::from)?;
    Ok(())
}

/// The most custom patterns a detector compiles (`phi.add_pattern` refuses
/// one more).
#[pg_extern(immutable, parallel_safe, name = "_max_patterns")]
fn max_patterns() -> i32 {
    phi_core::detect::MAX_PATTERNS as i32
}
