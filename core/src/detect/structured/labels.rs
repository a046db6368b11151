//! Identifiers introduced by a label ("MRN: 00482913", "Member ID
//! XYZ123456789", "DEA # AB1234563", "VIN 1HGCM82633A004352"). The finding
//! covers the value only.

use super::checks;
use super::keywords::{Hit, Kw, Special};
use crate::detect::context::digits_end;
use crate::detect::interrupt::{memchr_checked, Ticker};
use crate::types::{Finding, PhiType};

/// How far after a label its value may start.
const MAX_GAP: usize = 28;
/// Longest value token accepted.
const MAX_VALUE: usize = 40;

pub(super) fn find(text: &str, hits: &[Hit], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut last_end = 0;
    let mut tick = Ticker::new(0);
    for h in hits {
        tick.at(h.start);
        let Kw::Label { kind, strong, special } = h.kw else { continue };
        if h.end < last_end {
            continue;
        }
        if let Special::National(nid) = special {
            // the number, if it passes its check, or has its exact shape
            // ("X0432290W" after "NIE"); else, after a strong name, the
            // ordinary reading (a mistyped number is still one)
            let vs = value_start(b, h.end);
            if let Some((vs, ve, k)) = vs.and_then(|s| super::national::read(b, s, nid)) {
                out.push(Finding::new(k, vs, ve, 0.95));
                last_end = ve;
                continue;
            }
            if let Some((vs, ve, k)) = vs.and_then(|s| super::national::read_shape(b, s, nid)) {
                out.push(Finding::new(k, vs, ve, 0.85));
                last_end = ve;
                continue;
            }
            if !strong {
                continue;
            }
        }
        if special == Special::Payer {
            if let Some((vs, ve)) = after_payer(b, h.end) {
                out.push(Finding::new(kind, vs, ve, 0.85));
                last_end = ve;
            }
            continue;
        }
        if special == Special::Postcode {
            if let Some((vs, ve)) = postcode_after(b, h.end) {
                out.push(Finding::new(kind, vs, ve, 0.85));
                last_end = ve;
            }
            continue;
        }
        let value = if matches!(special, Special::Plate | Special::PlateOnly) { plate_after(b, h.end) } else { None };
        // (a word that names a car's plate only by its shape: "car 2 DISP"
        // is a unit's number)
        if special == Special::PlateOnly {
            // (not a make and its model: "Car: BMW 320")
            let make = |(vs, ve): (usize, usize)| {
                let w = b[vs..ve].split(|&c| c == b' ' || c == b'-').next().unwrap_or(b"");
                VEHICLES.iter().any(|v| w.eq_ignore_ascii_case(v))
            };
            // (nor a car's kind in a crash's mechanism: "hit by car T12 FX")
            let hit = b[h.start.saturating_sub(8)..h.start].to_ascii_lowercase().ends_with(b"by ") || b[h.start.saturating_sub(8)..h.start].to_ascii_lowercase().ends_with(b"by a ");
            if let Some((vs, ve)) = value.filter(|&v| !make(v) && plate_groups(&b[v.0..v.1]) && !hit) {
                out.push(Finding::new(kind, vs, ve, 0.85));
                last_end = ve;
            }
            continue;
        }
        let value = if kind == PhiType::License && strong { licence_value(b, h.end).or_else(|| after_profession_code(b, &b[h.start..h.end], h.end)) } else { value };
        // a national number's groups after its strong name, when the
        // ordinary reading does not take them ("n° de sécurité sociale :
        // 2 24 11 10 725 001 09", "National ID (RUT) - 7.652.562-0")
        // (not a National Insurance number: it has no check digit, and one
        // outside its letters' rules is HMRC's example or a made-up one,
        // "NT 99 88 77 A")
        let nino = special == Special::National(super::national::Nid::Nino);
        let national = !nino && (matches!(special, Special::National(_)) || (strong && kind == PhiType::Ssn));
        let value = value.or_else(|| value_after(b, h.end, strong));
        let value = match value {
            // (a value too short to judge is its first group: "2" of "2 24
            // 11 10 725 001 09")
            None if national => value_start(b, h.end).and_then(|s| super::national::grouped(b, s).map(|e| (s, e))),
            Some((vs, ve)) if national && ve - vs < 4 => super::national::grouped(b, vs).map(|e| (vs, e)),
            v => v,
        };
        let Some((vs, ve)) = value else { continue };
        // (a CSR's number is a court reporter's certificate only where the
        // line names the reporter: an insurer's customer service rep has
        // one too, "spoke with CSR # 4471 at Aetna")
        if b.get(h.start..h.start + 3).is_some_and(|l| l.eq_ignore_ascii_case(b"csr")) && {
            let ls = memchr::memrchr(b'\n', &b[..h.start]).map_or(0, |p| p + 1);
            let line = b[ls..h.start].to_ascii_lowercase();
            memchr::memmem::find(&line, b"reporter").is_none() && memchr::memmem::find(&line, b"shorthand").is_none()
        } {
            continue;
        }
        // a member's certificate: "Cert" as a field's own label (at its
        // line's start, after two spaces, '/', '|', '(' or ','), its value
        // seven characters or more; not a death's, a lab's, a course's
        // ("Death cert # 2024-001234", "BLS cert # 12345", "Cert: 2024")
        if kind == PhiType::HealthPlan && b[h.start..h.end].len() >= 4 && b[h.start..h.start + 4].eq_ignore_ascii_case(b"cert") && !(field_label_at(b, h.start) && ve - vs >= 7) {
            continue;
        }
        // a hospital account record's "HAR" in capitals, or "har:", "har
        // #", "har -" ("har" is a Scandinavian "has": "Patienten har 1200
        // mg"), its value six characters or more
        // (and a financial number's "FIN", or "fin:", "fin -", "fin #":
        // not French "date de fin -", a passport's country "FIN", a
        // value with a lower-case letter, "FIN 72-hour rule")
        let acronym = |a: &[u8]| b[h.start..h.end].len() >= 3 && b[h.start..h.start + 3].eq_ignore_ascii_case(a);
        if (acronym(b"har") || acronym(b"fin")) && {
            let caps = b[h.start..h.start + 3].iter().all(u8::is_ascii_uppercase);
            let sep = b[h.start + 3..].iter().find(|&&c| c != b' ').is_some_and(|c| matches!(c, b':' | b'#' | b'-'));
            let ls = memchr::memrchr(b'\n', &b[..h.start]).map_or(0, |k| k + 1);
            let line = b[ls..h.start].to_ascii_lowercase();
            let foreign = b[h.start..h.start + 3].eq_ignore_ascii_case(b"fin")
                && (line.ends_with(b"de ") || memchr::memmem::find(&line, b"passport").is_some() || memchr::memmem::find(&line, b"nationality").is_some());
            !(caps || sep) || ve - vs < 6 || foreign || b[vs..ve].iter().any(u8::is_ascii_lowercase)
        } {
            continue;
        }
        // (New York Medicaid's "CIN" before ':', '#' or '-' and twelve
        // characters at most: not a company's identity number,
        // "CIN: L85110TN1979PLC008035", nor "(CIN) 4482019")
        if acronym(b"cin") && h.end - h.start == 3 && {
            let sep = b[h.end..].iter().find(|&&c| c != b' ').is_some_and(|c| matches!(c, b':' | b'#' | b'-'));
            !sep || ve - vs > 12 || !b[h.start..h.end].iter().all(u8::is_ascii_uppercase)
        } {
            continue;
        }
        // a value after "on file": not a year or a short number ("Member
        // ID on file 2024", "Policy on file 2024-2025", "on file 1234")
        if memchr::memmem::find(&b[h.end..vs], b"on file").is_some() && (ve - vs < 6 || year_in(&b[vs..ve])) {
            continue;
        }
        // a plan's group after the plan's number on its line only
        if special == Special::PlanGroup && !plan_before(b, h.start, out) {
            continue;
        }
        // "NMC reg. 31574": digits alone after "reg." are a clinician's
        // registration, not a car's
        let label = &b[h.start..h.end];
        // (nor eleven letters and digits or more in one run: no plate is
        // so long, "Reg MED5745787520" after a prescriber; an Irish plate's
        // groups are, "222-KY-26000")
        let reg_digits = special == Special::Plate
            && (label.eq_ignore_ascii_case(b"reg") || label.eq_ignore_ascii_case(b"reg."))
            && (b[vs..ve].iter().all(u8::is_ascii_digit) || ve - vs >= 11 && b[vs..ve].iter().all(u8::is_ascii_alphanumeric));
        let (mut kind, special) = if reg_digits { (PhiType::License, Special::None) } else { (kind, special) };
        // (a police officer's registration is no licence to practise:
        // "Reporting officer: PC D. Grant, reg no 133895")
        if kind == PhiType::License && label.len() >= 3 && label[..3].eq_ignore_ascii_case(b"reg") && crate::detect::officers::titled_before(b, h.start) {
            kind = PhiType::Id;
        }
        if kind == PhiType::Id && generic_id_label(&b[h.start..h.end]) {
            // "VAT ID", "Site ID": a company's or a trial site's
            let before = word_before_label(b, h.start);
            if [&b"vat"[..], b"site", b"swift", b"bic", b"protocol"].iter().any(|w| before.eq_ignore_ascii_case(w)) {
                continue;
            }
            kind = refine_generic_id(b, h.start, h.end);
        }
        if let Some(score) = judge(&b[vs..ve], kind, strong, special) {
            out.push(Finding::new(kind, vs, ve, score));
            last_end = ve;
        } else if kind == PhiType::HealthPlan
            && special == Special::None
            && b[vs].is_ascii_uppercase()
            && !b[vs..ve].iter().any(u8::is_ascii_digit)
            && b[h.start..h.end].len() >= 3
            && b[h.start..h.start + 3].eq_ignore_ascii_case(b"ins")
        {
            // an insurance's label ("Ins:", "Insurance", "Insurer"), then
            // its payer's name, then the member's number ("Ins: Northstar
            // Medicaid Plan YKX875412065", "Insurance: Aetna HP45089F"; not
            // after "Policy:", "Member:", "Cover:", "Medicaid: Yes")
            if let Some((ps, pe)) = after_payer(b, h.end) {
                out.push(Finding::new(kind, ps, pe, 0.85));
                last_end = pe;
            }
        }
    }
    parenthesized_ids(b, out);
}

/// Whether a label at `at` stands as a field's own: at its line's start,
/// after two spaces or a tab, or after '/', '|', '(' or ',' and a space.
fn field_label_at(b: &[u8], at: usize) -> bool {
    let mut q = at;
    while q > 0 && b[q - 1] == b' ' {
        q -= 1;
    }
    q == 0 || matches!(b[q - 1], b'\n' | b'\t' | b'/' | b'|' | b'(' | b',') || at - q >= 2
}

/// Labels of other numbers that follow a payer's name on its line.
const NOT_PAYER: &[&[u8]] = &[
    b"npi", b"tin", b"ein", b"tax", b"icd", b"cpt", b"hcpcs", b"drg", b"ndc", b"bin", b"rxbin", b"pcn", b"code", b"claim",
    b"auth", b"invoice", b"batch", b"run", b"check", b"cheque", b"appeal", b"visit", b"provider", b"units", b"total",
    b"revenue", b"fee", b"schedule", b"ref", b"reference", b"case", b"order", b"encounter", b"account", b"acct",
    // another record's, a person's, a thing's number ("Ins: Medicaid MRN
    // A1234567", "Insurance: Geico Auto Plate ABC1234", "Ins: Lantus
    // SoloStar Lot KT04512", "Insurance: Medicare Dr Smith NPI...")
    b"mrn", b"fin", b"har", b"plate", b"lot", b"referral", b"authorization", b"authorisation", b"prior", b"serial",
    b"device", b"passport", b"license", b"licence", b"drivers", b"driver", b"dx", b"pin", b"ext", b"level", b"routing",
    b"bank", b"accession", b"specimen", b"rx", b"trip", b"locker", b"badge", b"receipt", b"ticket", b"room", b"bed",
    b"job", b"employer", b"agency", b"dr", b"doctor", b"yes", b"no", b"vaccine", b"guideline", b"ahpra", b"gmc",
    b"form", b"application", b"pending", b"episode", b"unit", b"flight", b"barcode", b"certificate", b"worker",
];

/// Whether a number ends at `e`: no letter or digit glued on, and no '-',
/// '/' or '.' before a digit (more of the number).
fn number_ends(b: &[u8], e: usize) -> bool {
    b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric() && !(matches!(c, b'-' | b'/' | b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit)))
}

/// Whether a run of four digits in `v` is a year's, 19xx or 20xx ("2024Q1",
/// "TRIAL-2024", "2024-2025").
fn year_in(v: &[u8]) -> bool {
    v.split(|c| !c.is_ascii_digit()).any(|r| r.len() == 4 && matches!(&r[..2], b"19" | b"20"))
}

/// Whether `v`, after "group" alone, may be a plan's group number: five
/// digits or more, or four and a capital ("OZ8265"; not an age band's
/// "65-74"), no lower-case letter, no year ("2024Q1", "TRIAL-2024",
/// "2024-03") and no time range ("0900-1000").
fn plan_group(v: &[u8]) -> bool {
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let runs: Vec<&[u8]> = v.split(|c| !c.is_ascii_digit()).filter(|r| !r.is_empty()).collect();
    let year = year_in(v);
    let clock = |r: &[u8]| r.len() == 4 && r[0] <= b'2' && r[2] <= b'5';
    let times = runs.len() == 2 && runs.iter().all(|r| clock(r)) && v.contains(&b'-');
    let letters = v.iter().any(u8::is_ascii_uppercase);
    (digits >= 5 || letters && digits >= 4) && !v.iter().any(u8::is_ascii_lowercase) && !year && !times
}

/// Whether a plan's number (a health plan finding) ends on the line before
/// `at`, at most 24 bytes before it, with only blanks and a separator
/// ('/', '|', ',', ';') between.
fn plan_before(b: &[u8], at: usize, out: &[Finding]) -> bool {
    out.iter().rev().take(4).any(|f| {
        f.kind == PhiType::HealthPlan && f.end <= at && at - f.end <= 24 && b[f.end..at].iter().all(|c| matches!(c, b' ' | b'\t' | b'/' | b'|' | b',' | b';'))
    })
}

/// The member's number after a payer's label ending at `from` and the
/// payer's name, on the label's line: one to four capitalized words
/// ("Maple Shield Benefits", "BCBS of TX"), then letters and digits with
/// four digits or more, six characters or more, capitals among them and no
/// year ("KAT935091812", "W160250890"); nothing else ("Payer: Aetna",
/// "Payer: Aetna 800-555-1234" is its phone), nor after another number's
/// label ([`NOT_PAYER`]).
fn after_payer(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let n = b.len();
    let mut p = from;
    while p < n && p - from < 4 && matches!(b[p], b' ' | b':' | b'-' | b'=') {
        p += 1;
    }
    let mut words = 0;
    loop {
        let w = p;
        let mut e = w;
        while e < n && (b[e].is_ascii_alphabetic() || matches!(b[e], b'&' | b'\'' | b'.')) {
            e += 1;
        }
        let word = e > w && (b[w].is_ascii_uppercase() || matches!(&b[w..e], b"of" | b"and" | b"&"));
        if !word || words == 4 || e < n && !matches!(b[e], b' ' | b',') {
            break;
        }
        // (a label of another number after the payer: "Payer: Medicare NPI
        // 1234567893", "Payer: BCBS ICD Z00129", "Payer: Aetna Claim ...")
        if NOT_PAYER.iter().any(|x| b[w..e].eq_ignore_ascii_case(x)) {
            return None;
        }
        words += 1;
        p = e;
        while p < n && p - e < 3 && matches!(b[p], b' ' | b',' | b'#' | b':' | b'(' | b'-') {
            p += 1;
        }
        // (a form's next field after two spaces: "Granite State Mutual
        // Pol # EW87737594" is the policy's own label)
        if b[e..p].windows(2).any(|w| w == b"  ") {
            break;
        }
    }
    if words == 0 || p >= n || !b[p].is_ascii_alphanumeric() || b[p - 1] == b'\n' {
        return None;
    }
    let mut e = p;
    while e < n && e - p <= MAX_VALUE && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    let v = &b[p..e];
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let free = number_ends(b, e);
    // (capitals and digits: digits alone are an amount, a date, a routing
    // or a tax number as often, "Payer: Aetna 125000 deductible")
    let ok = digits >= 4 && digits < v.len() && v.len() >= 6 && v.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) && !year_in(v);
    (ok && free).then_some((p, e))
}

/// The postal code after a postal code's label ending at `from`, if the
/// value has one's shape and ends there: Canada's "K0F 4C6", Britain's
/// "CF82 8YE" / "SW1A 2AA" / "B67 4GX", the Netherlands' "5698 YX", and
/// three to seven digits, or two groups of them set apart by a space or a
/// dash ("0800", "510670", "756 85", "3000-012", "01-266", "12345-6789").
pub(super) fn postcode_after(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let s = value_start(b, from)?;
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let ends = |k: usize| (!at(k).is_ascii_alphanumeric()).then_some((s, k));
    let up = |k: usize| at(k).is_ascii_uppercase();
    let dig = |k: usize| at(k).is_ascii_digit();
    let digits = |k: usize| b[k.min(b.len())..].iter().take(8).take_while(|c| c.is_ascii_digit()).count();
    if up(s) {
        // Canada: letter, digit, letter, [space], digit, letter, digit
        if dig(s + 1) && up(s + 2) {
            let k = s + 3 + usize::from(at(s + 3) == b' ');
            if dig(k) && up(k + 1) && dig(k + 2) {
                return ends(k + 3);
            }
        }
        // Britain: one or two letters, a digit, maybe a digit or letter,
        // a space, a digit and two letters
        let l = if up(s + 1) { 2 } else { 1 };
        if !dig(s + l) {
            return None;
        }
        let mut k = s + l + 1;
        if dig(k) || up(k) {
            k += 1;
        }
        if at(k) == b' ' && dig(k + 1) && up(k + 2) && up(k + 3) {
            return ends(k + 4);
        }
        return None;
    }
    let n = digits(s);
    if n == 0 {
        return None;
    }
    let e = s + n;
    // two groups: "756 85", "3000-012", "01-266"
    if (2..=5).contains(&n) && matches!(at(e), b' ' | b'-') {
        let m = digits(e + 1);
        if (2..=4).contains(&m) {
            if let Some(r) = ends(e + 1 + m) {
                return Some(r);
            }
        }
    }
    // the Netherlands: four digits, [space], two capitals
    if n == 4 {
        let k = e + usize::from(at(e) == b' ');
        if up(k) && up(k + 1) {
            if let Some(r) = ends(k + 2) {
                return Some(r);
            }
        }
    }
    if (3..=7).contains(&n) {
        return ends(e);
    }
    None
}

/// A licence number written in parts joined by slashes, as registers
/// print them ("MDCN/R/01693", "320252/HCM-CCHN", "34/26175"), after a
/// strong licence label ending at `from`: two to four parts, four digits
/// or more in all, and not a date's numbers ("12/03/2024", "12/2020"). A
/// region glued to the label by a dash is skipped ("CRM-SP 664295").
fn licence_value(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let region = b.len() > from + 4
        && b[from] == b'-'
        && b[from + 1..from + 3].iter().all(u8::is_ascii_uppercase)
        && b[from + 3] == b' '
        && b[from + 4].is_ascii_digit();
    if region {
        return value_after(b, from + 3, true);
    }
    let s = value_start(b, from)?;
    let part = |p: usize| p + b[p..].iter().take(MAX_VALUE + 1).take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
    let mut e = part(s);
    let mut parts = 1;
    let mut all_digits = b[s..e].iter().all(u8::is_ascii_digit);
    while e + 1 < b.len() && b[e] == b'/' && b[e + 1].is_ascii_alphanumeric() && parts < 4 {
        let q = part(e + 1);
        all_digits &= b[e + 1..q].iter().all(u8::is_ascii_digit);
        e = q;
        parts += 1;
    }
    let digits = b[s..e].iter().filter(|c| c.is_ascii_digit()).count();
    // (nor a month and its year, "12/2020")
    let month_year = all_digits && parts == 2 && e - s <= 7 && b[e - 4..e].iter().all(u8::is_ascii_digit) && b[e - 5] == b'/';
    let ok = parts >= 2 && e - s <= MAX_VALUE && digits >= 4 && !(all_digits && parts == 3) && !month_year && b.get(e) != Some(&b'/');
    ok.then_some((s, e))
}

/// The number after a register's name and a profession's code in
/// capitals ("AHPRA PHY 986649", "CORU PH 296578", "NMBI PIN 734010"):
/// the digits alone, five to nine, ending there. Only after a register's
/// acronym written in capitals (`label`), not after a word ("driver PT
/// 123456").
fn after_profession_code(b: &[u8], label: &[u8], from: usize) -> Option<(usize, usize)> {
    if label.len() < 3 || label.len() > 5 || label.iter().filter(|c| c.is_ascii_uppercase()).count() < 3 || !label.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let s = value_start(b, from)?;
    let k = b[s..].iter().take(5).take_while(|c| c.is_ascii_uppercase()).count();
    if !(2..=4).contains(&k) || b.get(s + k) != Some(&b' ') {
        return None;
    }
    let d = s + k + 1;
    let n = b[d..].iter().take(10).take_while(|c| c.is_ascii_digit()).count();
    let e = d + n;
    let free = number_ends(b, e);
    ((5..=9).contains(&n) && free).then_some((d, e))
}

/// "ID", "ID #", "identifier": whose identifier depends on the words before.
fn generic_id_label(l: &[u8]) -> bool {
    l.len() >= 2 && l[..2].eq_ignore_ascii_case(b"id") || l.eq_ignore_ascii_case(b"identifier")
}

/// The word right before a label starting at `label` (letters only).
fn word_before_label(b: &[u8], label: usize) -> &[u8] {
    let mut q = label;
    while q > 0 && b[q - 1] == b' ' {
        q -= 1;
    }
    let mut w = q;
    while w > 0 && q - w < 14 && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    &b[w..q]
}

/// "CGM transmitter ID" is a device identifier, "Aetna PPO ID#" a health
/// plan number; other IDs stay `Id`.
fn refine_generic_id(b: &[u8], label: usize, label_end: usize) -> PhiType {
    const DEVICE: [&[u8]; 14] = [
        b"transmitter", b"pump", b"sensor", b"device", b"pacemaker", b"defibrillator", b"implant", b"monitor",
        b"generator", b"stimulator", b"receiver", b"reader", b"cgm", b"icd",
    ];
    const PLAN: [&[u8]; 14] = [
        b"insurance", b"ins", b"payer", b"payor", b"plan", b"medicaid", b"medicare", b"ppo", b"hmo", b"insurer",
        b"coverage", b"policy", b"member", b"subscriber",
    ];
    let before = word_before_label(b, label);
    if DEVICE.iter().any(|d| before.eq_ignore_ascii_case(d)) {
        return PhiType::Device;
    }
    // a photo identity document, or one the label says is a driving
    // licence: "Photo ID: W1393075", "Guardian ID (DL): M36458098"
    let r = &b[label_end..b.len().min(label_end + 5)];
    if before.eq_ignore_ascii_case(b"photo") || r.len() >= 5 && r[..5].eq_ignore_ascii_case(b" (dl)") {
        return PhiType::License;
    }
    // Insurance words earlier on the same line.
    let mut from = label.saturating_sub(48);
    if let Some(nl) = b[from..label].iter().rposition(|&c| c == b'\n') {
        from += nl + 1;
    }
    let window = &b[from..label];
    let has_word = |word: &[u8]| {
        window.windows(word.len()).enumerate().any(|(i, x)| {
            x.eq_ignore_ascii_case(word)
                && (i == 0 || !window[i - 1].is_ascii_alphabetic())
                && window.get(i + word.len()).is_none_or(|c| !c.is_ascii_alphabetic())
        })
    };
    if PLAN.iter().any(|p| has_word(p)) {
        return PhiType::HealthPlan;
    }
    PhiType::Id
}

/// "THORNTON, IMANI D (11965164)": an identifier in parentheses right after
/// a capitalised word (its letters ASCII or not) or an initial's point, as
/// EHR headers and notes print a patient's record number (an `mrn`; a
/// plan's number after "Member" in prose), or a phone number when it
/// dials a trunk prefix, or, in prose, has a North American number's
/// shape.
/// Makes of cars and kinds of vehicle, lower-case.
const VEHICLES: &[&[u8]] = &[
    b"nissan", b"toyota", b"honda", b"ford", b"chevy", b"chevrolet", b"kia", b"hyundai", b"subaru", b"mazda",
    b"volkswagen", b"vw", b"bmw", b"audi", b"mercedes", b"tesla", b"jeep", b"dodge", b"gmc", b"lexus", b"volvo",
    b"peugeot", b"renault", b"holden", b"skoda", b"fiat", b"mitsubishi", b"suzuki", b"buick", b"cadillac",
    b"chrysler", b"acura", b"infiniti", b"citroen", b"vauxhall", b"opel", b"dacia", b"saab", b"jaguar", b"porsche",
    b"rover",
];

/// Kinds of vehicle, lower-case: right before the bracket only ("his
/// truck (2HMN301)"; not "the car seat (EC135)").
const VEHICLE_KINDS: &[&[u8]] = &[
    b"car", b"truck", b"van", b"suv", b"vehicle", b"motorcycle", b"motorbike", b"scooter", b"pickup", b"sedan",
    b"hatchback", b"minivan", b"ute", b"wagon",
];

/// Whether a plate read where a car's make or kind, "rego" or "car" names
/// it has a plate's groups rather than a model's, a spine's or a code's:
/// one group starting with a digit ("2HMN301"), or two of three or more
/// characters, one all letters or all digits ("KW97 AUC", "KAJ-8800",
/// "238 SLU"), no scene's or unit's letters first; not "X5 M50", "XC90
/// T8", "T12 FX", "CBR600", "ETA 1500", "ICU 12A", "AHPRA rego MED12345".
fn plate_groups(v: &[u8]) -> bool {
    let mut groups = v.split(|&c| c == b' ' || c == b'-');
    let (Some(g1), g2) = (groups.next(), groups.next()) else { return false };
    match g2 {
        None => g1.first().is_some_and(u8::is_ascii_digit),
        Some(g2) => {
            let whole = |g: &[u8]| g.len() >= 3 && (g.iter().all(u8::is_ascii_uppercase) || g.iter().all(u8::is_ascii_digit));
            const NOT: &[&[u8]] = &[b"ICU", b"ETA", b"GCS", b"BAC", b"MVA", b"MVC", b"PTO", b"MY", b"ED", b"EMS", b"HR", b"BP"];
            g1.len() >= 3 && g2.len() >= 3 && (whole(g1) || whole(g2)) && !NOT.contains(&g1)
        }
    }
}

/// Whether a car's make is among the three words before the bracket at
/// `p` on its line (the make, its model, its year), or a vehicle's kind
/// right before it.
fn vehicle_before(b: &[u8], p: usize) -> bool {
    let from = p.saturating_sub(32);
    let from = b[from..p].iter().rposition(|&c| c == b'\n').map_or(from, |k| from + k + 1);
    let mut words = b[from..p].split(|c| !c.is_ascii_alphanumeric()).rev().filter(|w| !w.is_empty()).take(3).peekable();
    if words.peek().is_some_and(|w| VEHICLE_KINDS.iter().any(|v| w.eq_ignore_ascii_case(v))) {
        return true;
    }
    words.any(|w| VEHICLES.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

fn parenthesized_ids(b: &[u8], out: &mut Vec<Finding>) {
    let mut tick = Ticker::new(0);
    for p in memchr_checked(b'(', b) {
        tick.at(p);
        // right after a capitalised word: "Robert R (", "EVELYN (", "Do
        // Minh Bảo (", or an initial's point: "Emre K. (" (tested first:
        // most parentheses follow something else)
        let initial = p >= 4 && b[p - 2] == b'.' && b[p - 3].is_ascii_uppercase() && b[p - 4] == b' ';
        if p < 2 || b[p - 1] != b' ' || !(b[p - 2].is_ascii_alphabetic() || b[p - 2] >= 0x80 || initial) {
            continue;
        }
        let s = p + 1;
        // a car's plate in brackets after its make or its kind ("drove self
        // in a Nissan Altima (KW97 AUC)", "his truck (2HMN301)")
        if let Some(e) = plate_at(b, s).filter(|&e| b.get(e) == Some(&b')') && plate_groups(&b[s..e])) {
            if vehicle_before(b, p) {
                out.push(Finding::new(PhiType::Vehicle, s, e, 0.8));
                continue;
            }
        }
        // six digits or more and three letters at most: a digit or a dash is
        // among the first four bytes ("(see below)" is turned down here)
        let digit_soon = b[s.min(b.len())..b.len().min(s + 4)].iter().any(|&c| c.is_ascii_digit() || c == b'-');
        if !digit_soon {
            continue;
        }
        let mut e = s;
        while e < b.len() && e - s <= 15 && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
            e += 1;
        }
        if e >= b.len() || b[e] != b')' || !(6..=14).contains(&(e - s)) {
            continue;
        }
        let v = &b[s..e];
        let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = v.iter().filter(|c| c.is_ascii_alphabetic()).count();
        if digits < 6 || letters > 3 || !v[0].is_ascii_alphanumeric() || v[v.len() - 1] == b'-' {
            continue;
        }
        // Not a phone number "(555-123-4567)" or a date.
        let dashes = v.iter().filter(|&&c| c == b'-').count();
        if dashes == 2 && v.len() == 12 && v[3] == b'-' && v[7] == b'-' {
            continue;
        }
        if looks_like_iso_date(v) || looks_like_year_range(v) {
            continue;
        }
        // (the word's letters, ASCII or not: "Hüseyin", "Bảo")
        let mut w = if initial { p - 3 } else { p - 1 };
        while !initial && w > 0 && p - 1 - w < 30 && (b[w - 1].is_ascii_alphabetic() || b[w - 1] >= 0x80) {
            w -= 1;
        }
        let capital = std::str::from_utf8(&b[w..p - 1]).ok().and_then(|t| t.chars().next()).is_some_and(char::is_uppercase);
        if !capital {
            continue;
        }
        // "our driver Arjun (09779465089)": ten or eleven digits after a
        // trunk '0' are a mobile number, not a record's
        let trunk = v.len() == digits && (10..=11).contains(&digits) && v[0] == b'0' && v[1] != b'0';
        // (a record number in an EHR's header, "THORNTON, IMANI D
        // (11965164)"; after a name in prose, "Emre K. (30791730), a
        // first-year student", a number of some other kind)
        let header = (!initial && b[w..p - 1].iter().all(|c| !c.is_ascii_lowercase())) || line_has_comma_before(b, w);
        // (in prose, a North American number: "Nephew Aurelio Owusu
        // (9715550161)", "Son Aurelio (555-0100)")
        let nanp = v.len() == 10 && digits == 10 && v[0] >= b'2' && v[3] >= b'2';
        let local = v.len() == 8 && v[3] == b'-' && digits == 7 && v[0] >= b'2';
        let kind = if trunk || (!header && (nanp || local)) {
            PhiType::Phone
        } else {
            // ("Member: Roland Tulley (VCH109618526)": a plan's)
            // (and after a member's name in capitals, "Member: BJØRN
            // AASHEIM (LMU782160722)")
            match refine_generic_id(b, w, w) {
                PhiType::HealthPlan if !header || member_line(b, w) => PhiType::HealthPlan,
                _ => PhiType::Mrn,
            }
        };
        out.push(Finding::new(kind, s, e, 0.6));
    }
}

/// Whether the line holding `w` opens with a member's label ("Member:",
/// "Subscriber:", "Insured:", "Policyholder:").
fn member_line(b: &[u8], w: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &b[..w]).map_or(0, |k| k + 1);
    let line = &b[ls..w];
    [&b"member"[..], b"subscriber", b"insured", b"policyholder", b"policy holder"].iter().any(|l| {
        line.len() > l.len() && line[..l.len()].eq_ignore_ascii_case(l) && matches!(line[l.len()], b':' | b' ' | b'-') && line[l.len()..].iter().take(3).any(|&c| c == b':' || c == b'-')
    })
}

/// Whether a comma comes before `w` on its line, within 40 bytes
/// ("Thornton, Imani D (": a name written surname first).
fn line_has_comma_before(b: &[u8], w: usize) -> bool {
    b[w.saturating_sub(40)..w].iter().rev().take_while(|&&c| c != b'\n').any(|&c| c == b',')
}

/// The plate after a plate's label ending at `from` ([`plate_at`]).
fn plate_after(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut p = from;
    while p < b.len() && p - from < 8 && matches!(b[p], b' ' | b':' | b'#' | b'(' | b'-') {
        p += 1;
    }
    plate_at(b, p).map(|e| (p, e))
}

/// The end of a vehicle's registration plate at `s`: capitals and digits,
/// five to eight of them with a digit and a capital among them, in one
/// group ("NBX36Z", "8PP2TK") or two of two to four joined by a space or
/// a dash ("ML35 SEK", "562 FSS", "XH9 26P", "LLB-5598"); not run on into
/// more of a word or a number.
pub(super) fn plate_at(b: &[u8], s: usize) -> Option<usize> {
    let group = |p: usize| {
        let mut e = p;
        while e < b.len() && e - p < 9 && (b[e].is_ascii_uppercase() || b[e].is_ascii_digit()) {
            e += 1;
        }
        e
    };
    let e1 = group(s);
    let (g1, mut e) = (e1 - s, e1);
    let mut two = false;
    if (2..=4).contains(&g1) && matches!(b.get(e1), Some(b' ' | b'-')) {
        let e2 = group(e1 + 1);
        if (2..=4).contains(&(e2 - e1 - 1)) {
            e = e2;
            two = true;
        }
    }
    let chars = if two { e - s - 1 } else { e - s };
    let v = &b[s..e];
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    // letters and digits apart: three or four letters and three digits or
    // more, or two letters and four digits, not a year ("HYZ 569", "562
    // FSS", "SF 9056"; "GCS 15", "100 IU", "HR 110", "SUV 2019" are a
    // score, a dose, a vital sign, a model's year)
    let (first, second) = (&v[..g1.min(v.len())], if two { &v[g1 + 1..] } else { &v[..0] });
    let letters_of = |g: &[u8]| g.iter().all(u8::is_ascii_uppercase);
    let apart = two && letters_of(first) != letters_of(second) && (first.iter().all(u8::is_ascii_digit) || second.iter().all(u8::is_ascii_digit));
    if apart {
        let (word, number) = if letters_of(first) { (first, second) } else { (second, first) };
        let year = number.len() == 4 && matches!(&number[..2], b"19" | b"20");
        let sized = (3..=4).contains(&word.len()) && number.len() >= 3 || word.len() == 2 && number.len() == 4;
        if !sized || year {
            return None;
        }
    }
    let letters = v.iter().filter(|c| c.is_ascii_uppercase()).count();
    let free = b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric() && !(matches!(c, b'-' | b'/' | b'.') && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)));
    ((5..=8).contains(&chars) && digits >= 1 && letters >= 1 && free).then_some(e)
}

/// Score of `v` as the value of a label, or `None` if it is not one.
fn judge(v: &[u8], kind: PhiType, strong: bool, special: Special) -> Option<f32> {
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let compact: Vec<u8> = v.iter().copied().filter(|&c| c != b'-' && c != b' ').collect();
    match special {
        Special::Dea if compact.len() == 9 => {
            return Some(if checks::dea(&compact.to_ascii_uppercase()) { 0.97 } else { 0.85 });
        }
        Special::Npi if compact.len() == 10 && digits == 10 => {
            return Some(if checks::npi(&compact) { 0.97 } else { 0.8 });
        }
        Special::Npi if digits == compact.len() => return None, // NPIs are 10 digits
        Special::Vin if compact.len() == 17 => {
            let up = compact.to_ascii_uppercase();
            return Some(if checks::vin(&up) {
                0.97
            } else if checks::vin_shape(&up) {
                0.7
            } else {
                0.6
            });
        }
        Special::Imei if digits == compact.len() && (14..=17).contains(&digits) => {
            return Some(if digits == 15 && checks::luhn(&compact) { 0.97 } else { 0.8 });
        }
        Special::Mbi if compact.len() == 11 => {
            return Some(if checks::mbi(&compact.to_ascii_uppercase()) { 0.95 } else { 0.85 });
        }
        Special::Plate if v.len() >= 2 && digits >= 1 => return Some(0.85),
        Special::Registry if digits < 5 => return None,
        Special::Group if compact.len() < 5 && digits == compact.len() => return None,
        // (a bare "group" names a stage, a risk class, a cohort, a time as
        // often: "group T2N1M0", "group CKD3a", "group 2024Q1", "group
        // 0900-1000")
        Special::PlanGroup if !plan_group(v) => return None,
        Special::Pnr if v.len() == 6 && v.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) => return Some(0.85),
        _ => {}
    }
    if v.len() < 4 || digits == 0 {
        return None;
    }
    if strong {
        Some(0.9)
    } else if v.len() >= 5 && digits >= 3 {
        // "account", "id", "medicare" alone: a longer, digit-rich value.
        Some(if kind == PhiType::Id { 0.7 } else { 0.75 })
    } else {
        None
    }
}

/// Filler between a label and its value: "number", "no.", "is".
fn filler(b: &[u8], p: usize) -> usize {
    const WORDS: [&[u8]; 23] = [
        b"number", b"num", b"nbr", b"no", b"is", b"was", b"id", b"code", b"'s", "\u{2019}s".as_bytes(), b"license",
        b"licence", b"lic", "n\u{b0}".as_bytes(), "n\u{ba}".as_bytes(), b"nr", b"folio",
        // "kimlik numarası", "número", "nummer"
        "numaras\u{131}".as_bytes(), b"numarasi", "n\u{fa}mero".as_bytes(), b"nummer",
        // "Postcode there is NX13 3VV"
        b"there",
        // "subscriber ID on file T36056739"
        b"on file",
    ];
    for w in WORDS {
        let e = p + w.len();
        if e <= b.len()
            && b[p..e].eq_ignore_ascii_case(w)
            && (e == b.len() || !b[e].is_ascii_alphanumeric())
        {
            return w.len();
        }
    }
    0
}

/// The value token after a label ending at `from`: separators and filler
/// words skipped, then `[A-Za-z0-9][A-Za-z0-9-]*` (spaced groups of 4+
/// digits joined, as in card and account numbers).
fn value_after(b: &[u8], from: usize, strong: bool) -> Option<(usize, usize)> {
    let n = b.len();
    let s = value_start(b, from)?;
    let mut e = s;
    while e < n && e - s <= MAX_VALUE && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
        e += 1;
    }
    value_token(b, s, e, strong)
}

/// Where the value after a label ending at `from` starts: separators and
/// filler words skipped, at an ASCII letter or digit.
fn value_start(b: &[u8], from: usize) -> Option<usize> {
    let n = b.len();
    let mut limit = (from + MAX_GAP).min(n);
    let mut p = from;
    let mut newlines = 0;
    let mut padded = false;
    loop {
        while p < limit {
            match b[p] {
                // a form's padding before its colon ("MR#            : "):
                // one run of up to 64 spaces counts as one
                b' ' if !padded && b.get(p + 1) == Some(&b' ') => {
                    padded = true;
                    let r = b[p..n.min(p + 64)].iter().take_while(|&&c| c == b' ').count();
                    p += r;
                    limit = (limit + r - 1).min(n);
                }
                // a qualifier in brackets before the colon ("Unique Client
                // Identifier (UCI): 42814130", "A-Number (see card): "),
                // else the bracket is skipped as any separator is
                b'(' => match qualifier_end(b, p) {
                    Some(q) => {
                        limit = (limit + (q - p)).min(n);
                        p = q;
                    }
                    None => p += 1,
                },
                // ('|': a table's cell, "| MRN | 00482913 |")
                b' ' | b'\t' | b':' | b'#' | b'=' | b'-' | b'.' | b')' | b',' | b'\r' | b'|' => p += 1,
                // a full-width colon ("Patient ID：5989429")
                0xEF if b[p..].starts_with("：".as_bytes()) => p += 3,
                b'\n' if newlines == 0 => {
                    newlines += 1;
                    p += 1
                }
                _ => break,
            }
        }
        if p >= limit {
            return None;
        }
        let f = filler(b, p);
        if f == 0 {
            break;
        }
        p += f;
    }
    b[p].is_ascii_alphanumeric().then_some(p)
}

/// After a bracketed qualifier opening at `p` and closing, on its line,
/// within 48 bytes (one pair of brackets may sit inside: "(tax no.
/// (NIF))"), then a colon, or, when no digit is in the brackets, a
/// dash, a table's '|' or "is" (spaces between): where that mark is.
fn qualifier_end(b: &[u8], p: usize) -> Option<usize> {
    let end = b.len().min(p + 48);
    let mut depth = 0;
    let mut close = None;
    for (i, &c) in b[p + 1..end].iter().enumerate() {
        match c {
            b'\n' => return None,
            b'(' if depth == 1 => return None,
            b'(' => depth += 1,
            b')' if depth == 0 => {
                close = Some(p + 1 + i);
                break;
            }
            b')' => depth -= 1,
            _ => {}
        }
    }
    let mut k = close? + 1;
    while k < b.len() && b[k] == b' ' {
        k += 1;
    }
    if b.get(k) == Some(&b':') {
        return Some(k);
    }
    // (other marks only after words: "SSN (123-45-6789) - verified" has
    // its value in the brackets)
    let words = !b[p..close?].iter().any(u8::is_ascii_digit);
    let mark = b.get(k) == Some(&b'|') || (b.get(k) == Some(&b'-') && b.get(k + 1) == Some(&b' '));
    (words && (mark || (k > close? + 1 && filler(b, k) == 2 && b[k..].starts_with(b"is")))).then_some(k)
}

/// The value token `s..e` (letters, digits, dashes) after a strong or
/// weak label, extended over spaced digit groups, a letter prefix or a
/// long dotted number, unless it is a decimal, date, time, ratio, e-mail
/// or domain.
fn value_token(b: &[u8], s: usize, mut e: usize, strong: bool) -> Option<(usize, usize)> {
    let n = b.len();
    if e - s > MAX_VALUE {
        return None;
    }
    while e > s && b[e - 1] == b'-' {
        e -= 1;
    }
    // Spaced digit groups: "1234 5678 9012 3456" (4+ digits each), or
    // three or more groups of 3–4 digits: "931 571 573", or one or two
    // digits and groups of three: "53 101 421" (as French and Nordic
    // records print them).
    if (1..=2).contains(&(e - s)) && b[s..e].iter().all(u8::is_ascii_digit) {
        let (mut ends, mut lens) = ([0usize; 4], [0usize; 4]);
        let k = spaced_digit_groups(b, e, 3..=3, &mut ends, &mut lens);
        if k >= 2 {
            e = ends[k - 1];
        }
    } else if e - s >= 3 && e - s <= 6 && b[s..e].iter().all(u8::is_ascii_digit) {
        let mut ends = [0usize; 6];
        let mut lens = [0usize; 6];
        ends[0] = e;
        lens[0] = e - s;
        let k = 1 + spaced_digit_groups(b, e, 3..=6, &mut ends[1..], &mut lens[1..]);
        if lens[..k].iter().all(|&l| l >= 4) {
            e = ends[k - 1];
        } else if k >= 3 && lens[..k].iter().all(|&l| l <= 4) {
            e = ends[k - 1];
        }
    }
    // A letter prefix and spaced digit groups after a strong label:
    // "Member ID: NLV 9879 7499 82".
    if strong && (2..=4).contains(&(e - s)) && b[s..e].iter().all(u8::is_ascii_uppercase) {
        let (mut ends, mut lens) = ([0usize; 5], [0usize; 5]);
        let k = spaced_digit_groups(b, e, 2..=6, &mut ends, &mut lens);
        if k >= 2 {
            e = ends[k - 1];
        }
    }
    // "RPH.887538", "DN.6246300": a licence's letters, a dot, its number
    if (2..=4).contains(&(e - s)) && b[s..e].iter().all(u8::is_ascii_uppercase) && b.get(e) == Some(&b'.') {
        let mut q = e + 1;
        while q < n && q - e <= 12 && b[q].is_ascii_alphanumeric() {
            q += 1;
        }
        // (the number's length after the dot; at most one of it a letter)
        let len = q - e - 1;
        let digits = b[e + 1..q].iter().filter(|c| c.is_ascii_digit()).count();
        if len >= 4 && digits + 1 >= len && digits >= 3 && (q == n || b[q] != b'.') {
            e = q;
        }
    }
    // "33.418196": a dotted number is a value after a strong label when it
    // is long, never a decimal like "12.5".
    if strong && e < n && b[e] == b'.' && b[s..e].iter().all(u8::is_ascii_digit) {
        let q = digits_end(b, e + 1);
        if q - e - 1 >= 4 && q - s >= 7 && (q == n || !b[q].is_ascii_alphanumeric()) && !unit_after(b, q) {
            e = q;
        }
    }
    // Not a value when it continues as a decimal, date, time, ratio,
    // e-mail or domain.
    if e < n {
        let next = b[e];
        let after = b.get(e + 1).copied().unwrap_or(b' ');
        if matches!(next, b'.' | b'/' | b':' | b',') && after.is_ascii_digit() {
            return None;
        }
        if next == b'@' || (next == b'.' && after.is_ascii_alphabetic()) {
            return None;
        }
        if next == b'%' {
            return None;
        }
    }
    if looks_like_iso_date(&b[s..e]) {
        return None;
    }
    Some((s, e))
}

/// A dose or measurement unit right after a number.
fn unit_after(b: &[u8], e: usize) -> bool {
    let mut p = e;
    if b.get(p) == Some(&b' ') {
        p += 1;
    }
    const UNITS: [&[u8]; 9] = [b"mg", b"mcg", b"ml", b"units", b"kg", b"mmol", b"meq", b"g/", b"%"];
    UNITS.iter().any(|u| {
        b.len() >= p + u.len()
            && b[p..p + u.len()].eq_ignore_ascii_case(u)
            && b.get(p + u.len()).is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

fn looks_like_iso_date(v: &[u8]) -> bool {
    v.len() == 10
        && v[4] == b'-'
        && v[7] == b'-'
        && v.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The groups of digits that follow `from` one space apart (" 5678 9012"),
/// each of a length in `len` and not run on into a letter or digit, at most
/// `ends.len()` of them: their ends and lengths go to `ends` and `lens`;
/// returns how many.
pub(super) fn spaced_digit_groups(
    b: &[u8],
    from: usize,
    len: std::ops::RangeInclusive<usize>,
    ends: &mut [usize],
    lens: &mut [usize],
) -> usize {
    let n = b.len();
    let mut q = from;
    let mut k = 0;
    while k < ends.len() && q + 1 < n && b[q] == b' ' && b[q + 1].is_ascii_digit() {
        let g = q + 1;
        let r = digits_end(b, g);
        if (r < n && b[r].is_ascii_alphanumeric()) || !len.contains(&(r - g)) {
            break;
        }
        ends[k] = r;
        lens[k] = r - g;
        q = r;
        k += 1;
    }
    k
}

/// "2019-2023": a span of years (a history), not an identifier.
fn looks_like_year_range(v: &[u8]) -> bool {
    let year = |w: &[u8]| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20");
    v.len() == 9 && v[4] == b'-' && year(&v[..4]) && year(&v[5..]) && v[..4] <= v[5..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_ranges_are_not_identifiers() {
        assert!(looks_like_year_range(b"2019-2023"));
        assert!(looks_like_year_range(b"1998-1998"));
        assert!(!looks_like_year_range(b"2023-2019"));
        assert!(!looks_like_year_range(b"2019-20235"));
        assert!(!looks_like_year_range(b"4519-2023"));
        let mut out = Vec::new();
        crate::detect::structured::find("dimethyl fumarate 240 mg BID (2019-2023), relapse", &mut out);
        assert!(out.iter().all(|f| f.kind != PhiType::Mrn), "{out:?}");
        out.clear();
        crate::detect::structured::find("Pt: ROBERT JONES (20192023)", &mut out);
        assert!(out.iter().any(|f| f.kind == PhiType::Mrn), "{out:?}");
    }

    #[test]
    fn value_skips_separators_and_filler() {
        let t = b"Medicare number is 1EG4-TE5-MK73.";
        let (s, e) = value_after(t, 15, true).unwrap();
        assert_eq!(&t[s..e], b"1EG4-TE5-MK73");
        let t = b"MRN: 4829-113 ";
        let (s, e) = value_after(t, 3, true).unwrap();
        assert_eq!(&t[s..e], b"4829-113");
        let t = b"Card # 4111 1111 1111 1111 on file";
        let (s, e) = value_after(t, 4, true).unwrap();
        assert_eq!(&t[s..e], b"4111 1111 1111 1111");
    }

    #[test]
    fn value_with_a_letter_prefix_and_spaced_groups() {
        let t = b"Member ID: NLV 9879 7499 82\n";
        let (s, e) = value_after(t, 9, true).unwrap();
        assert_eq!(&t[s..e], b"NLV 9879 7499 82");
        // one group is not enough, and a weak label reads the prefix only
        let t = b"Member ID: NLV 9879 on file";
        let (s, e) = value_after(t, 9, true).unwrap();
        assert_eq!(&t[s..e], b"NLV");
        let t = b"ID NLV 9879 7499 82";
        let (s, e) = value_after(t, 2, false).unwrap();
        assert_eq!(&t[s..e], b"NLV");
    }

    #[test]
    fn value_rejects_decimals_and_dates() {
        assert!(value_after(b"ref 12.5 mg", 3, true).is_none());
        assert!(value_after(b"ID 2024-03-15", 2, true).is_none());
        assert!(value_after(b"ID 3/15/2021", 2, true).is_none());
    }

    #[test]
    fn postcodes_after_their_label() {
        fn pc(t: &str) -> Option<&str> {
            postcode_after(t.as_bytes(), 0).map(|(s, e)| &t[s..e])
        }
        assert_eq!(pc(": K0F 4C6\n"), Some("K0F 4C6"));
        assert_eq!(pc(": CF82 8YE "), Some("CF82 8YE"));
        assert_eq!(pc(" SW1A 2AA"), Some("SW1A 2AA"));
        assert_eq!(pc(" B67 4GX,"), Some("B67 4GX"));
        assert_eq!(pc(": 5698 YX Eindhoven"), Some("5698 YX"));
        assert_eq!(pc(": 756 85 / Uppsala"), Some("756 85"));
        assert_eq!(pc(" | 4700-841 |"), Some("4700-841"));
        assert_eq!(pc(": 0800\n"), Some("0800"));
        assert_eq!(pc(": 12345-6789"), Some("12345-6789"));
        assert_eq!(pc(" there is NX13 3VV."), Some("NX13 3VV"));
        // not a word, a number too short or too long, a code running on
        assert_eq!(pc(": pending"), None);
        assert_eq!(pc(" 2 weeks"), None);
        assert_eq!(pc(": 123456789012"), None);
        assert_eq!(pc(": CF82 8YEX"), None);
        assert_eq!(pc(": 10115ab"), None);
    }

    #[test]
    fn judge_rules() {
        assert_eq!(judge(b"AB1234563", PhiType::License, true, Special::Dea), Some(0.97));
        assert_eq!(judge(b"AB1234564", PhiType::License, true, Special::Dea), Some(0.85));
        assert_eq!(judge(b"1234567893", PhiType::License, true, Special::Npi), Some(0.97));
        assert_eq!(judge(b"1HGCM82633A004352", PhiType::Vehicle, true, Special::Vin), Some(0.97));
        assert_eq!(judge(b"1HGCM82643A004352", PhiType::Vehicle, true, Special::Vin), Some(0.7));
        assert_eq!(judge(b"pending", PhiType::Mrn, true, Special::None), None);
        assert_eq!(judge(b"123", PhiType::Mrn, true, Special::None), None);
        assert_eq!(judge(b"2019", PhiType::Account, false, Special::None), None);
        assert!(judge(b"00482913", PhiType::Account, false, Special::None).is_some());
        assert_eq!(judge(b"EZYFRT", PhiType::Id, true, Special::Pnr), Some(0.85));
        assert_eq!(judge(b"Friday", PhiType::Id, true, Special::Pnr), None);
        assert_eq!(judge(b"for", PhiType::Id, true, Special::Pnr), None);
    }
}
