"""Style 14: radiology reports with header blocks."""
import datetime as dt

from .kit import emit_fields, pick, hon, pron, title_dr

N_LAYOUTS = 5

EXAMS = [("CT CHEST WITHOUT CONTRAST", "71250", "Lungs: 6 mm RUL nodule (series 3, image 42). No effusion.", "6 mm RUL nodule; per Fleischner f/u CT in 6-12 months."),
         ("CT HEAD WITHOUT CONTRAST", "70450", "No acute intracranial hemorrhage. Chronic microvascular changes.", "No acute intracranial abnormality."),
         ("XR CHEST 2 VIEWS", "71046", "Heart size normal. Mild bibasilar atelectasis. No pneumothorax.", "No acute cardiopulmonary process."),
         ("MRI LUMBAR SPINE WITHOUT CONTRAST", "72148", "L4-5 broad-based disc bulge with moderate canal stenosis.", "L4-5 moderate spinal canal stenosis."),
         ("US ABDOMEN RUQ", "76705", "Gallbladder with stones, wall 4 mm, sonographic Murphy sign positive.", "Findings suggest acute calculous cholecystitis."),
         ("CT ABDOMEN/PELVIS WITH CONTRAST", "74177", "Sigmoid diverticulitis with 2.1 cm pericolic abscess.", "Complicated sigmoid diverticulitis; IR consult suggested."),
         ("XR LEFT HIP 2 VIEWS", "73502", "Displaced subcapital femoral neck fracture.", "Acute left femoral neck fracture."),
         ("CTA CHEST PE PROTOCOL", "71275", "Filling defects in right lower lobe segmental arteries. RV/LV 0.9.", "Acute right lower lobe pulmonary emboli without right heart strain.")]

HISTORY = {"71250": "cough x 3 wks, smoker 40 pk-yr", "70450": "fall, headache, on apixaban", "71046": "SOB, fever 38.6",
           "72148": "low back pain 8/10 radiating to L leg", "76705": "RUQ pain, fever 38.9", "74177": "LLQ pain, WBC 16.2",
           "73502": "fall, L hip pain, unable to bear weight", "71275": "SOB, tachycardic, D-dimer 2.1"}

TECH = {"CT": "Axial images without IV contrast. DLP 412 mGy-cm.", "CTA": "PE protocol, 75 mL Omnipaque 350 IV. DLP 388 mGy-cm.",
        "XR": "Two views.", "MRI": "Multiplanar multisequence imaging at 1.5T.", "US": "Grayscale and color Doppler images."}

DEVICES = [("Medtronic Azure XT DR MRI SureScan", "W1DR01", "pacemaker"), ("Boston Scientific Accolade MRI", "L331", "pacemaker"),
           ("Abbott Assurity MRI", "PM2272", "pacemaker"), ("Medtronic Cobalt XT ICD", "DVPA2D4", "ICD"),
           ("Medtronic LINQ II", "LNQ22", "loop recorder"), ("Cochlear Nucleus CI622", "CI622", "cochlear implant"),
           ("Medtronic InterStim Micro", "97810", "sacral neuromodulator"), ("Abbott Proclaim XR", "3662", "spinal cord stimulator")]
LEADS = [("CapSureFix Novus MRI SureScan", "5076-52 cm"), ("CapSureFix Novus MRI SureScan", "5076-58 cm"), ("Ingevity MRI", "7741-52"),
         ("Tendril MRI", "LPA1200M-58"), ("Sprint Quattro Secure", "6947M-62")]


def region(rng, layout):
    return {2: "UK"}.get(layout, rng.choice(["US", "US", "US", "CA"]))


def accession(g):
    return g.ch(["%s%d%06d" % (g.ch(["CT", "MR", "XR", "US", "RAD"]), g.today.year % 100, g.randint(1, 999999)),
                 "%08d" % g.randint(1, 10 ** 8), "A%d-%07d" % (g.today.year, g.randint(1, 10 ** 7)), "%d%s%05d" % (g.today.year % 100, g.ch(["CT", "MR", "DX"]), g.randint(1, 99999))])


def build(g, d, layout):
    pt = g.person(age=(18, 100))
    rad = g.clinician("md")
    rad.cred = "MD"
    ref = g.clinician("md")
    tech = g.person(age=(22, 60))
    exam, cpt, finding, impr = g.ch(EXAMS)
    dos = g.days_ago(0, 10)
    age = pt.age_on(dos)
    age_piece = ("age", str(age)) if age > 89 else str(age)
    fac = g.facility()

    def signature(dt_signed):
        d.add("\n", g.ch(["Electronically signed by: ", "Signed: ", "Dictated and signed by ", "Attending radiologist: "]), ("name", rad.name(g.ch(["fl", "Lf", "fml"]))),
              ", ", rad.cred, " on ", ("date", g.date(dt_signed, g.ch(["mdY", "m/d/Y", "dMONY"]))), " ", g.time("24"), "\n")
        if g.chance(0.4):
            d.add("Transcribed by: ", ("name", g.person().name("ini")), "   Workstation: RAD", str(g.randint(10, 99)), "\n")

    if layout == 0:
        items = [(pick(g, ["PATIENT", "Name", "Patient Name"]), ("name", pt.name(g.ch(["LFM", "LF", "LF,"])))),
                 (pick(g, ["MRN", "MR #", "Med Rec"]), ("mrn", g.mrn())),
                 (pick(g, ["DOB", "Birth Date"]), [("date", g.date(pt.dob)), " (", age_piece, g.ch(["y", " yrs", "Y"]), ")"]),
                 ("SEX", pt.sex),
                 (pick(g, ["ACCESSION", "Acc #", "Accession No"]), ("id", accession(g))),
                 (pick(g, ["EXAM DATE", "Date of Service", "Exam Dt"]), [("date", g.date(dos)), " ", g.time("24")]),
                 (pick(g, ["REFERRING", "Ordering MD", "Referring Physician"]), [("name", ref.name(g.ch(["LF", "fl", "Lf"]))), ", ", ref.cred]),
                 (pick(g, ["LOCATION", "Pt Loc", "Patient Class"]), g.ch(["ED", "Inpatient 4W-12", "Outpatient", "ICU bed 6"])),
                 (pick(g, ["VISIT #", "Encounter", "Acct"]), ("account", g.account()))]
        if g.chance(0.5):
            g.rng.shuffle(items)
        emit_fields(d, g, items, mode=g.ch(["pad", "twocol", "pipe", "lines"]))
        d.add("\n", "EXAM: ", exam, " (CPT ", cpt, ")\n\n",
              pick(g, ["CLINICAL HISTORY", "INDICATION", "HISTORY"]), ": ", HISTORY[cpt], "\n\n",
              "TECHNIQUE: ", TECH[exam.split()[0]], "\n\n",
              "COMPARISON: ", )
        if g.chance(0.7):
            d.add(g.ch(["CT ", "Prior exam ", "XR "]), ("date", g.date(dos - dt.timedelta(days=g.randint(60, 900)), g.ch(["mdY", "m/d/Y"]))), ".\n\n")
        else:
            d.add("None.\n\n")
        d.add("FINDINGS:\n", finding, " ", g.ch(["Degenerative changes of the spine.", "Visualized upper abdomen unremarkable.", "Foley catheter in bladder.", ""]), "\n\n",
              "IMPRESSION:\n1. ", impr, "\n")
        if g.chance(0.5):
            d.add("2. Findings communicated to ", title_dr(g), ("name", ref.name(g.ch(["l", "fl"]))), " by phone at ", g.time("24"), " on ", ("date", g.date(dos, "mdY")),
                  " by ", ("name", rad.name("ini")), ".\n")
        signature(dos)
    elif layout == 1:
        dev, model, kind = g.ch(DEVICES[:4]) if g.chance(0.6) else g.ch(DEVICES)
        d.add(pick(g, ["MRI SAFETY SCREENING - IMPLANTED DEVICE", "MR Conditional Device Verification", "MRI Implant Clearance Form"]), "\n",
              "Patient: ", ("name", pt.name(g.ch(["LF", "fl"]))), "   DOB ", ("date", g.date(pt.dob)), "   MRN ", ("mrn", g.mrn()), "\n",
              "Scheduled: ", g.ch(["MRI brain w/wo", "MRI C-spine w/o", "MRI L-spine w/o", "MRI knee"]), " ", ("date", g.date(g.days_ahead(1, 10))), " ", g.time("12", biz=True), "\n",
              "Accession: ", ("id", accession(g)), "\n\n",
              "Implanted device: ", dev, " (", kind, "), model ", model, ", serial ", ("device", g.device_serial()), "\n")
        if kind in ("pacemaker", "ICD"):
            for i, side in enumerate(["RA", "RV"][:g.randint(1, 2)]):
                lead, lm = g.ch(LEADS)
                d.add(side, " lead: ", lead, " model ", lm, ", SN ", ("device", g.device_serial()), "\n")
            d.add("Implant date: ", ("date", g.date(g.days_ago(300, 3000), "mdY")), " by ", title_dr(g), ("name", g.clinician("md").name("fl")), "\n",
                  "Remote monitor: ", g.ch(["MyCareLink Smart", "LATITUDE NXT", "myMerlinPulse app"]), " S/N ", ("device", g.device_serial()), "\n",
                  "Device clinic: ", g.ch(["Riverbend Cardiology Device Clinic", "EP lab"]), " ", ("phone", g.phone()), " - rep ", ("name", g.person().name("fl")), " on site for reprogramming\n")
        d.add("MR status: ", g.ch(["MR Conditional, 1.5T and 3T, full body", "MR Conditional 1.5T only", "MR Unsafe - exam cancelled"]), "; SAR limit 2 W/kg.\n",
              "Screened by: ", ("name", tech.name(g.ch(["fl", "fL"]))), ", RT(R)(MR)   Verified: ", ("name", rad.name("fl")), ", MD  ", ("date", g.date(dos, "m/d/y")), "\n")
    elif layout == 2:
        d.add(g.ch(["ROYAL COUNTY INFIRMARY", "NORTHFIELD GENERAL HOSPITAL", "ST AIDAN'S HOSPITAL"]), " - ", g.ch(["Department of Radiology", "Imaging Directorate"]), "\n",
              "Name: ", ("name", pt.name(g.ch(["LF", "fl"]))), "   Hospital No: ", ("mrn", g.mrn(g.ch(["K#######", "RH#######"]))),
              "   NHS No: ", ("health_plan", g.health_card()), "\n",
              "DOB: ", ("date", g.date(pt.dob, "dmY")), "   Age: ", age_piece, "   Sex: ", pt.sex, "\n",
              "Referrer: ", title_dr(g), ("name", ref.name(g.ch(["fl", "f.l"]))), " (", g.ch(["ED", "GP - " + g.ch(["Abbey Lane Surgery", "Moorside Medical Centre"]), "Ortho", "Resp"]), ")\n",
              "Examination: ", exam.title().replace("Ct ", "CT ").replace("Xr ", "XR ").replace("Mri ", "MRI ").replace("Us ", "US ").replace("Cta ", "CTA "), "   Date: ",
              ("date", g.date(dos, g.ch(["dmY", "dMonY"]))), "   Acc: ", ("id", accession(g)), "\n\n",
              "Clinical details: ", g.ch(["?PE. Wells 6.", "Fall at home, long lie.", "?cholecystitis", "Haemoptysis, ex-smoker"]), "\n\n",
              "Report:\n", finding, "\n\nConclusion: ", impr, "\n\n",
              "Reported by: ", title_dr(g), ("name", rad.name("fl")), ", Consultant Radiologist (GMC ", ("license", str(g.randint(3000000, 7999999))), ")  ",
              ("date", g.date(dos, "dmY")), " ", g.time("24"), "\n")
    elif layout == 3:
        d.add("*** ADDENDUM ***\n", "Patient: ", ("name", pt.name("LF")), "  MRN: ", ("mrn", g.mrn()), "  Acc: ", ("id", accession(g)), "\n",
              "Original exam: ", exam, " on ", ("date", g.date(dos)), "\n\n",
              "Addendum: On re-review, ", g.ch(["a 9 mm left adrenal nodule is noted.", "there is a nondisplaced right 7th rib fracture.",
                                                "the NG tube terminates in the distal esophagus.", "a small left pneumothorax is present."]), "\n",
              "CRITICAL RESULT communicated to ", title_dr(g), ("name", ref.name(g.ch(["fl", "l"]))), " (", g.ch(["covering", "ordering"]), ") at ", ("phone", g.phone()),
              " on ", ("date", g.date(dos + dt.timedelta(days=g.randint(0, 1)), "mdY")), " at ", g.time("24"), "; read back confirmed. ",
              "Also notified ", ("name", g.clinician("rn").name("fl")), ", RN, charge nurse.\n\n",
              "Addendum signed: ", ("name", rad.name("fl")), ", MD  ", ("date", g.date(dos + dt.timedelta(days=1), "mdY")), " ", g.time("24"), "\n\n",
              "--- original report ---\n", "IMPRESSION: ", impr, "\n")
        signature(dos)
    else:
        mammo = pt.sex == "F" and g.chance(0.7)
        d.add(pick(g, ["SCREENING MAMMOGRAM", "BILATERAL DIGITAL SCREENING MAMMOGRAPHY WITH TOMOSYNTHESIS"]) if mammo else pick(g, ["DEXA BONE DENSITY", "DXA SCAN"]), "\n",
              "| ", ("name", pt.name("LF,")), " | ", ("date", g.date(pt.dob, "mdY")), " | ", age_piece, "Y | MRN ", ("mrn", g.mrn()), " | ACC ", ("id", accession(g)), " |\n",
              "| Exam: ", ("date", g.date(dos, "mdY")), " ", g.time("24"), " | Tech: ", ("name", tech.name("ini")), " | Ref: ", ("name", ref.name("LF,")), " |\n\n")
        if mammo:
            d.add("HISTORY: ", g.ch(["Annual screening. Mother w/ breast ca age 52.", "Hx R lumpectomy " + str(g.today.year - g.randint(3, 9)) + ".", "No complaints."]), "\n",
                  "DENSITY: ", g.ch(["B - scattered fibroglandular", "C - heterogeneously dense"]), "\n",
                  "FINDINGS: ", g.ch(["No suspicious mass, calcification or distortion.", "Stable benign-appearing calcifications L breast.",
                                      "New 8 mm irregular mass R breast 10:00, 4 cm FN."]), "\n",
                  "IMPRESSION: BI-RADS ", g.ch(["1 - Negative", "2 - Benign", "0 - Incomplete, needs additional imaging", "4 - Suspicious"]), "\n",
                  "Letter mailed to patient at ", ("address", pt.addr.one_line()), " on ", ("date", g.date(dos + dt.timedelta(days=g.randint(1, 5)), "mdY")), ".\n")
        else:
            d.add("L1-L4 BMD 0.812 g/cm2, T-score -2.6, Z-score -1.1\n", "L femoral neck T-score -2.1\n", "FRAX 10-yr major osteoporotic fx 18%, hip 4.2%\n",
                  "IMPRESSION: Osteoporosis (WHO criteria). Compared with ", ("date", g.date(dos - dt.timedelta(days=730 + g.randint(0, 60)), "mdY")), ": -3.1% spine.\n")
        signature(dos)
