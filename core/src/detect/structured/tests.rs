//! End-to-end tests of the structured recognizers: `find`, then the default
//! threshold (`DEFAULT_MIN_SCORE`) and overlap resolution, as `Detector::detect` applies them.

use super::find;
use crate::detect::resolve;
use crate::types::{Finding, PhiType};
use PhiType::*;

const MIN: f32 = crate::DEFAULT_MIN_SCORE;

fn detect(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    find(text, &mut out);
    for f in &out {
        assert!(f.start < f.end && f.end <= text.len(), "bad span {f:?}");
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!((0.0..=1.0).contains(&f.score));
    }
    out.retain(|f| f.score >= MIN);
    resolve(out)
}

fn spans(text: &str) -> Vec<(PhiType, &str)> {
    detect(text).into_iter().map(|f| (f.kind, &text[f.start..f.end])).collect()
}

/// Asserts that exactly `want` (kind, value) are found.
#[track_caller]
fn exact(text: &str, want: &[(PhiType, &str)]) {
    assert_eq!(spans(text), want, "in {text:?}");
}

#[track_caller]
fn has(text: &str, kind: PhiType, value: &str) {
    let s = spans(text);
    assert!(s.contains(&(kind, value)), "{kind:?} {value:?} not in {s:?} (text {text:?})");
}

#[track_caller]
fn none(text: &str) {
    let s = spans(text);
    assert!(s.is_empty(), "unexpected {s:?} in {text:?}");
}

#[track_caller]
fn score_of(text: &str, value: &str) -> f32 {
    let mut out = Vec::new();
    find(text, &mut out);
    out.iter()
        .filter(|f| &text[f.start..f.end] == value)
        .map(|f| f.score)
        .fold(f32::NAN, f32::max)
}

// ---------------------------------------------------------------- dates

#[test]
fn numeric_dates() {
    exact("DOB: 3/15/1985.", &[(Date, "3/15/1985")]);
    exact("seen 03-15-85 in clinic", &[(Date, "03-15-85")]);
    exact("on 3/15/85", &[(Date, "3/15/85")]);
    exact("Geburtsdatum 15.03.1985", &[(Date, "15.03.1985")]);
    exact("admitted 2024-03-15 for CP", &[(Date, "2024-03-15")]);
    // a month and its day right after "today" (or "today is")
    exact("Today is 5/21", &[(Date, "5/21")]);
    exact("Today is,5/21,and it's sunny", &[(Date, "5/21")]);
    exact("seen yesterday 3/4 in clinic", &[(Date, "3/4")]);
    // farther off, fractions and scores stay what they are
    none("Today GCS 3/15 on arrival. Today strength 5/5 bilaterally.");
    none("Yesterday she took 1/2 tab; ambulated today with 2/2 assist; today's 3/4 meals");
    exact("stamp 2024-03-15T10:30 ok", &[(Date, "2024-03-15T10:30")]);
    exact("at 2024-03-15 10:30, pt", &[(Date, "2024-03-15 10:30")]);
    exact("signed 3/15/2021 4:05 PM by", &[(Date, "3/15/2021 4:05 PM")]);
    exact("returned 25/12/2020", &[(Date, "25/12/2020")]);
    exact("since 03/2019", &[(Date, "03/2019")]);
}

#[test]
fn phones_written_without_spaces_after_a_phone_word() {
    has("Tel 01214960447\nMR# 54054169", Phone, "01214960447");
    has("Cell: 0491570006\nPatient ID", Phone, "0491570006");
    has("reach me on 07700900708, or my wife", Phone, "07700900708");
    has("transmission on March 14th; clinic line 4135550120.", Phone, "4135550120");
    has("questions 5055550134 or deviceclinic@example.com", Phone, "5055550134");
    has("msg 07700900708 pls", Phone, "07700900708");
    // an insurer's number under a pharmacy's or a dental office's label
    has("Cardholder ID BJ2629802  group 17569F", HealthPlan, "BJ2629802");
    has("Sub ID:DM1633182 | Acct:48751", HealthPlan, "DM1633182");
    has("BIRTH DT 04/13/1981 mbr K1961199303 DOS 12/31/2021", HealthPlan, "K1961199303");
    has("Cover: 2502417228 | Rx No.- 276307-74", HealthPlan, "2502417228");
    none("Ins: 10 units glargine qhs");
    // (a country's code without its '+': a phone all the same)
    has("left message 353871234567", Phone, "353871234567");
    // the same digits without a phone word are another number, or none
    has("Account 4135550110 balance", Account, "4135550110");
    none("sum 01214960447 counted");
}

#[test]
fn month_day_by_what_surrounds_it() {
    has("Electronically signed: X, RN 10/13 1227\n", Date, "10/13");
    has("Appointment - 8/20, 4:20 pm, clinic", Date, "8/20");
    has("Charge\n5/12   71046   Chest x-ray\n1/8   G0180   Home health", Date, "5/12");
    has("Charge\n5/12   71046   Chest x-ray\n1/8   G0180   Home health", Date, "1/8");
    has("Payment of $50.00 posted 6/26 from", Date, "6/26");
    has("card ending 4443 (declined 1/24).", Date, "1/24");
    has("device explanted 6/12 (battery ERI)", Date, "6/12");
    // fractions and scores stay what they are
    none("took 1/2 tab at 1/2 strength");
    none("strength 5/5 1200 steps walked");
    none("Pain 7/10 at rest");
}

#[test]
fn numeric_date_validation() {
    none("value 13/45/2020 noted");
    none("on 2/30/2021 hmm");
    none("2023-02-29 is not a day");
    has("2024-02-29 is a day", Date, "2024-02-29");
}

#[test]
fn written_dates() {
    exact("on March 15, 2021 the", &[(Date, "March 15, 2021")]);
    exact("seen 15 Mar 2021.", &[(Date, "15 Mar 2021")]);
    exact("seen Mar. 15th, 2021.", &[(Date, "Mar. 15th, 2021")]);
    exact("since March 2021", &[(Date, "March 2021")]);
    exact("follow up on March 15 with", &[(Date, "March 15")]);
    exact("the 15th of March", &[(Date, "15th of March")]);
    exact("drawn 15-Mar-2021 am", &[(Date, "15-Mar-2021")]);
    exact("drawn 15-MAR-21 am", &[(Date, "15-MAR-21")]);
    exact("Sept 3, 1999", &[(Date, "Sept 3, 1999")]);
    none("he may 2 tabs");
    none("March 32, 2021");
    // month and year or day joined by '-'
    exact("Onset: May-2021, worse since", &[(Date, "May-2021")]);
    exact("Today is Mar-21", &[(Date, "Mar-21")]);
    exact("Today is 21-May", &[(Date, "21-May")]);
    exact("on 05-Aug, then", &[(Date, "05-Aug")]);
    none("Jan-3 and Feb-123 and Dec-2021x and x-Mar-21 and 31-Feb");
    none("the may-2021 draft and 21-may");
    // a day glued to a month's capitals and a year
    exact("Date: 26FEB2025\nSector", &[(Date, "26FEB2025")]);
    none("lot 26FEB20251 and 31FEB2025 and 12Feb2025x and 5MAR");
}

#[test]
fn not_dates() {
    none("in 2019 he moved");
    none("at 10:30 and 3:45 PM");
    none("BP 120/80, HR 72, RR 16");
    none("take 1/2 tab daily, 2/3 of dose");
    none("version 1.2.3 and 10.2.15 build");
    none("WBC 7.2, Na 138, HbA1c 6.5%, INR 1.1");
    none("LOINC 2345-7; CPT 99213; ICD E11.9, I10, J45.909, Z79.4");
    none("NDC 0002-1433-80 and 12345-6789-01");
    // A month/day without a year stays below the default threshold.
    assert!(score_of("ratio 3/15 seen", "3/15") < MIN);
}

#[test]
fn ages_in_words() {
    exact("Pt is a ninety-seven-year-old woman.", &[(Age, "ninety-seven")]);
    exact("a one hundred and two-year-old man", &[(Age, "one hundred and two")]);
    exact("Pt, aged ninety-three, homebound", &[(Age, "ninety-three")]);
    exact("CALLER: I'm one hundred and one, so, you know.", &[(Age, "one hundred and one")]);
    exact("Traveller is one hundred and four years old; fit", &[(Age, "one hundred and four")]);
    // under 90, not an age, or no age context
    none("an eighty-nine-year-old man; ninety minutes; one hundred mg; turned ninety degrees");
    none("ninety percent of a hundred and twenty patients; she's ninety-two percent sure");
    none("aged ninety-four days of follow-up");
}

// ---------------------------------------------------------------- ages

#[test]
fn ages_over_89() {
    exact("a 92-year-old man", &[(Age, "92")]);
    exact("92 year old woman", &[(Age, "92")]);
    exact("patient aged 93 with", &[(Age, "93")]);
    exact("age: 95", &[(Age, "95")]);
    exact("Age 97.", &[(Age, "97")]);
    exact("95 y/o F", &[(Age, "95")]);
    exact("95 yo M", &[(Age, "95")]);
    exact("95yo M", &[(Age, "95")]);
    exact("a 101-year-old", &[(Age, "101")]);
}

#[test]
fn ages_in_phrases_labels_and_shorthand() {
    exact("NARR: 97YOM UNRESPONSIVE", &[(Age, "97")]);
    exact("|fall|ZHOU,MIN-JI 96F|transported", &[(Age, "96")]);
    exact("Great-grandmother lived to 97 with dementia.", &[(Age, "97")]);
    exact("CALLER: she just turned 103 last month.", &[(Age, "103")]);
    exact("Dad is 93 now and sharper than me", &[(Age, "93")]);
    exact("At 97, she is at high risk", &[(Age, "97")]);
    exact("4a. AGE (yrs): 94   5. DATE", &[(Age, "94")]);
    exact("Age at implant: 101\n", &[(Age, "101")]);
    exact("Her partner Leonard (95) was present.", &[(Age, "95")]);
    // temperatures, vitals and counts stay what they are
    none("Temp 99F oral");
    none("T 101F, HR 92");
    none("HR is 95 and regular");
    none("SpO2 at 92, she was placed on O2");
    none("Glucose (97) fasting");
    none("Page: 94");
    none("she turned 90 degrees to the left");
}

#[test]
fn ages_89_and_under_are_not_phi() {
    none("a 45-year-old man");
    none("89 year old woman");
    none("aged 67");
    none("Age: 89");
    none("72 yo M");
    none("HR 95 bpm");
    none("SpO2 98%");
}

// ---------------------------------------------------------------- phone / fax

#[test]
fn phones() {
    exact("call (555) 123-4567 now", &[(Phone, "(555) 123-4567")]);
    exact("555-123-4567", &[(Phone, "555-123-4567")]);
    exact("at 555.123.4567.", &[(Phone, "555.123.4567")]);
    exact("Tel 555 123 4567", &[(Phone, "555 123 4567")]);
    exact("+1 555 123 4567", &[(Phone, "+1 555 123 4567")]);
    exact("1-555-123-4567", &[(Phone, "1-555-123-4567")]);
    exact("+1 (555) 123-4567", &[(Phone, "+1 (555) 123-4567")]);
    exact("office 555-123-4567 ext. 123 or", &[(Phone, "555-123-4567 ext. 123")]);
    exact("office 555-123-4567 x123", &[(Phone, "555-123-4567 x123")]);
    exact("cell: 5551234567", &[(Phone, "5551234567")]);
    exact("+15551234567", &[(Phone, "+15551234567")]);
    // a country code without its '+', the number in dashed groups
    exact("my international one is 91-415-555-0132", &[(Phone, "91-415-555-0132")]);
    exact("44-20-7946-0958", &[(Phone, "44-20-7946-0958")]);
    none("steps 1-2-3-4, grades 12-34-56-78, codes 0-415-555-0132");
    none("titrate 250-500-750-1000 mg; 10-100-500-1000; 1-15-2024-0830; scan 15-03-2024-1030; 12-345-678-9012 mg");
}

#[test]
fn international_numbers_with_a_mobile_in_one_group() {
    exact("tel. +5511 972065109 today", &[(Phone, "+5511 972065109")]);
    exact("mobile +558194108-1404 ok", &[(Phone, "+558194108-1404")]);
    // a quoted contact's number in brackets, dialled from abroad
    exact("a contact saved as \"Mehwish\" (00923083676875) could", &[(Phone, "00923083676875")]);
    // a drug's code and a birth date's number are not dialled abroad
    assert!(!spans("NDC 0093-7146-56 dispensed").iter().any(|&(k, _)| k == Phone));
    assert!(!spans("6. 001008-9690").iter().any(|&(k, _)| k == Phone));
}

#[test]
fn a_day_and_month_with_their_points() {
    exact("Hospitalised from 03.12. to the 10th", &[(Date, "03.12.")]);
    has("On 26.08. the patient was mobilised", Date, "26.08.");
    // no date's word, a price, a version, a month past twelve
    none("dose 10.11. Then");
    none("paid from 12.50. on");
    none("from 03.13. to");
}

#[test]
fn bare_north_american_numbers_standing_alone() {
    exact("José (nephew, HCP) called back from 4173478756, wants a care", &[(Phone, "4173478756")]);
    exact("NOK/informant: (son) 9056702057, then", &[(Phone, "9056702057")]);
}

#[test]
fn phone_negatives() {
    none("value 5551234567 noted"); // bare 10 digits, the exchange starting 1
    // a product's code, a record's number, a prescriber's NPI (it passes
    // its check) are no phone
    none("NDC 5066900751; Lot# 4035841544");
    assert!(!spans("Claim 4035841544").iter().any(|&(k, _)| k == Phone));
    assert!(!spans("NPI 2166107401").iter().any(|&(k, _)| k == Phone));
    none("prescriber 2166107401 signed");
    none("(155) 123-4567"); // area code cannot start with 1
    none("for 12 weeks, 3 times daily, x3, q6h");
    assert!(score_of("5551234567", "5551234567") < MIN);
}

#[test]
fn fax_by_nearest_keyword() {
    exact("Fax: (555) 123-4568", &[(Fax, "(555) 123-4568")]);
    exact(
        "Phone: 555-123-4567, Fax: 555-123-4568",
        &[(Phone, "555-123-4567"), (Fax, "555-123-4568")],
    );
    exact("facsimile 555.123.4599", &[(Fax, "555.123.4599")]);
    exact("fax 5551234567", &[(Fax, "5551234567")]);
    // a signature's one-letter labels
    exact("Tel: 1-705-300-4672  f: 1-705-525-9897", &[(Phone, "1-705-300-4672"), (Fax, "1-705-525-9897")]);
    exact("o: 555-123-4567 / F: 555-123-4568", &[(Phone, "555-123-4567"), (Fax, "555-123-4568")]);
    // "F." is an initial more often than a label
    exact("Dr. F. Aquino at 937-840-1155", &[(Phone, "937-840-1155")]);
    // a fax column's numbers
    let t = "Facility  |  Fax  |  Contact  |  Status\nBayberry Transitional Care  |  508.767.7408  |  James  |  Bed offer\n";
    has(t, Fax, "508.767.7408");
    // however the phone readers score it, and under a column named for
    // whose fax it is
    let t = "Facility | Fax | Contact | Status\nBayberry Transitional Care | +1 973 994 0398 | Delroy A | Declined\n";
    has(t, Fax, "+1 973 994 0398");
    let t = "Rx# | Patient | DOB | Prescriber | Prescriber fax | Status\n880029 | GUPTA, HARPREET | March 26, 1919 | BAKER, LUIS | (517)265-1480 | faxed PA req\n";
    has(t, Fax, "(517)265-1480");
    has("New Rx 674111 faxed from (902)977-1132.", Fax, "(902)977-1132");
}

// ---------------------------------------------------------------- email / url / ip

#[test]
fn emails() {
    exact("mail john.smith+x@example.org.", &[(Email, "john.smith+x@example.org")]);
    exact("<a_b@mail.hosp.co.uk>", &[(Email, "a_b@mail.hosp.co.uk")]);
    none("ratio 1@2 and user@localhost");
    // an internationalized domain in its ASCII form
    exact("write to a@xn--d1acufc.xn--p1ai today", &[(Email, "a@xn--d1acufc.xn--p1ai")]);
}

#[test]
fn urls() {
    exact("see https://portal.example.org/p?id=12.", &[(Url, "https://portal.example.org/p?id=12")]);
    exact("(http://x.example.com/a_(b))", &[(Url, "http://x.example.com/a_(b)")]);
    exact("ftp://files.example.net/x", &[(Url, "ftp://files.example.net/x")]);
    exact("visit www.example.com, then", &[(Url, "www.example.com")]);
    exact("portal.example.org/patient/123;", &[(Url, "portal.example.org/patient/123")]);
    none("0.5 mg/kg and b.i.d/prn, mg/dL, and/or");
    // a site without scheme or path: a generic top-level domain, or a
    // country's after a second-level name
    exact("my domains: microsoft.com google.co.il", &[(Url, "microsoft.com"), (Url, "google.co.il")]);
    exact("Order from Amazon.com.", &[(Url, "Amazon.com")]);
    // words run together over a missing space, a country's domain alone,
    // a file name, a decimal, an e-mail's domain
    none("seen.me and ok.co then pt.us; report.pdf, 2.5.com, fever.Com");
    none("clinic.health HOME.CARE IV.SITE I.V.site pt.edu PT.COM home.health FSBG q.ac.hs ortho.clinic");
    none("e.g. i.e. a.m. p.m. Dr.Smith St.Mary vs.");
    exact("mail me at jo@clinic.org", &[(Email, "jo@clinic.org")]);
    // a host of one word names no site, unless a path, a port or a user
    // part follows
    none("http://microsoft and http://ehr.");
    exact("ftp://anonymous@ftp.example.com/pub", &[(Url, "ftp://anonymous@ftp.example.com/pub")]);
    exact("see http://ehr_host today", &[(Url, "http://ehr_host")]);
    exact("see http://ehr/patients/4471 now", &[(Url, "http://ehr/patients/4471")]);
    exact("http://localhost:8080/x", &[(Url, "http://localhost:8080/x")]);
    // An e-mail's domain is not a URL.
    exact("jane@example.com", &[(Email, "jane@example.com")]);
}

#[test]
fn ipv4() {
    exact("from IP 192.168.1.10.", &[(IpAddress, "192.168.1.10")]);
    exact("host 10.0.0.254 down", &[(IpAddress, "10.0.0.254")]);
    none("octets 256.1.1.1 bad");
    none("version 10.2.3.4 released");
    none("v1.2.3.4");
    none("1.2.3.4.5");
    // a prefix length belongs to the address; one out of range does not,
    // and leaves the address
    exact("Subnet: 192.168.1.0/24.", &[(IpAddress, "192.168.1.0/24")]);
    exact("route 10.0.0.0/8 via", &[(IpAddress, "10.0.0.0/8")]);
    exact("ratio 10.0.0.0/123", &[(IpAddress, "10.0.0.0")]);
    none("1.2.3.4/8/9");
    // the unspecified address with its prefix; alone it is as weak as any
    // address of small numbers ("Reflexes 0.0.0.0")
    exact("0.0.0.0/0", &[(IpAddress, "0.0.0.0/0")]);
    none("Reflexes 0.0.0.0 and 0.0.0.1 and 0.1.2.3");
    none("1.2.3.4/24abc and 10.0.0.0/123x");
}

#[test]
fn ipv6() {
    exact("addr fe80::1 up", &[(IpAddress, "fe80::1")]);
    exact("2001:db8:85a3::8a2e:370:7334.", &[(IpAddress, "2001:db8:85a3::8a2e:370:7334")]);
    none("at 10:30:15 and 12:00");
    none("Plan: add: bed: cafe");
    // compressed forms, a zone, a prefix length
    exact("connecting from ::1", &[(IpAddress, "::1")]);
    exact("link fe80::1%eth0 up", &[(IpAddress, "fe80::1%eth0")]);
    exact("block 2001:db8::/32.", &[(IpAddress, "2001:db8::/32")]);
    exact("::1/128", &[(IpAddress, "::1/128")]);
    // the unspecified address, as a prefix, named, or given as a value
    exact("::/0 and ::/128", &[(IpAddress, "::/0"), (IpAddress, "::/128")]);
    exact("Use local ipv6 ::", &[(IpAddress, "::")]);
    exact("src=:: dst=::1", &[(IpAddress, "::"), (IpAddress, "::1")]);
    // elsewhere two colons are punctuation
    none("Plan :: follow up :: done; ::x, Dx ::/");
}

#[test]
fn mac_addresses() {
    exact("My MAC address is 00:1A:2B:3C:4D:5E", &[(Device, "00:1A:2B:3C:4D:5E")]);
    exact("hw aa-bb-cc-dd-ee-0f.", &[(Device, "aa-bb-cc-dd-ee-0f")]);
    exact("MACs: 00:11:22:33:44:55 and AA-BB-C3-DD-EE-FF", &[(Device, "00:11:22:33:44:55"), (Device, "AA-BB-C3-DD-EE-FF")]);
    exact("Physical Address. . . : 3C-52-82-0A-1B-FE", &[(Device, "3C-52-82-0A-1B-FE")]);
    // a '-' MAC without a digit, from the '-' pass
    exact("The hardware address is AA-BB-CC-DD-EE-FF", &[(Device, "AA-BB-CC-DD-EE-FF")]);
    // Cisco's dotted form, holding a hex letter
    exact("Cisco MAC: 0012.3456.789A", &[(Device, "0012.3456.789A")]);
    exact("Physical address is aabb.ccdd.eeff.", &[(Device, "aabb.ccdd.eeff")]);
    // a digit in the last pair only: the '-' pass reads it
    exact("mac AA-BB-CC-DD-EE-F0", &[(Device, "AA-BB-CC-DD-EE-F0")]);
    none("ref 1234.5678.9012 and 0012.3456.789A.1 and x0012.3456.789a and abcd.efgh.abcd");
    // broadcast and all-zero name no device
    none("Broadcast: FF:FF:FF:FF:FF:FF, invalid 00:00:00:00:00:00");
    // twelve decimal digits in dashed pairs are some other number; pairs
    // that run on are not an address
    none("code 12-34-56-78-90-12 on file");
    none("00:1A:2B:3C:4D:5E:6F and 00:1A:2B:3C:4D and 100:1A:2B:3C:4D:5E");
    none("ab-cd-ef-ab-cd-efg and x00-11-22-33-44-aa");
    // mixed separators
    none("00:1A-2B:3C:4D:5E");
}

// ---------------------------------------------------------------- ssn

#[test]
fn ssns() {
    exact("SSN 123-45-6789", &[(Ssn, "123-45-6789")]);
    exact("id 123-45-6789 on file", &[(Ssn, "123-45-6789")]);
    exact("SS# 123 45 6789", &[(Ssn, "123 45 6789")]);
    exact("social security number 123456789", &[(Ssn, "123456789")]);
    assert!(score_of("SSN: 123-45-6789", "123-45-6789") >= 0.95);
    assert!(score_of("x 123-45-6789", "123-45-6789") >= 0.85);
    assert!(score_of("x 123456789 y", "123456789") < MIN);
    // written with dots, with the SSA's ranges; mixed separators are not
    exact("078.05.1123", &[(Ssn, "078.05.1123")]);
    none("000.05.1123 and 693-09.4444");
    none("version 123.45.6789; Build 100.12.1234 released");
}

#[test]
fn invalid_ssns() {
    none("000-12-3456");
    none("666-12-3456");
    none("912-12-3456");
    none("123-00-4567");
    none("123-45-0000");
    none("SSN 900123456");
}

#[test]
fn itins_in_the_ssn_layout() {
    exact("ITIN 911-70-1234 on the W-7", &[(Ssn, "911-70-1234")]);
    exact("taxpayer 978-94-0001.", &[(Ssn, "978-94-0001")]);
    // groups no ITIN uses
    none("seen 911-89-1234 and 999-93-1234 and 950-12-3456 and 911-70-0000");
}

// ---------------------------------------------------------------- labelled ids

#[test]
fn mrns() {
    exact("MRN: 00482913", &[(Mrn, "00482913")]);
    exact("MRN 4829-113", &[(Mrn, "4829-113")]);
    exact("MR# A1234567", &[(Mrn, "A1234567")]);
    exact("Medical Record Number: 55-10293", &[(Mrn, "55-10293")]);
    exact("Med Rec # 7781234", &[(Mrn, "7781234")]);
    exact("chart # 123456", &[(Mrn, "123456")]);
    exact("record no. 998877", &[(Mrn, "998877")]);
    none("MRN: pending");
    none("record of 12 visits");
}

#[test]
fn health_plans() {
    exact("Member ID: XYZ123456789", &[(HealthPlan, "XYZ123456789")]);
    exact("Subscriber ID W123456789", &[(HealthPlan, "W123456789")]);
    exact("Policy # 88-1234567", &[(HealthPlan, "88-1234567")]);
    exact("Group number 4400123", &[(HealthPlan, "4400123")]);
    exact("Medicare number is 1EG4-TE5-MK73.", &[(HealthPlan, "1EG4-TE5-MK73")]);
    exact("Medicaid ID: NY12345678", &[(HealthPlan, "NY12345678")]);
    // MBI without context, moderate score.
    exact("card shows 1EG4-TE5-MK73", &[(HealthPlan, "1EG4-TE5-MK73")]);
    exact("mbi 1eg4-te5-mk73", &[(HealthPlan, "1eg4-te5-mk73")]);
    exact("card shows 1EG4TE5MK73", &[(HealthPlan, "1EG4TE5MK73")]);
    none("Group B strep, group 3");
}

#[test]
fn accounts_and_cards() {
    exact("Account # 0012345678", &[(Account, "0012345678")]);
    exact("Acct No. 55-88123", &[(Account, "55-88123")]);
    exact("billing account 7712345", &[(Account, "7712345")]);
    // a hospital account record
    exact("HAR - 12763731030   DOB", &[(Account, "12763731030")]);
    exact("HAR: HZ54731380\n", &[(Account, "HZ54731380")]);
    exact("Visa 4111 1111 1111 1111 exp", &[(Account, "4111 1111 1111 1111")]);
    exact("paid 4111-1111-1111-1111.", &[(Account, "4111-1111-1111-1111")]);
    exact("cc 378282246310005", &[(Account, "378282246310005")]);
    none("saw 4111 1111 1111 1112 x"); // Luhn fails (after "ref" it is a reference number: governed)
}

#[test]
fn licenses() {
    exact("DEA AB1234563", &[(License, "AB1234563")]);
    exact("prescriber FB1234563 signed", &[(License, "FB1234563")]);
    none("code AB1234564 x"); // DEA check digit fails, no context
    exact("NPI: 1234567893", &[(License, "1234567893")]);
    assert!(score_of("NPI: 1234567893", "1234567893") > score_of("NPI: 1234567890", "1234567890"));
    exact("driver's license D1234567", &[(License, "D1234567")]);
    exact("DL# S530-4412-7781", &[(License, "S530-4412-7781")]);
    exact("State license: MD-448812", &[(License, "MD-448812")]);
    // a certificate's number is an identifier, not a licence the label rules name
    exact("certificate # 2231-88", &[(Id, "2231-88")]);
}

#[test]
fn vehicles() {
    exact("VIN 1HGCM82633A004352", &[(Vehicle, "1HGCM82633A004352")]);
    // the label with its dots or its '#', before a number that fails the check
    exact("Ford F-150, V.I.N.: 29SU8EBRKM8AP3L25", &[(Vehicle, "29SU8EBRKM8AP3L25")]);
    exact("Outback, vin# 1ZEUN9FPFUAE32KTU", &[(Vehicle, "1ZEUN9FPFUAE32KTU")]);
    exact("car 1HGCM82633A004352 towed", &[(Vehicle, "1HGCM82633A004352")]);
    // a bad North American check digit, no context: a VIN's characters
    // still (ISO 3779 does not require the check), at a lower score
    assert_eq!(score_of("code 1HGCM82643A004352 x", "1HGCM82643A004352"), 0.7);
    has("09:45:24 AVL VEH CHX43KPX8SJ343159 ON SCENE", Vehicle, "CHX43KPX8SJ343159");
    // fields of a fixed-width record glued together are none
    assert!(!spans("19671022 562HZB50320231028     21").iter().any(|&(k, _)| k == Vehicle));
    assert!(!spans("32\n4503553113TADESSE,AYAAN").iter().any(|&(k, _)| k == Vehicle));
    let s = score_of("VIN: 1HGCM82643A004352", "1HGCM82643A004352");
    assert!((0.5..0.85).contains(&s), "{s}");
    exact("license plate 7ABC123", &[(Vehicle, "7ABC123")]);
    exact("tag # XYZ-1234", &[(Vehicle, "XYZ-1234")]);
    // a plate in two groups after "reg", or right after a vehicle's noun
    exact("Hino 300 truck reg 562 FSS\n", &[(Vehicle, "562 FSS")]);
    exact("Kenworth prime mover, reg. 710 XYF, then", &[(Vehicle, "710 XYF")]);
    exact("no driving of company vehicle HYZ 569. Duty", &[(Vehicle, "HYZ 569")]);
    exact("no driving of company vehicle NBX36Z.", &[(Vehicle, "NBX36Z")]);
    exact("Driver E. Wiśniewska, vehicle YH67 MBN, radio 4", &[(Vehicle, "YH67 MBN")]);
    exact("vehicle XH9 26P, radio 10", &[(Vehicle, "XH9 26P")]);
    // no noun, a noun farther off, no digit or no capital, one run on
    none("seen in HYZ 569 today; vehicle was parked near bay ABC 123");
    none("vehicle GCS 15; vehicle ABCDEF; vehicle 12345; vehicle YH67 MBN56");
    // vital signs, labs, models and years after other vehicles' words
    none("Pt was front passenger in the car. HR 110, BP 90/60. Arrived by car (HR 110)");
    none("Mode of arrival: car. CRP 120 on admission. Transport: van. SBP 180");
    none("fixed with a plate. AST 450 ALT 300; Lipids: TC 210 TAG 150 HDL 40");
    none("Car: BMW 320, silver; vehicle: SUV 2019; pickup truck RAM 2500 rolled over");
    none("insulin reg 100 IU SC; vehicle BP 120");
    // a plate in brackets after a car's make or kind; after "rego" or "car"
    exact("drove self in a Nissan Altima (KW97 AUC) and was", &[(Vehicle, "KW97 AUC")]);
    exact("his truck (2HMN301) was towed", &[(Vehicle, "2HMN301")]);
    exact("Driver: A. Wang  Car: Honda Fit rego JY67 LHL", &[(Vehicle, "JY67 LHL")]);
    exact("Lost ticket for car ZJM 0877 - owner", &[(Vehicle, "ZJM 0877")]);
    none("the car seat (EC135) was fitted. car 2 DISP / ENRT. car 12345 arrived");
    none("BMW (X5 M50). Volvo (XC90 T8). Honda (CBR600). pt hit by car T12 FX. came by car ETA 1500. AHPRA rego MED12345");
}

#[test]
fn many_digits_before_a_unit_s_letter_are_an_identifier() {
    has("Unity Crest Health Plan / subscriber 561375422D\n", HealthPlan, "561375422D");
    none("subscriber for 30D");
}

#[test]
fn devices() {
    exact("pacemaker serial number PM4471823", &[(Device, "PM4471823")]);
    exact("S/N: 88213-AX", &[(Device, "88213-AX")]);
    exact("SN: 12345678", &[(Device, "12345678")]);
    exact("device ID DEV-20331", &[(Device, "DEV-20331")]);
    exact("UDI 00643169007222", &[(Device, "00643169007222")]);
    exact("IMEI 490154203237518", &[(Device, "490154203237518")]);
}

#[test]
fn other_ids_and_biometrics() {
    exact("Patient ID: P-0091823", &[(Mrn, "P-0091823")]);
    exact("Case # 2021-0044", &[(Id, "2021-0044")]);
    exact("Claim number CLM88123", &[(Id, "CLM88123")]);
    exact("Accession # S21-4471", &[(Id, "S21-4471")]);
    exact("Employee ID E77123", &[(Id, "E77123")]);
    exact("fingerprint ID FP-99812", &[(Biometric, "FP-99812")]);
    exact("voiceprint VP20211", &[(Biometric, "VP20211")]);
    none("Case 2 discussed, visit 3");
}

// ---------------------------------------------------------------- clinical negatives

#[test]
fn clinical_prose_is_clean() {
    none(
        "Metformin 500 mg PO BID, lisinopril 10 mg daily, insulin 10 units qHS; \
         heparin 0.5 mg/kg. Vitals: BP 120/80, HR 72, RR 16, SpO2 98%, T 98.6F, Temp 37.2. \
         Labs: WBC 7.2, Na 138, K 4.1, HbA1c 6.5%, INR 1.1, Cr 1.02. Dx E11.9, I10, \
         J45.909, Z79.4. CPT 99213. LOINC 2345-7. Take 2 tablets 3 times daily x3 days, \
         q6h prn. Room 412, bed 2. See page 3 of 10. Follow up in 2-3 weeks. \
         GCS 15, pain 3/10, EF 55-60%, 1.5 L NS, A1c 7.1 -> 6.8, ratio 2:1.",
    );
}

#[test]
fn multibyte_text_offsets() {
    let t = "Patiënt José — née 🎉 DOB: 3/15/1985, tél (555) 123-4567, MRN: 00482913 ✓ e-mail josé@x.com jo@exämple.com";
    let f = detect(t);
    let v: Vec<_> = f.iter().map(|f| (f.kind, &t[f.start..f.end])).collect();
    assert!(v.contains(&(Date, "3/15/1985")), "{v:?}");
    assert!(v.contains(&(Phone, "(555) 123-4567")), "{v:?}");
    assert!(v.contains(&(Mrn, "00482913")), "{v:?}");
}

#[test]
fn never_panics_on_odd_input() {
    let samples = [
        "", "1", "(", "+", "+1", "1-", "(5", "(555)", "555-", "MRN", "MRN:", "@", "a@", "@b", "://", "http://",
        "www.", "/", ":", "::", "fe80::", "1/", "3/15/", "March", "15 Mar", "Mar 1", "92-", "age", "VIN",
        "DEA 🎉", "é1", "1é", "🎉555-123-4567🎉", "💥::💥", "x@é.com", "ééé/ééé", "1EG4-", "1EG4-TE5-",
    ];
    for s in samples {
        let _ = detect(s);
    }
    // Every prefix of a dense string, cut on char boundaries.
    let dense = "DOB 3/15/85 (555) 123-4567 é 123-45-6789 fe80::1 1EG4-TE5-MK73 https://é.example.org/x ";
    for (i, _) in dense.char_indices() {
        let _ = detect(&dense[..i]);
        let _ = detect(&dense[i..]);
    }
}


#[test]
fn age_written_with_sex() {
    exact("Pt: EZE, DUC (101M) presents with", &[(Age, "101")]);
    exact("Age/Sex: 90F", &[(Age, "90")]);
    // younger ages are consumed silently; a bare temperature is not an age
    none("Pt (45F) presents");
    none("Temp 101F this morning");
    none("febrile to 101F)");
}

#[test]
fn identifiers_behind_order_and_report_labels() {
    exact("Rx# 3682409 filled", &[(Id, "3682409")]);
    exact("Req #: LR23517274", &[(Id, "LR23517274")]);
    exact("Police report #22-047763 on file", &[(Id, "22-047763")]);
    exact("interpreter ID 30528 used", &[(Id, "30528")]);
    exact("-- portal message MSG-1614821 |", &[(Id, "MSG-1614821")]);
}

#[test]
fn pain_scores_are_not_dates() {
    none("tramadol 50 mg PO w/ relief to 5/10.");
    none("Pain rated 7/10 at rest");
    // a day in May after "to" stays a date, and so does an explicit year
    exact("rescheduled to 5/12", &[(Date, "5/12")]);
    exact("pain since 5/10/2024", &[(Date, "5/10/2024")]);
}

#[test]
fn iban_without_a_label_by_its_check() {
    exact("Please wire the refund to DE89370400440532013000 today.", &[(Account, "DE89370400440532013000")]);
    exact("refund to GB82 WEST 1234 5698 7654 32, thanks", &[(Account, "GB82 WEST 1234 5698 7654 32")]);
    // the same shape with a failing check is not an IBAN
    assert!(spans("Please wire the refund to DE89370400440532013001 today.").iter().all(|(k, _)| *k != Account));
    // dashes between the groups; a country that joined the registry in 2021
    exact("Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741", &[(Account, "AL47-2121-1009-0000-0002-3569-8741")]);
    exact("LY83002048000020100120361", &[(Account, "LY83002048000020100120361")]);
}

#[test]
fn international_numbers_with_a_plus() {
    for n in ["+55 11 98456 5666", "+44 20 7946 0958", "+33 1 42 68 53 00", "+49 (0)30 1234567", "+61 2 9374 4000",
              "+91-98765-43210", "+353.1.234.5678", "+5511984565666"] {
        exact(&format!("call me at {n} tomorrow"), &[(Phone, n)]);
    }
    // groups past 15 digits stay out; a fax label makes it a fax
    exact("ring +55 11 98456 5666 125 times", &[(Phone, "+55 11 98456 5666")]);
    exact("fax +33 1 42 68 53 00", &[(Fax, "+33 1 42 68 53 00")]);
    // clinical look-alikes and short runs are not numbers
    for t in ["+2 pitting edema, reflexes 2+", "+1.5 cm", "+10 mmHg", "Na+ 140", "WBC +12000", "+12 months", "+3 4 5 6",
              "HbA1c +0.5%", "+123456789 cells"] {
        assert!(spans(t).iter().all(|(k, _)| *k != Phone), "{t}");
    }
}

#[test]
fn national_numbers_after_a_phone_word() {
    exact("call me at 0664 212 45 87 after six", &[(Phone, "0664 212 45 87")]);
    exact("messages to (61) 472-903 please", &[(Phone, "(61) 472-903")]);
    exact("her mobile is 030-555-218.", &[(Phone, "030-555-218")]);
    exact("call me at 522 8184", &[(Phone, "522 8184")]);
    exact("fax 01 45 67 89 10", &[(Fax, "01 45 67 89 10")]);
    // a day's word between the phone word and the number is no label
    exact("Mobile today 98456 5666", &[(Phone, "98456 5666")]);
    // (without a phone word too, by its trunk prefix: see below)
    exact("seen 0664 212 45 87", &[(Phone, "0664 212 45 87")]);
    // in a date's or a dose's shape, or without a phone word or a trunk
    // prefix, nothing
    for t in ["seen 664 212 45 87", "call back on 2021-03-04", "call 03.04.2021", "call back in 2-3 days",
              "text 3 times daily", "contact: BP 132 84, HR 72", "phone 5.5 mg", "call 911"] {
        assert!(spans(t).iter().all(|(k, _)| *k != Phone && *k != Fax), "{t}: {:?}", spans(t));
    }
}

#[test]
fn national_numbers_are_not_ssns_dates_or_addresses_near_a_phone_word() {
    exact("Phone: 207-555-0195\nSSN: 454-91-1829", &[(Phone, "207-555-0195"), (Ssn, "454-91-1829")]);
    for t in ["TELEPHONE ENCOUNTER 03-02-2022 1740", "phone call 2023-12-14 11:20", "message from IP 192.0.2.245"] {
        assert!(spans(t).iter().all(|(k, _)| *k != Phone), "{t}: {:?}", spans(t));
    }
}

#[test]
fn national_numbers_that_fail_their_check_after_a_strong_name_or_in_their_shape() {
    // a qualifier in brackets between the name and the number
    exact("National ID (RUT) - 7.652.562-0", &[(Ssn, "7.652.562-0")]);
    exact("National ID (tax no. (NIF)): 376221317", &[(Ssn, "376221317")]);
    exact("| National ID (C.F.) | LMBMRC72D27D357B |", &[(Ssn, "LMBMRC72D27D357B")]);
    exact("her taxpayer no. (CPF) is 951.135.687-09.", &[(Ssn, "951.135.687-09")]);
    // the number in brackets is the value, not a qualifier
    exact("SSN (454-91-1829) - verified", &[(Ssn, "454-91-1829")]);
    // groups the ordinary reading of a value does not join
    exact("n° de sécurité sociale    : 2 24 11 10 725 001 09", &[(Ssn, "2 24 11 10 725 001 09")]);
    exact("6. Personal identification number: 2 24 11 10 725 001 09", &[(Ssn, "2 24 11 10 725 001 09")]);
    // a short name takes a number that fails its check only in its shape
    exact("For your records, her NIE is X0432290W.", &[(Ssn, "X0432290W")]);
    exact("nie 12 razy dziennie", &[]);
    none("rut 12 pending");
    // a date after a strong name is not a number in groups
    assert!(!spans("SSN: 12 03 2024 pending").iter().any(|&(k, _)| k == Ssn));
}

#[test]
fn national_numbers_of_other_countries_after_their_names() {
    exact("NHS number 943 476 5919", &[(HealthPlan, "943 476 5919")]);
    exact("PESEL: 44051401359, bez uwag", &[(Ssn, "44051401359")]);
    exact("CPF 123.456.789-09.", &[(Ssn, "123.456.789-09")]);
    exact("National Insurance no. AB 12 34 56 C", &[(Ssn, "AB 12 34 56 C")]);
    exact("SIN: 046 454 286", &[(Ssn, "046 454 286")]);
    exact("DNI 12345678Z", &[(Ssn, "12345678Z")]);
    exact("codice fiscale RSSMRA85T10A562S", &[(Ssn, "RSSMRA85T10A562S")]);
    exact("HKID A123456(3)", &[(Ssn, "A123456(3)")]);
    exact("Aadhaar 2341 2341 2346", &[(Ssn, "2341 2341 2346")]);
    exact("personnummer 811228-9874", &[(Ssn, "811228-9874")]);
    // a generic name: an ssn, whether the number passes a country's check
    // or not
    exact("National ID: 44051401359", &[(Ssn, "44051401359")]);
    exact("National ID: 44051401358", &[(Ssn, "44051401358")]);
    // a strong name keeps a mistyped number as a number of its kind
    exact("NHS number 943 476 5918", &[(HealthPlan, "943 476 5918")]);
}

#[test]
fn self_checking_national_shapes_without_their_names() {
    exact("ref. 12345678Z adjunto", &[(Ssn, "12345678Z")]);
    exact("NIE: x9613851n", &[(Ssn, "x9613851n")]);
    exact("020594X903P is my hetu.", &[(Ssn, "020594X903P")]);
    exact("Z8078221M en mi expediente", &[(Ssn, "Z8078221M")]);
    exact("pt 960121-1021413 seen", &[(Ssn, "960121-1021413")]);
    exact("19910924-2397 noted", &[(Ssn, "19910924-2397")]);
    exact("seen S2740116C; cf RSSMRA85T10A562S.", &[(Ssn, "S2740116C"), (Ssn, "RSSMRA85T10A562S")]);
    // no check: a NINO is read only after its name
    none("seen tw987654a and AB 12 34 56 C");
    // the dashed forms: a DNI or NIE before its letter, a Finnish code of
    // the 1900s with a check letter; a seven-digit DNI
    exact("NIF 55555555-K, NIE Y8063915-Z", &[(Ssn, "55555555-K"), (Ssn, "Y8063915-Z")]);
    exact("1111111-G and 1111111G", &[(Ssn, "1111111-G"), (Ssn, "1111111G")]);
    exact("hetu 131052-308T.", &[(Ssn, "131052-308T")]);
    none("55555555-J, 131052-308U, 131352-308T, 1111111-H");
    // a Korean RRN of a citizen since 2020 has no check digit: a real
    // birth date and a first serial digit of 1 to 4
    exact("960121-1234567", &[(Ssn, "960121-1234567")]);
    none("960121-5234567 and 001332-1234567 and 960303-0021413");
    // not as thirteen bare digits, a timestamp in milliseconds
    none("1711234567890");
    // a codice fiscale's shape is its own: a wrong check letter leaves it
    exact("RSSMRA85T10A562T", &[(Ssn, "RSSMRA85T10A562T")]);
    // the same shapes failing their checks, and look-alikes; a capital
    // and eight characters is some identity number all the same
    none("lot 12345678A, 020594X903Q, 960121-5021413, 871220-2385");
    exact("Y8063915A and S2740116D", &[(Id, "Y8063915A"), (Id, "S2740116D")]);
    // not a drug's lot or a product's code
    none("Lot: B12345678, Lot# L1234567A, NDC A12345678");
    none("LOINC 12345-6 and 2019-0042 and 123456-7890 on ward 5B12345678Z9");
}

#[test]
fn short_national_names_keep_only_numbers_that_pass_their_check() {
    // Polish "days", Spanish "without", resuscitation, nurse practitioner
    none("zgłosił się po 3 dni 12345678 razy");
    none("sin dolor desde 123456789");
    none("CPR 2 minutes, ROSC at 0412");
    none("Jane Ortiz, CNP 2019");
    none("chi 2024 cohort");
    // but the same names before a valid number
    exact("DNI: X1234567L", &[(Ssn, "X1234567L")]);
    exact("CPR-nr 311280-1234", &[(Ssn, "311280-1234")]);
}

#[test]
fn nine_digits_a_governing_noun_outranks_as_an_ssn() {
    // an unlabelled nine digits is an SSN candidate at 0.3, under the
    // threshold: a noun before it makes it an identifier
    let d = crate::Detector::new(&[]).unwrap();
    for (t, want) in [("MyHealthLink thread no. 282303899\nFrom: x", "282303899"), ("Travel document 536707163\n", "536707163")] {
        let f = d.detect(t, 0.5);
        assert_eq!(f.iter().map(|f| (f.kind, &t[f.start..f.end])).collect::<Vec<_>>(), [(PhiType::Id, want)], "{t}");
    }
}

#[test]
fn dates_in_delimited_rows() {
    exact("HEADACHE,2023-10-12,2023-10-30,MILD", &[(Date, "2023-10-12"), (Date, "2023-10-30")]);
    exact("FARAH, TESFAYE O|19541117|69|", &[(Date, "19541117")]);
    exact("C61.9|8070/3|20240705\n", &[(Date, "20240705")]);
    // a written month's date before a CSV row's next field, a number
    exact("Neutropenia,01-SEP-2021,11-SEP-2021,2,N,Possible", &[(Date, "01-SEP-2021"), (Date, "11-SEP-2021")]);
    // not a date: no valid month, not a whole field, or a count in prose
    none("|20241305|");
    none("|201911170|");
    none("total 1,20240705 units");
}

#[test]
fn month_day_after_a_verb_in_the_past() {
    exact("PDMP reviewed 12/24: no concerning fills.", &[(Date, "12/24")]);
    // "til", as messages spell "till"
    exact("im at my daughters in Wrenford til 6/3. thanks", &[(Date, "6/3")]);
    exact("Eligibility confirmed 11/26. Stipend", &[(Date, "11/26")]);
    exact("Cert period ends 8/18.", &[(Date, "8/18")]);
    exact("Prenatal care began: 8/17   Medicaid", &[(Date, "8/17")]);
    // fractions, grades and scores stay what they are
    none("dose reduced 1/2 tab daily");
    none("strength improved 4/5 bilaterally");
    none("murmur graded 2/6");
    none("discomfort decreased 3/10");
    none("weaned 2/3 of the dose");
}

#[test]
fn month_day_after_a_time_s_word_or_ending_a_signature() {
    exact("BP log as asked. starting 8/7: 135/66", &[(Date, "8/7")]);
    exact("from 12/6/23 through 2/27.", &[(Date, "12/6/23"), (Date, "2/27")]);
    exact("flight out 25 Jun, back 7/13.", &[(Date, "25 Jun"), (Date, "7/13")]);
    exact("Solveig Bergstrom, LCSW, 12/10\n", &[(Date, "12/10")]);
    exact("[Forwarded to chart - AR - 6/25]\n", &[(Date, "6/25")]);
    // a grade ending a line after a comma is still one
    none("Strength: LUE 4/5, 5/5\n");
}

#[test]
fn a_day_and_a_month_s_whole_name_in_lower_case() {
    exact("barry (dn): next visit 12 june then, dressing change", &[(Date, "12 june")]);
    exact("cont meds. next apt 17 february.", &[(Date, "17 february")]);
    // not a short form, nor "may"
    none("given 3 dec. 2 may be enough. hx of 2 march fractures. ward 7 august wing");
}

#[test]
fn month_day_opening_a_log_line_or_after_a_visit_s_word() {
    exact("Case notes\n11/16 hv to the flat\n3/21: seating eval by PT", &[(Date, "11/16"), (Date, "3/21")]);
    exact("Review 12/20; phone follow-up", &[(Date, "12/20")]);
    exact("booked!! landing 21/12 6am", &[(Date, "21/12")]);
    exact("Signed: AWM   Manager review: L. Lee, 29/10\n", &[(Date, "29/10")]);
    // a dose, a grade, a score opening a line stay what they are
    none("Meds:\n1/2 tab PO daily\n4/5 strength\n5/10 pain\n2/3 of doses");
}

#[test]
fn licence_numbers_by_their_shape() {
    // a licence's letters, a dot and its number after a licence label
    has("Physician: Mohamud Farah, MD   Lic RPH.887538\n", License, "RPH.887538");
    has("License #: PA.8788751\n", License, "PA.8788751");
    has("CERTIFIER: Araceli Hernandez, DO  LIC RPH.S7396  signed", License, "RPH.S7396");
    // a state identification card
    has("Identification verified: state ID #S18942757\n", License, "S18942757");
    // the credential, then the number, with no label
    has("Jericho Villareal, MD   MD-4990238\n", License, "MD-4990238");
    has("Analyn Magbanua, MD   RPH689184\n", License, "RPH689184");
    // unless a noun says whose number it is
    has("Ins. member # GZM3018230S8; reference PA-63191900; codes G0180", Id, "PA-63191900");
    // too short, a year, a decimal
    none("seen by the MD-2024 team");
    none("PA-1234 form");
}

#[test]
fn clinicians_registrations_with_their_regulators() {
    // a regulator's acronym alone governs a number of five digits or more
    exact("ME scrutiny by Dr (GMC 6854844) on", &[(License, "6854844")]);
    exact("Consultant Radiologist  GMC 6089685\n", &[(License, "6089685")]);
    exact("(CPSO # 21268)", &[(License, "21268")]);
    // a profession's code between the register and the number
    exact("(Physiotherapist) CORU PH 296578\n", &[(License, "296578")]);
    exact("(Physiotherapist) AHPRA PHY 986649\n", &[(License, "986649")]);
    exact("practitioner: NMBI PIN 734010  seen", &[(License, "734010")]);
    none("CORU PH 44 and AHPRA PHY 98664-9 and the GDC said");
    // not HCPCS codes, goals of care, or a word's label
    none("HCPC J3490 billed; GOC 1430 discussed with daughter; GOC DNR 12345");
    assert!(!spans("driver MVC 12345").iter().any(|&(k, _)| k == License));
    exact("head of department (ADELI 10144836474)", &[(License, "10144836474")]);
    exact("Arztnummer (LANR) 418868537", &[(License, "418868537")]);
    none("a 2015 GMC 2500HD truck"); // a make and its model
    // a register's own words, in English and others
    exact("BIG registration no. 44594518198", &[(License, "44594518198")]);
    exact("Medical Council no.: 990795", &[(License, "990795")]);
    exact("lifelong physician no. 799335465", &[(License, "799335465")]);
    exact("Clinician/Practitioner Number: 735506", &[(License, "735506")]);
    exact("Céd. Prof. 4178183", &[(License, "4178183")]);
    exact("cédula profesional 3017244", &[(License, "3017244")]);
    exact("Ordre des Médecins n° 9295)", &[(License, "9295")]);
    exact("nr prawa wykonywania zawodu 4332652).", &[(License, "4332652")]);
    exact("CRM-SP 664295", &[(License, "664295")]);
    // numbers in parts joined by slashes, not a date's
    exact("MDCN reg. no. MDCN/R/01693", &[(License, "MDCN/R/01693")]);
    exact("MDCN Folio MDCN/R/42053", &[(License, "MDCN/R/42053")]);
    exact("practising certificate no. 320252/HCM-CCHN", &[(License, "320252/HCM-CCHN")]);
    exact("(nº colegiado: 34/26175)", &[(License, "34/26175")]);
    exact("registration no. 12/2020 pending", &[(Date, "12/2020")]);
    // a driving licence in other countries' words
    exact("international driving permit no. ND839347.", &[(License, "ND839347")]);
    exact("Spanish permiso de conducción 17289767X;", &[(License, "17289767X")]);
    // a resident registration number is Korea's national number
    exact("his resident registration no. is 860901-1267459.", &[(Ssn, "860901-1267459")]);
}

#[test]
fn provincial_health_numbers_insured_ids_and_groups() {
    exact("PEI Health # 134541410", &[(HealthPlan, "134541410")]);
    // "provider ID" after an insurer names its member's number; a provider
    // identifier is a clinician's
    has("Insurance provider ID: W123456789", HealthPlan, "W123456789");
    exact("Provider identifier 1245319599", &[(License, "1245319599")]);
    exact("RAMQ - GORP 5051 2326   DOB", &[(HealthPlan, "GORP 5051 2326")]);
    exact("Health Number: 6779-516-795-GP   Sex", &[(HealthPlan, "6779-516-795-GP")]);
    exact("UHIP #: UHIP881421646\n", &[(HealthPlan, "UHIP881421646")]);
    exact("mbr id:  HZA-0736-0157\n", &[(HealthPlan, "HZA-0736-0157")]);
    exact("carteirinha do plano nº - 891 5394 2640 6190", &[(HealthPlan, "891 5394 2640 6190")]);
    // a plan's group, not an age group's range or a blood group
    exact("Group: GRP-28392\nPlan", &[(HealthPlan, "GRP-28392")]);
    exact("Grp # 11192T   Res", &[(HealthPlan, "11192T")]);
    exact("GROUP = 8125129", &[(HealthPlan, "8125129")]);
    none("age group: 65-74 years");
    none("blood group: O+");
    // a member's certificate, not a course's; an id "on file"
    exact("Member: Tamika Gaines   Cert #: X14143182   Grp", &[(HealthPlan, "X14143182")]);
    exact("Cert # MBR06921323\n", &[(HealthPlan, "MBR06921323")]);
    none("BLS cert # 12345 renewed");
    exact("Pt's subscriber ID on file FZN-9710-836 matches.", &[(HealthPlan, "FZN-9710-836")]);
    // "group" alone after the plan's number on its line, nowhere else
    exact("Ins ID S7539700201  group 230-1602  Sub", &[(HealthPlan, "S7539700201"), (HealthPlan, "230-1602")]);
    exact("Member# W795820937 / group 13240C\n", &[(HealthPlan, "W795820937"), (HealthPlan, "13240C")]);
    exact("Member ID W795820937, group 2 randomised", &[(HealthPlan, "W795820937")]);
    exact("Member ID W795820937 and then group 13240C", &[(HealthPlan, "W795820937")]);
    none("moved to group 13240C after the review");
    // the member's number after the payer's name
    exact("Primary ins: Maple Shield Benefits KAT935091812  /  Patient", &[(HealthPlan, "KAT935091812")]);
    exact("Payer - TriValley Health W160250890\nPatient", &[(HealthPlan, "W160250890")]);
    exact("Payer: BCBS of TX (ID W123456789)", &[(HealthPlan, "W123456789")]);
    none("Payer: Aetna\nSeen today");
    none("Insurer: Aviva since 2019");
    none("the payer Aetna 20240301");
    exact("Payer: Aetna 800-555-1234", &[(Phone, "800-555-1234")]);
    // (a form's next field after two spaces has its own label)
    assert!(!spans("Auto insurer: Granite State Mutual   Pol # EW87737594").contains(&(HealthPlan, "EW87737594")));
}

#[test]
fn a_clinicians_billing_number_is_a_licence_a_patients_an_account() {
    // (through `structured::find`, where the billing number is read)
    let all = |t: &str| {
        let mut out = Vec::new();
        crate::detect::structured::find(t, &mut out);
        out.iter().map(|f| (f.kind, t[f.start..f.end].to_string())).collect::<Vec<_>>()
    };
    assert!(all("Referrer: Dr Tariq Patel (Billing # 907222)   Fax").contains(&(License, "907222".into())));
    assert!(all("Booking midwife: N. Bailey Billing # 657337\n").contains(&(License, "657337".into())));
    assert!(all("Dr Haddad, CPSO 563383, billing 147434\n").contains(&(License, "147434".into())));
    assert!(all("member name: Gary Walker | med rec # 60282237 | billing # V00664676 |").contains(&(Account, "V00664676".into())));
    assert!(all("Acc # 22-205-77183            Billing # 2744-130300\n").contains(&(Account, "2744-130300".into())));
}

#[test]
fn this_sessions_readings_stay_out_of_what_a_reviewer_wrote() {
    let kinds = |t: &str| {
        let mut out = Vec::new();
        crate::detect::structured::find(t, &mut out);
        out.iter().map(|f| (f.kind, t[f.start..f.end].to_string())).collect::<Vec<_>>()
    };
    let no = |t: &str, k: PhiType| assert!(!kinds(t).iter().any(|f| f.0 == k), "{k:?} in {:?} ({t:?})", kinds(t));
    // "group" alone names a cohort, a stage, an age band as often
    for (t, v) in [
        ("Member ID W795820937, group 2024Q1 cohort.", "2024Q1"),
        ("Medicare 1EG4-TE5-MK72; group ASA2 risk.", "ASA2"),
        ("Member# W795820937 / group 65-74 years.", "65-74"),
        ("Policy # 88123456 group 1400 session", "1400"),
        ("Member ID W795820937 group T2N1M0 staging.", "T2N1M0"),
    ] {
        assert!(!kinds(t).iter().any(|f| f.1 == v), "{t:?}: {:?}", kinds(t));
    }
    // a payer's name, then an amount, a date or another number's label
    for t in ["Payer: Aetna 125000 deductible", "Payer: Aetna 03012024", "Payer: BCBS ICD Z00129", "Payer: OptumRx RxBIN 610011", "Payor: Medicaid Fee Schedule 2024Q1"] {
        no(t, HealthPlan);
    }
    // a patient's billing number near a clinician's name
    for t in ["Referred to Dr Gupta. Billing # 667788 - pt statement", "Dr Lopez wants billing # 887766 resent to the patient.", "GP visit. Patient's billing # 5544332211 overdue.", "Physician: Dr Park | MRN 4455667 | Billing # 90077886"] {
        no(t, License);
    }
    // certificates of other things, Scandinavian "har", a year "on file"
    for t in ["Death cert # 2024-001234 issued", "Cert: 2024 renewal due.", "Calibration cert # CAL-2023-0456", "Insurance card on file 2024.", "Member ID on file 2024"] {
        no(t, HealthPlan);
    }
    for t in ["Patienten har 1200 mg paracetamol per dygn.", "Han har V600E mutation.", "The HAR 2024 audit found 12 issues."] {
        no(t, Account);
    }
    // a patient's phone after the prescriber's fax word; a sex's "F"
    has("Refill request sent to prescriber. Pt 312-555-1234 for pickup.", Phone, "312-555-1234");
    has("Contact mob: Jane Doe 45 F 0412 345 678", Phone, "0412 345 678");
    // a fixed-width table of results: its short names are no PHI's
    let t = "MRN        COLLECTED         NA  K    UREA SCR EGFR  COMMENT\n00482913   2024-03-15 0800   138 4.2  6.1  112 58    haemolysed\n";
    no(t, Id);
    let t = "NHI       DOB        A1C  DR   MI  CVA  COMMENTS\nABC1234   1950-02-01 58   NPDR Yes No   reviewed\nABE3456   1944-11-12 49   Nil  No  No\n";
    no(t, Name);
    let t = "ACC_NO      TEST    RESULT  UNIT   REF       FLAG  MRN\n24-118-0043 NA      131     mmol/L 135-145   L\n";
    assert!(!kinds(t).contains(&(Id, "135-145".into())), "{:?}", kinds(t));
}

#[test]
fn a_financial_number_other_countries_cards_and_a_payer_before_the_member() {
    exact("Patient: MILLS, CHLOE   MRN 329964   FIN A257222760\n", &[(Mrn, "329964"), (Account, "A257222760")]);
    exact("fin - V61429724\n", &[(Account, "V61429724")]);
    none("the fin 123456 of the fish");
    exact("CSC No: 5998 1969 9915\n", &[(HealthPlan, "5998 1969 9915")]);
    exact("DVA No: VWW224010\n", &[(HealthPlan, "VWW224010")]);
    exact("CIN - 935052847205\n", &[(HealthPlan, "935052847205")]);
    none("CIN 3 on biopsy 2019");
    has("Ins: Northstar Medicaid Plan YKX875412065; Medicaid", HealthPlan, "YKX875412065");
    has("Insurance: Aetna HP45089F, copay card", HealthPlan, "HP45089F");
    none("Insurance: Medicare 2024 plan");
    // a company's, a bank's, a country's; another record's number after
    // the payer; a label other than an insurance's
    for t in [
        "CIN: L85110TN1979PLC008035",
        "Customer identification number (CIN) 4482019 on the bank letter",
        "Date de fin - 20240315",
        "Passport no. FIN XP4471023, issued Helsinki",
        "Case managed under FIN 72-hour rule",
        "Inmate transferred by CSC # 2204511 escort",
        "Ins: Medicaid MRN A1234567 admitted",
        "Insurance: Geico Auto Plate ABC1234",
        "Ins: Lantus SoloStar Lot KT04512",
        "Policy: Infection Control ICP0412",
        "Member: AHPRA MED0001234567",
    ] {
        assert!(!spans(t).iter().any(|f| matches!(f.0, HealthPlan | Account)), "{t:?}: {:?}", spans(t));
    }
    has("Member: BJORN AASHEIM (LMU782160722); born", HealthPlan, "LMU782160722");
}

#[test]
fn a_police_officers_registration_is_no_licence() {
    exact("Reporting officer: PC D. Grant, reg no 133895, Omagh Station", &[(Id, "133895")]);
    exact("Reporting officer: Cst R. Singh, reg no 972831, Nanaimo", &[(Id, "972831")]);
    exact("GP: Dr Co, reg no 133895", &[(License, "133895")]);
    exact("officer: Constable W. van Dijk, reg no 5165, Invercargill", &[(Id, "5165")]);
    // a clinician with an officer's title or word nearby keeps a licence
    for t in [
        "Medical Officer: Dr J Okafor, reg no 98231",
        "Dr John Constable, GMC reg no 3456789",
        "DC summary completed by Dr R Patel, GMC reg no 7012345",
        "Police officer present during exam; examining doctor Dr Fox, reg no 6712345",
        "Dr Det Ng, reg no 6001122",
    ] {
        assert!(!spans(t).iter().any(|f| f.0 == Id), "{t:?}: {:?}", spans(t));
    }
}

#[test]
fn the_best_number_and_a_texting_exports_other_party() {
    has("Results appt. Best number 07283 689 042\n", Phone, "07283 689 042");
    exact("F/u in clinic. Best number 6048348219\nBrian", &[(Phone, "6048348219")]);
    exact("SMS export - conversation with 07700900072\n", &[(Phone, "07700900072")]);
}

#[test]
fn a_call_logs_verbs_are_no_phone_words() {
    // (a call's results, a test's values, after "called" or "phoned")
    none("Called with results 120 80 72 98.");
    none("Phoned: Hb 110 112 108 over three days.");
    none("LVM 1030 1415 1600; will retry.");
    none("Dx CLI 2021; stent 2022 2023.");
}

#[test]
fn faxes_by_a_letterheads_letter_and_a_fax_machines_header() {
    exact("T +1 604 555 0337   F (416) 555-0259", &[(Phone, "+1 604 555 0337"), (Fax, "(416) 555-0259")]);
    // a national number after the lone "F", though "Ph" is the nearer word
    exact("Ph 0838300361  F 08 6834 1699  RPh", &[(Phone, "0838300361"), (Fax, "08 6834 1699")]);
    // a pharmacy's request sent to the prescriber; the call after it
    exact(
        "sent to prescriber Dr. Bishop 203-419-1082\nCalled pt 312-959-4982, told husband",
        &[(Fax, "203-419-1082"), (Phone, "312-959-4982")],
    );
    exact("sent to prescriber Dr. Onyekachi 020 8552 9766\ntexted pt 07964 940356", &[(Fax, "020 8552 9766"), (Phone, "07964 940356")]);
    exact("o: +44 1793 685456 / f. +44 1793 526645\n", &[(Phone, "+44 1793 685456"), (Fax, "+44 1793 526645")]);
    has("08/04/2022 10:27   FROM: (915)712-4091 PINECREST   TO: (915)750-8474   P.003/O09\n", Fax, "(915)712-4091");
    has("08/04/2022 10:27   FROM: (915)712-4091 PINECREST   TO: (915)750-8474   P.003/O09\n", Fax, "(915)750-8474");
    has("Lakemont Community Hospital  1-509-340-9061   06-JUN-2023 15:14   P. 2/3\n", Fax, "1-509-340-9061");
    // a field's value "F" is no fax's letter; a page count alone makes no header
    exact("Sex: F 555-123-4567", &[(Phone, "555-123-4567")]);
    exact("call 555-123-4567 (see P.2/3)", &[(Phone, "555-123-4567")]);
}

#[test]
fn a_day_before_its_month_and_compact_dates_in_columns() {
    has("her legs are more swollen since 13/7. She", Date, "13/7");
    has("Pt admitted 15/1 w/ E11.65", Date, "15/1");
    has("Referral to social services sent 2/6.", Date, "2/6");
    has("Please get the repeat test around 11/12. - JB", Date, "11/12");
    // scores, fractions and round the clock stay what they are
    none("pain 3/10, strength 4/5, after 1/2 tab, around 1/3 of");
    none("Writer provided 24/7 crisis number");
    none("GCS 15/15, ratio 16/8");
    // a fixed-width table's columns
    has("WOZNIAK, NUALA            19521128  20250118  NTPROBNP  1240", Date, "19521128");
    has("WOZNIAK, NUALA            19521128  20250118  NTPROBNP  1240", Date, "20250118");
    has("HADDAD,SAMIRA       19710609 52       20250126     29\n", Date, "19710609");
    // a column filled to its width, one space after it; a sex's letter
    // as the next column
    has("0195611555JEAN-BAPTISTE,MARIE 19550124 69       20220107      8\n", Date, "19550124");
    has("DTL120028 BAILEY       WINSTON    19561023 M 862087595 SCRN\n", Date, "19561023");
    // a single space in prose is no column, nor a code's row without a
    // person's name
    for t in ["Order 20240129 placed; ref 19561023 M 4", "Lot 20230915 U   exp 2026", "GLU   20120814 X 2", "Invoice 20191122 M   $120.00"] {
        assert!(spans(t).iter().all(|&(k, _)| k != Date), "{t}");
    }
    assert!(spans("MRN  20251399  pending").iter().all(|&(k, _)| k != Date)); // no such day
}

#[test]
fn bar_codes_files_and_agents() {
    has("Requisition # R48-415119   Bar code 4191 3025 3412\n", Id, "4191 3025 3412");
    has("    Our File No.: 93-6008\n\nDear", Id, "93-6008");
    has("[end of call - 6 min 49 s - agent TD (KG58704)]", Id, "KG58704");
    none("anti-infective agent 500 mg");
}

#[test]
fn national_numbers_under_generic_labels_and_an_ssns_last_four() {
    has("PRC shows Steuer-ID 86713187188, card", Ssn, "86713187188");
    has("a national identity card (Civil ID 24364062) and", Ssn, "24364062");
    has("contribuinte nº            : 283388920\n", Ssn, "283388920");
    has("S.I.N.: 665-947-586\n", Ssn, "665-947-586");
    has("individual tax no.: 3561183487\n", Ssn, "3561183487");
    has("Identity verified with DOB and last 4 of SSN (1185).", Ssn, "1185");
    none("last 4 of SSN on file");
}

#[test]
fn numbers_of_companies_laboratories_and_trial_sites() {
    none("Accredited to ISO 15189, accreditation no. LAB-486\n");
    none("Invoice from Klinikum Nordheide\nVAT ID: DE273613536\n");
    none("Protocol: NR-948   Site ID: PL5545\n");
    has("Patient ID: 12345678\n", Mrn, "12345678");
}

#[test]
fn record_and_national_numbers_under_other_countries_names() {
    has("Date: 16/04/2022\nUHID: AB6722523 / Bill Acct No.: IP063750\n", Mrn, "AB6722523");
    has("Born on: 24 juillet 1949\nIPP: 1716910    Stay no.: X9727807\n", Mrn, "1716910");
    has("No. de dossier: H689807\n", Mrn, "H689807");
    has("Clinical history no. (NHC): 9552770\n", Mrn, "9552770");
    // as their records print them: groups of three, a full-width colon, a
    // form's padding, Australia's and India's labels
    has("IPP: 53 101 421    Stay no.: 147650526\n", Mrn, "53 101 421");
    has("Patient ID：5989429\nPatient name：KIM HYUN-WOO", Mrn, "5989429");
    has("MR#                             : 18-183-036\nName", Mrn, "18-183-036");
    has("in hospital last night (UR No. 5871301). Diagnosis", Mrn, "5871301");
    has("DOB: 16/3/1977   URN: 6244740\n", Mrn, "6244740");
    // New Zealand's NHI, Australia's IHI, Quebec's file number
    has("Patient: TUIASOSOPO, LOSA B   NHI: MKF66AK\n", Mrn, "MKF66AK");
    has("IHI: 8003 6002 4889 9002\n", Mrn, "8003 6002 4889 9002");
    has("No. dossier: E521102208\n", Mrn, "E521102208");
    // a SIN as printed though its Luhn digit fails; New Zealand's IRD
    exact("SIN: 603-785-906   x", &[(Ssn, "603-785-906")]);
    exact("NAS: 323 444 230\n", &[(Ssn, "323 444 230")]);
    exact("IRD No: 494832007\n", &[(Ssn, "494832007")]);
    none("sin dolor 123 456 789 y");
    // practitioners' registers of Ireland, New Zealand, Australia's
    // provider number, a commercial driver's licence
    exact("IMC No. 955684\n", &[(License, "955684")]);
    exact("I. Bird, MCNZ 75123 on", &[(License, "75123")]);
    exact("Provider No. 173506DB on", &[(License, "173506DB")]);
    exact("Photo ID: MO CDL 241-434-626\n", &[(License, "241-434-626")]);
    has("Hosp. Reg. No.: GJ4569600 / IP No.: IP693188\n", Mrn, "GJ4569600");
    none("MRN: 12 units given\nMRN 5 100 mg\n");
    // a qualifier in brackets between the label and its colon
    has("MRN (if known): 1234567\n", Mrn, "1234567");
    has("HAP ID (Health Assessment Portal):\tHAP3606873151\n", Id, "HAP3606873151");
    has("9. Alien Registration Number (A-Number): A-450035873\n10.", Id, "A-450035873");
    none("MRN (if known): pending\nMRN (7 digits) to follow");
}

#[test]
fn accession_numbers_by_their_abbreviations() {
    has("HCN OCOS 3356 2973  ACC A25112360-1\nLT BLUE", Id, "A25112360-1");
    has("ADDENDUM  Accn - S23-02065\nTOLENTINO", Id, "S23-02065");
    has("Age/Sex: 99/F\nACC = A24806520       Acct", Id, "A24806520");
    none("per ACC/AHA guidelines; ACC 2 of 3 done");
    has("Name and surname: Amr El-Masry\nNational ID: 28684144226795\nDate of birth", Ssn, "28684144226795");
    has("6. Personal identification number: 943896786\n7. Identification", Ssn, "943896786");
    has("| National ID (CNIC no.) | 06059-4320790-4 |\n", Ssn, "06059-4320790-4");
}

#[test]
fn insurance_cards_and_clinician_registrations_of_other_countries() {
    has("Region Stockholm, EHIC card no.: 80753229604310059746\n", HealthPlan, "80753229604310059746");
    has("8. Identification number of the card: 80611655126760808116\n", HealthPlan, "80611655126760808116");
    has("Cartao SUS: 512 0287 3235 7867\n", HealthPlan, "512 0287 3235 7867");
    has("OSHC membership no.: OS6196237\n", HealthPlan, "OS6196237");
    has("MBBS, MD (General Prac)\nMCI Reg. No. 81817\n", License, "81817");
    has("Dra. E. Fernandez Gil\n(no colegiado: 2826175)\n", License, "2826175");
    has("Clinician: Mia Nguyen, GP (AHPRA MED0003195808)\n", License, "MED0003195808");
    has("Dra. Itzel Flores, Ced. Prof. 3722361\n", License, "3722361");
}

#[test]
fn international_numbers_and_mobiles_in_parentheses() {
    has("brother, in Bari on +39 3031023152 (via an interpreter)", Phone, "+39 3031023152");
    has("satellite phone +870 775691283, e-mail", Phone, "+870 775691283");
    has("our driver Arjun (09779465089) will wait", Phone, "09779465089");
    has("Patient Robert R (00636938)\n", Mrn, "00636938");
    has("THORNTON, Imani D (11965164)\n", Mrn, "11965164");
    // after a name with letters outside ASCII or an initial's point; a
    // plan's after "Member", a phone number in a North American shape
    exact("Do Minh Bảo (U7884584), a first-year student", &[(Mrn, "U7884584")]);
    exact("Emre K. (30791730), a first-year student", &[(Mrn, "30791730")]);
    exact("Member: Roland Tulley (VCH109618526); born", &[(HealthPlan, "VCH109618526")]);
    exact("Nephew Aurelio Owusu (9715550161) is the main support", &[(Phone, "9715550161")]);
    exact("Son Aurelio (555-0100) is the main support", &[(Phone, "555-0100")]);
    none("vitamin d (100000 units) given");
    // too few digits, a lab value, a grade
    none("K+ 4.1, +2 edema, +1 2024 item");
}

#[test]
fn a_fax_label_as_ocr_reads_it() {
    has("Attn: TOMASZ ZELENKO\nF4x: 2075550170   Phone: +1 319 555 0157\n", Fax, "2075550170");
}

#[test]
fn a_cars_registration_and_a_clinicians() {
    has("Melissa Anderson, 1-663-555-7185, reg WMJ-7632.\n", Vehicle, "WMJ-7632");
    has("Vehicle registration: CFST 680\n", Vehicle, "CFST 680");
    has("Dr. Lakshmi Gupta (NMC reg. 22637)\n", License, "22637");
    has("MCI Reg. No. 81817\n", License, "81817");
}

#[test]
fn ages_at_death_and_in_a_forms_years_field() {
    exact("Certificate completed. Age at death 95.", &[(Age, "95")]);
    exact("and age at death as 92. Because you", &[(Age, "92")]);
    exact("Hosp No.:  C244961 | Yrs: 93\n", &[(Mrn, "C244961"), (Age, "93")]);
    // not a count of years, nor a young age
    for t in ["smoked for 40 yrs: 93 packs", "age at death 45.", "Yrs: 45\n"] {
        assert!(spans(t).iter().all(|(k, _)| *k != Age), "{t}: {:?}", spans(t));
    }
}

#[test]
fn national_numbers_by_their_trunk_prefix_and_labels_of_signatures() {
    exact("Guardian: Yamamoto Hiroshi (son), 080-7529-6284\n", &[(Phone, "080-7529-6284")]);
    exact("Glasgow G35 1FR   T 0117 496 0417   F 020 7946 0188\n", &[(Phone, "0117 496 0417"), (Fax, "020 7946 0188")]);
    exact("Direct line 07 5550 4826 | out of hours (02) 5550 1160\n", &[(Phone, "07 5550 4826"), (Phone, "(02) 5550 1160")]);
    exact("my husband Hyun-woo on 07788 112196.", &[(Phone, "07788 112196")]);
    exact("Secretariat: 04.64.31.82.88  Fax", &[(Phone, "04.64.31.82.88")]);
    exact("(Mob: 095640 02182) will accompany", &[(Phone, "095640 02182")]);
    exact("Phone: 94031709. E-mail", &[(Phone, "94031709")]);
    exact("Desk: 4172312654\n", &[(Phone, "4172312654")]);
    // a chat export's message number after "msg" is no phone's
    exact("msg 8888775227560 | 3:59pm | ack\n", &[(Id, "8888775227560")]);
    exact("leave a msg 8888775227 pls\n", &[(Phone, "8888775227")]);
    // the whole number in brackets; a British mobile's eleven digits alone
    exact("visits daily (07766 070184).", &[(Phone, "07766 070184")]);
    exact("can help weekends (07956808818).", &[(Phone, "07956808818")]);
    exact("Witness: J Liu, 07983735252\n", &[(Phone, "07983735252")]);
    // a drug's code, a bill's line, a protocol's number, a longer number's
    // groups, a barcode, a case after a call's heading
    for t in [
        "NDC 0002-3227-30 dispensed",
        "06/20/2024 0325 70450      CT head",
        "Protocol AUW 0609-72-953\n",
        "Cartão SUS (CNS) 279 0926 9057 5444.",
        "GUARANTOR AXCT # 0945-166632",
        "INTAKE CALL\nCase 279834820   Mar 22",
        "Barcode 07956808818 scanned",
        "ref 07956808818-2",
        "07056808818 and 01234567890",
    ] {
        assert!(spans(t).iter().all(|(k, _)| *k != Phone && *k != Fax), "{t}: {:?}", spans(t));
    }
}

#[test]
fn a_national_number_alone_is_read_by_its_check() {
    // a column's value: the whole text is the number
    exact("44051401458", &[(Ssn, "44051401458")]); // Poland PESEL (birth date, check digit)
    exact(" 10000000146\n", &[(Ssn, "10000000146")]); // Turkey (TC Kimlik)
    exact("3123-4567-8909", &[(Ssn, "3123-4567-8909")]); // India Aadhaar (Verhoeff)
    exact("1245319599", &[(License, "1245319599")]); // US NPI
    // ten bare digits in a NANP shape stay a phone number
    exact("4155550132", &[(Phone, "4155550132")]);
    // a check that fails, a number inside text, a word after it: nothing
    none("130 692 545");
    none("000000000");
    // a SIN or a TFN printed as theirs are, in three threes; a South
    // African identity number; an Australian Medicare number as its card
    // prints it
    exact("130 692 544", &[(Ssn, "130 692 544")]);
    exact("347-677-452", &[(Ssn, "347-677-452")]);
    exact("876 543 210", &[(Ssn, "876 543 210")]);
    exact("8001015009087", &[(Ssn, "8001015009087")]);
    exact("2123 45670 1", &[(HealthPlan, "2123 45670 1")]);
    exact("3123:4567:8909", &[(Ssn, "3123:4567:8909")]); // Aadhaar, colons
    none("2024:03:15 10:30");
    none("1998:7654:3211");
    // mixed separators
    none("130-692 544");
    // one check digit over nine or ten compact digits (a SIN, an NHS
    // number), which one random number in ten passes: left to their names
    none("130692544");
    none("0032698674");
    none("000051121");
    // (nor do SNOMED codes, ISBNs, barcodes and round numbers alone: a
    // single check digit, an ISBN's is the NHS number's, or a birth
    // date's shape alone would read one in ten of them), nor a UK
    // National Insurance number's shape alone, a lot's code's as often
    none("404684003");
    none("0306406152");
    none("4902102177245");
    none("125000000");
    none("AB 12 34 56 C");
    none("LT240317C");
    none("took 10000000146 steps");
    none("10000000146 mg");
}

#[test]
fn a_photo_identity_a_reporters_certificate_and_a_prescribers_registration() {
    exact("Photo ID: W1393075; Patient name", &[(License, "W1393075")]);
    exact("Guardian ID (DL): M36458098\n", &[(License, "M36458098")]);
    exact("Court reporter, CSR No. 18381\n", &[(License, "18381")]);
    exact("spoke with CSR # 4471 at Aetna\n", &[]);
    exact("Physician MD  Prov # 1015513512\n", &[(License, "1015513512")]);
    exact("Prescriber Reg MED5745787520\n", &[(License, "MED5745787520")]);
    // a car's registration stays a plate, an Irish one's groups too
    exact("Car reg ML35 SEK parked", &[(Vehicle, "ML35 SEK")]);
    exact("Toyota Corolla reg 222-KY-26000 spoken to", &[(Vehicle, "222-KY-26000")]);
    exact("Site ID: 4417829 enrolled", &[]);
}

#[test]
fn a_calls_reference_is_no_phone() {
    exact("help desk, spoke w/ Marie, call ref 5308533672\n", &[(Id, "5308533672")]);
    exact("Agent: R   Call ref: 91669-56\n", &[(Id, "91669-56")]);
    exact("please call 5308533672 ref desk", &[(Phone, "5308533672")]);
}

#[test]
fn a_hospital_file_number_is_the_record_number() {
    exact("discharged 16/9/22. Hospital file no. 55490046.\n", &[(Date, "16/9/22"), (Mrn, "55490046")]);
}

#[test]
fn national_insurance_and_social_insurance_abbreviated() {
    exact("Nat Ins #: JN861591D\nHome", &[(Ssn, "JN861591D")]);
    exact("Social Ins # 259 092 096   Health", &[(Ssn, "259 092 096")]);
    // a Japanese social insurance card's number is a health plan's
    exact("social insurance card no. : Y400793783\n", &[(HealthPlan, "Y400793783")]);
}

#[test]
fn a_london_hospitals_k_number() {
    exact("Patient: ADEYEMI  K number: F355950  Age: 54", &[(Mrn, "F355950")]);
    exact("K 4.1, Na 140, K no change", &[]);
}
