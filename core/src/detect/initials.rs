//! A person's initials where a record is signed or a task is initialled:
//! "Dictated 10.10.2024, typed by AH", "note signed by KT 7/19/23",
//! "Drawn by KB at bed 3", "Collected by: HS", "[end of call - agent HL
//! (UG00000)]", "-- HH RN" at the start of a line (with a credential
//! after them, or alone on its line), "Phleb: DH", "Staff: WZ",
//! "Nurse: WP, RN". Safe Harbor counts initials as a name. Two or three
//! capital letters (any script), alone as a word, and neither a
//! credential ("signed by MD") nor a service ("reviewed by ENT",
//! "drawn by IR").
//!
//! A message signed on a line of its own after a dash ("-jp", "--mb & ls",
//! "- JJ  4:15PM", "-- KW, RPh") is read by [`dash_signatures`].
//!
//! Initials that start a line ("AS DDS", "-SEN", "RB/GLE", "/CH" alone,
//! or the last line alone) are read there too; so are a log entry's
//! ("ack NI 19:31", "Note MM 5/10: records faxed", "heard by BL on
//! 28/11/2022", "Op: RJ": a time, a date or the line's end after them)
//! and a sign-off's at a line's end ("Thanks, MP", "... 23 May. - ZK",
//! "3-month call. -KV"). After a signature's label ("Prescriber
//! signature: SW", "Abstractor: CT") the capitals are read whatever they
//! spell, and a second signer's after a '/' ("Signed: JL / SC"). After
//! "reviewed by" or "approved by" a date or a time must follow ("Reviewed
//! by SN 3/7"): those verbs name services as often.
//!
//! A text costs no pass of its own: the names family's tokenizer has
//! listed its capitalized words, and initials are read from those.

use super::lexicon::ends_with_word;
use super::names::Word;
use crate::types::{Finding, PhiType};

/// The verbs before "by" of a signature, or of a task a person initials
/// (a specimen drawn, a form completed, a pass issued). Not "seen",
/// "reviewed" or "followed", which name services as often ("seen by GI").
const SIGNED: &[&str] = &[
    "typed", "signed", "dictated", "transcribed", "entered", "initialed", "initialled", "cosigned", "co-signed",
    "drawn", "taken", "written", "collected", "completed", "processed", "issued", "prepared", "verified",
    "witnessed", "recorded", "documented", "scanned", "checked", "labelled", "labeled", "received", "packed",
    "closed", "heard", "retrieved", "filed", "faxed", "forwarded", "routed", "acknowledged", "logged", "triaged",
    "answered", "submitted", "updated", "amended", "created", "edited", "authored", "printed",
    // a record's summary, a family's pedigree, charted ("Summary by HD",
    // "Pedigree by DB, 01/28/2022")
    "summary", "summarized", "summarised", "pedigree", "charted", "abstracted", "scribed",
];

/// Labels of a form's field that holds a staff member's initials ("Phleb:
/// MT", "Nurse: WP, RN", "Op: RJ", "Action: NQ").
const LABELS: &[&str] = &[
    "phleb", "phlebotomist", "staff", "nurse", "rn", "tech", "technician", "scribe", "initials", "clerk", "courier",
    "signature", "signed", "clinician", "minutes", "counselor", "therapist", "reviewer", "author", "provider", "op",
    "operator", "action", "ack", "csr", "by", "surgeon", "cashier", "adjuster", "interpreter", "translator", "witness",
    "chaperone", "coordinator", "abstractor", "secretary", "pharmacist", "rph",
    // "Manager review: DW 11/7/23"
    "review",
    // "Typed: JK", "Second midwife: HG", "Collector: PTG"
    "typed", "dictated", "transcribed", "midwife", "collector", "triage", "triaged",
    // "Witnesses: DS", "Init: CB" ("Init. CB" too)
    "witnesses", "init",
];

/// Labels of a form's field that holds a staff member's initials or a
/// code, a reading, a scale, a device's name as often ("Medic: TJJ
/// EMT-P", "Programmer: K.E."; "Medic: GCS 15", "Crew: FD, PD, EMS",
/// "Programmer: ICD", "Examiner: MD."): initials only dotted or before a
/// credential, and, after a crew's or a dispatcher's label (`true`),
/// ending the line too (after an examiner's or a rater's, a scale's or a
/// route's letters end it as often: "Assessor: PHQ", "Rater: HAM",
/// "Vaccinator: IM").
const STAFF_LABELS: &[(&str, bool)] = &[
    ("medic", true), ("paramedic", true), ("emt", true), ("crew", true), ("dispatcher", true), ("programmer", false),
    ("attendant", false), ("screener", false), ("assessor", false), ("examiner", false), ("observer", false),
    ("rater", false), ("vaccinator", false),
];

/// Of [`LABELS`], those where a person signs, read whatever the capitals
/// spell (a service's letters too: "Prescriber signature: SW").
const SIGNATURE_LABELS: &[&str] = &["signature", "signed", "initials", "abstractor", "witness", "witnesses"];

/// Words of a log's entry before the initials of whoever made it, without
/// a colon: "ack NI 19:31", "Note MM 5/10: records faxed", "f/u RH
/// September 24", "heard by BL on 28/11/2022" (then a time, a date or the
/// line's end must follow).
const NOTED: &[&str] = &[
    "ack", "acked", "note", "f/u", "fu", "action", "per", "initials", "interpreter", "translator", "witness", "chaperone",
];

/// Verbs before "by" whose initials a date or a time must follow, as a
/// log's entry's do ("Reviewed by SN 3/7"): they name services as often
/// ("reviewed by GI"), which [`NOT_INITIALS`] turns down.
const REVIEWED: &[&str] = &["reviewed", "approved", "countersigned"];

/// Sign-offs before initials that end their line ("Thanks, MP", "thx RT").
const SIGN_OFFS: &[&str] = &["thanks", "thx", "regards", "cheers"];

/// Services and places written in capitals where initials could stand
/// ("drawn by IR", "taken by EMS", "-- END").
pub(super) const NOT_INITIALS: &[&str] = &[
    "ENT", "EMS", "ICU", "GI", "ER", "ED", "VA", "ID", "IR", "OR", "CT", "MRI", "PCP", "OB", "IT", "HR", "QA", "UR",
    "CM", "SW", "US", "XR", "ECG", "EKG", "EEG", "LAB", "END", "FAX", "EOF", "EOM", "MSG", "TBD", "CC", "NA",
    "CCU", "SNF", "DME", "POA", "HCP", "NOK", "PRN", "NPO", "IV", "PO", "BID", "TID", "QID", "QD", "AM", "PM",
    "DNR", "DNI", "AMA", "WNL", "NAD", "ADL", "ROM", "DR", "MR", "MRS", "DOB", "SSN", "MRN", "ZIP", "DL", "PE", "ID",
    // a record's dates' labels ("DOD 19/06/21", "DOS 3/4", "DOI 2/2/24")
    "DOD", "DOS", "DOI", "DOA",
    "NOC", "EVE", "DAY", "PACU",
    // British and other countries' services and teams ("seen by GP on 3/4")
    "GP", "OPD", "MDT", "DN", "HV", "CPN", "SHO", "SPR", "REG", "OOH", "NHS", "GMC", "NMC", "HCA", "CMHT", "CCG",
    "ICB", "PHC", "CHC", "SALT", "OPAT", "CRT", "RRT",
    // how a thing was sent or who decided ("by SMS on 3/4", "by WHO")
    "SMS", "DHL", "UPS", "TNT", "WHO", "CDC", "EMA", "FDA", "MOH", "PCR", "USPS", "GPS",
    // a laboratory's tests, which a result is "as per" ("warfarin as per INR")
    "INR", "TSH", "ESR", "CRP", "LFT", "LFTS", "FBC", "ABG", "VBG", "BNP", "PSA", "HCG", "APTT",
    // how a pregnancy is dated ("29 weeks by LMP February 14")
    "LMP", "EDD", "CRL", "IVF",
    // tests and teams a case or a result is given to ("Init. CXR clear",
    // "Referral assigned to ACT.")
    "CXR", "KUB", "ABG", "CBC", "BMP", "CMP", "LFT", "ACT", "IOP", "SLT", "HTT", "EIP", "PHP",
    // an ambulance's level of care, a nerve study ("Crew: ALS unit 4")
    "ALS", "BLS", "CCT", "EMG", "NCS",
];

/// Vitals and labs, which a number follows as a time or a date follows a
/// log entry's initials ("Note BP 120/80"): not initials when a number
/// follows them.
pub(super) const VITALS: &[&str] = &[
    "BP", "HR", "RR", "SAT", "BMI", "WBC", "HGB", "HB", "HCT", "PLT", "INR", "PTT", "BUN", "CR", "CL", "GCS", "FEV",
    "PEF", "EF", "LDL", "HDL", "TSH", "PSA", "UA", "UO", "BS", "BG", "FS", "GFR", "AST", "ALT", "ALP", "SBP", "DBP",
    "MAP", "CVP", "FIO", "RA", "GA",
];

/// Finds initials among `words`, the text's capitalized words (from
/// [`super::names::tokenize`]): every place initials are read starts one,
/// so a word whose second character is a lower-case ASCII letter ("The",
/// "Patient", most of them) costs one test, and the cues are then read
/// backwards from the word.
pub(crate) fn find(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    dash_signatures(text, out);
    // at a line's start: "AS DDS", "-SEN", "RB/GLE", "JK/TA", and the
    // text's last line alone ("\nMAC")
    // (two capitals, or '-' and a capital, before anything else: most
    // lines start with a word in lower case after its capital)
    let may = |i: usize| {
        let c2 = b.get(i + 1).copied().unwrap_or(0);
        match b.get(i) {
            Some(c) if c.is_ascii_uppercase() => c2.is_ascii_uppercase() || c2 >= 0x80,
            Some(b'-') => c2.is_ascii_uppercase(),
            _ => false,
        }
    };
    if may(0) {
        line_start(text, 0, out);
    }
    for w in words {
        let s = w.start;
        // initials are two or three capitals, after one of the cues read
        // below: ' ' after "by", "by:", "agent", "--" or a label's ':', or
        // a line's start ('\n', or '-' there); one test for all of it,
        // without a branch, so that it predicts well (mostly false)
        let c2 = b.get(s + 1).copied().unwrap_or(0);
        let p1 = if s >= 1 { b[s - 1] } else { 0 };
        // (or joined: "H-O-N", "J.D.")
        let joined = matches!(c2, b'-' | b'.') & b.get(s + 2).is_some_and(u8::is_ascii_uppercase);
        let caps = c2.is_ascii_uppercase() | (c2 >= 0x80) | joined;
        let cue = (p1 == b' ') | (p1 == b'\n') | (p1 == b'-') | (p1 == b'/');
        if !(caps & cue) {
            // one capital ending its line after a sign-off: "Thx, C"
            if w.end == s + 1 && p1 == b' ' && matches!(c2, 0 | b'\n' | b'\r') && b[s].is_ascii_uppercase() && signed_off_before(b, s - 1) {
                out.push(Finding::new(PhiType::Name, s, s + 1, 0.6));
            }
            continue;
        }
        match b[s - 1] {
            b' ' => {
                let before = &b[..s - 1];
                // "ack NI 19:31", "Note MM 5/10:", "heard by BL on 28/11",
                // "Thanks, MP" / " - ZK" ending the line
                logged(text, s, before, out);
                // "COLL 2022-10-23 1735 ÉP": who collected, after a date
                // and a time, ending the line
                if dated_time_before(before) && line_ends_after_caps(text, s) {
                    push(text, s, out);
                }
                // "Signed: JL / SC": a second's initials after a first's
                if before.ends_with(b" /") && out.last().is_some_and(|f| f.kind == PhiType::Name && f.end + 3 == s) {
                    push(text, s, out);
                }
                // "typed by AH", "Collected by: HS"
                let by = before.strip_suffix(b":").unwrap_or(before);
                if let Some(p) = by.strip_suffix(b" by").map(<[u8]>::len) {
                    if signed_verb_before(b, p, 1) {
                        push(text, s, out);
                    }
                }
                // "Initials H-O-N   Site 124", "Subject initials: N-W": a
                // study's subject by the initials of the name, however
                // they are joined
                {
                    let mut k = before.len();
                    while k > 0 && matches!(before[k - 1], b' ' | b':' | b'\t') {
                        k -= 1;
                    }
                    let lab = &before[..k];
                    if lab.len() >= 8
                        && lab[lab.len() - 8..].eq_ignore_ascii_case(b"initials")
                        && (lab.len() == 8 || !lab[lab.len() - 9].is_ascii_alphanumeric())
                    {
                        push_joined(b, s, out);
                    }
                }
                // "[end of call - agent HL"
                if let Some(p) = before.strip_suffix(b"agent").map(<[u8]>::len) {
                    if p == 0 || !b[p - 1].is_ascii_alphanumeric() {
                        push(text, s, out);
                    }
                }
                // "cc: MK" alone on its line: a copy's addressee (the
                // label in lower case, as a copy list writes it; "CC:" is
                // a chief complaint's as often, "CC: SOB", and so are a
                // few capitals after "cc:", "cc: CP")
                // (and a copy list ends a letter or a note: four lines
                // before it at least, three after at most; a chief
                // complaint opens a note, "Visit note\ncc: HTN\nHPI:")
                if ends_with_word(before, &[b"cc:"]) && !before.ends_with(b"CC:") {
                    push_kept(text, s, out, |f| {
                        line_end(b, f.end)
                            && !COMPLAINTS.contains(&&text[f.start..f.end])
                            && !VITALS.contains(&&text[f.start..f.end])
                            && memchr::memchr_iter(b'\n', &b[f.end..]).nth(3).is_none()
                            && memchr::memrchr_iter(b'\n', &b[..f.start]).nth(3).is_some()
                    });
                }
                // "31-JAN-2023 @ 0805 SS: pt msgd re refill": a log's
                // writer after the line's date and time, before ": " and
                // the entry's words in lower case (not a flowsheet's
                // "0800 BP: 120/80" or "0800 GU: voiding", services and
                // vitals)
                // (two capitals: three are a flowsheet's item as often,
                // "0800 SCD: on", "1400 PCA: pt using")
                if let Some(e) = logged_writer_before(b, s) {
                    push_kept(text, s, out, |f| {
                        let v = &text[f.start..f.end];
                        f.end - f.start == 2
                            && b[f.end..].starts_with(b": ")
                            && b.get(f.end + 2).is_some_and(u8::is_ascii_lowercase)
                            && !VITALS.contains(&v)
                            && !SYSTEMS.contains(&v)
                            && super::names::log_stamp_before(b, e, s)
                    });
                }
                // "[dictated but not read] TET/ve": a dictation's
                // reference after the bracketed note before it
                // (the bracket opening its line and holding words, the
                // reference ending the line or its field; not a lab's
                // flag, "400 [H] NG/ml", a box ticked, "[x] SQ/im today",
                // a service's or a credential's letters, "[knee] PT/ot")
                if before.ends_with(b"]") && bracket_note_before(b, s - 1) {
                    let caps = &text[s..w.end];
                    if !NOT_INITIALS.contains(&caps) && super::names::credential_at(text, s) != Some(caps.len()) {
                        if let Some((ce, _)) = dictation_ref(b, s).filter(|&(_, re)| line_end(b, re) || b[re..].starts_with(b"  ")) {
                            out.push(Finding::new(PhiType::Name, s, ce, 0.7));
                        }
                    }
                }
                // (left alone: a row's last cell, "| RTC", a status as
                // often as a signer, "| DNA", "| OK", "| NEG")
                // "-- MW, RN" opening a line; "by IA, RN", "-- DS, RN CM"
                // anywhere, a credential after the comma
                if before.ends_with(b"\n--") || before.ends_with(b" --") || (before.ends_with(b" by") || before.ends_with(b"\nby")) && b.get(s + 2..s + 4) == Some(b", ") {
                    push_signed(text, s, out);
                }
                // "Signed HK" ending its line, "Signed AH 02/22/2024": a
                // signature's verb without "by" or a colon
                if ends_with_word(before, &[b"signed", b"initialled", b"initialed", b"cosigned"]) {
                    push_kept(text, s, out, |f| {
                        let mut k = f.end;
                        while b.get(k) == Some(&b' ') {
                            k += 1;
                        }
                        line_end(b, f.end) || k > f.end && b.get(k).is_some_and(u8::is_ascii_digit) && b.get(k..).is_some_and(|r| r.iter().take(11).any(|&c| matches!(c, b'/' | b'-' | b'.')))
                    });
                }
                // "Init. A.B.C.": the label's abbreviating dot for its colon
                // (not a test's or a service's letters: "Init. CXR clear")
                if ends_with_word(before, &[b"init."]) {
                    push(text, s, out);
                }
                // "allocated to RR.": a case given to a worker, who is named
                // by initials ending the sentence or the line
                if ends_with_word(before, &[b"allocated to", b"assigned to", b"reassigned to"]) {
                    push_kept(text, s, out, |f| line_end(b, f.end) || b[f.end] == b'.' && line_end(b, f.end + 1));
                }
                // "crown fit 40 min.  A.A.": dotted initials ending the
                // line after a sentence
                if joined && c2 == b'.' && sentence_ends_before(b, s - 1) {
                    push_kept(text, s, out, |f| line_end(b, f.end));
                }
                // "Phleb: DH"
                if let Some(p) = before.strip_suffix(b":").map(<[u8]>::len) {
                    let mut ls = p;
                    while ls > 0 && b[ls - 1].is_ascii_alphabetic() {
                        ls -= 1;
                    }
                    let label = &b[ls..p];
                    let free = ls == 0 || !b[ls - 1].is_ascii_alphanumeric();
                    // a dispatch log's entry by whoever made it, after
                    // its time, ending the line ("11:49:46 disp: VJH"; not
                    // a prescription's "Disp: QS", nor a code mid-line)
                    let timed = || {
                        ls >= 6 && b[ls - 1] == b' ' && {
                            let t = &b[ls.saturating_sub(9)..ls - 1];
                            let t = &t[t.iter().rposition(|&c| c == b' ' || c == b'\n').map_or(0, |k| k + 1)..];
                            (5..=8).contains(&t.len()) && t[2] == b':' && t.iter().all(|&c| c.is_ascii_digit() || c == b':')
                        }
                    };
                    if free && label.eq_ignore_ascii_case(b"disp") && timed() {
                        push_kept(text, s, out, |f| line_end(b, f.end));
                    }
                    if let Some(&(_, crew)) = STAFF_LABELS.iter().find(|(l, _)| free && label.eq_ignore_ascii_case(l.as_bytes())) {
                        push_kept(text, s, out, |f| {
                            let dotted = b[f.start..f.end].contains(&b'.');
                            let credential = b.get(f.end) == Some(&b' ') && super::names::credential_at(text, f.end + 1).is_some();
                            dotted || crew && line_end(b, f.end) || credential
                        });
                    }
                    if free && LABELS.iter().any(|l| label.eq_ignore_ascii_case(l.as_bytes())) {
                        // (where a person signs, whatever the capitals
                        // spell: "Prescriber signature: SW", "Abstractor: CT")
                        if SIGNATURE_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l.as_bytes())) {
                            push_signature(text, s, out);
                        } else {
                            push(text, s, out);
                        }
                    }
                }
            }
            b'\n' if may(s) => line_start(text, s, out),
            b'-' if s >= 2 && b[s - 2] == b'\n' && may(s - 1) => line_start(text, s - 1, out),
            // a sign-off glued to its dash at a line's end, after a
            // sentence ("3-month call. -KV", "for metformin.   -AP")
            b'-' if s >= 3 && b[s - 2] == b' ' && sentence_ends_before(b, s - 2) => push_kept(text, s, out, |f| line_end(b, f.end)),
            // a log entry signed at its line's end ("lvm on 07115 412404
            // /GN"), the line opening with a date; not a route's or a
            // fluid's letters ("given /SC", "running /NS"). (The line's
            // end first: its start is looked for once per line.)
            b'/' if s >= 2 && b[s - 2] == b' ' && line_ends_after_caps(text, s) && !ROUTES.contains(&text[s..w.end].trim_end()) && !STATUSES.contains(&text[s..w.end].trim_end()) && !VITALS.contains(&text[s..w.end].trim_end()) && log_line_before(b, s - 2) => {
                push(text, s, out);
            }
            // "/CH" alone on its line
            b'/' if (s == 1 || b[s - 2] == b'\n') => push_kept(text, s, out, |f| line_end(b, f.end)),
            _ => {}
        }
    }
}

/// Two to four capitals at `s`, each joined to the next by '-' or '.' or
/// by nothing ("H-O-N", "J.D.", "BS"), then no letter or digit: pushed as
/// a name (an ending period is left out).
fn push_joined(b: &[u8], s: usize, out: &mut Vec<Finding>) {
    let mut k = s;
    let mut n = 0;
    while k < b.len() && b[k].is_ascii_uppercase() && n < 5 {
        n += 1;
        k += 1;
        if k + 1 < b.len() && matches!(b[k], b'-' | b'.') && b[k + 1].is_ascii_uppercase() {
            k += 1;
        }
    }
    let free = !b.get(k).is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80);
    if (2..=4).contains(&n) && free && out.last().is_none_or(|f| f.start != s) {
        out.push(Finding::new(PhiType::Name, s, k, 0.7));
    }
}

/// Routes, fluids and dispositions written after a slash ("4 units /SC",
/// "fluids running /NS", "/DC").
/// What a log's line ends with after a '/' that is no one's initials: an
/// entry's status or the thing it is about ("... letter sent /DNA",
/// "redressed /OK", "obs stable, BP 120/80 /BP", "catheter in /IDC").
const STATUSES: &[&str] = &[
    "OK", "DNA", "NFA", "TBC", "NIL", "YES", "NBM", "IDC", "HDU", "MET", "RTC", "FU", "INT", "AMB", "NFR", "BO", "BNO",
    "PU", "UO", "RX", "VM", "ND", "DAT", "FBC", "CRP", "FFM", "MDM", "CSP", "NEG", "POS", "LOW", "MOD", "MIN", "MED",
    "TOP", "INH", "NEB",
];

pub(super) const ROUTES: &[&str] = &["SC", "SQ", "NS", "IM", "IV", "PO", "PR", "SL", "DC", "LR", "NG", "PEG", "TPN", "D5W", "PRN", "TD", "IN", "ID", "OD", "OS", "OU"];

/// Whether the line holding `k` opens with a date: a digit, then in its
/// first token digits on both sides of a '/', '-' or '.' and another such
/// group ("08/09/2022 1615 - ...", "09.09.2022 @ 10:48", "08-SEP-2022
/// 1520"; not a dose, "2.5 mg", nor a range, "5-10 mg"); or a day, a
/// month's name and a year ("22 January 2022 at 0640", "Nov 11 2023").
fn log_line_before(b: &[u8], k: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &b[..k]).map_or(0, |p| p + 1);
    let mut toks = b[ls..k].split(|&c| c == b' ');
    let tok = toks.next().unwrap_or(b"");
    let groups = tok.split(|c| matches!(c, b'/' | b'-' | b'.')).collect::<Vec<_>>();
    // (a month's three letters between: "08-SEP-2022")
    let month = |g: &[u8]| g.len() == 3 && g.iter().all(u8::is_ascii_alphabetic);
    let digits = |g: &[u8], n: std::ops::RangeInclusive<usize>| n.contains(&g.len()) && g.iter().all(u8::is_ascii_digit);
    // or a month's name between a day and a year, or before them ("22
    // January 2022 at 0640", "Nov 11 2023 @ 6:22 AM")
    let mut spelled = || {
        let (t2, t3) = (toks.next().unwrap_or(b""), toks.next().unwrap_or(b""));
        digits(tok, 1..=2) && month_at(t2) && t2.len() <= 9 && digits(t3, 4..=4)
            || month_at(tok) && tok.len() <= 9 && digits(t2, 1..=2) && digits(t3, 4..=4)
    };
    groups.len() == 3
        && groups.iter().enumerate().all(|(i, g)| !g.is_empty() && g.len() <= 4 && (g.iter().all(u8::is_ascii_digit) || i == 1 && month(g)))
        || spelled()
}

/// Whether one of the `n` words before `e` (on its line) is a signature's
/// verb ([`SIGNED`]).
fn signed_verb_before(b: &[u8], mut e: usize, n: usize) -> bool {
    for _ in 0..n {
        while e > 0 && b[e - 1] == b' ' {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'-') {
            s -= 1;
        }
        if s == e {
            return false;
        }
        if SIGNED.iter().any(|v| b[s..e].eq_ignore_ascii_case(v.as_bytes())) {
            return true;
        }
        e = s;
    }
    false
}

/// Whether a month's name, in full or abbreviated ([`MONTHS`]), starts `r`
/// as a capitalized word ("September 24", "Sep 24"; not "Mariam").
///
/// [`MONTHS`]: super::lexicon::MONTHS
fn month_at(r: &[u8]) -> bool {
    let n = r.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let w = &r[..n];
    n >= 3 && r[0].is_ascii_uppercase() && super::lexicon::is_month_word(w)
}

/// Whether `before` ends in " <date> <time>": a 24-hour time ("1735",
/// "17:35") after a date written with '/', '-' or '.' ("2022-10-23",
/// "12/2/25").
fn dated_time_before(before: &[u8]) -> bool {
    let n = before.len();
    let d = |k: usize| before[k].is_ascii_digit();
    let (time_len, hh, mm) = if n >= 5 && d(n - 1) && d(n - 2) && before[n - 3] == b':' && d(n - 4) && d(n - 5) {
        (5, (before[n - 5] - b'0') * 10 + before[n - 4] - b'0', (before[n - 2] - b'0') * 10 + before[n - 1] - b'0')
    } else if n >= 4 && (1..=4).all(|k| d(n - k)) {
        (4, (before[n - 4] - b'0') * 10 + before[n - 3] - b'0', (before[n - 2] - b'0') * 10 + before[n - 1] - b'0')
    } else {
        return false;
    };
    if hh > 23 || mm > 59 || n < time_len + 7 || before[n - time_len - 1] != b' ' {
        return false;
    }
    let e = n - time_len - 1;
    let mut s = e;
    while s > 0 && e - s < 10 && (before[s - 1].is_ascii_digit() || matches!(before[s - 1], b'/' | b'-' | b'.')) {
        s -= 1;
    }
    let date = &before[s..e];
    (s == 0 || before[s - 1] == b' ') && date.len() >= 5 && date.iter().filter(|c| !c.is_ascii_digit()).count() == 2 && date[0].is_ascii_digit()
}

/// Whether the capitals at `s` end their line.
fn line_ends_after_caps(text: &str, s: usize) -> bool {
    let rest = &text[s..];
    let end = rest.find(|c: char| !c.is_uppercase()).unwrap_or(rest.len());
    matches!(rest.as_bytes().get(end), None | Some(b'\n' | b'\r'))
}

/// Whether a sign-off ([`SIGN_OFFS`], "thank you"), with or without its
/// ',', ends at `e`, after a line's start or a sentence's end.
fn signed_off_before(b: &[u8], e: usize) -> bool {
    let e = e - usize::from(e > 0 && b[e - 1] == b',');
    let mut ws = e;
    while ws > 0 && b[ws - 1].is_ascii_alphabetic() {
        ws -= 1;
    }
    let word = &b[ws..e];
    let (word, ws) = if word.eq_ignore_ascii_case(b"you") && ws >= 6 && b[ws - 6..ws - 1].eq_ignore_ascii_case(b"thank") { (&b[ws - 6..e], ws - 6) } else { (word, ws) };
    let opens = ws == 0 || matches!(b[ws - 1], b'\n' | b'\r') || ws >= 2 && b[ws - 1] == b' ' && matches!(b[ws - 2], b'.' | b'!' | b'?');
    opens && (SIGN_OFFS.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes())) || word.eq_ignore_ascii_case(b"thank you"))
}

/// Initials at `s` after a log entry's word ([`NOTED`]) and before a time,
/// a date, " on " or the line's end; or ending their line after a
/// sign-off ([`SIGN_OFFS`]) or a " - ".
fn logged(text: &str, s: usize, before: &[u8], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // the word before (and its ',' or ':' off)
    let we = before.len() - usize::from(matches!(before.last(), Some(b',' | b':')));
    let mut ws = we;
    while ws > 0 && (b[ws - 1].is_ascii_alphabetic() || b[ws - 1] == b'/') {
        ws -= 1;
    }
    let word = &b[ws..we];
    let at_word = ws == 0 || !b[ws - 1].is_ascii_alphanumeric();
    // " - ZK" after a sentence ("around 23 May. - ZK"), not a heading's
    // ("INTERFACILITY TRANSFER - CCT") nor a list item's after a bracket
    // ("(MRN 9966175) - CHF")
    // and " -- KW" after anything ("signed by Raza -- KW", "PHI). -- TB")
    let dash = we == before.len()
        && ((we >= 3 && b[we - 1] == b'-' && b[we - 2] == b' ' && matches!(b[we - 3], b'.' | b'!' | b'?'))
            || (we >= 4 && b[we - 1] == b'-' && b[we - 2] == b'-' && b[we - 3] == b' ' && b[we - 4] != b'-'));
    // "by" after a time ("Retrieved 22-May-2024 9:41 AM by BR") or a few
    // words after a signature's verb ("Scanned into chart by FS"); an
    // insurer or an agency may follow another "by" ("covered by AOK on 3/4")
    let timed_by = word.eq_ignore_ascii_case(b"by") && ws >= 2 && {
        // (the spaces before "by": "5:20 PM  by CK")
        let mut pe = ws - 1;
        while pe > 0 && b[pe - 1] == b' ' && ws - pe < 4 {
            pe -= 1;
        }
        let p = &b[..pe];
        let meridiem = p.len() >= 2 && matches!(&p[p.len() - 2..], b"AM" | b"PM" | b"am" | b"pm");
        let mut vs = pe;
        while vs > 0 && b[vs - 1].is_ascii_alphabetic() {
            vs -= 1;
        }
        let reviewed = REVIEWED.iter().any(|v| b[vs..pe].eq_ignore_ascii_case(v.as_bytes()));
        p.last().is_some_and(u8::is_ascii_digit) || meridiem || reviewed || signed_verb_before(b, pe, 3)
    };
    let noted = at_word && we == before.len() && (timed_by || NOTED.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes())));
    // a filing stamp's initials between dashes, its date after them
    // ("[Forwarded to chart - MH - 02/01/2026]")
    let stamped = before.ends_with(b" -") && {
        let r = &b[s..];
        let n = r.iter().take(4).take_while(|c| c.is_ascii_uppercase()).count();
        // (a date: digits, then '/', '.' or '-' and a digit)
        let d = &r[(n + 3).min(r.len())..];
        let k = d.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
        r[n..].starts_with(b" - ") && k > 0 && matches!(d.get(k), Some(b'/' | b'.' | b'-')) && d.get(k + 1).is_some_and(u8::is_ascii_digit)
    };
    if stamped {
        push(text, s, out);
        return;
    }
    // "thank you, MP": the sign-off's two words
    let signed_off = at_word
        && (SIGN_OFFS.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
            || (word.eq_ignore_ascii_case(b"you") && ws >= 6 && b[ws - 6..ws - 1].eq_ignore_ascii_case(b"thank")));
    if !(noted || signed_off || dash) {
        return;
    }
    let at = out.len();
    push(text, s, out);
    let Some(f) = out.get(at).copied() else { return };
    let e = f.end;
    let ends_line = line_end(b, e) || (b.get(e) == Some(&b']') && line_end(b, e + 1));
    let keep = if noted {
        // then a time or a date ("19:31", "5/10:", "3/7.", "September 24"),
        // " on ", " at ", ';' or the line's end
        let rest = &b[e..];
        // (a time or a date: its token holds a ':' or a '/', "19:31",
        // "5/10:"; "USD 200" is no date)
        let number = rest.first() == Some(&b' ')
            && rest.get(1).is_some_and(u8::is_ascii_digit)
            && rest[1..].iter().take_while(|c| !c.is_ascii_whitespace()).any(|&c| c == b':' || c == b'/');
        ends_line
            || rest.starts_with(b" on ")
            || rest.starts_with(b" at ")
            || rest.first() == Some(&b';')
            // ("Received 11/19 17:34 by ATC. Triage: urgent")
            || (timed_by && (rest.starts_with(b". ") || rest.starts_with(b".\n")))
            || (number && !VITALS.contains(&&text[s..e]))
            || (rest.first() == Some(&b' ') && month_at(rest.get(1..).unwrap_or(&[])))
    } else {
        ends_line
    };
    if !keep {
        out.truncate(at);
    }
}

/// Whether a line ends at `k` (the text's end, "\n" or "\r\n").
fn line_end(b: &[u8], k: usize) -> bool {
    k >= b.len() || b[k] == b'\n' || (b[k] == b'\r' && b.get(k + 1) == Some(&b'\n'))
}

/// Whether the rest of the line from `k` is a date, with a time or not
/// ("2023-04-13 17:41", "07/27/2023 08:28", "12-05-2023"): a log's entry
/// signed before its stamp. The date has three groups of digits, so a
/// reading ("120/80") is none.
fn stamp_ends_line(b: &[u8], k: usize) -> bool {
    let le = memchr::memchr(b'\n', &b[k.min(b.len())..]).map_or(b.len(), |n| k + n);
    let line = &b[k.min(le)..le];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let date = line.split(|&c| c == b' ').next().unwrap_or(b"");
    let groups: Vec<&[u8]> = date.split(|&c| matches!(c, b'/' | b'-' | b'.')).collect();
    // (year first, or last: "2023-04-13", "07/27/2023", "12-05-23"; not
    // a phone number's groups, "06-2789-0231")
    let lens = groups.iter().map(|g| g.len()).collect::<Vec<_>>();
    let date_ok = groups.len() == 3
        && groups.iter().all(|g| g.iter().all(u8::is_ascii_digit))
        && matches!(lens[..], [4, 1..=2, 1..=2] | [1..=2, 1..=2, 2 | 4]);
    let rest = &line[date.len()..];
    date_ok && rest.iter().all(|&c| c.is_ascii_digit() || matches!(c, b' ' | b':' | b'A' | b'P' | b'M' | b'a' | b'p' | b'm'))
}

/// "SW/ze", "MA/ab", "TET/ve" at `i`: a dictation's reference, the
/// author's capitals (whatever they spell) and the typist's lower-case
/// initials after a '/', then a space or the line's end: where the
/// author's capitals end, and where the reference does.
fn dictation_ref(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let caps = b[i..].iter().take(4).take_while(|c| c.is_ascii_uppercase()).count();
    if !(2..=3).contains(&caps) || b.get(i + caps) != Some(&b'/') || UNITS.contains(&&b[i..i + caps]) {
        return None;
    }
    let t = i + caps + 1;
    let low = b[t.min(b.len())..].iter().take(4).take_while(|c| c.is_ascii_lowercase()).count();
    ((2..=3).contains(&low) && (line_end(b, t + low) || b[t + low] == b' ')).then_some((i + caps, t + low))
}

/// Initials that sign a message on a line of their own after a dash, as
/// crews, pharmacists and call takers sign: "-jp", "--mb & ls", "-n.a.",
/// "- JJ  4:15PM", "-- KW, RPh". Two or three letters of one case (each
/// with a period after it, or none), a partner's after " & ", then the
/// line's end, a time, or a credential ending the line. A credential or a
/// time after them says a person signed; without one the line must close
/// the text or its paragraph after a sentence (not a heading's one item,
/// "Plan:\n- tbd"). Never next to another dashed line (a list's items:
/// "- htn\n- dm", "- MR"), and neither side a word or an abbreviation
/// ([`NOT_SIGNED`]: "-ok", "- po", "bp & hr"); capitals go through the
/// other readers' service filter ("-- ICU, RN").
///
/// Cost: one `memchr` pass over the line ends, a look at each line that
/// opens with a dash.
fn dash_signatures(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for ls in memchr::memchr_iter(b'\n', b).map(|p| p + 1) {
        if b.get(ls) != Some(&b'-') {
            continue;
        }
        let mut k = ls + 1 + usize::from(b.get(ls + 1) == Some(&b'-'));
        k += usize::from(b.get(k) == Some(&b' '));
        let Some((s1, e1)) = inits_at(b, k) else { continue };
        let mut e = e1;
        let mut second = None;
        if b[e..].starts_with(b" & ") {
            if let Some((s2, e2)) = inits_at(b, e + 3) {
                second = Some((s2, e2));
                e = e2;
            }
        }
        let le = memchr::memchr(b'\n', &b[e..]).map_or(b.len(), |q| e + q);
        let rest = b[e..le].trim_ascii_end();
        // a credential after ", " or " ", or a time, after them
        let signed = {
            let mut q = e + usize::from(b.get(e) == Some(&b','));
            while q < le && b[q] == b' ' {
                q += 1;
            }
            // (a time: "4:15PM", "2310"; not a reading, "- HR 88")
            let time = |r: &[u8]| {
                let d = r.iter().take_while(|c| c.is_ascii_digit()).count();
                let m = &r[d..];
                let colon = (1..=2).contains(&d) && m.len() >= 3 && m[0] == b':' && m[1..3].iter().all(u8::is_ascii_digit);
                let tail = if colon { &m[3..] } else { m };
                let meridiem = matches!(tail.trim_ascii(), b"AM" | b"PM" | b"am" | b"pm");
                // (four digits alone only after two spaces, as a log's
                // column: "- KT  2310"; "- MI 2015" is a year)
                let hhmm = d == 4 && r[..2] <= b"23"[..] && r[2] <= b'5' && (meridiem || q >= e + 2 && b[q - 2] == b' ');
                (hhmm || colon) && (tail.trim_ascii().is_empty() || meridiem)
            };
            // (a credential ending the line, or a time after it: not "- pt
            // RN aware", "- ct, MD to review")
            let credential = super::names::credential_at(text, q).is_some_and(|ce| {
                let r = b[ce..le].trim_ascii();
                r.is_empty() || r.first().is_some_and(u8::is_ascii_digit)
            });
            q < le && q > e && (credential || time(b[q..le].trim_ascii_end()))
        };
        // the line before, and whether a dashed line is next to this one
        let prev = if ls >= 2 {
            let ps = memchr::memrchr(b'\n', &b[..ls - 1]).map_or(0, |q| q + 1);
            b[ps..ls - 1].trim_ascii()
        } else {
            &b[..0]
        };
        let next = &b[le.min(b.len())..];
        let dashed_next = next.strip_prefix(b"\n").is_some_and(|n| n.first() == Some(&b'-'));
        let in_list = prev.first() == Some(&b'-') || dashed_next;
        let alone = rest.is_empty() && {
            // closes the text or its paragraph
            let closes = next.iter().all(|c| c.is_ascii_whitespace()) || next.starts_with(b"\n\n") || next.starts_with(b"\r\n\r\n");
            // after a sentence, not a heading ("Plan:", "Diet"): three
            // words or more, ending in a stop, a comma or a digit
            let sentence = prev.split(|&c| c == b' ').filter(|w| !w.is_empty()).count() >= 3
                && prev.last().is_some_and(|&c| matches!(c, b'.' | b',' | b'!' | b'?' | b')') || c.is_ascii_digit());
            closes && sentence
        };
        if !(signed || alone) || in_list {
            continue;
        }
        // (no word or abbreviation: "-ok", "- po", "bp & hr", "ASA & PPI")
        let word = |s: usize, e: usize| {
            let w: Vec<u8> = b[s..e].iter().filter(|c| c.is_ascii_alphabetic()).map(u8::to_ascii_lowercase).collect();
            // (an English word of three letters or more: the lists hold
            // two letters' abbreviations as words, "ls", "mb")
            NOT_SIGNED.contains(&w.as_slice()) || w.len() >= 3 && std::str::from_utf8(&w).is_ok_and(super::lexicon::is_english)
        };
        if word(s1, e1) || second.is_some_and(|(s2, e2)| word(s2, e2)) {
            continue;
        }
        // (capitals as the other readers take them, a service's or a
        // unit's aside, "-- ICU, RN"; alone on their line, only with a
        // partner's, "-MRS & DF": "-- END" is none)
        for (s, e) in std::iter::once((s1, e1)).chain(second) {
            if b[s].is_ascii_lowercase() {
                out.push(Finding::new(PhiType::Name, s, e, 0.7));
            } else if signed || second.is_some() {
                push(text, s, out);
            }
        }
    }
}

/// Lower-case words and abbreviations a dashed line holds that sign
/// nothing (any case: "- PO", "ASA & PPI").
const NOT_SIGNED: &[&[u8]] = &[
    b"no", b"ok", b"ve", b"na", b"nil", b"yes", b"hi", b"bye", b"tbc", b"tba", b"tbd", b"etc", b"see", b"and", b"the", b"per", b"am",
    b"pm", b"dc", b"rx", b"tx", b"sx", b"hx", b"dx", b"prn", b"bid", b"tid", b"qid", b"od", b"bd", b"fu", b"iv", b"po", b"hs", b"qd",
    b"bs", b"bp", b"hr", b"rr", b"nka", b"npo", b"ivf", b"abx", b"wnl", b"nad", b"sob", b"cp", b"cbc", b"bmp", b"ua", b"cxr", b"ecg",
    b"ekg", b"obs", b"pt", b"ot", b"slp", b"ed", b"er", b"icu", b"or", b"gi", b"ent", b"rt", b"lt", b"qhs", b"mg", b"mcg", b"ml", b"cvc",
    b"ra", b"nc", b"sba", b"ind", b"nwb", b"bo", b"pu", b"int", b"dab", b"reg", b"ns", b"lr", b"dsd", b"bil", b"occ", b"neg", b"pos",
    b"fyi", b"thx", b"ty", b"lol", b"idk", b"btw", b"eod", b"imo", b"asa", b"dnr", b"dni", b"sr", b"nsr", b"cta", b"rrr", b"snt",
    b"wwp", b"xo", b"xx", b"cya", b"ac", b"pc", b"inr", b"ppi", b"pcp", b"mi", b"cva", b"dm", b"af", b"tka", b"chf", b"htn", b"ckd",
    b"tia", b"osa", b"copd", b"ct", b"mri", b"bg", b"hd", b"eg", b"ie", b"qod", b"oob", b"piv", b"ms", b"mr", b"cm", b"cc", b"np", b"yo",
];

/// Two or three letters of one case at `k`, each with a period after it or
/// none ("jp", "MRS", "n.a.", "M.W."), then no letter or digit: their
/// span. (Also a transcription footer's typist: [`super::lower_names`].)
pub(crate) fn inits_at(b: &[u8], k: usize) -> Option<(usize, usize)> {
    let mut e = k;
    let mut letters = 0;
    let mut dots = 0;
    while e < b.len() && b[e].is_ascii_alphabetic() && letters < 4 {
        letters += 1;
        e += 1;
        if b.get(e) == Some(&b'.') {
            dots += 1;
            e += 1;
        }
    }
    let w: Vec<u8> = b[k..e].iter().copied().filter(u8::is_ascii_alphabetic).collect();
    let one_case = w.iter().all(u8::is_ascii_lowercase) || w.iter().all(u8::is_ascii_uppercase);
    let free = b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric() && *c < 0x80);
    ((2..=3).contains(&letters) && (dots == 0 || dots == letters) && one_case && free).then_some((k, e))
}

/// Whether a bracketed note of two words or more ("[dictated but not
/// read]") opens the line and ends at `e` (its ']' at `e - 1`).
fn bracket_note_before(b: &[u8], e: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &b[..e]).map_or(0, |p| p + 1);
    b.get(ls) == Some(&b'[') && e >= ls + 2 && b[ls + 1..e - 1].contains(&b' ') && !b[ls + 1..e - 1].contains(&b'[')
}

/// Units whose capitals a '/' and a lower-case unit follow ("IU/ml").
const UNITS: &[&[u8]] = &[b"IU", b"MU", b"MG", b"ML", b"MEQ", b"KG", b"MCG", b"MMOL", b"MOL", b"CFU", b"PFU"];

/// Capitals a chief complaint is written in after "cc:" ("cc: SOB").
pub(super) const COMPLAINTS: &[&str] = &[
    "CP", "SOB", "HA", "AMS", "LBP", "NV", "ABD", "URI", "UTI", "LOC", "SI", "HI", "FTT", "GLF", "MVC", "MVA", "DIB",
    "CHF", "DKA", "GI", "RUQ", "LUQ", "RLQ", "LLQ", "ETOH", "OD", "SZ", "TIA", "CVA", "MI", "PE", "DVT", "BRBPR",
];

/// A body system's capitals, a flowsheet's entry after its time ("0800
/// GU: voiding", "MS: moves all limbs").
pub(super) const SYSTEMS: &[&str] = &[
    "GU", "CV", "MS", "CNS", "INT", "RES", "PSY", "NEU", "EXT", "SKN", "ENT", "GI", "LOC", "MSK", "IN", "OUT", "IV",
    "PO", "NG", "EYE", "EAR", "ABD", "GEN",
    // and what a flowsheet charts ("BM: large", "JP: 30 ml serosang")
    "BM", "JP", "LS", "FC", "SR", "CX", "VB", "TV", "NC", "OT", "PT", "ST", "VS", "IS", "CT", "HD", "PD", "TF",
];

/// Where the spaces before the capitals at `s` start, when a line's
/// first characters (a digit or a letter) stand before them: the end of
/// what may be a log's stamp.
fn logged_writer_before(b: &[u8], s: usize) -> Option<usize> {
    let mut e = s;
    while e > 0 && b[e - 1] == b' ' {
        e -= 1;
    }
    (e < s && e > 0 && b[e - 1].is_ascii_alphanumeric()).then_some(e)
}

/// Initials that start the line at `i`: before a credential ("AS DDS",
/// "WJC PMHNP-BC", "BA RPh") or a date and time that end the line ("WD
/// 2023-04-13 17:41"), after a '-' and alone on the line ("-SEN"),
/// a dictation's reference ("RB/GLE", "SW/ze": the author's, and the
/// typist's in capitals), or alone on the text's last line ("JB").
fn line_start(text: &str, i: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let line_end = |k: usize| line_end(b, k);
    if b[i] == b'-' {
        push_kept(text, i + 1, out, |f| line_end(f.end));
        return;
    }
    // "SW/ze", "MA/ab": a dictation's reference, whatever the capitals
    // spell, when lower-case initials follow the '/'
    if let Some((ce, _)) = dictation_ref(b, i) {
        out.push(Finding::new(PhiType::Name, i, ce, 0.7));
        return;
    }
    let before = out.len();
    push(text, i, out);
    if out.len() == before {
        // capitals that spell a credential or a service ("MS RGN", "SW
        // RPh"): initials all the same when a credential follows and ends
        // the line (a role's word is a service's: "UR Nurse")
        push_any(text, i, out, false, false);
        if let Some(f) = out.get(before).copied() {
            let k = f.end + 1;
            let cred = b.get(f.end) == Some(&b' ') && super::names::credential_at(text, k).is_some_and(|n| line_end(k + n));
            if !cred {
                out.truncate(before);
            }
        }
        return;
    }
    let Some(f) = out.get(before).copied() else { return };
    let e = f.end;
    let keep = match b.get(e) {
        // then nothing more on the line but another credential or a
        // '/' ("AS DDS / asst Lakshmi"; not "NOC RN NOTE", a heading)
        Some(b' ') => {
            super::names::credential_at(text, e + 1).is_some_and(|n| {
                let k = e + 1 + n;
                line_end(k) || b[k] == b',' || b[k..].starts_with(b" /")
            }) || role_ends_line(text, e + 1)
                || (stamp_ends_line(b, e + 1) && !VITALS.contains(&&text[f.start..e]))
        }
        Some(b'/') => {
            // the typist's initials after the '/': in capitals, a name too
            let t = out.len();
            push(text, e + 1, out);
            if out.get(t).is_some_and(|g| !line_end(g.end) && b[g.end] != b' ') {
                out.truncate(t);
            }
            let lower = b.get(e + 1).is_some_and(u8::is_ascii_lowercase);
            out.len() > t || lower
        }
        // "NG, MD": a credential after a comma, ending the line
        Some(b',') => b.get(e + 1) == Some(&b' ') && super::names::credential_at(text, e + 2).is_some_and(|n| line_end(e + 2 + n)),
        // alone on the text's last line (a signature)
        _ => line_end(e) && b[e..].iter().all(|c| c.is_ascii_whitespace()),
    };
    if !keep {
        out.truncate(before);
    }
}

/// Initials at `i` signing a line: followed by a credential ("-- HH RN",
/// "-- MW, RN"), a department after a comma ("-- CO, OVM") or alone on
/// their line ("-- IL"); a line that starts
/// "-- END OF FAX" or "-- PT to see" is no signature.
fn push_signed(text: &str, i: usize, out: &mut Vec<Finding>) {
    let before = out.len();
    push(text, i, out);
    let Some(f) = out.get(before).copied() else { return };
    let b = text.as_bytes();
    let line_end = |k: usize| line_end(b, k);
    if line_end(f.end) {
        return;
    }
    let mut k = f.end;
    if k < b.len() && b[k] == b',' {
        k += 1;
    }
    if k < b.len() && b[k] == b' ' {
        k += 1;
    }
    // (or a department's capitals after the comma: "-- CO, OVM (ext 2033)")
    let dept = b[f.end] == b',' && {
        let n = b[k..].iter().take(6).take_while(|c| c.is_ascii_uppercase()).count();
        (2..=5).contains(&n) && (line_end(k + n) || matches!(b[k + n], b' ' | b','))
    };
    if k == f.end || (super::names::credential_at(text, k).is_none() && !dept) {
        out.truncate(before);
    }
}

/// Initials at `i` after a signature's label: as [`push`], a service's
/// letters too (not a credential, vitals or a placeholder's "NA").
fn push_signature(text: &str, i: usize, out: &mut Vec<Finding>) {
    let before = out.len();
    push_any(text, i, out, false, true);
    if let Some(f) = out.get(before) {
        let v = &text[f.start..f.end];
        if VITALS.contains(&v) || matches!(v, "NA" | "NK" | "TBD" | "DOB") {
            out.truncate(before);
        }
    }
}

/// Whether a credential ("RGN", "RPh", "MD") or a nurse's role ("Staff
/// Nurse", "Charge Nurse") starts at `k` and ends its line.
fn role_ends_line(text: &str, k: usize) -> bool {
    let b = text.as_bytes();
    if let Some(n) = super::names::credential_at(text, k) {
        return line_end(b, k + n);
    }
    let r = &text[k..];
    let line = &r[..r.find('\n').unwrap_or(r.len())].trim_end();
    let mut words = line.split(' ');
    let first = words.next().unwrap_or("");
    let last = words.next();
    words.next().is_none()
        && match last {
            // (a typist's third 'f' too: "Stafff Nurse")
            Some("Nurse") => first.starts_with("Staf") || matches!(first, "Charge" | "Senior" | "Registered" | "Practice"),
            Some(_) => false,
            None => matches!(first, "Nurse" | "Midwife" | "Pharmacist"),
        }
}

/// Dotted capitals that are no one's initials: a country's, a note's, a
/// time of day's, an eye's ("U.K.", "N.B.", "P.S.", "O.D.").
const NOT_DOTTED: &[&str] = &[
    "UK", "NB", "PS", "AD", "BC", "USA", "OD", "OS", "OU", "DC", "TV", "UN", "EU", "NZ", "UAE",
    // when a dose is taken, and what a note abbreviates ("P.O. Q.H.S.")
    "HS", "QHS", "AC", "PC", "QOD", "QAM", "QPM", "TIW", "QH", "SOB", "AKA", "ROS",
];

/// The end of two or three ASCII capitals at `i`, each followed by '.'
/// ("C.B.", "H.P.F."), then no letter or digit: dotted initials.
fn dotted_at(b: &[u8], i: usize) -> Option<usize> {
    let mut k = i;
    let mut n = 0;
    while n < 4 && b.get(k).is_some_and(u8::is_ascii_uppercase) && b.get(k + 1) == Some(&b'.') {
        k += 2;
        n += 1;
    }
    let free = !b.get(k).is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80);
    ((2..=3).contains(&n) && free).then_some(k)
}

/// [`push`], the initials kept only where `keep` says of them (their
/// line ends after them, a date follows).
fn push_kept(text: &str, i: usize, out: &mut Vec<Finding>, keep: impl Fn(&Finding) -> bool) {
    let at = out.len();
    push(text, i, out);
    if out.get(at).is_some_and(|f| !keep(f)) {
        out.truncate(at);
    }
}

/// Whether a sentence ends before the space at `k` and any spaces before
/// it ("3-month call. -KV", "crown fit 40 min.  A.A.").
fn sentence_ends_before(b: &[u8], mut k: usize) -> bool {
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    k > 0 && matches!(b[k - 1], b'.' | b'!' | b'?' | b')')
}

/// Initials at `i` when they stand alone there.
fn push(text: &str, i: usize, out: &mut Vec<Finding>) {
    push_any(text, i, out, true, true)
}

/// [`push`]; `services`: leave out [`NOT_INITIALS`] too; `credentials`:
/// and capitals that spell a credential.
fn push_any(text: &str, i: usize, out: &mut Vec<Finding>, services: bool, credentials: bool) {
    let b = text.as_bytes();
    let Some(rest) = text.get(i..) else { return };
    if let Some(end) = dotted_at(b, i) {
        // "C.B.R.", "A.A.": the letters without their dots are read as
        // undotted ones are, and a country's or an hour's ("U.K.", "P.M.")
        let mut key = [0u8; 3];
        let n = (end - i) / 2;
        for k in 0..n {
            key[k] = b[i + 2 * k];
        }
        let key = std::str::from_utf8(&key[..n]).unwrap_or("");
        let word = NOT_INITIALS.contains(&key) || ROUTES.contains(&key) || VITALS.contains(&key) || NOT_DOTTED.contains(&key);
        let cred = credentials && super::names::credential_at(text, i).is_some_and(|l| l + 1 >= end - i);
        if !(word || cred || out.last().is_some_and(|f| f.start == i && f.end == end)) {
            out.push(Finding::new(PhiType::Name, i, end, 0.7));
        }
        return;
    }
    let mut n = 0;
    let mut end = i;
    for c in rest.chars() {
        if c.is_uppercase() && n < 4 {
            n += 1;
            end += c.len_utf8();
        } else {
            break;
        }
    }
    if !(2..=3).contains(&n) {
        return;
    }
    // alone: then a space, punctuation or the end, not a letter or digit
    if end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] >= 0x80 || b[end] == b'-') {
        return;
    }
    if (credentials && super::names::credential_at(text, i) == Some(end - i)) || (services && NOT_INITIALS.contains(&&text[i..end])) {
        return;
    }
    // (read once however many cues stand before them: "Collected by: HS")
    if out.last().is_some_and(|f| f.start == i && f.end == end && f.kind == PhiType::Name) {
        return;
    }
    out.push(Finding::new(PhiType::Name, i, end, 0.7));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn initials(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &super::super::names::tokenize(t), &mut out);
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_log_entrys_initials_before_its_stamp() {
        assert_eq!(initials("unsuccessful (17:59).\nWD 2023-04-13 17:41\n"), ["WD"]);
        assert_eq!(initials("note\nKL 07/27/2023 08:28"), ["KL"]);
        assert_eq!(initials("Incident closed. Submitted by NR 11 August 2022"), ["NR"]);
        assert_eq!(initials("dated 09/30/2024.\nSummary by HD\nPedigree by DB, 01/28/2022"), ["HD", "DB"]);
        assert!(initials("Summary by ENT\nPedigree by GP").is_empty());
        // a phone's groups, a vital's reading, more words after the date
        assert!(initials("x\nTEL 06-2789-0231\n").is_empty());
        assert!(initials("x\nBP 120/80\n").is_empty());
        assert!(initials("x\nGI 2023-04-13 clinic visit\n").is_empty());
    }

    #[test]
    fn a_study_subjects_initials() {
        assert_eq!(initials("SUBJECT ID: UL06-3457   Initials H-O-N   Site 124"), ["H-O-N"]);
        assert_eq!(initials("Subject initials: N-W\nVisit date: 01-Feb-2025"), ["N-W"]);
        assert_eq!(initials("Pt # 007-182   Initials BS   Site 104"), ["BS"]);
        assert_eq!(initials("Initials J.D. on file"), ["J.D."]);
        // five capitals are no one's initials, a word is none
        assert!(initials("initials ABCDE; initials pending").is_empty());
    }

    #[test]
    fn who_collected_after_a_date_and_a_time() {
        assert_eq!(initials("RED 6mL  COLL 2022-10-23 1735 ÉP\n||||| ||||"), ["ÉP"]);
        assert_eq!(initials("LAV 4mL  COLL 12/2/25 12:05 MN\n"), ["MN"]);
        // not a service, not without a date, not before more text
        assert!(initials("COLL 2022-10-23 1735 ED\n").is_empty());
        assert!(initials("dose at 1735 MN\n").is_empty());
        assert!(initials("COLL 12/2/25 1205 MN ok\n").is_empty());
    }

    #[test]
    fn one_capital_signing_off() {
        assert_eq!(initials("call her husband at 312-555-0140?\nThx, C\n\n-----Original Message-----"), ["C"]);
        assert_eq!(initials("Thank you, R\n"), ["R"]);
        // not at a line's end, not after a sign-off, a sign-off inside a sentence
        assert!(initials("Thx, C and D\n").is_empty());
        assert!(initials("Vitamin C\n").is_empty());
        assert!(initials("no thx C\n").is_empty());
    }

    #[test]
    fn where_a_record_is_signed() {
        assert_eq!(initials("Dictated 10.10.2024, typed by AH\n"), ["AH"]);
        assert_eq!(initials("Dictated 10 August 2026, typed by SØ\n"), ["SØ"]);
        assert_eq!(initials("[system] note signed by KT 7/19/23"), ["KT"]);
        assert_eq!(initials("[end of call - 6 min 32 s - agent HL (UG00000)]"), ["HL"]);
        assert_eq!(initials("on 11/22.\n-- MW, RN\n"), ["MW"]);
        assert_eq!(initials("see you.\n-- VJT RN"), ["VJT"]);
        assert_eq!(initials("next dose.\n-- IL\n"), ["IL"]);
        assert_eq!(initials("next dose.\n-- GM"), ["GM"]);
    }

    #[test]
    fn a_log_entry_signed_at_its_line_s_end() {
        assert_eq!(initials("08/09/2022 1615 - lvm on 07115 412404 /GN\n08-SEP-2022 1520 - called /GN\n"), ["GN", "GN"]);
        assert!(initials("11:00 AM | Vo, Huy | 5 | inhaler given | ice pack | RTC\n").is_empty());
        assert_eq!(initials("LAV 4mL  Coll: June 3rd  5:20 PM  by CK\n"), ["CK"]);
        assert!(initials("said it is fine\ncc: SOB\n").is_empty());
        assert!(initials("0800 insulin 4 units /SC\n2.5 mg morphine given /SC\n5-10 mg prn /IM\n12/03/24 1315 given /DC\n").is_empty());
        assert!(initials("Blood typed AB\n").is_empty());
        assert!(initials("CC: CP\n").is_empty());
        assert!(initials("BP 120/80 | OK\n").is_empty());
        assert!(initials("Vitals | BP | HR\n").is_empty());
        assert!(initials("12/03 meds given /PO\n").is_empty());
        assert!(initials("warfarin as per INR; insulin 18 units\n").is_empty());
        // a log's '|' table's last cell: a status as often as a signer
        assert!(initials("07/11/2022 18:30 | pt did not attend, letter sent to GP | DNA\n").is_empty());
        // a log whose dates spell the month
        assert_eq!(initials("22 January 2022 at 0640 - informed scheduler Sylvie /ML\n"), ["ML"]);
        assert_eq!(initials("Nov 11 2023 @ 6:22 AM - new address for visits 5859 Oak Rd /AD\n"), ["AD"]);
        assert!(initials("22 January 2022 at 0640 - 5 mg given /SC\n").is_empty());
        assert!(initials("22 January 2022 at 0640 - obs stable, BP 120/80 /BP\n3 May 2022 0948 - redressed /OK\n").is_empty());
        assert!(initials("May 5 doses given /IM\n").is_empty());
    }

    #[test]
    fn a_signature_s_verb_without_by_a_credential_after_by() {
        assert_eq!(initials("due 2/12.\nSigned HK\n"), ["HK"]);
        assert_eq!(initials("License # S53581\nSigned AH 02/22/2024\n"), ["AH"]);
        assert_eq!(initials("Typed: JK\n"), ["JK"]);
        assert_eq!(initials("Second midwife: HG\n"), ["HG"]);
        assert_eq!(initials("Taken: 2022-02-21 @ 21:10 by IA, RN\n"), ["IA"]);
        assert_eq!(initials("review due. -- DS, RN CM\n"), ["DS"]);
        // a word or a report after it, a service before a credential
        assert!(initials("Signed BP stable").is_empty());
        assert!(initials("signed CT report").is_empty());
        assert!(initials("seen by ED, RN aware").is_empty());
        assert!(initials("follow up -- TBD, RN to call").is_empty());
    }

    #[test]
    fn where_a_task_is_initialled() {
        assert_eq!(initials("Tubes: 1 gold\nDrawn by KB at bed 3\n"), ["KB"]);
        assert_eq!(initials("Collected by: HS\nVitals"), ["HS"]);
        assert_eq!(initials("Completed by WZ on 12/5/22"), ["WZ"]);
        assert_eq!(initials("Processed by MO 09:05"), ["MO"]);
        assert_eq!(initials("Date 5/19   Issued by PS\n"), ["PS"]);
        assert_eq!(initials("Phleb: DH   Site: L AC"), ["DH"]);
        assert_eq!(initials("Signature: ________   Staff: ACM\n"), ["ACM"]);
        assert_eq!(initials("Nurse: WP, RN   Time: 1120"), ["WP"]);
        assert_eq!(initials("Patient signature: ____   RN: NT\n"), ["NT"]);
        assert_eq!(initials("Medic: TJJ EMT-P\n"), ["TJJ"]);
        assert_eq!(initials("Witness: Ofc. Park\nCrew: RNG\n"), ["RNG"]);
        assert_eq!(initials("29-APR-2025,1,N,Not related\nProgrammer: K.E.\n"), ["K.E."]);
        // (a service, a test, a reading or a device after the label is no
        // one's initials; nor a dose's or a dispensing's field)
        assert!(initials("Crew: ALS unit 4\n").is_empty());
        assert!(initials("Crew: FD, PD, EMS on scene\nMedic: GCS 15\nEMT: BP 132/84\nProgrammer: ICD interrogated").is_empty());
        assert!(initials("Sig: OU bid\nDisp: QS\nDisp: NR #30\n10:02 disp: MVC with injuries").is_empty());
        assert!(initials("Examiner: ME\nAssessor: PHQ\nRater: HAM\nObserver: CAM\nVaccinator: IM\n").is_empty());
        assert_eq!(initials("report # 2022-24221 assigned\n11:49:46 disp: VJH\n07:45:50 disp: H.O.\n"), ["VJH", "H.O."]);
        assert!(initials("Records reviewed: EMG/NCS dated 08/07/2024").is_empty());
    }

    #[test]
    fn a_filing_stamp_s_initials_between_dashes() {
        assert_eq!(initials("[Forwarded to chart - MH - 02/01/2026]\n"), ["MH"]);
        assert!(initials("INTERFACILITY TRANSFER - CCT - 2 crew").is_empty());
        assert!(initials("Diagnosis - CHF - stable").is_empty());
    }

    #[test]
    fn reviewed_with_a_date_a_review_s_label_a_second_signer() {
        assert_eq!(initials("Reviewed by SN 3/7. Questions: 419.664.6931"), ["SN"]);
        assert_eq!(initials("Manager review: DW 11/7/23"), ["DW"]);
        assert_eq!(initials("Signed: JL / SC\n"), ["JL", "SC"]);
        // a service, or no date after
        assert!(initials("reviewed by GI on 3/4").is_empty());
        assert!(initials("Plan reviewed by PT 3/4 and by OT").is_empty());
        assert!(initials("reviewed by KT and discussed").is_empty());
        assert!(initials("Chart review: ENT consult").is_empty());
    }

    #[test]
    fn in_a_log_entry_or_a_sign_off() {
        assert_eq!(initials("Delivered to Nigel Iyer via page 12:56 - ack NI 19:31\n"), ["NI"]);
        assert_eq!(initials("bye\n\nNote MM 5/10: records faxed, conf rec'd"), ["MM"]);
        assert_eq!(initials("bye\n\nheard by BL on 28/11/2022\nRouted to"), ["BL"]);
        assert_eq!(initials("Retrieved 22-May-2024 9:41 AM by BR\n-> call back"), ["BR"]);
        assert_eq!(initials("f/u RH September 24: left msg"), ["RH"]);
        assert_eq!(initials("DATE/TIME: 31 January 2023 05:58   Op: RJ\nFor: Dr. Iyer"), ["RJ"]);
        assert_eq!(initials("discharge? Thanks, MP\n\n****"), ["MP"]);
        assert_eq!(initials("seats 3A/3B (not PHI). -- TB\n\nCoordinator: Thijs"), ["TB"]);
        assert_eq!(initials("belongings list signed by Raza -- KW"), ["KW"]);
        assert_eq!(initials("Finance informed.\n-- CO, OVM (ext 2033)"), ["CO"]);
        assert_eq!(initials("Signatures: interpreter KK; patient JBD; witness KR\n"), ["KK", "KR"]);
        assert_eq!(initials("Signature of civil surgeon: MB   Date: 4/4/2022"), ["MB"]);
        assert_eq!(initials("Cashier: ANC   Printed 11/5/2024"), ["ANC"]);
        // not a heading's service, or words after the dash
        assert!(initials("TRANSFER -- CCT team\n-- END OF FAX").is_empty());
        assert!(initials("witness ID checked; interpreter ENT clinic").is_empty());
        assert_eq!(initials("please get the repeat test around 23 May. - ZK\n"), ["ZK"]);
        assert_eq!(initials("proxy verified against form on file. - HL]\n"), ["HL"]);
        assert_eq!(initials("Callback planned Jan 7.\n/CH\n"), ["CH"]);
        assert_eq!(initials("[Scanned into chart by FS on 6/25/23]"), ["FS"]);
        assert_eq!(initials("Notified at 1310 by MM; he will meet resident"), ["MM"]);
        assert_eq!(initials("Received 11/19 17:34 by ATC. Triage: urgent"), ["ATC"]);
        assert_eq!(initials("Prescriber signature: SW   Date: 05/12/2023"), ["SW"]);
        assert_eq!(initials("Abstractor: CT   Date abstracted: 3/4/2024"), ["CT"]);
        assert!(initials("Signature: NA\n").is_empty());
    }

    #[test]
    fn dotted_initials_and_cases_allocated() {
        assert_eq!(initials("review booked 12 January\nSigned: C.B.R.   Manager review: 26/9"), ["C.B.R."]);
        assert_eq!(initials("fax (819) 922-5363.\nInit. A.B.C.\n"), ["A.B.C."]);
        assert_eq!(initials("staying there since 6/9.\ntriaged by C.B.\n"), ["C.B."]);
        assert_eq!(initials("Next: 22/2 crown fit 40 min.  H.P.F.\n"), ["H.P.F."]);
        assert_eq!(initials("Witnesses: WF, Gurpreet Iyer"), ["WF"]);
        assert_eq!(initials("3 records. Letters printed by FW.\n"), ["FW"]);
        assert_eq!(initials("outcome: accepted 03/03/2022, allocated to RR.\n"), ["RR"]);
        // a country, an hour, a credential, a route; words after them
        assert!(initials("She moved back to the U.K.\n").is_empty());
        assert!(initials("Seen at 10 a.m. today.  P.M.\n").is_empty());
        assert!(initials("Signed: M.D.\n").is_empty());
        assert!(initials("Given 4 mg.  I.V.\n").is_empty());
        assert!(initials("fit 40 min.  A.A. to review\n").is_empty());
        assert!(initials("allocated to OT team").is_empty());
        assert!(initials("allocated to ICU.\n").is_empty());
        assert!(initials("Referral assigned to ACT.\n").is_empty());
        assert!(initials("Init. CXR clear. Init. CT head neg.").is_empty());
        assert!(initials("Colace 100 mg P.O. H.S.\n").is_empty());
        assert!(initials("Cough. S.O.B.\n").is_empty());
    }

    #[test]
    fn a_copys_addressee_a_logs_writer_and_a_dictations_reference() {
        assert_eq!(initials("Plan: as above\nRecheck 2/52\nTo GP\nAssigned: F. Saleh\ncc: MK\n"), ["MK"]);
        assert_eq!(initials("31-JAN-2023 @ 0805 SS: pt msgd re: refill"), ["SS"]);
        assert_eq!(initials("Jul 4 2023 11:40 AM KW: pt msgd re: HTN"), ["KW"]);
        assert_eq!(initials("2023-01-26 at 14:48 PF: lvm for pt"), ["PF"]);
        assert_eq!(initials("[dictated but not read] TET/ve  D: 04/09/2023"), ["TET"]);
        assert_eq!(initials("Report reviewed with the nurse.\nNG, MD\n"), ["NG"]);
        // a credential's or a service's capitals before another credential
        assert!(initials("Sarah Connor\nBSN, RN\n").is_empty());
        assert!(initials("John Smith\nMD, PhD\n-- UR, RN\n-- ICU, RN\n").is_empty());
        assert!(initials("bedside handover done\n-- PT, RN\n").is_empty());
        assert!(initials("Visit note\ncc: HTN\nHPI: three days of cough\nPMH: none\nMeds: none\n").is_empty());
        assert!(initials("Visit note\ncc: HTN\nHPI: cough").is_empty());
        assert!(initials("01/31/2023 0800 SCD: on bilaterally\n01/31/23 1400 PCA: pt using appropriately\n01/31/23 1500 BM: large").is_empty());
        assert!(initials("Ferritin 400 [H] NG/ml\n[x] SQ/im today\n").is_empty());
        // a chief complaint, a flowsheet's entries, a unit, a heading
        assert!(initials("CC: SOB\n").is_empty());
        assert!(initials("cc: CP x 2 days\ncc: SOB\n").is_empty());
        assert!(initials("0800 BP: 120/80\n0900 GU: voiding\n0930 MS: moves all limbs").is_empty());
        assert!(initials("0800 SS: 120").is_empty());
        assert!(initials("Name: X\nDOD 19/06/21\nDOS 3/4/2024").is_empty());
        assert!(initials("heparin [weight based] IU/kg bolus").is_empty());
        assert!(initials("Pain: 4/10 [left knee] PT/ot referral").is_empty());
        assert!(initials("-- PT, RN and MD agree").is_empty());
    }

    #[test]
    fn initials_signing_a_message_after_a_dash() {
        assert_eq!(initials("told husband Yusuf - pt to call back.\n-jp\n"), ["jp"]);
        assert_eq!(initials("SpO2 94%. bleeding controlled.\n--mb & ls\n"), ["mb", "ls"]);
        assert_eq!(initials("will call back. \n- JJ  4:15PM\n"), ["JJ"]);
        assert_eq!(initials("Teach-back done.\n-- KW, RPh\n"), ["KW"]);
        // a list's items, a heading's one item, a word, an abbreviation, a
        // reading, a year, a credential with words after it
        for t in [
            "PMH:\n- htn\n- dm\n", "Problems\n- MR\n- AF\n", "note\n-ok\n", "Vitals\n- HR 88\n- RR 18\n", "Plan\n- BP 120/80\n",
            "Plan:\n- tbd\n", "Diet:\n- npo\n\nActivity:\n- oob\n", "Thanks, will check tomorrow.\n-- bs\n", "Labs ok.\n- cbc & bmp\n",
            "PMH:\n- MI 2015\n", "Appts:\n- ct 0800\n", "Notes here today.\n- pt RN aware\n", "Thanks, will check tomorrow.\n- ASA & PPI\n",
        ] {
            assert!(initials(t).is_empty(), "{t:?}");
        }
    }

    #[test]
    fn not_in_a_log_entry() {
        // a service, a unit or words after the cue
        assert!(initials("Note BP 120/80 at rest").is_empty());
        assert!(initials("seen by ENT on 3/4").is_empty());
        assert!(initials("per PT 2x weekly").is_empty());
        assert!(initials("ack HR stable overnight").is_empty());
        assert!(initials("Thanks, BP is fine").is_empty());
        assert!(initials("weight - BMI 31 today").is_empty());
        assert!(initials("text\n/HR 88\n").is_empty());
        assert!(initials("Reviewed by PI Mariam Al-Rashid on 10/06/2023").is_empty());
        assert!(initials("INTERFACILITY TRANSFER - CCT\n02-JAN-2024").is_empty());
        assert!(initials("G2P1 at 29 weeks 6 days by LMP February 14, 2019").is_empty());
        assert!(initials("the fee was paid by EUR 300 transfer").is_empty());
        assert!(initials("results sent by SMS on 3/4/2024").is_empty());
        assert!(initials("treatment covered by AOK on 12/03/2024").is_empty());
        // a problem list's item after a bracket, not a sign-off
        assert!(initials("1. Ross (MRN 9966175) - CHF\n2. Grey (MRN 1234567) - HTN").is_empty());
    }

    #[test]
    fn at_a_line_start() {
        assert_eq!(initials("Home ph on file 216 555 0194.\nAS DDS / asst Lakshmi\n"), ["AS"]);
        assert_eq!(initials("transport via van.\nWJC PMHNP-BC\n"), ["WJC"]);
        assert_eq!(initials("tracking: a@example.net\nBA RPh\n"), ["BA"]);
        assert_eq!(initials("Next contact: 3-month call. -SEN\n"), ["SEN"]);
        assert_eq!(initials("pay cash for metformin.   -AP\n"), ["AP"]);
        assert!(initials("Plan: titrate. -PRN use only\n").is_empty());
        assert_eq!(initials("Next contact: 3-month call.\n-SEN\n"), ["SEN"]);
        assert_eq!(initials("next session 10/01/2023.\nRB/GLE\n"), ["RB", "GLE"]);
        assert_eq!(initials("end of report\nSW/ze  D: 01/15/2022\n"), ["SW"]);
        assert_eq!(initials("asking about stopping metformin.\nJB\n"), ["JB"]);
        assert_eq!(initials("Patient signature: PB   Clinician: RH   Reviewed 7/2"), ["PB", "RH"]);
        // capitals that spell a credential or a service, a role after them
        assert_eq!(initials("Callback planned 19 February.\nMS RGN\n"), ["MS"]);
        assert_eq!(initials("Callback 0491 572 665.\nSW RPh"), ["SW"]);
        assert_eq!(initials("Callback planned 11/7.\nCB Staff Nurse\n"), ["CB"]);
        assert!(initials("text\nPT RN NOTE follows\n").is_empty());
        assert!(initials("text\nICU Staff Nurse on call\n").is_empty());
        assert!(initials("Rogelio Banks\nUR Nurse\nDesk: (319)384-8153").is_empty());
    }

    #[test]
    fn not_at_a_line_start() {
        // headings alone on a line, not the last; a heading before words
        assert!(initials("HPI\nPt reports pain.\nROS\nnegative\n").is_empty());
        assert!(initials("text\nCC: cough\nPE notable").is_empty());
        assert!(initials("text\nBP/HR stable").is_empty());
        assert!(initials("text\n-PRN use only\n").is_empty());
        assert!(initials("see below\nEND\n").is_empty());
        assert!(initials("NOC RN NOTE  10/3/24  Rm 613B").is_empty());
        assert!(initials("text\nEH RN NOTE follows").is_empty());
    }

    #[test]
    fn not_a_service_or_another_label() {
        assert!(initials("Specimen drawn by IR under CT guidance").is_empty());
        assert!(initials("history taken by EMS on arrival").is_empty());
        assert!(initials("Nurse: PRN orders reviewed").is_empty());
        assert!(initials("Staff: ICU team").is_empty());
        assert!(initials("Seen by: GI").is_empty());
        assert!(initials("Dx: CHF, COPD").is_empty());
        assert!(initials("text\n-- END\n").is_empty());
        assert!(initials("drawn by RN at bedside").is_empty());
        assert!(initials("Dictated by: DR. Johnson").is_empty());
        assert!(initials("Caller: self   Verified by DOB 08/06/1969 + ZIP 04949").is_empty());
    }

    #[test]
    fn not_a_credential_a_word_or_another_verb() {
        assert!(initials("note signed by MD on file").is_empty());
        assert!(initials("-- RN, for Dr. Traoré").is_empty());
        assert!(initials("typed by Anna").is_empty());
        assert!(initials("caused by EBV infection").is_empty());
        assert!(initials("agent ABCD").is_empty());
        assert!(initials("reagent HL").is_empty());
        // a line that starts with dashes and capitals but is no signature
        assert!(initials("text\n-- END OF FAX\n").is_empty());
        assert!(initials("text\n-- PT to see\n").is_empty());
    }
}
