//! Deterministic synthetic clinical notes with labelled PHI spans.
//!
//! Every note is built by a note-type template (SOAP progress note,
//! discharge summary, referral letter, ...) that expands sentence variants
//! containing `{KEY}` placeholders. A placeholder either emits a labelled
//! PHI value (the span covers the value only, never its label word: for
//! `MRN: 00482913` the span is `00482913`, for `Dr. Jane Doe, MD` it is
//! `Jane Doe`) or an unlabelled clinical "negative" (doses, vitals, lab
//! values, codes, times, eponyms, ages of 89 and under, ...).
//!
//! Conventions:
//! * a full street address (street, unit, city, state, ZIP, possibly over
//!   two lines) is ONE `address` span; a ZIP on its own with context is `zip`;
//! * ages are labelled (`age`) only when over 89, and the span is the number;
//! * every phone-shaped contact number of a person or facility is labelled
//!   (`phone`, or `fax` when introduced as a fax number);
//! * clinicians, patients and relatives are all labelled `name`;
//! * hospital and department names, drug names and eponyms are never labelled.
//!
//! Note `i` of `generate(seed, n)` depends only on `(seed, i)`, so corpora
//! of different sizes share their prefix.

mod templates;
pub mod vocab;

use crate::checks;
use phi_core::PhiType;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use vocab::*;

/// One labelled PHI value: `text[start..end]` (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub kind: PhiType,
    pub start: usize,
    pub end: usize,
}

/// A generated note, its template kind and its gold PHI spans (ascending,
/// non-overlapping).
#[derive(Clone, Debug)]
pub struct Note {
    pub text: String,
    pub spans: Vec<Span>,
    /// Which note template produced it ("soap", "discharge", ...).
    pub template: &'static str,
}

impl Note {
    pub fn value(&self, s: &Span) -> &str {
        &self.text[s.start..s.end]
    }
}

/// `n` notes from `seed`. Deterministic; note `i` depends only on
/// `(seed, i)`.
pub fn generate(seed: u64, n: usize) -> Vec<Note> {
    (0..n).map(|i| generate_one(seed, i as u64)).collect()
}

/// Note number `index` of the corpus for `seed`.
pub fn generate_one(seed: u64, index: u64) -> Note {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(index);
    let mut c = Ctx::new(rng);
    let template = templates::write_note(&mut c);
    let Ctx { text, spans, .. } = c;
    Note { text, spans, template }
}

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
const MON: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"];

impl Ymd {
    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn to_days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y } as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Ymd {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Ymd { y: (if m <= 2 { y + 1 } else { y }) as i32, m, d }
    }

    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.to_days() + n)
    }

    pub fn weekday(self) -> &'static str {
        WEEKDAYS[self.to_days().rem_euclid(7) as usize]
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Person {
    pub first: String,
    pub middle: Option<String>,
    pub last: String,
    pub female: bool,
}

/// Everything fixed for one note: the patient, the care team, the dates.
pub(crate) struct Persona {
    pub pt: Person,
    pub age: u32,
    pub dob: Ymd,
    pub visit: Ymd,
    pub attending: Person,
    pub attending_cred: &'static str,
    pub mrn: String,
}

/// Generation context: the RNG, the text being built, its spans and the
/// persona of the note.
pub(crate) struct Ctx {
    pub r: ChaCha8Rng,
    pub text: String,
    pub spans: Vec<Span>,
    pub p: Persona,
}

fn ordinal(d: u32) -> &'static str {
    match (d % 10, d % 100) {
        (1, n) if n != 11 => "st",
        (2, n) if n != 12 => "nd",
        (3, n) if n != 13 => "rd",
        _ => "th",
    }
}

impl Ctx {
    fn new(mut r: ChaCha8Rng) -> Ctx {
        let visit = Ymd { y: r.gen_range(2015..=2025), m: r.gen_range(1..=12), d: r.gen_range(1..=28) };
        // A quarter of patients are over 89 so that `age` spans are common.
        let age = if r.gen_bool(0.25) { r.gen_range(90..=104) } else { r.gen_range(0..=89) };
        let dob = visit.add_days(-(age as i64 * 365 + r.gen_range(0..365)));
        let pt = Self::person_with(&mut r);
        let attending = Self::person_with(&mut r);
        let attending_cred = *["MD", "DO", "MD", "NP", "PA-C", "MD, PhD", "MD, MPH", "DNP, APRN", "FNP-BC"]
            .choose(&mut r)
            .unwrap();
        let mrn = Self::mrn_value(&mut r);
        Ctx {
            r,
            text: String::with_capacity(2048),
            spans: Vec::new(),
            p: Persona { pt, age, dob, visit, attending, attending_cred, mrn },
        }
    }

    /// Re-draws the patient's age (and birth date) within `lo..=hi`, for
    /// note types tied to an age group (pediatrics, obstetrics).
    pub fn set_age(&mut self, lo: u32, hi: u32) {
        let age = self.r.gen_range(lo..=hi);
        self.p.age = age;
        self.p.dob = self.p.visit.add_days(-(age as i64 * 365 + self.r.gen_range(0..365)));
    }

    // ----- building blocks -------------------------------------------------

    pub fn raw(&mut self, s: &str) {
        self.text.push_str(s);
    }

    pub fn phi(&mut self, kind: PhiType, value: &str) {
        let start = self.text.len();
        self.text.push_str(value);
        self.spans.push(Span { kind, start, end: self.text.len() });
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.r.gen_bool(p)
    }

    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        *xs.choose(&mut self.r).unwrap()
    }

    pub fn range(&mut self, lo: u32, hi_incl: u32) -> u32 {
        self.r.gen_range(lo..=hi_incl)
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| (b'0' + self.r.gen_range(0..10u8)) as char).collect()
    }

    fn upper(&mut self, n: usize) -> String {
        const A: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ";
        (0..n).map(|_| A[self.r.gen_range(0..A.len())] as char).collect()
    }

    /// Expands a template: `{KEY}` placeholders, everything else literal.
    pub fn t(&mut self, tpl: &str) {
        let mut rest = tpl;
        while let Some(open) = rest.find('{') {
            self.raw(&rest[..open]);
            let close = rest[open..].find('}').expect("unclosed placeholder") + open;
            self.key(&rest[open + 1..close]);
            rest = &rest[close + 1..];
        }
        self.raw(rest);
    }

    /// Picks one template from `xs` and expands it.
    pub fn tp(&mut self, xs: &[&str]) {
        let s = self.pick(xs);
        self.t(s);
    }

    // ----- people ---------------------------------------------------------

    fn person_with(r: &mut ChaCha8Rng) -> Person {
        let female = r.gen_bool(0.5);
        let first = if female { FIRST_F.choose(r) } else { FIRST_M.choose(r) }.unwrap().to_string();
        let middle = if r.gen_bool(0.35) {
            let pool = if r.gen_bool(0.5) { FIRST_F } else { FIRST_M };
            Some(pool.choose(r).unwrap().to_string())
        } else {
            None
        };
        let last = if r.gen_bool(0.08) {
            format!("{}-{}", LAST.choose(r).unwrap(), LAST.choose(r).unwrap())
        } else if r.gen_bool(0.04) {
            LAST_PARTICLE.choose(r).unwrap().to_string()
        } else {
            LAST.choose(r).unwrap().to_string()
        };
        Person { first, middle, last, female }
    }

    pub fn new_person(&mut self) -> Person {
        Self::person_with(&mut self.r)
    }

    fn initial(s: &str) -> char {
        s.chars().next().unwrap()
    }

    /// A running-text form of a person's name: "Jane Doe", "Jane M. Doe",
    /// "Jane Marie Doe", "J. Doe".
    pub fn full_name(&mut self, p: &Person) -> String {
        let base = match (self.r.gen_range(0..10), &p.middle) {
            (0..=3, Some(m)) => format!("{} {}. {}", p.first, Self::initial(m), p.last),
            (4, Some(m)) => format!("{} {} {}", p.first, m, p.last),
            (5, _) => format!("{}. {}", Self::initial(&p.first), p.last),
            _ => format!("{} {}", p.first, p.last),
        };
        if !p.female && self.chance(0.04) {
            let suf = self.pick(&[" Jr.", " Jr", " Sr.", " III", " II"]);
            format!("{base}{suf}")
        } else {
            base
        }
    }

    /// A header/list form: "DOE, JANE", "Doe, Jane M", "Doe, Jane".
    pub fn header_name(&mut self, p: &Person) -> String {
        let mi = p.middle.as_ref().map(|m| Self::initial(m));
        match self.r.gen_range(0..6) {
            0 | 1 => {
                let mut s = format!("{}, {}", p.last.to_uppercase(), p.first.to_uppercase());
                if let (Some(m), true) = (mi, self.r.gen_bool(0.5)) {
                    s.push(' ');
                    s.extend(m.to_uppercase());
                }
                s
            }
            2 | 3 => match mi {
                Some(m) => format!("{}, {} {}", p.last, p.first, m),
                None => format!("{}, {}", p.last, p.first),
            },
            4 => format!("{} {}", p.first.to_uppercase(), p.last.to_uppercase()),
            _ => format!("{} {}", p.first, p.last),
        }
    }

    fn title_for(&mut self, p: &Person) -> &'static str {
        if p.female {
            self.pick(&["Ms.", "Mrs.", "Ms", "Miss", "Mrs"])
        } else {
            self.pick(&["Mr.", "Mr"])
        }
    }

    /// Mentions the patient in a running-text form, with the title outside
    /// the span ("Mr. [Okafor]").
    pub fn patient_mention(&mut self) {
        let p = self.p.pt.clone();
        match self.r.gen_range(0..10) {
            0..=3 => {
                let t = self.title_for(&p);
                self.raw(t);
                self.raw(" ");
                self.phi(PhiType::Name, &p.last);
            }
            4..=6 => {
                let n = self.full_name(&p);
                self.phi(PhiType::Name, &n);
            }
            _ => self.phi(PhiType::Name, &p.first),
        }
    }

    /// A clinician reference with title or credentials outside the span.
    pub fn clinician(&mut self, p: &Person, cred: &str) {
        match self.r.gen_range(0..8) {
            0 | 1 => {
                let t = self.pick_str(&["Dr. ", "Dr ", "Dr. "]);
                self.raw(t);
                let n = format!("{} {}", p.first, p.last);
                self.phi(PhiType::Name, &n);
            }
            2 => {
                let t = self.pick_str(&["Dr. ", "Dr ", "Dr.", "DR. "]);
                self.raw(t);
                self.phi(PhiType::Name, &p.last.clone());
            }
            3 => {
                self.raw("Dr. ");
                let n = self.full_name(p);
                self.phi(PhiType::Name, &n);
                self.raw(", ");
                self.raw(cred);
            }
            _ => {
                let n = self.full_name(p);
                self.phi(PhiType::Name, &n);
                self.raw(", ");
                self.raw(cred);
            }
        }
    }

    fn pick_str(&mut self, xs: &[&'static str]) -> &'static str {
        *xs.choose(&mut self.r).unwrap()
    }

    fn random_cred(&mut self) -> &'static str {
        self.pick(&[
            "MD", "DO", "NP", "PA-C", "RN", "MD", "MD, FACC", "MD, FACS", "RN, BSN", "LPN",
            "LCSW", "PharmD", "PT, DPT", "OTR/L", "CNM", "CRNA", "MSW", "RD, LD", "APRN", "MD",
        ])
    }

    /// A relative: "her daughter [Maria]" / "his wife, [Ana Lopez]".
    pub fn relative(&mut self) {
        let mut p = self.new_person();
        let rel = if p.female { self.pick(RELATIONS_F) } else { self.pick(RELATIONS_M) };
        // Relatives often share the surname.
        if self.chance(0.4) {
            p.last = self.p.pt.last.clone();
        }
        let pos = if self.p.pt.female { "her" } else { "his" };
        let name = match self.r.gen_range(0..3) {
            0 => p.first.clone(),
            _ => format!("{} {}", p.first, p.last),
        };
        match self.r.gen_range(0..4) {
            0 => {
                self.raw(&format!("{pos} {rel}, "));
                self.phi(PhiType::Name, &name);
                self.raw(",");
            }
            1 => {
                self.raw(&format!("{pos} {rel} ("));
                self.phi(PhiType::Name, &name);
                self.raw(")");
            }
            2 => {
                self.raw(&format!("{pos} {rel} "));
                self.phi(PhiType::Name, &name);
            }
            _ => {
                self.phi(PhiType::Name, &name);
                self.raw(&format!(" ({rel})"));
            }
        }
    }

    // ----- dates ------------------------------------------------------------

    /// A date string in one of many formats.
    pub fn date_str(&mut self, d: Ymd, allow_no_year: bool) -> String {
        let yy = d.y % 100;
        let k = self.r.gen_range(0..if allow_no_year { 24 } else { 20 });
        match k {
            0..=3 => format!("{}/{}/{}", d.m, d.d, d.y),
            4..=5 => format!("{:02}/{:02}/{}", d.m, d.d, d.y),
            6 => format!("{}/{}/{:02}", d.m, d.d, yy),
            7 => format!("{:02}/{:02}/{:02}", d.m, d.d, yy),
            8..=9 => format!("{}-{:02}-{:02}", d.y, d.m, d.d),
            10..=11 => format!("{} {}, {}", MONTHS[d.m as usize - 1], d.d, d.y),
            12 => format!("{} {}, {}", MON[d.m as usize - 1], d.d, d.y),
            13 => format!("{} {} {}", d.d, MON[d.m as usize - 1], d.y),
            14 => format!("{:02}-{}-{}", d.d, MON[d.m as usize - 1], d.y),
            15 => format!("{} {} {}", d.d, MONTHS[d.m as usize - 1], d.y),
            16 => format!("{}-{}-{}", d.m, d.d, d.y),
            17 => format!("{}. {}, {}", MON[d.m as usize - 1], d.d, d.y),
            18 => format!("{}/{:02}/{:02}", d.y, d.m, d.d),
            19 => format!("{} {}{}, {}", MONTHS[d.m as usize - 1], d.d, ordinal(d.d), d.y),
            20 => format!("{} {}", MONTHS[d.m as usize - 1], d.d),
            21 => format!("{} {}", MON[d.m as usize - 1], d.d),
            22 => format!("{}/{}", d.m, d.d),
            _ => format!("{} {}{}", MONTHS[d.m as usize - 1], d.d, ordinal(d.d)),
        }
    }

    /// A labelled date within `before` days before .. `after` days after the
    /// visit.
    pub fn date_near(&mut self, before: i64, after: i64, allow_no_year: bool) {
        let off = self.r.gen_range(-before..=after);
        let d = self.p.visit.add_days(off);
        let s = self.date_str(d, allow_no_year);
        self.phi(PhiType::Date, &s);
    }

    pub fn visit_date(&mut self) {
        let d = self.p.visit;
        let s = self.date_str(d, false);
        self.phi(PhiType::Date, &s);
    }

    pub fn dob(&mut self) {
        let d = self.p.dob;
        let s = self.date_str(d, false);
        self.phi(PhiType::Date, &s);
    }

    // ----- ages --------------------------------------------------------------

    /// Adjectival age of the patient ("92-year-old"), labelled when > 89.
    pub fn age_adj(&mut self, age: u32) {
        let form = self.pick(&["{}-year-old", "{} year old", "{} y/o", "{}yo", "{} yo", "{}-yo", "{} y.o.", "{}-year-old", "{} YO"]);
        self.age_form(age, form);
    }

    /// Nominal age ("aged 94", "age 94", "94 years old").
    pub fn age_noun(&mut self, age: u32) {
        let form = self.pick(&["aged {}", "age {}", "{} years old", "{} years of age", "{} yrs old", "age: {}", "{} years"]);
        self.age_form(age, form);
    }

    pub(crate) fn age_form(&mut self, age: u32, form: &str) {
        if age > 89 && form.contains("year") && self.chance(0.04) {
            // Spelled-out age, e.g. "ninety-two-year-old".
            const UNITS: [&str; 10] = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
            let w = if age >= 100 {
                "one hundred".to_string()
            } else if age % 10 == 0 {
                "ninety".to_string()
            } else {
                format!("ninety-{}", UNITS[(age % 10) as usize])
            };
            let (pre, post) = form.split_once("{}").unwrap();
            self.raw(pre);
            self.phi(PhiType::Age, &w);
            self.raw(post);
            return;
        }
        let (pre, post) = form.split_once("{}").unwrap();
        self.raw(pre);
        let n = age.to_string();
        if age > 89 {
            self.phi(PhiType::Age, &n);
        } else {
            self.raw(&n);
        }
        self.raw(post);
    }

    // ----- contact ------------------------------------------------------------

    pub fn phone_value(&mut self) -> String {
        let a = format!("{}{}{}", self.range(2, 9), self.range(0, 8), self.range(0, 9));
        let e = format!("{}{}", self.range(2, 9), self.digits(2));
        let e = if self.chance(0.3) { "555".to_string() } else { e };
        let s = self.digits(4);
        match self.r.gen_range(0..14) {
            12 => format!("{a} {e} {s}"),
            13 => format!("{e}-{s}"),
            0..=3 => format!("({a}) {e}-{s}"),
            4..=6 => format!("{a}-{e}-{s}"),
            7 => format!("{a}.{e}.{s}"),
            8 => format!("+1 {a} {e} {s}"),
            9 => format!("1-{a}-{e}-{s}"),
            10 => format!("({a}){e}-{s}"),
            _ => format!("+1 ({a}) {e}-{s}"),
        }
    }

    pub fn phone(&mut self) {
        let v = self.phone_value();
        self.phi(PhiType::Phone, &v);
        if self.chance(0.08) {
            let x = self.range(100, 9999);
            self.raw(&format!(" ext. {x}"));
        }
    }

    pub fn fax(&mut self) {
        let v = self.phone_value();
        self.phi(PhiType::Fax, &v);
    }

    pub fn email_for(&mut self, p: &Person) {
        let f = ascii_fold(&p.first).to_lowercase().replace(['\'', ' ', '.'], "");
        let l = ascii_fold(&p.last).to_lowercase().replace(['\'', ' ', '.'], "");
        let n = self.range(1, 99);
        let local = match self.r.gen_range(0..7) {
            0 => format!("{f}.{l}"),
            1 => format!("{}{l}", &f[..1]),
            2 => format!("{f}{l}{n}"),
            3 => format!("{f}_{l}"),
            4 => format!("{l}.{f}{}", self.range(1950, 2010)),
            5 => format!("{f}{n}"),
            _ => format!("{}.{l}", &f[..1]),
        };
        let dom = self.pick(EMAIL_DOMAINS);
        let v = if self.chance(0.1) { format!("{}@{}", local.to_uppercase(), dom) } else { format!("{local}@{dom}") };
        self.phi(PhiType::Email, &v);
    }

    pub fn url(&mut self) {
        let host = self.pick(URL_HOSTS);
        let scheme = self.pick(&["https://", "https://", "http://", ""]);
        let host = if scheme.is_empty() && !host.starts_with("www.") { format!("www.{host}") } else { host.to_string() };
        let path = match self.r.gen_range(0..7) {
            0 => format!("/patient/{}", self.digits(6)),
            1 => format!("/records?id={}&view=summary", self.digits(8)),
            2 => format!("/s/{}", self.upper(8).to_lowercase()),
            3 => String::new(),
            4 => format!("/messages/{}/attachments", self.digits(5)),
            5 => format!("/u/{}", ascii_fold(&self.p.pt.first.clone()).to_lowercase()),
            _ => format!("/visit/{}-{}", self.upper(3).to_lowercase(), self.digits(4)),
        };
        let v = format!("{scheme}{host}{path}");
        self.phi(PhiType::Url, &v);
    }

    pub fn ip(&mut self) {
        let v = if self.chance(0.75) {
            let first = self.pick(&[10u32, 172, 192, 68, 73, 98, 104, 24, 203, 151, 185, 45]);
            format!("{}.{}.{}.{}", first, self.range(0, 255), self.range(0, 255), self.range(1, 254))
        } else {
            let g: Vec<String> = (0..4).map(|_| format!("{:x}", self.r.gen_range(0..0x10000u32))).collect();
            match self.r.gen_range(0..3) {
                0 => format!("2001:db8:{}:{}::{}", g[0], g[1], g[2]),
                1 => format!("2001:0db8:{}:{}:{}:{}:{:x}:{:x}", g[0], g[1], g[2], g[3], self.r.gen_range(0..0x10000u32), self.r.gen_range(0..0x10000u32)),
                _ => format!("fe80::{}:{}:{}", g[0], g[1], g[2]),
            }
        };
        self.phi(PhiType::IpAddress, &v);
    }

    // ----- geography -----------------------------------------------------------

    pub fn zip_value(&mut self) -> String {
        let z = format!("{:05}", self.range(1001, 99950));
        if self.chance(0.15) {
            format!("{z}-{}", self.digits(4))
        } else {
            z
        }
    }

    pub fn street(&mut self) -> String {
        let num = match self.r.gen_range(0..4) {
            0 => self.range(1, 99),
            1 => self.range(100, 999),
            2 => self.range(1000, 9999),
            _ => self.range(10000, 99999),
        };
        let dir = if self.chance(0.2) { format!("{} ", self.pick(&["N", "S", "E", "W", "N.", "SW", "NE", "North", "East"])) } else { String::new() };
        let name = self.pick(STREETS);
        let suf = self.pick(STREET_SUFFIX);
        let mut s = format!("{num} {dir}{name} {suf}");
        if self.chance(0.35) {
            let unit = match self.r.gen_range(0..6) {
                0 => format!("Apt {}{}", self.range(1, 40), self.pick(&["", "A", "B", "C"])),
                1 => format!("Apt. {}", self.range(1, 999)),
                2 => format!("Unit {}", self.range(1, 60)),
                3 => format!("Suite {}", self.range(100, 950)),
                4 => format!("#{}", self.range(1, 450)),
                _ => format!("Lot {}", self.range(1, 200)),
            };
            let sep = if self.chance(0.6) { ", " } else { " " };
            s = format!("{s}{sep}{unit}");
        }
        s
    }

    /// A full address as one `address` span.
    pub fn address(&mut self, multiline: bool) {
        let (city, st, state) = self.pick(CITIES);
        let st = if self.chance(0.12) { state } else { st };
        let zip = self.zip_value();
        let line1 = if self.chance(0.1) { format!("{} {}", self.pick(&["PO Box", "P.O. Box", "P.O. BOX", "Post Office Box"]), self.range(1, 99999)) } else { self.street() };
        let sep = if multiline { "\n" } else { ", " };
        let v = match self.r.gen_range(0..8) {
            0 => format!("{line1}{sep}{city}, {st}"),
            1 if !multiline => format!("{line1} {city} {st} {zip}"),
            2 => format!("{}{sep}{}, {} {zip}", line1.to_uppercase(), city.to_uppercase(), st.to_uppercase()),
            _ => format!("{line1}{sep}{city}, {st} {zip}"),
        };
        self.phi(PhiType::Address, &v);
    }

    pub fn street_only(&mut self) {
        let s = self.street();
        self.phi(PhiType::Address, &s);
    }

    // ----- identifiers -----------------------------------------------------

    fn mrn_value(r: &mut ChaCha8Rng) -> String {
        let d = |r: &mut ChaCha8Rng, n: usize| -> String { (0..n).map(|_| (b'0' + r.gen_range(0..10u8)) as char).collect() };
        match r.gen_range(0..8) {
            0..=2 => d(r, 8),
            3 => d(r, 7),
            4 => format!("{}{}", ["A", "M", "E", "H"][r.gen_range(0..4)], d(r, 7)),
            5 => format!("{}-{}-{}", d(r, 2), d(r, 3), d(r, 3)),
            6 => d(r, 10),
            _ => format!("MR{}", d(r, 6)),
        }
    }

    pub fn mrn(&mut self, fresh: bool) {
        let v = if fresh { Self::mrn_value(&mut self.r) } else { self.p.mrn.clone() };
        self.phi(PhiType::Mrn, &v);
    }

    pub fn mrn_labelled(&mut self) {
        let l = self.pick(&["MRN: ", "MRN ", "MRN#: ", "MR# ", "MR #: ", "Medical Record Number: ", "Med Rec #: ", "MRN:", "Medical record no. ", "Hospital #: ", "Chart #: "]);
        self.raw(l);
        self.mrn(false);
    }

    pub fn ssn_value(&mut self) -> (String, bool) {
        let mut area = self.range(1, 899);
        if area == 666 {
            area = 667;
        }
        let g = self.range(1, 99);
        let s = self.range(1, 9999);
        match self.r.gen_range(0..10) {
            0..=6 => (format!("{area:03}-{g:02}-{s:04}"), false),
            7 | 8 => (format!("{area:03} {g:02} {s:04}"), false),
            _ => (format!("{area:03}{g:02}{s:04}"), true),
        }
    }

    pub fn ssn_labelled(&mut self) {
        let (v, _bare) = self.ssn_value();
        let l = self.pick(&["SSN: ", "SSN ", "SSN#: ", "SS#: ", "Social Security Number: ", "Social Security #: ", "social security no. ", "SSN:", "Soc Sec No: "]);
        self.raw(l);
        self.phi(PhiType::Ssn, &v);
    }

    pub fn health_plan(&mut self) {
        let v = match self.r.gen_range(0..7) {
            0 => format!("{}{}", self.upper(3), self.digits(9)),
            1 => format!("W{}", self.digits(9)),
            2 => {
                // Medicare Beneficiary Identifier: C A AN N A AN N A A N N.
                const A: &[u8] = b"ACDEFGHJKMNPQRTUVWXY";
                let a = |c: &mut Ctx| A[c.r.gen_range(0..A.len())] as char;
                let an = |c: &mut Ctx| if c.r.gen_bool(0.5) { A[c.r.gen_range(0..A.len())] as char } else { (b'0' + c.r.gen_range(0..10u8)) as char };
                let n = |c: &mut Ctx| (b'0' + c.r.gen_range(0..10u8)) as char;
                let s: String = [
                    (b'1' + self.r.gen_range(0..9u8)) as char, a(self), an(self), n(self), a(self), an(self), n(self), a(self), a(self), n(self), n(self),
                ]
                .iter()
                .collect();
                if self.chance(0.5) { format!("{}-{}-{}", &s[0..4], &s[4..7], &s[7..11]) } else { s }
            }
            3 => format!("{}{}", self.digits(11), self.upper(1)),
            4 => format!("{}-{}", self.upper(2), self.digits(8)),
            5 => format!("{}{}{}", self.upper(1), self.digits(8), self.pick(&["01", "02", "00"])),
            _ => self.digits(12),
        };
        self.phi(PhiType::HealthPlan, &v);
    }

    pub fn health_plan_labelled(&mut self) {
        let l = self.pick(&[
            "Member ID: ", "Member ID ", "Member #: ", "Subscriber ID: ", "Insurance ID: ", "Policy #: ", "Policy number ",
            "Medicaid ID: ", "Medicare ID: ", "MBI: ", "Health plan beneficiary number: ", "Ins ID# ", "member number ", "ID#: ",
        ]);
        self.raw(l);
        self.health_plan();
    }

    pub fn account(&mut self) {
        let v = match self.r.gen_range(0..5) {
            0 => self.digits(10),
            1 => format!("{}-{}-{}", self.digits(4), self.digits(4), self.digits(2)),
            2 => format!("HAR{}", self.digits(9)),
            3 => format!("{}", self.range(1_000_000, 99_999_999)),
            _ => format!("AC-{}", self.digits(8)),
        };
        self.phi(PhiType::Account, &v);
    }

    pub fn account_labelled(&mut self) {
        let l = self.pick(&["Account #: ", "Acct #: ", "Acct: ", "Account No. ", "account number ", "billing account ", "Patient Account: ", "Guarantor acct ", "Acct No: ", "Account Number: "]);
        self.raw(l);
        self.account();
    }

    pub fn dea_value(&mut self, last: &str) -> String {
        let t = self.pick(&['A', 'B', 'F', 'G', 'M', 'P', 'R']);
        let init = ascii_fold(last).chars().find(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_uppercase()).unwrap_or('9');
        let mut six = [0u8; 6];
        for x in six.iter_mut() {
            *x = self.r.gen_range(0..10);
        }
        let c = checks::dea_check_digit(&six);
        let ds: String = six.iter().map(|d| (b'0' + d) as char).collect();
        format!("{t}{init}{ds}{c}")
    }

    pub fn npi_value(&mut self) -> String {
        let first9 = format!("{}{}", self.range(1, 2), self.digits(8));
        let c = checks::npi_check_digit(&first9);
        format!("{first9}{c}")
    }

    pub fn vin_value(&mut self) -> String {
        const ALPHA: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        let wmi = self.pick(&["1HG", "1FT", "2T1", "3VW", "5YJ", "JHM", "WBA", "1G1", "4T1", "KMH", "1C4", "JN1", "5NP", "WDD"]);
        let mut v = [0u8; 17];
        v[..3].copy_from_slice(wmi.as_bytes());
        for x in v.iter_mut().take(8).skip(3) {
            *x = ALPHA[self.r.gen_range(0..ALPHA.len())];
        }
        v[9] = b"ABCDEFGHJKLMNPRSTVWXY123456789"[self.r.gen_range(0..30)];
        v[10] = ALPHA[self.r.gen_range(0..23)];
        for x in v.iter_mut().skip(11) {
            *x = b'0' + self.r.gen_range(0..10u8);
        }
        v[8] = b'0';
        v[8] = checks::vin_check_char(&v).unwrap();
        String::from_utf8(v.to_vec()).unwrap()
    }

    pub fn plate_value(&mut self) -> String {
        match self.r.gen_range(0..5) {
            0 => format!("{}{}{}", self.range(1, 9), self.upper(3), self.digits(3)),
            1 => format!("{}-{}", self.upper(3), self.digits(4)),
            2 => format!("{} {}", self.upper(3), self.digits(3)),
            3 => format!("{}{}", self.digits(3), self.upper(3)),
            _ => format!("{}{}-{}{}", self.digits(1), self.upper(2), self.upper(1), self.digits(2)),
        }
    }

    pub fn device_serial(&mut self) -> String {
        match self.r.gen_range(0..5) {
            0 => format!("{}{}{}", self.upper(3), self.digits(6), self.upper(1)),
            1 => format!("{}-{}-{}", self.digits(4), self.digits(4), self.upper(2)),
            2 => format!("SN{}", self.digits(8)),
            3 => format!("{}{}", self.upper(2), self.digits(7)),
            _ => format!("{}{}{}", self.digits(2), self.upper(1), self.digits(6)),
        }
    }

    pub fn other_id(&mut self) {
        let (label, v) = match self.r.gen_range(0..9) {
            0 => ("Case #: ", format!("{}-{}", self.range(2015, 2025), self.digits(6))),
            1 => ("Patient ID: ", format!("P{}", self.digits(7))),
            2 => ("Patient ID ", self.digits(9)),
            3 => ("Encounter #: ", self.digits(10)),
            4 => ("Accession #: ", format!("{}{}-{}", self.upper(1), self.range(15, 25), self.digits(5))),
            5 => ("Claim #: ", format!("{}{}", self.upper(3), self.digits(10))),
            6 => ("Case number ", format!("{}{}", self.upper(2), self.digits(7))),
            7 => ("Referral ID: ", format!("REF-{}", self.digits(7))),
            _ => ("Study ID: ", format!("{}-{}", self.upper(3), self.digits(4))),
        };
        self.raw(label);
        // a hospital's "Patient ID" is its medical record number (the label
        // rules of the corpora written by others read it so)
        let kind = if label.starts_with("Patient ID") { PhiType::Mrn } else { PhiType::Id };
        self.phi(kind, &v);
    }
}

/// Strips diacritics from the Latin letters used in the vocabularies (for
/// e-mail local parts).
pub fn ascii_fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'ł' | 'Ł' => 'l',
            'ś' | 'š' => 's',
            'ř' => 'r',
            'ć' => 'c',
            'ş' => 's',
            'Á' => 'A',
            'Ó' => 'O',
            'Ö' => 'O',
            'Š' => 'S',
            'É' => 'E',
            c => c,
        })
        .filter(|c| c.is_ascii())
        .collect()
}
