//! Note-type templates and the `{KEY}` placeholder vocabulary.

use super::vocab::*;
use super::Ctx;
use phi_core::PhiType;
use rand::Rng;

/// Writes one whole note into `c`; returns the template name.
pub(crate) fn write_note(c: &mut Ctx) -> &'static str {
    const NOTES: &[(u32, &str, fn(&mut Ctx))] = &[
        (12, "soap", soap),
        (8, "discharge", discharge),
        (6, "referral", referral),
        (7, "telephone", phone_encounter),
        (7, "ed_triage", triage),
        (5, "lab", lab_report),
        (4, "radiology", radiology),
        (6, "nursing", nursing),
        (6, "portal", portal),
        (5, "billing", billing),
        (4, "consult", consult),
        (4, "social_work", social_work),
        (4, "pharmacy", pharmacy),
        (3, "audit", access_audit),
        (3, "procedure", procedure),
        (2, "transport", transport),
        (3, "face_sheet", face_sheet),
        (3, "results_letter", results_letter),
        (2, "pathology", pathology),
        (2, "ob", obstetric),
        (2, "pediatric", pediatric),
        (2, "behavioral", behavioral),
        (1, "death", death_note),
        (3, "brief", brief),
    ];
    let total: u32 = NOTES.iter().map(|n| n.0).sum();
    let mut k = c.r.gen_range(0..total);
    for &(w, name, f) in NOTES {
        if k < w {
            f(c);
            // A few EHR exports are entirely upper-case (ASCII only, so
            // byte offsets are unchanged).
            if c.chance(0.03) {
                c.text.make_ascii_uppercase();
            }
            return name;
        }
        k -= w;
    }
    unreachable!()
}

impl Ctx {
    /// Expands one placeholder.
    pub(crate) fn key(&mut self, k: &str) {
        match k {
            // ---- people
            "PT" => self.patient_mention(),
            "PT_FULL" => {
                let p = self.p.pt.clone();
                let n = self.full_name(&p);
                self.phi(PhiType::Name, &n);
            }
            "PT_HDR" => {
                let p = self.p.pt.clone();
                let n = self.header_name(&p);
                self.phi(PhiType::Name, &n);
            }
            "PT_LOWER" => {
                let p = self.p.pt.clone();
                let n = format!("{} {}", p.first, p.last).to_lowercase();
                self.phi(PhiType::Name, &n);
            }
            "PT_NICK" => {
                let p = self.p.pt.clone();
                let nick = if p.female { self.pick(&["Peggy", "Dot", "Lulu", "Bea", "Liz", "Kiki", "Mimi"]) } else { self.pick(&["Bud", "Chip", "Sonny", "Bobby", "Hank", "Manny", "Pepe"]) };
                self.raw("\"");
                self.phi(PhiType::Name, nick);
                self.raw("\"");
            }
            "PT_FIRST" => {
                let n = self.p.pt.first.clone();
                self.phi(PhiType::Name, &n);
            }
            "PT_LAST" => {
                let p = self.p.pt.clone();
                let t = if p.female { self.pick(&["Ms.", "Mrs.", "Ms"]) } else { self.pick(&["Mr.", "Mr"]) };
                self.raw(t);
                self.raw(" ");
                self.phi(PhiType::Name, &p.last);
            }
            "DR" => {
                let p = self.p.attending.clone();
                let cred = self.p.attending_cred;
                self.clinician(&p, cred);
            }
            "DR_NAME" => {
                let p = self.p.attending.clone();
                let n = self.full_name(&p);
                self.phi(PhiType::Name, &n);
            }
            "DR_SIG" => {
                let p = self.p.attending.clone();
                let n = if self.chance(0.2) { self.header_name(&p) } else { self.full_name(&p) };
                self.phi(PhiType::Name, &n);
                let cred = self.p.attending_cred;
                self.raw(", ");
                self.raw(cred);
            }
            "CLIN" => {
                let p = self.new_person();
                let cred = self.random_cred();
                self.clinician(&p, cred);
            }
            "CLIN_NAME" => {
                let p = self.new_person();
                let n = if self.chance(0.25) { self.header_name(&p) } else { self.full_name(&p) };
                self.phi(PhiType::Name, &n);
            }
            "NURSE" => {
                let p = self.new_person();
                match self.r.gen_range(0..4) {
                    0 => {
                        self.raw("RN ");
                        let n = p.first.clone();
                        self.phi(PhiType::Name, &n);
                    }
                    1 => {
                        let n = format!("{} {}.", p.first, p.last.chars().next().unwrap());
                        self.phi(PhiType::Name, &n);
                        self.raw(", RN");
                    }
                    _ => {
                        let n = self.full_name(&p);
                        self.phi(PhiType::Name, &n);
                        let cred = self.pick(&[", RN", ", RN, BSN", " RN", ", LPN", ", CNA"]);
                        self.raw(cred);
                    }
                }
            }
            "NAME" => {
                let p = self.new_person();
                let n = self.full_name(&p);
                self.phi(PhiType::Name, &n);
            }
            "REL" => self.relative(),
            "REL_ONLY" => {
                let w = if self.chance(0.5) { self.pick(RELATIONS_F) } else { self.pick(RELATIONS_M) };
                self.raw(w);
            }
            "SEX_HDR" => {
                let w = if self.p.pt.female { self.pick(&["F", "Female", "female", "F"]) } else { self.pick(&["M", "Male", "male", "M"]) };
                self.raw(w);
            }
            "SEX" => {
                let w = if self.p.pt.female { self.pick(&["woman", "female", "F", "lady", "woman"]) } else { self.pick(&["man", "male", "M", "gentleman", "man"]) };
                self.raw(w);
            }
            "HE" => self.raw(if self.p.pt.female { "she" } else { "he" }),
            "HE_C" => self.raw(if self.p.pt.female { "She" } else { "He" }),
            "HIS" => self.raw(if self.p.pt.female { "her" } else { "his" }),
            "HIS_C" => self.raw(if self.p.pt.female { "Her" } else { "His" }),
            "HIM" => self.raw(if self.p.pt.female { "her" } else { "him" }),
            // ---- dates & ages
            "DOB" => self.dob(),
            "VDATE" => self.visit_date(),
            "DATE" => self.date_near(400, 30, true),
            "DATE_Y" => self.date_near(400, 30, false),
            "PAST" => {
                let back = self.r.gen_range(365..3650);
                let d = self.p.visit.add_days(-back);
                let s = self.date_str(d, false);
                self.phi(PhiType::Date, &s);
            }
            "RECENT" => self.date_near(14, 0, true),
            "ADMIT" => {
                let back = self.r.gen_range(1..15);
                let d = self.p.visit.add_days(-back);
                let s = self.date_str(d, false);
                self.phi(PhiType::Date, &s);
            }
            "WDATE" => {
                // Weekday + long date; the weekday stays outside the span.
                let off = self.r.gen_range(-60..=60);
                let d = self.p.visit.add_days(off);
                const M: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
                let s = match self.r.gen_range(0..3) {
                    0 => format!("{} {}, {}", M[d.m as usize - 1], d.d, d.y),
                    1 => format!("{}/{}/{}", d.m, d.d, d.y),
                    _ => format!("{} {}", M[d.m as usize - 1], d.d),
                };
                let wd = d.weekday();
                self.raw(wd);
                self.raw(", ");
                self.phi(PhiType::Date, &s);
            }
            "COMPACT_DATE" => {
                let d = self.p.visit;
                let s = format!("{}{:02}{:02}", d.y, d.m, d.d);
                self.phi(PhiType::Date, &s);
            }
            "FUTURE" => self.date_near(-7, 120, true),
            "MONTHYEAR" => {
                let back = self.r.gen_range(30..2000);
                let d = self.p.visit.add_days(-back);
                const M: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
                let s = if self.chance(0.5) { format!("{} {}", M[d.m as usize - 1], d.y) } else { format!("{}/{}", d.m, d.y) };
                self.phi(PhiType::Date, &s);
            }
            "AGE_ADJ" => {
                let a = self.p.age;
                self.age_adj(a);
            }
            "AGE_NUM" => {
                let a = self.p.age;
                self.age_form(a, "{}");
            }
            "AGE_NOUN" => {
                let a = self.p.age;
                self.age_noun(a);
            }
            "YAGE_ADJ" => {
                let a = self.range(1, 89);
                self.age_adj(a);
            }
            "YAGE_NOUN" => {
                let a = self.range(18, 89);
                self.age_noun(a);
            }
            // ---- contact & geography
            "PHONE" => self.phone(),
            "FAX" => self.fax(),
            "EMAIL" => {
                let p = self.p.pt.clone();
                self.email_for(&p);
            }
            "EMAIL_ANY" => {
                let p = self.new_person();
                self.email_for(&p);
            }
            "URL" => self.url(),
            "IP" => self.ip(),
            "ADDR" => self.address(false),
            "ADDR_ML" => self.address(true),
            "STREET" => self.street_only(),
            "ZIP" => {
                let z = self.zip_value();
                self.phi(PhiType::Zip, &z);
            }
            // ---- identifiers
            "SSN_L" => self.ssn_labelled(),
            "SSN" => {
                let (v, _) = self.ssn_value();
                self.phi(PhiType::Ssn, &v);
            }
            "MRN_L" => self.mrn_labelled(),
            "MRN" => self.mrn(false),
            "MRN_NEW" => self.mrn(true),
            "PLAN_L" => self.health_plan_labelled(),
            "PLAN" => self.health_plan(),
            "ACCT_L" => self.account_labelled(),
            "ACCT" => self.account(),
            "DEA" => {
                let last = self.p.attending.last.clone();
                let v = self.dea_value(&last);
                self.phi(PhiType::License, &v);
            }
            "NPI" => {
                let v = self.npi_value();
                self.phi(PhiType::License, &v);
            }
            "DL" => {
                let v = match self.r.gen_range(0..5) {
                    0 => format!("{}{}", self.upper(1), self.digits(7)),
                    1 => format!("{}{}-{}-{}", self.upper(1), self.digits(3), self.digits(4), self.digits(4)),
                    2 => self.digits(9),
                    3 => format!("{}{}", self.upper(2), self.digits(6)),
                    _ => format!("{} {} {}", self.digits(3), self.digits(3), self.digits(3)),
                };
                self.phi(PhiType::License, &v);
            }
            "LIC" => {
                let v = match self.r.gen_range(0..4) {
                    0 => format!("MD{}", self.digits(6)),
                    1 => format!("{}{}", self.upper(1), self.digits(5)),
                    2 => format!("RN{}", self.digits(6)),
                    _ => format!("{}.{}", self.digits(2), self.digits(6)),
                };
                self.phi(PhiType::License, &v);
            }
            "VIN" => {
                let v = self.vin_value();
                self.phi(PhiType::Vehicle, &v);
            }
            "PLATE" => {
                let v = self.plate_value();
                self.phi(PhiType::Vehicle, &v);
            }
            "DEVSN" => {
                let v = self.device_serial();
                self.phi(PhiType::Device, &v);
            }
            "ID_L" => self.other_id(),
            // ---- clinical negatives (never labelled)
            "DOSE" => {
                let s = self.dose();
                self.raw(&s);
            }
            "DRUG" => {
                let s = self.pick(DRUGS);
                self.raw(s);
            }
            "VITALS" => {
                let s = self.vitals();
                self.raw(&s);
            }
            "LAB" => {
                let s = self.lab();
                self.raw(&s);
            }
            "LABS" => {
                let n = self.range(3, 6);
                let labs: Vec<String> = (0..n).map(|_| self.lab()).collect();
                let sep = self.pick(&[", ", "; ", ", "]);
                let s = labs.join(sep);
                self.raw(&s);
            }
            "ICD" => {
                let s = self.pick(ICD);
                self.raw(s);
            }
            "CPT" => {
                let s = self.pick(CPT);
                self.raw(s);
            }
            "YEAR" => {
                let y = self.range(1975, 2024);
                self.raw(&y.to_string());
            }
            "TIME" => {
                let s = match self.r.gen_range(0..5) {
                    0 => format!("{}:{:02}", self.range(0, 23), self.range(0, 59)),
                    1 => format!("{}:{:02} {}", self.range(1, 12), self.range(0, 59), self.pick(&["AM", "PM", "am", "pm", "a.m.", "p.m."])),
                    2 => format!("{:02}{:02}", self.range(0, 23), self.range(0, 59)),
                    3 => format!("{:02}:{:02}", self.range(0, 23), self.range(0, 59)),
                    _ => format!("{}{}", self.range(1, 12), self.pick(&["am", "pm", " PM", " AM"])),
                };
                self.raw(&s);
            }
            "ROOM" => {
                let s = match self.r.gen_range(0..5) {
                    0 => format!("Room {}", self.range(100, 899)),
                    1 => format!("Rm {}{}", self.range(1, 12), self.pick(&["01", "12", "24", "30"])),
                    2 => format!("Bed {}{}", self.range(1, 40), self.pick(&["A", "B", ""])),
                    3 => format!("room {}-{}", self.range(2, 9), self.pick(&["West", "East", "North", "South"])),
                    _ => format!("Bay {}", self.range(1, 24)),
                };
                self.raw(&s);
            }
            "EPONYM" => {
                let s = self.pick(EPONYMS);
                self.raw(s);
            }
            "SIGN" => {
                let s = self.pick(EPONYM_SIGNS);
                self.raw(s);
            }
            "DEVNEG" => {
                let s = self.pick(DEVICES_NEG);
                self.raw(s);
            }
            "PROC" => {
                let s = self.pick(PROCEDURES_NEG);
                self.raw(s);
            }
            "HOSP" => {
                let s = self.pick(HOSPITALS);
                self.raw(s);
            }
            "DEPT" => {
                let s = self.pick(DEPTS);
                self.raw(s);
            }
            "CC" => {
                let s = self.pick(COMPLAINTS);
                self.raw(s);
            }
            "PMH" => {
                let n = self.range(1, 4);
                let v: Vec<&str> = (0..n).map(|_| self.pick(PMH)).collect();
                let s = v.join(", ");
                self.raw(&s);
            }
            "N" => {
                let n = self.range(2, 14);
                self.raw(&n.to_string());
            }
            "SCORE" => {
                let s = match self.r.gen_range(0..6) {
                    0 => format!("pain {}/10", self.range(0, 10)),
                    1 => format!("strength {}/5", self.range(3, 5)),
                    2 => format!("{}/10 pain", self.range(1, 10)),
                    3 => format!("PHQ-9 score {}", self.range(0, 27)),
                    4 => format!("reflexes 2+ and symmetric, strength 5/5 x4"),
                    _ => format!("{}/{} sets completed", self.range(1, 3), 3),
                };
                self.raw(&s);
            }
            "NDC" => {
                let s = format!("NDC {}-{}-{}", self.digits(5), self.digits(3), self.digits(2));
                self.raw(&s);
            }
            "VERSION" => {
                let s = format!("{}.{}.{}.{}", self.range(1, 9), self.range(0, 12), self.range(0, 9), self.range(1, 40));
                self.raw(&s);
            }
            "FILE" => {
                let s = self.pick(&["discharge_instructions.pdf", "scan_0423.pdf", "ECG_12lead.png", "wound_photo.jpg", "consent-form.pdf", "CXR_PA_LAT.dcm", "labs.csv"]);
                self.raw(s);
            }
            "MISC_NEG" => {
                let s = match self.r.gen_range(0..14) {
                    0 => format!("visual acuity 20/{} OD, 20/{} OS", self.pick(&[20, 25, 30, 40, 60]), self.pick(&[20, 25, 30, 40, 70])),
                    1 => format!("G{}P{}{}{}{}", self.range(1, 5), self.range(0, 4), self.range(0, 1), self.range(0, 2), self.range(0, 4)),
                    2 => "1:1 sitter at bedside".to_string(),
                    3 => format!("take 1/2 tab q{}-{}h", self.range(4, 6), self.range(6, 8)),
                    4 => format!("FEV1/FVC 0.{}", self.range(50, 85)),
                    5 => format!("{} given @ {:02}00", self.pick(DRUGS), self.range(6, 22)),
                    6 => format!("vent settings AC {}/{}/{}/{}%", self.pick(&[14, 16, 18]), self.pick(&[400, 450, 500]), self.pick(&[5, 8, 10]), self.pick(&[30, 40, 60])),
                    7 => format!("weight {}.{} kg (BMI {}.{})", self.range(40, 140), self.range(0, 9), self.range(17, 48), self.range(0, 9)),
                    8 => format!("{}-{} times per week", self.range(1, 3), self.range(3, 5)),
                    9 => format!("I&O {}/{} mL", self.range(800, 2500), self.range(500, 2400)),
                    10 => format!("EF {}-{}%", self.pick(&[25, 30, 35, 45, 55]), self.pick(&[35, 40, 50, 60])),
                    11 => format!("QTc {} ms, PR {} ms", self.range(380, 520), self.range(120, 220)),
                    12 => format!("CD4 {}, viral load <{}", self.range(200, 1200), self.pick(&[20, 40, 50])),
                    _ => format!("{} cm x {} cm x {} cm wound", self.range(1, 9), self.range(1, 6), self.range(0, 3)),
                };
                self.raw(&s);
            }
            "INSURER" => {
                let s = self.pick(&["Medicare", "Medicaid", "Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana", "Kaiser Permanente", "Tricare", "Molina Healthcare", "Anthem"]);
                self.raw(s);
            }
            "LOT" => {
                let s = format!("Lot {}{}", self.upper(2), self.digits(4));
                self.raw(&s);
            }
            "MEDLIST" => {
                let n = self.range(2, 6);
                for i in 0..n {
                    let d = self.dose();
                    if i > 0 {
                        self.raw("\n");
                    }
                    let bullet = self.pick(&["- ", "* ", "", "• "]);
                    self.raw(&format!("{bullet}{d}"));
                }
            }
            other => panic!("unknown template key {other}"),
        }
    }

    fn dose(&mut self) -> String {
        let drug = self.pick(DRUGS);
        let freq = self.pick(&["daily", "BID", "TID", "q6h PRN", "at bedtime", "QHS", "q8h", "once weekly", "PO daily", "PO BID", "IV q12h", "q4h PRN pain", "every morning", "x1", "twice daily"]);
        match self.r.gen_range(0..8) {
            0 => format!("{drug} {} mg {freq}", self.pick(&[5, 10, 20, 25, 40, 50, 81, 100, 250, 500, 1000])),
            1 => format!("{drug} {}.{} mg {freq}", self.range(0, 2), self.pick(&[1, 25, 5, 125, 75])),
            2 => format!("{drug} {} mg/kg IV q{}h", self.pick(&["0.5", "1", "15", "2.5", "10"]), self.pick(&[6, 8, 12, 24])),
            3 => format!("{drug} {} units subcut {freq}", self.range(4, 60)),
            4 => format!("{drug} {} mcg {freq}", self.pick(&[25, 50, 75, 88, 100, 112, 125, 137, 150])),
            5 => format!("{drug} {} g IV {freq}", self.pick(&["1", "2", "4.5", "3.375"])),
            6 => format!("{drug} {} mEq PO {freq}", self.pick(&[10, 20, 40])),
            _ => format!("{drug} {} puffs {freq}", self.range(1, 4)),
        }
    }

    fn vitals(&mut self) -> String {
        let bp = format!("{}/{}", self.range(92, 182), self.range(52, 104));
        let hr = self.range(48, 128);
        let rr = self.range(12, 28);
        let t = format!("{}.{}", self.range(96, 102), self.range(0, 9));
        let spo2 = self.range(86, 100);
        let wt = self.range(40, 140);
        match self.r.gen_range(0..4) {
            0 => format!("BP {bp}, HR {hr}, RR {rr}, T {t}F, SpO2 {spo2}% on RA"),
            1 => format!("T: {t} F | P: {hr} | R: {rr} | BP: {bp} | O2 sat: {spo2}% | Wt: {wt} kg"),
            2 => format!("Temp {}.{} C, pulse {hr}, resp {rr}, BP {bp} mmHg, SpO2 {spo2}% on {} L NC", self.range(36, 39), self.range(0, 9), self.range(1, 4)),
            _ => format!("VS: {bp}, {hr}, {rr}, {t}, {spo2}%"),
        }
    }

    fn lab(&mut self) -> String {
        match self.r.gen_range(0..18) {
            0 => format!("WBC {}.{}", self.range(3, 18), self.range(0, 9)),
            1 => format!("Hgb {}.{}", self.range(7, 16), self.range(0, 9)),
            2 => format!("Plt {}", self.range(90, 450)),
            3 => format!("Na {}", self.range(128, 148)),
            4 => format!("K {}.{}", self.range(3, 5), self.range(0, 9)),
            5 => format!("Cr {}.{}", self.range(0, 3), self.range(1, 9)),
            6 => format!("BUN {}", self.range(6, 60)),
            7 => format!("glucose {}", self.range(70, 420)),
            8 => format!("HbA1c {}.{}%", self.range(5, 12), self.range(0, 9)),
            9 => format!("INR {}.{}", self.range(0, 3), self.range(0, 9)),
            10 => format!("LDL {}", self.range(60, 190)),
            11 => format!("TSH {}.{:02}", self.range(0, 8), self.range(0, 99)),
            12 => format!("troponin <0.0{}", self.range(1, 4)),
            13 => format!("BNP {}", self.range(20, 2400)),
            14 => format!("lactate {}.{}", self.range(0, 6), self.range(0, 9)),
            15 => format!("eGFR {} mL/min/1.73m2", self.range(15, 110)),
            16 => format!("ALT {}/AST {}", self.range(10, 140), self.range(10, 140)),
            _ => format!("Mg {}.{}", self.range(1, 2), self.range(0, 9)),
        }
    }
}

// ---------------------------------------------------------------------------
// Shared fragments

fn header_patient_block(c: &mut Ctx) {
    // A demographic header in one of several layouts.
    match c.r.gen_range(0..4) {
        0 => {
            c.t("Patient: {PT_HDR}\n");
            c.t("DOB: {DOB}");
            if c.chance(0.5) {
                c.t("    MRN: {MRN}");
            } else {
                c.t("\n{MRN_L}");
            }
            c.raw("\n");
        }
        1 => {
            c.t("Name: {PT_HDR}   D.O.B. {DOB}   Age: {AGE_NUM}\n");
            c.t("{MRN_L}\n");
        }
        2 => {
            c.t("PATIENT NAME: {PT_HDR}\nDATE OF BIRTH: {DOB}\nMEDICAL RECORD #: {MRN}\n");
        }
        _ => {
            c.t("{PT_HDR} | {MRN_L} | DOB {DOB} | {SEX_HDR}\n");
        }
    }
    if c.chance(0.5) {
        c.tp(&["Date of Service: {VDATE}\n", "Visit date: {VDATE}\n", "DOS: {VDATE}\n", "Encounter date {VDATE} {TIME}\n", "Admit Date: {DATE_Y}\n"]);
    }
}

const HPI: &[&str] = &[
    "{PT} is a {AGE_ADJ} {SEX} with a history of {PMH} who presents with {CC}.",
    "{AGE_ADJ} {SEX} with PMH of {PMH} presenting for follow-up of {CC}.",
    "Pt is a {AGE_ADJ} {SEX} seen today for {CC}. {HE_C} reports symptoms started on {RECENT}.",
    "{PT} ({AGE_NOUN}) returns to clinic for {CC}, last seen by {DR} on {DATE}.",
    "This is a {AGE_ADJ} {SEX}, {AGE_NOUN}, with {PMH}, who comes in with {CC} since {RECENT}.",
    "{HE_C} is {AGE_NOUN} and lives with {REL}. Chief complaint: {CC}.",
    "{PT} is a pleasant {AGE_ADJ} with {EPONYM} and {PMH}, here for {CC}.",
    "Patient presents accompanied by {REL} with {CC} x{N} days.",
    "{PT} states {HE} has had {CC} since {YEAR}, worse over the last {N} weeks.",
    "Referred by {CLIN} for evaluation of {CC}.",
    "{AGE_ADJ} {SEX} w/ {EPONYM}, {PMH}, p/w {CC}. Last admission {DATE_Y} at {HOSP} for similar symptoms.",
];

const SUBJ_EXTRA: &[&str] = &[
    " Denies fever, chills, chest pain.",
    " Reports adherence to {DOSE}.",
    " {HE_C} rates {SCORE}.",
    " Sleep is poor; {HE} naps at {TIME}.",
    " {HIS_C} {CC} began after {HE} ran out of {DRUG} on {RECENT}.",
    " {HE_C} quit smoking in {YEAR} ({N} pack-years).",
    " Family history notable for {EPONYM} in {HIS} mother.",
    " {REL} helps with medications.",
    " Last colonoscopy {PAST}, normal.",
    " Flu vaccine given {DATE}, {LOT}.",
    " Works as a teacher; walks {N} blocks before stopping.",
    " Weight down {N} lbs since {MONTHYEAR}.",
    " Home readings: {MISC_NEG}.",
    " Uses {DRUG} {N}-{N} times a week.",
    " Next visit {WDATE} at {TIME}.",
    " Goes by {PT_NICK}; prefers to be called that.",
];

const EXAM: &[&str] = &[
    "Vitals: {VITALS}.",
    "{VITALS}",
    "Gen: NAD, A&O x3. CV: RRR, no murmurs. Lungs: CTAB. Abd: soft, NT/ND, {SIGN}.",
    "Exam notable for 2+ pitting edema bilaterally; {SIGN}; {SCORE}.",
    "Neuro: CN II-XII intact, {SIGN}, {SCORE}.",
    "HEENT: PERRLA, EOMI. Neck supple. Skin warm and dry. Ext: no clubbing.",
    "MSK: {SIGN}. Gait steady with walker.",
    "Data: {MISC_NEG}; {MISC_NEG}.",
    "Eyes: {MISC_NEG}.",
];

const ASSESS: &[&str] = &[
    "{CC} likely secondary to {EPONYM}; {ICD}.",
    "1. {PMH} - stable. Continue {DOSE}.\n2. {CC} ({ICD}) - improving.",
    "#{CC}: labs today {LABS}. Will repeat in {N} weeks.",
    "Dx: {ICD}, {ICD}. Billing code {CPT}.",
    "Assessment: {PMH}, uncontrolled; HbA1c {LAB}.",
    "{CC}, r/o {EPONYM}. Discussed with {CLIN}, who agrees.",
];

const PLAN: &[&str] = &[
    "Start {DOSE}. Follow up in {N} weeks or on {FUTURE}.",
    "Increase {DRUG} to {DOSE}. RTC {N} months.",
    "Refer to {DEPT} ({CLIN}). Appointment scheduled {FUTURE} at {TIME}.",
    "Labs ordered: CBC, CMP, lipid panel (CPT {CPT}). Call {PHONE} with results.",
    "Patient to call the clinic at {PHONE} if symptoms worsen.",
    "Plan discussed with {PT} and {REL}; all questions answered.",
    "Continue {DOSE}; stop {DRUG}. Repeat {LAB} on {FUTURE}.",
    "{DEVNEG} removed. PT/OT consult. Target discharge {FUTURE}.",
    "Records to be faxed to {HOSP}, fax {FAX}.",
    "Will send summary to PCP {CLIN} via portal.",
];

fn signature(c: &mut Ctx) {
    c.tp(&[
        "\n\nElectronically signed by {DR_SIG} on {VDATE} at {TIME}",
        "\n\n{DR_SIG}\n{DEPT}, {HOSP}",
        "\n\n-- {DR_SIG}",
        "\n\nSigned: {DR}  {VDATE}",
        "\n\nAttending: {DR_NAME}. Please page via operator with questions.",
        "\n\nI saw and examined the patient with the resident, {CLIN_NAME}, and agree with the plan. {DR_SIG}",
        "\n\n{DR_SIG} | NPI {NPI} | Phone {PHONE} | Fax {FAX}",
    ]);
}

// ---------------------------------------------------------------------------
// Note types

fn soap(c: &mut Ctx) {
    c.tp(&["PROGRESS NOTE\n", "Office Visit - {DEPT}\n", "Clinic Note\n", "OUTPATIENT PROGRESS NOTE - {HOSP}\n", ""]);
    if c.chance(0.7) {
        header_patient_block(c);
    }
    c.tp(&["\nS: ", "\nSUBJECTIVE:\n", "\nHPI: ", "\nSubjective: "]);
    c.tp(HPI);
    for _ in 0..c.r.gen_range(1..4) {
        c.tp(SUBJ_EXTRA);
    }
    c.tp(&["\nO: ", "\nOBJECTIVE:\n", "\nExam: ", "\nObjective: "]);
    c.tp(EXAM);
    c.raw(" ");
    c.tp(EXAM);
    if c.chance(0.5) {
        c.t(" Labs ({DATE}): {LABS}.");
    }
    c.tp(&["\nA: ", "\nASSESSMENT:\n", "\nAssessment/Plan:\n", "\nImpression: "]);
    c.tp(ASSESS);
    c.tp(&["\nP: ", "\nPLAN:\n", "\n", "\nPlan: "]);
    c.tp(PLAN);
    c.raw(" ");
    c.tp(PLAN);
    if c.chance(0.3) {
        c.raw(" ");
        c.tp(PLAN);
    }
    signature(c);
}

fn discharge(c: &mut Ctx) {
    c.tp(&["DISCHARGE SUMMARY\n", "Discharge Summary - {HOSP}\n", "HOSPITAL COURSE SUMMARY\n"]);
    header_patient_block(c);
    c.tp(&["Admission date: {ADMIT}    Discharge date: {VDATE}\n", "Admitted: {ADMIT}\nDischarged: {VDATE}\n", "Dates of stay: {ADMIT} - {VDATE}\n"]);
    c.t("Attending physician: {DR}\n");
    if c.chance(0.5) {
        c.t("PCP: {CLIN}, phone {PHONE}\n");
    }
    c.tp(&[
        "\nReason for admission: {CC}.\n",
        "\nPrincipal diagnosis: {EPONYM} ({ICD}). Secondary: {PMH}.\n",
    ]);
    c.t("\nHOSPITAL COURSE:\n");
    c.tp(HPI);
    c.tp(&[
        " {HE_C} was admitted to {DEPT} ({ROOM}) and started on {DOSE}.",
        " On hospital day {N}, {HE} developed {CC}; CT on {DATE} was negative.",
        " A {DEVNEG} was placed on {DATE} and removed prior to discharge.",
        " Cardiology ({CLIN}) was consulted on {DATE} and recommended {DOSE}.",
        " Labs at discharge: {LABS}.",
    ]);
    c.tp(&[
        " {HE_C} improved and was ambulating independently by {RECENT}.",
        " {SIGN}. {HE_C} tolerated a regular diet.",
        " Family meeting held with {REL} on {RECENT}; goals of care reviewed.",
        " Hospital course complicated by delirium, resolved with {DRUG}.",
    ]);
    c.t("\n\nDISCHARGE MEDICATIONS:\n{MEDLIST}\n");
    c.tp(&[
        "\nDisposition: home with {REL}. Address on file: {ADDR}.",
        "\nDisposition: discharged to {HOSP}. Report called to {NURSE} at {PHONE}.",
        "\nDischarged home in stable condition at {TIME}.",
        "\nDisposition: home with home health; agency phone {PHONE}, fax {FAX}.",
    ]);
    c.tp(&[
        "\nFollow-up: {CLIN} on {FUTURE} at {TIME}. Call {PHONE} to reschedule.",
        "\nFollow up with PCP in 1 week ({FUTURE}).",
        "\nFollow-up appointments:\n - {DEPT}, {FUTURE}\n - {CLIN}, {FUTURE}",
    ]);
    signature(c);
}

fn referral(c: &mut Ctx) {
    let hosp = c.pick(HOSPITALS);
    c.t(&format!("{hosp}\n"));
    if c.chance(0.7) {
        c.t("{ADDR_ML}\nTel {PHONE}  Fax {FAX}\n\n");
    }
    c.t("{VDATE}\n\n");
    c.tp(&["Dear Dr. ", "Dear Dr ", "To: Dr. "]);
    let p = c.new_person();
    c.phi(PhiType::Name, &p.last);
    c.raw(",\n\n");
    c.tp(&[
        "RE: {PT_HDR}, DOB {DOB}, {MRN_L}\n\n",
        "Re: {PT_FULL} (DOB: {DOB})\n\n",
        "Patient: {PT_FULL}\nDate of birth: {DOB}\n{PLAN_L}\n\n",
    ]);
    c.tp(&[
        "Thank you for seeing {PT}, a {AGE_ADJ} {SEX} with {PMH}, whom I am referring for {CC}.",
        "I am writing to refer {PT_FULL} to {DEPT} for further evaluation of {CC}.",
        "I would be grateful if you could see {PT} regarding {EPONYM}, diagnosed {MONTHYEAR}.",
    ]);
    c.raw(" ");
    c.tp(&[
        "{HE_C} was last seen in our clinic on {DATE} when {VITALS}.",
        "Recent labs ({DATE}): {LABS}.",
        "Current medications include {DOSE} and {DOSE}.",
        "Imaging on {DATE} showed no acute findings.",
    ]);
    c.raw(" ");
    c.tp(&[
        "{HE_C} can be reached at {PHONE} or by email at {EMAIL}.",
        "The patient's home number is {PHONE}; {HIS} {REL_ONLY}, {NAME}, can also be reached at {PHONE}.",
        "{HE_C} lives at {ADDR}.",
        "Please contact {HIM} at {PHONE}.",
        "Insurance: {PLAN_L}.",
    ]);
    c.t("\n\nPlease fax your consultation report to {FAX}");
    c.tp(&[" or call me directly at {PHONE}.", ".", " (attn: {NURSE}).", " or send it via {URL}."]);
    c.t("\n\nSincerely,\n\n{DR_SIG}");
    if c.chance(0.5) {
        c.t("\nNPI: {NPI}");
    }
    if c.chance(0.3) {
        c.t("\n{EMAIL_ANY}");
    }
}

fn phone_encounter(c: &mut Ctx) {
    c.tp(&["TELEPHONE ENCOUNTER\n", "Phone Note\n", "Telephone call - {DEPT}\n", "Call log\n", ""]);
    c.tp(&[
        "{VDATE} {TIME} - ",
        "Date/Time: {VDATE} {TIME}\n",
        "",
        "Call received {VDATE} at {TIME}. ",
    ]);
    c.tp(&[
        "Caller: {REL}. Callback number {PHONE}.\n",
        "Pt {PT} called from {PHONE} ",
        "Spoke with patient {PT_FULL} (DOB {DOB}) at {PHONE}. ",
        "{NURSE} returned call to {PT} at {PHONE}. ",
        "Incoming call from {HOSP}, {CLIN}, phone {PHONE}, regarding {PT_HDR}. ",
        "Patient's {REL_ONLY} called on behalf of {PT}; call back at {PHONE}. ",
    ]);
    c.tp(&[
        "requesting refill of {DOSE}. Pharmacy: {HOSP} outpatient pharmacy, fax {FAX}.",
        "reporting {CC} since {RECENT}. Advised to go to the ED if worse.",
        "asking about lab results from {DATE}: {LABS}. Informed results normal.",
        "to reschedule appointment on {FUTURE} with {DR}.",
        "with questions about {DRUG}; {HE} has been taking {DOSE}.",
        "Patient verified identity with DOB {DOB} and last 4 of phone. Concern: {CC}.",
        "Identity verified (name, DOB {DOB}, zip code {ZIP}). Pt reports {CC}.",
        "Caller verified SSN {SSN} and DOB. Asking about {ACCT_L} balance.",
        "requesting records be sent to new address {ADDR}.",
        "reporting BP readings at home of {VITALS}.",
    ]);
    c.tp(&[
        "\nPlan: {DR} notified; will call back by {TIME}.",
        "\nLeft voicemail at {PHONE} asking patient to return call.",
        "\nRx sent. {NURSE}",
        "\nMessage routed to {CLIN}.",
        "\nTriage disposition: see in clinic {FUTURE}.",
        "\nEmail confirmation sent to {EMAIL}.",
    ]);
}

fn triage(c: &mut Ctx) {
    c.tp(&["ED TRIAGE NOTE\n", "Emergency Department - Triage\n", "TRIAGE\n"]);
    c.tp(&[
        "Arrival: {VDATE} {TIME} via EMS. ",
        "Arrived {TIME} by private vehicle. ",
        "Arrival {TIME} ambulatory. ",
    ]);
    c.tp(&[
        "Pt: {PT_HDR}  Age: {AGE_NUM}  {MRN_L}\n",
        "{PT_FULL}, {AGE_ADJ} {SEX}, {MRN_L}\n",
        "{AGE_ADJ} {SEX}\n",
    ]);
    c.tp(&["CC: {CC}\n", "Chief complaint: {CC} x{N} hrs\n", "Presenting problem: {CC}\n"]);
    c.t("Triage vitals: {VITALS}\n");
    c.tp(&[
        "ESI {N}. Pain {SCORE}. Allergies: NKDA.\n",
        "Acuity 3. {SIGN}. Allergies: penicillin (rash).\n",
        "GCS 15. Weight {N}{N} kg. Fingerstick glucose {LAB}.\n",
    ]);
    c.tp(&[
        "Brought in by {REL}, who can be reached at {PHONE}.",
        "Emergency contact: {NAME} ({REL_ONLY}) {PHONE}.",
        "Lives at {ADDR}. No PCP.",
        "Homeless, last known ZIP {ZIP}. {PLAN_L}.",
        "Registration: {SSN_L}; {ACCT_L}.",
        "Pt states {HE} was in an MVC; vehicle plate {PLATE} per police report.",
        "Per EMS ({CLIN_NAME}), found down at home at {TIME}.",
        "Home meds: {DOSE}; {DOSE}.",
        "Patient is {AGE_NOUN} and from {HOSP}; facility phone {PHONE}.",
    ]);
    c.t("\nTriage RN: {NURSE}");
    if c.chance(0.5) {
        c.t(" | Placed in {ROOM}.");
    }
}

fn lab_report(c: &mut Ctx) {
    c.tp(&["LABORATORY REPORT\n", "{HOSP} Clinical Laboratory\n", "Lab Results\n"]);
    c.tp(&[
        "Patient: {PT_HDR}   DOB: {DOB}   Sex: {SEX_HDR}\n{MRN_L}   {ID_L}\n",
        "Name: {PT_HDR}\n{MRN_L}\nOrdering provider: {DR}\n",
        "{PT_HDR} ({MRN}) - collected {VDATE} {TIME}\n",
    ]);
    c.tp(&[
        "Collected: {VDATE} {TIME}  Received: {VDATE} {TIME}\n",
        "Specimen: blood, venous. Collected {VDATE}.\n",
        "Collected: {COMPACT_DATE} {TIME}   Analyzer software {VERSION}\n",
        "Reported: {DATE_Y}\n",
    ]);
    c.t("\nTest            Result   Units     Ref range\n");
    for _ in 0..c.r.gen_range(3..7) {
        c.tp(&[
            "WBC             {N}.1    K/uL      4.0-11.0\n",
            "Hemoglobin      1{N}.2   g/dL      12.0-16.0\n",
            "Platelets       2{N}{N}    K/uL      150-400\n",
            "Sodium          13{N}      mmol/L    135-145\n",
            "Potassium       4.{N}      mmol/L    3.5-5.1\n",
            "Creatinine      1.{N}      mg/dL     0.6-1.2\n",
            "HbA1c           {N}.4%     %         4.0-5.6\n",
            "TSH             2.{N}      uIU/mL    0.4-4.0\n",
            "LDL             1{N}{N}      mg/dL     <100\n",
        ]);
    }
    c.tp(&[
        "\nCritical value called to {NURSE} at {TIME} on {VDATE}, read back verified.",
        "\nComment: hemolyzed specimen; recollect. {LABS}.",
        "\nVerified by {CLIN_NAME}, MT(ASCP).",
        "\nResults released to patient portal {URL}.",
        "\nPerforming lab: {HOSP}, CLIA 05D{N}{N}{N}{N}. Director: {CLIN}.",
    ]);
}

fn radiology(c: &mut Ctx) {
    c.tp(&["RADIOLOGY REPORT\n", "Imaging Report - {HOSP}\n", "CT REPORT\n", "MRI Report\n"]);
    c.tp(&[
        "Patient: {PT_HDR}  {MRN_L}  DOB: {DOB}\n",
        "{PT_HDR}, {AGE_NOUN}, {MRN_L}\n",
        "Name: {PT_HDR}\n{ID_L}\n",
    ]);
    c.tp(&["Exam date: {VDATE}\n", "Date of exam: {VDATE} {TIME}\n", "Study: {VDATE}\n"]);
    c.t("Referring physician: {CLIN}\n");
    c.tp(&[
        "EXAM: CT abdomen/pelvis with contrast (CPT {CPT})\n",
        "EXAM: Chest X-ray, 2 views\n",
        "EXAM: MRI brain without contrast\n",
        "EXAM: Doppler ultrasound, left lower extremity\n",
    ]);
    c.tp(&[
        "CLINICAL HISTORY: {AGE_ADJ} {SEX} with {CC}. {EPONYM}.\n",
        "INDICATION: {CC}, {ICD}.\n",
        "HISTORY: {CC}; prior study {DATE} for comparison.\n",
    ]);
    c.tp(&[
        "FINDINGS: No acute intracranial abnormality. Ventricles normal in size. A {DEVNEG} is noted.\n",
        "FINDINGS: Heart size normal. Lungs clear. No pleural effusion. Comparison: {DATE}.\n",
        "FINDINGS: 1.{N} cm hypodensity in segment {N} of the liver, stable since {PAST}. Cardiac device in place (pacemaker, serial {DEVSN}).\n",
        "FINDINGS: Nonocclusive thrombus in the popliteal vein. {SIGN}.\n",
    ]);
    c.tp(&[
        "IMPRESSION: No acute findings.\n",
        "IMPRESSION: Findings consistent with {EPONYM}. Recommend follow-up in {N} months.\n",
        "IMPRESSION: Stable exam. Results communicated to {CLIN} by phone at {TIME} on {VDATE}.\n",
    ]);
    c.tp(&[
        "\nDictated by: {CLIN}\nSigned: {VDATE} {TIME}",
        "\nRead by {DR_SIG}",
        "\nImages available at {URL}",
        "\nKey images exported as {FILE}.",
        "\n{CLIN_NAME}, MD - Radiology, {HOSP}",
    ]);
}

fn nursing(c: &mut Ctx) {
    c.tp(&["NURSING NOTE\n", "Nursing Progress Note - {DEPT}\n", "Shift note {TIME}-{TIME}\n", ""]);
    c.tp(&[
        "{VDATE} {TIME}: ",
        "{TIME} ",
        "Date: {VDATE}\n",
        "",
    ]);
    c.tp(&[
        "Received pt {PT_LAST} in {ROOM} from {DEPT}. ",
        "Assumed care of {PT_FULL} at {TIME}. ",
        "Pt {PT} resting in bed, {ROOM}. ",
        "{PT_HDR} ({MRN}) assessed at start of shift. ",
    ]);
    for _ in 0..c.r.gen_range(2..5) {
        c.tp(&[
            "VS {VITALS}. ",
            "{DEVNEG} patent, draining clear yellow urine. ",
            "Pt c/o {SCORE}; {DOSE} given at {TIME} with relief. ",
            "Braden {N}, fall precautions in place. ",
            "Tolerating diet. Ambulated {N}0 ft with walker and {NURSE}. ",
            "Skin intact; turned q2h. ",
            "{REL} at bedside, updated on plan of care. ",
            "{REL} called at {TIME} from {PHONE}; updated. ",
            "Accucheck {LAB} at {TIME}; {N} units insulin lispro given per scale. ",
            "Pt confused overnight, reoriented. {SIGN}. ",
            "Pt is {AGE_NOUN}; high fall risk per Morse Fall Scale ({N}5). ",
            "{HE_C} asked to call {HIS} neighbor {NAME} at {PHONE} about {HIS} dog. ",
            "IV site L forearm, {N}g, no signs of infiltration. ",
            "{MISC_NEG}. ",
            "{DRUG} given @ {TIME}. ",
        ]);
    }
    c.t("\n{NURSE}");
}

fn portal(c: &mut Ctx) {
    c.tp(&["Patient Portal Message\n", "MyChart message\n", "Secure message\n", ""]);
    c.tp(&[
        "From: {PT_FULL} <{EMAIL}>\nTo: {DR}\nSent: {VDATE} {TIME}\nSubject: ",
        "From: {PT_FULL}\nSent: {VDATE}\nSubject: ",
        "Message from {PT_HDR} ({MRN_L}) received {VDATE}:\nRe: ",
    ]);
    c.tp(&["question about my meds\n\n", "refill\n\n", "test results\n\n", "appointment\n\n", "forms for work\n\n"]);
    c.tp(&["Hi Dr. ", "Hello Dr ", "Dear Dr. ", "Hi "]);
    let last = c.p.attending.last.clone();
    c.phi(PhiType::Name, &last);
    c.raw(",\n");
    for _ in 0..c.r.gen_range(1..4) {
        c.tp(&[
            "I've been taking the {DRUG} like you said but I'm still having {CC}. ",
            "Can you send my refill to the pharmacy? My new address is {ADDR}. ",
            "My {REL_ONLY} {NAME} will bring me to the appointment on {FUTURE}. ",
            "I had my blood drawn on {RECENT}, did the results come back? ",
            "My phone number changed, it's now {PHONE}. ",
            "Please email me at {EMAIL} instead. ",
            "I uploaded the photo here: {URL} ",
            "My insurance changed to a new plan, {PLAN_L}. ",
            "I'm {AGE_NOUN} and I don't use the computer much so my grandson is typing this. ",
            "The pharmacy said they need prior auth for {DRUG}. ",
            "I missed my appointment on {DATE} because I was sick, sorry! ",
            "BP this morning was {VITALS}. ",
            "Can I take ibuprofen with {DRUG}? ",
            "I attached {FILE} from the other hospital. ",
            "my daughter says i should ask if {MISC_NEG} is ok? ",
        ]);
    }
    c.tp(&["\nThanks,\n{PT_FIRST}", "\n{PT_FULL}", "\nThank you\n{PT_FULL}\n{PHONE}", "\n- {PT_FIRST}", "\nthanks {PT_LOWER}"]);
    if c.chance(0.6) {
        c.tp(&[
            "\n\n---\nReply from {NURSE} on {VDATE}: Dr. is out until {FUTURE}; message forwarded to {CLIN}.",
            "\n\n---\n{DR}: Results are normal ({LABS}). Continue current plan.",
            "\n\n---\nMessage sent from IP {IP} via {URL}",
        ]);
    }
}

fn billing(c: &mut Ctx) {
    c.tp(&["BILLING NOTE\n", "Patient Financial Services - Account Note\n", "Insurance Verification\n", "Prior Authorization Request\n"]);
    c.tp(&[
        "Patient: {PT_HDR}   DOB: {DOB}\n",
        "Guarantor: {NAME}  (relationship: {REL_ONLY})\nPatient: {PT_HDR}\n",
        "{PT_HDR} | DOB {DOB} | {MRN_L}\n",
    ]);
    let n = c.r.gen_range(3..7);
    for _ in 0..n {
        c.tp(&[
            "{ACCT_L}\n",
            "{PLAN_L}\n",
            "Payer: {INSURER}, group 00{N}{N}{N}{N}, {PLAN_L}\n",
            "{SSN_L}\n",
            "Billing address: {ADDR}\n",
            "Phone: {PHONE}\n",
            "{ID_L}\n",
            "{ACCT_L}\n",
            "Mailing ZIP {ZIP} updated per patient.\n",
            "DOS {DATE_Y}, CPT {CPT} x{N}, Dx {ICD}, charge $1{N}{N}.00\n",
            "Claim denied {DATE_Y} - CO-{N}{N}; resubmitted with modifier 25.\n",
            "Secondary insurance: Medicaid, {PLAN_L}\n",
            "Subscriber: {NAME}, DOB {PAST}\n",
            "Statement mailed {DATE} to {ADDR_ML}\n",
            "Payment plan: $50/month starting {FUTURE}.\n",
            "Employer: {HOSP}. Work phone {PHONE}.\n",
        ]);
    }
    c.tp(&[
        "Spoke with {NAME} at the payer; auth valid through {FUTURE}.",
        "Patient paid copay of $40 by card. Receipt emailed to {EMAIL}.",
        "Faxed to payer at {FAX} on {VDATE}.",
        "Note by {CLIN_NAME}, PFS representative.",
        "Authorization obtained for {CPT}; 12 visits approved.",
    ]);
}

fn consult(c: &mut Ctx) {
    c.tp(&["CONSULTATION\n", "Inpatient Consult - {DEPT}\n", "HISTORY AND PHYSICAL\n"]);
    c.tp(&[
        "Requesting physician: {CLIN}\nReason for consult: {CC}\n",
        "Consult requested by {DR} on {VDATE} for {CC}.\n",
    ]);
    if c.chance(0.6) {
        header_patient_block(c);
    }
    c.t("\nHPI: ");
    c.tp(HPI);
    c.tp(SUBJ_EXTRA);
    c.tp(SUBJ_EXTRA);
    c.t("\n\nPMH: {PMH}\nPSH: {PROC} ({YEAR}); appendectomy ({YEAR})\n");
    c.tp(&[
        "Social: lives alone at {ADDR}; quit tobacco {YEAR}; rare EtOH.\n",
        "Social: lives with {REL}. Retired machinist. Former smoker.\n",
        "Social: widowed, resides at {HOSP}.\n",
        "Social: married; works as an engineer; no drug use.\n",
    ]);
    c.t("Meds:\n{MEDLIST}\n");
    c.t("\nExam: ");
    c.tp(EXAM);
    c.raw(" ");
    c.tp(EXAM);
    c.t("\nData: {LABS}. ECG {VDATE}: sinus rhythm, rate {N}0.\n");
    c.t("\nImpression/Recs:\n");
    c.tp(ASSESS);
    c.raw("\n");
    c.tp(PLAN);
    c.t("\nThank you for this consult. Please page with questions.");
    signature(c);
}

fn social_work(c: &mut Ctx) {
    c.tp(&["SOCIAL WORK NOTE\n", "Case Management Note\n", "Discharge Planning Assessment\n"]);
    c.t("Pt: {PT_HDR}  {MRN_L}\n");
    c.tp(&[
        "SW met with {PT} and {REL} at bedside on {VDATE}.",
        "CM reviewed chart and spoke with {PT} by phone ({PHONE}).",
        "Assessment completed with patient, who is {AGE_NOUN}.",
    ]);
    c.raw(" ");
    for _ in 0..c.r.gen_range(2..5) {
        c.tp(&[
            "Pt lives at {ADDR} in a second-floor apartment without elevator. ",
            "Emergency contact: {REL}, cell {PHONE}, email {EMAIL_ANY}. ",
            "HCPOA is {NAME}, phone {PHONE}. ",
            "Pt receives SSI; {SSN_L} verified for Medicaid application. ",
            "Referral faxed to {HOSP} (fax: {FAX}) on {VDATE}. ",
            "Pt has a {AGE_ADJ} spouse at home with {EPONYM}. ",
            "Transportation: pt drives; {REL} can assist. ",
            "Meals on Wheels contacted at {PHONE}; start date {FUTURE}. ",
            "Pt's {REL_ONLY} lives nearby in ZIP code {ZIP}. ",
        "Transportation benefit covers zip {ZIP} only. ",
        "{ACCT_L} flagged for financial counseling. ",
            "Pt is homeless; mail goes to {ADDR}. ",
            "Housing application submitted to county; shelter bed at {STREET}. ",
            "Provided list of resources including {URL}. ",
            "{PLAN_L}. Benefits verified. ",
            "Patient declined home health. ",
        ]);
    }
    c.t("\n{CLIN_NAME}, LCSW | {PHONE}");
}

fn pharmacy(c: &mut Ctx) {
    c.tp(&["PRESCRIPTION\n", "Pharmacy Note\n", "Medication Reconciliation\n", "eRx Transmission\n"]);
    c.tp(&[
        "Prescriber: {DR}\nDEA: {DEA}\nNPI: {NPI}\n",
        "Prescriber: {DR}  DEA# {DEA}  NPI {NPI}\n",
        "Ordering provider {DR_NAME} (NPI: {NPI}, DEA {DEA})\n",
        "Pharmacist: {CLIN_NAME}, PharmD  License #: {LIC}\n",
        "Prescriber: {DR}, State license {LIC}, DEA {DEA}\n",
    ]);
    c.tp(&[
        "Patient: {PT_HDR}  DOB: {DOB}\nAddress: {ADDR}\nPhone: {PHONE}\n",
        "For: {PT_FULL} (DOB {DOB})\n",
        "Pt: {PT_HDR} {MRN_L}\n",
    ]);
    c.t("Date written: {VDATE}\n\n");
    c.t("Rx: {DOSE}\nDisp: #{N}0 (thirty) tablets. Refills: {N}\n");
    c.tp(&[
        "{NDC}. DAW: no.\n",
        "Controlled substance schedule II; PDMP checked {VDATE}.\n",
        "Sig: 1 tab PO {TIME} daily with food.\n",
        "Interaction alert: {DRUG} + {DRUG} overridden by {CLIN}.\n",
    ]);
    c.tp(&[
        "\nPharmacy: {HOSP} Outpatient Pharmacy, {ADDR}. Ph {PHONE} Fax {FAX}",
        "\nSent to pharmacy via eRx on {VDATE} at {TIME}.",
        "\nPatient ID verified with driver's license {DL}.",
        "\nPicked up by {REL}; ID checked (DL# {DL}).",
        "\nMed rec completed with {PT} and {REL}; home list reviewed.",
    ]);
}

fn access_audit(c: &mut Ctx) {
    c.tp(&["EHR ACCESS AUDIT\n", "Security incident review\n", "Telehealth visit - technical note\n"]);
    for _ in 0..c.r.gen_range(2..5) {
        c.tp(&[
            "{DATE_Y} {TIME} user {CLIN_NAME} viewed chart of {PT_HDR} ({MRN}) from workstation IP {IP}.\n",
            "Patient logged in to portal from {IP} at {TIME} on {VDATE}.\n",
            "Login from {IP} (unusual location) flagged; account locked. Patient notified at {EMAIL}.\n",
            "Video visit link {URL} sent to {PHONE} by SMS.\n",
            "Remote IP: {IP}; duration {N} min; bandwidth {N}0 kbps.\n",
            "Record printed by {CLIN_NAME} on {DATE_Y}; reason: continuity of care.\n",
            "Patient portal account username {EMAIL} reset by help desk ({NAME}). {ID_L}.\n",
            "Connection from {IP} rejected by firewall.\n",
            "{PT_FULL} joined telehealth at {TIME}; audio poor, switched to phone {PHONE}.\n",
        ]);
    }
    c.tp(&[
        "Reviewed by privacy officer {CLIN_NAME} on {VDATE}.",
        "No inappropriate access identified.",
        "Report filed; {ID_L}.",
    ]);
}

fn procedure(c: &mut Ctx) {
    c.tp(&["OPERATIVE REPORT\n", "PROCEDURE NOTE\n", "Device Clinic Note\n"]);
    c.tp(&[
        "Patient: {PT_HDR}   {MRN_L}\nDate of procedure: {VDATE}\n",
        "{PT_HDR}, DOB {DOB}\nProcedure date {VDATE}\n",
    ]);
    c.t("Surgeon: {DR}\nAssistant: {CLIN}\nAnesthesia: {CLIN} (general)\n");
    c.tp(&[
        "Procedure: dual-chamber pacemaker implantation. Device: pacemaker, serial number {DEVSN}, model ADDR01.\n",
        "Procedure: ICD generator change. Explanted device serial # {DEVSN}; new device serial no. {DEVSN}.\n",
        "Procedure: insulin pump check. Pump SN: {DEVSN}. CGM transmitter ID {DEVSN}.\n",
        "Procedure: left total knee arthroplasty. Implant lot numbers on sticker sheet. {DEVNEG} placed.\n",
        "Procedure: cochlear implant activation, implant serial {DEVSN}.\n",
        "Procedure: {PROC}.\n",
        "Interrogation of spinal cord stimulator (IPG serial number {DEVSN}).\n",
    ]);
    c.tp(&[
        "Indications: {AGE_ADJ} {SEX} with {CC} and {EPONYM}.\n",
        "Indications: symptomatic bradycardia, HR {N}0s. {PMH}.\n",
    ]);
    c.t("EBL: {N}0 mL. Fluids: 1.{N} L LR. Complications: none.\n");
    c.tp(&[
        "Specimens sent to pathology, {ID_L}.\n",
        "{DEVNEG} placed. Patient to PACU in stable condition at {TIME}.\n",
        "Device registration card given to patient; manufacturer notified.\n",
        "Device firmware {VERSION}; programmer software {VERSION}. Lower rate 60 bpm.\n",
    ]);
    signature(c);
}

fn transport(c: &mut Ctx) {
    c.tp(&["EMS RUN REPORT\n", "Transport Note\n", "Incident Report\n"]);
    c.tp(&[
        "Unit {N} dispatched {TIME} to {ADDR} for {CC}.\n",
        "Call received {TIME}; scene: {ADDR}.\n",
    ]);
    c.tp(&[
        "Patient {PT_FULL}, {AGE_NOUN}, found seated in driver's seat of vehicle (plate {PLATE}, VIN {VIN}).\n",
        "MVC, restrained driver. Vehicle VIN {VIN}; license plate {PLATE}.\n",
        "Pt {PT_HDR}, {AGE_ADJ} {SEX}. Pt's car (tag # {PLATE}) left at scene.\n",
        "Pt is a {AGE_ADJ} {SEX}, driver's license {DL} used for identification.\n",
    ]);
    c.t("Vitals: {VITALS}. {SIGN}.\n");
    c.tp(&[
        "Transported to {HOSP}, report given to {NURSE} at {TIME}.",
        "Refused transport; signed AMA. Witness: {NAME}.",
        "Transported emergent; {DOSE} en route.",
    ]);
    c.t("\nCrew: {CLIN_NAME}, EMT-P; {CLIN_NAME}, EMT-B.");
    if c.chance(0.5) {
        c.t(" Incident {ID_L}.");
    }
}

fn face_sheet(c: &mut Ctx) {
    c.tp(&["PATIENT REGISTRATION / FACE SHEET\n", "ADT Registration\n", "Demographics\n"]);
    c.t("Name: {PT_HDR}\n");
    c.tp(&["DOB: {DOB}   Sex: {SEX_HDR}\n", "Date of Birth: {DOB}\nAge: {AGE_NUM}\n"]);
    c.t("{SSN_L}\n{MRN_L}\n{ACCT_L}\n");
    if c.chance(0.5) {
        c.t("Address: {ADDR}\n");
    } else {
        c.t("Street: {STREET}\nCity: ");
        let (city, st, _) = c.pick(CITIES);
        c.phi(PhiType::Address, city);
        c.t(&format!("   State: {st}   ZIP: {{ZIP}}\n"));
    }
    c.tp(&["Home phone: {PHONE}\nCell: {PHONE}\n", "Phone: {PHONE}\n", "Mobile {PHONE}  Work {PHONE}\n"]);
    c.t("Email: {EMAIL}\n");
    c.t("Emergency contact: {NAME} ({REL_ONLY}) {PHONE}\n");
    c.t("Primary insurance: Aetna PPO  {PLAN_L}\n");
    if c.chance(0.5) {
        c.t("Secondary: Medicare  MBI: {PLAN}\n");
    }
    c.tp(&["Employer: retired\n", "Employer: {HOSP}, {PHONE}\n", "Employer: self-employed\n"]);
    c.tp(&["PCP: {CLIN}\n", "Attending: {DR}\n"]);
    c.tp(&["Preferred language: Spanish; interpreter needed.\n", "Preferred language: English\n", "Religion: Catholic\n", ""]);
    c.t("Registered by {CLIN_NAME} on {VDATE} {TIME}.");
}

fn results_letter(c: &mut Ctx) {
    let hosp = c.pick(HOSPITALS);
    c.t(&format!("{hosp}\n"));
    c.tp(&["{ADDR_ML}\n", "{ADDR}\n", ""]);
    c.t("{VDATE}\n\n");
    c.tp(&["{PT_FULL}\n{ADDR_ML}\n\n", "{PT_HDR}\n{ADDR}\n\n", ""]);
    c.t("Dear {PT_LAST},\n\n");
    c.tp(&[
        "Your test results from {DATE} are normal: {LABS}. No changes to your medications are needed.",
        "Your recent mammogram on {DATE} showed no evidence of cancer (BI-RADS 1). Please repeat in one year, around {FUTURE}.",
        "Your cholesterol results ({LAB}) are above goal. Please continue {DOSE} and schedule a follow-up visit.",
        "We were unable to reach you at {PHONE} about your results from {DATE}. Please call our office.",
        "Your colonoscopy on {DATE} found {N} small polyps, which were removed. Repeat colonoscopy is recommended in {N} years.",
    ]);
    c.tp(&[
        "\n\nIf you have questions, please call {PHONE} or send a message through {URL}.",
        "\n\nQuestions? Call the nurse line at {PHONE} (Monday-Friday, 8am-5pm).",
        "\n\nYou can view your results online at {URL}.",
    ]);
    c.t("\n\nSincerely,\n{DR_SIG}\n{DEPT}");
    if c.chance(0.4) {
        c.t("\ncc: {CLIN}, fax {FAX}");
    }
}

fn pathology(c: &mut Ctx) {
    c.tp(&["SURGICAL PATHOLOGY REPORT\n", "Pathology Report - {HOSP}\n"]);
    c.t("Accession: ");
    let acc = format!("S{}-{}", c.range(15, 25), c.range(1000, 99999));
    c.phi(PhiType::Id, &acc);
    c.t("\nPatient: {PT_HDR}  {MRN_L}  DOB {DOB}\n");
    c.t("Collected: {DATE_Y}  Received: {DATE_Y}  Reported: {VDATE}\n");
    c.t("Submitting physician: {CLIN}\n\n");
    c.tp(&[
        "SPECIMEN: A. Colon, sigmoid, polyp, biopsy. B. Colon, transverse, polyp.\n",
        "SPECIMEN: Skin, left forearm, shave biopsy.\n",
        "SPECIMEN: Breast, right, core needle biopsy at 10 o'clock, 4 cm FN.\n",
        "SPECIMEN: Prostate, 12-core needle biopsy.\n",
    ]);
    c.tp(&[
        "DIAGNOSIS: Tubular adenoma, negative for high-grade dysplasia.\n",
        "DIAGNOSIS: Invasive ductal carcinoma, grade 2, ER 95%, PR 80%, HER2 1+ (negative). Ki-67 15%.\n",
        "DIAGNOSIS: Adenocarcinoma, {SIGN}; 4 of 12 cores involved.\n",
        "DIAGNOSIS: Basal cell carcinoma, nodular type; margins clear by 2 mm.\n",
        "DIAGNOSIS: Findings compatible with {EPONYM}.\n",
    ]);
    c.t("GROSS: Received in formalin labeled with the patient's name and {MRN_L}, a {N} x {N} x 0.{N} cm tan fragment. Cassettes A1-A{N}.\n");
    c.tp(&["\nElectronically signed out by {DR_SIG}, {VDATE} {TIME}", "\nPathologist: {CLIN}\nIntradepartmental consult: {CLIN_NAME}, MD"]);
}

fn obstetric(c: &mut Ctx) {
    c.set_age(16, 45);
    c.p.pt.female = true;
    if !FIRST_F.contains(&c.p.pt.first.as_str()) {
        c.p.pt.first = c.pick(FIRST_F).to_string();
    }
    c.tp(&["PRENATAL VISIT\n", "OB Triage Note\n", "Labor & Delivery Admission Note\n"]);
    c.t("Patient: {PT_HDR}   {MRN_L}\n");
    c.tp(&["G2P1", "G1P0", "G3P2012", "G4P3003", "G2P0101"]);
    c.t(" at {N}{N} weeks {N} days by LMP {DATE_Y}. EDD: {FUTURE}.\n");
    c.tp(&[
        "Partner {NAME} present. FHR 140s, moderate variability. Fundal height {N}{N} cm.\n",
        "Reports good fetal movement. BP {VITALS}. Urine protein negative.\n",
        "GBS negative ({DATE}). Rh positive. Rubella immune.\n",
        "Glucose tolerance test on {DATE}: {LAB}.\n",
    ]);
    c.tp(&[
        "Plan: NST twice weekly; growth US on {FUTURE}. Contact {CLIN} at {PHONE} with concerns.",
        "Plan: continue prenatal vitamins; flu and Tdap given today ({LOT}).",
        "Delivered {VDATE} at {TIME}: viable female infant, Apgar scores 8 and 9, weight 3{N}00 g.",
    ]);
    signature(c);
}

fn pediatric(c: &mut Ctx) {
    c.set_age(0, 17);
    c.tp(&["WELL CHILD VISIT\n", "Pediatric Sick Visit\n"]);
    c.t("Patient: {PT_HDR}  DOB: {DOB}  Age: {AGE_NUM}\n");
    let mut parent = c.new_person();
    if c.chance(0.6) {
        parent.last = c.p.pt.last.clone();
    }
    c.t("Accompanied by ");
    let rel = if parent.female { c.pick(&["mother", "grandmother", "foster parent", "guardian", "aunt"]) } else { c.pick(&["father", "grandfather", "foster parent", "guardian", "uncle"]) };
    c.raw(rel);
    c.raw(", ");
    let n = c.full_name(&parent);
    c.phi(PhiType::Name, &n);
    c.t(", cell {PHONE}.\n");
    c.tp(&[
        "{AGE_ADJ} here for {CC}. Attends {HOSP} daycare. Immunizations up to date; DTaP #{N} given ({LOT}).\n",
        "Growth: weight {N}{N} kg ({N}0th percentile), height at {N}0th percentile. Development appropriate.\n",
        "School: 3rd grade at Lincoln Elementary; IEP in place. Sibling {NAME} also seen today.\n",
        "Rapid strep negative. {VITALS}. Tylenol 15 mg/kg dosing reviewed.\n",
    ]);
    c.tp(&[
        "Next well visit {FUTURE}. School form faxed to {FAX}.",
        "Return if fever >3 days. Parent email for portal: {EMAIL_ANY}.",
        "Car seat safety reviewed. Poison control number given.",
    ]);
    signature(c);
}

fn behavioral(c: &mut Ctx) {
    c.tp(&["BEHAVIORAL HEALTH PROGRESS NOTE\n", "Psychiatry Follow-up\n", "Therapy Session Note\n"]);
    c.t("Client: {PT_HDR}  DOB {DOB}  {MRN_L}\nSession date: {VDATE}, {TIME}-{TIME}\n\n");
    c.tp(&[
        "{PT} reports improved mood since starting {DOSE}. {SCORE}. GAD-7 {N}.\n",
        "Client discussed conflict with {REL}. Denies SI/HI. Sleep {N} hrs/night.\n",
        "{HE_C} lost {HIS} job at {HOSP} on {DATE} and moved in with {REL} at {ADDR}.\n",
        "Collateral obtained from {REL} by phone ({PHONE}) with client's consent.\n",
    ]);
    c.tp(&[
        "MSE: casually dressed, cooperative, speech normal rate, mood 'okay', affect congruent, thought process linear.\n",
        "MSE: {SIGN}. Insight fair, judgment fair.\n",
    ]);
    c.tp(&[
        "Plan: continue CBT weekly; next session {WDATE}. Crisis line 988 reviewed.",
        "Plan: titrate {DRUG}; labs {FUTURE}. Safety plan updated.",
        "Plan: ROI signed for {CLIN}, fax {FAX}.",
    ]);
    c.tp(&["\n{CLIN_NAME}, LCSW", "\n{DR_SIG}", "\n{CLIN_NAME}, PsyD"]);
}

fn death_note(c: &mut Ctx) {
    if c.p.age < 40 {
        c.set_age(40, 104);
    }
    c.t("DEATH PRONOUNCEMENT NOTE\n");
    c.t("Called by {NURSE} at {TIME} to evaluate {PT_FULL} ({MRN_L}), a {AGE_ADJ} {SEX} with {PMH}, on comfort care.\n");
    c.t("No spontaneous respirations, no heart sounds for 60 seconds, pupils fixed. Time of death {TIME} on {VDATE}.\n");
    c.tp(&[
        "Family ({REL}) at bedside. ",
        "{REL} notified by phone at {PHONE}. ",
        "Next of kin {NAME} notified at {TIME}. ",
    ]);
    c.t("Medical examiner case: not accepted. Attending {DR} notified. Autopsy declined. Organ procurement organization notified, reference ");
    c.t("{ID_L}.");
    signature(c);
}

fn brief(c: &mut Ctx) {
    // Short, list-like or one-line entries.
    c.tp(&[
        "Pt {PT_HDR} seen {VDATE}. {CC}. {DOSE}. RTC {N} wk. -{DR_NAME}",
        "{VDATE}: flu shot given L deltoid, {LOT}, {NDC}. No reaction. {NURSE}",
        "Addendum {VDATE} {TIME}: spoke with {REL} at {PHONE}, questions answered.",
        "Late entry for {DATE_Y}: {PT} no-show. Letter mailed to {ADDR}.",
        "{PT_HDR} {MRN_L} {SSN_L} DOB {DOB}",
        "Demographics updated: phone {PHONE}; email {EMAIL}; {ADDR}.",
        "PCP changed to {CLIN}. Records request faxed to {FAX}.",
        "Pt is a {AGE_ADJ} {SEX} w/ {EPONYM}; BP {VITALS}; labs {LABS}. Dx {ICD}.",
        "Note: {PT} ({AGE_NOUN}) requests all correspondence go to {ADDR_ML}.",
        "ZIP code on file {ZIP} does not match address; verified with pt.",
        "Order: {DOSE}. Indication: {ICD}. Ordered by {DR}.",
        "Wound check {ROOM}: {DEVNEG} in place, {SCORE}. {NURSE}",
    ]);
}
