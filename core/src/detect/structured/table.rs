//! Delimited exports kept as text (CSV, TSV, '|' or ';' separated): a
//! header row that names PHI columns ("MRN,Last Name,First Name,DOB")
//! types the cells below it, row by row, until the rows stop having the
//! header's shape. A cell is reported only when its content fits its
//! column (a name has letters, a date or number has digits, an age is over
//! 89), so a misread header costs little.
//!
//! Cheap by construction: only a line holding one of the keyword scan's
//! hits ("DOB", "MRN", "phone", "member ID" ...) can be a header, and it
//! must split into at least three cells, two of them PHI column names.

use super::keywords::Hit;
use crate::detect::interrupt::Ticker;
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.9;
/// Most cells a header is read for.
const MAX_COLS: usize = 48;

/// Column names that type their cells but, alone, do not make a table a
/// list of people: "Name" heads medication lists too, and "Date", "Start
/// date" or "Onset" any log. A header needs one other PHI column.
fn weak_column(k: &[u8]) -> bool {
    matches!(
        k,
        b"name" | b"first" | b"last" | b"middle" | b"mi" | b"subject" | b"physician" | b"attending" | b"reporter"
            | b"informant" | b"date" | b"startdate" | b"enddate" | b"stopdate" | b"onset" | b"onsetdate"
            | b"resolutiondate" | b"collectiondate" | b"collecteddate" | b"resultdate" | b"reportdate" | b"eventdate"
            | b"expirationdate" | b"servicedate" | b"dos" | b"visitdate" | b"encounterdate" | b"appointmentdate"
            | b"apptdate" | b"aeonset" | b"age" | b"city" | b"town" | b"county"
    )
}

/// The type of a column named `h` (its letters and digits, lower-cased:
/// "Date of Birth", "date_of_birth" and "DateOfBirth" are all
/// "dateofbirth") and whether it is a strong one (not [`weak_column`]);
/// `None` for a column that holds no PHI.
fn column(h: &[u8]) -> Option<(PhiType, bool)> {
    let mut k = [0u8; 32];
    let mut n = 0;
    for &c in h {
        if c.is_ascii_alphanumeric() {
            if n == k.len() {
                return None;
            }
            k[n] = c.to_ascii_lowercase();
            n += 1;
        }
    }
    column_type(&k[..n]).map(|t| (t, !weak_column(&k[..n])))
}

/// The type of a column by its folded name `k`.
fn column_type(k: &[u8]) -> Option<PhiType> {
    use PhiType as T;
    Some(match k {
        b"name" | b"patient" | b"patientname" | b"ptname" | b"fullname" | b"firstname" | b"fname" | b"givenname"
        | b"first" | b"lastname" | b"lname" | b"last" | b"surname" | b"familyname" | b"middlename" | b"mname"
        | b"middle" | b"mi" | b"maidenname" | b"mothersmaidenname" | b"guardian" | b"guardianname" | b"parentname"
        | b"mothername" | b"fathername" | b"contactname" | b"emergencycontact" | b"nokname" | b"nextofkin"
        | b"subscribername" | b"insuredname" | b"providername" | b"physician" | b"attending" | b"reporter"
        | b"vaccinator" | b"administeredby" | b"informant" | b"spousename" => T::Name,
        b"dob" | b"dateofbirth" | b"birthdate" | b"birthdt" | b"dod" | b"dateofdeath" | b"deathdate"
        | b"admitdate" | b"admissiondate" | b"dischargedate" | b"visitdate" | b"servicedate" | b"dos"
        | b"encounterdate" | b"onsetdate" | b"reportdate" | b"eventdate" | b"aeonset" | b"onset" | b"stopdate"
        | b"startdate" | b"enddate" | b"resolutiondate" | b"vaccinationdate" | b"admindate" | b"dateadministered"
        | b"administrationdate" | b"collectiondate" | b"collecteddate" | b"resultdate" | b"date" | b"appointmentdate"
        | b"apptdate" | b"injurydate" | b"dateofinjury" | b"dateofservice" | b"expirationdate" => T::Date,
        b"mrn" | b"medicalrecordnumber" | b"medrec" | b"medrecno" | b"mrno" | b"chartnumber" | b"chartno" => T::Mrn,
        b"ssn" | b"socialsecuritynumber" | b"socialsecurity" | b"ss" => T::Ssn,
        b"phone" | b"phonenumber" | b"telephone" | b"tel" | b"homephone" | b"cellphone" | b"cell" | b"mobile"
        | b"mobilephone" | b"workphone" | b"contactphone" | b"contactnumber" | b"guardianphone" | b"nokphone" => T::Phone,
        b"fax" | b"faxnumber" => T::Fax,
        b"email" | b"emailaddress" => T::Email,
        b"address" | b"streetaddress" | b"street" | b"address1" | b"address2" | b"addressline1" | b"addressline2"
        | b"addr" | b"homeaddress" | b"residence" | b"city" | b"town" | b"residencecity" | b"county" => T::Address,
        b"zip" | b"zipcode" | b"postalcode" | b"postcode" | b"zip5" => T::Zip,
        b"memberid" | b"membernumber" | b"subscriberid" | b"policynumber" | b"policyno" | b"insuranceid"
        | b"medicaidid" | b"medicareid" | b"mbi" | b"groupnumber" | b"planid" => T::HealthPlan,
        b"account" | b"accountnumber" | b"acct" | b"acctno" | b"billingaccount" => T::Account,
        b"npi" | b"dea" | b"licensenumber" | b"license" | b"driverslicense" | b"dl" => T::License,
        b"patientid" | b"ptid" | b"subjectid" | b"subject" | b"participantid" | b"caseid" | b"casenumber"
        | b"accession" | b"accessionnumber" | b"specimenid" | b"encounterid" | b"visitid" | b"claimnumber"
        | b"claimid" | b"registryid" | b"stateid" => T::Id,
        b"age" => T::Age,
        _ => return None,
    })
}

/// The delimiter of a header line: the most frequent of ',', '\t', '|'
/// and ';', if it occurs at least twice.
fn delimiter(line: &[u8]) -> Option<u8> {
    let count = |d: u8| line.iter().filter(|&&c| c == d).count();
    [b',', b'\t', b'|', b';'].into_iter().map(|d| (count(d), d)).filter(|&(n, _)| n >= 2).max_by_key(|&(n, _)| n).map(|(_, d)| d)
}

/// The cells of `s..e`, split on `d` (a cell in double quotes may hold
/// `d`), as (start, end) pairs with blanks and quotes trimmed; at most
/// `MAX_COLS`, `None` if there are more.
fn cells(b: &[u8], s: usize, e: usize, d: u8, out: &mut Vec<(usize, usize)>) -> bool {
    out.clear();
    let mut p = s;
    loop {
        let mut q = p;
        let mut quoted = false;
        while q < e && (quoted || b[q] != d) {
            if b[q] == b'"' {
                quoted = !quoted;
            }
            q += 1;
        }
        let (mut a, mut z) = (p, q);
        while a < z && matches!(b[a], b' ' | b'\t' | b'"') {
            a += 1;
        }
        while z > a && matches!(b[z - 1], b' ' | b'\t' | b'"' | b'\r') {
            z -= 1;
        }
        if out.len() == MAX_COLS {
            return false;
        }
        out.push((a, z));
        if q >= e {
            return true;
        }
        p = q + 1;
    }
}

/// Whether `v` fits a column of type `t`.
fn fits(v: &[u8], t: PhiType) -> bool {
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = v.iter().filter(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
    match t {
        PhiType::Name => letters >= 1 && digits == 0 && !matches!(v, b"N/A" | b"n/a" | b"NA" | b"UNK" | b"Unknown" | b"unknown" | b"NULL" | b"null"),
        PhiType::Address => letters >= 2 && !matches!(v, b"N/A" | b"n/a" | b"NULL" | b"null" | b"UNK" | b"Unknown"),
        PhiType::Email => v.contains(&b'@'),
        PhiType::Age => digits == v.len() && (2..=3).contains(&v.len()) && {
            let n = v.iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
            (90..=125).contains(&n)
        },
        PhiType::Date => digits >= 3,
        _ => digits >= 3,
    }
}

/// Appends the cells of every delimited table whose header names PHI
/// columns.
pub(super) fn find(text: &str, hits: &[Hit], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done_to = 0; // lines before this were read already
    let mut header = Vec::new();
    let mut row = Vec::new();
    let mut tick = Ticker::new(0);
    for h in hits {
        if h.start < done_to {
            continue;
        }
        tick.at(h.start);
        let ls = b[..h.start].iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
        let le = memchr::memchr(b'\n', &b[h.start..]).map_or(b.len(), |p| h.start + p);
        done_to = le + 1;
        let Some(d) = delimiter(&b[ls..le]) else { continue };
        if !cells(b, ls, le, d, &mut header) || header.len() < 3 {
            continue;
        }
        let cols: Vec<Option<(PhiType, bool)>> = header.iter().map(|&(a, z)| column(&b[a..z])).collect();
        if cols.iter().flatten().count() < 2 || !cols.iter().flatten().any(|&(_, strong)| strong) {
            continue;
        }
        let types: Vec<Option<PhiType>> = cols.iter().map(|c| c.map(|(t, _)| t)).collect();
        // the rows: lines with as many cells as the header
        let mut rs = le + 1;
        while rs < b.len() {
            tick.at(rs);
            let re = memchr::memchr(b'\n', &b[rs..]).map_or(b.len(), |p| rs + p);
            if !cells(b, rs, re, d, &mut row) || row.len() != header.len() {
                break;
            }
            for (&(a, z), t) in row.iter().zip(&types) {
                if let Some(t) = *t {
                    if a < z && fits(&b[a..z], t) {
                        out.push(Finding::new(t, a, z, SCORE));
                    }
                }
            }
            rs = re + 1;
        }
        done_to = done_to.max(rs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(PhiType, &str)> {
        let mut hits = Vec::new();
        super::super::keywords::scan_into(text, &mut hits);
        let mut out = Vec::new();
        find(text, &hits, &mut out);
        out.iter().map(|f| (f.kind, &text[f.start..f.end])).collect()
    }

    #[test]
    fn a_csv_export_by_its_header() {
        let t = "Registry export 2024-Q1\nMRN,Last Name,First Name,DOB,Sex,Vaccine,Dose,ZIP,Phone\n\
                 00482913,Okafor,Chidi,03/14/1951,M,Td,0.5,02720,508-555-0142\n\
                 \"00482914\",\"O'Neil, Jr.\",Maeve,1948-11-02,F,Flu,0.5,02721,\n\nTotal rows: 2\n";
        let f = found(t);
        for want in [
            (PhiType::Mrn, "00482913"),
            (PhiType::Name, "Okafor"),
            (PhiType::Name, "Chidi"),
            (PhiType::Date, "03/14/1951"),
            (PhiType::Zip, "02720"),
            (PhiType::Phone, "508-555-0142"),
            (PhiType::Mrn, "00482914"),
            (PhiType::Name, "O'Neil, Jr."),
            (PhiType::Date, "1948-11-02"),
        ] {
            assert!(f.contains(&want), "{want:?} not in {f:?}");
        }
        // sex, vaccine and dose columns are not PHI; the total line is not a row
        assert!(!f.iter().any(|(_, v)| matches!(*v, "M" | "F" | "Td" | "0.5" | "Flu" | "2")), "{f:?}");
    }

    #[test]
    fn tab_and_bar_separated_and_ages() {
        let t = "subject_id\tage\tonset_date\tsite\nS-0193-044\t93\t2024-02-30\t12\nS-0193-045\t71\t2024-03-01\t12\n";
        let f = found(t);
        assert!(f.contains(&(PhiType::Id, "S-0193-044")) && f.contains(&(PhiType::Age, "93")), "{f:?}");
        assert!(!f.contains(&(PhiType::Age, "71")), "{f:?}");
    }

    #[test]
    fn a_medication_list_is_not_a_list_of_people() {
        let t = "Name,Dose,Start Date,Stop Date\nLisinopril,10 mg,01/02/2024,03/04/2024\nMetformin,500 mg,01/02/2024,\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }

    #[test]
    fn prose_with_commas_is_not_a_header() {
        assert!(found("DOB 1/2/1950, phone 555-0100, lives alone, walks daily\nnext line, with, commas\n").is_empty());
        assert!(found("MRN, DOB\n123, 1/1/1950\n").is_empty(), "two cells are not a table");
    }
}
