//! Context keywords and labels, found in one pass over the word starts.

use crate::detect::context::{Bits, Block, ByteTrie, Lanes};
use crate::detect::interrupt::every_bytes;
use crate::types::PhiType;
use once_cell::sync::Lazy;

/// Context that raises (or, for `Version`, vetoes) a nearby shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    Phone,
    Fax,
    Ssn,
    Date,
    Ip,
    Card,
    /// "version", "section", "page": dotted numbers after it are not IPs or
    /// dates.
    Version,
    /// "ninety", "one hundred": where an age over 89 written in words
    /// starts (`numeric::word_ages`).
    AgeWord,
    /// "Hospital", "Clinic", "Klinikum": an organisation's name, whose
    /// address a letterhead's next line may be (`address_blocks`, through
    /// [`super::org_words`]). No recognizer of this family reads it.
    Org,
}

/// Extra validation a label's value gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Special {
    None,
    Dea,
    Npi,
    Vin,
    Imei,
    Plate,
    /// A word that names a car's plate by its shape only ("rego", "car"):
    /// nothing else is read after it.
    PlateOnly,
    Mbi,
    /// A booking's reference (passenger name record): six capitals and
    /// digits, letters alone allowed ("EZYFRT", "2EVK7Y").
    Pnr,
    /// A national identity or health number, kept only if it passes its
    /// check (`national`); a strong label falls back to the ordinary
    /// reading when it does not.
    National(super::national::Nid),
    /// A professional regulator's acronym alone ("GMC 4594854", "CPSO #
    /// 21268", "ADELI 10144836474"): a value with five digits or more
    /// (a make's model, "GMC 2500HD", is not one).
    Registry,
    /// A postal code after its label ("Postcode: CF82 8YE", "Postal code /
    /// City: 756 85 / Uppsala", "PLZ: 10115"): the value must have a postal
    /// code's shape (`labels::postcode_after`), and nothing else is read.
    Postcode,
    /// A plan's group after a short label: five characters or more
    /// besides its dashes, or a letter among them ("65-74" is an age
    /// group's range).
    Group,
    /// "group" alone, lower case or not, after a plan's number on its
    /// line ("Ins ID S7539700201  group 230-1602", "Member# W795820937 /
    /// group 13240C"): the plan's group, read as [`Special::Group`] is;
    /// elsewhere ("age group 65-74", "group 2 of the trial") nothing.
    PlanGroup,
    /// A payer's label ("Primary ins:", "Payer -"): the member's number
    /// after the payer's name on the same line ("Primary ins: Maple Shield
    /// Benefits KAT935091812"), read by `labels::after_payer`.
    Payer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    Ctx(Ctx),
    /// A label whose value (the next token) is an identifier of `kind`.
    /// Weak labels ("account", "id") demand a longer, digit-richer value.
    Label { kind: PhiType, strong: bool, special: Special },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub kw: Kw,
}

const fn strong(kind: PhiType) -> Kw {
    Kw::Label { kind, strong: true, special: Special::None }
}
const fn weak(kind: PhiType) -> Kw {
    Kw::Label { kind, strong: false, special: Special::None }
}
const fn special(kind: PhiType, special: Special) -> Kw {
    Kw::Label { kind, strong: true, special }
}
/// A national number's name: `strong` names ("NHS number", "PESEL") fall
/// back to the ordinary reading of a label when the value fails the
/// check; short or ambiguous ones ("dni", "sin", "cpr") keep nothing.
const fn national(kind: PhiType, nid: Nid, strong: bool) -> Kw {
    Kw::Label { kind, strong, special: Special::National(nid) }
}

use super::national::Nid;

use PhiType as T;

/// (patterns, meaning). Patterns are lower-case; matching is ASCII
/// case-insensitive, leftmost-longest, on word boundaries.
static TABLE: &[(&[&str], Kw)] = &[
    (
        &[
            "phone", "telephone", "tel", "tel.", "ph", "ph.", "phone number", "phone #", "phone no",
            "cell", "cell phone", "cellphone", "call", "call back", "callback", "mobile", "contact",
            "contact number", "contact #", "pager", "beeper", "home phone", "work phone", "reached at",
            "reach", "telephone number", "ph #", "tel #", "cell #", "mobile #", "pager #", "text",
            "voicemail", "voice mail", "home number", "work number", "phone is", "number is",
            "message", "messages", "msg", "cell number", "daytime", "whatsapp", "landline",
            "reached", "reached on", "questions", "ring", "clinic line", "phone line", "emergency line",
            "help line", "helpline", "hotline", "office phone", "office line",
            // as letterheads, e-mail signatures and call logs write it
            "mob", "mob.", "office", "desk", "direct line", "out of hours", "caller id", "switchboard",
            "secretariat", "viber", "wa", "my number", "new number", "other number",
            // the number to call back on, a texting export's other party
            // ("Best number 6048348219", "conversation with 4133015721")
            "best number", "best contact", "best contact number", "conversation with",
        ],
        Kw::Ctx(Ctx::Phone),
    ),
    // ("F4x": as OCR reads a fax cover's label; "f:" after a signature's
    // "o:" or "Tel:")
    (&["fax", "facsimile", "fx", "fax number", "fax #", "fax no", "efax", "fax to", "faxed to", "faxed from", "f4x", "f:", "f :",
        // a pharmacy's request goes to the prescriber by fax ("sent to
        // prescriber Dr. Bishop 203-419-1082")
        "sent to prescriber"], Kw::Ctx(Ctx::Fax)),
    (
        &[
            "ssn", "ssn#", "ss#", "ss #", "ss no", "social security", "social security number",
            "social security no", "social security #", "soc sec", "soc. sec.", "social",
        ],
        Kw::Ctx(Ctx::Ssn),
    ),
    (
        &[
            "dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "born", "birthday",
            "date", "dated", "admitted", "admission", "admit", "discharged", "discharge", "seen",
            "visit", "dos", "deceased", "died", "death", "expired", "surgery", "procedure", "since",
            "until", "scheduled", "appointment", "appt", "follow-up", "follow up", "effective",
            "collected", "performed", "signed", "onset", "last", "next", "labs", "lab", "prior",
            "given", "drawn", "obtained", "comparison", "dated", "dx", "diagnosed", "started", "stopped",
        ],
        Kw::Ctx(Ctx::Date),
    ),
    (
        &[
            "ip", "ip address", "ip addr", "ipv4", "ipv6", "host", "hostname", "server", "gateway",
            "workstation", "logged in from", "login from", "accessed from", "client", "device address",
            "remote", "source", "router", "dns",
        ],
        Kw::Ctx(Ctx::Ip),
    ),
    (
        &[
            "card", "credit card", "debit card", "visa", "mastercard", "amex", "american express",
            "discover", "cc", "cc#", "payment card",
        ],
        Kw::Ctx(Ctx::Card),
    ),
    (
        &[
            "version", "ver", "ver.", "release", "build", "section", "sec.", "chapter",
            "page", "pg", "pp", "figure", "fig", "fig.", "table", "step", "item", "rule", "firmware",
            "software", "rev", "revision", "protocol",
        ],
        Kw::Ctx(Ctx::Version),
    ),
    (&["ninety", "one hundred", "a hundred"], Kw::Ctx(Ctx::AgeWord)),
    (
        &[
            "hospital", "hospitals", "clinic", "clinique", "klinik", "klinikum", "klinika", "centre", "center",
            "practice", "laboratory", "laboratories", "department", "dept", "university", "pharmacy", "institute",
            "ospedale", "krankenhaus", "hôpital", "hospitalet", "policlinic", "polyclinic", "infirmary",
        ],
        Kw::Ctx(Ctx::Org),
    ),
    // ---- labels ----
    (
        &[
            "mrn", "mrn#", "mr#", "mr #", "mr no", "mr number", "medical record", "medical record number",
            "medical record no", "medical record #", "medical rec", "med rec", "med rec #", "med rec no",
            "med. rec.", "med. rec. #", "chart #", "chart no", "chart number", "chart id", "record #",
            "record no", "record number", "hospital number", "hospital #", "hosp #", "unit number",
            "unit no", "emr #", "ehr #", "emr number", "patient #", "patient number", "patient no", "pt #",
            "pt no", "journal nr", "journal no",
            // a London hospital's patient number ("K number: F355950")
            "k number", "k no", "k no.",
            // a patient's number under other names, in other countries'
            // hospitals ("UHID", "IPP", "No. de dossier", "NHC")
            "uhid", "uhid no", "hosp no", "hospital no", "hospital file no", "hospital file no.", "hospital file number", "hosp file no", "no. de dossier", "n° de dossier",
            "numero de dossier", "dossier no", "ipp", "clinical history no", "clinical history number", "nhc",
            "register book no", "main register book no", "patient file", "patient file no", "case file no",
            // Australia's unit record number; India's hospital registration
            "ur no", "ur no.", "ur number", "urn", "unit record", "unit record no", "unit record number",
            "hosp. reg. no", "hosp reg no", "hospital reg no", "hospital reg. no", "hospital registration no",
            "hospital registration number",
            // a hospital's number for its patient ("Patient ID: 19-050-619",
            // "Hospital ID: M6868431", "Case note no. : 35589408")
            "patient id", "pt id", "pt. id", "hospital id", "hosp. no", "hosp. no.", "case note no", "case note no.",
            "case note number", "casenote no",
            // New Zealand's National Health Index, Australia's Individual
            // Healthcare Identifier, Quebec's file number as written in
            // French word order ("No. dossier")
            "nhi", "nhi no", "nhi number", "nhi #", "ihi", "ihi no", "ihi number", "no. dossier", "no dossier",
            "n° dossier",
        ],
        strong(T::Mrn),
    ),
    (
        &[
            "member id", "member #", "member number", "member no", "mem id", "subscriber id",
            "subscriber #", "subscriber number", "subscriber no", "policy #", "policy number",
            "policy no", "policy id", "group #", "group number", "group no", "group id",
            "insurance id", "insurance #", "insurance number", "insurance no", "insurance policy",
            "insurance policy number", "health plan id", "health plan number", "health plan #",
            "health plan no", "health plan beneficiary number", "plan id", "plan #", "plan number",
            "beneficiary id", "beneficiary number", "beneficiary #", "medicaid id", "medicaid #",
            "medicaid number", "medicaid no", "medicare id", "medicare #", "medicare number",
            "medicare no", "hicn", "payer id", "insurance member id", "id card number", "ins id", "ins. id", "ins #", "ins no", "insurance card",
            // other countries' insurance and health cards ("EHIC card no.",
            // "Versicherten-Nr.", "numero de utente", "Cartao SUS")
            "ehic", "ehic no", "ehic number", "ehic card no", "ehic card number", "card identification number",
            "identification number of the card", "afiliado", "versicherten-nr",
            "poliza", "cartao sus", "numero de utente", "membership no",
            "membership number", "membership #", "medicare card", "medicare card no", "health card", "health card no",
            "health card number", "ohip", "ohip no", "ohip #", "ohip number",
            // Canada's provincial health numbers ("PHN 9552 559 534", "RAMQ
            // GAUS 5651 1008", "Alberta Health # 377047127")
            "health number", "health #", "health no", "personal health number", "phn", "phn #", "msi #", "msp",
            "msp #", "ahcip", "ahcip #", "mhsc", "mhsc #", "hcn", "ramq", "uhip", "uhip #",
            // an insurer's member and group ("Insured ID", "mbr id", "Grp #",
            // "MCD #" for Medicaid)
            "insured id", "insured #", "insured no", "mbr id", "mbr #", "mcd #", "mcd id",
            // a pharmacy's and a dental office's labels ("Cardholder ID
            // BJ2629802", "Sub ID: DM1633182", "Ins: DMU699202425", "mbr
            // K1961199303", "Cover: 2502417228", "HC#: DESJ58510288")
            "cardholder id", "cardholder #", "cardholder", "sub id", "sub #", "ins:", "ins-", "mbr", "cover:",
            "coverage:", "coverage #", "coverage id", "hc#", "hc #", "member cert",
            // a member's certificate number ("Cert #: X14143182", "Cert:
            // Y6152783602")
            "cert #", "cert:", "cert no", "cert no.",
            // other countries' cards and numbers, with their accents
            "número de utente", "cartão sus", "póliza", "carte vitale", "carte vitale no",
            "cmu card no", "team card no", "bhyt", "bhyt no", "sgk sicil no",
            "imss affiliation no", "carteirinha do plano",
            // New Zealand's Community Services Card, Australia's veterans'
            // card, New York Medicaid's client number ("CSC No: 5998 1969
            // 9915", "DVA No: VWW224010", "CIN - 935052847205")
            "csc no", "community services card", "dva no", "dva #", "dva number", "dva card", "cin",
        ],
        strong(T::HealthPlan),
    ),
    (
        &["mbi", "medicare beneficiary identifier", "medicare beneficiary id", "medicare beneficiary number"],
        special(T::HealthPlan, Special::Mbi),
    ),
    // a plan's group under its shortest labels ("Group: GRP-28392", "Grp #
    // 11192T", "GROUP = 8125129"), not an age group's range
    (&["grp", "grp #", "grp no", "group:", "group ="], special(T::HealthPlan, Special::Group)),
    (&["group"], special(T::HealthPlan, Special::PlanGroup)),
    (
        &["primary ins", "secondary ins", "primary insurance", "secondary insurance", "payer", "payor", "primary payer", "insurer"],
        special(T::HealthPlan, Special::Payer),
    ),
    (&["medicare", "medicaid", "insurance", "health plan", "insurer", "policy", "member"], weak(T::HealthPlan)),
    (
        &[
            "account #", "account number", "account no", "account id", "acct #", "acct", "acct.",
            "acct no", "acct number", "acc #", "billing account", "billing #", "billing number",
            "bank account", "checking account", "savings account", "routing number", "routing #",
            "card number", "card #", "credit card number", "card no", "iban", "account num",
            "guarantor #", "guarantor id", "invoice #", "invoice number", "billing id",
            // a hospital account record ("HAR - 12763731030", "HAR: HZ54731380"),
            // a financial number ("FIN A257222760", "fin - V61429724")
            "har", "har #", "har no", "fin", "fin #", "fin no",
        ],
        strong(T::Account),
    ),
    (&["account"], weak(T::Account)),
    (&["dea", "dea #", "dea number", "dea no", "dea registration", "dea reg"], special(T::License, Special::Dea)),
    (&["npi", "npi #", "npi number", "npi no", "national provider identifier"], special(T::License, Special::Npi)),
    (
        &[
            "license #", "license number", "license no", "license id", "licence #", "licence number",
            "licence no", "lic #", "lic no", "drivers license", "driver license",
            "drivers licence", "driver", "dl#", "dl #", "dl no", "dl number",
            "certification #", "certification number", "certification no", "board certification",
            "board certified", "medical license", "state license", "professional license",
            "nursing license", "rn license",
            "registration #", "registration number", "credential #", "provider license",
            "medical license number", "state license number",
            // a clinician's registration with a medical council, in other
            // countries ("Reg. No.", "n.o colegiado", "Ced. Prof.", "AHPRA")
            "reg. no", "reg no", "colegiado", "no colegiado", "numero de colegiado", "ced. prof", "ced prof",
            "cedula profesional", "ahpra", "gmc no", "gmc number", "gmc #", "crm", "kmpdc", "mdcn", "tescil no",
            // the registers of allied health, pharmacy, dentistry and
            // nursing in Ireland and the UK ("CORU PH 296578", "NMBI PIN
            // 734010"; not HCPC, an abbreviation of HCPCS, nor GOC, goals
            // of care)
            "coru", "gphc", "gdc", "nmbi",
            "ordine dei medici", "syndicate no", "council reg", "medical council number",
            "medical council no", "council no", "registration no", "big registration", "big number",
            "cédula profesional", "cédula profissional", "céd. prof", "ordre des médecins", "ordem dos médicos",
            "prawa wykonywania zawodu", "arztnummer", "physician no", "physician number", "prescriber no",
            "prescriber number", "prescriber #", "practitioner number", "practitioner no", "practitioner #",
            // an Australian Medicare provider number, a commercial driver's
            // licence
            "provider no", "provider no.", "provider number", "prov no", "prov. no", "cdl", "cdl #", "cdl no",
            // a provider's identifier (an NPI or a payer's own number; a
            // "provider ID" alone is as often an insurer's member number)
            "provider identifier",
            "practising certificate", "practicing certificate", "college reg", "college registration", "permis",
            // a driving licence as other countries name it
            "driving licence", "driving license", "driving permit", "driver's permit", "licencia de conducir",
            "licencia de conductor", "permiso de conducción", "permiso de conducir",
            // a state identification card's number, issued as a driver's
            // licence is
            "state id", "state id #", "state id number", "state identification",
            // a court reporter's certificate (a Certified Shorthand
            // Reporter's number), a provider's number abbreviated
            "csr #", "csr no", "csr no.", "csr number", "prov #", "prov. #",
        ],
        strong(T::License),
    ),
    (&["dl", "lic", "lic.", "license", "licence"], weak(T::License)),
    (
        &[
            "gmc", "cpso", "cpsa", "cpsbc", "cmq", "adeli", "rpps", "lanr", "pwz", "hpcsa", "pmdc", "slmc", "nmc pin", "cnh",
            // Ireland's Medical Council, New Zealand's medical and nursing
            // councils, the US register of DOT medical examiners
            "imc", "imc no", "imc no.", "mcnz", "ncnz", "mcrn", "nrcme",
        ],
        special(T::License, Special::Registry),
    ),
    // a certificate's or a permit's number (a death certificate, a
    // burial-transit permit, a vaccination certificate) is an identifier,
    // not one of the licences the label rules name (NPI, DEA, driver's,
    // medical)
    (&["certificate #", "certificate number", "certificate no", "cert #", "cert no", "permit #", "permit number", "permit no"], strong(T::Id)),
    (
        &[
            "postcode", "post code", "postal code", "postal", "zip", "zip code", "zipcode", "code postal", "plz",
            "postleitzahl", "cep", "codigo postal", "código postal", "postnummer", "postnr", "postinumero",
            "kod pocztowy", "pin code", "pincode",
            // a form's field for the code and the town together
            "postal code / city", "postcode / town", "postcode / city", "postal code / town", "plz / ort",
            "postal code/city", "postcode/town", "postcode/city", "plz/ort", "zip / city", "zip/city",
        ],
        special(T::Zip, Special::Postcode),
    ),
    (
        &["vin", "vin #", "vin#", "vin no", "vin number", "v.i.n.", "v.i.n", "vehicle identification number", "vehicle id", "vehicle vin"],
        special(T::Vehicle, Special::Vin),
    ),
    (
        &[
            "license plate", "licence plate", "plate", "plate #", "plate number", "plate no", "tag #",
            "tag number", "tag no", "license tag", "registration plate", "vehicle plate",
            // a car's registration, as the British and others write it
            // ("reg. ML35 SEK", "Vehicle registration: CFST 680"; "Reg. No."
            // before a clinician's number is a licence's, the longer match)
            "reg", "reg.", "vehicle registration", "vehicle reg", "car registration",
        ],
        special(T::Vehicle, Special::Plate),
    ),
    (
        // Australia's and New Zealand's word for it, and a car named by
        // its plate ("Car: Honda Fit rego JY67 LHL", "lost ticket for car
        // ZJM 0877"): a plate's shape only
        &["rego", "rego.", "car", "tail number", "tail no"],
        special(T::Vehicle, Special::PlateOnly),
    ),
    (
        &[
            "serial number", "serial no", "serial #", "serial", "serial num", "s/n", "sn#",
            "device id", "device identifier", "device #", "device serial", "device number", "udi",
            "unique device identifier", "model/serial", "pacemaker serial", "implant serial",
            "implant id", "pump serial", "defibrillator serial", "icd serial", "model/serial #",
            "mac address", "device sn", "asset tag", "asset #",
        ],
        strong(T::Device),
    ),
    (&["imei", "imei #", "imei number", "imei no", "meid"], special(T::Device, Special::Imei)),
    (
        &[
            "case #", "case no", "case number", "case id", "encounter #", "encounter id",
            "encounter number", "encounter no", "enc #", "claim #", "claim number", "claim no",
            "claim id", "ref #", "ref no", "call ref", "call ref #", "call reference", "ref number", "ref. no", "reference #", "reference number",
            "reference no", "reference id", "accession #", "accession number", "accession no",
            "accession", "acc no", "acc", "accn", "accn no", "accn #", "alien registration number",
            "alien registration no", "alien number", "a-number", "specimen id", "specimen #", "specimen number", "specimen no",
            "sample id", "visit id", "visit #", "visit number", "visit no", "employee id",
            "employee #", "employee number", "employee no", "student id", "student #",
            "student number", "id #", "id number", "id no", "identifier", "fin #",
            "order #", "order number", "order no", "order id", "requisition #", "requisition number",
            "confirmation #", "confirmation number", "badge #", "badge number", "badge id",
            "tracking #", "tracking number", "admission #", "admission number", "admission id",
            "episode #", "episode id", "lab id", "lab #", "study id", "subject id", "participant id",
            "enrollment id", "ticket #", "ticket number", "transaction id", "authorization #",
            "authorization number", "auth #", "prior auth #", "person id", "client id", "resident id",
            "inmate #", "passport #", "passport number", "passport no", "passport", "military id",
            "tax id", "rx #", "rx#", "rx number", "rx no", "prescription #",
            "prescription number", "prescription no", "script #", "req #", "req#", "req no", "req number",
            "requisition no", "requisition id", "report #", "report number", "report no", "incident #",
            "incident number", "interpreter id", "interpreter #", "interpreter number", "message id",
            "message #", "msg #", "msg id", "portal message", "bar code", "barcode", "file no", "file no.", "file #",
            "file number",
        ],
        strong(T::Id),
    ),
    (
        &[
            "pnr", "booking ref", "booking ref.", "booking reference", "booking code", "reservation",
            "reservation code", "reservation ref", "record locator", "confirmation code",
        ],
        special(T::Id, Special::Pnr),
    ),
    (&["id", "fin", "csn", "ein", "tin", "itin"], weak(T::Id)),
    // a national identity number under its generic names (no check: which
    // country's is not said)
    (
        &[
            "national id no", "personal identification number", "cnic", "cnic no", "cnic #", "nin", "citizen id",
            "citizen id no", "national id", "civil id", "taxpayer no", "individual tax no", "steuer-id",
            "contribuinte", "contribuinte nº", "n° de sécurité sociale", "numéro de sécurité sociale", "numéro insee",
            // the last four digits a caller is asked for
            "last 4 of ssn", "last four of ssn", "last 4 of social", "last four of social", "ssn last 4",
            "last 4 ssn",
        ],
        strong(T::Ssn),
    ),
    // ---- other countries' national numbers (checked: `national`) ----
    (
        &[
            "national insurance number", "national insurance no", "national insurance #",
            "national insurance", "ni number", "ni no", "nino",
            // (abbreviated: "Nat Ins #: JN861591D")
            "nat ins", "nat ins #", "nat ins no", "nat. ins.", "nat. ins. no",
        ],
        national(T::Ssn, Nid::Nino, true),
    ),
    (
        &["nhs number", "nhs no", "nhs #", "nhs num", "chi number", "chi no", "chi #"],
        national(T::HealthPlan, Nid::Nhs, true),
    ),
    (&["nhs"], national(T::HealthPlan, Nid::Nhs, true)),
    (&["chi"], national(T::HealthPlan, Nid::Nhs, false)),
    (&["social insurance number", "social insurance no", "social insurance #", "social ins #", "social ins no"], national(T::Ssn, Nid::Sin, true)),
    (&["sin", "sin #", "sin no", "sin number", "nas", "s.i.n."], national(T::Ssn, Nid::Sin, false)),
    // New Zealand's tax number (IRD)
    (&["ird", "ird no", "ird number", "ird #", "ird no.", "ird num"], strong(T::Ssn)),
    (
        &[
            "securite sociale", "numero de securite sociale", "no de securite sociale", "numero insee",
            "insee", "carte vitale",
        ],
        national(T::Ssn, Nid::Nir, true),
    ),
    (&["nir", "nss", "sociale"], national(T::Ssn, Nid::Nir, false)),
    (&["sofinummer", "sofi-nummer"], national(T::Ssn, Nid::Bsn, true)),
    (&["bsn", "bsn #", "bsn nr", "sofi"], national(T::Ssn, Nid::Bsn, false)),
    (&["pesel", "pesel #", "pesel no", "pesel nr", "numer pesel"], national(T::Ssn, Nid::Pesel, true)),
    (&["personnummer", "personnr"], national(T::Ssn, Nid::Personnummer, true)),
    (&["aadhaar", "aadhar", "aadhaar number", "aadhaar no", "aadhaar #", "uidai"], national(T::Ssn, Nid::Aadhaar, true)),
    (&["uid", "uid no"], national(T::Ssn, Nid::Aadhaar, false)),
    (&["cpf", "cpf #", "cpf no", "cpf n"], national(T::Ssn, Nid::Cpf, true)),
    (&["rut", "rut nº", "rut no", "rut #", "rol único tributario"], national(T::Ssn, Nid::Rut, false)),
    (
        &["documento nacional de identidad", "documento de identidad", "dni", "dni #", "nie", "nie #", "nif"],
        national(T::Ssn, Nid::Dni, false),
    ),
    (&["codice fiscale", "cod. fiscale", "cod fiscale"], national(T::Ssn, Nid::CodiceFiscale, true)),
    (&["c.f.", "cf"], national(T::Ssn, Nid::CodiceFiscale, false)),
    (&["curp"], national(T::Ssn, Nid::Curp, true)),
    (&["tax file number", "tfn"], national(T::Ssn, Nid::Tfn, true)),
    (&["resident registration number", "resident registration no", "rrn", "jumin"], national(T::Ssn, Nid::Rrn, true)),
    (&["individual number", "kojin bango"], national(T::Ssn, Nid::MyNumber, true)),
    (&["nric", "nric no", "nric #", "nric/fin"], national(T::Ssn, Nid::Nric, true)),
    (&["hkid", "hkid no", "hkid #", "hong kong identity card", "hk id"], national(T::Ssn, Nid::Hkid, true)),
    (&["cod numeric personal"], national(T::Ssn, Nid::Cnp, true)),
    (&["cnp"], national(T::Ssn, Nid::Cnp, false)),
    (&["ppsn", "pps number", "pps no", "personal public service number"], national(T::Ssn, Nid::Ppsn, true)),
    (&["henkilotunnus", "hetu", "personal identity code"], national(T::Ssn, Nid::Hetu, true)),
    (&["cpr", "cpr number", "cpr nr", "cpr-nummer", "cpr-nr"], national(T::Ssn, Nid::Cpr, false)),
    (&["fodselsnummer"], national(T::Ssn, Nid::Fnr, true)),
    (&["ahv", "avs", "ahv-nr"], national(T::Ssn, Nid::Ahv, false)),
    (&["resident identity card", "shenfenzheng"], national(T::Ssn, Nid::ChinaId, true)),
    (&["tc kimlik", "tc kimlik no", "kimlik", "kimlik no", "tckn", "t.c. kimlik", "t.c. kimlik no"], national(T::Ssn, Nid::Kimlik, true)),
    (&["numero national", "national register number", "insz"], national(T::Ssn, Nid::Belgium, true)),
    (
        &[
            "national id", "national id number", "national id #", "national identity number",
            "national identification number", "national identity card", "identity card number",
            "national number",
        ],
        // (a number that passes no country's check is still a national
        // identity number: an ssn, as the United States' is)
        national(T::Ssn, Nid::Any, true),
    ),
    (&["sn"], weak(T::Device)),
    (
        &[
            "fingerprint id", "fingerprint", "fingerprint #", "fingerprint template", "retina scan id",
            "retina scan", "retinal scan", "retinal scan id", "retinal id", "iris scan", "iris scan id",
            "iris id", "voiceprint", "voice print", "voiceprint id", "voice print id", "biometric id",
            "biometric", "biometric identifier", "palm print", "palmprint", "palm vein id",
            "facial recognition id", "face id", "face template", "hand geometry", "dna profile id",
        ],
        strong(T::Biometric),
    ),
];

/// Endings a label reader skips on its own (see `labels::filler`).
const FILLER_SUFFIXES: [&str; 6] = [" #", "#", " number", " no", " no.", " num"];

/// The keywords are only ever matched *anchored at word starts*: a hit must
/// begin on a word boundary anyway, and an unanchored Aho-Corasick scan
/// spends most of its time on the short patterns ("ip", "id", "ph", "cc",
/// "sn") matching inside ordinary words only to be thrown away. Anchored
/// matching needs no failure links, so the automaton is a plain trie over
/// a small byte alphabet (ASCII letters folded to lower case), stored as a
/// dense transition table; most walks die after a byte or two.
struct Keywords {
    /// The patterns, each with its index.
    trie: ByteTrie,
    /// The leading runs of letters of all patterns (lower-case, zero-padded
    /// to 16 bytes), in an open-addressing table (0 = empty). A keyword can
    /// only be found at a word whose run of letters is one of them: a
    /// pattern whose leading run is a proper prefix of the word's either
    /// continues with a non-letter (no match) or ends there, inside the
    /// word (rejected, and consuming only part of the word).
    first_runs: Vec<u128>,
    /// A one-hash Bloom filter in front of `first_runs`: bit
    /// [`run_bit`] of every leading run is set. Nearly every word of a
    /// note is no keyword's first run, and this rules it out with one bit
    /// test (a branch that almost always goes the same way) instead of a
    /// probe sequence of unpredictable length.
    first_bits: Bits<{ 1 << (BLOOM_BITS - 6) }>,
    kws: Vec<Kw>,
    /// Whether the pattern ends in an ASCII letter or digit (then the byte
    /// after a hit must not be a letter).
    word_end: Vec<bool>,
}


/// The keyword trie, built on first use (see [`crate::detect::warm_up`]).
pub(crate) static TABLES: [&dyn crate::detect::Table; 1] = [&KEYWORDS];

static KEYWORDS: Lazy<Keywords> = Lazy::new(|| {
    let mut pats: Vec<&str> = Vec::new();
    let mut kws = Vec::new();
    for (ps, kw) in TABLE {
        for p in ps.iter() {
            if pats.contains(p) {
                continue; // first meaning wins
            }
            // "member id number" is "member id" followed by filler the
            // label reader skips anyway; keeping the trie small keeps it
            // in cache.
            let redundant = FILLER_SUFFIXES.iter().any(|suf| {
                p.strip_suffix(suf).is_some_and(|base| ps.contains(&base))
            });
            if redundant {
                continue;
            }
            // `scan` only tries word starts, which are letters.
            assert!(p.as_bytes()[0].is_ascii_lowercase(), "keyword {p:?} must start with a lower-case letter");
            pats.push(p);
            kws.push(*kw);
        }
    }
    let word_end = pats
        .iter()
        .map(|p| p.as_bytes().last().is_some_and(|c| c.is_ascii_alphanumeric()))
        .collect();
    assert!(pats.len() < ByteTrie::NONE as usize);
    let trie = ByteTrie::build(pats.iter().enumerate().map(|(pid, p)| (p.as_bytes(), pid as u16)));
    let mut first_runs = vec![0u128; 1 << RUN_BITS];
    let mut first_bits = Bits::new();
    for p in &pats {
        let run = p.bytes().take_while(u8::is_ascii_alphabetic).count();
        assert!(run <= 16, "keyword {p:?} has a leading word over 16 letters");
        let bit = run_bit(p.as_bytes(), 0, run);
        first_bits.insert(bit);
        let key = run_key(&p.as_bytes()[..run]);
        let mut slot = run_slot(key);
        while first_runs[slot] != 0 && first_runs[slot] != key {
            slot = (slot + 1) % first_runs.len();
        }
        first_runs[slot] = key;
    }
    assert!(first_runs.iter().filter(|&&k| k != 0).count() * 2 <= first_runs.len());
    Keywords { trie, first_runs, first_bits, kws, word_end }
});

/// Key of a run of 1 to 16 ASCII letters: the bytes lower-cased,
/// zero-padded.
#[inline]
fn run_key(run: &[u8]) -> u128 {
    let mut k = [0u8; 16];
    k[..run.len()].copy_from_slice(run);
    u128::from_le_bytes(k) | (u128::MAX >> (8 * (16 - run.len())) & (u128::from_le_bytes([0x20; 16])))
}

/// log2 of the size of `Keywords::first_runs`.
const RUN_BITS: u32 = 11;

#[inline]
fn run_slot(key: u128) -> usize {
    let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - RUN_BITS)) as usize
}

/// log2 of the number of bits of `Keywords::first_bits`.
const BLOOM_BITS: u32 = 14;

/// The bit of `Keywords::first_bits` for the run of `len` (1 to 16)
/// ASCII letters at `b[s..]`: a hash of its length and its first eight
/// letters, lower-cased.
#[inline]
fn run_bit(b: &[u8], s: usize, len: usize) -> usize {
    let head = match b.get(s..s + 8) {
        Some(x) => u64::from_le_bytes(x.try_into().expect("eight bytes")),
        None => b[s..].iter().take(8).enumerate().fold(0, |w, (i, &c)| w | (c as u64) << (8 * i)),
    };
    let head = (head | 0x2020_2020_2020_2020) & (!0u64 >> (8 * (8 - len.min(8))));
    ((head ^ (len as u64) << 59).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BLOOM_BITS)) as usize
}

impl Keywords {
    /// Whether the Bloom filter lets the run of `len` letters at `s` pass
    /// (always for runs over 16 letters, which are not ruled out).
    #[inline]
    fn may_start_bloom(&self, b: &[u8], s: usize, len: usize) -> bool {
        let bit = run_bit(b, s, len);
        (len > 16) | self.first_bits.has(bit)
    }

    /// Whether a keyword may start at `s`, given the run of letters `s..r`
    /// there (see `first_runs`), once the Bloom filter has let it pass.
    /// Runs over 16 letters are not ruled out.
    #[inline]
    fn may_start(&self, b: &[u8], s: usize, r: usize) -> bool {
        let len = r - s;
        if len > 16 {
            return true;
        }
        let key = match b.get(s..s + 16) {
            Some(x) => {
                let mask = u128::MAX >> (8 * (16 - len));
                (u128::from_le_bytes(x.try_into().expect("16 bytes")) | u128::from_le_bytes([0x20; 16])) & mask
            }
            None => run_key(&b[s..r]),
        };
        let mut slot = run_slot(key);
        loop {
            let k = self.first_runs[slot];
            if k == key {
                return true;
            }
            if k == 0 {
                return false;
            }
            slot = (slot + 1) % self.first_runs.len();
        }
    }

    /// The longest pattern matching at `s` exactly: (pattern index, end).
    #[inline]
    fn longest_at(&self, b: &[u8], s: usize) -> Option<(usize, usize)> {
        let mut node = 0usize;
        let mut best = None;
        for (p, &c) in b.iter().enumerate().skip(s) {
            node = self.trie.step(node, c);
            if node == 0 {
                break;
            }
            let pid = self.trie.value(node);
            if pid != ByteTrie::NONE {
                best = Some((pid as usize, p + 1));
            }
        }
        best
    }
}

/// Every keyword occurrence standing on word boundaries, in text order:
/// at each word start (a letter not preceded by a letter or digit) the
/// longest keyword there, kept if it also ends on a boundary; scanning
/// resumes after it (after a rejected one too, as a leftmost-longest scan
/// would).
#[cfg(test)]
pub(crate) fn scan(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    scan_into(text, &mut hits);
    hits
}

/// [`scan`] into a reused vector (cleared first).
///
/// The word starts of each 64-byte block come from bit masks. Most words
/// cannot begin a keyword at all ("the", "with", "pain"), and that is
/// decided from the word's run of letters alone (see [`Keywords::first_runs`]),
/// so only the others walk the trie. The block's words are first sifted
/// through the Bloom filter without a branch on the outcome, into a mask
/// of the few that pass; only those are then looked at one by one.
pub(crate) fn scan_into(text: &str, hits: &mut Vec<Hit>) {
    hits.clear();
    let k = &*KEYWORDS;
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0; // scanning resumes here (after the last match)
    let mut base = 0;
    while base < n {
        every_bytes(base, 64);
        let blk = Block::load(b, base);
        let alpha = blk.mask(Lanes::alpha);
        let alnum = alpha | blk.mask(Lanes::digit);
        let prev = (base > 0 && b[base - 1].is_ascii_alphanumeric()) as u64;
        let mut starts = alpha & !(alnum << 1 | prev);
        let mut passed = 0u64;
        while starts != 0 {
            let off = starts.trailing_zeros();
            starts &= starts - 1;
            // the run of letters at the word start, as far as this block
            // shows it (one that reaches the block's end may go on: it
            // always passes, and is measured below)
            let len = (!(alpha >> off)).trailing_zeros();
            let open = off + len >= 64;
            let pass = open | k.may_start_bloom(b, base + off as usize, len as usize);
            passed |= (pass as u64) << off;
        }
        while passed != 0 {
            let off = passed.trailing_zeros() as usize;
            passed &= passed - 1;
            let s = base + off;
            if s < i {
                continue;
            }
            // the run of letters at s
            let mut r = s + (!(alpha >> off)).trailing_zeros() as usize;
            if r >= base + 64 {
                r = base + 64;
                while r < n && b[r].is_ascii_alphabetic() {
                    every_bytes(r, 1);
                    r += 1;
                }
                if !k.may_start_bloom(b, s, r - s) {
                    continue;
                }
            }
            if !k.may_start(b, s, r) {
                continue;
            }
            match k.longest_at(b, s) {
                Some((pid, e)) => {
                    if !(k.word_end[pid] && e < n && b[e].is_ascii_alphabetic()) {
                        hits.push(Hit { start: s, end: e, kw: k.kws[pid] });
                    }
                    i = e;
                }
                None => i = s + 1,
            }
        }
        base += 64;
    }
}

#[cfg(test)]
mod pretests {
    //! The pre-tests of [`scan_into`] (the Bloom filter `first_bits` and
    //! the table of leading runs `first_runs`, both asked before the trie
    //! is walked at a word start) must never rule out a word start where a
    //! keyword is found: checked word start by word start, and as a whole
    //! against a scan that walks the trie at every word start.
    use super::*;
    use crate::testing::{random_text, xorshift};

    /// Every keyword hit at every word start, the trie walked everywhere
    /// (the definition `scan` must agree with).
    fn scan_unguarded(b: &[u8]) -> Vec<Hit> {
        let k = &*KEYWORDS;
        let mut hits = Vec::new();
        let mut i = 0;
        for s in 0..b.len() {
            if s < i || !b[s].is_ascii_alphabetic() || (s > 0 && b[s - 1].is_ascii_alphanumeric()) {
                continue;
            }
            match k.longest_at(b, s) {
                Some((pid, e)) => {
                    if !(k.word_end[pid] && e < b.len() && b[e].is_ascii_alphabetic()) {
                        hits.push(Hit { start: s, end: e, kw: k.kws[pid] });
                    }
                    i = e;
                }
                None => i = s + 1,
            }
        }
        hits
    }

    /// Random fragments, and every keyword pattern in random case between
    /// random separators (a keyword glued to letters or digits too).
    fn texts() -> Vec<String> {
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        let mut v = Vec::new();
        let pats: Vec<&str> = TABLE.iter().flat_map(|(ps, _)| ps.iter().copied()).collect();
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..1 + next(12) {
                let p = pats[next(pats.len() as u64)];
                for c in p.chars() {
                    t.push(if next(3) == 0 { c.to_ascii_uppercase() } else { c });
                }
                t.push_str([" ", ": ", "#", "x", "1", "-", " (", "\n", "", "é"][next(10)]);
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
    fn keywords_are_found_only_where_the_pre_tests_pass() {
        let k = &*KEYWORDS;
        let mut found = 0;
        for t in texts() {
            let b = t.as_bytes();
            let hits = scan_unguarded(b);
            for h in &hits {
                let r = h.start + b[h.start..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
                assert!(k.may_start_bloom(b, h.start, r - h.start), "Bloom filter rules out the hit at {} of {t:?}", h.start);
                assert!(k.may_start(b, h.start, r), "first_runs rules out the hit at {} of {t:?}", h.start);
            }
            found += hits.len();
            assert_eq!(scan(&t), hits, "{t:?}");
        }
        assert!(found > 10_000, "{found} hits");
    }
}
