//! The word lists and what a word is: the dictionaries (given names,
//! surnames, English words, stop words, titles) merged into one packed
//! table, the US states and cities, the month names, and the case folding
//! every lookup key goes through. Below the recognizers: `names`,
//! `address` and `structured` ask it, it asks none of them.
//!
//! Lookups are by lower-case key ([`fold_at`], [`fold_into`]); the data
//! files live in `core/data/`.

use super::context::Lanes;
use super::interrupt::{check, CHECK_BYTES};
use super::Table;
use once_cell::sync::Lazy;
use std::borrow::Borrow;
use std::collections::HashSet;
use rustc_hash::FxBuildHasher;
use std::hash::Hash;

/// The lexicon's lazily-built tables (see [`crate::detect::warm_up`]).
pub(crate) static TABLES: [&dyn Table; 8] = [&LEXICON, &STATE_ABBR, &STATE_NAMES, &STATE_FIRST_WORDS, &CITIES, &WORLD_CITIES, &COUNTRIES, &SSA_ONLY];

// ---------------------------------------------------------------------------
// Word sets and the merged dictionaries.

/// A set of dictionary words, hashed with `rustc_hash`'s FxHash (the words
/// are our own lists, so DoS resistance is not needed). A probe longer than
/// the longest word is turned down without hashing it: probes are words of
/// the text, which may be arbitrarily long.
pub(crate) struct FxSet<T> {
    set: HashSet<T, FxBuildHasher>,
    max_len: usize,
}

impl<T: Borrow<str> + Hash + Eq> FxSet<T> {
    pub(crate) fn contains(&self, k: &str) -> bool {
        k.len() <= self.max_len && self.set.contains(k)
    }

    pub(crate) fn insert(&mut self, w: T) -> bool {
        self.max_len = self.max_len.max(w.borrow().len());
        self.set.insert(w)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.set.iter()
    }
}

impl<T: Borrow<str> + Hash + Eq> FromIterator<T> for FxSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut s = FxSet { set: HashSet::default(), max_len: 0 };
        for w in iter {
            s.insert(w);
        }
        s
    }
}

/// Non-empty, non-comment lines of a data file.
pub(crate) fn data_lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A map keyed by our own words, hashed with `rustc_hash`'s FxHash.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// The word itself is in the English list (a base form).
const L_ENG_BASE: u16 = 0x100;

/// A table of non-zero keys of at most `KEY_BITS` bits, each stored with
/// a small value in the bits above them, in one `u64`: open addressing
/// with linear probing, Fibonacci hashing of the key, at most half full,
/// 0 = empty. A lookup is one multiply and usually one cache line, with no
/// string comparison and no pointer to follow. The packed tables of words
/// (the [`Lexicon`], the credentials of `names`) are this one type.
pub(crate) struct PackedTable<const KEY_BITS: u32> {
    table: Vec<u64>,
    /// `64 - log2(table.len())`, for Fibonacci hashing.
    shift: u32,
    len: usize,
}

impl<const KEY_BITS: u32> PackedTable<KEY_BITS> {
    const KEY_MASK: u64 = if KEY_BITS >= 64 { !0 } else { (1 << KEY_BITS) - 1 };

    /// An empty table for up to `n` keys (twice that many slots, at least
    /// 16, a power of two).
    pub(crate) fn with_capacity(n: usize) -> Self {
        let size = (n * 2).next_power_of_two().max(16);
        PackedTable { table: vec![0; size], shift: 64 - size.trailing_zeros(), len: 0 }
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Adds `key` with `value` (a key already there keeps its value).
    pub(crate) fn insert(&mut self, key: u64, value: u64) {
        assert!(key != 0 && key & !Self::KEY_MASK == 0, "packed key {key:#x} out of range");
        let stored = if KEY_BITS >= 64 {
            assert!(value == 0, "no room for a value");
            key
        } else {
            assert!(value >> (64 - KEY_BITS) == 0, "value {value:#x} too wide");
            key | value << KEY_BITS
        };
        let mask = self.table.len() - 1;
        let mut i = self.slot(key);
        while self.table[i] != 0 {
            if self.table[i] & Self::KEY_MASK == key {
                return;
            }
            i = (i + 1) & mask;
        }
        self.table[i] = stored;
        self.len += 1;
        assert!(self.len * 2 <= self.table.len(), "packed table over half full");
    }

    /// The value stored with `key`, `None` when it is not in the table.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<u64> {
        let mask = self.table.len() - 1;
        let mut i = self.slot(key);
        loop {
            let e = self.table[i];
            if e == 0 {
                return None;
            }
            if e & Self::KEY_MASK == key {
                return Some(if KEY_BITS >= 64 { 0 } else { e >> KEY_BITS });
            }
            i = (i + 1) & mask;
        }
    }
}

/// The merged dictionaries, laid out for cache-friendly probes. Nearly all
/// words (95%) have at most [`PACK_MAX`] letters from `a-z ' - .`; they are
/// packed five bits a letter into the low 55 bits of a `u64` whose top nine
/// bits hold the word's flags, in a [`PackedTable`]; the 1 MB table is a
/// third of what a `HashMap<&str, u16>` of the same words takes, without
/// counting the strings it points to. Longer words go to an ordinary map.
struct Lexicon {
    table: PackedTable<KEY_BITS>,
    long: FxMap<&'static str, u16>,
    /// The length of the longest word in `long`: a longer key is none of
    /// them, which is known without hashing it (a key may be a giant
    /// "word" of the text).
    long_max: usize,
}

/// Longest word stored packed.
const PACK_MAX: usize = 11;
const KEY_BITS: u32 = 5 * PACK_MAX as u32;

impl Lexicon {
    /// The packed key of a word, or `None` when it has more than
    /// [`PACK_MAX`] bytes or a byte outside `a-z ' - .` (only the length
    /// can make a listed word unpackable).
    #[inline]
    fn pack(k: &str) -> Option<u64> {
        let b = k.as_bytes();
        if b.len() > PACK_MAX {
            return None;
        }
        let mut key = 0u64;
        for (i, &c) in b.iter().enumerate() {
            let code = match c {
                b'a'..=b'z' => c - b'a' + 1,
                b'\'' => 27,
                b'-' => 28,
                b'.' => 29,
                _ => return None,
            };
            key |= (code as u64) << (5 * i);
        }
        Some(key)
    }

    fn build(words: &FxMap<&'static str, u16>) -> Lexicon {
        let packed = words.keys().filter(|k| k.len() <= PACK_MAX).count();
        let mut lx = Lexicon { table: PackedTable::with_capacity(packed), long: FxMap::default(), long_max: 0 };
        for (&k, &bits) in words {
            match Self::pack(k) {
                Some(key) => lx.table.insert(key, bits as u64),
                None => {
                    assert!(k.len() > PACK_MAX, "lexicon word {k:?} is not lower-case a-z ' - .");
                    lx.long.insert(k, bits);
                    lx.long_max = lx.long_max.max(k.len());
                }
            }
        }
        lx
    }

    #[inline]
    fn get(&self, k: &str) -> Option<u16> {
        if k.len() > PACK_MAX {
            if k.len() > self.long_max {
                return None;
            }
            return self.long.get(k).copied();
        }
        let key = Self::pack(k)?;
        self.table.get(key).map(|bits| bits as u16)
    }
}

/// Every capitalized token is classified, so the dictionaries are merged
/// into one [`Lexicon`] from lower-case word to a set of `L_*`/`C_*` bits:
/// one probe answers "first name? surname? stop word? name-dominant? title?
/// English?" at once. Whether a listed word is English *including* the
/// regular inflections of a listed base (the English list omits them) is
/// precomputed when it is built, so only words found in no list pay for the
/// suffix-stripping probes of [`is_english`].
static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut m: FxMap<&'static str, u16> = FxMap::default();
    m.reserve(115_000);
    let mut add = |w: &'static str, bits: u16| *m.entry(w).or_insert(0) |= bits;
    for w in data_lines(include_str!("../../data/first_names.txt"))
        .chain(data_lines(include_str!("../../data/first_names_intl.txt")))
        .chain(data_lines(include_str!("../../data/first_names_ssa.txt")))
    {
        add(w, C_FIRST);
    }
    for w in data_lines(include_str!("../../data/surnames.txt")).chain(data_lines(include_str!("../../data/surnames_intl.txt"))) {
        add(w, C_SUR);
    }
    for w in data_lines(include_str!("../../data/english_words.txt")) {
        add(w, L_ENG_BASE);
    }
    for w in data_lines(include_str!("../../data/name_stop.txt")) {
        add(w, C_STOP);
    }
    for (_, name) in US_STATES {
        // single-word state names that are not also common given names
        if !name.contains(' ') && !matches!(name, "Georgia" | "Virginia" | "Carolina" | "Dakota" | "Washington") {
            add(Box::leak(name.to_ascii_lowercase().into_boxed_str()), C_STOP);
        }
    }
    for w in NAME_DOMINANT {
        add(w, C_DOMINANT);
    }
    for w in TITLES {
        add(w, C_TITLE);
    }
    for w in super::lower_names::KIN {
        add(w, L_KIN);
    }
    for (w, _) in MONTHS {
        add(w, L_MONTH);
    }
    // Full English-ness (inflections included) of every listed word.
    let base = |w: &str| m.get(w).is_some_and(|e| e & L_ENG_BASE != 0);
    let eng: Vec<&'static str> = m.keys().copied().filter(|k| inflected_english(k, base)).collect();
    for k in eng {
        *m.get_mut(k).expect("listed") |= C_ENG;
    }
    Lexicon::build(&m)
});

/// The given names only the SSA's list of US births holds
/// (`first_names_ssa.txt`): listed given names where a cue says a name
/// follows ("her bf vikram"), but words no list knows to the capitalized
/// name scanner, which reads a lone listed given name without any cue
/// ("Melena", "Errin" and "Sativa" are babies' names too).
static SSA_ONLY: Lazy<FxSet<&'static str>> = Lazy::new(|| data_lines(include_str!("../../data/first_names_ssa.txt")).collect());

/// Whether a lower-case word is a given name of the SSA's list only.
pub(crate) fn is_ssa_only_first(k: &str) -> bool {
    SSA_ONLY.contains(k)
}

/// The lexicon bits of a lower-case word; `None` when it is in no list.
#[inline]
pub(crate) fn lexicon(k: &str) -> Option<u16> {
    LEXICON.get(k)
}

/// Whether a lower-case word is an English base form from the list
/// (inflections not included).
pub(crate) fn is_english_base(k: &str) -> bool {
    lexicon(k).is_some_and(|e| e & L_ENG_BASE != 0)
}

/// English words that are nonetheless mostly given names or surnames when
/// capitalized; they count as name words, not as ambiguous.
pub(crate) static NAME_DOMINANT: &[&str] = &[
    "john", "peter", "mike", "martin", "harry", "victor", "roger", "maria", "tom", "tony", "jimmy",
    "billy", "bobby", "bob", "nick", "matt", "josh", "rick", "rob", "terry", "jay", "dean", "dale",
    "earl", "hank", "homer", "hector", "jasper", "lee", "warren", "wade", "mason", "newton", "sally",
    "patty", "ken", "chad", "brad", "chuck", "dick", "don", "gene", "carol", "sue", "jack", "frank",
    "barney", "beau", "curt", "derrick", "dirk", "emery", "ester", "herb", "kitty", "lance", "marina",
    "max", "mickey", "miles", "noel", "randy", "ray", "rod", "sherry", "sonny", "tad", "troy", "waldo",
    "colleen", "heather", "hazel", "iris", "ivy", "holly", "ruby", "pearl", "crystal", "amber",
    "jasmine", "rosemary", "melody", "eve", "phoebe", "penny", "sandy", "wendy", "shirley", "betty",
    "smith", "miller", "baker", "cook", "carpenter", "turner", "walker", "parker", "hunter", "carter",
    "cooper", "fisher", "butler", "porter", "fuller", "potter", "ward", "wright", "mayer", "meyer",
    "fletcher", "chandler", "spencer", "sawyer", "thatcher", "archer", "bishop", "knight", "marshall",
    "harper", "tanner", "taylor", "gardner", "gardener", "weaver", "palmer", "foster", "webster",
    "wheeler", "brewer", "barber", "dyer", "fowler", "glover", "hooper", "mercer", "mayo", "hardy",
    "ford", "jennings", "watts", "hicks", "rogers", "peters", "banks", "burns", "ellis", "wells",
    "norris", "morris", "hayes", "hughes", "holmes", "myers", "sanders", "sims", "jacobs", "reeves",
    "nichols", "collins", "perkins", "hopkins", "simmons", "willis", "harris", "davis", "lewis",
];

/// Titles before a name, in English and in the letters of other countries
/// ("Dra. Beatriz da Silva", "Dott. Matteo De Luca", "Uzm. Dr.") and the
/// police's ("Det. Jack Nguyen", "Const. Raj Tremblay", "Sgt Okonkwo").
pub(crate) static TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "mister", "dra", "dott", "dottssa", "uzm", "det",
    "const", "sra", "srta", "mme", "mlle", "herr", "frau",
    // the police's ranks ("Constable Pham", "Cst. Harris", "Sgt Okonkwo")
    "constable", "cst", "sgt", "sergeant", "insp", "inspector", "cpl", "corporal",
    // an officer's or a deputy's, with the period only and before no
    // English word ("Ofc. Wu", "Dep. Chen"; not "Ofc. Visit", "Dep Provera",
    // "Dep. Head": see `names`)
    "ofc", "dep",

    // clergy ("pastor Rev. Chase Moody"; not "Fr": a catheter's French
    // gauge, "16 Fr Foley")
    "rev", "revd", "reverend",
];

/// Where the run of letters (any script) and '-' ending at `e` starts ('\''
/// too when `apostrophe`): the word before a possessive's "'s", a verb or
/// a phone number. None when no such character ends at `e`.
pub(crate) fn word_start_before(text: &str, e: usize, apostrophe: bool) -> Option<usize> {
    text[..e].char_indices().rev().take_while(|&(_, c)| c.is_alphabetic() || c == '-' || apostrophe && c == '\'').last().map(|(i, _)| i)
}

/// Where the word starting at `s` ends: letters (any script), an
/// apostrophe or a hyphen between letters ("O'Neil", "Owusu-Ansah"). `s`
/// itself when no letter starts there.
pub(crate) fn word_end_after(text: &str, s: usize) -> usize {
    let mut e = s;
    for (i, c) in text[s..].char_indices() {
        if c.is_alphabetic() || (i > 0 && (c == '\'' || c == '-') && text[s + i + 1..].starts_with(char::is_alphabetic)) {
            e = s + i + c.len_utf8();
        } else {
            break;
        }
    }
    e
}

/// Whether a lower-case word is an English word, allowing regular
/// inflections of a listed base (the list omits them). Listed words answer
/// from their precomputed lexicon bit; only unlisted ones strip suffixes.
pub(crate) fn is_english(k: &str) -> bool {
    match lexicon(k) {
        Some(e) => e & C_ENG != 0,
        None => inflected_english(k, is_english_base) || profession(k),
    }
}

/// Whether a lower-case word names a clinical profession by its ending
/// ("rheumatologist", "paediatrician", "physiotherapist", "radiographer",
/// "orthodontist", "optometrist", "anaesthetist", "dietitian",
/// "nutritionist"), plural too: the list cannot hold every specialty, and
/// no name ends so.
fn profession(k: &str) -> bool {
    let k = k.strip_suffix('s').unwrap_or(k);
    k.len() >= 8
        && ["ologist", "iatrist", "ician", "itian", "therapist", "ographer", "dontist", "metrist", "thetist", "tionist"]
            .iter()
            .any(|s| k.ends_with(s))
}

/// The definition behind [`is_english`], given the test for a base form:
/// `k` is a base form, or "-ing", "-ed", "-es" or "-s" added to one (a base
/// of at least three letters; "-ed"/"-ing" may also replace a final "e").
fn inflected_english(k: &str, base: impl Fn(&str) -> bool) -> bool {
    if base(k) {
        return true;
    }
    for suf in ["ing", "ed", "es", "s"] {
        if k.len() >= suf.len() + 3 && k.ends_with(suf) && k.is_char_boundary(k.len() - suf.len()) {
            let b = &k[..k.len() - suf.len()];
            if base(b) {
                return true;
            }
            if (suf == "ed" || suf == "ing") && b.len() < 40 {
                let mut tmp = [0u8; 41];
                tmp[..b.len()].copy_from_slice(b.as_bytes());
                tmp[b.len()] = b'e';
                if let Ok(s) = std::str::from_utf8(&tmp[..b.len() + 1]) {
                    if base(s) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

// Word classes: the bits of a [`lexicon`] entry (a recognizer may add
// its own above them: `names` has `C_INITIAL` 64 and `C_SHORTCAPS` 128).
pub(crate) const C_FIRST: u16 = 1;
pub(crate) const C_SUR: u16 = 2;
pub(crate) const C_ENG: u16 = 4;
pub(crate) const C_STOP: u16 = 8;
pub(crate) const C_DOMINANT: u16 = 16;
pub(crate) const C_TITLE: u16 = 32;
/// A relative or companion ("Son", "Escort"): a lower-case name may follow
/// (`lower_names::after_relative`). A lexicon bit only (the values packed
/// beside the keys have nine bits; the name scanner's own classes use 64
/// and 128).
pub(crate) const L_KIN: u16 = 0x80;
/// A month's name ("July"): a spelled day may follow
/// (`spelled_dates::after_month`).
pub(crate) const L_MONTH: u16 = 0x40;

// ---------------------------------------------------------------------------
// Case folding.

#[inline]
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// [`fold_into`] of `text[start..end]`. An ASCII word of at most 16 bytes
/// (nearly every word) is lower-cased from one 16-byte load of `text` and
/// copied as 16 bytes: no loop over its bytes and no copy of its length, so
/// no branch that depends on how long it is.
#[inline]
pub(crate) fn fold_at(text: &str, start: usize, end: usize, buf: &mut String) {
    let b = text.as_bytes();
    let n = end - start;
    if n <= 16 && start + 16 <= b.len() {
        let v = Lanes::load(b, start);
        if v.high().bits() & ((1 << n) - 1) == 0 {
            // the word's bytes lower-cased, zeros after it (so that all 16
            // bytes are ASCII)
            let bytes = v.to_lower().to_bytes();
            let keep = &WORD_PREFIX[16 - n..32 - n];
            let mut out = [0u8; 16];
            for i in 0..16 {
                out[i] = bytes[i] & keep[i];
            }
            if let Ok(s) = std::str::from_utf8(&out) {
                buf.clear();
                buf.push_str(s);
                buf.truncate(n);
                return;
            }
        }
    }
    fold_into(&text[start..end], buf);
}

/// Sixteen 0xff then sixteen zeros: `WORD_PREFIX[16 - n..32 - n]` keeps the
/// first `n` of sixteen bytes.
static WORD_PREFIX: [u8; 32] = {
    let mut t = [0u8; 32];
    let mut i = 0;
    while i < 16 {
        t[i] = 0xff;
        i += 1;
    }
    t
};

/// Lower-cases `w` into `buf`, folding common Latin accents to ASCII so that
/// "José" and "Núñez" find "jose" and "nunez".
pub(crate) fn fold_into(w: &str, buf: &mut String) {
    buf.clear();
    if w.len() <= CHECK_BYTES {
        fold_append(w, buf);
        return;
    }
    // a giant "word": folded a piece at a time (each character folds on
    // its own), with an interrupt check after each piece
    let mut from = 0;
    while from < w.len() {
        let mut to = (from + CHECK_BYTES).min(w.len());
        while !w.is_char_boundary(to) {
            to += 1;
        }
        fold_append(&w[from..to], buf);
        check();
        from = to;
    }
}

/// [`fold_into`] appending to `buf`.
fn fold_append(w: &str, buf: &mut String) {
    if w.is_ascii() {
        let from = buf.len();
        buf.push_str(w);
        buf[from..].make_ascii_lowercase();
        return;
    }
    for c in w.chars() {
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
            continue;
        }
        if c == '\u{2019}' {
            buf.push('\'');
            continue;
        }
        if is_combining(c) {
            continue;
        }
        for l in c.to_lowercase() {
            let f = match l {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
                'ç' | 'ć' | 'č' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
                'ñ' | 'ń' | 'ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
                'ý' | 'ÿ' => 'y',
                'š' | 'ś' => 's',
                'ž' | 'ź' | 'ż' => 'z',
                'ł' => 'l',
                'ř' => 'r',
                'ğ' => 'g',
                other => other,
            };
            buf.push(f);
        }
    }
}

// ---------------------------------------------------------------------------
// Places and dates.

/// USPS codes and names of the states, DC and the inhabited territories
/// (USPS Publication 28): the one list behind the state sets here and the
/// state suffix `redact` reads off an address.
pub(crate) const US_STATES: [(&str, &str); 56] = [
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("PR", "Puerto Rico"),
    ("GU", "Guam"),
    ("VI", "Virgin Islands"),
    ("AS", "American Samoa"),
    ("MP", "Northern Mariana Islands"),
];

static STATE_ABBR: Lazy<FxSet<&'static str>> = Lazy::new(|| US_STATES.iter().map(|&(a, _)| a).collect());

/// Lower-case state names, including the multi-word ones.
pub(crate) static STATE_NAMES: Lazy<FxSet<String>> =
    Lazy::new(|| US_STATES.iter().map(|(_, n)| n.to_ascii_lowercase()).collect());

/// First words of state names ("new" for New York, "rhode", "texas").
pub(crate) static STATE_FIRST_WORDS: Lazy<FxSet<String>> = Lazy::new(|| {
    STATE_NAMES.iter().filter_map(|n| n.split(' ').next().map(str::to_string)).collect()
});

/// US cities, lower-case.
pub(crate) static CITIES: Lazy<FxSet<&'static str>> = Lazy::new(|| {
    let mut s: FxSet<&'static str> = data_lines(include_str!("../../data/us_cities.txt")).collect();
    // common short forms of listed places
    s.insert("new york");
    s.insert("washington");
    s
});

/// Places outside the US (see `core/data/README.md`), written folded as
/// [`fold_into`] folds a word of the text (a test checks each line).
static WORLD_CITIES: Lazy<FxSet<&'static str>> = Lazy::new(|| data_lines(include_str!("../../data/world_cities.txt")).collect());

/// Countries' names (see `core/data/README.md`), folded as [`WORLD_CITIES`].
static COUNTRIES: Lazy<FxSet<&'static str>> = Lazy::new(|| data_lines(include_str!("../../data/countries.txt")).collect());

/// Whether a folded name ([`fold_into`]) is a country's.
pub(crate) fn is_country(folded: &str) -> bool {
    COUNTRIES.contains(folded)
}

/// Whether a folded name ([`fold_into`]) is a listed place outside the US
/// and no US state's name ("Georgia", "Victoria" is).
pub(crate) fn is_world_city(folded: &str) -> bool {
    WORLD_CITIES.contains(folded) && !STATE_NAMES.contains(folded)
}

/// Whether `s` is a state's USPS code (upper-case, as written).
pub(crate) fn is_state_abbr(s: &str) -> bool {
    STATE_ABBR.contains(s)
}

/// Whether a lower-case single word is a one-word state name.
pub(crate) fn is_state_name_word(s: &str) -> bool {
    STATE_NAMES.contains(s)
}

/// Whether a lower-case name is a listed US city.
pub(crate) fn is_city(lower: &str) -> bool {
    CITIES.contains(lower)
}

/// The month names, each in full and with its abbreviations (lower-case,
/// in month order): the one list behind the date parsers' month words and
/// the names recognizer's "June 17 is a date" rule.
pub(crate) const MONTHS: [(&str, &[&str]); 12] = [
    ("january", &["jan"]),
    ("february", &["feb"]),
    ("march", &["mar"]),
    ("april", &["apr"]),
    ("may", &[]),
    ("june", &["jun"]),
    ("july", &["jul"]),
    ("august", &["aug"]),
    ("september", &["sept", "sep"]),
    ("october", &["oct"]),
    ("november", &["nov"]),
    ("december", &["dec"]),
];

/// Whether `before` ends with one of `words` (any case), a whole word.
pub(crate) fn ends_with_word(before: &[u8], words: &[&[u8]]) -> bool {
    words.iter().any(|w| {
        before.len() >= w.len()
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
            && (before.len() == w.len() || !before[before.len() - w.len() - 1].is_ascii_alphanumeric())
    })
}

/// Whether the ASCII word `w` (any case) is a month's name, in full or
/// abbreviated ("September", "Sep", "jan").
pub(crate) fn is_month_word(w: &[u8]) -> bool {
    MONTHS.iter().any(|(full, abbr)| w.eq_ignore_ascii_case(full.as_bytes()) || abbr.iter().any(|a| w.eq_ignore_ascii_case(a.as_bytes())))
}

/// Whether a lower-case word is a month name in full.
pub(crate) fn is_full_month_name(k: &str) -> bool {
    MONTHS.iter().any(|&(full, _)| full == k)
}

#[cfg(test)]
mod data_tests {
    use super::*;

    #[test]
    fn a_profession_is_read_by_its_ending() {
        for w in ["rheumatologist", "paediatrician", "physiotherapists", "radiographer", "orthodontist", "optometrist", "anaesthetist", "dietitian", "nutritionist"] {
            assert!(profession(w), "{w}");
        }
        for w in ["kowalska", "christian", "dietrich", "iatrist", "sebastian"] {
            assert!(!profession(w), "{w}");
        }
    }

    /// The place lists are looked up with a word folded by [`fold_into`]:
    /// each line must be written folded (`build_world_cities.py` ports the
    /// fold; a difference would make the place unfindable).
    #[test]
    fn place_lists_are_written_folded() {
        let mut buf = String::new();
        for src in [include_str!("../../data/world_cities.txt"), include_str!("../../data/countries.txt")] {
            for l in data_lines(src) {
                fold_into(l, &mut buf);
                assert_eq!(buf, l, "{l:?} is not written folded");
            }
        }
        assert!(is_world_city("firenze") && is_world_city("sao paulo") && is_world_city("lodz"));
        assert!(is_country("mexico") && !is_world_city("mexico"));
    }
}
