//! The detection engine. Built-in recognizers live one family per file
//! (`structured` for number- and format-shaped identifiers, `names`,
//! `address`); organisation-specific patterns are [`CustomPattern`]s. All
//! built-in regexes are compiled once per process (`once_cell`), custom ones
//! once per [`Detector`].
//!
//! Every recognizer appends candidate findings to one vector; [`resolve`]
//! then keeps one finding per span.
//!
//! Who imports whom (an arrow reads "uses"); there is no cycle, and no
//! module imports one above it:
//!
//! ```text
//! mod.rs (Detector, warm_up, the Table trait every lazy table implements)
//!  |-> structured/ (mod.rs -> keywords, labels, numeric, web)
//!  |     labels  -> keywords, checks
//!  |     numeric -> keywords, checks, lexicon (month words)
//!  |-> address -> lexicon (words, states, cities, folding), names (tokenize only)
//!  |-> names   -> lexicon (dictionaries, states, cities, months, folding)
//!  |-> columns -> lexicon (English words), on every family's candidates
//!  |-> speakers, possessives, pedigree, beds -> lexicon (given names, English words)
//!  |-> custom, resolve
//!  `-> lexicon
//! everything above -> context (byte masks, tries, Bloom bits) -> interrupt
//! ```

mod address;
mod address_lines;
mod address_ie;
mod address_blocks;
mod addressees;
mod census;
mod columns;
pub(crate) mod context;
mod custom;
mod initials;
pub(crate) mod interrupt;
pub(crate) mod lexicon;
mod lower_names;
mod spelled_dates;
mod speakers;
mod signoff;
mod spoken_numbers;
mod names;
mod possessives;
pub(crate) mod officers;
mod pedigree;
mod beds;
pub(crate) mod teams;
pub(crate) mod recurring;
mod contacts;
mod resolve;
mod structured;

pub use custom::{check as check_pattern, CustomPattern, PatternError, MAX_PATTERN_LEN, MAX_PATTERNS};
pub use interrupt::{clear_interrupt_check, set_interrupt_check, CHECK_BYTES, CHECK_ITEMS};

use crate::types::{Finding, PhiType};
use custom::CompiledPattern;
use interrupt::every_items;
use resolve::resolve_slice;
use once_cell::sync::Lazy;

/// A table built on first use: any `Lazy`, seen as something to build now
/// ([`warm_up`]) or to ask about ([`tables_built`]). Each recognizer lists
/// its own in one `TABLES` array.
pub(crate) trait Table: Sync {
    fn build(&self);
    fn is_built(&self) -> bool;
}

impl<T: Send + Sync> Table for Lazy<T> {
    fn build(&self) {
        Lazy::force(self);
    }
    fn is_built(&self) -> bool {
        Lazy::get(self).is_some()
    }
}

/// Every table the built-in recognizers build on first use.
fn tables() -> impl Iterator<Item = &'static dyn Table> {
    std::iter::once(&BUILTIN as &dyn Table)
        .chain(structured::tables())
        .chain(lexicon::TABLES.iter().copied())
        .chain(address::TABLES.iter().copied())
        .chain(address_lines::TABLES.iter().copied())
        .chain(names::TABLES.iter().copied())
        .chain(std::iter::once(&officers::CUES as &dyn Table))
        .chain(std::iter::once(&pedigree::PEDIGREE as &dyn Table))
}

/// Builds every table the built-in recognizers would otherwise build on
/// first use (name dictionaries, keyword trie, city and state sets, URL
/// finders): about 3 MB and 10-15 ms of work. A server that forks worker
/// processes calls this once before forking, so the workers share the tables
/// copy-on-write and their first call is as fast as any other, instead of
/// each building its own copy.
pub fn warm_up() {
    for t in tables() {
        t.build();
    }
}

/// How many of the tables [`warm_up`] builds exist now, out of how many
/// (for tests: a fresh process has none, a warmed one all).
#[doc(hidden)]
pub fn tables_built() -> (usize, usize) {
    tables().fold((0, 0), |(built, all), t| (built + t.is_built() as usize, all + 1))
}

/// The built-in recognizer families, in the order `detect` runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Number- and format-shaped identifiers (SSN, phone, dates, IDs, web).
    Structured,
    /// Street addresses, cities, ZIP codes.
    Address,
    /// Person names.
    Names,
}

impl Family {
    pub const ALL: [Family; 3] = [Family::Structured, Family::Address, Family::Names];

    pub fn as_str(self) -> &'static str {
        match self {
            Family::Structured => "structured",
            Family::Address => "address",
            Family::Names => "names",
        }
    }
}

/// A detector: the built-in recognizers plus zero or more custom patterns.
pub struct Detector {
    custom: Vec<CompiledPattern>,
}

static BUILTIN: Lazy<Detector> = Lazy::new(|| Detector { custom: Vec::new() });

impl Detector {
    /// The built-in recognizers only, shared by the whole process.
    pub fn builtin() -> &'static Detector {
        &BUILTIN
    }

    /// Built-ins plus validated, compiled custom patterns.
    pub fn new(custom: &[CustomPattern]) -> Result<Detector, PatternError> {
        if custom.len() > MAX_PATTERNS {
            return Err(PatternError::TooMany);
        }
        let custom = custom
            .iter()
            .map(CompiledPattern::compile)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Detector { custom })
    }

    pub fn custom_count(&self) -> usize {
        self.custom.len()
    }

    /// Every raw candidate of every recognizer, before overlap resolution,
    /// appended to `out`.
    fn candidates(&self, text: &str, out: &mut Vec<Finding>) {
        structured::find(text, out);
        address::find(text, out);
        address_lines::find(text, out);
        address_ie::find(text, out);
        names::find(text, out);
        speakers::find(text, out);
        signoff::find(text, out);
        possessives::find(text, out);
        lower_names::mentions(text, out);
        officers::find(text, out);
        teams::find(text, out);
        pedigree::find(text, out);
        beds::find(text, out);
        // what stands in brackets right after a name or a town the
        // families found (scoring 0.5 or more): a phone number, a town's
        // ZIP code or county; a person's number or phone after a name
        let b = text.as_bytes();
        for i in 0..out.len() {
            let f = out[i];
            // the second of a crew or a pair of signers ("Crew: Marisol
            // Bird RN / Xinyi D. CCP")
            if f.kind == PhiType::Name && f.score >= 0.5 && matches!(b.get(f.end), Some(b' ' | b',' | b'.')) {
                teams::after_name(text, f, out);
            }
            if matches!(f.kind, PhiType::Name | PhiType::Address) && f.score >= 0.5 && b[f.end..].starts_with(b" (") {
                structured::phone_in_brackets(text, f, out);
                address::town_in_brackets(text, f, out);
                if f.kind == PhiType::Name {
                    structured::id_in_brackets(text, f, out);
                }
            } else if f.kind == PhiType::Name && f.score >= 0.5 && matches!(b.get(f.end), Some(b' ' | b',')) {
                // a badge's or staff number ("Sgt H. Chaudhry #1239"), a
                // phone number without punctuation ("Mei Wang, 0223107931")
                structured::number_after_name(text, f, out);
            }
        }
        // a month and day right after a name, ending the line, the
        // sentence or a log entry's stamp: when someone signed or
        // reviewed ("Signed Eun-ji Marchetti-Laurent 12/24", "Reviewed by
        // S. Brennan 3/19.", "Note MM 5/10: records faxed"), which alone
        // reads as a fraction as often
        let n = out.len();
        for i in 0..n {
            let f = out[i];
            if f.kind != PhiType::Date || f.score >= 0.5 || f.start == 0 || b[f.start - 1] != b' ' || f.end - f.start > 5 || !b[f.start..f.end].contains(&b'/') {
                continue;
            }
            let ends = matches!(b.get(f.end), None | Some(b'\n' | b'\r' | b':' | b')' | b']'))
                || (matches!(b.get(f.end), Some(b'.' | b',')) && !b.get(f.end + 1).is_some_and(u8::is_ascii_digit));
            if !ends {
                continue;
            }
            // (a score, an acuity or a British duration is written after a
            // name as often: "Dr Brown 5/5", "Mr Patel 6/9", "Dr Hughes
            // 6/12"; so a signature's or a log's word must open the line)
            let Some(name) = out[..n].iter().find(|g| g.kind == PhiType::Name && g.score >= 0.5 && g.end + 1 == f.start) else { continue };
            let ls = memchr::memrchr(b'\n', &b[..name.start]).map_or(0, |k| k + 1);
            let line = b[ls..name.start].to_ascii_lowercase();
            let signed = ["signed", "cosigned", "co-signed", "reviewed", "verified", "dictated", "approved", "note ", "review:", "initialled", "called back", "transcribed", "typed"]
                .iter()
                .any(|w| memchr::memmem::find(&line, w.as_bytes()).is_some());
            if signed {
                out.push(Finding::new(PhiType::Date, f.start, f.end, 0.6));
            }
        }
        // a number after '#' right after a patient's name or age is the
        // patient's record number ("Isla T. (#804015)", "72 yrs
        // #E1570688")
        patients_numbers(b, out);
        // a person named right before a phone number
        contacts::extend(text, out);
        // a column of delimited rows whose cells the families found of one
        // kind: its other cells of that shape
        columns::extend(text, out);
        // (last of the built-in ones: it reads the others' candidates, and
        // the organisations' words the structured family's keyword scan
        // of this same text kept)
        address_blocks::extend(text, out);
        // the addressee's name on the line above an address
        addressees::extend(text, out);
        // a name found once, where it recurs in the text
        recurring::extend(text, out);
        for p in &self.custom {
            p.find(text, out);
        }
    }

    /// The raw candidates of one built-in recognizer family, appended to
    /// `out` (no score filter, no overlap resolution): for benchmarks that
    /// break `detect` down by family. (The address blocks' pass and the
    /// reading of brackets after names and towns, which read every
    /// family's candidates, are in none of them.)
    #[inline(never)] // a stable symbol for profilers
    pub fn family_candidates(family: Family, text: &str, out: &mut Vec<Finding>) {
        match family {
            Family::Structured => structured::find(text, out),
            Family::Address => {
                address::find(text, out);
                address_lines::find(text, out);
            }
            Family::Names => names::find(text, out),
        }
    }

    /// Findings scoring at least `min_score`, one per span, ascending by
    /// start offset.
    ///
    /// O(n log n) in the text's length however many findings it holds, and
    /// calls the interrupt check ([`set_interrupt_check`]) every
    /// [`CHECK_BYTES`] bytes or [`CHECK_ITEMS`] findings of work: a check
    /// that panics abandons the call (the panic propagates).
    pub fn detect(&self, text: &str, min_score: f32) -> Vec<Finding> {
        if text.is_empty() {
            return Vec::new();
        }
        // The candidate vector is reused across calls (one per thread), so
        // a call allocates only the vector it returns.
        let mut c = CANDIDATES.take();
        c.clear();
        self.candidates(text, &mut c);
        let mut i = 0;
        c.retain(|f| {
            i += 1;
            every_items(i);
            f.score >= min_score && f.end > f.start
        });
        let kept = resolve_slice(&mut c);
        CANDIDATES.set(c);
        kept
    }

    /// Whether any finding reaches `min_score`. Runs the recognizers one
    /// family at a time, cheapest first, and stops at the first hit. Calls
    /// the interrupt check as [`detect`](Self::detect) does.
    pub fn contains_phi(&self, text: &str, min_score: f32) -> bool {
        if text.is_empty() {
            return false;
        }
        let hit = |c: &[Finding]| {
            c.chunks(interrupt::CHECK_ITEMS).enumerate().any(|(k, c)| {
                if k > 0 {
                    interrupt::check();
                }
                c.iter().any(|f| f.score >= min_score && f.end > f.start)
            })
        };
        let mut c = CANDIDATES.take();
        c.clear();
        let found = 'found: {
            structured::find(text, &mut c);
            if hit(&c) {
                break 'found true;
            }
            for p in &self.custom {
                p.find(text, &mut c);
            }
            if hit(&c) {
                break 'found true;
            }
            c.clear();
            address::find(text, &mut c);
            address_lines::find(text, &mut c);
            if hit(&c) {
                break 'found true;
            }
            c.clear();
            names::find(text, &mut c);
            hit(&c)
        };
        CANDIDATES.set(c);
        found
    }
}

thread_local! {
    /// Candidate findings of the current call (`take`n while in use, so a
    /// nested call would simply start from an empty vector).
    static CANDIDATES: std::cell::Cell<Vec<Finding>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Keeps one finding per span: higher score wins, then the longer span,
/// then the earlier start. Survivors come back sorted by start (then end).
/// O(n log n) in the number of findings (see the `resolve` module).
pub fn resolve(mut c: Vec<Finding>) -> Vec<Finding> {
    if c.len() <= 1 {
        return c;
    }
    resolve_slice(&mut c)
}

/// Retypes as a record number (`Mrn`) an identifier read after a '#' that
/// follows a person's name opening its line in brackets, a list of
/// patients ("2. Isla T. (#804015)", "KAUR, RAJESH (#518-733-398)"; not a
/// badge's, "Sgt H. Chaudhry #1239", nor an interpreter's, "interpreter
/// Jakub D (#74502)") or an age ("72 yrs #E1570688", "70-year-old
/// #99958587"): a handoff's or a curbside's patient
/// and their number. One look at each identifier.
fn patients_numbers(b: &[u8], out: &mut [Finding]) {
    for i in 0..out.len() {
        let f = out[i];
        if f.kind != PhiType::Id || f.start < 2 || b[f.start - 1] != b'#' {
            continue;
        }
        let mut k = f.start - 1;
        let bracket = k > 0 && b[k - 1] == b'(';
        if bracket {
            k -= 1;
        }
        if k == 0 || b[k - 1] != b' ' {
            continue;
        }
        k -= 1;
        let before = &b[..k];
        let aged = {
            let unit = [&b" yrs"[..], b" yo", b" y/o", b"-year-old", b" years old", b" yr"].iter().find(|u| before.ends_with(u)).map(|u| u.len());
            let digits_before = |e: usize| e > 0 && b[e - 1].is_ascii_digit();
            unit.is_some_and(|n| digits_before(k - n)) || {
                let d = before.iter().rev().take(3).take_while(|c| c.is_ascii_digit()).count();
                d > 0 && before[..k - d].to_ascii_lowercase().ends_with(b"age: ")
            }
        };
        // (a name's number in brackets only: after a name alone, "Sgt H.
        // Chaudhry #1239", a badge's)
        // (and a name that opens its line, a list's number or bullet
        // before it: a list of patients, not "interpreter Jakub D
        // (#74502)")
        let named = aged
            || bracket
                && out.iter().any(|g| {
                    g.kind == PhiType::Name && g.score >= 0.5 && (g.end == k || g.end + 1 == k && b[g.end] == b'.') && names::opens_list_item(b, g.start, false)
                });
        if named {
            out[i].kind = PhiType::Mrn;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::PhiType;

    /// The spans of kind `kind` the built-in detector reports in `t` at the
    /// default threshold.
    fn of_kind(kind: PhiType, t: &str) -> Vec<String> {
        Detector::builtin()
            .detect(t, crate::DEFAULT_MIN_SCORE)
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| t[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn a_listed_or_aged_patients_number_after_a_hash() {
        assert_eq!(of_kind(PhiType::Mrn, "IDT\n2. Isla T. (#804015) - 78 yrs, lung ca."), ["804015"]);
        assert_eq!(of_kind(PhiType::Mrn, "> curbside: Jomar D, 70-year-old #99958587, A1c 11.4%"), ["99958587"]);
        // a badge's, an interpreter's, a prescription's
        assert!(of_kind(PhiType::Mrn, "Sgt H. Chaudhry #1239 attended. Rx #6570769 filled").is_empty());
        assert!(of_kind(PhiType::Mrn, "Present: patient and interpreter Jakub D (#74502, Arabic)").is_empty());
    }

    #[test]
    fn resolve_prefers_score_then_length() {
        let a = Finding::new(PhiType::Phone, 0, 12, 0.6);
        let b = Finding::new(PhiType::Ssn, 1, 12, 0.9);
        let c = Finding::new(PhiType::Date, 20, 30, 0.5);
        let d = Finding::new(PhiType::Id, 20, 34, 0.5);
        let r = resolve(vec![a, b, c, d]);
        assert_eq!(r, vec![b, d]);
    }

    #[test]
    fn resolve_matches_the_quadratic_definition() {
        // the definition: best first, keep what overlaps nothing kept
        fn naive(mut c: Vec<Finding>) -> Vec<Finding> {
            c.sort_by(|a, b| {
                b.score
                    .partial_cmp(&a.score)
                    .unwrap()
                    .then((b.end - b.start).cmp(&(a.end - a.start)))
                    .then(a.start.cmp(&b.start))
            });
            let mut kept: Vec<Finding> = Vec::new();
            for f in c {
                if !kept.iter().any(|k| k.overlaps(&f)) {
                    kept.push(f);
                }
            }
            kept.sort_by_key(|f| (f.start, f.end));
            kept
        }
        let mut next = crate::testing::xorshift(0x2545_f491_4f6c_dd1du64);
        for round in 0..2000 {
            let n = next(40);
            let c: Vec<Finding> = (0..n)
                .map(|_| {
                    let start = next(200);
                    // some empty findings in a tenth of the rounds
                    let len = if round % 10 == 0 { next(12) } else { 1 + next(12) };
                    let kind = PhiType::ALL[next(PhiType::ALL.len() as u64)];
                    Finding::new(kind, start, start + len, next(5) as f32 / 4.0)
                })
                .collect();
            assert_eq!(resolve(c.clone()), naive(c), "round {round}");
        }
    }

    #[test]
    fn contains_phi_agrees_with_detect() {
        let d = Detector::builtin();
        for t in [
            "Patient: John Smith was seen today.",
            "Lives at 1428 Elm Street, Springfield, IL 62704.",
            "SSN 123-45-6789",
            "Metformin 500 mg PO BID, BP 120/80.",
            "",
        ] {
            for min in [0.0, crate::DEFAULT_MIN_SCORE, 0.9] {
                assert_eq!(d.contains_phi(t, min), !d.detect(t, min).is_empty(), "{t:?} at {min}");
            }
        }
    }

    #[test]
    fn a_phone_number_in_brackets_after_a_name() {
        let phones = |t: &str| of_kind(PhiType::Phone, t);
        for (t, want) in [
            ("call from his mother Itzel Flores (044-55-1562-9760): she was", "044-55-1562-9760"),
            ("our driver Rafael Carvalho ((21) 99866-7645) will wait", "(21) 99866-7645"),
            ("port agent Maria Grazia Bruno (0034 725 122 155) arranged it", "0034 725 122 155"),
            ("his sister, Maria Grazia Lombardi, in Torino (322 8065670).", "322 8065670"),
            ("our driver Hüseyin (05932735770) will wait", "05932735770"),
        ] {
            assert_eq!(phones(t), [want], "in {t:?}");
        }
        // years, dates, doses and a bare number without a trunk prefix
        for t in [
            "Dr Smith (2019-2021) led it",
            "seen by Jones (12 03 2024)",
            "Alessandro Rossi (582131841), a student",
            "Maria Lopez (120 mg daily)",
        ] {
            assert!(phones(t).is_empty(), "{t:?}: {:?}", phones(t));
        }
    }

    #[test]
    fn a_staff_or_patient_number_in_brackets_after_a_name() {
        let ids = |t: &str| of_kind(PhiType::Id, t);
        assert_eq!(ids("[end of call - 6 min 47 s - agent M. van Dijkhuizen (W-0485)]"), ["W-0485"]);
        assert_eq!(ids("[end of call - 5 min 11 s - agent T. Babić (B-8164)]"), ["B-8164"]);
        for t in [
            "Dr Smith (2019-2021) led it",
            "Son Aurelio (555-0100) is the main support",
            "seen by Dr Patel (ICD-10) today",
            "Mr Jones (81M) in bay 4",
            "Mr Jones (E1165) on metformin, Dr Lee (G0438), Mrs Khan (G2P1001), Mr Ali (HLA-B5801)",
            "Mr Jones (PSA-1200), Dr Lee (FY2024), Mrs Khan (ICU-2001), Mr Ali (Rm1204)",
        ] {
            assert!(ids(t).is_empty(), "{t:?}: {:?}", ids(t));
        }
    }

    #[test]
    fn a_month_and_day_right_after_a_name() {
        let dates = |t: &str| of_kind(PhiType::Date, t);
        assert_eq!(dates("next dose.\nSigned Eun-ji Marchetti-Laurent 12/24\n"), ["12/24"]);
        assert_eq!(dates("Reviewed by S. Brennan 3/19. Questions: call us"), ["3/19"]);
        // a dose or a fraction going on after the name; a score, an acuity
        // or a duration after one
        assert!(dates("John Smith 1/2 tab daily").is_empty());
        assert!(dates("Power per Dr Brown 5/5.\nVA checked by Mr Patel 6/9.\nNurse Jane Doe 2/24.").is_empty());
        assert!(dates("Maria Lopez 3/4 of the dose").is_empty());
    }

    #[test]
    fn a_town_s_zip_code_or_county_in_brackets() {
        let d = Detector::builtin();
        let found = |t: &str| -> Vec<(PhiType, String)> {
            d.detect(t, crate::DEFAULT_MIN_SCORE).iter().map(|f| (f.kind, t[f.start..f.end].to_string())).collect()
        };
        let has = |t: &str, k: PhiType, v: &str| assert!(found(t).contains(&(k, v.to_string())), "{k:?} {v:?} in {:?}", found(t));
        has("a nursing facility in Ebberly (61460) before that", PhiType::Zip, "61460");
        has("Care Center in Sandrock Falls (42583); bed offer", PhiType::Address, "Sandrock Falls");
        has("Care Center in Sandrock Falls (42583); bed offer", PhiType::Zip, "42583");
        has("Pt lives alone in Wickersham Bay (Sallowmere County) in a walk-up", PhiType::Address, "Sallowmere County");
        // a person's number in brackets after a name, not after "in"
        assert!(!found("Portuguese  F. Lima (20710)  BN").iter().any(|(k, _)| *k == PhiType::Zip));
        assert!(!found("seen by Dr Sandra Falls (42583)").iter().any(|(k, _)| matches!(k, PhiType::Zip | PhiType::Address)));
    }

    #[test]
    fn a_badge_or_phone_number_after_a_name() {
        let ids = |t: &str| of_kind(PhiType::Id, t);
        assert_eq!(ids("Police - Sgt H. Chaudhry #1239, at scene"), ["1239"]);
        assert_eq!(ids("interpreter Yesenia Lopez #05194 used"), ["05194"]);
        // a list's place, a room's number, no name before
        assert!(ids("Dr. Smith #2 on the list. Room: Smith #12A. Bed #1234").is_empty());
        assert!(ids("Preferred pharmacy: Fred Meyer #652\nDispense: Yasmin Smith #336 (12 packs)").is_empty());
        // a phone number as other countries write it, unpunctuated
        let phones = |t: &str| of_kind(PhiType::Phone, t);
        assert_eq!(phones("Witness: Mei Wang, 0223107931\ntherapist Leanne 01472722636"), ["0223107931", "01472722636"]);
        assert!(phones("Witness: Mei Wang, 0023107931; Mei Wang 022310793; Mei Wang 0223107931-2").is_empty());
    }

    #[test]
    fn empty_text_has_nothing() {
        assert!(Detector::builtin().detect("", 0.0).is_empty());
        assert!(!Detector::builtin().contains_phi("", 0.0));
    }

    #[test]
    fn an_hl7_message_is_read_by_its_fields_over_the_other_recognizers() {
        let msg = "MSH|^~\\&|LAB|HOSP|||20240315083000||ORU^R01|Q7781|P|2.5\r\
                   PID|1||88127734^^^HOSP^MR||ABERNATHY-SMYTHE^GWENDOLYN^R||19410707|F|||\
                   9 WILLOW CT^^SPRINGDALE^AR^72764||^PRN^PH^^^479^5550188\r";
        let found: Vec<(PhiType, &str)> =
            Detector::builtin().detect(msg, crate::DEFAULT_MIN_SCORE).iter().map(|f| (f.kind, &msg[f.start..f.end])).collect();
        for want in [
            (PhiType::Name, "ABERNATHY-SMYTHE^GWENDOLYN^R"),
            (PhiType::Mrn, "88127734"),
            (PhiType::Date, "19410707"),
            (PhiType::Address, "9 WILLOW CT"),
            (PhiType::Address, "SPRINGDALE"),
            (PhiType::Zip, "72764"),
            (PhiType::Phone, "479^5550188"),
        ] {
            assert!(found.contains(&want), "{want:?} not in {found:?}");
        }
        assert!(!found.iter().any(|(_, v)| *v == "AR" || *v == "F"), "{found:?}");
    }
}
