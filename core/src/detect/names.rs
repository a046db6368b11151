//! Recognizer for person names (`PhiType::Name`) without a statistical model.
//!
//! The text is tokenized once into words (letters, with internal apostrophes
//! and hyphens). Capitalized words are looked up in dictionaries built once
//! per process from `core/data/` (census and Faker first names and surnames,
//! an English word list, a stop list). A candidate name is a short run of
//! capitalized words and initials; it is scored from what its first and last
//! words are (a first name, a surname, an ordinary English word, unknown) and
//! from context: a title before it ("Dr.", "Mrs."), a role before it
//! ("Patient Name:", "seen by", "wife"), a credential after it ("MD", "RN"),
//! or the "Last, First" form. Names confirmed once in a text are found again
//! when their words recur alone ("Mr. Smith" ... "Smith reports").
//!
//! Everything is linear in the text: one tokenizing pass, hash lookups for
//! capitalized words only, small fixed windows for context.

use super::context::{block_mask, Bits, Block, ByteTrie, Cursor, Lanes};
use super::interrupt::{
    check, count_chars_checked, every_bytes, every_items, is_ascii_checked, sort_by_checked, Ticker, CHECK_BYTES, CHECK_ITEMS,
};
use super::lexicon::{
    fold_at, is_city, is_combining, is_english, is_full_month_name, is_ssa_only_first, is_state_abbr, is_state_name_word, lexicon, FxSet, PackedTable,
    C_DOMINANT, C_ENG, C_FIRST, C_STOP, C_SUR, C_TITLE, L_KIN, L_MONTH,
};
use crate::types::{Finding, PhiType};
use once_cell::sync::Lazy;
use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

// ---------------------------------------------------------------------------
// Word lists of this recognizer (the dictionaries are in `lexicon`).

/// This family's lazily-built tables (see [`crate::detect::warm_up`]).
pub(crate) static TABLES: [&dyn super::Table; 5] = [&FOLLOWERS, &ROLE_INDEX, &CRED_TABLE, &CRED_PAIRS, &REL_INDEX];

/// Words after a candidate that make it part of an organisation, place,
/// street or eponym rather than a person ("Mercy Hospital", "Bell palsy").
static FOLLOWERS: Lazy<FxSet<&'static str>> = Lazy::new(|| {
    [
        "hospital", "hospitals", "clinic", "clinics", "center", "centre", "medical", "memorial", "health",
        "healthcare", "university", "college", "institute", "foundation", "pharmacy", "county", "syndrome",
        "disease", "disorder", "sign", "signs", "palsy", "score", "scale", "fracture", "catheter", "test",
        "maneuver", "manoeuvre", "criteria", "classification", "law", "reflex", "phenomenon", "procedure",
        "operation", "repair", "stain", "tube", "drain", "cyst", "node", "nodes", "lymphoma", "sarcoma",
        "tumor", "tumour", "ulcer", "dementia", "disease's", "street", "st", "avenue", "ave", "road", "rd",
        "boulevard", "blvd", "drive", "lane", "ln", "way", "court", "ct", "place", "pl", "parkway", "pkwy",
        "highway", "hwy", "building", "hall", "pavilion", "wing", "tower", "park", "school", "church",
        "company", "inc", "llc", "corp", "associates", "group", "elementary", "river", "lake", "mountain",
        "valley", "city", "beach", "heights", "springs", "falls", "village", "terrace", "circle", "square",
        "plaza", "trail", "regional", "general", "community", "rehabilitation", "rehab", "hospice", "nursing",
        "home", "homes", "manor", "estates", "foundation's", "institute's", "labs", "laboratories", "pharma",
        "pharmaceuticals", "insurance", "bank", "airport", "station", "library", "museum", "stadium",
        "cancer", "heart", "children's", "womens", "women's", "eye", "ear", "pediatrics", "family", "clinic's",
        "award", "prize", "method", "technique", "approach", "equation", "formula", "criterion", "classification's",
        "lesion", "lesions", "body", "bodies", "cell", "cells", "effect", "anomaly", "malformation", "syndrome's",
        // a practice named for its place: "Northgate Cardiology", "Tamarack
        // Internal Medicine", "Willowbrook Care Center"
        "cardiology", "neurology", "oncology", "dermatology", "orthopedics", "orthopaedics", "radiology",
        "nephrology", "urology", "gastroenterology", "endocrinology", "pulmonology", "rheumatology", "geriatrics",
        "psychiatry", "ophthalmology", "obstetrics", "gynecology", "surgery", "surgical", "internal", "medicine",
        "renal", "vascular", "dialysis", "imaging", "orthopedic", "pediatric", "urgent", "care", "unit",
        "services", "partners", "physicians", "practice", "endocrine", "women's", "behavioral",
        // other languages' institutions after their name ("Özel Anadolu
        // Hastanesi", "Karolinska Sjukhuset")
        "hastanesi", "hastane", "klinik", "klinikum", "kliniken", "clinique", "sjukhus", "sjukhuset", "sykehus",
        "ziekenhuis", "krankenhaus", "hospitalier",
    ]
    .into_iter()
    .collect()
});

/// Words before a candidate that make it a place or institution ("St. Mary",
/// "Fort Worth", "Lake Charles").
static PRECURSORS: &[&str] = &[
    "st", "saint", "san", "santa", "mount", "mt", "fort", "ft", "lake", "port", "new", "north", "south", "east",
    "west", "los", "las", "el", "la", "county", "city", "camp",
    // an Irish county ("Co. Cavan")
    "co",
];

/// A street's kind before its name, in the languages that put it there.
static STREET_KINDS_BEFORE: &[&str] = &[
    "avenue", "rue", "boulevard", "chemin", "calle", "avenida", "via", "viale", "rua", "piazza", "travessa",
];

/// Institutions named after their kind, whose name's words (up to two
/// after the kind) are no person's: "University Hospital", "Clínica São
/// Lucas", "Policlinico Santa Lucia", "Laboratorio Clínico Roma Norte".
static INSTITUTIONS: &[&str] = &[
    "university", "college", "hospital", "clínica", "clinica", "clinique", "klinik", "klinikum", "policlinico",
    "policlínico", "policlinica", "policlínica", "poliklinik", "ospedale", "hôpital", "hopital", "laboratorio",
    "laboratoire", "labo", "przychodnia", "szpital", "sanatorio", "centro", "instituto", "istituto",
    "ambulatorio", "consultorio", "praxis",
    // a hotel named for someone ("Hotel Amaris", "Hôtel Adlon")
    "hotel",
];

/// Lower-cased phrases that, ending just before a candidate, mark it as a
/// person's name.
static ROLE_PHRASES: &[&str] = &[
    "patient", "pt", "name", "patient name", "pt name", "seen by", "referred by", "signed by", "dictated by",
    "reviewed by", "examined by", "evaluated by", "accompanied by", "transcribed by", "authored by",
    "cosigned by", "co-signed by", "attested by", "performed by", "ordered by", "read by", "interpreted by",
    "verified by", "approved by", "prepared by", "entered by", "written by", "discussed with", "spoke with",
    "spoke to", "speak with", "speaking with", "speaking to", "talked with", "talked to", "met with", "consulted with", "attending",
    "attending physician", "pcp", "primary care physician", "primary care provider", "resident", "surgeon",
    "physician", "provider", "nurse", "rn", "signed", "signature", "electronically signed by",
    "sincerely", "regards", "--", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
    "spouse", "partner", "fiance", "fiancee", "friend", "caregiver", "guardian", "contact", "emergency contact",
    "next of kin", "poa", "proxy", "dear", "patient's", "mom", "dad", "grandmother", "grandfather", "aunt",
    "uncle", "niece", "nephew", "granddaughter", "grandson", "stepson", "stepdaughter", "boyfriend",
    "girlfriend", "roommate", "neighbor", "sponsor", "informant", "historian", "referring physician",
    "referring provider", "consultant", "by", "resident physician", "fellow", "np", "pa",
    "case manager", "social worker", "therapist", "pharmacist", "interpreter", "on behalf of", "call to",
    "called to", "report given to", "report called to", "handed off to", "paged", "notified", "thank you for seeing",
    "subscriber", "guarantor", "insured", "member", "from:", "to:", "pt.", "for:", "re:", "client:", "crew:",
    "user", "refer", "chart of", "hi", "hello", "goes by", "nickname", "known as", "prefers to be called",
    "assistant:", "witness", "witnessed by", "translator", "surgeon:", "anesthesia:", "anesthesiologist",
    "last, first)", "last,first)", "last, first, mi)", "first name)", "health care agent for",
    "good morning", "good afternoon", "good evening", "this is", "applicant", "driver", "dispatcher",
    "attendant", "last, first:", "attn", "attention", "instructions for", "instructions --", "staying with",
    "caller", "claimant", "examinee", "donor", "collector", "medic", "proband", "paralegal", "reporter", "chaplain",
    // a form's name fields, in the forms of other countries too
    "surname", "forename", "forenames", "given name", "given names", "given name(s)", "family name",
    "family name (last name)", "given name (first name)", "last name", "first name", "guest", "citizen", "nok",
    "name (as in passport)", "full name", "closed by", "middle name", "middle names", "first & middle names",
    "first and middle names", "first names",
    "asst", "aide", "officer", "parole officer", "ofc.", "sgt.", "lt.", "trooper", "deputy", "detective", "cousin",
    "first cousin", "relative", "your relative", "spoke w/", "memories of", "pt is",
    // relatives by marriage and steps, and British spellings
    "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law", "brother-in-law", "sister-in-law",
    "stepmother", "stepfather", "stepbrother", "stepsister", "half-brother", "half-sister", "godmother",
    "godfather", "neighbour", "carer", "grandniece", "grandnephew", "witness 1", "witness 2", "witness 3",
    // a partner, a parent, a grandchild as people write them ("her bf Tyler",
    // "Grace's mum Billy", "grandchild Rupinder"; a possessive before "bf",
    // "gf" and "mum", which name a feed, a diet or a mother's remedy too:
    // "BF Aptamil top ups", "GF Ensure", "mum Calpol 240mg")
    "her bf", "his bf", "my bf", "her gf", "his gf", "my gf", "'s mum", "her mum", "his mum", "my mum",
    "with mum", "grandchild", "grandkid",
    // a title in lower case ("the doctor here, doctor Smith", "dr. Kees Smit")
    "doctor", "dr", "dr.",
    // who travels, pays, signs or is told
    "companion", "prescriber", "tech:", "technologist:", "pi review:", "bleep holder:", "passenger", "policy holder", "policyholder", "cashier", "coordinator", "purser", "captain",
    "radiologist", "called by", "next of kin informed",
    // thanked, or introducing themselves ("Thanks Jian.", "Hi it's Vikram")
    "thanks", "thank you", "it's", "its",
    // a sign-off's longer forms, the name on the line after them
    "thanks so much", "thank you so much", "thanks very much", "thank you very much", "many thanks", "thanks again",
    "thanks a lot", "with thanks", "best wishes", "kind regards", "warm regards", "best regards", "take care", "cheers",
    // the parties and officers of a court, and a case's caption ("State v.
    // Kevin Moore", "R v SURESH PATEL")
    "judge", "justice", "magistrate", "counsel", "defense counsel", "defence counsel", "attorney", "lawyer",
    "solicitor", "barrister", "prosecutor", "ada", "public defender", "guardian ad litem", "caseworker",
    "probation officer", "state v.", "people v.", "commonwealth v.", "r v", "r. v.", "in re", "in the matter of",
    // a name's field in another script ("Name in original script: 吴明")
    "original script", "native script", "in chinese characters", "kanji", "hangul", "hanzi",
    // a name before marriage, and someone presented ("her maiden name is
    // Vermeulen", "née Asante", "here's Baptiste's address")
    "maiden name", "maiden name is", "née", "nee", "here's",
    // whose address it is, who gave a name ("CC:" is a chief complaint as often)
    "c/o", "care of", "name given as", "gives name as",
    // family, work and school: "Baby Ivy", "class teacher Booker", "Co-worker Isabelle",
    // "Reported to supervisor Graves-Brown", "health visitor Mei"
    // (not "parents" or "siblings": a family history's label, "Parents:
    // HTN, DM")
    "baby", "twin", "teacher", "class teacher", "headteacher",
    "co-worker", "coworker", "colleague", "supervisor", "line manager", "manager", "manager review", "employee",
    "hygienist", "dental nurse", "midwife", "second midwife", "booking midwife", "health visitor",
    "child health nurse", "district nurse", "optometrist", "physiotherapist", "physio", "dietitian",
    "landlord", "landlady", "tenant", "client", "pastor", "priest", "imam", "rabbi", "coach", "mentor",
    "foster carer", "foster parent", "childminder", "nanny", "babysitter", "housemate", "flatmate", "ex-partner",
    "ex-husband", "ex-wife", "hhj", "his honour judge", "her honour judge", "district judge", "witnesses",
    // who a message or a task goes to, who calls on a ward
    "visitor", "fwd to", "forwarded to", "copy to", "assigned:", "assigned to", "courier:", "scheduler",
    "owner", "device rep", "sales rep", "reader:", "funeral director:", "rph", "rph:",
    "pallbearers", "pallbearers incl.", "officiant",
    // who takes a call, a ward's shift or a referral ("Agent: Chidinma",
    // "Nurse in charge: Bilal", "Witness: CNA Ikechukwu")
    "agent", "nurse in charge", "cna", "referral source",
    // who leads a funeral, visits or gives a history; who last saw or
    // took over from someone ("Celebrant/minister: Samuels", "Chaplain
    // Francis", "Collateral: Rose (0464...)")
    "celebrant", "minister", "chaplain", "collateral", "handed over to", "last seen by",
    "interprète", "accompagné(e) par", "accompagnée par", "accompagné par",
    // an electronic signature's mark, a record's author, who is told or
    // who crews a call ("/s/ T Coleman", "Reported to: N Winter")
    "/s/", "clinician", "author", "volunteer", "recorded by", "reported to", "crew", "facilitator", "co-facilitator",
    "paramedic", "on call", "oncall",
    // who attends or is in the room, who died or is bereaved, a brother or
    // sister ("Attendees: Sky.", "Deceased: Y0U5EF RAMIREZ", "In the
    // presence of: CLAUDETTE DA SILVA", "Sibling: James, 9 yrs")
    // (not a dentist's, an optician's, a programmer's or an operator's
    // field, which names a drug, a product or a machine as often:
    // "Dentist: Lidocaine", "Programmer: Medtronic", "Operator: Siemens")
    "counsellor", "counselor", "attendees", "attendee", "in the presence of", "deceased:", "decedent:", "bereaved",
    "sibling", "sibling:", "student:", "adjudicator:", "employer contact", "ordering provider", "ordering physician",
    "staff:", "nurse reviewed:",
    // British mental health and ward roles ("Assessment with AMHP Shane
    // Graves", "CPN Aoife", "HCA Bukola")
    "amhp", "cpn", "hca", "care coordinator", "key worker", "keyworker",
];

/// Credentials that may follow a name (not part of the span).
static CREDENTIALS: &[&str] = &[
    "M.D.", "MD", "D.O.", "DO", "R.N.", "RN", "NP", "PA-C", "PA", "Ph.D.", "PhD", "PHD", "DNP", "APRN", "CNP",
    "FNP-C", "FNP-BC", "FNP", "ANP", "CRNA", "LPN", "LVN", "DDS", "DMD", "PharmD", "MBBS", "MSN", "BSN", "LCSW",
    "MSW", "DPM", "FACS", "FACP", "FACC", "MPH", "DPT", "OTR", "CNM", "CNS", "RRT", "RD", "PsyD", "Psy.D.",
    "MBChB", "MS", "LMFT", "LPC", "CCC-SLP", "CNA", "MA", "OD", "PT", "OT", "SLP", "MT", "EMT", "EMT-B", "EMT-P",
    "EMT-I", "NRP", "MLS", "CMA", "RT", "CRNP", "ACNP", "AGNP", "PMHNP", "PMHNP-BC", "RPh", "BCPS", "CPhT",
    // British and Canadian nurses' registrations
    "RGN", "RMN", "RPN", "BScN", "RSCN",
    // nursing and counselling certifications written after the licence
    // ("RN, CHPN", "BScN, RN, COHN", "RN, CCM")
    "CCM", "CHPN", "COHN", "COHN-S", "CCRN", "CEN", "OCN", "CDCES", "CDE", "CRNI", "IBCLC", "LMSW",
    "LICSW", "LMHC", "LCPC", "CPNP", "WHNP", "AuD", "RDH", "CPN", "AMHSW",
    // the royal colleges' fellowships and memberships (UK, Ireland,
    // Canada, Australia and New Zealand)
    "FRCP", "FRCPI", "FRCPC", "FRCS", "FRCSC", "FRCSEd", "FRCR", "FRCA", "FRCOG", "FRCPath", "FRCPsych", "FRCGP",
    "FRACP", "FRACS", "FRANZCP", "MRCP", "MRCPI", "MRCS", "MRCGP", "MRCPsych", "CCFP", "FCFP",
];

// ---------------------------------------------------------------------------
// Tokens.

const CAP: u8 = 1; // first letter upper-case
const UPPER: u8 = 2; // every letter upper-case
const HYPHEN: u8 = 4; // contains an internal hyphen
const ASCII: u8 = 8; // every byte of the word without its possessive is ASCII

#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub start: usize,
    /// End of the word as written (possessive included).
    pub end: usize,
    /// End without a trailing possessive `'s` / `'`.
    pub core_end: usize,
    pub flags: u8,
}

impl Word {
    #[inline]
    pub fn is_cap(&self) -> bool {
        self.flags & CAP != 0
    }
    #[inline]
    pub fn is_upper(&self) -> bool {
        self.flags & UPPER != 0
    }
    /// Whether `start..core_end` is ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.flags & ASCII != 0
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

#[inline]
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_combining(c)
}

/// Every capitalized word of `text`, in order (lower-case words are skipped:
/// they never belong to a name, and the gap between two kept words then
/// contains them, which breaks a name run). Words are runs of letters joined
/// by internal apostrophes or hyphens; digits and punctuation separate them.
pub(crate) fn tokenize(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}

/// [`tokenize`] into a reused vector (cleared first).
///
/// Most of a note is lower-case words, which are skipped, and ASCII. So a
/// 64-byte block without non-ASCII bytes is read from bit masks alone
/// (see [`ascii_block`]): which bytes are inside a word, which of those
/// start a capitalized one; lower-case words then cost nothing at all, and
/// a word running into the next ASCII block is finished there. The scalar
/// reader ([`scalar_token`]), the definition, reads blocks with non-ASCII
/// bytes, and a word that runs from an ASCII block into one of them.
fn tokenize_into(text: &str, out: &mut Vec<Word>) {
    out.clear();
    let b = text.as_bytes();
    let n = b.len();
    let mut sc = scalar_reader(b);
    let mut i = 0;
    // a word running off the end of the previous (ASCII) block into the
    // block at `i`
    let mut pending: Option<Pending> = None;
    while i < n {
        let blk = i & !63;
        every_bytes(blk, 64);
        let block = Block::load(b, blk);
        if block.mask(Lanes::high) != 0 {
            // non-ASCII text: token by token, from the start of a word that
            // runs into it
            if let Some(p) = pending.take() {
                i = p.start;
            }
            while i < n && i < blk + 64 {
                i = scalar_token(text, i, &mut sc, out);
            }
            continue;
        }
        pending = ascii_block(text, &block, blk, i, pending, out);
        i = blk + 64;
    }
    if let Some(p) = pending {
        // it ran to the end of the text
        p.finish(text, n, out);
    }
}

/// A word that runs off the end of an ASCII block: where it starts, its
/// flags so far (`CAP` if it is capitalized), and whether the block's last
/// byte is a letter (a joiner at the next block's first byte then joins).
#[derive(Clone, Copy)]
struct Pending {
    start: usize,
    flags: u8,
    last_letter: bool,
}

impl Pending {
    /// Pushes the word, now known to end at `end`, if it is capitalized.
    #[inline]
    fn finish(self, text: &str, end: usize, out: &mut Vec<Word>) {
        if self.flags & CAP != 0 {
            push_ascii_word(text, self.start, end, self.flags, out);
        }
    }
}

/// Pushes the ASCII word `start..end`, with its possessive cut off the
/// core ("Smith's").
#[inline]
fn push_ascii_word(text: &str, start: usize, end: usize, flags: u8, out: &mut Vec<Word>) {
    let b = text.as_bytes();
    // without a branch on it: words end in 's' too often, and unpredictably
    let possessive = (end - start > 3) & (b[end - 1] | 0x20 == b's') & (b[end.saturating_sub(2)] == b'\'');
    out.push(Word { start, end, core_end: end - 2 * possessive as usize, flags: flags | ASCII });
}

/// The words of the ASCII block at `blk` from `from` on, read from its bit
/// masks; `pending` is the word that runs into it from the previous block,
/// if any (then `from == blk`). In ASCII text a byte is inside a word when
/// it is a letter, or an apostrophe or hyphen between two letters; a word
/// starts at a letter whose previous byte is not inside one (at `from`
/// itself the previous word has ended, as every caller guarantees).
/// Capitalized words are pushed; the others are skipped without being
/// looked at. Returns the word that runs up to the block's last byte, if
/// any: where it ends depends on the next block.
#[inline]
fn ascii_block(text: &str, block: &Block, blk: usize, from: usize, pending: Option<Pending>, out: &mut Vec<Word>) -> Option<Pending> {
    let b = text.as_bytes();
    let letter = block.mask(Lanes::alpha);
    let dash = block.mask(|x| x.eq(b'-'));
    let joiner = dash | block.mask(|x| x.eq(b'\''));
    // the bytes around the block: the previous block's last byte when a
    // word runs in from it, and the next block's first byte (a non-ASCII
    // one counts as a letter, so that a word which may go on into it is
    // left to the scalar reader)
    let before = pending.map_or(0, |p| p.last_letter as u64);
    let after = b.get(blk + 64).map_or(0, |&c| (c.is_ascii_alphabetic() || c >= 0x80) as u64);
    let joined = joiner & (letter << 1 | before) & (letter >> 1 | after << 63);
    let inside = letter | joined;
    let lower = block.mask(Lanes::lower);
    let hyphen = joined & dash;
    // the bits of `lo..64` (lo < 64)
    let from_bit = |lo: u32| !0u64 << lo;
    if let Some(mut p) = pending {
        // the word from the previous block goes on for `len` bytes here
        let len = (!inside).trailing_zeros();
        let word = if len == 64 { !0 } else { !from_bit(len) };
        if lower & word != 0 {
            p.flags &= !UPPER;
        }
        if hyphen & word != 0 {
            p.flags |= HYPHEN;
        }
        if len == 64 {
            p.last_letter = letter >> 63 != 0;
            return Some(p);
        }
        p.finish(text, blk + len as usize, out);
    }
    let carry = pending.is_some() as u64;
    let mut starts = block.mask(Lanes::upper) & !(inside << 1 | carry) & from_bit((from - blk) as u32);
    let mut tail = None;
    if inside >> 63 != 0 {
        // the run of inside bytes at the block's end: a word starting here
        // (the one from the previous block, if it filled the block, has
        // returned above)
        let lo = (64 - (!inside).leading_zeros()).max((from - blk) as u32);
        let word = from_bit(lo);
        let mut flags = 0;
        if starts >> lo & 1 != 0 {
            flags = CAP | HYPHEN * (hyphen & word != 0) as u8 | UPPER * (lower & word == 0) as u8;
        }
        tail = Some(Pending { start: blk + lo as usize, flags, last_letter: letter >> 63 != 0 });
        starts &= !word;
    }
    while starts != 0 {
        let off = starts.trailing_zeros();
        starts &= starts - 1;
        let len = (!(inside >> off)).trailing_zeros();
        // the bits of this word (it ends inside the block: it is not the tail)
        let word = (!0u64 >> (64 - len)) << off;
        let mut flags = CAP;
        if lower & word == 0 {
            flags |= UPPER;
        }
        if hyphen & word != 0 {
            flags |= HYPHEN;
        }
        let start = blk + off as usize;
        push_ascii_word(text, start, start + len as usize, flags, out);
    }
    tail
}

/// The two byte cursors of [`scalar_token`], kept across its calls.
struct ScalarReader<'a, F, G> {
    /// ASCII letters and non-ASCII bytes: where a token may start.
    letters: Cursor<'a, F>,
    /// Anything but an ASCII letter: where a run of them ends.
    non_letters: Cursor<'a, G>,
}

/// A [`ScalarReader`] over `b`.
fn scalar_reader(b: &[u8]) -> ScalarReader<'_, impl Fn(&[u8], usize) -> u64, impl Fn(&[u8], usize) -> u64> {
    ScalarReader {
        letters: Cursor::new(b, |b: &[u8], base| block_mask(b, base, |x| x.alpha() | x.high())),
        non_letters: Cursor::new(b, |b: &[u8], base| !block_mask(b, base, Lanes::alpha)),
    }
}

/// Reads the next token at or after `i` (a word, capitalized or not, or a
/// non-letter non-ASCII character), pushes it to `out` if it is a
/// capitalized word, and returns where reading resumes.
fn scalar_token<F, G>(text: &str, i: usize, sc: &mut ScalarReader<'_, F, G>, out: &mut Vec<Word>) -> usize
where
    F: Fn(&[u8], usize) -> u64,
    G: Fn(&[u8], usize) -> u64,
{
    let b = text.as_bytes();
    let n = b.len();
    let mut i = match sc.letters.next(i) {
        Some(p) => p,
        None => return n,
    };
    let c0 = b[i];
    if c0 < 0x80 {
        if c0.is_ascii_lowercase() {
            // a lower-case word can never be part of a name: skip it
            i += 1;
            let mut tick = Ticker::new(i);
            loop {
                tick.at(i);
                i = sc.non_letters.next(i).map_or(n, |p| p.min(n));
                if i >= n {
                    break;
                }
                if (b[i] == b'\'' || b[i] == b'-') && i + 1 < n && b[i + 1].is_ascii_alphabetic() {
                    i += 1;
                    continue;
                }
                if b[i] >= 0x80 {
                    let ch = text[i..].chars().next().unwrap_or(' ');
                    if is_letter(ch) {
                        i += ch.len_utf8();
                        continue;
                    }
                }
                break;
            }
            return i;
        }
    } else {
        let ch = text[i..].chars().next().unwrap_or(' ');
        if !ch.is_alphabetic() {
            return i + ch.len_utf8().max(1);
        }
    }
    // a word starts at i
    let start = i;
    let mut flags = CAP | UPPER;
    let mut first = true;
    let mut end;
    let mut tick = Ticker::new(i);
    loop {
        tick.at(i);
        if b[i] < 0x80 {
            // consume a run of ASCII letters at i
            let e = sc.non_letters.next(i).map_or(n, |p| p.min(n));
            if b[i].is_ascii_lowercase() && first {
                flags &= !CAP;
            }
            if b[i..e].iter().any(u8::is_ascii_lowercase) {
                flags &= !UPPER;
            }
            i = e;
        } else {
            // consume one non-ASCII letter at i
            let ch = text[i..].chars().next().unwrap_or(' ');
            if ch.is_lowercase() {
                flags &= !UPPER;
                if first {
                    flags &= !CAP;
                }
            } else if first && !ch.is_uppercase() {
                flags &= !(CAP | UPPER);
            }
            i += ch.len_utf8();
        }
        first = false;
        end = i;
        if i >= n {
            break;
        }
        match word_continues(text, i, &mut flags) {
            Some(p) => {
                i = p;
                continue;
            }
            None => break,
        }
    }
    // possessive: "Smith's", "Smith’s", "Jones'"
    let w = &text[start..end];
    let mut core_end = end;
    // (every suffix ends in 's' or 'S': other words skip the loop)
    if matches!(b[end - 1], b's' | b'S') {
        for suf in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
            if w.len() > suf.len() + 1 && w.ends_with(suf) {
                core_end = end - suf.len();
                break;
            }
        }
    }
    if flags & CAP != 0 {
        let ascii = if is_ascii_checked(&text[start..core_end]) { ASCII } else { 0 };
        out.push(Word { start, end, core_end, flags: flags | ascii });
    }
    end
}

/// [`tokenize`] by [`scalar_token`] alone: the definition the block reader
/// must agree with.
#[cfg(test)]
fn tokenize_scalar(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut sc = scalar_reader(text.as_bytes());
    let mut i = 0;
    while i < text.len() {
        i = scalar_token(text, i, &mut sc, &mut out);
    }
    out
}

/// Where a word goes on after its letters stop at `i` (`i < text.len()`):
/// at `i` when a letter starts there, past a joiner (`'`, `-`, `’`) that a
/// letter follows, or nowhere. A hyphen joiner sets `HYPHEN` in `flags`.
#[inline]
fn word_continues(text: &str, i: usize, flags: &mut u8) -> Option<usize> {
    let b = text.as_bytes();
    let n = b.len();
    let nb = b[i];
    if nb < 0x80 {
        if nb.is_ascii_alphabetic() {
            return Some(i);
        }
        if (nb == b'\'' || nb == b'-') && i + 1 < n && next_is_letter(text, i + 1) {
            if nb == b'-' {
                *flags |= HYPHEN;
            }
            return Some(i + 1);
        }
        return None;
    }
    let ch = text[i..].chars().next().unwrap_or(' ');
    if is_letter(ch) {
        return Some(i);
    }
    let len = ch.len_utf8();
    if is_apostrophe(ch) && i + len < n && next_is_letter(text, i + len) {
        return Some(i + len);
    }
    None
}

#[inline]
fn next_is_letter(text: &str, at: usize) -> bool {
    text[at..].chars().next().map_or(false, is_letter)
}

// Word classes of a token beyond its lexicon bits (`lexicon::C_*`).
const C_INITIAL: u16 = 64;
const C_SHORTCAPS: u16 = 128;
/// A relative or companion ([`L_KIN`]).
const C_KIN: u16 = 0x200;
/// A month's name ([`L_MONTH`]).
const C_MONTH: u16 = 0x400;
/// A given name only the births' list holds ([`is_ssa_only_first`]).
const C_RARE_FIRST: u16 = 0x800;

#[derive(Clone, Copy, Debug, Default)]
struct Class(u16);

impl Class {
    fn has(self, f: u16) -> bool {
        self.0 & f != 0
    }
    fn strong_first(self) -> bool {
        self.has(C_FIRST) && (!self.has(C_ENG) || self.has(C_DOMINANT)) && !self.has(C_STOP)
    }
    fn amb_first(self) -> bool {
        self.has(C_FIRST) && !self.strong_first() && !self.has(C_STOP)
    }
    fn strong_sur(self) -> bool {
        self.has(C_SUR) && (!self.has(C_ENG) || self.has(C_DOMINANT)) && !self.has(C_STOP)
    }
    fn amb_sur(self) -> bool {
        self.has(C_SUR) && !self.strong_sur() && !self.has(C_STOP)
    }
    /// Not a dictionary name, not an English word, not stop-listed: an
    /// unusual capitalized word that may well be a name.
    fn unknown(self) -> bool {
        self.0 & (C_FIRST | C_SUR | C_ENG | C_STOP | C_TITLE | C_INITIAL | C_SHORTCAPS) == 0
    }
    fn name_like(self) -> bool {
        !self.has(C_STOP) && !self.has(C_SHORTCAPS) && (self.has(C_FIRST) || self.has(C_SUR) || self.unknown())
    }
    fn ambiguous(self) -> bool {
        self.has(C_ENG) && !self.has(C_DOMINANT)
    }
}

/// Dictionary class of a lower-case key whose lexicon entry is `e` (plus
/// the parts of a hyphenated word that is not itself listed). Titles are
/// left to [`classify`].
fn classify_key(k: &str, e: Option<u16>, flags: u8) -> Class {
    let mut c = e.unwrap_or(0) & (C_FIRST | C_SUR | C_STOP | C_DOMINANT);
    // (a given name of the births' list only names nobody alone: see
    // `lexicon::is_ssa_only_first`)
    if c & C_FIRST != 0 && is_ssa_only_first(k) {
        c |= C_RARE_FIRST;
    }
    if e.is_some_and(|e| e & L_KIN != 0) {
        c |= C_KIN;
    }
    if e.is_some_and(|e| e & L_MONTH != 0) {
        c |= C_MONTH;
    }
    if c & (C_STOP | C_DOMINANT) == 0 && e.map_or_else(|| is_english(k), |e| e & C_ENG != 0) {
        c |= C_ENG;
    }
    if flags & HYPHEN != 0 && c & (C_FIRST | C_SUR | C_STOP) == 0 {
        // Smith-Jones, Mary-Kate: classify by the parts
        let mut parts = 0;
        let mut sur = false;
        let mut first = false;
        let mut eng_all = true;
        let mut stop_any = false;
        for (i, p) in k.split('-').enumerate() {
            if p.is_empty() {
                continue;
            }
            parts += 1;
            let pe = lexicon(p).unwrap_or(0);
            if pe & C_SUR != 0 {
                sur = true;
            }
            if i == 0 && pe & C_FIRST != 0 {
                first = true;
            }
            if pe & C_STOP != 0 {
                stop_any = true;
            }
            if !is_english(p) {
                eng_all = false;
            }
        }
        if parts > 0 {
            c &= !C_ENG;
            if sur {
                c |= C_SUR;
            }
            if first {
                c |= C_FIRST;
            }
            if stop_any && !sur {
                c |= C_STOP;
            }
            if eng_all && !sur && !first {
                c |= C_ENG;
            }
        }
    }
    Class(c)
}

/// Class of one token, with the per-token flags folded in.
fn classify(text: &str, w: &Word, buf: &mut String) -> Class {
    let (base, nchars) = classify_word(text, w, buf);
    let cred = nchars <= 8 && credential_at(text, w.start).map_or(false, |l| w.start + l >= w.end);
    finish_class(base, nchars, w, cred)
}

/// The part of [`classify`] that depends on the word's own bytes only:
/// its class before the credential test, and its length in characters.
fn classify_word(text: &str, w: &Word, buf: &mut String) -> (Class, usize) {
    let s = &text[w.start..w.core_end];
    let nchars = if is_ascii_checked(s) { s.len() } else { count_chars_checked(s) };
    if nchars == 1 {
        return (Class(if w.is_cap() { C_INITIAL } else { C_STOP }), 1);
    }
    fold_at(text, w.start, w.core_end, buf);
    let e = lexicon(buf);
    let mut c = classify_key(buf, e, w.flags);
    if e.is_some_and(|e| e & C_TITLE != 0) {
        c.0 |= C_TITLE;
    }
    // "I'm", "I'll", "I've", "I'd" are no names; nor a brand's or a
    // company's word with a capital inside after three lower-case letters
    // ("GlobalAid", "MediBridge", "WhatsApp"; "McDonald", "MacLeod",
    // "DeShawn" have fewer before theirs)
    if buf == "dob" || buf == "d.o.b" || buf.starts_with("i'") || buf.starts_with("i\u{2019}") || camel(s.as_bytes()) {
        c.0 |= C_STOP;
    }
    (c, nchars)
}

/// Whether `w` has a capital after three lower-case ASCII letters or more
/// ("GlobalAid", "MedTravel"), but for "FitzGerald"'s "Fitz".
fn camel(w: &[u8]) -> bool {
    let mut lower = 0;
    for &c in w.iter().skip(1) {
        if c.is_ascii_lowercase() {
            lower += 1;
        } else if c.is_ascii_uppercase() && lower >= 3 {
            return !w.starts_with(b"Fitz");
        } else {
            lower = 0;
        }
    }
    false
}

/// The rest of [`classify`], given whether a credential is written at the
/// word (`cred`, only asked for words of at most eight characters).
///
/// Worked out with `&` on booleans rather than `if`s: whether a word is a
/// credential or in capitals follows no pattern a branch predictor could
/// learn.
fn finish_class(mut c: Class, nchars: usize, w: &Word, cred: bool) -> Class {
    // an initial keeps its class
    let multi = nchars != 1;
    let cred_stop = multi & cred;
    let stop = c.has(C_STOP) | cred_stop;
    // ICU, ED, OR, VA, MRN ... are short capitals (but ANN, LEE stay words)
    let name3 = (nchars == 3) & c.has(C_FIRST | C_SUR) & !stop;
    let short = multi & w.is_upper() & (nchars <= 3) & !name3;
    c.0 |= C_STOP * cred_stop as u16 | C_SHORTCAPS * short as u16;
    c
}

/// Classes of recently seen words, per thread. Classifying a word costs a
/// case fold, lexicon probes in a table too big to stay in cache, and a
/// credential lookup, while notes keep repeating the same words (headings,
/// clinical vocabulary, the names they are about), so a small direct-mapped
/// memo in front of [`classify`] saves most of that work.
///
/// The key is the word's bytes (at most 16, zero-padded: words contain no
/// zero byte, so keys of different words differ). What a word's bytes alone
/// decide is stored: its class before the credential test, its length, and
/// whether it is a credential on its own. The credential test reads on past
/// the word only when a '.', '-' or digit follows ("Ph.D.", "MD5"); then it
/// is redone on the text.
#[derive(Default)]
struct ClassCache {
    /// Empty until first used (so an idle scratch costs nothing).
    keys: Vec<u128>,
    /// Class (low 16 bits), characters (next 8, saturated) and "is a
    /// credential alone" (bit 24) of the word in the same slot of `keys`.
    values: Vec<u32>,
}

const CACHE_BITS: u32 = 13;

impl ClassCache {
    /// [`classify`], memoized.
    fn classify(&mut self, text: &str, w: &Word, buf: &mut String) -> Class {
        let b = text.as_bytes();
        let len = w.end - w.start;
        if len > 16 {
            return classify(text, w, buf);
        }
        if self.keys.is_empty() {
            self.keys = vec![0; 1 << CACHE_BITS];
            self.values = vec![0; 1 << CACHE_BITS];
        }
        let key = match b.get(w.start..w.start + 16) {
            // the word's bytes, the rest masked off (len >= 1)
            Some(x) => u128::from_le_bytes(x.try_into().expect("16 bytes")) & (u128::MAX >> (8 * (16 - len))),
            None => {
                let mut k = [0u8; 16];
                k[..len].copy_from_slice(&b[w.start..w.end]);
                u128::from_le_bytes(k)
            }
        };
        let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = (h >> (64 - CACHE_BITS)) as usize;
        let v = if self.keys[slot] == key {
            self.values[slot]
        } else {
            let (base, nchars) = classify_word(text, w, buf);
            let word = &text[w.start..w.end];
            let alone = nchars <= 8 && credential_at(word, 0).map_or(false, |l| l >= len);
            let v = base.0 as u32 | (nchars.min(255) as u32) << 16 | (alone as u32) << 24;
            self.keys[slot] = key;
            self.values[slot] = v;
            v
        };
        let (base, nchars) = (Class(v as u16), (v >> 16 & 0xff) as usize);
        let plain = b.get(w.end).map_or(true, |&c| !(c == b'.' || c == b'-' || c.is_ascii_digit()));
        let cred = if plain {
            v >> 24 != 0
        } else {
            nchars <= 8 && credential_at(text, w.start).map_or(false, |l| w.start + l >= w.end)
        };
        finish_class(base, nchars, w, cred)
    }
}

// ---------------------------------------------------------------------------
// Context.

/// What lies between two adjacent words.
#[inline]
fn gap<'t>(text: &'t str, a: &Word, b: &Word) -> &'t str {
    &text[a.end..b.start]
}

/// Gap inside a name: one space, or ". " after an initial, or a period
/// directly followed by the next word after an initial ("J.R."), or
/// particles, after an initial's period too ("H. van den Akker").
fn name_gap(g: &str, after_initial: bool) -> bool {
    match g {
        " " => true,
        ". " | "." | ".  " => after_initial,
        _ if after_initial && g.starts_with(". ") => particle_gap(&g[1..]),
        _ => particle_gap(g),
    }
}

const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten", "bin", "ibn", "dos", "das", "y",
    "los", "las", "do", "al", "el", "bint", "abu", "af", "zu",
    // Filipino, Malay ("S. dela Cruz", "C. binti Rashid"; not Tagalog's
    // "ni", which greets, "Kumusta ni Lola Rosa")
    "dela", "binti", "binte",
];

/// " van der ", " de la ": lower-case name particles between two words.
fn particle_gap(g: &str) -> bool {
    if g.len() < 3 || g.len() > 12 || !g.starts_with(' ') || !g.ends_with(' ') {
        return false;
    }
    g[1..g.len() - 1].split(' ').all(|p| PARTICLES.contains(&p))
}

/// Whether `label` (the bytes before a colon, compared without case) names
/// a form's field that holds a person's name (see
/// `Scan::labelled_fields`): one `match` on the lower-cased bytes, as a
/// form has a colon every few words.
fn is_name_field(label: &[u8]) -> bool {
    let mut l = [0u8; 24];
    if !(2..=l.len()).contains(&label.len()) {
        return false;
    }
    let l = &mut l[..label.len()];
    l.copy_from_slice(label);
    l.make_ascii_lowercase();
    matches!(
        &*l,
        b"name" | b"patient" | b"patient name" | b"patient's name" | b"pt" | b"pt name" | b"full name"
            | b"patient full name" | b"applicant" | b"applicant name" | b"applicant's name" | b"applicant's full name"
            | b"citizen" | b"client" | b"client name" | b"resident" | b"resident name" | b"member name" | b"insured"
            | b"insured name" | b"subscriber name" | b"guarantor name" | b"surname" | b"last name" | b"first name"
            | b"given name" | b"given names" | b"given name(s)" | b"forename" | b"forenames" | b"family name"
            | b"middle name" | b"preferred name" | b"nom" | b"nombre" | b"apellido" | b"apellidos" | b"next of kin"
            | b"nok" | b"emergency contact" | b"mother's name" | b"father's name" | b"guardian" | b"caller"
    ) || l == "prénom".as_bytes()
}

/// Whether `tail` (the bytes before a colon) ends with the last word of
/// one of the labels [`is_name_field`] knows: by the word's length and
/// first letter, then one comparison or two.
fn ends_name_label(tail: &[u8]) -> bool {
    if tail.ends_with("prénom".as_bytes()) {
        return true;
    }
    let mut s = tail.len();
    while s > 0 && (tail[s - 1].is_ascii_alphabetic() || matches!(tail[s - 1], b'(' | b')')) {
        s -= 1;
    }
    let w = &tail[s..];
    let is = |x: &[u8]| w.eq_ignore_ascii_case(x);
    match (w.len(), w.first().map_or(0, |c| c | 0x20)) {
        (2, b'p') => is(b"pt"),
        (3, b'n') => is(b"nom") || is(b"nok"),
        (3, b'k') => is(b"kin"),
        (4, b'n') => is(b"name"),
        (5, b'n') => is(b"names"),
        (6, b'n') => is(b"nombre"),
        (6, b'c') => is(b"client") || is(b"caller"),
        (7, b'n') => is(b"name(s)"),
        (7, b'p') => is(b"patient"),
        (7, b'c') => is(b"citizen") || is(b"contact"),
        (7, b'i') => is(b"insured"),
        (7, b's') => is(b"surname"),
        (8, b'r') => is(b"resident"),
        (8, b'f') => is(b"forename"),
        (8, b'a') => is(b"apellido"),
        (8, b'g') => is(b"guardian"),
        (9, b'a') => is(b"applicant") || is(b"apellidos"),
        (9, b'f') => is(b"forenames"),
        _ => false,
    }
}

/// Where the field whose label ends at `e` starts: after a line's start,
/// two spaces, a tab or a '|', and a number ("4. ") if any, within 32
/// bytes; none if no such start is that near.
fn field_start(b: &[u8], e: usize) -> Option<usize> {
    let mut s = e;
    while s > 0 && !matches!(b[s - 1], b'\n' | b'\t' | b'|') && !(b[s - 1] == b' ' && s >= 2 && b[s - 2] == b' ') {
        if e - s >= 32 {
            return None;
        }
        s -= 1;
    }
    while s < e && b[s] == b' ' {
        s += 1;
    }
    let d = b[s..e].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&d) && matches!(b.get(s + d), Some(b'.' | b')')) && b.get(s + d + 1) == Some(&b' ') {
        s += d + 2;
    }
    Some(s)
}

/// Whether a folded word makes a field's value an organisation's name, not
/// a person's.
fn org_word(w: &str) -> bool {
    matches!(
        w,
        "inc" | "corp" | "llc" | "ltd" | "co" | "hospital" | "clinic" | "center" | "centre" | "health" | "services"
            | "insurance" | "group" | "pharmacy" | "medical" | "care" | "university" | "foundation" | "trust"
            | "agency" | "company" | "bank" | "practice" | "associates" | "partners" | "laboratory" | "lab"
            | "labs" | "institute" | "department" | "dept" | "office" | "school" | "nursing" | "rehab"
            | "rehabilitation" | "network" | "plan" | "mutual" | "assurance" | "association" | "society"
            | "ministry" | "embassy" | "consulate" | "council" | "home" | "house" | "family" | "general"
            | "memorial"
    )
}

/// After a title: " ", ". ", or either followed by particles (" van der ").
/// Returns the offset within the gap where the name starts.
fn title_gap(g: &str) -> Option<usize> {
    match g {
        " " | ". " | ".  " | "." => Some(g.len()),
        _ => {
            let lead = if g.starts_with(". ") { 1 } else { 0 };
            particle_gap(&g[lead..]).then_some(lead + 1)
        }
    }
}

/// [`ROLE_PHRASES`] for [`role_before`]: the ones that need their colon,
/// and the others in a trie of their bytes read backwards, so the context
/// before a candidate is read back once, byte by byte, until no phrase
/// ends that way (for most contexts after a byte or two), instead of being
/// compared with each phrase that ends in its last byte.
struct RoleIndex {
    colon: Vec<&'static str>,
    /// Values: `ROLE_END`, or `ROLE_DASHES` for "--", which only counts at
    /// the start of a line.
    reversed: ByteTrie,
}

const ROLE_END: u16 = 0;
const ROLE_DASHES: u16 = 1;

static ROLE_INDEX: Lazy<RoleIndex> = Lazy::new(|| {
    let reversed: Vec<(Vec<u8>, u16)> = ROLE_PHRASES
        .iter()
        .filter(|p| !p.ends_with(':'))
        .map(|p| (p.bytes().rev().collect(), if *p == "--" { ROLE_DASHES } else { ROLE_END }))
        .collect();
    RoleIndex {
        colon: ROLE_PHRASES.iter().copied().filter(|p| p.ends_with(':')).collect(),
        reversed: ByteTrie::build(reversed.iter().map(|(p, v)| (p.as_slice(), *v))),
    }
});

/// Whether the comma-glued capitals at `s..e` ("AESEV,AESER") go on with
/// a comma and another word in capitals on either side: a CSV header row
/// ("STUDYID,SITEID,USUBJID"), not a patient's "SURNAME,GIVEN".
fn caps_chain(b: &[u8], s: usize, e: usize) -> bool {
    let before = s >= 2 && b[s - 1] == b',' && b[s - 2].is_ascii_uppercase();
    let after = e + 1 < b.len() && b[e] == b',' && b[e + 1].is_ascii_uppercase();
    before || after
}

/// [`role_before`] a candidate, worked out the first time a rule asks for
/// it (it reads up to 48 bytes back, and most candidates are settled by
/// cheaper tests first; it depends on nothing but the text, so when it is
/// asked changes no answer).
struct RoleBefore<'t> {
    text: &'t str,
    start: usize,
    known: std::cell::OnceCell<bool>,
}

impl<'t> RoleBefore<'t> {
    fn new(text: &'t str, start: usize) -> Self {
        RoleBefore { text, start, known: std::cell::OnceCell::new() }
    }

    fn get(&self) -> bool {
        *self.known.get_or_init(|| role_before(self.text, self.start))
    }
}

/// Whether the line from `start` holds only a name's words: one to four
/// capitalized words (particles allowed), the first no English word, none
/// a ward's, a team's or a service's ("Thanks\nWill review tomorrow",
/// "Cheers\nRose Ward", "Regards\nGastro Reg" are none).
fn name_line_at(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let le = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
    let line = text[start..le].trim_end_matches(['\r', ' ', ',', '.']);
    let words: Vec<&str> = line.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let mut buf = String::new();
    for (k, w) in words.iter().enumerate() {
        super::lexicon::fold_into(w, &mut buf);
        let particle = matches!(buf.as_str(), "van" | "der" | "de" | "la" | "da" | "del" | "di" | "le" | "den" | "von" | "bin" | "al");
        if !particle && !w.starts_with(char::is_uppercase) {
            return false;
        }
        // (an English word first only as a listed given name before a
        // surname: "Dawn van der Berg")
        let class = lexicon(&buf).unwrap_or(0);
        let given = class & (C_DOMINANT | C_FIRST) != 0;
        if k == 0 && super::lexicon::is_english(&buf) && !(given && words.len() >= 2) && class & C_DOMINANT == 0 {
            return false;
        }
        if matches!(
            buf.as_str(),
            "ward" | "wing" | "house" | "unit" | "team" | "reg" | "hospital" | "clinic" | "nurse" | "service" | "services"
                | "department" | "dept" | "centre" | "center" | "practice" | "surgery" | "office" | "desk" | "shift" | "bay"
        ) {
            return false;
        }
    }
    true
}

/// Whether `t` (the text before a line's start, its blanks trimmed) ends
/// with a letter's or a message's sign-off on a line of its own.
fn signed_off_above(t: &[u8]) -> bool {
    let t = t.strip_suffix(b",").unwrap_or(t);
    let t = t.strip_suffix(b".").unwrap_or(t);
    let ls = t.iter().rposition(|&c| c == b'\n').map_or(0, |k| k + 1);
    let line = &t[ls..];
    [
        &b"yours faithfully"[..], b"yours sincerely", b"yours truly", b"sincerely", b"kind regards", b"best regards",
        b"warm regards", b"regards", b"many thanks", b"thanks", b"thank you", b"thank you very much", b"best wishes",
        b"with best wishes", b"with warm wishes", b"warm wishes", b"with thanks", b"cheers", b"best",
    ]
    .iter()
    .any(|p| line.eq_ignore_ascii_case(p))
}

/// Whether `start` opens a name in a child's parents' or carers' field
/// that joins two of them ("Parents: Dorota & Babatunde", "Carers:
/// Heather and Khalid Abu Zaid"): the first right after the label's
/// colon, or the second right after " & " or " and ", one to three
/// capitalized words of a name on each side of it (not a history's:
/// "Parents: Alive and Well", nor without the second: "Parents: ASD,
/// ADHD").
fn family_field(b: &[u8], start: usize) -> bool {
    // (most names follow neither a label's colon nor a conjunction)
    let head = &b[..start];
    if !(head.ends_with(b": ") || head.ends_with(b" & ") || head.ends_with(b" and ")) {
        return false;
    }
    let ls = memchr::memrchr(b'\n', &b[..start]).map_or(0, |k| k + 1);
    let le = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
    if le - ls > 96 {
        return false;
    }
    let line = &b[ls..le];
    let Some(colon) = line.iter().position(|&c| c == b':') else { return false };
    let label = line[..colon].trim_ascii();
    if ![&b"parents"[..], b"carers", b"guardians", b"foster carers", b"grandparents"].iter().any(|l| label.eq_ignore_ascii_case(l)) {
        return false;
    }
    let rest = &line[colon + 1..];
    let Some((k, c)) = [&b" & "[..], b" and "].iter().find_map(|c| memchr::memmem::find(rest, c).map(|k| (k, c.len()))) else { return false };
    let (first, second) = (&rest[..k], &rest[k + c..]);
    // (names, not a history's words)
    let named = |w: &[u8]| {
        let Ok(w) = std::str::from_utf8(w) else { return false };
        let mut buf = String::new();
        super::lexicon::fold_into(w, &mut buf);
        (w.chars().next().is_some_and(char::is_uppercase)) && (!is_english(&buf) || lexicon(&buf).is_some_and(|c| c & C_FIRST != 0 && c & C_STOP == 0))
    };
    let words = |p: &[u8]| {
        let ws: Vec<&[u8]> = p.split(|&c| c == b' ').filter(|w| !w.is_empty()).collect();
        (1..=3).contains(&ws.len()) && named(ws[0])
    };
    let at = start - ls - colon - 1;
    let first_start = first.iter().position(|&c| c != b' ').unwrap_or(0);
    (at == first_start || at == k + c) && words(first) && words(second)
}

pub(crate) fn role_before(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    if family_field(b, start) {
        return true;
    }
    let mut e = start;
    let floor = start.saturating_sub(48);
    let mut newline = false;
    let mut colon = false;
    // ('|': a table's cells, "| Patient name | Joao Mendes |", set off by
    // spaces: "Pt|Disp" is a header row)
    while e > floor
        && (b[e - 1].is_ascii_whitespace()
            || matches!(b[e - 1], b':' | b',' | b'#' | b'(' | b'=' | b'"')
            || (b[e - 1] == b'|' && b.get(e) == Some(&b' '))
            // a form's field and its value set off by " - " ("Surname  - DANG")
            || (b[e - 1] == b'-' && e >= 2 && b[e - 2] == b' ' && b.get(e) == Some(&b' ')))
    {
        newline |= b[e - 1] == b'\n';
        colon |= matches!(b[e - 1], b':' | b',' | b'-');
        e -= 1;
    }
    if newline && !colon {
        // "...NP\nReason for consult": a new line is a new context, unless
        // it follows a label ("Patient Name:\nJohn Smith") or a letter's
        // sign-off ("Yours faithfully\n\nDawn van der Berg", "thank
        // you\n\nPoppy Bird")
        let dashes = e >= 2 && b[e - 1] == b'-' && b[e - 2] == b'-';
        if !dashes {
            return signed_off_above(&b[floor..e]) && name_line_at(text, start);
        }
    }
    // a label's qualifier in parentheses before its ':' ("Last Name (as
    // per OHIP Card): PELLETIER", "Surname (print): X")
    if colon && e > floor && b[e - 1] == b')' {
        if let Some(k) = b[floor..e - 1].iter().rposition(|&c| c == b'(' || c == b'\n') {
            if b[floor + k] == b'(' {
                e = floor + k;
                while e > floor && b[e - 1] == b' ' {
                    e -= 1;
                }
            }
        }
    }
    // "Pt. John Smith" (but not "...her mother. Works as")
    if e > floor && b[e - 1] == b'.' && e >= 3 && b[e - 2].eq_ignore_ascii_case(&b't') && b[e - 3].eq_ignore_ascii_case(&b'p') {
        e -= 1;
    }
    let t = &b[floor..e];
    if t.is_empty() {
        return false;
    }
    // a chat line's speaker: "[15:48:34] Gaspard: ..."; a log's writer
    // after its date and time: "2024-06-20 @ 2:55 PM Duc: inbound ..."
    if chat_stamp_before(b, e) || log_stamp_before(b, e, start) {
        return true;
    }
    // phrases that need their colon ("For:", "Re:")
    let mut e1 = start;
    while e1 > floor && (b[e1 - 1] == b' ' || b[e1 - 1] == b'\t' || (b[e1 - 1] == b'\n' && colon)) {
        e1 -= 1;
    }
    let t1 = &b[floor..e1];
    let phrases = &*ROLE_INDEX;
    let colon_phrases: &[&str] = if colon { &phrases.colon } else { &[] };
    for p in colon_phrases {
        let pb = p.as_bytes();
        if t1.len() >= pb.len()
            && t1[t1.len() - pb.len()..].eq_ignore_ascii_case(pb)
            && t1[..t1.len() - pb.len()].last().map_or(true, |&c| !c.is_ascii_alphanumeric() && c < 0x80)
        {
            return true;
        }
    }
    // every other phrase that ends where `t` ends, read backwards
    let mut node = 0usize;
    for k in 1..=t.len() {
        node = phrases.reversed.step(node, t[t.len() - k]);
        if node == 0 {
            break;
        }
        let end = phrases.reversed.value(node);
        if end == ByteTrie::NONE {
            continue;
        }
        // a phrase: it must begin a word
        let before = &t[..t.len() - k];
        // (a possessive's phrase follows its owner's word: "Grace's mum")
        let possessive = t[t.len() - k] == b'\'';
        if !possessive && !before.last().map_or(true, |&c| !c.is_ascii_alphanumeric() && c < 0x80) {
            continue;
        }
        if end == ROLE_DASHES {
            // "--" signs off only at the start of a line
            let mut j = before.len();
            while j > 0 && matches!(before[j - 1], b' ' | b'\t') {
                j -= 1;
            }
            if j > 0 && before[j - 1] != b'\n' {
                continue;
            }
        }
        return true;
    }
    false
}

/// Whether `p` (a word in capitals) starts a line, or follows a line's
/// first token when that holds a digit and one space ("DTL120028 BAILEY").
fn record_row_start(b: &[u8], p: usize) -> bool {
    if p == 0 || b[p - 1] == b'\n' {
        return true;
    }
    if b[p - 1] != b' ' || p < 2 {
        return false;
    }
    // (the token read back at most 17 bytes: a long line's every word in
    // capitals costs no more than that)
    let from = (p - 1).saturating_sub(17);
    let Some(ts) = memchr::memrchr(b'\n', &b[from..p - 1]).map(|k| from + k + 1).or((from == 0).then_some(0)) else { return false };
    let tok = &b[ts..p - 1];
    (3..=16).contains(&tok.len()) && tok.iter().all(u8::is_ascii_alphanumeric) && tok.iter().any(u8::is_ascii_digit)
}

/// The name fields of a fixed-width record from `p`: words in capitals,
/// fields set apart by two spaces or more (one to three fields), then an
/// eight-digit birth date (YYYYMMDD, a year from 1880 on) and a sex's
/// letter ("BAILEY       WINSTON    19561023 M ..."): each field a name.
fn record_row_names(b: &[u8], p: usize, out: &mut Vec<Finding>) {
    let le = b[p..b.len().min(p + 64)].iter().position(|&c| c == b'\n').map_or(b.len().min(p + 64), |k| p + k);
    let line = &b[p..le];
    // the name part: capitals, '-', '\'' and spaces, up to the first digit
    let n = line.iter().take_while(|c| c.is_ascii_uppercase() || matches!(c, b' ' | b'-' | b'\'')).count();
    let d = &line[n..];
    if n == 0 || line[n - 1] != b' ' || d.len() < 10 || !d[..8].iter().all(u8::is_ascii_digit) || d[8] != b' ' {
        return;
    }
    let num = |r: &[u8]| r.iter().fold(0u32, |v, &c| v * 10 + (c - b'0') as u32);
    let (y, m, day) = (num(&d[..4]), num(&d[4..6]), num(&d[6..8]));
    let sex = matches!(d[9], b'M' | b'F' | b'U' | b'X') && d.get(10).is_none_or(|c| matches!(c, b' ' | b'\r'));
    if !((1880..=2099).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&day) && sex) {
        return;
    }
    let mut fields = [(0usize, 0usize); 3];
    let mut k = 0;
    let mut i = 0;
    while i < n {
        while i < n && line[i] == b' ' {
            i += 1;
        }
        if i >= n {
            break;
        }
        let fs = i;
        // a field's words are one space apart ("MAC GIOLLA R", "BIN RASHID")
        while i < n && !(line[i] == b' ' && line.get(i + 1) == Some(&b' ')) && !(line[i] == b' ' && i + 1 == n) {
            i += 1;
        }
        if k == 3 {
            return;
        }
        fields[k] = (fs, i);
        k += 1;
    }
    for &(fs, fe) in &fields[..k] {
        if fe - fs >= 2 && line[fs..fe].iter().filter(|c| c.is_ascii_uppercase()).count() >= 2 {
            out.push(Finding::new(PhiType::Name, p + fs, p + fe, 0.75));
        }
    }
}

/// Whether the line before `e` is a log entry's stamp, a date and then a
/// time ("2024-06-20 @ 2:55 PM", "06/21/2024 at 3:55 PM", "24 Jan 2023
/// 2110", "9/8 @ 9:40 AM"), and the words from `start` end at ": " within
/// the line: a log's writer ("... 2:55 PM Duc: inbound from pt").
pub(crate) fn log_stamp_before(b: &[u8], e: usize, start: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &b[..e]).map_or(0, |k| k + 1);
    if e - ls > 32 || e == ls || !(b[ls].is_ascii_digit() || b[ls].is_ascii_alphabetic()) {
        return false;
    }
    // the writer's words right after the stamp, one to three, then ": "
    if !b[e..start].iter().all(|&x| x == b' ') {
        return false;
    }
    let r = &b[start..b.len().min(start + 32)];
    let Some(c) = memchr::memchr(b':', r) else { return false };
    if r.get(c + 1) != Some(&b' ')
        || r[..c].iter().filter(|&&x| x == b' ').count() > 2
        || !r[..c].iter().all(|&x| x.is_ascii_alphabetic() || x >= 0x80 || matches!(x, b' ' | b'-' | b'\''))
    {
        return false;
    }
    let (mut date, mut time) = (false, false);
    // (whether the token before was a month's name or a day: a year
    // follows, "24 Jan 2023 2110", not a time)
    let mut spelled = false;
    for t in b[ls..e].split(|&x| x == b' ').filter(|t| !t.is_empty()) {
        let digits = t.iter().filter(|x| x.is_ascii_digit()).count();
        let all = |f: fn(&u8) -> bool| t.iter().all(f);
        let year = spelled && t.len() == 4 && digits == 4 && (t.starts_with(b"19") || t.starts_with(b"20"));
        spelled = !time && (month_word(t) || (1..=2).contains(&digits) && digits == t.len() - usize::from(t.ends_with(b",")));
        if t.contains(&b':') && date && (3..=6).contains(&digits) && all(|x| x.is_ascii_digit() || *x == b':') {
            time = true;
        } else if t.len() == 4 && digits == 4 && date && !time && !year && t[..2] < b"24"[..] && t[2] < b'6' {
            time = true;
        } else if time && (t.eq_ignore_ascii_case(b"am") || t.eq_ignore_ascii_case(b"pm")) {
        } else if !time && digits >= 2 && t[0].is_ascii_digit() && all(|x| x.is_ascii_alphanumeric() || matches!(x, b'/' | b'-' | b'.' | b',')) && t.iter().any(|x| matches!(x, b'/' | b'-' | b'.')) {
            date = true;
        } else if !time && (digits == t.len() - usize::from(t.ends_with(b",")) && digits >= 1 && digits <= 4 || month_word(t)) {
            // a day or a year beside a month's name
            date |= month_word(t) || date;
        } else if date && !time && (t == b"@" || t.eq_ignore_ascii_case(b"at")) {
        } else {
            return false;
        }
    }
    date && time
}

/// Whether `t` is a month's name or its abbreviation, with a ',' or '.'
/// after it or not ("Jan", "September,").
fn month_word(t: &[u8]) -> bool {
    let t = t.strip_suffix(b",").or_else(|| t.strip_suffix(b".")).unwrap_or(t);
    t.len() >= 3 && t[0].is_ascii_alphabetic() && super::lexicon::is_month_word(t)
}

/// Whether `b[..e]` ends in a chat transcript's time stamp that starts its
/// line ("\n[15:48:34]"), so that what follows is the line's speaker.
fn chat_stamp_before(b: &[u8], e: usize) -> bool {
    (e >= 6 && b[e - 1] == b']')
        && (6..=13).any(|n| e >= n && b[e - n] == b'[' && chat_stamp(&b[e - n..]) == Some(n) && (e == n || b[e - n - 1] == b'\n'))
        || dated_stamp_before(b, e)
}

/// A messaging app's export stamp, date and time, ending at `e` and
/// starting its line: "[29/4/2023, 04:13:35]", "[4/29/23, 4:13 PM]".
fn dated_stamp_before(b: &[u8], e: usize) -> bool {
    if e < 12 || b[e - 1] != b']' {
        return false;
    }
    let floor = e.saturating_sub(26);
    let Some(k) = (floor..e - 1).rev().find(|&k| b[k] == b'[') else { return false };
    let inner = &b[k + 1..e - 1];
    (k == 0 || b[k - 1] == b'\n')
        && inner.iter().all(|&c| c.is_ascii_digit() || matches!(c, b'/' | b'.' | b'-' | b',' | b' ' | b':' | b'A' | b'P' | b'M'))
        && inner.contains(&b':')
        && inner.contains(&b',')
        && inner.iter().filter(|c| c.is_ascii_digit()).count() >= 6
}

/// The length of the chat line's time stamp `s` starts with, "[15:48:34]",
/// "[15:48]", "[9:05 pm]" or "[11:26am]" (the speaker rules here and in
/// `lower_names`). Not four digits alone ("[0800]"): a flowsheet's hour,
/// or a year's, as often.
pub(crate) fn chat_stamp(s: &[u8]) -> Option<usize> {
    if s.len() < 6 || s[0] != b'[' {
        return None;
    }
    let d = |k: usize| s.get(k).is_some_and(u8::is_ascii_digit);
    // the hour's one or two digits, ':' and the minutes, then ":ss", then
    // " am" or "pm"
    let h = if d(1) && d(2) { 2 } else if d(1) { 1 } else { return None };
    let mut k = 1 + h;
    if s.get(k) != Some(&b':') || !(d(k + 1) && d(k + 2)) {
        return None;
    }
    k += 3;
    if s.get(k) == Some(&b':') && d(k + 1) && d(k + 2) {
        k += 3;
    }
    let r = &s[k..];
    let r_len = if r.first() == Some(&b' ') { 1 } else { 0 };
    let m = &r[r_len..];
    if m.len() >= 2 && (m[..2].eq_ignore_ascii_case(b"am") || m[..2].eq_ignore_ascii_case(b"pm")) {
        k += r_len + 2;
    }
    (s.get(k) == Some(&b']')).then_some(k + 1)
}

/// Credentials without their dots, for exact lookup: each (at most
/// [`CRED_MAX`] bytes) packed little-endian into a `u64` key of a
/// [`PackedTable`], so a probe is a multiply and a compare, with no string
/// hashing.
const CRED_MAX: usize = 8;

static CRED_TABLE: Lazy<PackedTable<64>> = Lazy::new(|| {
    let mut t = PackedTable::with_capacity(CREDENTIALS.len());
    for c in CREDENTIALS {
        let k = c.replace('.', "");
        assert!(!k.is_empty() && k.len() <= CRED_MAX && k.is_ascii(), "credential {c:?}");
        t.insert(cred_key(k.as_bytes()), 0);
    }
    t
});

/// For each upper-case first letter of a credential key, bit `c & 63` set
/// for every letter `c` that follows it in a key (keys have at least two
/// bytes, and a letter second): a quick test on the two bytes at a word.
static CRED_PAIRS: Lazy<[u64; 26]> = Lazy::new(|| {
    let mut t = [0u64; 26];
    for c in CREDENTIALS {
        let k = c.replace('.', "");
        let k = k.as_bytes();
        assert!(k.len() >= 2 && k[0].is_ascii_uppercase() && k[1].is_ascii_alphabetic(), "credential {c:?}");
        t[(k[0] - b'A') as usize] |= 1 << (k[1] & 63);
    }
    t
});

/// A key of 1 to [`CRED_MAX`] bytes, zero-padded (keys contain no zero).
#[inline]
fn cred_key(k: &[u8]) -> u64 {
    let mut w = 0u64;
    for (i, &c) in k.iter().enumerate() {
        w |= (c as u64) << (8 * i);
    }
    w
}

/// Whether the dot-less key is a credential.
#[inline]
fn is_cred_key(k: &[u8]) -> bool {
    if k.is_empty() || k.len() > CRED_MAX {
        return false;
    }
    CRED_TABLE.get(cred_key(k)).is_some()
}

/// Length of a credential written at `pos` ("MD", "M.D.", "PA-C"), if any.
#[inline]
pub(crate) fn credential_at(text: &str, pos: usize) -> Option<usize> {
    let b = text.as_bytes();
    if pos >= b.len() || !b[pos].is_ascii_uppercase() || !may_be_credential(b, pos) {
        return None;
    }
    credential_key_at(b, pos)
}

/// The quick test of [`credential_at`] on the byte after the upper-case
/// letter at `pos`: a dot, or a letter that some credential has second
/// after this first letter. The key's second byte is the next one, unless
/// that is a dot: when it is a letter that no credential has second after
/// this first letter (or no letter at all), no key can match.
#[inline]
fn may_be_credential(b: &[u8], pos: usize) -> bool {
    match b.get(pos + 1) {
        Some(b'.') => true,
        Some(&c) => c.is_ascii_alphabetic() && CRED_PAIRS[(b[pos] - b'A') as usize] >> (c & 63) & 1 != 0,
        None => false,
    }
}

/// [`credential_at`] without its quick test: the dot-less key written at
/// `pos` (an upper-case letter), looked up.
#[inline]
fn credential_key_at(b: &[u8], pos: usize) -> Option<usize> {
    let mut key = [0u8; 12];
    let mut kl = 0;
    let mut j = pos;
    while j < b.len() && j - pos < 12 && (b[j].is_ascii_alphabetic() || b[j] == b'.' || b[j] == b'-') {
        if b[j] != b'.' {
            key[kl] = b[j];
            kl += 1;
        }
        j += 1;
    }
    if j < b.len() && b[j].is_ascii_alphanumeric() {
        return None;
    }
    // trailing '-' belongs to the text, not the credential
    while kl > 0 && key[kl - 1] == b'-' {
        kl -= 1;
        j -= 1;
    }
    // (the key holds ASCII letters and '-' only)
    is_cred_key(&key[..kl]).then_some(j - pos)
}

/// An age and a sex right after a name at `p`, as census lines and
/// handoffs print a patient: "(72M)", "(90 F)", " 31M ", "(13yo)",
/// "(72 y/o M)", an identifier between allowed ("#681715  31M").
fn age_sex_after(b: &[u8], p: usize) -> bool {
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut k = p;
    let spaces = |k: &mut usize| {
        let s = *k;
        while at(*k) == b' ' && *k - s < 4 {
            *k += 1;
        }
        *k > s
    };
    if !spaces(&mut k) {
        return false;
    }
    // an identifier first: "#681715  31M"
    if at(k) == b'#' && at(k + 1).is_ascii_digit() {
        k += 1;
        while at(k).is_ascii_digit() {
            k += 1;
        }
        if !spaces(&mut k) {
            return false;
        }
    }
    let paren = at(k) == b'(';
    k += usize::from(paren);
    let d = k;
    while at(k).is_ascii_digit() && k - d < 3 {
        k += 1;
    }
    if k == d || at(k).is_ascii_digit() {
        return false;
    }
    k += usize::from(at(k) == b' ');
    let rest = &b[k.min(b.len())..b.len().min(k + 6)];
    let unit = [&b"y/o "[..], b"yo", b"y/o", b"M", b"F"].iter().find(|u| rest.starts_with(u)).map_or(0, |u| u.len());
    if unit == 0 {
        return false;
    }
    k += unit;
    // "72 y/o M": the sex after the age's unit
    if matches!(at(k), b'M' | b'F') && b[k - 1] == b' ' {
        k += 1;
    }
    let c = at(k);
    !c.is_ascii_alphanumeric() && (!paren || c == b')' || c == b',')
}

/// Whether what stands before `s` on its line is at most a list's number
/// or bullet ("2. ", "- ", "* ", "1) "; and a label's ':' when `colon`):
/// the word at `s` opens a list's item.
pub(crate) fn opens_list_item(b: &[u8], s: usize, colon: bool) -> bool {
    let ls = memchr::memrchr(b'\n', &b[..s]).map_or(0, |p| p + 1);
    b[ls..s].iter().all(|&c| c.is_ascii_digit() || matches!(c, b'.' | b')' | b' ' | b'-' | b'*' | b'\t') || colon && c == b':')
}

/// The label of a person's identifiers right after a name at `p`, on
/// its line, as record headers, exports and subject lines print a
/// patient: "PARKINSON, LEONARD  Birth Date - 10-AUG-1944", "RÓISÍN LI
/// Record No - C481743", "Subject: SIDDIQUI Sunita DOB 30/04/1968",
/// "SANDHU SHABNAM (NHS number: ...)". One to four spaces or a tab, then
/// a '-', '|', ',' or '(' if any, then the label as a whole word.
fn identity_after(b: &[u8], p: usize) -> bool {
    const LABELS: &[&[u8]] = &[
        b"dob", b"d.o.b", b"date of birth", b"birth date", b"birthdate", b"mrn", b"record no", b"record number",
        b"record #", b"medical record", b"patient id", b"pt id", b"nhs no", b"nhs number", b"chart no", b"chart #",
        b"hospital no", b"hospital number", b"health card", b"ssn",
    ];
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut k = p;
    while matches!(at(k), b' ' | b'\t') && k - p < 4 {
        k += 1;
    }
    if k == p {
        return false;
    }
    if matches!(at(k), b'-' | b'|' | b',' | b'(') {
        k += 1;
        while at(k) == b' ' && k - p < 8 {
            k += 1;
        }
    }
    let rest = &b[k.min(b.len())..b.len().min(k + 16)];
    LABELS.iter().any(|l| {
        rest.len() >= l.len() && rest[..l.len()].eq_ignore_ascii_case(l) && !at(k + l.len()).is_ascii_alphabetic()
    })
}

/// Whether a credential follows `end` (", MD", " RN", ", M.D.").
fn credential_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    let mut i = end;
    if i < b.len() && b[i] == b',' {
        i += 1;
    }
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    if i == end && !(i < b.len() && b[i] == b',') {
        return false;
    }
    credential_at(text, i).is_some()
}

fn is_credential_word(text: &str, w: &Word) -> bool {
    w.end - w.start <= 6 && credential_at(text, w.start).is_some()
}

/// The word (any case) after `end` when only one space (or a possessive
/// apostrophe and a space) separates them.
fn word_after_space(text: &str, end: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = end;
    if text[i..].starts_with("'s ") {
        i += 2;
    } else if text[i..].starts_with("' ") {
        i += 1;
    } else if text[i..].starts_with("\u{2019}s ") {
        i += 4;
    }
    if i >= b.len() || b[i] != b' ' {
        return None;
    }
    i += 1;
    let mut j = i;
    while j < b.len() && (b[j].is_ascii_alphabetic() || (b[j] == b'\'' && j > i)) {
        j += 1;
    }
    (j > i).then_some((i, j))
}

fn lower_word(text: &str, w: &Word, buf: &mut String) {
    fold_at(text, w.start, w.core_end, buf);
}

/// Whether the sentence before "in" at `p` says someone lives, stays or
/// has a doctor there ("At home the patient live in", "visiting his
/// daughter Aoife in", "patient's GP in"): one of these words within 48
/// bytes back on the line.
fn residence_before(b: &[u8], p: usize, strict: bool) -> bool {
    // a relative's home ("went to stay at her sister's in Slough"; not
    // "He's in Resus", "Med's in Pyxis")
    if p >= 3 && &b[p - 3..p] == b"'s " {
        let ws = b[..p - 3].iter().rev().take(16).take_while(|c| c.is_ascii_alphabetic()).count();
        let w = &b[p - 3 - ws..p - 3];
        return RELATIVES.iter().any(|r| r.as_bytes().eq_ignore_ascii_case(w));
    }
    // (and where someone grew up or was born: "grew up in Eugene")
    const WORDS: [&[u8]; 16] = [
        b"live", b"lives", b"living", b"lived", b"resides", b"residing", b"resident", b"visiting", b"staying", b"GP",
        b"relocated", b"moved", b"home", b"house", b"grew", b"born",
    ];
    // (`strict`: a verb of living only, "now lives in the Bronx"; not "Lives
    // at home; reviewed in the SDEC unit")
    const LIVING: [&[u8]; 8] = [b"live", b"lives", b"living", b"lived", b"resides", b"residing", b"relocated", b"moved"];
    let words: &[&[u8]] = if strict { &LIVING } else { &WORDS };
    let floor = p.saturating_sub(if strict { 24 } else { 48 });
    let ls = b[floor..p].iter().rposition(|&c| c == b'\n' || c == b'.' || (strict && c == b';')).map_or(floor, |k| floor + k + 1);
    b[ls..p].split(|c| !c.is_ascii_alphabetic()).any(|w| words.iter().any(|x| w == *x || (x.len() > 2 && w.eq_ignore_ascii_case(x))))
}

/// Relatives whose home may be named by their possessive alone ("at her
/// sister's in Slough").
static RELATIVES: &[&str] = &[
    "sister", "brother", "son", "daughter", "mum", "mom", "mother", "dad", "father", "parents", "aunt", "auntie",
    "uncle", "cousin", "niece", "nephew", "friend", "grandmother", "grandfather", "grandma", "grandpa", "nan", "gran",
    "partner", "boyfriend", "girlfriend", "carer", "neighbour", "neighbor",
];

/// Words after a place's name that make it a service, a ward or a
/// household, not a town ("grew up in Foster care", "Born in Sutter
/// labor and delivery", "Raised in Mormon household").
fn service_after(b: &[u8], e: usize) -> bool {
    let Some(r) = b.get(e..).and_then(|r| r.strip_prefix(b" ")) else { return false };
    let n = r.iter().take(12).take_while(|c| c.is_ascii_alphabetic()).count();
    let w = &r[..n];
    [&b"care"[..], b"unit", b"clinic", b"ward", b"network", b"household", b"family", b"labor", b"labour", b"hospital", b"team", b"system", b"services"]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(w))
}

/// Whether a town's label ends right before `s` (after ": " or "/ "):
/// "City:", "Town:", "City / Province:", "Ort:", "Ville:", or a postal
/// code's label and its code, "Postcode / Town: 3000-012 / ".
fn town_label_before(b: &[u8], s: usize) -> bool {
    // (read back at most 49 bytes: a label further back is none)
    let floor = s.saturating_sub(49);
    let ls = match b[floor..s].iter().rposition(|&c| c == b'\n') {
        Some(k) => floor + k + 1,
        None if floor == 0 => 0,
        None => return false,
    };
    if s - ls > 48 {
        return false;
    }
    let line = &b[ls..s];
    let Some(colon) = memchr::memchr(b':', line) else { return false };
    // (a form's second field on the line: "Address: HC 3 Box 307
    // City/ST: Pelham Ridge", its label after two spaces, a tab or a '|')
    let (line, colon) = match memchr::memrchr(b':', line) {
        Some(c) if c != colon => {
            let fs = line[..c].windows(2).rposition(|w| w == b"  " || w[1] == b'\t' || w[1] == b'|').map_or(0, |k| k + 2);
            (&line[fs..], c - fs)
        }
        _ => (line, colon),
    };
    const TOWNS: [&[u8]; 7] = [b"city", b"town", b"ort", b"ville", b"locality", b"suburb", b"village"];
    let mut words = line[..colon].split(|c| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
    let mut town = false;
    for (n, w) in words.by_ref().enumerate() {
        if n == 4 {
            return false;
        }
        town |= TOWNS.iter().any(|t| w.eq_ignore_ascii_case(t));
    }
    if !town {
        return false;
    }
    // the value: the town right after the colon, or after "<code> / "
    let rest = &line[colon + 1..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    rest.is_empty() || (rest.ends_with(b"/ ") && rest.iter().any(u8::is_ascii_digit) && rest.len() <= 14)
}

/// Whether the name-like span is immediately followed (after one space) by
/// an organisation, place or eponym word, or by ", ST" / ", State" (a city).
fn org_or_place_after(text: &str, words: &[Word], last: usize, buf: &mut String) -> bool {
    if let Some((a, z)) = word_after_space(text, words[last].core_end) {
        fold_at(text, a, z, buf);
        // (a cell phone's number is no eponym's cell: "Amelia's cell
        // 914.277.5038", "Jack's cell: (419) 353-7915")
        let phone_cell = buf == "cell" && {
            let r = text.as_bytes()[z..].iter().skip_while(|&&c| c == b' ' || c == b':').next();
            r.is_some_and(|&c| c.is_ascii_digit() || c == b'+' || c == b'(')
        };
        // (nor is someone's home, in lower case, a nursing home: "cousin
        // Ariel's place", "daughter Ximena's home")
        let w = &words[last];
        let dwelling = dwelling_after(text.as_bytes(), w.core_end) && !family_word(&text.as_bytes()[w.start..w.core_end]);
        if FOLLOWERS.contains(buf.as_str()) && !phone_cell && !dwelling {
            return true;
        }
    }
    if last + 1 < words.len() {
        let nx = &words[last + 1];
        let g = gap(text, &words[last], nx);
        if g == ", " && nx.is_upper() && nx.end - nx.start == 2 {
            let s = &text[nx.start..nx.end];
            if is_state_abbr(s)
                && !text[nx.end..].starts_with('.')
                && !matches!(s, "MD" | "DO" | "PA" | "MS" | "MA" | "OR" | "ME" | "IN" | "OK" | "HI" | "DE" | "ID")
            {
                return true;
            }
        }
        if g == ", " && nx.is_cap() {
            lower_word(text, nx, buf);
            if is_state_name_word(buf) {
                return true;
            }
        }
    }
    false
}

fn place_before(text: &str, words: &[Word], first: usize, buf: &mut String) -> bool {
    // a street's kind written before its name, in lower case, as French,
    // Spanish, Italian and Portuguese addresses do ("5221, avenue Royale",
    // "rue Laurier", "calle Mayor")
    let b = text.as_bytes();
    let s = words[first].start;
    if s >= 2 && b[s - 1] == b' ' && b[s - 2].is_ascii_lowercase() {
        let w = b[..s - 1].iter().rev().take(10).take_while(|c| c.is_ascii_lowercase()).count();
        let kind = &b[s - 1 - w..s - 1];
        let whole = s - 1 - w == 0 || !b[s - 2 - w].is_ascii_alphabetic();
        if whole && STREET_KINDS_BEFORE.iter().any(|k| k.as_bytes() == kind) {
            return true;
        }
    }
    if first == 0 {
        return false;
    }
    let pv = &words[first - 1];
    let g = gap(text, pv, &words[first]);
    if !(g == " " || g == ". ") || !pv.is_cap() {
        return false;
    }
    lower_word(text, pv, buf);
    if PRECURSORS.contains(&buf.as_str()) || INSTITUTIONS.contains(&buf.as_str()) {
        return true;
    }
    // an institution's kind two words back, a capitalized word between
    // ("Laboratorio Clínico Roma Norte", "Ospedale Civile San Rocco")
    if first < 2 || gap(text, &words[first - 2], pv) != " " || !words[first - 2].is_cap() {
        return false;
    }
    lower_word(text, &words[first - 2], buf);
    INSTITUTIONS.contains(&buf.as_str())
}

// ---------------------------------------------------------------------------
// Scoring.

fn pair_score(first: Class, last: Class) -> f32 {
    // (without context, a given name of the births' list only counts as a
    // word no list knows: "Cheyne Stokes", "Tarina Fe", "Calle Mayor")
    let plain = |c: Class| if c.has(C_RARE_FIRST) { Class(c.0 & !(C_FIRST | C_RARE_FIRST)) } else { c };
    let (first, last) = (plain(first), plain(last));
    if first.has(C_STOP) || last.has(C_STOP) || first.has(C_SHORTCAPS) || last.has(C_SHORTCAPS) {
        return 0.0;
    }
    let last_first_only = last.has(C_FIRST) && !last.has(C_SUR) && !last.ambiguous();
    if first.strong_first() {
        if last.strong_sur() {
            0.75
        } else if last.amb_sur() {
            0.65
        } else if last.unknown() {
            0.6
        } else if last_first_only {
            0.55
        } else {
            0.0
        }
    } else if first.amb_first() {
        if last.strong_sur() {
            0.6
        } else if last.unknown() {
            0.45
        } else if last.amb_sur() || last_first_only {
            0.3
        } else {
            0.0
        }
    } else if first.has(C_INITIAL) {
        if last.strong_sur() {
            0.55
        } else if last.unknown() {
            0.45
        } else if last.amb_sur() {
            0.4
        } else {
            0.0
        }
    } else if first.unknown() || (first.has(C_SUR) && !first.ambiguous()) {
        if last.strong_sur() {
            0.55
        } else if last.unknown() && first.unknown() {
            0.5
        } else if last.unknown() || last.amb_sur() {
            0.3
        } else {
            0.0
        }
    } else {
        0.0
    }
}

/// Score of a pair when context already says "this is a person".
fn pair_score_in_context(first: Class, last: Class, credential: bool) -> f32 {
    let base = pair_score(first, last);
    if base > 0.0 {
        return (base + 0.25).clamp(0.85, 0.95);
    }
    let first_ok = !first.has(C_STOP) && !first.has(C_SHORTCAPS) && (first.name_like() || first.has(C_INITIAL));
    let last_ok = last.name_like();
    if first_ok && last_ok && (credential || !(first.ambiguous() && last.ambiguous())) {
        0.85
    } else {
        0.0
    }
}

fn single_score_in_context(c: Class) -> f32 {
    if c.has(C_STOP) || c.has(C_SHORTCAPS) || c.has(C_INITIAL) || c.has(C_TITLE) {
        0.0
    } else if c.strong_first() || c.strong_sur() {
        0.8
    } else if c.unknown() {
        0.7
    } else if c.has(C_FIRST) || c.has(C_SUR) {
        0.55
    } else {
        0.0
    }
}

/// Context right after a name that makes it a person: a relation in
/// parentheses, a clinical verb, an apposition.
static REL: &[&str] = &[
    " (wife)", " (husband)", " (son)", " (daughter)", " (mother)", " (father)", " (brother)", " (sister)",
    " (spouse)", " (partner)", " (friend)", " (uncle)", " (aunt)", " (niece)", " (nephew)", " (grandson)",
    " (granddaughter)", " (grandmother)", " (grandfather)", " (caregiver)", " (guardian)", " (poa)",
    " (patient)", " (pt)", " (mom)", " (dad)", " (fiance)", " (fiancee)", " (roommate)", " (neighbor)",
    " is a ", " is an ", " states ", " reports ", " presents ", " denies ", " returns ", " was seen",
    " was admitted", " has a history", " is here", " comes in", " complains", " endorses", " notes ",
    ", a ", ", an ", " (age", " (dob", " (mrn", " (d.o.b", ", who ", "'s son", "'s daughter", "'s wife",
    "'s husband", "'s mother", "'s father", "'s brother", "'s sister",
    // whose phone it is ("Amelia's cell 914.277.5038")
    "'s cell", "'s mobile", "'s phone", "'s number", "'s landline", "'s email", "'s home phone",
    // whose relative or friend someone is ("Christopher's cousin Samira")
    "'s cousin", "'s mum", "'s mom", "'s dad", "'s aunt", "'s uncle", "'s niece", "'s nephew", "'s grandson",
    "'s granddaughter", "'s partner", "'s friend", "'s carer", "'s neighbour", "'s neighbor",
    // a profession in brackets after the name ("W. King (Physiotherapist)")
    " (physiotherapist)", " (podiatrist)", " (dietitian)", " (midwife)", " (paramedic)", " (optometrist)",
    " (audiologist)", " (psychologist)", " (psychiatrist)", " (solicitor)",
];

/// A team's or a family's member named with a role after a comma or in
/// brackets ("Mohammed, practice nurse", "Segun (supervisor)"): like
/// [`REL`], but only after a word that is no English one ("Morning,
/// receptionist here" greets).
static REL_STAFF: &[&str] = &[
    ", practice nurse", ", district nurse", ", social worker", ", health visitor", ", receptionist",
    ", care coordinator", ", key worker", ", keyworker", ", practice manager", " (supervisor)", " (manager)",
    " (key worker)", " (keyworker)", " (social worker)", " (district nurse)", " (health visitor)", " (advocate)",
    " (carer)", " (neighbour)", " (cousin)", " (landlord)", " (landlady)", " (colleague)",
];

/// What only a person does, after a lone capitalized word a name could
/// be ("since Analyn died on", "Guy disclosed that", "if Chase now
/// lives with").
static PERSON_ONLY: &[&str] = &[
    " died", " passed away", " disclosed", " cried", " now lives", " lives with", " went missing", " is off school",
];

/// After a lone name the lists know (a given name or a surname): what a
/// person does to someone ("Bukola told me he did not eat", "Nkechi
/// visited me at 8:07AM", "ride (Gary) honked"; not a service's or an
/// app's word, "Oncologist told him", "DCFS told us", "MyChart texted").
static PERSON_TO_SOMEONE: &[&str] = &[" told me", " told her", " told him", " told us", " visited me", " texted", " honked", " hugged"];

/// Whether "'s" and a home in lower case that ends the phrase follow `e`
/// ("at cousin Ariel's place on", "Robin's place 157 Oak Dr", "daughter
/// Poppy's home."): where someone lives. Not a shop's or a firm's home
/// section, service or page ("Kohl's home section", "Coram's home
/// infusion", "Cerner's home page": another noun after it).
fn dwelling_after(b: &[u8], e: usize) -> bool {
    let Some(r) = b.get(e..).and_then(|r| r.strip_prefix(b"'s ")) else { return false };
    let Some(w) = [&b"place"[..], b"home", b"house", b"flat", b"apartment"].into_iter().find(|w| r.starts_with(w)) else {
        return false;
    };
    let r = &r[w.len()..];
    match r.first() {
        None => true,
        Some(&c) if c != b' ' => !c.is_ascii_alphanumeric(),
        Some(_) => {
            let r = &r[1..];
            let n = r.iter().take(8).take_while(|c| c.is_ascii_alphabetic()).count();
            n == 0 || [&b"in"[..], b"on", b"at", b"for", b"with", b"near", b"since", b"and", b"to", b"off", b"over", b"until", b"till", b"if", b"now"]
                .contains(&&r[..n])
        }
    }
}

fn family_word(w: &[u8]) -> bool {
    FAMILY_WORDS.iter().any(|f| f.as_bytes().eq_ignore_ascii_case(w))
}

/// Relatives' and elders' words, not names, before a home ("Oma's place",
/// "Auntie's place").
static FAMILY_WORDS: &[&str] = &[
    "oma", "opa", "bubbe", "zayde", "tita", "tito", "yaya", "nani", "nana", "lolo", "lola", "auntie", "aunty", "nan",
    "gran", "granny", "grandma", "grandpa", "abuela", "abuelo", "nonna", "nonno", "mum", "mom", "dad", "mummy", "mommy",
    "daddy", "papa", "mama",
];

/// What a person does, and an organisation too ("Aetna asked for"): after
/// a word the name lists know only ("Frank asks re", "Duc told her").
static PERSON_VERBS: &[&str] = &[
    " asks ", " asked ", " told ", " says ", " said ", " wants ", " rang ", " drives ", " visited", " described ",
    " feels ", " agreed ", " declined ", " refused ",
];

/// After a lone given name that is no English word: who comes, goes,
/// calls or helps ("Tavita visited, took her to the shop", "Amit left at
/// break"; not "Ginger helped with nausea", "Gene came back negative",
/// "Bill came in the mail", a word's).
static PERSON_VERBS_NAMES: &[&str] = &[
    " came ", " left ", " arrived", " texted", " phoned", " emailed", " stayed ", " helped ", " brought ",
    " went ", " returned ", " attended ", " laughed", " smiled", " hugged", " waved", " states ", " stated ",
    " reports ",
];

/// Before a lone name the lists know: whom someone has parted from or
/// married ("since separation from Hao"; not whom someone asks for,
/// "asking for Molly", a drug's street name as often).
static PERSON_BEFORE: &[&str] = &["separation from ", "separated from ", "married to "];

/// Whether the lone capitalized word at `s..e` of class `c` is a person
/// by the words around it ([`PERSON_ONLY`], [`PERSON_VERBS`],
/// [`PERSON_BEFORE`]).
fn person_cue(b: &[u8], s: usize, e: usize, c: Class) -> bool {
    let rest = &b[e..b.len().min(e + 16)];
    let has = |list: &[&str]| list.iter().any(|r| rest.len() >= r.len() && rest[..r.len()].eq_ignore_ascii_case(r.as_bytes()));
    if c.has(C_STOP) || c.has(C_KIN) {
        return false;
    }
    // (a name's word, or one no list knows; not an English word, "Client
    // disclosed", "Newborn cried")
    let dwelling = dwelling_after(b, e);
    if has(PERSON_ONLY) || dwelling {
        // (a saint's house is a home's or a church's: "St Mary's home"; a
        // grandmother's is no name's, "Oma's place")
        let before = &b[s.saturating_sub(7)..s];
        let saint = [&b"st "[..], b"st. ", b"saint "]
            .iter()
            .any(|p| before.len() >= p.len() && before[before.len() - p.len()..].eq_ignore_ascii_case(p));
        let family = dwelling && family_word(&b[s..e]);
        if saint || family {
            return false;
        }
        return c.unknown() || c.strong_first() || c.strong_sur() || c.amb_first();
    }
    // whom someone parted from or married: a name's word
    let before = &b[s.saturating_sub(16)..s];
    if PERSON_BEFORE.iter().any(|p| before.len() >= p.len() && before[before.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())) {
        return c.strong_first() || c.strong_sur() || c.amb_first();
    }
    // (a name the lists know, not after '/': "Hem/Onc told us")
    if has(PERSON_TO_SOMEONE) && (c.strong_first() || c.strong_sur() || c.amb_first()) && !(s > 0 && b[s - 1] == b'/') {
        return true;
    }
    // (a given name, one that is a word too, "Grace"; not a surname too,
    // which names a payer or a hospital as often, "Molina declined",
    // "Hopkins agreed")
    (c.strong_first() || c.amb_first()) && !c.strong_sur() && has(PERSON_VERBS)
        || c.strong_first() && !c.strong_sur() && has(PERSON_VERBS_NAMES) && {
            // (no English word: a name-dominant one's class does not say so,
            // "Gene came back negative", "Iris returned to baseline")
            let w = String::from_utf8_lossy(&b[s..e]).to_lowercase();
            !super::lexicon::is_english(&w)
        }
}

/// The addressee of a copy, alone on its line after "cc: " (in lower
/// case, as a letter's copy list writes it, at a line's start) at word
/// `k`: a given name the lists know (an English word too: "cc: Will
/// Frost") and a family name, a given name or a word no list knows, then
/// the line's end; the letter four lines long at least before it (a
/// chief complaint's "CC:" opens a note: "cc: Chest Pain" is none, and
/// neither word is a name's).
fn copied_to(text: &str, words: &[Word], classes: &[Class], k: usize) -> Option<Finding> {
    let b = text.as_bytes();
    let (w, c) = (words[k], classes[k]);
    let (w2, c2) = (*words.get(k + 1)?, *classes.get(k + 1)?);
    if c.has(C_STOP) || c.has(C_TITLE) || gap(text, &w, &w2) != " " || c2.has(C_STOP) || c2.has(C_TITLE) || c2.has(C_INITIAL) {
        return None;
    }
    if !(c2.has(C_SUR) || c2.has(C_FIRST) || c2.unknown()) || !matches!(b.get(w2.end), None | Some(b'\n' | b'\r')) {
        return None;
    }
    memchr::memrchr_iter(b'\n', &b[..w.start]).nth(4).map(|_| Finding::new(PhiType::Name, w.start, w2.core_end, 0.75))
}

/// Relatives and companions written in lower case right before a name
/// ([`relative_named`])
/// ("his wife Na calls", "Pt's son Jun (15)", "neighbour Jun on 13
/// June", "daughter Poppy's home", "her ride (bf Tyler)").
const KIN_BEFORE: &[&[u8]] = &[
    b"wife", b"husband", b"son", b"daughter", b"sister", b"brother", b"mother", b"father", b"mum", b"mom", b"dad",
    b"partner", b"neighbour", b"neighbor", b"grandson", b"granddaughter", b"niece", b"nephew", b"cousin", b"aunt",
    b"uncle", b"boyfriend", b"girlfriend", b"bf", b"gf", b"fiance", b"fiancee", b"stepson", b"stepdaughter",
    b"grandchild", b"bunkie", b"cellmate",
];

/// Words that follow a relative's word capitalized without naming anyone
/// ("wife At bedside", "son Is aware"): a sentence's or a heading's.
const NOT_RELATIVES_NAMES: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "had", "has", "have", "he", "her",
    "him", "his", "if", "in", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so",
    "the", "to", "too", "up", "us", "was", "we", "were", "who", "with", "yes", "also", "then", "present", "aware",
    "informed", "notified", "updated", "deceased", "unknown", "alive", "living", "phone", "mobile", "cell", "home",
    "work", "visiting", "visited", "called", "here", "there", "contact", "number", "name", "relationship", "nok",
    // abbreviations a family history or a next of kin's field writes
    // after the relative ("father Ca prostate", "husband Dx with
    // dementia", "wife Ph: 0412", "mum Ed nurse", "son Jr")
    "ca", "dx", "hx", "rx", "tx", "ph", "hm", "wk", "ok", "pt", "rn", "gp", "re", "ad", "mi", "tb", "ra", "ed", "jr",
    "sr", "dm", "christmas", "easter",
];

/// Months' abbreviations that name no one ("son Aug", "daughter Sept").
const SHORT_MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Whether a relative's word in lower case stands right before `s`, one
/// space between, the word's start no letter's neighbour.
fn relative_before(b: &[u8], s: usize) -> bool {
    if s < 3 || b[s - 1] != b' ' {
        return false;
    }
    let e = s - 1;
    let mut k = e;
    while k > 0 && e - k < 14 && b[k - 1].is_ascii_lowercase() {
        k -= 1;
    }
    (k == 0 || !b[k - 1].is_ascii_alphanumeric() && b[k - 1] != b'-') && KIN_BEFORE.contains(&&b[k..e])
}

/// Whether the capitalized word `w` (of class `c`) after a relative's
/// word names the relative where the name families do not read it: a
/// given name the lists know that is no English word ("bf Tyler",
/// "bunkie Bilal", "son Li"), a month's that is a given name too ("son
/// Jun"), a family name or an English word with a possessive or a
/// bracket after it ("daughter Poppy's home", "son Ivy (12)"). Not a
/// stop-listed word (an eponym: "father Parkinson's"), nor one before
/// "syndrome", "disease", "palsy", "carrier" or "sign"; not a date ("son
/// May 5"), a title, nor a word of [`NOT_RELATIVES_NAMES`] (a family
/// history's or a field's abbreviations: "father Ca prostate", "wife Ph:
/// 0412"); not a name's first word, which the families read whole ("wife
/// Tavita Smith").
fn relative_named(text: &str, w: &Word, c: Class) -> bool {
    let b = text.as_bytes();
    let n = text[w.start..w.core_end].chars().count();
    if n < 2 || c.has(C_TITLE) || c.has(C_INITIAL) {
        return false;
    }
    let after = &b[w.core_end..];
    if after.first() == Some(&b' ') && after.get(1).is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) {
        return false;
    }
    let word = text[w.start..w.core_end].to_lowercase();
    if NOT_RELATIVES_NAMES.contains(&word.as_str()) {
        return false;
    }
    // (not an eponym's disease or sign: "father Parkinson's", "brother
    // Down syndrome", "sister Hashimoto's disease")
    let rest = &after[(w.end - w.core_end).min(after.len())..];
    let lower_rest = rest.get(..rest.len().min(14)).map(<[u8]>::to_ascii_lowercase).unwrap_or_default();
    if [&b" syndrome"[..], b" disease", b" palsy", b" carrier", b" sign"].iter().any(|d| lower_rest.starts_with(d)) {
        return false;
    }
    // (a possessive before a capitalized word is a faith's or a thing's
    // name as often: "daughter Jehovah's Witness")
    let possessive = w.end > w.core_end && !b.get(w.end + 1).is_some_and(u8::is_ascii_uppercase);
    let bracket = after.starts_with(b" (") || after.first() == Some(&b')');
    let english = c.has(C_ENG) && !c.has(C_DOMINANT);
    // a given name the lists know, a month's name ("son Jun", no day's
    // number after it), not a
    // stop-listed word (an eponym, "father Parkinson's"); a family name
    // or an English word only with a possessive or a bracket after it
    // ("daughter Poppy's home")
    !c.has(C_STOP) && c.has(C_FIRST) && !english
        || (c.has(C_MONTH) || super::lexicon::is_month_word(&b[w.start..w.core_end])) && (c.has(C_FIRST) || c.has(C_SUR)) && !SHORT_MONTHS.contains(&word.as_str())
        || (possessive && !english || bracket) && !c.has(C_STOP) && (c.has(C_FIRST) || c.has(C_SUR) || c.has(C_ENG) || c.unknown())
        || possessive && english && !c.has(C_STOP)
}

/// [`REL`] by its second byte (every entry starts with ' ' or ','), so
/// `role_after_x` compares with a few entries, not all.
static REL_INDEX: Lazy<Vec<Vec<&'static str>>> = Lazy::new(|| {
    let mut ix = vec![Vec::new(); 128];
    for &r in REL {
        let c = r.as_bytes()[1];
        assert!(c.is_ascii() && !c.is_ascii_uppercase(), "{r:?} must be lower-case ASCII");
        ix[c as usize].push(r);
    }
    ix
});

// ---------------------------------------------------------------------------
// The recognizer.

struct Scan<'t> {
    text: &'t str,
    words: Vec<Word>,
    classes: Vec<Class>,
    buf: String,
    /// A second string buffer (multi-word keys).
    key: String,
    found: Vec<Finding>,
    /// Lower-case words of confirmed names, for later mentions.
    known: Known,
    /// Spans of `found`, sorted (for `mentions`).
    spans: Vec<(usize, usize)>,
}

/// A set of short strings that allocates nothing per entry: the words live
/// back to back in one string, indexed by their hash. A text confirms a
/// handful of names, so the buffers, reused across calls, stay tiny.
///
/// The words come from the text, so they are hashed with a randomly keyed
/// hash (std's SipHash): with FxHash, whose low bits depend on a word's
/// first bytes alone, many names sharing their first letters fell into one
/// probe sequence of the table, and every insertion and lookup walked it
/// (quadratic in the number of distinct names); and FxHash collisions,
/// which send a lookup through every entry, can be computed.
#[derive(Default)]
struct Known {
    /// The key of the word hash.
    keys: RandomState,
    /// The length of the longest word.
    max_len: usize,
    text: String,
    /// Hash of each word to the (start, end) of its latest copy in `text`
    /// (the hash is already uniform: the table uses it as it is).
    index: HashMap<u64, (u32, u32), BuildHasherDefault<IdentityHasher>>,
    spans: Vec<(u32, u32)>,
    /// A 256-bit Bloom filter of every word's byte length and first two
    /// bytes (see [`Known::sketch`]).
    sketch: Bits<4>,
}

/// A `u64` key's own value as its hash (for keys that are hashes). Kept
/// rather than `rustc_hash`: the keys are already uniform SipHash outputs,
/// which FxHash would only multiply once more; passing them through is the
/// cheapest hash there is.
#[derive(Default)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn write(&mut self, bytes: &[u8]) {
        // not used by `u64` keys; fold anything else in all the same
        for &c in bytes {
            self.0 = (self.0.rotate_left(8) ^ c as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl Known {
    fn hash(&self, w: &str) -> u64 {
        let mut h = self.keys.build_hasher();
        h.write_usize(w.len());
        // (SipHash streams: the pieces hash as the whole would)
        for (k, piece) in w.as_bytes().chunks(CHECK_BYTES).enumerate() {
            if k > 0 {
                check();
            }
            h.write(piece);
        }
        h.finish()
    }

    fn contains(&self, w: &str) -> bool {
        if w.len() > self.max_len {
            return false;
        }
        self.contains_hashed(w, self.hash(w))
    }

    /// [`contains`](Self::contains), given the word's hash.
    fn contains_hashed(&self, w: &str, h: u64) -> bool {
        match self.index.get(&h) {
            None => false,
            Some(&(a, z)) if &self.text[a as usize..z as usize] == w => true,
            // two known words with one hash: look at every entry
            Some(_) => self.spans.iter().any(|&(a, z)| &self.text[a as usize..z as usize] == w),
        }
    }

    fn insert(&mut self, w: &str) {
        let h = self.hash(w);
        if self.contains_hashed(w, h) {
            return;
        }
        self.max_len = self.max_len.max(w.len());
        let a = self.text.len() as u32;
        self.text.push_str(w);
        let span = (a, self.text.len() as u32);
        self.spans.push(span);
        self.index.insert(h, span);
        let wb = w.as_bytes();
        let bit = Self::sketch(w.len(), wb.first().copied().unwrap_or(0), wb.get(1).copied().unwrap_or(0));
        self.sketch.insert(bit);
    }

    /// The filter bit of a word of `len` bytes starting with `c0`, `c1`.
    #[inline]
    fn sketch(len: usize, c0: u8, c1: u8) -> usize {
        let x = (len.min(255) as u64) << 16 | (c0 as u64) << 8 | c1 as u64;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
    }

    /// False when no known word has `len` bytes and starts with `c0`, `c1`
    /// (a cheap first test).
    #[inline]
    fn may_have(&self, len: usize, c0: u8, c1: u8) -> bool {
        self.sketch.has(Self::sketch(len, c0, c1))
    }

    /// The quick test [`Scan::mentions`] asks of a word of the text
    /// (`b`) before folding it and looking it up: false only when the word
    /// is ASCII and no known word has its length and first two letters
    /// lower-cased (folding an ASCII word keeps its length and lower-cases
    /// it).
    #[inline]
    fn may_know(&self, b: &[u8], w: &Word) -> bool {
        let two = w.core_end - w.start >= 2;
        let c1 = b[w.start + two as usize] & 0u8.wrapping_sub(two as u8);
        let may = self.may_have(w.core_end - w.start, b[w.start].to_ascii_lowercase(), c1.to_ascii_lowercase());
        !w.is_ascii() | may
    }

    fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn clear(&mut self) {
        self.text.clear();
        self.index.clear();
        self.spans.clear();
        self.max_len = 0;
        self.sketch = Bits::new();
    }
}

/// Buffers of one [`find`] call, kept per thread and reused: a call on a
/// short note then allocates nothing.
#[derive(Default)]
struct Scratch {
    words: Vec<Word>,
    classes: Vec<Class>,
    buf: String,
    key: String,
    found: Vec<Finding>,
    known: Known,
    spans: Vec<(usize, usize)>,
    cache: ClassCache,
    /// The text `words` were read from, by its address and length (the
    /// same text while [`find`]'s caller holds it).
    text_id: (usize, usize),
}

/// Calls `f` with the start and end (possessive left out) of each
/// capitalized word of `text`, as [`find`] read them: the words of its
/// last call when that was on this text, read again otherwise.
pub(crate) fn each_capitalized_word(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut sc = SCRATCH.take();
    let id = (text.as_ptr() as usize, text.len());
    if sc.text_id != id {
        tokenize_into(text, &mut sc.words);
        sc.classes.clear();
        sc.text_id = id;
    }
    for w in &sc.words {
        if w.is_cap() {
            f(w.start, w.core_end);
        }
    }
    SCRATCH.set(sc);
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    if text.is_empty() {
        return;
    }
    // `take` leaves an empty (unallocated) scratch behind, so a nested call
    // could never see these buffers in use.
    let Scratch { mut words, mut classes, mut buf, key, mut found, mut known, mut spans, mut cache, .. } = SCRATCH.take();
    tokenize_into(text, &mut words);
    let text_id = (text.as_ptr() as usize, text.len());
    classes.clear();
    classes.extend(words.iter().enumerate().map(|(k, w)| {
        every_items(k);
        if w.is_cap() { cache.classify(text, w, &mut buf) } else { Class(C_STOP) }
    }));
    found.clear();
    known.clear();
    spans.clear();
    let mut s = Scan { text, words, classes, buf, key, found, known, spans };
    s.first_pass();
    s.labelled_fields();
    if memchr::memmem::find(text.as_bytes(), b" -> ").is_some() {
        s.handoffs();
    }
    s.mentions();
    super::lower_names::find(text, &mut s.found);
    super::spelled_dates::find(text, &mut s.found);
    for (k, (w, c)) in s.words.iter().zip(&s.classes).enumerate() {
        if c.has(C_FIRST) && text.as_bytes()[..w.start].ends_with(b"\ncc: ") {
            if let Some(f) = copied_to(text, &s.words, &s.classes, k) {
                s.found.push(f);
            }
        }
        if c.has(C_KIN) {
            super::lower_names::after_relative(text, w.end, &mut s.found);
        }
        if w.is_cap() && !w.is_upper() && relative_before(text.as_bytes(), w.start) && relative_named(text, w, *c) {
            s.found.push(Finding::new(PhiType::Name, w.start, w.core_end, 0.7));
        }
        // a patient's family name in capitals after a room's number, as
        // pager logs and handoffs write them ("RM311 WARSAME needs
        // restraint order renewal", "rm 497 DORSEY BP 82/50")
        if w.is_upper() && w.core_end - w.start >= 4 && (c.strong_sur() || c.strong_first() || c.unknown()) && super::census::after_room(text.as_bytes(), w.start) {
            s.found.push(Finding::new(PhiType::Name, w.start, w.core_end, 0.75));
        }
        if c.has(C_MONTH) {
            super::spelled_dates::after_month(text, w.start, w.end, &mut s.found);
        }
        // a fixed-width record's name fields before its birth date and sex
        // ("DTL120028 BAILEY       WINSTON    19561023 M 862087595 SCRN")
        if w.is_upper() && record_row_start(text.as_bytes(), w.start) {
            record_row_names(text.as_bytes(), w.start, &mut s.found);
        }
    }
    super::initials::find(text, &s.words, &mut s.found);
    for (k, f) in s.found.chunks(CHECK_ITEMS).enumerate() {
        if k > 0 {
            check();
        }
        out.extend_from_slice(f);
    }
    let Scan { words, classes, buf, key, found, known, spans, .. } = s;
    SCRATCH.set(Scratch { words, classes, buf, key, found, known, spans, cache, text_id });
}

impl<'t> Scan<'t> {
    /// Whether word `k` is an initial with its period ("J." of "J. Smith").
    #[inline]
    fn dotted_initial(&self, k: usize) -> bool {
        self.classes[k].has(C_INITIAL) & (self.text.as_bytes().get(self.words[k].end) == Some(&b'.'))
    }

    /// Whether the span is glued to an e-mail address, a number or a dotted
    /// identifier ("MOORE@...", "EARL28", "IVY.ZHANG").
    fn glued(&self, from: usize, to: usize) -> bool {
        self.glued_x(from, to, false)
    }

    fn glued_x(&self, from: usize, to: usize, after_title: bool) -> bool {
        let b = self.text.as_bytes();
        let s = self.words[from].start;
        let e = self.words[to].end;
        let after = b.get(e).copied().unwrap_or(b' ');
        let after2 = b.get(e + 1).copied().unwrap_or(b' ');
        let before = if s > 0 { b[s - 1] } else { b' ' };
        after == b'@'
            || after.is_ascii_digit()
            || after == b'_'
            || ((after == b'.' || after == b'_') && (after2.is_ascii_alphanumeric()) && !self.classes[to].has(C_INITIAL))
            || before == b'@'
            || before == b'_'
            || before.is_ascii_digit()
            || (!after_title && before == b'.' && s >= 2 && b[s - 2].is_ascii_alphanumeric() && !(s >= 3 && b[s - 3] == b' '))
    }

    /// Whether words `from..=to` fill a fixed-width record's field that
    /// runs into the record's number: the line opens with six digits or
    /// more glued to the first word, and two spaces or the line's end pad
    /// the last ("0035393077HADDAD,SAMIRA       19710609").
    fn fixed_width_field(&self, from: usize, to: usize) -> bool {
        let b = self.text.as_bytes();
        let s = self.words[from].start;
        let e = self.words[to].end;
        let mut k = s;
        while k > 0 && b[k - 1].is_ascii_digit() {
            k -= 1;
        }
        let padded = e >= b.len() || b.get(e..e + 2) == Some(&b"  "[..]) || matches!(b.get(e), Some(b'\n' | b'\r'));
        s - k >= 6 && (k == 0 || b[k - 1] == b'\n') && padded
    }

    /// The initial at `i` (no period after it), a surname after one space
    /// (a listed one that is no English word, or a word no list knows),
    /// a role or a signature's mark before them: the name, and the word
    /// to go on from.
    fn initial_surname(&mut self, i: usize) -> Option<usize> {
        let j = i + 1;
        let w = *self.words.get(j)?;
        let c = self.classes[j];
        if gap(self.text, &self.words[i], &w) != " " || !w.is_cap() || w.is_upper() && w.core_end - w.start <= 3 {
            return None;
        }
        if !(c.strong_sur() || c.unknown() && w.core_end - w.start >= 3) || c.has(C_TITLE) || is_credential_word(self.text, &w) {
            return None;
        }
        // (not a run of capitalized words, a heading or an organisation's)
        if self.words.get(j + 1).is_some_and(|n| n.is_cap() && gap(self.text, &w, n) == " " && !is_credential_word(self.text, n)) {
            return None;
        }
        if self.glued(i, j) || org_or_place_after(self.text, &self.words, j, &mut self.buf) || !role_before(self.text, self.words[i].start) {
            return None;
        }
        self.emit(i, j, 0.8);
        Some(j + 1)
    }

    /// The two people of a handoff written with an arrow ("Handoff Ivy H
    /// -> Merline Y", "Report: Everton -> Tunde", "Noor Bryant -> Jun
    /// Zhou"): on each side one or two capitalized words, the first a
    /// given name or a word no list knows, the second a surname or an
    /// initial; one side's first word a listed given name (not "Lasix ->
    /// Bumex"); no word English or stop-listed.
    fn handoffs(&mut self) {
        let n = self.words.len();
        for k in 0..n.saturating_sub(1) {
            if gap(self.text, &self.words[k], &self.words[k + 1]) != " -> " {
                continue;
            }
            // the left side ends at k, the right side starts at k + 1
            let left = k.checked_sub(1).and_then(|j| self.side(j, k)).or_else(|| self.side(k, k));
            let right = self.side(k + 1, k + 2).or_else(|| self.side(k + 1, k + 1));
            let (Some((l, _)), Some((_, r))) = (left, right) else { continue };
            let given = |c: Class| c.has(C_FIRST) && !c.has(C_STOP);
            if !(given(self.classes[l]) || given(self.classes[k + 1])) {
                continue;
            }
            self.emit(l, k, 0.75);
            self.emit(k + 1, r, 0.75);
        }
    }

    /// Words `a..=b` when they read as a handoff's person ([`Scan::side_ok`]),
    /// two of them one space apart.
    fn side(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let two_ok = b == a || b < self.words.len() && gap(self.text, &self.words[a], &self.words[b]) == " ";
        (two_ok && self.side_ok(a, b)).then_some((a, b))
    }

    /// Whether words `a..=b` (one or two) read as a handoff's person: the
    /// first a given name or unknown, the second a surname, an unknown
    /// word or an initial; capitalized, none English or stop-listed.
    fn side_ok(&self, a: usize, b: usize) -> bool {
        let first = self.classes[a];
        let ok_first = self.words[a].is_cap() && !self.words[a].is_upper() && (first.strong_first() || first.amb_first() && b > a || first.unknown()) && !first.has(C_STOP | C_TITLE | C_INITIAL);
        if !ok_first || self.glued(a, b) {
            return false;
        }
        if b == a {
            return true;
        }
        let c = self.classes[b];
        self.words[b].is_cap() && (c.has(C_INITIAL) || c.strong_sur() || c.unknown() || c.strong_first()) && !c.has(C_STOP | C_TITLE)
    }

    /// Whether a month name is followed by a day or year ("June 17").
    fn month_date(&self, to: usize) -> bool {
        let w = self.words[to];
        let b = self.text.as_bytes();
        let mut k = w.end;
        while k < b.len() && b[k] == b' ' {
            k += 1;
        }
        if k == w.end || k >= b.len() || !b[k].is_ascii_digit() {
            return false;
        }
        let mut buf = String::new();
        fold_at(self.text, w.start, w.core_end, &mut buf);
        is_full_month_name(&buf)
    }

    fn emit(&mut self, from: usize, to: usize, score: f32) {
        let start = self.words[from].start;
        self.emit_from(start, from, to, score)
    }

    fn emit_from(&mut self, start: usize, from: usize, to: usize, score: f32) {
        let after_title = start != self.words[from].start || (from > 0 && self.classes[from - 1].has(C_TITLE));
        if self.glued_x(from, to, after_title) || self.month_date(to) {
            return;
        }
        let end = self.words[to].core_end;
        self.found.push(Finding::new(PhiType::Name, start, end, score));
        if score >= 0.7 {
            for i in from..=to {
                let c = self.classes[i];
                if c.has(C_INITIAL) || c.has(C_STOP) || c.has(C_SHORTCAPS) || c.has(C_TITLE) {
                    continue;
                }
                let w = self.words[i];
                fold_at(self.text, w.start, w.core_end, &mut self.buf);
                self.known.insert(&self.buf);
            }
        }
    }

    /// Extends a run of name words from `from` (inclusive); returns the index
    /// of its last word. Stops at stop words, credentials, gaps other than a
    /// single space, and after `max` words.
    fn run_end(&self, from: usize, max: usize, allow_stop_first: bool) -> Option<usize> {
        let w = &self.words;
        let c0 = self.classes[from];
        if !w[from].is_cap() || c0.has(C_SHORTCAPS) || c0.has(C_TITLE) {
            return None;
        }
        if c0.has(C_STOP) && !allow_stop_first {
            return None;
        }
        if is_credential_word(self.text, &w[from]) {
            return None;
        }
        let mut last = from;
        let mut count = 1;
        while count < max && last + 1 < w.len() {
            let nx = last + 1;
            let c = self.classes[nx];
            let g = gap(self.text, &w[last], &w[nx]);
            let after_initial = self.classes[last].has(C_INITIAL);
            if !name_gap(g, after_initial) {
                break;
            }
            // (a word the lists stop, after an initial and its period, is a
            // surname all the same: "G. Parkinson", "A. Foley")
            let dotted_initial = self.dotted_initial(last);
            let stopped = c.has(C_STOP) && (!dotted_initial || w[nx].is_upper());
            if !w[nx].is_cap() || stopped || c.has(C_TITLE) || c.has(C_SHORTCAPS) {
                break;
            }
            if is_credential_word(self.text, &w[nx]) || (c.has(C_INITIAL) && credential_after(self.text, w[last].end)) {
                break;
            }
            // an initial must be followed by '.' or another name word
            last = nx;
            count += 1;
            if w[last].end != w[last].core_end {
                break; // possessive ends the name
            }
        }
        // do not end on a bare initial
        while last > from && self.classes[last].has(C_INITIAL) {
            last -= 1;
        }
        Some(last)
    }

    /// Bit `k - base` set for each word `k` of `base..base + 64` that
    /// [`first_pass`](Self::first_pass) must look at: a capitalized title,
    /// or a word that can begin a name (a dictionary name, an unusual word,
    /// an initial with its period). Worked out without a branch per word:
    /// which words qualify follows no pattern.
    fn run_starts(&self, base: usize) -> u64 {
        let b = self.text.as_bytes();
        let mut m = 0u64;
        for k in base..self.words.len().min(base + 64) {
            let c = self.classes[k];
            let w = self.words[k];
            let initial_ok = self.dotted_initial(k);
            // a surname in short capitals before its comma ("EZE, YETUNDE")
            let short_sur = c.has(C_SHORTCAPS) & !c.has(C_STOP) & (b.get(w.end) == Some(&b','));
            // an initial without its period before a capitalized word
            // ("X Huang"), read by `initial_surname`
            let bare_initial = c.has(C_INITIAL) & (b.get(w.end) == Some(&b' ')) & b.get(w.end + 1).is_some_and(u8::is_ascii_uppercase);
            let ok = w.is_cap() & (c.has(C_TITLE | C_FIRST | C_SUR) | c.unknown() | initial_ok | short_sur | bare_initial);
            m |= (ok as u64) << (k - base);
        }
        m
    }

    fn first_pass(&mut self) {
        let n = self.words.len();
        let mut i = 0;
        // the words worth a look, 64 at a time (`run_starts`); the others
        // are passed over as the loop below would pass them
        let mut base = usize::MAX;
        let mut starts = 0u64;
        let mut steps = 0usize;
        while i < n {
            steps += 1;
            every_items(steps);
            if i & !63 != base {
                base = i & !63;
                starts = self.run_starts(base);
            }
            let m = starts & (!0u64 << (i - base));
            if m == 0 {
                i = base + 64;
                continue;
            }
            i = base + m.trailing_zeros() as usize;
            let c = self.classes[i];
            // 1. title + name: "Dr. Jane Doe", "Mrs. Smith's"
            if c.has(C_TITLE) && i + 1 < n {
                let g = gap(self.text, &self.words[i], &self.words[i + 1]);
                if let (Some(off), true) = (title_gap(g), self.words[i + 1].is_cap()) {
                    if let Some(last) = self.run_end(i + 1, 4, true) {
                        let cf = self.classes[i + 1];
                        let ok = !cf.has(C_INITIAL) || last > i + 1;
                        let stop_first = cf.has(C_STOP) && !(cf.has(C_FIRST) || cf.has(C_SUR));
                        // (a title's letters in capitals before an English
                        // word in title case are a product's, "MS Teams")
                        let product = self.words[i].is_upper() && !self.words[i + 1].is_upper() && cf.has(C_ENG) && !cf.has(C_FIRST | C_SUR);
                        // ("Ofc.", "Dep.": an office's or a department's as
                        // often, so with their period and before a name's
                        // word, not "Ofc. Visit", "Dep Provera")
                        let w = self.words[i];
                        let office = w.core_end - w.start == 3
                            && (self.text[w.start..w.core_end].eq_ignore_ascii_case("ofc") || self.text[w.start..w.core_end].eq_ignore_ascii_case("dep"))
                            && (self.text.as_bytes().get(w.core_end) != Some(&b'.') || cf.ambiguous() || cf.has(C_STOP));
                        let stop_first = stop_first || product || office;
                        if ok && !stop_first && !self.glued_x(i + 1, last, true) {
                            let names = (i + 1..=last).filter(|&k| !self.classes[k].has(C_INITIAL)).count();
                            let score = if names >= 2 { 0.9 } else { 0.85 };
                            let start = self.words[i].end + off;
                            self.emit_from(start, i + 1, last, score);
                            i = last + 1;
                            continue;
                        }
                    }
                }
                i += 1;
                continue;
            }
            // a surname of two or three capitals, which reads as an
            // abbreviation alone, in the labelled "LAST, FIRST" form
            // ("Name: EZE, YETUNDE N", "Subscriber: WU, MEI")
            // (and a listed surname that is a word too, which runs pass
            // over: "PARKINSON, LEONARD  DOB ...")
            if (c.has(C_SHORTCAPS) && !c.has(C_STOP) && self.words[i].is_upper()) || (c.has(C_STOP) && c.has(C_SUR)) {
                if let Some(next) = self.try_last_first(i, &RoleBefore::new(self.text, self.words[i].start)) {
                    i = next;
                    continue;
                }
            }
            // a town where someone lives or can be reached: "live in Sohar",
            // "his aunt, Svitlana, in Odesa on +380...", "City / Province:
            // Toronto"
            if !c.has(C_STOP) && !c.has(C_INITIAL) {
                if let Some(next) = self.try_place(i) {
                    i = next;
                    continue;
                }
            }
            // an initial without its period, then a surname, after a role
            // or a signature's mark ("Crew: X Huang", "/s/ T Coleman",
            // "Clinician: S Nguyen-Tran")
            if c.has(C_INITIAL) && !self.dotted_initial(i) && self.words[i].is_upper() {
                if let Some(next) = self.initial_surname(i) {
                    i = next;
                    continue;
                }
            }
            // only a word that can begin a name is worth a look; an initial
            // only with its period ("J. Smith", not "A Salem sump")
            let initial_ok = self.dotted_initial(i);
            if !(c.has(C_FIRST) || c.has(C_SUR) || c.unknown() || initial_ok) {
                i += 1;
                continue;
            }
            let Some(last) = self.run_end(i, 4, false) else {
                i += 1;
                continue;
            };
            if let Some(next) = self.try_run(i, last) {
                i = next;
            } else {
                i += 1;
            }
        }
    }

    /// Tries to read a name from the run `i..=last`; returns the index to
    /// continue from on success.
    fn try_run(&mut self, i: usize, last: usize) -> Option<usize> {
        let text = self.text;
        let ctx_before = RoleBefore::new(text, self.words[i].start);
        // "Tech: Jesús G", "Agent: Deion M  Called", "Kenji B, RN": a
        // given name and the family name's initial, as staff sign
        if last <= i + 1 {
            if let Some(e) = self.last_initial_after(i, &ctx_before) {
                self.emit(i, i + 1, 0.75);
                return Some(e);
            }
        }
        // "Last, First [M.]"
        if last == i {
            if let Some(r) = self.try_last_first(i, &ctx_before) {
                return Some(r);
            }
            let c = self.classes[i];
            if c.has(C_INITIAL) {
                return None;
            }
            // "Sergei S., RN": first name, initial, credential
            if i + 1 < self.words.len() && self.classes[i + 1].has(C_INITIAL) {
                let g = gap(text, &self.words[i], &self.words[i + 1]);
                let ie = self.words[i + 1].end;
                if g == " " && text.as_bytes().get(ie) == Some(&b'.') && credential_after(text, ie + 1) && c.name_like() {
                    self.emit(i, i + 1, 0.85);
                    if let Some(f) = self.found.last_mut() {
                        if f.end == ie {
                            f.end = ie + 1;
                        }
                    }
                    return Some(i + 2);
                }
            }
            let ctx_after = self.role_after_x(self.words[i].core_end, true);
            let w = self.words[i];
            let long_enough = self.text[w.start..w.core_end].chars().take(3).count() >= 3;
            if long_enough && (ctx_after || ctx_before.get() || person_cue(text.as_bytes(), w.start, w.core_end, c)) {
                let mut sc = single_score_in_context(c);
                if self.words[i].is_upper() {
                    sc -= 0.05;
                }
                if sc > 0.0 && !org_or_place_after(text, &self.words, i, &mut self.buf) {
                    self.emit(i, i, sc);
                    return Some(i + 1);
                }
            } else if credential_after(text, self.words[i].core_end) {
                // (not a credential misread, "MBCbB MRCGP": two capitals,
                // then small letters and capitals mixed)
                let w = &text.as_bytes()[self.words[i].start..self.words[i].core_end];
                let misread = w.len() >= 3 && w[..2].iter().all(u8::is_ascii_uppercase) && !self.words[i].is_upper();
                if !misread && (c.strong_sur() || c.unknown() || c.amb_sur() || c.strong_first()) {
                    self.emit(i, i, 0.8);
                    return Some(i + 1);
                }
            } else if c.strong_first() && !c.has(C_SUR) && !c.has(C_RARE_FIRST) && !self.words[i].is_upper() && !self.is_city(i, i)
                && !{
                    let w = self.words[i];
                    fold_at(text, w.start, w.core_end, &mut self.buf);
                    is_state_name_word(&self.buf)
                }
                && !org_or_place_after(text, &self.words, i, &mut self.buf)
                && !place_before(text, &self.words, i, &mut self.buf)
            {
                // a given name alone ("Elijah is a pleasant..."): weak
                self.emit(i, i, 0.55);
                return Some(i + 1);
            }
            return None;
        }
        // longest plausible window starting at i
        let mut end = last;
        while end > i {
            // a longer title-case phrase ("Walter Reed National Military
            // Medical Center") is an organisation or heading unless context
            // says otherwise
            if end < last && !self.classes[end + 1].has(C_INITIAL) && !ctx_before.get() {
                break;
            }
            if let Some(sc) = self.score_window(i, end, &ctx_before) {
                if sc > 0.0 {
                    self.emit(i, end, sc);
                    return Some(end + 1);
                }
            }
            end -= 1;
        }
        // the first word may be a sentence-initial ordinary word: retry from
        // the second ("Today John Smith was seen")
        None
    }

    /// Whether word `i`, a given name that is no English word (or a word
    /// no list knows, with a role before or a credential after), is followed by one
    /// capital letter standing alone (no period, or a period that ends
    /// the line): the word to go on from.
    fn last_initial_after(&self, i: usize, ctx_before: &RoleBefore) -> Option<usize> {
        let c = self.classes[i];
        if i + 1 >= self.words.len() || self.words[i].is_upper() {
            return None;
        }
        // "3. Singh B (MRN H4703541)": a listed surname and an initial, the
        // record's labels after them
        if c.strong_sur() && !c.has(C_ENG) {
            let w = self.words[i + 1];
            let b = self.text.as_bytes();
            // (the surname opening its line, after a list's number or
            // bullet: not a grade's eponym, "ankle Weber B (MRN",
            // "Cirrhosis Child-Pugh C (MRN")
            let opens = opens_list_item(b, self.words[i].start, true);
            if opens && w.end == w.start + 1 && b[w.start].is_ascii_uppercase() && gap(self.text, &self.words[i], &w) == " " && identity_after(b, w.end) {
                return Some(i + 2);
            }
        }
        if !(c.strong_first() && !c.has(C_ENG) || c.unknown()) {
            return None;
        }
        let w = self.words[i + 1];
        if !c.has(C_FIRST) && !credential_after(self.text, w.end) && !ctx_before.get() {
            return None;
        }
        let b = self.text.as_bytes();
        let alone = w.end == w.start + 1
            && b[w.start].is_ascii_uppercase()
            && gap(self.text, &self.words[i], &w) == " "
            && match b.get(w.end) {
                None => true,
                // (or, after a given name the lists know, a period in the
                // line: "Spoke w/ Tesfaye H. ref# 781")
                Some(b'.') => matches!(b.get(w.end + 1), None | Some(b'\n' | b'\r')) || (c.has(C_FIRST) && b.get(w.end + 1) == Some(&b' ')),
                Some(&x) => matches!(x, b' ' | b'\n' | b'\r' | b',' | b'|' | b'(' | b'\t'),
            };
        // (not a plate's letters: "reg. Jing A V4BGN"; an extension may
        // follow, "FROM Huy P x5220:")
        let code_next = b.get(w.end) == Some(&b' ')
            && b.get(w.end + 1).is_some_and(|c| !c.is_ascii_lowercase())
            && b[w.end + 1..].iter().take_while(|c| c.is_ascii_alphanumeric()).any(u8::is_ascii_digit);
        (alone && !code_next).then_some(i + 2)
    }

    /// Whether words `i..=end` end their line and start it, or follow a
    /// dash that signs a message ("K. Ward\n08/02/2025", "...around Sep
    /// 2. - C. Shah\n"): a signature.
    fn signs_line(&self, i: usize, end: usize) -> bool {
        let b = self.text.as_bytes();
        let e = self.words[end].end;
        let after = b[e..].iter().take(8).find(|&&c| c != b' ' && c != b'\t');
        if !matches!(after, None | Some(b'\n' | b'\r')) {
            return false;
        }
        let s = self.words[i].start;
        let mut p = s;
        while p > 0 && s - p < 8 && matches!(b[p - 1], b' ' | b'\t') {
            p -= 1;
        }
        if p == 0 || b[p - 1] == b'\n' {
            return true;
        }
        // " - " / " -- " before it
        let mut d = p;
        while d > 0 && p - d < 2 && b[d - 1] == b'-' {
            d -= 1;
        }
        d < p && p < s && (d == 0 || matches!(b[d - 1], b' ' | b'\n'))
    }

    fn score_window(&mut self, i: usize, end: usize, ctx_before: &RoleBefore) -> Option<f32> {
        let text = self.text;
        let first = self.classes[i];
        let lastc = self.classes[end];
        if lastc.has(C_INITIAL) {
            return None;
        }
        // middle words: initials or dictionary names
        let mut bonus = 0.0f32;
        for k in i + 1..end {
            let c = self.classes[k];
            if c.has(C_INITIAL) {
                bonus = 0.1;
            } else if (c.has(C_FIRST) || c.has(C_SUR) || c.unknown()) && !c.ambiguous() {
                bonus = bonus.max(0.05);
            } else {
                return None;
            }
        }
        let cred = credential_after(text, self.words[end].core_end);
        let ctx = cred
            || self.role_after(self.words[end].core_end)
            || ctx_before.get()
            || identity_after(text.as_bytes(), self.words[end].core_end)
            || (first.has(C_INITIAL) && end == i + 1 && self.signs_line(i, end));
        let mut score = if ctx {
            pair_score_in_context(first, lastc, cred)
        } else {
            let base = pair_score(first, lastc);
            if base > 0.0 {
                base + bonus
            } else {
                0.0
            }
        };
        // a surname, then a given name, in capitals: as registries, exports
        // and phone logs print a person ("PHONE LOG - DANG LAN", "From -
        // GARCIA MARIA")
        let surname_first = end == i + 1
            && (first.strong_sur() || first.unknown())
            && lastc.has(C_FIRST)
            && !lastc.ambiguous()
            && self.words[i].is_upper()
            && self.words[end].is_upper();
        if surname_first && !ctx {
            score = score.max(0.7);
        }
        // an initial and its period, then a word the lists stop, after a
        // role: a surname ("ADA G. Foley", "Reviewed by K. Ward")
        // (a role, not a line to itself: "Organism:\nE. Coli")
        if self.dotted_initial(i)
            && end == i + 1
            && lastc.has(C_STOP)
            && !self.words[end].is_upper()
            && (cred || ctx_before.get() || self.role_after(self.words[end].core_end))
        {
            score = score.max(0.8);
        }
        // an initial and its period, then a capitalized word that may be a
        // surname, where a record is signed: after a field's label and its
        // colon ("Approved: H. Kjærgaard, 25 augusti 2023", "Transferring
        // RPh: E. Haldane"), or starting its line before its end, a date,
        // two spaces or a role after a comma ("R. Côté  2023/01/10", "J.
        // Park, Discharge Planner")
        if self.dotted_initial(i) && end == i + 1 && !self.words[end].is_upper() && (lastc.name_like() || lastc.has(C_SUR)) && self.signature_slot(i, end) {
            score = score.max(0.75);
        }
        if score <= 0.0 {
            return None;
        }
        if !ctx && first.unknown() && lastc.unknown() {
            // two unusual capitalized words: a name only if both look like one
            let short = |k: usize| self.text[self.words[k].start..self.words[k].core_end].chars().take(4).count() < 4;
            let b = self.text.as_bytes();
            let e = self.words[end].end;
            let digit_next = b.get(e) == Some(&b' ') && b.get(e + 1).map_or(false, u8::is_ascii_digit);
            if short(i) || short(end) || digit_next {
                return None;
            }
        }
        let all_upper = (i..=end).all(|k| self.words[k].is_upper());
        if all_upper && !ctx {
            score -= 0.1;
        }
        if !ctx {
            if org_or_place_after(text, &self.words, end, &mut self.buf)
                || place_before(text, &self.words, i, &mut self.buf)
                || self.is_city(i, end)
            {
                return None;
            }
        } else if org_or_place_after(text, &self.words, end, &mut self.buf) && !cred {
            // "Patient at Mercy General Hospital": still an organisation
            let c = self.classes[end];
            if !(c.strong_sur() || c.unknown()) {
                return None;
            }
            let Some((a, z)) = word_after_space(text, self.words[end].core_end) else { return None };
            fold_at(text, a, z, &mut self.buf);
            if matches!(self.buf.as_str(), "hospital" | "clinic" | "center" | "centre" | "medical" | "memorial" | "health" | "university" | "street" | "st" | "avenue" | "ave" | "road" | "rd" | "drive" | "boulevard" | "blvd" | "lane" | "syndrome" | "disease") {
                return None;
            }
        }
        Some(score.min(0.95))
    }

    /// How far back [`Self::signature_slot`] reads a line.
    const SIGN_LOOK_BACK: usize = 256;

    /// Whether the words `i..=end` stand where a record is signed (see
    /// [`Self::score_window`]'s initial and surname).
    fn signature_slot(&self, i: usize, end: usize) -> bool {
        let b = self.text.as_bytes();
        let s = self.words[i].start;
        let e = self.words[end].core_end;
        // the line up to the initial, read back at most SIGN_LOOK_BACK
        // bytes (a long line of initials costs no more than short ones);
        // `cut`: its start lies further back
        let floor = s.saturating_sub(Self::SIGN_LOOK_BACK);
        let ls = memchr::memrchr(b'\n', &b[floor..s]).map_or(floor, |k| floor + k + 1);
        let cut = ls == floor && floor > 0;
        let lead = &b[ls..s];
        // after "Label: " (one to four words, at the line's start or after
        // two spaces; words of this window's length are no label's)
        let label = {
            let t = lead.iter().rposition(|&c| c != b' ' && c != b'\t').map_or(0, |k| k + 1);
            t > 0 && t < lead.len() && lead[t - 1] == b':' && {
                let from = lead[..t - 1].windows(2).rposition(|w| w == b"  ").map(|k| k + 2).or((!cut).then_some(0));
                from.is_some_and(|from| {
                    let words = lead[from..t - 1].split(|&c| c == b' ').filter(|w| !w.is_empty()).count();
                    (1..=4).contains(&words) && lead[from..t - 1].iter().all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'/' | b'\'' | b'-' | b'.'))
                })
            }
        };
        if label {
            return true;
        }
        let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'-');
        // (past the window, only when all of it is blank)
        let starts = lead.iter().all(blank) && (!cut || b[..floor].iter().rev().take_while(|&&c| c != b'\n').all(blank));
        if !starts {
            return false;
        }
        let rest = &b[e..b.len().min(e + 40)];
        let le = rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
        let rest = &rest[..le];
        rest.iter().all(|c| c.is_ascii_whitespace())
            || rest.starts_with(b"  ")
            || (rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_digit))
            || (rest.starts_with(b", ") && rest.get(2).is_some_and(u8::is_ascii_uppercase))
    }

    /// Context after a name: "(wife)", "(brother)", " is a", " states",
    /// " reports"...
    fn role_after(&self, end: usize) -> bool {
        self.role_after_x(end, false)
    }

    /// `single`: for a lone word, a number in parentheses after it ("Call
    /// (555) ...") says nothing.
    fn role_after_x(&self, end: usize, single: bool) -> bool {
        let b = self.text.as_bytes();
        let rest = &b[end..b.len().min(end + 24)];
        if !single && rest.len() >= 3 && rest[0] == b' ' && rest[1] == b'(' && rest[2].is_ascii_digit() {
            return true;
        }
        if rest.len() < 2 || !rest[1].is_ascii() {
            return false;
        }
        let at = |r: &&str| rest.len() >= r.len() && rest[..r.len()].eq_ignore_ascii_case(r.as_bytes());
        if REL_INDEX[rest[1].to_ascii_lowercase() as usize].iter().any(at) {
            return true;
        }
        // (a staff role after a word that is no English one)
        if !matches!((rest[0], rest[1]), (b',', b' ') | (b' ', b'(')) || !REL_STAFF.iter().any(at) {
            return false;
        }
        let ws = super::lexicon::word_start_before(self.text, end, true).unwrap_or(end);
        let mut buf = String::new();
        super::lexicon::fold_into(&self.text[ws..end], &mut buf);
        !is_english(&buf) || lexicon(&buf).is_some_and(|c| c & C_DOMINANT != 0)
    }

    /// A town of residence at word `i` (one to three capitalized words):
    /// after "in" when the sentence says someone lives, stays or is
    /// reached there ("live in Sohar", "visiting her cousin Krystyna in
    /// Glasgow", "patient's GP in Enugu", "in Bari on +39 3031023152",
    /// "in Dnipro (098 804 71 28)"), or after a town's label ("City /
    /// Province: Toronto", "Postcode / Town: 3000-012 / Coimbra"). Returns
    /// the word to go on from.
    fn try_place(&mut self, i: usize) -> Option<usize> {
        let b = self.text.as_bytes();
        let s = self.words[i].start;
        let after_in = s >= 4 && &b[s - 3..s] == b"in " && matches!(b[s - 4], b' ' | b',');
        // (a district by its article: "now lives in the South End, Dayton")
        let after_in_the = !after_in && s >= 8 && &b[s - 7..s] == b"in the " && b[s - 8] == b' ';
        let in_at = if after_in_the { s - 7 } else { s.saturating_sub(3) };
        let after_in = after_in || after_in_the;
        let labelled = !after_in && s >= 2 && b[s - 1] == b' ' && matches!(b[s - 2], b':' | b'/') && town_label_before(b, s);
        if !after_in && !labelled {
            return None;
        }
        // the words: capitalized, one space apart, not English (a label's
        // value may be: "Reading")
        let mut last = i;
        while last + 1 < self.words.len()
            && last - i < 2
            && self.words[last + 1].is_cap()
            && gap(self.text, &self.words[last], &self.words[last + 1]) == " "
            && !self.classes[last + 1].has(C_STOP)
            && self.words[last].end == self.words[last].core_end
        {
            last += 1;
        }
        // (a town's name may hold English words, not all of them: "Fenwick
        // Station", "Nether Ashby"; not "Assisted Living")
        let eng = |k: usize| self.classes[k].has(C_ENG) && !self.classes[k].has(C_FIRST) && !self.classes[k].has(C_SUR);
        let english = if last > i { eng(i) && eng(last) } else { eng(i) };
        // (after "in the", no English word at all: "the Bronx", not "the
        // Morning")
        let english = english || after_in_the && (self.words[i].is_upper() || (i..=last).any(|k| self.classes[k].has(C_ENG)));
        if english && !labelled {
            return None;
        }
        let e = self.words[last].core_end;
        let ok = labelled || {
            // a phone number right after: " on +380...", " (098 804 71 28)"
            let r = &b[e..b.len().min(e + 24)];
            let lead = if r.starts_with(b" on ") { 4 } else if r.starts_with(b" (") { 2 } else { 0 };
            let phone = lead > 0 && {
                let num = &r[lead..];
                let len = num.iter().take_while(|c| c.is_ascii_digit() || matches!(c, b' ' | b'+' | b'-' | b'(' | b')' | b'.')).count();
                num.first().is_some_and(|&c| c == b'+' || c.is_ascii_digit()) && num[..len].iter().filter(|c| c.is_ascii_digit()).count() >= 7
            };
            phone || (residence_before(b, in_at, after_in_the) && !service_after(b, e))
        };
        if !ok || self.glued(i, last) {
            return None;
        }
        self.found.push(Finding::new(PhiType::Address, s, e, 0.8));
        Some(last + 1)
    }

    fn is_city(&mut self, i: usize, end: usize) -> bool {
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        for k in i..=end {
            if k > i {
                key.push(' ');
            }
            let w = self.words[k];
            fold_at(self.text, w.start, w.core_end, &mut self.buf);
            key.push_str(&self.buf);
        }
        let city = is_city(&key);
        self.key = key;
        city
    }

    fn try_last_first(&mut self, i: usize, ctx_before: &RoleBefore) -> Option<usize> {
        let n = self.words.len();
        if i + 1 >= n {
            return None;
        }
        let text = self.text;
        let g = gap(text, &self.words[i], &self.words[i + 1]);
        if g != ", " && g != "," {
            return None;
        }
        let lastc = self.classes[i];
        let j = i + 1;
        if !self.words[j].is_cap() {
            return None;
        }
        let firstc = self.classes[j];
        let cred0 = credential_after(text, self.words[j].core_end);
        // "Eze, Adebayo (72M)", "Patel, Venkatesh #681715  31M": an age and
        // sex after the name say what it is, as a label before it would
        let aged = age_sex_after(text.as_bytes(), self.words[j].core_end);
        // "PARKINSON, LEONARD  Birth Date - ...": the record's labels after
        // the name (after a middle initial too)
        let ident = identity_after(text.as_bytes(), self.words[j].core_end)
            || (j + 1 < n
                && gap(text, &self.words[j], &self.words[j + 1]) == " "
                && identity_after(text.as_bytes(), self.words[j + 1].core_end));
        let cue = ctx_before.get() || aged || ident;
        // "GEBREMEDHIN,MOHAMUD": capitals glued by a comma, as exports and
        // census lines print a patient (no dictionary name needed; neither
        // word English, stop-listed or a short abbreviation)
        let glued_caps = g == ","
            && self.words[i].is_upper()
            && self.words[j].is_upper()
            && firstc.unknown()
            && (lastc.unknown() || lastc.has(C_SUR))
            && !lastc.has(C_STOP)
            && self.words[j].core_end - self.words[j].start >= 3
            && self.words[i].core_end - self.words[i].start >= 3
            && !caps_chain(text.as_bytes(), self.words[i].start, self.words[j].end);
        // "Morgan, Mercy (MRN E5724016)": a given name the lists stop as a
        // word ("Mercy", "Hope") after a listed surname, the record's
        // labels after them
        let stop_first = ident
            && firstc.has(C_FIRST)
            && firstc.has(C_STOP)
            && (lastc.strong_sur() || lastc.amb_sur())
            && !self.words[j].is_upper();
        let first_ok = firstc.strong_first()
            || stop_first
            || firstc.amb_first()
            || (firstc.unknown() && (cred0 || lastc.strong_sur() || cue))
            || (firstc.name_like() && cue)
            || glued_caps;
        if !first_ok || self.words[j].is_upper() != self.words[i].is_upper() {
            return None;
        }
        // optional middle initial / middle name
        let mut end = j;
        if j + 1 < n {
            let c = self.classes[j + 1];
            let gg = gap(text, &self.words[j], &self.words[j + 1]);
            if gg == " " && (c.has(C_INITIAL) || (c.strong_first() && self.words[j + 1].is_cap())) {
                end = j + 1;
            }
        }
        if self.classes[end].has(C_INITIAL) && !credential_after(text, self.words[end - 1].end) {
            // keep the initial
        } else if self.classes[end].has(C_INITIAL) {
            end -= 1;
        }
        let cred = credential_after(text, self.words[end].core_end);
        // a listed surname that is a word too ("PARKINSON, LEONARD"), with
        // a given name and the record's labels after them
        let stop_sur = lastc.has(C_STOP) && lastc.has(C_SUR) && firstc.strong_first() && ident;
        let base = if (lastc.has(C_STOP) && !stop_sur) || lastc.has(C_SHORTCAPS) || lastc.has(C_INITIAL) {
            0.0
        } else if stop_sur {
            0.6
        } else if firstc.strong_first() {
            if lastc.strong_sur() {
                0.75
            } else if lastc.amb_sur() {
                0.6
            } else if lastc.unknown() {
                0.6
            } else {
                0.0
            }
        } else if firstc.unknown() && lastc.strong_sur() {
            0.55
        } else if firstc.unknown() && (lastc.name_like() || lastc.has(C_SUR)) {
            0.5
        } else if lastc.strong_sur() {
            0.55
        } else {
            0.0
        };
        // after a name label, an unusual surname and any given name:
        // "Patient (Last, First): Popescu, Hope"; a surname in two or
        // three capitals only before a given name that is no abbreviation
        // ("Name: EZE, YETUNDE N")
        let short_sur = lastc.has(C_SHORTCAPS) && !firstc.has(C_SHORTCAPS) && firstc.name_like();
        let base = if base <= 0.0 && (glued_caps || stop_first) { 0.6 } else { base };
        let base = if base <= 0.0
            && (lastc.unknown() || lastc.has(C_SUR) || short_sur)
            && !(lastc.has(C_STOP) || lastc.has(C_INITIAL))
            && (!lastc.has(C_SHORTCAPS) || short_sur)
            && cue
        {
            0.5
        } else {
            base
        };
        if base <= 0.0 {
            return None;
        }
        // "Jackson, Georgia": a place
        let firstw = self.words[j];
        fold_at(text, firstw.start, firstw.core_end, &mut self.buf);
        if is_state_name_word(&self.buf) && !ctx_before.get() && self.is_city(i, i) {
            return None;
        }
        let fixed_width = g == "," && self.words[i].is_upper() && self.words[j].is_upper() && self.fixed_width_field(i, end);
        if self.glued(i, end) && !fixed_width {
            return None;
        }
        if fixed_width {
            // the record's number the name is glued to ("0035393077HADDAD,
            // SAMIRA"): an identifier, which the numbers' scanner reads as
            // one token with the name's letters
            let s = self.words[i].start;
            let b = text.as_bytes();
            let k = s - b[..s].iter().rev().take_while(|c| c.is_ascii_digit()).count();
            self.found.push(Finding::new(PhiType::Id, k, s, 0.75));
        }
        let ctx_after = self.role_after(self.words[end].core_end);
        let score = if cred || ctx_after || cue { 0.9 } else { base };
        // span covers "Last, First M."
        let start = self.words[i].start;
        let mut stop = self.words[end].core_end;
        if self.classes[end].has(C_INITIAL) && text[stop..].starts_with('.') {
            stop += 1;
        }
        self.found.push(Finding::new(PhiType::Name, start, stop, score));
        if score >= 0.7 {
            for k in [i, j] {
                let w = self.words[k];
                fold_at(text, w.start, w.core_end, &mut self.buf);
                self.known.insert(&self.buf);
            }
        }
        Some(end + 1)
    }

    /// A form's field that holds a person's name, its label at the
    /// field's start (a line's start, after two spaces, a tab or a '|',
    /// numbered or not) and a colon after it ("Patient: WU TAO", "Name：
    /// TRẦN QUANG DUNG", "Citizen: LI XIAOLING", "4. Given names: RUI"):
    /// the capitalized words of the value, one to five, as the field
    /// ends. The label says what the value is, so no dictionary needs to
    /// know the name; the value must not be English words alone ("Patient:
    /// Stable"), a placeholder ("Unknown") or an organisation.
    fn labelled_fields(&mut self) {
        let text = self.text;
        let b = text.as_bytes();
        let n = self.words.len();
        // ('：', the full-width colon, is EF BC 9A)
        for c in memchr::memchr2_iter(b':', 0x9A, b) {
            let (label_end, from) = match b[c] {
                b':' => (c, c + 1),
                _ if c >= 2 && b[c - 2] == 0xEF && b[c - 1] == 0xBC => (c - 2, c + 1),
                _ => continue,
            };
            // the label's last word first: most colons follow a time's
            // digits or another label ("DOB", "Phone")
            if label_end == 0 || !ends_name_label(&b[label_end.saturating_sub(12)..label_end]) {
                continue;
            }
            let Some(ls) = field_start(b, label_end) else { continue };
            if !is_name_field(&b[ls..label_end]) {
                continue;
            }
            let mut v = from;
            while v < b.len() && v - from < 8 && matches!(b[v], b' ' | b'\t') {
                v += 1;
            }
            let k = self.words.partition_point(|w| w.start < v);
            // (a particle may lead: "Last name: da Silva")
            let lead = k < n && self.words[k].start > v && particle_gap(&text[v - 1..self.words[k].start]);
            if k >= n || (self.words[k].start != v && !lead) {
                continue;
            }
            let mut last = k;
            let mut comma = false;
            while last + 1 < n && last + 1 - k < 5 {
                let g = gap(text, &self.words[last], &self.words[last + 1]);
                if g == ", " && !comma {
                    comma = true;
                } else if !(g == " " || particle_gap(g)) {
                    break;
                }
                last += 1;
            }
            let rest = &b[self.words[last].end..];
            // (after "LAST, FIRST" no third part: "Patient: CHF, Diabetes,
            // CKD" is a list)
            let ends = rest.is_empty()
                || matches!(rest[0], b'\n' | b'\r' | b'\t' | b'|' | b';')
                || (rest[0] == b',' && !comma)
                || [&b"  "[..], b" (", b" |", b" -"].iter().any(|x| rest.starts_with(x));
            // (most such names the first pass has read already)
            let e = self.words[last].core_end;
            let i = self.found.partition_point(|f| f.start < v);
            let read = self.found[i..].iter().take_while(|f| f.start == v).any(|f| f.end >= e && f.score >= 0.85);
            if ends && !read && self.field_value_ok(k, last) {
                self.emit_from(v, k, last, 0.85);
            }
        }
    }

    /// Whether words `k..=last` can be a name field's value: no stop word
    /// or title, not English words alone, no organisation's word, not a
    /// lone initial.
    fn field_value_ok(&mut self, k: usize, last: usize) -> bool {
        let mut named = false;
        for i in k..=last {
            let c = self.classes[i];
            let name = c.has(C_FIRST) || c.has(C_SUR);
            if (c.has(C_STOP) && !name) || c.has(C_TITLE) {
                return false;
            }
            let w = self.words[i];
            fold_at(self.text, w.start, w.core_end, &mut self.buf);
            if org_word(&self.buf) {
                return false;
            }
            named |= name || c.unknown() || c.has(C_SHORTCAPS);
        }
        named && !(k == last && self.classes[k].has(C_INITIAL))
    }

    /// Later mentions of words of names confirmed earlier in the text.
    fn mentions(&mut self) {
        if self.known.is_empty() {
            return;
        }
        let mut spans = std::mem::take(&mut self.spans);
        spans.clear();
        // (room for all at once: growing the vector copies it whole)
        spans.reserve(self.found.len());
        for (k, f) in self.found.chunks(CHECK_ITEMS).enumerate() {
            if k > 0 {
                check();
            }
            spans.extend(f.iter().map(|f| (f.start, f.end)));
        }
        // (a stable sort of pairs orders them as `sort_unstable` would)
        sort_by_checked(&mut spans, Ord::cmp);
        let b = self.text.as_bytes();
        let n = self.words.len();
        let mut si = 0;
        for base in (0..n).step_by(64) {
            every_items(base);
            // The cheap tests first, for 64 words at a time and without a
            // branch, into a mask of the words that pass: most words are no
            // known name's (folding an ASCII word keeps its length and
            // lower-cases it, so its length and first two letters already
            // rule it out).
            let mut cand = 0u64;
            for k in base..n.min(base + 64) {
                let w = self.words[k];
                let c = self.classes[k];
                let skip = !w.is_cap() | c.has(C_INITIAL | C_SHORTCAPS | C_TITLE) | !self.known.may_know(b, &w);
                cand |= (!skip as u64) << (k - base);
            }
            while cand != 0 {
                let k = base + cand.trailing_zeros() as usize;
                cand &= cand - 1;
                self.mention(k, &spans, &mut si);
            }
        }
        self.spans = spans;
    }

    /// [`mentions`](Self::mentions) of word `k`, which passed the cheap
    /// tests; `spans` are the findings so far, sorted, and `si` the first
    /// that does not end before this word or an earlier one.
    fn mention(&mut self, k: usize, spans: &[(usize, usize)], si: &mut usize) {
        let w = self.words[k];
        let c = self.classes[k];
        // (the span pointer only moves forward, so moving it for these
        // words alone leaves it where a step for every word would)
        while *si < spans.len() && spans[*si].1 <= w.start {
            *si += 1;
        }
        if *si < spans.len() && spans[*si].0 < w.end {
            return;
        }
        fold_at(self.text, w.start, w.core_end, &mut self.buf);
        if !self.known.contains(self.buf.as_str()) {
            return;
        }
        if org_or_place_after(self.text, &self.words, k, &mut self.buf) {
            return;
        }
        if self.glued(k, k) || self.month_date(k) {
            return;
        }
        let score = if c.ambiguous() || c.has(C_STOP) {
            let b = self.text.as_bytes();
            let mut p = w.start;
            while p > 0 && b[p - 1] == b' ' {
                p -= 1;
            }
            let initial = p == 0 || matches!(b[p - 1], b'.' | b'\n' | b':' | b'!' | b'?');
            if initial { 0.45 } else { 0.6 }
        } else {
            0.8
        };
        self.found.push(Finding::new(PhiType::Name, w.start, w.core_end, score));
    }
}

#[cfg(test)]
mod pretests {
    //! The quick tests in front of `names`' lookups must never rule out a
    //! word the lookup would accept: [`may_be_credential`] (the first two
    //! bytes of a credential, `CRED_PAIRS`) before [`credential_key_at`],
    //! and [`Known::may_know`] (the length and first two letters of a known
    //! name, the `sketch` Bloom filter) before [`Known::contains`].
    use super::*;
    use crate::testing::{random_text, xorshift};

    /// Random fragments, and every credential, as written and with random
    /// dots, hyphens, case and neighbours.
    fn texts() -> Vec<String> {
        let mut next = xorshift(0x51_7c_c1_b7_27_22_0a_95);
        let mut v = Vec::new();
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..1 + next(10) {
                for c in CREDENTIALS[next(CREDENTIALS.len() as u64)].chars() {
                    t.push(match next(8) {
                        0 => c.to_ascii_lowercase(),
                        _ => c,
                    });
                    if next(10) == 0 {
                        t.push(['.', '-', 'X', '1'][next(4)]);
                    }
                }
                t.push_str([" ", ", ", ".", "-", "", "x", "1", "\n"][next(8)]);
            }
            v.push(t);
        }
        for _ in 0..5000 {
            let n = 3 + next(40);
            v.push(random_text(&mut next, n));
        }
        v
    }

    #[test]
    fn credentials_are_read_only_where_the_quick_test_passes() {
        let mut found = 0;
        for t in texts() {
            let b = t.as_bytes();
            for pos in 0..b.len() {
                if b[pos].is_ascii_uppercase() && credential_key_at(b, pos).is_some() {
                    found += 1;
                    assert!(may_be_credential(b, pos), "credential at {pos} of {t:?}");
                }
            }
        }
        assert!(found > 5_000, "{found} credentials");
    }

    #[test]
    fn known_words_are_looked_up_only_where_the_quick_test_passes() {
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        let mut known = Known::default();
        let mut buf = String::new();
        let mut found = 0;
        for t in texts() {
            // some of the text's own words are known (folded), in any case
            let words = tokenize(&t);
            known.clear();
            for w in &words {
                if next(2) == 0 {
                    fold_at(&t, w.start, w.core_end, &mut buf);
                    known.insert(&buf);
                }
            }
            // the words as written, and in capitals
            let upper = t.to_uppercase();
            for t in [&t, &upper] {
                for w in &tokenize(t) {
                    fold_at(t, w.start, w.core_end, &mut buf);
                    if known.contains(&buf) {
                        found += 1;
                        assert!(known.may_know(t.as_bytes(), w), "{:?} of {t:?}", &t[w.start..w.end]);
                    }
                }
            }
        }
        assert!(found > 10_000, "{found} known words");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The block reader finds exactly the words the scalar reader does, on
    /// random text built from letters of both cases, joiners, digits,
    /// punctuation and non-ASCII letters and marks, across block edges.
    #[test]
    fn block_tokenizer_matches_the_scalar_one() {
        let parts = [
            "a", "b", "Z", "Q", "x", "M", "'", "-", "--", " ", "  ", ".", ",", "1", "\n", "s", "S", "'s", "'S", "é", "É", "\u{2019}",
            "\u{2019}s", "ß", "中", "\u{301}", "Smith", "o'Neil", "Mary-Kate", "x-Ray", "—", "ǅ",
            // words longer than a block, so that one runs through a block
            "Pneumonoultramicroscopicsilicovolcanoconiosis-Supercalifragilisticexpialidocious's",
            "pneumonoultramicroscopicsilicovolcanoconiosis-supercalifragilisticexpialidocious-pneumono",
            "HIPPOPOTOMONSTROSESQUIPPEDALIOPHOBIA'ANTIDISESTABLISHMENTARIANISM-FLOCCINAUCINIHILIPILIFICATION",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        let key = |w: &[Word]| w.iter().map(|w| (w.start, w.end, w.core_end, w.flags)).collect::<Vec<_>>();
        for round in 0..20_000 {
            // nine texts in ten pure ASCII, so whole blocks take the mask path
            let ascii_only = round % 10 != 0;
            let len = next(400);
            let mut t = String::new();
            while t.len() < len {
                let p = parts[next(parts.len())];
                if !ascii_only || p.is_ascii() {
                    t.push_str(p);
                }
            }
            assert_eq!(key(&tokenize(&t)), key(&tokenize_scalar(&t)), "{t:?}");
        }
    }

    fn names(text: &str) -> Vec<(String, f32)> {
        let mut out = Vec::new();
        find(text, &mut out);
        let mut r: Vec<Finding> = crate::detect::resolve(out.into_iter().filter(|f| f.score >= crate::DEFAULT_MIN_SCORE).collect());
        r.sort_by_key(|f| f.start);
        // (the names' pass also reads towns where someone lives: not names)
        r.iter().filter(|f| f.kind == PhiType::Name).map(|f| (text[f.start..f.end].to_string(), f.score)).collect()
    }

    fn spans(text: &str) -> Vec<String> {
        names(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn a_copy_s_addressee_after_cc() {
        assert_eq!(spans("Dear Sir,\nThanks.\nRegards\nDr Yu\n\ncc: Will Frost\n"), ["Yu", "Will Frost"]);
        assert_eq!(spans("Report\nfindings\nnormal\nTW\n\ncc: James Field\nFiled"), ["James Field"]);
        assert!(spans("Visit\nnotes\nhere\nmore\n\ncc: Chest Pain\n").is_empty());
        assert!(spans("cc: Will Frost\nHPI: pain").is_empty());
    }

    #[test]
    fn a_relative_named_right_after_the_relative_s_word() {
        assert_eq!(spans("fall risk, wife Na calls q shift"), ["Na"]);
        assert_eq!(spans("Pt's son Jun (15) to stay with grandmother"), ["Jun"]);
        assert_eq!(spans("Location: daughter Poppy's home"), ["Poppy"]);
        assert_eq!(spans("her ride (bf Tyler) was waiting outside"), ["Tyler"]);
        assert_eq!(spans("my bunkie Bilal got it too"), ["Bilal"]);
        assert!(spans("seen with son May 5 for review").is_empty());
        assert!(spans("wife At bedside, son Is aware").is_empty());
        assert!(spans("wife Present throughout").is_empty());
        assert!(spans("Relationship: Daughter Phone: 0400").is_empty());
        for t in ["FHx: father Ca prostate, brother Dm", "father Parkinson's, mum Huntington's", "brother Down syndrome",
            "husband Dx with dementia", "NOK: wife Ph: 0412 555 019", "Feeding: bf Ad lib", "Diet: gf Weetbix", "mum Uber driver",
            "Visiting son Christmas day", "sister Hashimoto's disease", "son Jr rang", "Flying to see son Aug, wants surgery",
            "daughter Jehovah's Witness, no blood products"] {
            assert!(spans(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_childs_parents_as_a_field() {
        assert_eq!(spans("Parents: Dorota & Babatunde\nAddress"), ["Dorota", "Babatunde"]);
        assert_eq!(spans("Parents: Guadalupe and Frank\n"), ["Guadalupe", "Frank"]);
        // (a family history's parents)
        assert!(spans("Parents: Alive and Well").is_empty());
        assert!(spans("Parents: HTN, DM").is_empty());
        assert!(spans("Parents: Married, living together").is_empty());
    }

    #[test]
    fn a_team_member_named_with_a_role_after_a_comma_or_in_brackets() {
        assert_eq!(spans("cc: Mohammed, practice nurse; T. Walsh"), ["Mohammed", "T. Walsh"]);
        assert_eq!(spans("son's new number. Segun (supervisor) to review care plan"), ["Segun"]);
        assert_eq!(spans("crisis line you're speaking with Earl can I take your name"), ["Earl"]);
        // (a service's name is no person's)
        assert!(spans("Food Safety, practice manager").is_empty());
        assert!(spans("General Practice (supervisor) said").is_empty());
        assert!(spans("Morning, receptionist called").is_empty());
        assert!(spans("Saturday, practice nurse off").is_empty());
    }

    #[test]
    fn institutions_of_other_countries_named_after_their_kind() {
        for t in [
            "consultation and blood tests at Clínica São Lucas\n",
            "Policlinico Santa Lucia\nVia Roma, 178",
            "Laboratorio Clínico Roma Norte (fictional)\nAv. Insurgentes",
            "Ospedale Civile San Rocco\nGeriatric Outpatient Clinic",
            "Sent by: Uzm. Dr. X, Özel Anadolu Hastanesi (fictional)",
        ] {
            assert!(spans(t).iter().all(|s| !s.contains("Lucas") && !s.contains("Lucia") && !s.contains("Roma") && !s.contains("Rocco") && !s.contains("Anadolu")), "{t}: {:?}", spans(t));
        }
        // a person after an institution's line is still one
        assert_eq!(spans("Clínica São Lucas\nPatient: Maria Souza"), ["Maria Souza"]);
        // a brand's or a company's word is no name; a name with a capital
        // inside is one
        assert!(spans("From: GlobalAid 24, Medical Department\nCase Manager, MediBridge India").is_empty());
        assert_eq!(spans("Patient: Ewan MacLeod, seen with Dr. Siobhan McDonald"), ["Ewan MacLeod", "Siobhan McDonald"]);
        assert_eq!(spans("Contact: Niamh FitzGerald"), ["Niamh FitzGerald"]);
    }

    #[test]
    fn form_fields_table_cells_and_chat_exports() {
        assert_eq!(spans("Surname           : Sepúlveda\nForename          : Valentina\n"), ["Sepúlveda", "Valentina"]);
        assert_eq!(spans("Surname: Balogun\nGiven name(s): Temitope\nDate of birth"), ["Balogun", "Temitope"]);
        assert_eq!(spans("| Patient name | João Carvalho Mendes |\n| Date of birth | 25/04/1950 |"), ["João Carvalho Mendes"]);
        assert_eq!(spans("[29/4/2023, 04:13:35] Grzegorz: St. Aloysius University Hospital."), ["Grzegorz"]);
        // capitals glued by a comma, as exports print a patient; not a
        // CSV header row
        assert_eq!(spans("Rm 421B GEBREMEDHIN,MOHAMUD 91M - stable"), ["GEBREMEDHIN,MOHAMUD"]);
        assert!(spans("STUDYID,SITEID,USUBJID,AETERM,AESTDTC\nXR-501,204").is_empty());
        // a header row of a pipe table names no one
        assert!(spans("Run#|Time|Location|Nature|Pt|Disp\n49-2126|21:41|fall").is_empty());
        // a field and its value set off by " - "; a dash that is no separator
        assert_eq!(spans("Surname            - DANG\nLast name - Åberg\n"), ["DANG", "Åberg"]);
        assert!(spans("Surname-Walker-Smith and Given name-\nX").is_empty());
    }

    #[test]
    fn given_names_of_other_countries_alone() {
        // listed from Faker's other locales (first_names_intl.txt)
        assert_eq!(spans("Obinna will bring the forms tomorrow."), ["Obinna"]);
        assert_eq!(spans("met Chukwuemeka at the front desk"), ["Chukwuemeka"]);
    }

    #[test]
    fn titles_in_lower_case_and_people_by_their_part() {
        assert_eq!(spans("the doctor here, doctor Smith, says you"), ["Smith"]);
        assert_eq!(spans("Best regards,\n\ndr. Kees Smit\nCardiology"), ["Kees Smit"]);
        assert_eq!(spans("Your travel companion Laura is also booked"), ["Laura"]);
        assert_eq!(spans("Coordinator: Thijs van der Berg, ext. 536"), ["Thijs van der Berg"]);
        assert!(spans("See your doctor Monday about it").is_empty());
        assert_eq!(spans("Staff reply (02/10/2025): Thanks Jian. Dr. Obi can see"), ["Jian", "Obi"]);
        assert_eq!(spans("Hi it's Vikram (father of Anjali). She had a fall"), ["Vikram", "Anjali"]);
        assert!(spans("Thanks Again for the help, its Monday").is_empty());
    }

    #[test]
    fn other_countries_titles_nationalities_and_services() {
        assert_eq!(spans("Attending physician: Dra. Beatriz da Silva, CRM-SP 664295"), ["Beatriz da Silva"]);
        assert_eq!(spans("Requesting physician: Dott. Matteo De Luca (Medical Council)"), ["Matteo De Luca"]);
        assert_eq!(spans("Officer: Det. Jack Nguyen, badge 6985"), ["Jack Nguyen"]);
        assert_eq!(spans("Andriy Boyko, a first-year Ukrainian student, was admitted"), ["Andriy Boyko"]);
        assert!(spans("Clinique des Cedres, Service de Médecine Polyvalente").is_empty());
        assert!(spans("Home insurer Techniker Krankenkasse, member number").is_empty());
    }

    #[test]
    fn roles_before_and_after_a_name() {
        assert_eq!(spans("To: Three Rivers Imaging   Attn: INGUNN FJELDSTAD\nFax"), ["INGUNN FJELDSTAD"]);
        assert_eq!(spans("Police on scene: Trooper Magbanua, Badge 9759"), ["Magbanua"]);
        assert_eq!(spans("Hello,\n\nI'm Pieter's son - we spoke on 2/19."), ["Pieter"]);
        assert_eq!(spans("the falls are new. I'm copying Sanjeev, who handles the money side."), ["Sanjeev"]);
        // "I'm" is no name
        assert!(spans("[00:01:37] CALLER: I'm ninety-two, so").is_empty());
        // nor a foreign hospital, a car or a country
        assert!(spans("Länssjukhuset Norrdal\nCardiology Department").is_empty());
        assert!(spans("Szpital Powiatowy\nCardiology Department").is_empty());
        assert!(spans("Vehicle: Toyota Camry, white, plate UW56 ZTK").is_empty());
        assert!(spans("Trip: northern India, departing soon").is_empty());
    }

    #[test]
    fn last_first_after_a_form_label_in_parentheses() {
        for name in ["Popescu, Hope", "O'MALLEY, ANANYA", "Petrović, Rohan"] {
            let t = format!("Patient (Last, First): {name}     Sex: F");
            assert_eq!(spans(&t), [name], "in {t:?}");
        }
        assert_eq!(spans("Name (last name, first name): Mensah, Hope"), ["Mensah, Hope"]);
        // a parenthesis that is no label says nothing
        assert!(spans("Pain (left, right): Hope, Faith").is_empty());
    }

    #[test]
    fn chat_stamps_in_twelve_and_twenty_four_hour_forms() {
        for (t, n) in [("[15:48:34] x", Some(10)), ("[15:48] x", Some(7)), ("[9:05 pm] x", Some(9)), ("[11:26am] x", Some(9))] {
            assert_eq!(chat_stamp(t.as_bytes()), n, "{t}");
        }
        for t in ["[1412] x", "[2019] x", "[12:5] x", "[9:05 pmx] x", "[ref 1] x", "[12] x"] {
            assert_eq!(chat_stamp(t.as_bytes()), None, "{t}");
        }
        assert_eq!(spans("[2:12 pm] Harpreet Vu: give 1 amp\n[11:26am] Maria Lopez: ok"), ["Harpreet Vu", "Maria Lopez"]);
    }

    #[test]
    fn a_handoffs_two_people_either_side_of_an_arrow() {
        assert_eq!(spans("Synthesis read back. Handoff Ivy H -> Merline Y 4 July"), ["Ivy H", "Merline Y"]);
        // drugs, units, beds and words either side
        assert!(spans("Switched Lasix -> Bumex. Ceftriaxone -> Cefazolin. ICU -> Ward. Bed 4 -> Bed 6. Pain -> Better.").is_empty());
        assert!(spans("Plan: Heparin -> Warfarin").is_empty());
    }

    #[test]
    fn an_initial_without_its_period_and_a_surname_after_a_role() {
        assert_eq!(spans("/s/ T Coleman"), ["T Coleman"]);
        assert_eq!(spans("Crew: X Huang"), ["X Huang"]);
        assert_eq!(spans("Clinician: S Nguyen-Tran"), ["S Nguyen-Tran"]);
        assert_eq!(spans("signed G Tahan CPN"), ["G Tahan"]);
        // no role, a heading's or an organisation's words, a diagnosis
        assert!(spans("see T Coleman").is_empty());
        assert!(spans("Patient: A Fib with RVR").is_empty());
        assert!(spans("Provider: A Smith Medical Group").is_empty());
        assert!(spans("Signed: X Ray Dept").is_empty());
        assert!(spans("Nurse: B Positive blood").is_empty());
    }

    #[test]
    fn officers_titles_certifications_and_a_products_capitals() {
        assert_eq!(spans("Witness: Ofc. M. Kaur\nEscort by Dep. Chen. Ofc. Wu attended."), ["M. Kaur", "Chen", "Wu"]);
        assert!(spans("Next Ofc. Visit: 3 months. Dep Provera given. Dep Screening: negative. Dep. Head notified. Return to Ofc. Monday").is_empty());
        assert_eq!(spans("Katherine Turner BScN, RN, COHN"), ["Katherine Turner"]);
        assert_eq!(spans("Death pronounced by Sunita G., RN, CHPN."), ["Sunita G."]);
        assert!(spans("Via: MS Teams\nCPT: 90791").is_empty());
        assert_eq!(spans("seen with MS Smith"), ["Smith"]);
    }

    #[test]
    fn a_lone_name_by_what_a_person_does() {
        assert_eq!(spans("It is now a few weeks since Analyn died on July 29"), ["Analyn"]);
        assert_eq!(spans("Discussed safe sleep. Grace asks re birth registration."), ["Grace"]);
        assert_eq!(spans("low mood since separation from Hao; sleeping 3-4 h"), ["Hao"]);
        // an organisation, a drug, a role or a surname that is a word
        assert!(spans("Aetna asked for records. Humana said no. Medicare declined.").is_empty());
        assert!(spans("Patient asks about refill. Pharmacy called back.").is_empty());
        assert!(spans("still asking for Dilaudid overnight").is_empty());
        assert!(spans("Tasks: bath, meals. Client says her knee hurts.").is_empty());
        assert!(spans("Client disclosed SI. Newborn cried at delivery.").is_empty());
        assert!(spans("Molina declined the authorization. Hopkins agreed to accept transfer.").is_empty());
        // (a drug's street name that is a given name stays as weak as a
        // given name alone)
        assert!(names("still asking for Molly and Roxy").iter().all(|(_, s)| *s < 0.6));
    }

    #[test]
    fn particles_of_other_languages_between_an_initial_and_a_surname() {
        assert_eq!(spans("Referrer: Dr S. dela Cruz (Reg. No. 82534)"), ["S. dela Cruz"]);
        assert_eq!(spans("Dear Dr C. binti Rashid,"), ["C. binti Rashid"]);
        assert!(spans("the dose of Lasix ni BID").is_empty());
    }

    #[test]
    fn a_given_name_of_the_births_list_only_needs_context() {
        // (babies' names that are clinical words, brands or herbs too)
        assert!(spans("3 days of Melena. Resp: Cheyne Stokes respirations. Sativa daily.").is_empty());
        assert!(spans("Temitope was pleasant and engaged.").is_empty());
        assert_eq!(spans("her daughter Temitope was pleasant"), ["Temitope"]);
        assert_eq!(spans("Spoke with Chidinma Okafor today"), ["Chidinma Okafor"]);
    }

    #[test]
    fn a_lone_name_by_whose_home_it_is_and_by_a_partner_parent_or_grandchild() {
        assert_eq!(spans("sleeping at cousin Ariel's place on Bourke Close"), ["Ariel"]);
        assert_eq!(spans("Location: daughter Ximena's home in Duluth"), ["Ximena"]);
        assert_eq!(spans("w/ her bf Tyler who has a car. Jun-Jun's mum Ashley drives her"), ["Tyler", "Jun-Jun", "Ashley"]);
        // a feed, a diet, a mother's remedy; a shop's home section; a
        // grandmother's place
        assert!(spans("Feeding: BF Aptamil top ups. GF Fortisip BD. Mum Gaviscon tried").is_empty());
        assert!(spans("Fell in Kohl's home section. Coram's home infusion. Staying at Oma's place").is_empty());
        assert_eq!(spans("daughter Sunita Chowdhury and grandchild Rupinder"), ["Sunita Chowdhury", "Rupinder"]);
        // a saint's, a charity's home; a hotel; a street's name after its
        // kind; an Irish county
        assert!(spans("admitted to St Mary's home for the aged, then the Children's home").is_empty());
        assert!(spans("Hotel: Hotel Amaris, 4th Main, Jayanagar").is_empty());
        assert!(spans("Street: 5221, avenue Royale, app. 37. Corner of rue Laurier").is_empty());
        assert!(spans("The Coroner for Co. Cavan wrote").is_empty());
    }

    #[test]
    fn a_fixed_width_records_name_run_into_its_number() {
        let t = "0035393077HADDAD,SAMIRA       19710609 52\n7135600897O'BRIEN,ROISIN      19600422 64\n";
        assert_eq!(spans(t), ["HADDAD,SAMIRA", "O'BRIEN,ROISIN"]);
        // a short number, no padding after, or words that are no names
        assert!(spans("1234HADDAD,SAMIRA       1971").is_empty());
        assert!(spans("0035393077HADDAD,SAMIRA 19710609").is_empty());
        assert!(spans("20230101CBC,BMP  done").is_empty());
    }

    #[test]
    fn a_short_surname_in_capitals_before_its_given_name() {
        assert_eq!(spans("PATIENT\nName: EZE, YETUNDE N   Sex: F"), ["EZE, YETUNDE N"]);
        assert_eq!(spans("Subscriber: OKO, HAMZA G (child)"), ["OKO, HAMZA G"]);
        assert_eq!(spans("Last, First: Eze, Aminata\nDate of birth"), ["Eze, Aminata"]);
        // abbreviations in a list stay abbreviations
        assert!(spans("Dx: CHF, COPD, DM").is_empty());
        assert!(spans("Patient: ED, ICU transfer").is_empty());
        assert!(spans("PMH: HTN, Diabetes").is_empty());
        assert!(spans("Patient: CHF, Diabetes, CKD").is_empty());
    }

    #[test]
    fn after_a_greeting_an_introduction_or_a_role() {
        assert_eq!(spans("you have reached Harbourside Renal Unit, this is Vernon. Who am I"), ["Vernon"]);
        assert_eq!(spans("[13:35:18] Farzana: yes but the video is frozen"), ["Farzana"]);
        assert_eq!(spans("Good morning Farzana, can you hear me?"), ["Farzana"]);
        assert_eq!(spans("Applicant: Babić, Olena (patient's partner)"), ["Babić, Olena"]);
        assert_eq!(spans("Dispatcher Faisal confirmed with facility"), ["Faisal"]);
        // a role word at a line's start is no speaker without its stamp
        assert!(spans("[13:35:18] Provider: yes").is_empty());
        // a practice named for its place
        assert!(spans("This is Northgate Cardiology Associates returning your call").is_empty());
        assert!(spans("From: Willowbrook Care Center, 390 Orchard Ridge Drive").is_empty());
        assert!(spans("Driver: Yellow Cab Company").is_empty());
    }

    #[test]
    fn health_care_agent_for_a_name() {
        assert_eq!(spans("the partner and health care agent for Faith C. Al-Farsi, consent to"), ["Faith C. Al-Farsi"]);
    }

    #[test]
    fn title_names() {
        let r = names("Seen today by Dr. Jane Doe for follow-up.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "Jane Doe");
        assert!(r[0].1 >= 0.85);
        let r = names("Dr. Kowalski reviewed the films.");
        assert_eq!(r[0].0, "Kowalski");
        assert!(r[0].1 >= 0.8);
        assert_eq!(spans("Mrs. Smith's daughter called."), vec!["Smith"]);
        assert_eq!(spans("Discussed with Mr. O'Brien at bedside."), vec!["O'Brien"]);
        assert_eq!(spans("MR. JOHNSON was admitted"), vec!["JOHNSON"]);
    }

    #[test]
    fn first_last_without_context() {
        let r = names("Follow up arranged; John Smith will return in 2 weeks.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "John Smith");
        assert!(r[0].1 >= 0.65 && r[0].1 < 0.85, "{:?}", r);
        assert_eq!(spans("Met Maria Kowalczykowska in clinic."), vec!["Maria Kowalczykowska"]);
        assert_eq!(spans("Jennifer A. Martinez is here."), vec!["Jennifer A. Martinez"]);
        assert_eq!(spans("Called Mary Smith-Jones today."), vec!["Mary Smith-Jones"]);
    }

    #[test]
    fn context_raises_score() {
        for (t, want) in [
            ("Patient: John Smith", "John Smith"),
            ("Patient Name: Lakshmi Venkataraman", "Lakshmi Venkataraman"),
            ("Electronically signed by Robert Chen, MD on file", "Robert Chen"),
            ("Spoke with his daughter Maria Lopez by phone.", "Maria Lopez"),
            ("Jane Doe, M.D.", "Jane Doe"),
            ("Karen White RN assessed the wound.", "Karen White"),
            ("Referred by Will Grant for evaluation.", "Will Grant"),
            ("PATIENT: JOHN SMITH", "JOHN SMITH"),
        ] {
            let r = names(t);
            assert_eq!(r.len(), 1, "{t}: {r:?}");
            assert_eq!(r[0].0, want, "{t}");
            assert!(r[0].1 >= 0.85, "{t}: {r:?}");
        }
    }

    #[test]
    fn last_first_form() {
        let r = names("Smith, John was admitted overnight.");
        assert_eq!(r[0].0, "Smith, John");
        assert_eq!(spans("Patient: Garcia, Maria L. DOB on file"), vec!["Garcia, Maria L."]);
    }

    #[test]
    fn an_initial_and_a_surname_where_a_record_is_signed() {
        assert_eq!(spans("plan agreed.\nJ. Park, Discharge Planner Tel 5"), vec!["J. Park"]);
        assert_eq!(spans("interviewed.\n\nK. Ward\n08/02/2025\n"), vec!["K. Ward"]);
        assert_eq!(spans("Approved: H. Kjærgaard, 25 augusti 2023"), vec!["H. Kjærgaard"]);
        assert_eq!(spans("Transferring RPh: E. Haldane   Receiving"), vec!["E. Haldane"]);
        // an organism's genus and species, in capitals too
        assert!(spans("Organism: S. Aureus\n").is_empty());
        assert!(spans("Culture: E. Coli, pan-sensitive").is_empty());
        // an initial and a word inside a sentence
        assert!(spans("as noted in J. Park Avenue traffic").is_empty());
    }

    #[test]
    fn police_ranks_care_of_and_a_name_given() {
        assert_eq!(spans("spoken to by police (Constable Pham, collar no. 6587)"), vec!["Pham"]);
        assert_eq!(spans("brought in by Cst. Harris after assault"), vec!["Harris"]);
        assert_eq!(spans("Sgt Okonkwo took a statement"), vec!["Okonkwo"]);
        assert_eq!(spans("alt address c/o Grace Obi, 169 Spring Road"), vec!["Grace Obi"]);
        assert_eq!(spans("Name given as May Bird, DOB 23 Mar 1995"), vec!["May Bird"]);
        // a chief complaint, not a copy's recipient
        assert!(spans("CC: COPD check-in.").is_empty());
    }

    #[test]
    fn a_name_before_the_records_labels() {
        assert_eq!(spans("PARKINSON, LEONARD  Birth Date - 10-AUG-1944"), vec!["PARKINSON, LEONARD"]);
        assert_eq!(spans("Subject: SIDDIQUI Sunita DOB 30/04/1968"), vec!["SIDDIQUI Sunita"]);
        assert!(identity_after(b"  (NHS number: 1)", 0));
        assert!(identity_after(b" | MRN 5", 0));
        assert!(identity_after(b"\tDate of Birth", 0));
        // a word that begins like a label, and a label too far away
        assert!(!identity_after(b" dobutamine drip", 0));
        assert!(!identity_after(b"      DOB", 0));
        // a listed surname that is a word too, without the labels
        assert!(spans("PARKINSON, LEONARD was seen").iter().all(|s| !s.contains("PARKINSON")));
        assert!(spans("Parkinson, Tremor  DOB 1/2/1950").is_empty());
        // a surname and an initial, a given name the lists stop as a word
        assert_eq!(spans("3. Singh B (MRN H4703541) - 93-year-old"), vec!["Singh B"]);
        assert_eq!(spans("2. Morgan, Mercy (MRN E5724016) - sixty-two"), vec!["Morgan, Mercy"]);
        assert!(spans("Group A (MRN 123456) and Ward B (MRN 1234567)").is_empty());
        assert!(spans("L ankle fx Weber B (MRN 1234567)").is_empty());
    }

    #[test]
    fn a_maiden_name_and_someone_presented() {
        assert_eq!(spans("Also, her maiden name is Asante, in case the old records"), vec!["Asante"]);
        assert_eq!(spans("here's Baptiste's address"), vec!["Baptiste"]);
        assert!(spans("Here's Tuesday's schedule.").is_empty());
    }

    #[test]
    fn family_work_and_school_roles() {
        assert!(spans("Parents: ASD, ADHD").is_empty());
        assert_eq!(spans("Baby Ivy feeding 2-3 hrly"), vec!["Ivy"]);
        assert_eq!(spans("on 08/19/2022 class teacher Booker noticed bruising"), vec!["Booker"]);
        assert_eq!(spans("Co-worker Isabelle drove him to clinic."), vec!["Isabelle"]);
        assert_eq!(spans("Reported to supervisor Graves-Brown on 6/28"), vec!["Graves-Brown"]);
        assert_eq!(spans("Further to the order of HHJ Choi dated 16/05/2025"), vec!["Choi"]);
        // the role alone, or before a word that names no one
        assert!(spans("Baby Friendly Initiative accreditation").is_empty());
        assert!(spans("Supervisor Training is on Monday.").is_empty());
        assert_eq!(spans("Social: dog Rocky (owner Padraig Moloney, the landlord) bit the aide"), vec!["Padraig Moloney"]);
        assert_eq!(spans("Device rep Funmilayo Eze on site"), vec!["Funmilayo Eze"]);
        assert_eq!(spans("Pallbearers incl. Tomasz."), vec!["Tomasz"]);
        // whose relative someone is; who takes a call or a ward's shift
        assert_eq!(spans("Social: Christopher's cousin Samira bin Rashid drives her"), vec!["Christopher", "Samira bin Rashid"]);
        assert_eq!(spans("March 10th at 8:40 PM  Agent: Chidinma\n"), vec!["Chidinma"]);
        assert_eq!(spans("BP 179/71\nNurse in charge: Bilal\n"), vec!["Bilal"]);
        assert!(spans("[00:00:28] AGENT: Good morning, you've reached the clinic").is_empty());
        assert!(spans("the hospital's cousin institution").is_empty());
        // a log's writer after its date and time
        assert_eq!(spans("Rx history\n2024-06-20 @ 2:55 PM Duc: inbound from pt"), vec!["Duc"]);
        assert_eq!(spans("Rx history\n24 Jan 2023 2110 Paulette: called the office"), vec!["Paulette"]);
        assert!(spans("Rx history\n2024-06-20 14:55 Plan: rest").is_empty());
        assert!(spans("x\n11/2/23 11:22 - Upadted Dr re: approval").is_empty());
        assert_eq!(spans("Service 2:00pm\nCelebrant/minister: Samuels\nOrganist: Patricia Young"), vec!["Samuels", "Patricia Young"]);
        assert_eq!(spans("MDD, moderate.\n\nCollateral: Rose (0464287888) - with consent."), vec!["Rose"]);
        assert!(spans("Collateral: none obtained").is_empty());
        // a fixed-width record's name fields before a birth date and a sex
        let t = "HDRPD-GAIT-11 20220927\nDTL120028 BAILEY       WINSTON    19561023 M 862087595 SCRN\nDTL447031 MAC GIOLLA R DECLAN     19910525 M 318582496 COMP\n";
        // (a field that fills its width runs into the next: one span)
        assert_eq!(spans(t), vec!["BAILEY", "WINSTON", "MAC GIOLLA R DECLAN"]);
        // no sex after the date, a date that is none, a word mid-line
        assert!(spans("x\nRUN42 CBC DIFF  20240101 PENDING\n").is_empty());
        assert!(spans("x\nLOT4471 ASPIRIN EC  20241301 M 3\n").is_empty());
        assert!(spans("x\nseen today CBC DIFF  20240101 M 3\n").is_empty());
        // a call's speaker label is no role: "AGENT: Good morning"
        assert!(spans("[00:00:28] AGENT: Good morning, you've reached us").is_empty());
    }

    #[test]
    fn last_first_before_an_age_and_sex() {
        assert_eq!(spans("- Eze, Adebayo (72M) Medical Record No. 90881492"), vec!["Eze, Adebayo"]);
        assert_eq!(spans("Patel, Venkatesh #681715  31M  DOC 2023-01-26"), vec!["Patel, Venkatesh"]);
        assert!(age_sex_after(b" (72 y/o M) seen", 0));
        assert!(age_sex_after(b" (13yo)", 0));
        // a dose, a count, a year are no age and sex
        assert!(spans("Metoprolol, Tartrate (25 mg) daily").is_empty());
        assert!(!age_sex_after(b" (2019) M", 0));
        assert!(!age_sex_after(b" 25 mg", 0));
        assert!(!age_sex_after(b" (72Mb)", 0));
    }

    #[test]
    fn single_token_with_role() {
        let r = names("Spoke with wife Ingrid about discharge.");
        assert_eq!(r, vec![("Ingrid".to_string(), 0.8)]);
        assert_eq!(spans("Contact: Okonkwo"), vec!["Okonkwo"]);
    }

    #[test]
    fn later_mentions() {
        let t = "Mr. Thompson presented with chest pain. Thompson reports nausea. Later, Thompson's wife arrived.";
        assert_eq!(spans(t), vec!["Thompson", "Thompson", "Thompson"]);
        let t = "Patient Lucia Fernandez is here. Lucia denies pain.";
        assert_eq!(spans(t), vec!["Lucia Fernandez", "Lucia"]);
    }

    #[test]
    fn non_ascii_names() {
        let t = "Naïve café 😀 notes. Patient: José Núñez, seen by Dr. Zoë Åkesson.";
        let r = names(t);
        let s: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(s, vec!["José Núñez", "Zoë Åkesson"]);
        // spans are exact byte ranges after multi-byte text
        let mut out = Vec::new();
        find(t, &mut out);
        for f in out {
            assert!(t.is_char_boundary(f.start) && t.is_char_boundary(f.end));
        }
    }

    #[test]
    fn single_dictionary_words_do_not_fire() {
        for t in [
            "Will follow up in May.",
            "Grant application pending; Bill sent to insurance.",
            "Rose-colored rash. Brown stool. Young adult male.",
            "Mark the site. Hope for improvement.",
            "History of Parkinson disease and Alzheimer dementia.",
            "Crohn's disease flare; Hodgkin lymphoma in remission; Cushing syndrome ruled out.",
            "Graves disease, Bell's palsy, Foley catheter placed, Apgar 9, Glasgow Coma Scale 15.",
            "Seen in the Emergency Department at Mercy Hospital.",
            "Started Lasix and Tylenol. Continue Metoprolol.",
            "Assessment and Plan: History reviewed. Physical Exam normal.",
            "Monday June 3 the patient returned. Friday visit.",
            "Moved from Georgia to Texas last year. Lives in Virginia Beach.",
            "CHIEF COMPLAINT: CHEST PAIN. HISTORY OF PRESENT ILLNESS",
            "Admitted to the ICU. ED course uneventful. OR at 0800.",
            "Patient denies chest pain. Patient Tolerated Procedure Well.",
            "Transferred to St. Mary Medical Center.",
            "Walter Reed National Military Medical Center",
        ] {
            assert!(names(t).iter().all(|(_, s)| *s < crate::DEFAULT_MIN_SCORE) || names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn no_titles_or_credentials_in_span() {
        let t = "Prof. Alan Turing, PhD and Nurse Practitioner Amy Lee, NP saw her.";
        let s = spans(t);
        assert!(s.contains(&"Alan Turing".to_string()), "{s:?}");
        assert!(s.contains(&"Amy Lee".to_string()), "{s:?}");
        for x in &s {
            assert!(!x.contains("Prof") && !x.contains("PhD") && !x.contains("NP"), "{x}");
        }
    }

    #[test]
    fn glued_and_dates_and_relations() {
        // parts of e-mail addresses are not names (the address is an e-mail)
        assert!(spans("Email confirmation sent to IVY.ZHANG@uhs-example.edu today").is_empty());
        assert!(spans("Contact: EARL28@proton.me").is_empty());
        // a month followed by a day is a date
        assert!(spans("Signed: April 12, 2015 22:18").is_empty());
        assert!(spans("D.O.B. June 29, 2014").is_empty());
        // relation or verb after a lone given name
        assert_eq!(spans("Discharged home with Jasmine (wife)."), vec!["Jasmine"]);
        assert_eq!(spans("HPI: Elijah is a 82 year old gentleman"), vec!["Elijah"]);
        assert_eq!(spans("Sergei S., RN returned the call."), vec!["Sergei S."]);
        assert_eq!(spans("Message routed to Dr van der Berg."), vec!["van der Berg"]);
        assert_eq!(spans("Discussed with Dr.Ibáñez, who agrees."), vec!["Ibáñez"]);
        // a sentence after a role word is a new context
        assert!(spans("Family history notable for lupus in her mother. Works as a teacher.").is_empty());
        assert!(spans("Call (555) 555-1234 to reschedule.").is_empty());
        assert!(spans("A Salem sump is noted.").is_empty());
    }

    #[test]
    fn robust_on_arbitrary_text() {
        let mut s = String::new();
        for i in 0..2000 {
            s.push_str(["Dr.", "é", "😀", "O'", "-", "Smith", "a\u{301}", "'", "’s", "Mr", " ", ",", "\n", "J."][i % 14]);
        }
        let mut out = Vec::new();
        find(&s, &mut out);
        for f in out {
            assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end) && f.start < f.end);
        }
        find("", &mut Vec::new());
        find("'", &mut Vec::new());
        find("Dr.", &mut Vec::new());
        find("Smith,", &mut Vec::new());
    }

    #[test]
    fn relatives_by_marriage_witnesses_and_whose_cell() {
        assert_eq!(spans("Contact: daughter-in-law Evelyn 1-509-487-9276"), ["Evelyn"]);
        assert_eq!(spans("Family present: son-in-law Suresh, +44 (0)7947 965205"), ["Suresh"]);
        assert_eq!(spans("Witness 1: Beverly E, PCA - I was next door"), ["Beverly E"]);
        assert_eq!(spans("can help weekends. Amelia's cell 914.277.5038. Plan"), ["Amelia"]);
        // an eponym's cells stay cells
        assert!(spans("Reed-Sternberg cells were seen").is_empty());
        assert!(spans("Hurthle cell neoplasm").is_empty());
    }

    #[test]
    fn towns_where_someone_lives_or_is_reached() {
        let places = |t: &str| -> Vec<String> {
            crate::detect::Detector::builtin().detect(t, 0.5).into_iter().filter(|f| f.kind == PhiType::Address).map(|f| t[f.start..f.end].to_string()).collect()
        };
        assert_eq!(places("At home the patient live in Sohar."), ["Sohar"]);
        assert_eq!(places("Postcode / Town: 3000-012 / Coimbra\n"), ["Coimbra"]);
        assert_eq!(places("City / Province : Toronto\nPostal code : M1Z 4V3"), ["Toronto"]);
        // a form's second field on the line
        assert!(places("Address: HC 3 Box 307   City/ST: Pelham Ridge, CO   ZIP 80767").iter().any(|p| p == "Pelham Ridge"));
        assert!(!places("Address: 12 Main St   Sex: Male").iter().any(|p| p == "Male"));
        assert_eq!(places("I called his aunt, Svitlana, in Odesa on +380931252013 (via"), ["Odesa"]);
        assert_eq!(places("through her husband, Andriy Tkachenko, in Dnipro (098 804 71 28)."), ["Dnipro"]);
        assert_eq!(places("Copy to: Büşra Şahin, patient's GP in Bursa\n"), ["Bursa"]);
        // no cue, an English word, a date after "on"
        assert!(places("Seen in Clinic today. Lives in fear of falling.").is_empty());
        assert!(places("Admitted in March on 04/05/2024.").is_empty());
        // (a place GeoNames lists needs no cue: Safe Harbor counts every
        // town, and the list, not the verb, says it is one)
        assert_eq!(places("Met Ana in Madrid last year."), ["Madrid"]);
        assert!(places("Met Ana in Clinic last year.").is_empty());
        // a town's name with an English word in it, where someone's home is
        assert_eq!(places("140 miles from her home in Fenwick Station."), ["Fenwick Station"]);
        assert_eq!(places("My cousin lives closer, in Fenwick Station, so"), ["Fenwick Station"]);
        assert!(places("She lives in Assisted Living now.").is_empty());
        // where someone grew up, a relative's home, a district by its article
        assert_eq!(places("Social: grew up in Eugene, now in Florida"), ["Eugene"]);
        assert_eq!(places("pt went to stay at her sister's in Slough /GN"), ["Slough"]);
        assert_eq!(places("now lives in the Bronx with his son"), ["Bronx"]);
        assert!(places("home in the Morning; lives in the Netherlands; born in the ICU").is_empty());
        // no one's home: a ward, a system, a service
        assert!(places("He's in Resus. Med's in Pyxis. Grew up in Foster care. Lives at home; reviewed in the SDEC unit.").is_empty());
    }

    #[test]
    fn a_labels_qualifier_in_parentheses() {
        assert_eq!(spans("Pafient's Last Name (as per OHIP Card): PELLETIER\nPatient's First & Middle Names: MATHIEU\n"), ["PELLETIER", "MATHIEU"]);
        assert_eq!(spans("Surname (print): Okafor\n"), ["Okafor"]);
        assert!(spans("Allergies (drug): Penicillin\n").is_empty());
    }

    #[test]
    fn surname_then_given_name_in_capitals() {
        assert_eq!(spans("You have received a new voice message.\n\nFrom - O'CONNOR AOIFE\n"), ["O'CONNOR AOIFE"]);
        assert_eq!(spans("From - GARCIA MARIA\n"), ["GARCIA MARIA"]);
        // not a heading, a drug and a name, or an English pair
        assert!(spans("BELL PALSY noted").is_empty());
        assert!(spans("GRANT APPLICATION").is_empty());
        assert!(spans("LASIX JOHN").is_empty());
    }

    #[test]
    fn a_forms_name_fields() {
        assert_eq!(spans("Insurance: Allegra\nPatient: WU TAO\nDOB: 7 May 1988"), ["WU TAO"]);
        assert_eq!(spans("Patient No.：0938700\nName：TRẦN QUANG DUNG\nDOB：22-08-1940"), ["TRẦN QUANG DUNG"]);
        assert_eq!(spans("Applicant's full name: LE QUANG BẢO\n"), ["LE QUANG BẢO"]);
        assert_eq!(spans("Surname: Huang\nGiven name(s): Li\n"), ["Huang", "Li"]);
        assert_eq!(spans("3. Name: PEREIRA\n4. Given names: RUI\n5. Date"), ["PEREIRA", "RUI"]);
        assert_eq!(spans("Last name: da Silva\nFirst name: Beatriz"), ["da Silva", "Beatriz"]);
        assert_eq!(spans("Pt: SERGE KOUAMÉ, 92 y/o, Ivorian"), ["SERGE KOUAMÉ"]);
        assert_eq!(spans("DOB: 1/2/1950   Citizen: LI XIAOLING   Passport"), ["LI XIAOLING"]);
        // placeholders, English words, organisations, a value that runs on
        assert!(spans("Patient: Unknown\nName: Not provided\n").is_empty());
        assert!(spans("Patient: Stable, ambulating\n").is_empty());
        assert!(spans("Client: Acme Corp\nName: Springfield Family Practice\n").is_empty());
        assert!(spans("Name: Lisinopril 10 mg\n").is_empty());
    }

    #[test]
    fn staff_signing_with_initials() {
        // a given name and the family name's initial
        assert_eq!(spans("Radiologist: Dr. Rosa Ramirez  Tech: Jesús G\n"), ["Rosa Ramirez", "Jesús G"]);
        assert_eq!(spans("NIC: Ronald   Bleep holder: Patricia U\n"), ["Patricia U"]);
        assert_eq!(spans("I-PASS Handoff  11/16/2022 1900  Wilner A -> Hassan H\n"), ["Hassan H"]);
        assert_eq!(spans("opt 3. Spoke w/ Dorothy C. ref# 0070832811."), ["Dorothy C"]);
        assert!(spans("Given Vitamin D. Then Hepatitis B. Group A. Strep").is_empty());
        // a word no list knows: only with a credential or a role
        assert_eq!(spans("Kenji B, RN CM\n"), ["Kenji B"]);
        assert!(spans("Zorblat Q went").is_empty());
        // not a plate's letters, an eponym's or a vitamin's
        assert!(!spans("reg. Jing A V4BGN (Chinese plates)").iter().any(|s| s == "Jing A"));
        assert!(spans("Hepatitis B and Vitamin D; Group B strep").is_empty());
        // an initial and a family name signing a line, or after a dash
        assert_eq!(spans("please repeat the test around Sep 2. - C. Shah\n"), ["C. Shah"]);
        assert_eq!(spans("Yours sincerely\n\nA. Wiśniewska, FRCP\n"), ["A. Wiśniewska"]);
        // a given name alone under a sign-off's longer forms
        assert_eq!(spans("see you then.\n\nThanks so much,\nLucía\n"), ["Lucía"]);
        assert_eq!(spans("Best wishes,\nAoife\n"), ["Aoife"]);
        assert!(spans("Thanks so much,\nMonday works\n").is_empty());
        // a royal college's fellowship is a credential; its misreading is no name
        assert!(spans("Xiu Ying K. Watanabe, MBCbB MRCGP\n").iter().all(|s| !s.contains("MBCbB")));
        // a microbe's genus and species is no one
        assert!(spans("Organism:\nE. Coli\n").is_empty());
        assert!(spans("S. Aureus\n").is_empty());
        // a family name in capitals after a room's number; not a word
        assert_eq!(spans("09:01  FROM x3654: RM311 WARSAME needs restraint order renewal"), ["WARSAME"]);
        assert!(spans("Rm 12 ISOLATION, bed 4 PACU, Room 5 DNR, rm 6 NEEDS").is_empty());
        // particles after a title and after an initial's period
        assert_eq!(spans("Dear Dr. H. van den Akker,"), ["H. van den Akker"]);
        assert_eq!(spans("I will message Dr. de los Santos and call"), ["de los Santos"]);
        // a family name the lists stop (an eponym, a catheter, a ward),
        // after an initial and its period: after a title or a role only
        assert_eq!(spans("Seen with Dr. G. Parkinson today"), ["G. Parkinson"]);
        assert_eq!(spans("a call from Mrs R. Parkinson's carer"), ["R. Parkinson"]);
        assert_eq!(spans("defense counsel J. Gaines; ADA G. Foley; records"), ["J. Gaines", "G. Foley"]);
        assert!(spans("Hepatitis B. Ward round today.").is_empty());
        assert!(spans("history of Parkinson disease, Foley catheter").is_empty());
    }

    #[test]
    fn people_named_by_their_part_in_a_record() {
        // (not a product's, a drug's or a people's word after the role)
        assert!(spans("Orthodontist: Invisalign\nDentist: Lidocaine 2%\nProgrammer: Medtronic\nDecedent: Caucasian male").is_empty());
        assert_eq!(spans("MCCD / REGISTRAR NOTE\nDeceased: Yousef RAMIREZ   NHS No"), ["Yousef RAMIREZ"]);
        assert_eq!(spans("In the presence of: SANDEEP SIDDIQUI; Ghislain Bergeron\n"), ["SANDEEP SIDDIQUI", "Ghislain Bergeron"]);
        assert_eq!(spans("School (Year 2)\nSibling: James, 9 yrs\n"), ["James"]);
        assert_eq!(spans("monitoring visit on Oct 26, 2024. Attendees: Kemar.\n"), ["Kemar"]);
        // (a body's initials in brackets after the role are no name, and
        // the role with a colon only)
        assert_eq!(spans("Adjudicator (WSIB): G. Wood, 1-800-366-1469"), Vec::<String>::new());
        assert!(spans("Deceased was found at home.").is_empty());
    }

    #[test]
    fn a_name_on_the_line_under_a_sign_off() {
        assert_eq!(spans("direct line above.\n\nYours faithfully\n\nDawn van der Berg\nSolicitor\n"), ["Dawn van der Berg"]);
        // a team's or a service's name there is none; nor a sentence after
        // a thanks that ends one
        assert!(spans("Thanks,\nCardiology Team\n").is_empty());
        for t in ["Thanks\nWill review tomorrow", "Cheers\nRose Ward", "Regards\nGastro Reg", "Thanks\nFrank haematuria noted", "Best\nMacmillan Nurse"] {
            assert!(spans(t).is_empty(), "{t:?}: {:?}", spans(t));
        }
        assert!(spans("Thank you.\nPatient tolerated well.\nMany thanks\nCardiac Rehab").is_empty());
    }

    #[test]
    fn a_name_before_the_profession_written_after_it() {
        assert_eq!(spans("Next visit 8/1.\nP. Byrne Podiatrist  P.B.\n"), ["P. Byrne"]);
        assert_eq!(spans("Review 16/5.\nW. King (Physiotherapist) CORU P\n"), ["W. King"]);
        // (a profession's word is no part of a name, and a word before one
        // is no name for it: "Specsavers optometrist")
        assert!(spans("Podiatrist review due. Consultant Psychiatrist on leave.").is_empty());
        assert!(spans("Seen at Specsavers optometrist. Rang Haem, consultant aware.").is_empty());
    }

    #[test]
    fn a_fixed_width_record_s_number_glued_to_its_name() {
        let t = "(cols 1-10 id, 11-30 name)\n0035393077HADDAD,SAMIRA       19710609 52\n";
        let mut out = Vec::new();
        find(t, &mut out);
        let got: Vec<(PhiType, &str)> = out.iter().filter(|f| f.score >= 0.5).map(|f| (f.kind, &t[f.start..f.end])).collect();
        assert!(got.contains(&(PhiType::Id, "0035393077")) && got.contains(&(PhiType::Name, "HADDAD,SAMIRA")), "{got:?}");
    }

    #[test]
    fn a_lone_name_by_what_only_a_person_does() {
        // (a given name that is a word too is no stronger for a verb after
        // it; alone it stays the weak reading it was)
        for (_, score) in names("Gene came back negative for CFTR. Iris returned to baseline. Amber came back in urine.") {
            assert!(score < 0.6, "{score}");
        }
        assert_eq!(spans("Process note - Amit left at break, her ride was late"), ["Amit"]);
        assert_eq!(spans("Thank you for calling me. Priyanka told me he did not eat lunch."), ["Priyanka"]);
        // (not a code called, a drug's, a service's or an app's word, nor a
        // given name that is a word too before what a thing does)
        for t in [
            "02:11  Code Alpha called by the steward.",
            "Lisinopril left at bedside.",
            "Oncologist told him to stop. Hem/Onc told us. DCFS told us. MyChart texted.",
            "Ginger helped with nausea. Bill came in the mail.",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }
}
