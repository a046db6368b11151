"""Shared pools and helpers for the dev2 style builders (all invented)."""

from phigen import (V, pat, digits, letters, rand_date, dob, shift, date_v, phone_us, phone_uk,
                    phone_au, phone_intl, phone_any, phone_local7, email_for, email_role, ip_v4,
                    ip_v6, place_us, place_intl, COUNTIES, zip_v, card_number, iban, routing_number,
                    npi, dea, vin, ssn, mbi, zip5, Place, letters as _letters, age_adj, age_yo, age_num, age_word, age_yrs, words,
                    DOSES, ICD10, CPT, LOINC, NDC, vitals, labs, weight, pain, clock, room, version,
                    spoken_digits, CULTURES, DATE_KINDS_US, DATE_KINDS_EU, DATE_KINDS_ODD)

CLINICS = ["Larch Valley Family Medicine", "Northgate Cardiology Associates", "Riverbend Geriatrics",
           "Harbourside Renal Unit", "Three Rivers Imaging", "Kestrel Orthopaedics",
           "Beacon Street Pulmonary", "Tamarack Internal Medicine", "Greystone Neurology",
           "Meadowlark Women's Health", "Ironwood Vascular Surgery", "Clearwater Endocrine Group"]
HOSPITALS = ["St. Brendan's Medical Center", "Mercy Vale Hospital", "Union Lakes General",
             "Hillcrest Regional Medical Center", "Good Samaritan of the Plains",
             "Whitlock Memorial Hospital", "Lakeshore University Hospital"]
SNFS = ["Cedar Crest Skilled Nursing", "Willowbrook Care Center", "The Arbors at Heron Pond",
        "Maple Terrace Nursing & Rehab", "Sunhaven Manor", "Birchwood Gardens Care Home"]
PAYERS = ["Evergreen Mutual Health", "Keystone Shield", "Northstar Medicaid Plan",
          "Allied Harbor Insurance", "Bluewater Medicare Advantage", "Prairie Cooperative Health",
          "Unity Crest Health Plan"]
TRAVEL_INSURERS = ["TransGlobal Travel Assure", "Nomad Shield Assistance", "Compass Travel Cover"]
LABS = ["Sunwell Laboratories", "Pinecrest Reference Lab", "Coastal Pathology Partners"]
PHARMACIES = ["Corner Drug", "Brookside Apothecary", "Medi-Save Pharmacy", "Greenleaf Pharmacy",
              "Main Street Chemist", "QuickCare Pharmacy"]
VENDORS = ["Corvane", "Helixa Medical", "Orthion", "Neurotek", "Insulet-Nova", "Auralis"]


def pick_age(r, p_old=0.45):
    return r.randint(90, 104) if r.random() < p_old else r.randint(34, 89)


def pr(p, k=""):
    f = p.gender == "F"
    d = {"she": "she" if f else "he", "She": "She" if f else "He",
         "her": "her" if f else "his", "Her": "Her" if f else "His",
         "herobj": "her" if f else "him", "herself": "herself" if f else "himself",
         "mother": "mother" if f else "father", "daughter": "daughter" if f else "son",
         "wife": "wife" if f else "husband", "Mrs": "Mrs." if f else "Mr.",
         "Ms": "Ms." if f else "Mr.", "woman": "woman" if f else "man",
         "lady": "lady" if f else "gentleman", "sister": "sister" if f else "brother",
         "F": "F" if f else "M", "gran": "grandmother" if f else "grandfather",
         "mum": "Mum" if f else "Dad", "mom": "mom" if f else "dad"}
    return {k + key: v for key, v in d.items()}


def lookalike(r):
    """One unlabelled clinical sentence fragment."""
    k = r.randrange(12)
    if k == 0:
        return "Current dose: %s." % r.choice(DOSES)
    if k == 1:
        return "Vitals: %s." % vitals(r)
    if k == 2:
        return "Labs: %s." % labs(r)
    if k == 3:
        return "Dx codes %s, %s." % tuple(r.sample(ICD10, 2))
    if k == 4:
        return "CPT %s billed; LOINC %s resulted." % (r.choice(CPT), r.choice(LOINC))
    if k == 5:
        return "Pain %s at rest, %s with transfers." % (pain(r), pain(r))
    if k == 6:
        return "Weight %s, down from %s." % (weight(r), weight(r))
    if k == 7:
        return "NDC %s dispensed, qty 30." % r.choice(NDC)
    if k == 8:
        return "Seen at %s in %s." % (clock(r), room(r))
    if k == 9:
        return "Fluid restriction 1.5 L/day; I:O ratio 1:1.2 yesterday."
    if k == 10:
        return "Known to this service since %d." % r.randint(2009, 2022)
    return "Glasgow Coma Scale 15; Morse fall score %d." % r.choice([25, 45, 55, 65])




def place_res(r, p_intl=0.4):
    """A residence with a town name (never a military address)."""
    if r.random() < p_intl:
        return place_intl(r, r.choice(["DK", "NO", "SE", "PL", "ES", "DE", "AT", "NL", "IT", "CZ", "TR",
                                       "FR", "BR", "UK", "UKH", "AU", "IN"]))
    return place_us(r)


ICD_DESC = [("I48.91", "atrial fibrillation"), ("E11.9", "type 2 diabetes"), ("N18.31", "CKD stage 3a"),
            ("J44.1", "COPD with exacerbation"), ("I50.32", "chronic diastolic heart failure"),
            ("M81.0", "osteoporosis"), ("F03.90", "dementia, unspecified"), ("I10", "essential hypertension"),
            ("E03.9", "hypothyroidism"), ("G20.A1", "Parkinson disease"), ("Z95.0", "presence of pacemaker"),
            ("R26.81", "unsteady gait"), ("L89.153", "pressure injury of sacrum, stage 3"),
            ("S72.001A", "fracture of right femoral neck"), ("Z79.01", "long-term anticoagulation")]


def dx(r, n=2):
    return r.sample(ICD_DESC, n)


def verbosity(r):
    """How much optional material a document gets (0.15 short ... 1.0 long)."""
    return r.choice([0.15, 0.45, 0.7, 0.9, 1.0])


def phone_home(r):
    """A phone for someone living in the US, now and then a foreign one."""
    return phone_us(r) if r.random() < 0.8 else phone_any(r)


def near_age(r, age):
    return max(34, min(104, age + r.randint(-6, 5)))


def visit_times(r):
    h, m = r.randint(8, 15), r.randint(0, 59)
    dur = r.randint(25, 80)
    t2 = h * 60 + m + dur
    return "%02d%02d" % (h, m), "%02d%02d" % (t2 // 60, t2 % 60), "%02d%02d" % ((t2 + 40) // 60, (t2 + 40) % 60)


CPT_DESC = [("99214", "Office visit, est. patient"), ("93000", "ECG 12-lead"), ("36415", "Venipuncture"),
            ("80053", "Comprehensive metabolic panel"), ("85025", "CBC w/ diff"), ("71046", "Chest x-ray, 2 views"),
            ("99349", "Home visit, est."), ("A0428", "Ambulance BLS non-emergency"), ("97161", "PT evaluation"),
            ("93296", "Remote device interrogation"), ("27447", "Total knee arthroplasty"),
            ("99497", "Advance care planning, 30 min"), ("G0180", "Home health certification")]


# Identifiers introduced by unusual nouns; each entry: (sentence, pattern choices, type)
ODD_IDS = [
    ("Record {x} reviewed before the visit. ", ["A9999999", "B9999999"], "mrn"),
    ("Belongings bag tag {x} sent with the patient. ", ["BT-99999", "99999"], "id"),
    ("Locker key tag {x} returned to security. ", ["K-9999", "AA999"], "id"),
    ("Meals on Wheels client number {x}. ", ["MW999999", "99-9999"], "id"),
    ("Medical alert service subscriber no. {x}. ", ["LA9999999", "99999999"], "id"),
    ("Pharmacy loyalty card {x} used for the copay. ", ["9999 9999 99", "LC99999999"], "id"),
    ("Transfusion wristband {x} checked by two nurses. ", ["BB-999999", "A99999-9"], "id"),
    ("Donor registry id {x} confirmed with family. ", ["DR9999999", "99999999"], "id"),
    ("Hearing aid warranty registration {x}. ", ["WR-99999999"], "id"),
    ("Enrolled in the falls study, study ID {x}. ", ["FS-999", "STUDY-9999"], "id"),
    ("Tumor registry case {x}. ", ["TR99-9999"], "id"),
    ("Workers' comp claim {x} (old back injury). ", ["WC-999999-99", "999999999"], "id"),
    ("Gym membership {x} for the exercise-referral scheme. ", ["GM999999", "99999-AA"], "id"),
    ("Taxi voucher {x} given for the trip home. ", ["TV-99999", "99999A"], "id"),
    ("Oxygen supplier account {x}. ", ["OX-9999999", "99999999"], "account"),
    ("DME order {x} for the hospital bed. ", ["DME-999999", "SO99999999"], "id"),
    ("Dental chart number {x} (records requested). ", ["D-99999", "99999"], "mrn"),
    ("VA claim {x} pending. ", ["999999999", "VA-99999999"], "id"),
    ("Medical ID bracelet number {x}. ", ["MA999999", "99999-999"], "id"),
    ("Insurance membership number {x} on the new card. ", ["AAA999999999", "9999999999"], "health_plan"),
    ("Grievance no. {x} logged with Patient Relations. ", ["GRV-99999", "G99-999"], "id"),
    ("Prescription discount voucher {x}. ", ["RX-VCH-99999", "99999999"], "id"),
    ("Patient advocate ticket {x}. ", ["PA-9999999", "TKT99999"], "id"),
    ("Passport {x} copied for the chart. ", ["A99999999", "AA9999999"], "id"),
    ("Interpreter badge {x}. ", ["INT-9999", "99999"], "id"),
]


def odd_ids(d, r, k):
    for sent, pats, t in r.sample(ODD_IDS, k):
        d.f(sent, x=V(pat(r, r.choice(pats)), t))


KIN = {"child": ("daughter", "son"), "grandchild": ("granddaughter", "grandson"), "sibling": ("sister", "brother"),
       "nibling": ("niece", "nephew"), "spouse": ("wife", "husband"), "inlaw": ("sister-in-law", "brother-in-law"),
       "parent": ("mother", "father")}


def kin(r, p, kinds, neutral=()):
    """A relation word that fits person p's gender ('daughter' for a woman...)."""
    k = r.choice(list(kinds) + list(neutral))
    if k in KIN:
        return KIN[k][0 if p.gender == "F" else 1]
    return k
