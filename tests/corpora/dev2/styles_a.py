"""Style builders 1-8 for the dev2 corpus."""

from phigen import ocr_word, V
from common import *  # noqa: F401,F403  (pools and generators)


def _d(r, kinds=None, y0=2022, y1=2026):
    return lambda: date_v(r, rand_date(r, y0, y1), kinds=kinds)


# ---------------------------------------------------------------------------
# 1. patient portal messages
# ---------------------------------------------------------------------------

def portal_message(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    clin = d.person()
    nurse = d.person()
    clinic = r.choice(CLINICS)
    age = pick_age(r, 0.35)
    vb = verbosity(r)
    topics = r.sample(["refill", "address", "caregiver", "bp", "form", "insurance", "travel"],
                      1 if vb < 0.5 else r.choice([1, 2, 2, 3]))
    subj = {"refill": ["refill please", "Medication question", "RE: refill", "need more pills"],
            "address": ["new address", "Update my info", "moved!!"],
            "caregiver": ["writing for my " + P["mother"], "Help with appointments", "from family"],
            "bp": ["home BP numbers", "blood pressure log", "readings"],
            "form": ["parking placard form", "DMV form", "form to sign"],
            "insurance": ["insurance changed", "new card", "Coverage update"],
            "travel": ["letter for airport", "travel next month", "flying with my pump"]}[topics[0]]
    sent = rand_date(r, 2022, 2026)
    d.f("<<CarePortal|MyHealthLink|Patient portal|HealthConnect>> <<message|thread>> <<ID|no.|#>> {mid}\n"
        "From: {frm}\nTo: <<Dr. {cf}'s care team|{clinic} - nurse pool|{clinic} / Dr. {cf}>>\n"
        "Sent: {sent} {t}\nSubject: {subj}\n\n",
        mid=V(pat(r, r.choice(["#99999999", "PM-#9999999", "m#9999999"])), "id"),
        frm=r.choice([pt.lower(), pt.lower(), pt.full(), pt.given_init()]),
        cf=clin.family_(), clinic=clinic,
        sent=date_v(r, sent, kinds=["us", "us_short", "long", "mon_abbr", "iso"]),
        t=clock(r), subj=r.choice(subj))
    cg = d.person(family=pt.family if r.random() < 0.5 else None)
    for i, topic in enumerate(topics):
        if i > 0:
            sent = shift(sent, r.randint(1, 12))
            d.f("\n--- Message from {frm} ({sent}) ---\n", frm=r.choice([pt.lower(), pt.full()]),
                sent=date_v(r, sent, kinds=["us", "us_short", "md", "mon_abbr"]))
        hi = r.choice(["hi", "Hello", "hi dr {cf}", "Dear Dr. {cf},", "good morning", "", "sorry me again"])
        d.f(hi + ("\n" if hi else ""), cf=clin.family_())
        _portal_body(d, r, topic, pt, P, cg, age)
        d.pick(["\n{sig}\n", "\nthanks\n{sig}\n", "\nThank you,\n{sig}\n", "\n- {sig}\n"],
               sig=r.choice([pt.first(), pt.lower(), pt.full()]))
        if vb < 0.2 and i == len(topics) - 1:
            break
        rdate = shift(sent, r.randint(0, 3))
        d.f("\n--- Reply from {nn}, RN ({rd}) ---\n", nn=r.choice([nurse.full(), nurse.init()]),
            rd=date_v(r, rdate, kinds=["us", "us_short", "md", "iso"]))
        d.pick(["Hi {pg}, thanks for writing in. ", "Hello {pg}, ", "Good afternoon {pg} - ", "{pg}, "],
               pg=r.choice([pt.first(), pt.full()]))
        reply = {"refill": ["Dr. {cf} sent the refill to the pharmacy you listed. ",
                            "The refill was approved for 90 days with 1 refill. Please keep your lab visit so we can keep refilling it. "],
                 "address": ["I updated your address and phone in the chart. ",
                             "Your demographics are updated. Please also tell your insurance about the move. "],
                 "caregiver": ["We need a signed proxy form before we can share details by message. ",
                               "I added a note for the team; a proxy form is attached. Once it is back, {cgn} can message us directly. "],
                 "bp": ["Dr. {cf} reviewed the readings and wants you to keep the same dose for now. Stand up slowly. ",
                        "Those numbers look OK overall. If the top number stays over 160 please call. "],
                 "form": ["The placard form is signed and ready for pick-up at the front desk. ",
                          "Dr. {cf} signed the form; we mailed it today. "],
                 "insurance": ["Please bring the new card to your next visit so we can scan it. ",
                               "Billing updated the coverage. "],
                 "travel": ["The letter is in your documents tab. Bring spare infusion sets and keep insulin in your carry-on. ",
                            "Dr. {cf} wrote the letter; print it from the portal. "]}[topic]
        d.pick(reply, cf=clin.family_(), cgn=cg.first())
        d.maybe(0.7, ["Your next visit is {dt} at {t}. ", "Next appointment: {dt}, {t}. ",
                      "Remember your lab draw on {dt}. "],
                dt=lambda: date_v(r, shift(rdate, r.randint(3, 40)), kinds=["weekday_long", "ord", "md", "long"]), t=clock(r))
        d.maybe(0.5, ["For anything urgent call the nurse line, {ph}. ", "If you feel worse call us at {ph} or go to the ER. ",
                      "Office {ph}, fax {fx}. "],
                ph=V(phone_us(r), "phone"), fx=V(phone_us(r), "fax"))
        d.pick(["\n-- {sig}, RN\n", "\n{nn}, RN\n{clinic}\n", "\n-- {sig} RN, for Dr. {cf}\n"],
               sig=nurse.sig(), nn=nurse.full(), clinic=clinic, cf=clin.family_())
    d.maybe(0.5, ["\n[auto] Visit summary: {icd} {code}. {look}\n", "\n[auto] Problem list: {icd}. {look}\n"],
            icd=r.choice(ICD10), code=r.choice(CPT), look=lookalike(r))


def _portal_body(d, r, topic, pt, P, cg, age):
    if topic == "refill":
        pharm = r.choice(PHARMACIES)
        pl = place_us(r)
        d.pick(["i need a refill on the {dose}, i have maybe 4 left. ",
                "Can I get more of my {dose}? Running low. ",
                "my {dose} ran out on {dt} and the pharmacy says they need a new script. "],
               dose=r.choice(DOSES), dt=_d(r, ["md", "ord", "mon_dot_abbr"]))
        d.pick(["I switched to {ph} at {addr}, their number is {tel}. ",
                "please send it to {ph} ({addr}) - phone {tel}. ",
                "new pharmacy is {ph}, {addr}. they said call {tel} if any problem. "],
               ph=pharm, addr=pl.v_street() if r.random() < 0.5 else pl.v_line(), tel=V(phone_us(r), "phone"))
        d.maybe(0.7, ["the old Rx number was {rx}. ", "Rx # on the bottle is {rx}. ",
                      "(bottle says RX {rx})"], rx=V(pat(r, r.choice(["#999999", "#9999999-99999"])), "id"))
    elif topic == "address":
        home = place_res(r, 0.4)
        rel = d.person(family=pt.family if r.random() < 0.6 else None)
        d.pick(["i moved in with my {rel} {relname} in {town} for now. ",
                "I am staying with {relname} (my {rel}) in {town} until the fall. ",
                "we sold the house so i live at my {rel}'s place in {town}. "],
               rel=kin(r, rel, ["child", "nibling", "grandchild"]), relname=rel.first(),
               town=home.v_town())
        d.pick(["New address is {addr}. ", "address: {addr}\n", "please mail things to {addr}. "],
               addr=home.v_line())
        d.pick(["best number is {ph}. ", "call me at {ph} (cell). ", "my phone now {ph} - the old one is shut off. "],
               ph=V(phone_any(r), "phone"))
    elif topic == "caregiver":
        d.pick(["This is {cg}, {pt}'s {rel}. ", "hi its {cg} writing for my {mother} {pt}. ",
                "My name is {cg}. I help my {mother}, {pt}, with the portal. "],
               cg=r.choice([cg.full(), cg.lower(), cg.first()]),
               pt=r.choice([pt.full(), pt.lower(), pt.first()]), rel=kin(r, cg, ["child"]), **P)
        if age > 89:
            d.pick(["{She} is {a} now and gets confused with the pills. ",
                    "{She} turned {a} on {bd} and is still living alone which worries us. ",
                    "At {a} {she} doesn't hear well on the phone so please message me instead. "],
                   a=age_num(age), bd=_d(r, ["ord", "the_of", "md"]), **P)
        else:
            d.f("{She} is {a} and gets confused with the pills. ", a=str(age), **P)
        d.pick(["You can reach me on {ph} or {em}. ", "messages to {em} please, or text {ph}. ",
                "my cell is {ph}, email {em}"],
               ph=V(phone_any(r), "phone"), em=V(email_for(r, cg), "email"))
    elif topic == "bp":
        d.pick(["here are my readings since {dt}: ", "readings from {dt} to {dt2}: ",
                "BP log as asked. starting {dt}: "],
               dt=_d(r, ["md", "md", "ord", "day_mon"]), dt2=_d(r, ["md", "ord"]))
        d.f("{v1}; {v2}. ", v1="%d/%d" % (r.randint(118, 162), r.randint(62, 94)),
            v2="%d/%d pulse %d" % (r.randint(118, 162), r.randint(62, 94), r.randint(55, 99)))
        d.f("i take the {dose} at {t}. dizzy maybe {p} when i stand up. ",
            dose=r.choice(DOSES), t=clock(r), p=pain(r))
    elif topic == "form":
        plate = V(r.choice([pat(r, "#AAA999"), pat(r, "AAA-9999"), pat(r, "AA# 9A9")]), "vehicle")
        d.pick(["I need the disability parking form filled out. My plate is {pl}. ",
                "the DMV placard renewal needs a doctor signature - vehicle tag number {pl}. ",
                "form for handicap placard attached, car is a {car}, plate {pl}. "],
               pl=plate, car=r.choice(["Subaru Outback", "Toyota Camry", "Honda CR-V", "Ford Escape"]))
        d.maybe(0.7, ["my drivers license is {dl} if they need it. ", "DL# {dl}. "],
                dl=V(pat(r, r.choice(["A9999999", "S999-999-99-999", "999 999 999"])), "license"))
    elif topic == "insurance":
        d.pick(["my insurance changed to {payer} on {dt}. New member id {hp}. ",
                "New card from {payer}: member {hp}, effective {dt}. ",
                "I have {payer} now (subscriber no. {hp}) starting {dt}. "],
               payer=r.choice(PAYERS), hp=V(pat(r, r.choice(["AAA999999999", "W999999999", "9AA9-AA9-AA99"])), "health_plan"),
               dt=_d(r, ["md", "us_short", "mon_year", "ord"]))
    else:
        dev = V(pat(r, r.choice(["aa9999999", "a9a999999", "PA9999999A"])), "device")
        d.pick(["i fly to see my grandson on {dt} and need a letter for airport security about my insulin pump (pump {sn}). ",
                "Travelling {dt}. TSA wants a letter for the pump - serial {sn}. ",
                "can you write a letter for my pump (serial {sn})? the flight is {dt}. "],
               dt=_d(r, ["the_of", "month_ordword", "ord", "dd_mon"]), sn=dev)


# ---------------------------------------------------------------------------
# 2. referral letters from abroad
# ---------------------------------------------------------------------------

COUNTRY_NAMES = {"DK": "Denmark", "NO": "Norway", "SE": "Sweden", "PL": "Poland", "ES": "Spain",
                 "DE": "Germany", "AT": "Austria", "NL": "the Netherlands", "IT": "Italy",
                 "CZ": "Czechia", "TR": "Türkiye", "FR": "France", "BR": "Brazil", "UK": "the UK",
                 "UKH": "the UK", "AU": "Australia", "NG": "Nigeria", "IN": "India"}
CULT_FOR = {"DK": "nordic", "NO": "nordic", "SE": "nordic", "PL": "slavic", "CZ": "slavic",
            "ES": "hispanic", "DE": "hyphen", "AT": "hyphen", "NL": "particle", "IT": "particle",
            "TR": "arabic", "FR": "french", "BR": "hispanic", "UK": "anglo", "UKH": "anglo",
            "AU": "anglo", "NG": "west_african", "IN": "south_asian"}
PHONE_FOR = {"DK": "DK", "NO": "NO", "SE": "SE", "PL": "PL", "CZ": "DE", "ES": "ES", "DE": "DE",
             "AT": "AT", "NL": "NL", "IT": "ES", "TR": "DE", "FR": "FR", "BR": "BR", "NG": "NG", "IN": "IN"}
HOSP_ABROAD = {"DK": "Regionshospitalet Nordkysten", "NO": "Sjukehuset Vestfjorden", "SE": "Länssjukhuset Norrdal",
               "PL": "Szpital Powiatowy św. Łukasza", "ES": "Hospital Comarcal del Alto Valle",
               "DE": "Kreisklinik am Talwald", "AT": "Landesklinikum Obere Mur", "NL": "Ziekenhuis De Linde",
               "IT": "Ospedale Civile San Rocco", "CZ": "Oblastní nemocnice Pod Lesem", "TR": "Devlet Hastanesi (Anadolu Yakası)",
               "FR": "Centre hospitalier du Val de Lorde", "BR": "Hospital Municipal Santa Clara",
               "UK": "Moorside Community Hospital", "UKH": "Moorside Community Hospital",
               "AU": "Southern Tablelands District Hospital", "NG": "Federal Specialist Hospital (Oyo)",
               "IN": "Lotus Multispeciality Hospital"}


def _phone_for(r, c):
    if c in ("UK", "UKH"):
        return phone_uk(r)
    if c == "AU":
        return phone_au(r)
    return phone_intl(r, PHONE_FOR[c])


def referral_abroad(d):
    r = d.rng
    c = r.choice(["DK", "NO", "SE", "PL", "ES", "DE", "AT", "NL", "IT", "CZ", "TR", "FR", "BR", "UK",
                  "UKH", "AU", "NG", "IN"])
    cult = CULT_FOR[c]
    pt = d.person(cult if r.random() < 0.8 else None)
    P = pr(pt)
    doc = d.person(cult)
    us_doc = d.person()
    age = pick_age(r, 0.45)
    hosp = HOSP_ABROAD[c]
    clinic_addr = place_intl(r, c if c not in ("UKH",) else "UK")
    home = place_intl(r, c)
    eu = c not in ("UK", "UKH", "AU")
    dk = DATE_KINDS_EU if eu else ["dmy_long", "eu_slash", "ordinal_dmy", "dd_mon"]
    letter_d = rand_date(r, 2023, 2026)
    past = lambda: date_v(r, shift(letter_d, -r.randint(5, 500)), kinds=dk)
    soon = lambda: date_v(r, shift(letter_d, r.randint(7, 60)), kinds=dk)
    d.f("{hosp}\n<<Department of Internal Medicine|Geriatric Outpatient Clinic|Cardiology Department|Dept. of Nephrology>>\n"
        "{caddr}\nTel. {tel} <<·|/|-->> Fax {fax}\n<<E-mail|Email>>: {em}\n\n",
        hosp=hosp, caddr=clinic_addr.v_line(), tel=V(_phone_for(r, c), "phone"),
        fax=V(_phone_for(r, c), "fax"), em=V(email_role(r, r.choice(["referrals", "sekretariat", "secretariat", "clinic.office"])), "email"))
    d.f("{ld}\n\n", ld=date_v(r, letter_d, kinds=dk))
    d.pick(["To: Dr. {ud}, {uclin}\n", "Dear Dr. {ud},\n", "Dear colleague (Dr. {ud}),\n"],
           ud=r.choice([us_doc.full(), us_doc.family_(), us_doc.init()]), uclin=r.choice(CLINICS))
    bd = dob(r, age)
    d.pick(["\nRe: {ptn}, born {bd}\n", "\nRE: {ptc} (DOB {bd})\n",
            "\nConcerning our patient {ptn}, date of birth {bd}\n"],
           ptn=pt.full(), ptc=pt.formal_caps(), bd=date_v(r, bd, kinds=["eu_dot", "eu_slash", "dmy_long", "iso"] if eu else ["dmy_long", "eu_slash", "ordinal_dmy"]))
    if age > 89:
        d.pick(["Age: {a}\n", "({a} years)\n", ""], a=age_num(age))
    d.pick(["Hospital no. {hn}\n", "Patient number {hn}\n", "Our record no. {hn}\n", "Journal nr. {hn}\n"],
           hn=V(pat(r, r.choice(["99999999", "A-999999", "9999-99999", "AA999999"])), "mrn"))
    if c in ("DK", "NO", "SE", "PL"):
        nat = {"DK": "CPR", "NO": "fødselsnummer", "SE": "personnummer", "PL": "PESEL"}[c]
        d.maybe(0.6, ["%s: {nid}\n" % nat], nid=V(pat(r, "999999-9999" if c in ("DK", "SE") else "99999999999"), "id"))
    if eu:
        d.maybe(0.6, ["EHIC card no. {eh}\n", "European health insurance card {eh}\n"],
                eh=V(pat(r, "80" + "999999999999999999"), "health_plan"))
    d.pick(["Home address: {addr}\n", "Address: {addr}\n", "Resident at {addr}\n"], addr=home.v_line())
    d.f("\n")
    intro = ["Thank you for seeing {ptn}, {aa} {woman} who is moving to {ustown} to live with {her} {rel} {reln}. ",
             "I am writing about {ptt} {ptf}, {aa} {woman}, who will be staying with {her} {rel} {reln} in {ustown} from {dt}. ",
             "{ptn} has been under our care since {yr}. {She} relocates to {ustown} on {dt} to be near {her} {rel}, {reln}. "]
    us = place_us(r)
    rel = d.person(family=pt.family if r.random() < 0.5 else None)
    d.pick(intro, ptn=pt.full(), ptt=P["Mrs"], ptf=pt.family_(), aa=age_adj(r, age, "a"), ustown=us.v_town(),
           rel=kin(r, rel, ["child", "grandchild", "nibling"]), reln=r.choice([rel.full(), rel.first()]),
           dt=soon, yr=str(r.randint(2010, 2021)), **P)
    (i1, t1), (i2, t2) = dx(r)
    vb = verbosity(r)
    d.pick(["\n\nDiagnoses: {i1} {t1}; {i2} {t2}.\n", "\n\nProblems:\n- {t1} ({i1})\n- {t2} ({i2})\n"],
           i1=i1, t1=t1, i2=i2, t2=t2)
    d.maybe(vb, ["\nReason for referral: continued follow-up of {t1}; {she} will need a new GP and a cardiology appointment "
                 "within 4-6 weeks. Anticoagulation was started on {dt} after a TIA-like episode. ",
                 "\nHistory: admitted here {dt} with {t2}, discharged after 9 days. Since then stable, walking with a "
                 "frame indoors. The family asks for a geriatric assessment after the move. ",
                 "\nClinical summary: {t1}, diagnosed {yr}; last echocardiography showed EF 45%. {She} had a fall "
                 "on {dt} without fracture. Please review the diuretic dose. "],
            t1=t1, t2=t2, dt=past, yr=str(r.randint(2008, 2021)), **P)
    d.maybe(vb * 0.8, ["Social: widowed since {yr}, previously lived alone; home help twice daily. ",
                       "{She} smokes 5 cigarettes/day, no alcohol. Former teacher. ",
                       "Advance directive: no CPR, discussed with {herobj} and family on {dt}. "],
            yr=str(r.randint(1998, 2020)), dt=past, **P)
    d.maybe(vb * 0.9, ["\nCourse: during the admission from {d1} to {d2} {she} was treated with IV furosemide and lost 4.2 kg. "
                       "Potassium fell to 3.1 and was replaced. Mobilised with physiotherapy; discharged home with "
                       "home nursing twice weekly. Follow-up in our outpatient clinic on {d3} showed stable weight. ",
                       "\nExamination at last visit ({d3}): alert, oriented, mild bilateral ankle oedema, irregular pulse "
                       "around 80/min, no murmur. Lungs clear. Mini-Cog 3/5. Gait slow but safe with stick. ",
                       "\nCurrent status: independent in personal care, needs help with shopping and cleaning. Lives on the "
                       "first floor without a lift. {Her} {rel} visits daily. "],
            d1=past, d2=past, d3=past, rel=r.choice(["son", "daughter", "neighbour", "home help"]), **P)
    d.maybe(vb * 0.7, ["\nWe would be grateful if you could: (1) take over anticoagulation monitoring, (2) arrange an "
                       "echocardiogram within 3 months, (3) review the need for the bisphosphonate after 5 years. ",
                       "\nQuestions for you: is a pacemaker indicated given the pauses of 3.2 s on Holter? Should "
                       "apixaban be dose-reduced (weight 58 kg, creatinine 118 µmol/l)? "])
    meds = r.sample(["Metoprolol 50 mg 1-0-1", "Apixaban 2.5 mg 1-0-1", "Furosemid 40 mg 1-0-0",
                     "Ramipril 5 mg 0-0-1", "Pantoprazol 20 mg 1-0-0", "Alendronat 70 mg weekly",
                     "Metformin 850 mg 1-0-1", "Insulin glargin 14 IE at night", "Colecalciferol 20 µg daily",
                     "Paracetamol 1 g up to 3x daily", "Macrogol 1 sachet daily", "Levothyroxin 50 µg 1-0-0"],
                    3 if vb < 0.8 else r.randint(5, 8))
    d.f("Medication: " + "; ".join(meds) + ".\n")
    if vb > 0.8:
        d.f("Investigations:\n")
        for inv in r.sample(["ECG ({dt}): atrial fibrillation, rate 78, no acute changes.",
                             "Echocardiography ({dt}): EF 45%, moderate mitral regurgitation, LA dilated.",
                             "Holter ({dt}): pauses up to 3.2 s, mostly at night.",
                             "DXA ({dt}): T-score -3.1 at the femoral neck.",
                             "Chest X-ray ({dt}): small bilateral effusions, cardiomegaly.",
                             "CT head ({dt}): no bleed; chronic small-vessel changes."], r.randint(2, 4)):
            d.f("- " + inv + "\n", dt=past)
    d.f("Last labs ({ld}): {lab}. {look}\n", ld=past, lab=labs(r) if not eu else
        r.choice(["Kreatinin 98 µmol/l, eGFR 51", "Hb 7.4 mmol/l, CRP 12 mg/l", "HbA1c 62 mmol/mol"]),
        look=lookalike(r))
    d.maybe(0.6, ["Imaging: CT thorax, radiology accession {acc}, report enclosed. ",
                  "Echo and Holter enclosed (accession {acc}). ",
                  "Please request the CD with examination number {acc} from our archive. "],
            acc=V(pat(r, r.choice(["RA99999999", "A9999999", "99-AA-99999"])), "id"))
    rel2p = d.person(cult)
    d.maybe(0.6, ["{She} speaks limited English; {her} {rel2} {r2} interprets and can be reached on {ph}. ",
                  "For practical matters please contact {her} {rel2} {r2}, phone {ph}, e-mail {em}. ",
                  "Relative abroad: {r2} ({rel2}), {ph}. "],
            rel2=kin(r, rel2p, ["grandchild", "nibling", "inlaw"], ["neighbour"]),
            r2=r.choice([rel2p.full(), rel2p.first()]), ph=V(_phone_for(r, c), "phone"),
            em=lambda: V(email_for(r, d.person(cult)), "email"), **P)
    d.pick(["\n\nWith kind regards,\n\n{dn}\n<<Consultant|Senior physician|Overlæge|Oberärztin|Specialist in internal medicine>>\n",
            "\n\nYours sincerely,\n{dn}, MD\n",
            "\n\nKind regards\n{dn}\n"],
           dn=r.choice([doc.full(), doc.full_mid(), doc.init2()]))
    d.maybe(0.5, ["Authorisation no. {lic}\n", "Reg. no. {lic}\n"], lic=V(pat(r, r.choice(["9999999", "AA-99999"])), "license"))
    d.maybe(0.4, ["Secretary: {s}, direct line {ph}\n", "Dictated {dd}, typed by {s}\n"],
            s=lambda: d.person(cult).sig(), ph=V(_phone_for(r, c), "phone"), dd=past)


# ---------------------------------------------------------------------------
# 3. faxed cover sheets with OCR noise
# ---------------------------------------------------------------------------

def _ocr_lit(r, rate):
    def f(s):
        out = []
        for w in s.split(" "):
            if len(w) > 3 and r.random() < rate:
                w = ocr_word(r, w, 1)
            out.append(w)
        return " ".join(out)
    return f


def _ocr_val(r, s, p=0.35):
    if r.random() >= p:
        return s
    table = {"0": "O", "1": "l", "5": "S", "8": "B"}
    idx = [i for i, ch in enumerate(s) if ch in table and 0 < i < len(s) - 1]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + table[s[i]] + s[i + 1:]


def fax_cover_ocr(d):
    r = d.rng
    d.lit_fn = _ocr_lit(r, r.choice([0.04, 0.08, 0.12]))
    sender = r.choice(CLINICS + HOSPITALS + SNFS)
    recv = r.choice(CLINICS + HOSPITALS)
    pt = d.person()
    P = pr(pt)
    to_p = d.person()
    fr_p = d.person()
    age = pick_age(r, 0.4)
    fd = rand_date(r, 2021, 2026)
    fx_from = _ocr_val(r, phone_us(r, r.choice(["plain", "dash"])))
    fx_to = _ocr_val(r, phone_us(r, r.choice(["plain", "dash"])))
    pages = r.randint(2, 14)
    # machine header line
    d.f("{hd} {t} FROM:{snd} ", hd=V(_ocr_val(r, date_v(r, fd, kinds=["dd_mon_yyyy", "us", "us_short"]).text, 0.2), "date"),
        t="%02d:%02d" % (r.randint(7, 18), r.randint(0, 59)), snd=sender.upper()[:18].strip())
    d.f("{ff} TO:{tf} P.001/%03d\n\n" % pages, ff=V(fx_from, "fax"), tf=V(fx_to, "fax"))
    d.pick(["F A X   C O V E R   S H E E T\n\n", "FAX TRANSMITTAL\n\n", "*** CONFIDENTIAL FACSIMILE ***\n\n",
            "Facsimile Cover\n\n"])
    d.f("Date: {dt}\n", dt=date_v(r, fd, kinds=["us", "us_short", "long"]))
    d.f("To: {to}   Attn: {attn}\nFax: {tf}   Phone: {tp}\n",
        to=recv, attn=r.choice([to_p.caps(), to_p.full(), to_p.ocr(r)]), tf=V(fx_to, "fax"),
        tp=V(_ocr_val(r, phone_us(r)), "phone"))
    d.f("From: {fr} / {snd}\nFax: {ff}   Phone: {fp}\n",
        fr=r.choice([fr_p.caps(), fr_p.full(), fr_p.init()]), snd=sender, ff=V(fx_from, "fax"),
        fp=V(_ocr_val(r, phone_us(r)), "phone"))
    d.f("Pages (incl. cover): %d\n\n" % pages)
    bd = dob(r, age)
    d.pick(["RE: {pn}   DOB: {bd}\n", "Patient: {pn}\nD.O.B. {bd}\n", "RE: PATIENT {pn} / DOB {bd}\n"],
           pn=r.choice([pt.formal_caps(), pt.caps(), pt.ocr_caps(r), pt.ocr(r)]),
           bd=V(_ocr_val(r, date_v(r, bd, kinds=["us", "us_short", "compact"]).text, 0.3), "date"))
    d.maybe(0.8, ["MRN: {mrn}\n", "MR# {mrn}\n", "Med Rec # {mrn}\n", "Chart no {mrn}\n"],
            mrn=V(_ocr_val(r, pat(r, r.choice(["99999999", "A9999999", "999-99-99"]))), "mrn"))
    if age > 89:
        d.pick(["Age: {a}   Sex: {F}\n", "({a}{F})\n", "Pt is {aa} {woman}.\n"], a=age_num(age),
               aa=age_adj(r, age, "a"), **P)
    d.f("\n")
    purpose = r.choice(["records", "auth", "results", "referral", "orders"])
    if purpose == "records":
        d.pick(["Please send records for the above patient from {d1} to {d2}, incl. op notes and path.\n",
                "Request for medical records: all visits since {d1}. Signed release attached.\n"],
               d1=_d(r, ["us", "mon_year", "us_short"]), d2=_d(r, ["us", "us_short"]))
    elif purpose == "auth":
        d.pick(["Prior auth request for CPT {cpt} / ICD-10 {icd}. Member ID {hp}. Auth ref {ref}.\n",
                "Attached: auth request. Ins. member # {hp}; reference {ref}; codes {cpt}, {icd}.\n"],
               cpt=r.choice(CPT), icd=r.choice(ICD10), hp=V(_ocr_val(r, pat(r, "AAA999999999")), "health_plan"),
               ref=V(pat(r, r.choice(["PA-99999999", "99999AA"])), "id"))
    elif purpose == "results":
        d.pick(["Results enclosed: cytology specimen {acc}. {lab}.\n",
                "Path report for specimen {acc} attached; also {lab}.\n",
                "Radiology accession {acc} - CT abd/pelvis final read enclosed. {lab}.\n"],
               acc=V(_ocr_val(r, pat(r, r.choice(["CY-999999", "S99-99999", "RA99999999"]))), "id"), lab=labs(r))
    elif purpose == "referral":
        d.pick(["Referral for {reason}. Pt lives at {addr}, home ph {ph}.\n",
                "New referral: {reason}. Address on file {addr}; best contact {ph} ({rel}).\n"],
               reason=r.choice(["memory evaluation", "wound care", "cardiology f/u", "ortho consult"]),
               addr=(lambda pl: V(_ocr_val(r, pl.line(), 0.2), "address", reg=pl.reg()))(place_us(r)),
               ph=V(_ocr_val(r, phone_us(r)), "phone"), rel=r.choice(["daughter", "son", "self", "neighbor"]))
    else:
        d.pick(["Signed orders enclosed: {dose}; PT/OT eval. {vit}.\n",
                "Orders to sign and return: {dose}. Last vitals {vit}.\n"],
               dose=r.choice(DOSES), vit=vitals(r))
    d.maybe(0.6, ["Ordering: Dr. {on}  NPI {npi}\n", "Provider {on}, NPI# {npi}\n"],
            on=lambda: r.choice([d.person().caps(), d.person().init()]), npi=V(_ocr_val(r, npi(r), 0.2), "license"))
    d.maybe(0.5, ["Questions: call {cn} at {ph}.\n", "Contact {cn} ext 2 ({ph})\n"],
            cn=lambda: d.person().first(), ph=V(_ocr_val(r, phone_us(r)), "phone"))
    d.maybe(0.4, ["{look}\n"], look=lookalike(r))
    vb = verbosity(r)
    d.maybe(vb * 0.6, ["\n--- page 2 ---\nPROGRESS NOTE (excerpt) {dt}\n{pn} seen for follow-up. {v}. {lab}. "
                       "Continue {dose}. RTC 4 wks. Daughter {dn} present, phone {ph}.\n",
                       "\n--- page 2 ---\nMEDICATION LIST as of {dt}\n- {m1}\n- {m2}\n- {m3}\nPharmacy: {phm} {ph}\n"],
            dt=date_v(r, fd, kinds=["us", "us_short"]), pn=r.choice([pt.full(), pt.ocr(r), pt.caps()]), v=vitals(r),
            lab=labs(r), dose=r.choice(DOSES), dn=lambda: d.person().first(), ph=V(_ocr_val(r, phone_us(r)), "phone"),
            m1=r.choice(DOSES), m2=r.choice(DOSES), m3=r.choice(DOSES), phm=r.choice(PHARMACIES))
    d.f("\n")
    d.pick(["CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health "
            "information that is legally privileged. If you have received this fax in error, please notify "
            "the sender immediately and destroy the documents.\n",
            "This fax may contain PHI protected under HIPAA. If received in error call the sender and shred all pages.\n",
            "NOTICE: intended only for the addressee. Redisclosure is prohibited.\n"])
    d.lit_fn = None


# ---------------------------------------------------------------------------
# 4. call-centre transcripts
# ---------------------------------------------------------------------------

def call_centre(d):
    r = d.rng
    agent = d.person()
    caller = d.person()
    self_call = r.random() < 0.4
    pt = caller if self_call else d.person(family=caller.family if r.random() < 0.5 else None)
    P = pr(pt)
    if self_call:
        # first-person forms for the caller speaking about themself
        Q = {"s": "I", "S": "I", "pos": "my", "obj": "me", "is": "I'm", "Is": "I'm", "has": "I have",
             "lives": "I live", "moved": "I moved"}
    else:
        Q = {"s": P["she"], "S": P["She"], "pos": P["her"], "obj": P["herobj"], "is": P["she"] + "'s",
             "Is": P["She"] + "'s", "has": P["she"] + " has", "lives": P["she"] + " lives",
             "moved": P["she"] + " moved"}
    age = pick_age(r, 0.45)
    vb = verbosity(r)
    secs = [r.randint(0, 20)]

    def ts():
        secs[0] += r.randint(4, 40)
        return "[%02d:%02d:%02d]" % (secs[0] // 3600, secs[0] % 3600 // 60, secs[0] % 60)

    topic = r.choice(["bill", "rx", "results", "appt", "records"])
    about = {"bill": "a bill", "rx": "a prescription", "results": "some test results",
             "appt": "an appointment", "records": "getting records sent"}[topic]
    cd = rand_date(r, 2022, 2026)
    d.f("<<Call recording transcript|Nurse line call - transcript|Contact centre QA transcript|IVR hand-off transcript>> "
        "| call ID {cid} | {dt}\n", cid=V(pat(r, r.choice(["C-99999999", "99999999-99", "CALL9999999"])), "id"),
        dt=date_v(r, cd, kinds=["iso", "us", "iso_tz", "long"]))
    d.f("{ts} AGENT: <<Thank you for calling|Good morning, you've reached|Hi, thanks for holding at>> "
        "{fac}, this is {ag}. <<How can I help?|Who am I speaking with?|Can I get your name?>>\n",
        ts=ts(), fac=r.choice(HOSPITALS + CLINICS), ag=agent.first())
    if self_call:
        d.f("{ts} CALLER: <<hi yes|yeah hi|hello>>, it's {cn}, i'm calling about %s.\n" % about,
            ts=ts(), cn=r.choice([caller.full(), caller.lower()]))
    else:
        d.f("{ts} CALLER: hi, this is {cn}, i'm calling for my {mother}, {pn}, about %s. "
            "<<{She} can't hear too well.|{She} is right here with me.|i'm {her} health care proxy.>>\n" % about,
            ts=ts(), cn=r.choice([caller.full(), caller.lower(), caller.first()]), pn=r.choice([pt.full(), pt.lower()]), **P)
    bd = dob(r, age)
    d.f("{ts} AGENT: Can I get the <<date of birth|birthdate|DOB>> to verify?\n", ts=ts())
    d.pick(["{ts} CALLER: {bd}.\n", "{ts} CALLER: uh, {bd}. yes.\n", "{ts} CALLER: it's {bd}\n"],
           ts=ts(), bd=date_v(r, bd, kinds=["spoken", "spoken_of", "long", "the_of", "us"]))
    if age > 89:
        d.pick(["{ts} CALLER: %s {aw}, so, you know.\n" % Q["Is"],
                "{ts} CALLER: %s just turned {an} last month.\n" % Q["s"],
                "{ts} AGENT: And that makes %s {an}, correct?\n{ts2} CALLER: yes.\n" % Q["obj"]],
               ts=ts(), ts2=ts(), aw=age_word(age), an=age_num(age))
    old = place_res(r, 0.35)
    d.f("{ts} AGENT: Thank you. And the address we have is {addr}?\n", ts=ts(), addr=old.v_line())
    if r.random() < 0.5:
        newp = place_res(r, 0.5)
        d.pick(["{ts} CALLER: no, that's old. %s to {town}, it's {street} now.\n" % Q["moved"].capitalize().replace("i ", "I "),
                "{ts} CALLER: not anymore - new one is {line}.\n",
                "{ts} CALLER: no, %s in a care home in {town} now. %s there is {zip}.\n"
                % (Q["is"], "Postcode" if newp.country in ("UK", "AU") else "Zip")],
               ts=ts(), town=newp.v_town(), street=newp.v_street(), line=newp.v_line(),
               zip=V(newp.postal or zip5(r), "zip"))
    else:
        d.f("{ts} CALLER: yes that's right.\n", ts=ts())
    d.f("{ts} AGENT: And a good callback number?\n", ts=ts())
    ph = phone_any(r)
    d.pick(["{ts} CALLER: call me at {ph}.\n", "{ts} CALLER: it's {sp}.\n",
            "{ts} CALLER: best is my cell, {ph}, or you can reach {who} on {ph2}.\n",
            "{ts} CALLER: {sp}. that's my mobile.\n"],
           ts=ts(), ph=V(ph, "phone"), sp=V(spoken_digits(r, ph), "phone"), ph2=V(phone_any(r), "phone"),
           who=r.choice(["my wife", "my husband", "the front desk at the home", "my sister"]))
    if topic == "bill":
        d.f("{ts} CALLER: we got a bill for {amt} but %s {payer}. member number is {hp}.\n" % Q["has"], ts=ts(),
            amt="$%d.%02d" % (r.randint(40, 2900), r.randint(0, 99)), payer=r.choice(PAYERS),
            hp=r.choice([V(pat(r, "AAA999999999"), "health_plan"), V(pat(r, "AAA 999 999 999"), "health_plan"),
                         V(spoken_digits(r, digits(r, 9)), "health_plan")]))
        d.f("{ts} AGENT: I see account {acct}. <<I'll resubmit it|Let me send it back to billing|I'll open a review>>; "
            "your reference is {ref}.\n", ts=ts(), acct=V(pat(r, r.choice(["99999999", "H99999999"])), "account"),
            ref=V(pat(r, r.choice(["INC-9999999", "TKT 999999", "AA99999"])), "id"))
    elif topic == "rx":
        d.f("{ts} CALLER: the pharmacy says the {dose} needs prior auth again.\n", ts=ts(), dose=r.choice(DOSES))
        d.f("{ts} AGENT: I see it. Rx number {rx}? I'll message Dr. {dr} and call you back by {t}.\n",
            ts=ts(), rx=V(pat(r, "#999999"), "id"), dr=d.person().family_(), t=clock(r))
    elif topic == "results":
        d.f("{ts} CALLER: %s blood work on {dt} and nobody called.\n" % ("I had" if self_call else P["she"] + " had"),
            ts=ts(), dt=date_v(r, rand_date(r), kinds=["spoken_md", "the_of", "md", "ord"]))
        d.f("{ts} AGENT: I can see a {lab}. The nurse will go over it. <<Accession|Lab order>> {acc} for your records.\n",
            ts=ts(), lab=labs(r), acc=V(pat(r, "AA99999999"), "id"))
    elif topic == "appt":
        d.f("{ts} CALLER: we need to move the appointment on {dt}, %s dialysis Monday Wednesday Friday at {t}.\n"
            % Q["has"], ts=ts(),
            dt=date_v(r, rand_date(r), kinds=["month_ordword", "the_of", "weekday_long", "spoken_md"]), t=clock(r))
        d.f("{ts} AGENT: I have {dt} at {t} with Dr. {dr}, {rm}.\n", ts=ts(),
            dt=date_v(r, rand_date(r), kinds=["weekday_long", "ord"]), t=clock(r), dr=d.person().family_(), rm=room(r))
    else:
        d.f("{ts} CALLER: the new doctor in {town} needs the records from {dt} on. their fax is {fx}.\n", ts=ts(),
            town=place_us(r).v_town(), dt=date_v(r, rand_date(r), kinds=["mon_year", "long", "the_of"]),
            fx=V(phone_us(r), "fax"))
        d.f("{ts} AGENT: I'll need a signed release. I'm sending the form now; request number {ref}.\n", ts=ts(),
            ref=V(pat(r, r.choice(["ROI-9999999", "RR999999"])), "id"))
    d.maybe(vb, ["{ts} CALLER: and can you email it? {em}\n{ts2} AGENT: Got it, I'll send a secure link.\n",
                 "{ts} CALLER: send it to my email, it's {em}\n{ts2} AGENT: I have that on file, yes.\n"],
            ts=ts(), ts2=ts(), em=V(email_for(r, caller), "email"))
    d.maybe(vb * 0.7, ["{ts} CALLER: oh and the insurance has %s social wrong, it should be {ssn}.\n"
                       "{ts2} AGENT: I'll pass that to registration.\n" % Q["pos"],
                       "{ts} AGENT: I also need to confirm the Medicare number.\n{ts2} CALLER: {mbi}.\n",
                       "{ts} CALLER: the nurse last time was {nn}, she was lovely.\n{ts2} AGENT: I'll let her know.\n"],
            ts=ts(), ts2=ts(), ssn=V(ssn(r), "ssn"), mbi=V(mbi(r), "health_plan"),
            nn=lambda: d.person(gender="F").first())
    d.pick(["{ts} AGENT: <<Is there anything else|Anything else I can help with>>, {cf}?\n{ts2} CALLER: no, thank you.\n",
            "{ts} AGENT: Okay %s {cl}, you're all set.\n{ts2} CALLER: thanks, bye.\n" % caller.title()],
           ts=ts(), ts2=ts(), cf=caller.first(), cl=caller.family_())
    d.f("[end of call - {dur} - agent {ag} ({aid})]\n", dur="%d min %d s" % (secs[0] // 60, secs[0] % 60),
        ag=agent.sig(), aid=V(pat(r, r.choice(["AG99999", "A-9999"])), "id"))
    d.maybe(vb * 0.5, ["QA note: {look}\n"], look=lookalike(r))


# ---------------------------------------------------------------------------
# 5. discharge instructions in plain language
# ---------------------------------------------------------------------------

def discharge_plain(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    hosp = r.choice(HOSPITALS)
    dr = d.person()
    fu = d.person()
    age = pick_age(r, 0.35)
    adm = rand_date(r, 2022, 2026)
    dis = shift(adm, r.randint(1, 9))
    d.f("{hosp}\nDISCHARGE INSTRUCTIONS <<FOR|-->> {pn}\n", hosp=hosp, pn=r.choice([pt.caps(), pt.formal_caps()]))
    d.f("<<MRN|Medical record number|Record>> {mrn}   <<Account|Visit account>> {acct}\n",
        mrn=V(pat(r, r.choice(["99999999", "E9999999", "A99-999-999"])), "mrn"),
        acct=V(pat(r, r.choice(["9999999999", "HAR99999999"])), "account"))
    if age > 89:
        d.f("Age: {a}\n", a=age_num(age))
    d.pick(["\nYou were in the hospital from {a} to {b}.\n", "\nDates of stay: {a} - {b}\n",
            "\nYou came in on {a} and are going home on {b}.\n"],
           a=date_v(r, adm, kinds=["long", "ord", "us", "weekday_long"]),
           b=date_v(r, dis, kinds=["long", "ord", "us", "weekday_long"]))
    reason = r.choice(["heart failure", "a fall and a broken wrist", "pneumonia", "a kidney infection",
                       "low sodium", "a blood clot in the leg"])
    d.f("You were treated for {rs}. ", rs=reason)
    d.pick(["Your doctor in the hospital was Dr. {dn}. ", "The hospital team was led by Dr. {dn}. ", ""],
           dn=r.choice([dr.full(), dr.init()]))
    d.f("\n\nYOUR MEDICINES\n")
    for m in r.sample(DOSES, r.randint(2, 5)):
        d.f("- " + m + r.choice(["", " (NEW)", " (CHANGED)", " - same as before"]) + "\n")
    d.pick(["STOP taking ibuprofen (Advil, Motrin).\n", "Do not take your old water pill anymore.\n", ""])
    d.f("\nWHAT TO WATCH FOR\n")
    d.pick(["Weigh yourself every morning. Call if your weight goes up more than 2 lb in a day or 5 lb in a week.\n",
            "Call if you have a fever over 100.4 °F, pain worse than {p}, or new swelling.\n",
            "Keep the splint dry. Pain should be {p} or less with the medicine.\n",
            "Check your sugar before meals; call if it is over 300 or under 70.\n"], p=pain(r))
    d.f("\nFOLLOW-UP\n")
    fc = place_us(r)
    d.pick(["See Dr. {fn} on {dt} at {t}. Address: {addr}. Phone {ph}.\n",
            "Appointment with {fn}, NP - {dt}, {t}, {clin}, {addr} (call {ph} to change).\n",
            "Make an appointment with Dr. {fn} within 7 days. Call {ph}. The office is at {addr}.\n"],
           fn=r.choice([fu.full(), fu.family_()]), dt=date_v(r, shift(dis, r.randint(3, 14)),
                                                              kinds=["weekday_long", "ord", "the_of", "month_ordword", "md"]),
           t=clock(r), addr=r.choice([fc.v_line(), fc.v_street()]), ph=V(phone_us(r), "phone"), clin=r.choice(CLINICS))
    if r.random() < 0.45:
        for _ in range(r.randint(1, 3)):
            sp = d.person()
            pl2 = place_us(r)
            d.pick(["Also: {spec} with Dr. {sn} on {dt} at {t}, {addr}, phone {ph}.\n",
                    "{spec}: {dt}, {t} - Dr. {sn} ({addr}). To reschedule call {ph}.\n"],
                   spec=r.choice(["Cardiology", "Kidney clinic", "Wound clinic", "Orthopedics", "Memory clinic",
                                  "Lung function test", "Eye clinic"]),
                   sn=r.choice([sp.full(), sp.family_()]),
                   dt=date_v(r, shift(dis, r.randint(5, 60)), kinds=["weekday_long", "ord", "long", "month_ordword", "us"]),
                   t=clock(r), addr=r.choice([pl2.v_line(), pl2.v_street()]), ph=V(phone_us(r), "phone"))
    d.maybe(0.6, ["Blood test (INR) on {dt} at the lab in {rm}.\n", "Home health will call you to set up a visit by {dt}.\n"],
            dt=lambda: date_v(r, shift(dis, r.randint(2, 7)), kinds=["md", "ord", "day_mon", "month_ordword"]), rm=room(r))
    vb = verbosity(r)
    d.maybe(vb, ["\nACTIVITY\nWalk 3 times a day. No lifting more than 10 lb for 6 weeks. No driving while taking oxycodone.\n",
                 "\nACTIVITY\nUse your walker at all times. Physical therapy will visit twice a week.\n",
                 "\nDIET\nLow salt (less than 2,000 mg a day). Limit fluids to 1.5 liters (about 6 cups) a day.\n",
                 "\nDIET\nCarb-consistent diet. Check your blood sugar before meals and at bedtime.\n"])
    d.maybe(vb * 0.7, ["\nTests still pending: blood cultures from {dt}; we will call you with the result. "
                       "Lab order {acc}.\n",
                       "\nYour chest x-ray (radiology accession {acc}) showed improvement. {lab}.\n"],
            dt=date_v(r, shift(dis, -1), kinds=["md", "long"]), acc=V(pat(r, r.choice(["RA99999999", "L99999999"])), "id"),
            lab=labs(r))
    cg = d.person(family=pt.family if r.random() < 0.5 else None)
    d.maybe(0.7, ["\nWe went over these instructions with you and your {rel} {cg}.\n",
                  "\nCaregiver at home: {cg} ({rel}), phone {ph}.\n",
                  "\n{cg} ({rel}) will stay with you the first week. Contact: {ph}.\n"],
            rel=kin(r, cg, ["child", "spouse", "grandchild"], ["neighbor", "friend"]),
            cg=r.choice([cg.full(), cg.first(), cg.lower()]), ph=V(phone_home(r), "phone"))
    pharm = r.choice(PHARMACIES)
    d.maybe(0.6, ["Prescriptions sent to {ph} - Rx # {rx}, {rx2}.\n", "Your new medicines are at {ph} (Rx {rx}).\n"],
            ph=pharm, rx=V(pat(r, "#999999"), "id"), rx2=V(pat(r, "#999999"), "id"))
    d.pick(["\nQuestions? Call the nurse line 24/7: {ph}.\n", "\nIf you have questions call {ph} and ask for the discharge nurse.\n",
            "\nNurse advice line: {ph}. In an emergency call 911.\n"], ph=V(phone_us(r), "phone"))
    d.maybe(0.4, ["See your results online at {url}.\n", "Portal: {url} (use code from your paperwork)\n"],
            url=V(r.choice(["https://portal.example.org/visit/%s" % digits(r, 8),
                            "www.example.com/myhealth/%s" % pat(r, "aaa9999"),
                            "https://example.net/d/%s" % pat(r, "xxxxxxxx")]), "url"))
    if r.random() < 0.4:
        d.f("\n")
        odd_ids(d, r, r.randint(1, 2))
    d.pick(["\nNurse: {ns}, RN   Time: {t}\n", "\nReviewed by {nn}, RN on {dt}\n",
            "\nPatient signature: ____________   RN: {ns}\n"],
           ns=lambda: d.person().sig(), nn=lambda: d.person().full(), t=clock(r), dt=date_v(r, dis, kinds=["us", "us_short"]))
    d.maybe(0.4, ["{look}\n"], look=lookalike(r))


# ---------------------------------------------------------------------------
# 6. home-health visit notes
# ---------------------------------------------------------------------------

def home_health(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    rn = d.person()
    age = pick_age(r, 0.5)
    vd = rand_date(r, 2022, 2026)
    home = place_us(r) if r.random() < 0.8 else place_intl(r, r.choice(["UKH", "UK", "AU"]))
    d.f("<<Bluestem Home Health|Visiting Nurse Service|Hearthside Home Care|Prairie Home Health Agency>> - "
        "<<SKILLED NURSING VISIT|Home visit note|RN revisit>>\n")
    d.f("Patient: {pn}   <<MRN|ID|Pt #>> {mrn}\n", pn=r.choice([pt.formal_caps(), pt.formal(), pt.full()]),
        mrn=V(pat(r, r.choice(["HH999999", "99999999", "A999999"])), "mrn"))
    ti, to, tsig = visit_times(r)
    vb = verbosity(r)
    d.f("Visit date: {vd}  Time in {ti}  Time out {to}\n", vd=date_v(r, vd, kinds=["us", "us_short", "iso"]),
        ti=ti, to=to)
    d.pick(["Location: {addr}\n", "Visit address: {addr}\n", "Home: {addr} (<<blue house past the feed store|side door, dog in yard|2nd floor, no elevator|key in lockbox>>)\n"],
           addr=home.v_line())
    d.f("\n")
    if age > 89:
        d.pick(["{a} {woman} seen at home for <<CHF monitoring|wound care|med management|post-fall follow-up>>. ",
                "Pt is {ay}, lives <<alone|with spouse|with {her} daughter>>. ",
                "Pt, aged {aw}, homebound secondary to weakness and fall risk. "],
               a=lambda: age_adj(r, age, "A"), ay=lambda: age_yo(r, age), aw=lambda: age_word(age), **P)
    else:
        d.f("{a} {woman} seen at home for <<CHF monitoring|wound care|med management|post-fall follow-up>>. ",
            a=age_adj(r, age, "A"), **P)
    sp = d.person(family=pt.family if r.random() < 0.6 else None, gender="M" if pt.gender == "F" else "F")
    spage = near_age(r, age)
    d.pick(["{Her} {sp_rel} {spn} ({spa}) was present. ", "Spouse {spn}, {spy}, assists with meals. ",
            "Lives with {her} {spage_adj} {sp_rel} {spn}. "],
           sp_rel=r.choice(["husband", "partner"]) if sp.gender == "M" else r.choice(["wife", "partner"]),
           spn=r.choice([sp.first(), sp.full()]), spa=age_num(spage), spy=age_yo(r, spage),
           spage_adj=age_adj(r, spage), **P)
    d.f("\n\nVS: {v}. Wt {w}. Pain {p}.\n", v=vitals(r), w=weight(r), p=pain(r))
    d.pick(["Wound L heel stage 3, 3.2 x 1.4 x 0.3 cm, no tunneling. Cleansed NS, foam dressing applied.\n",
            "Lungs with fine crackles bilat bases; 1+ pitting edema to mid-shin.\n",
            "Pillbox filled for 2 weeks; pt missed 3 evening doses since last visit.\n",
            "Gait with rollator, TUG 19 s. Home safety reviewed, throw rugs removed.\n"])
    d.f("Meds reviewed: {m1}; {m2}.\n", m1=r.choice(DOSES), m2=r.choice(DOSES))
    d.maybe(vb, ["Psychosocial: pt tearful discussing {her} late {sp2}; declines counselling referral. MSW visit requested.\n",
                 "Teaching: low-sodium diet reviewed with teach-back; {she} reads labels with magnifier. Fluid 1.5 L/day.\n",
                 "Skin: sacrum intact, blanchable erythema L hip 2 x 3 cm. Braden 15. Turning schedule reinforced.\n",
                 "Cognition: oriented x2, SLUMS 19/30. Needs cueing for inhaler (2 puffs BID).\n"],
            sp2=r.choice(["husband", "wife", "sister", "son", "brother"]), **P)
    d.maybe(vb * 0.8, ["Environment: stairs to bedroom (14 steps), grab bars installed {dt}. Smoke alarm tested.\n",
                       "Supplies: 4x4 gauze, foam dressings x10, glucometer strips ordered via DME (order {ord}).\n",
                       "Diet: eats 2 meals/day, Meals on Wheels weekdays. Weight trend {w1} -> {w2}.\n"],
            dt=_d(r, ["md", "mon_year", "ord"]), ord=V(pat(r, r.choice(["DME-999999", "SO99999999"])), "id"),
            w1=weight(r), w2=weight(r))
    d.maybe(0.6, ["Personal emergency response pendant checked, unit serial {sn}, test call OK.\n",
                  "Telemonitor (scale/BP hub) serial {sn} transmitting daily.\n",
                  "Remote monitor SN {sn} replaced; old unit returned.\n"],
            sn=V(pat(r, r.choice(["AA99999999", "99-9999-999", "PX9999A999"])), "device"))
    hc = d.person(family=pt.family if r.random() < 0.5 else None)
    hcw = kin(r, hc, ["child"])
    d.maybe(0.5, [hcw.capitalize() + " {dn} called during visit from {town}; %s can be reached on {ph}.\n" % ("she" if hc.gender == "F" else "he"),
                  hcw.capitalize() + " {dn} lives in {town}, visits weekends, cell {ph}.\n",
                  "Emergency contact: {dn} ({rel}) in {town}, {ph}.\n"],
            dn=r.choice([hc.first(), hc.full()]), rel=hcw,
            town=(lambda pl: pl.v_town())(place_us(r) if r.random() < 0.6 else place_intl(r, r.choice(["DK", "PL", "ES", "DE", "NO"]))),
            ph=V(phone_home(r), "phone"))
    if r.random() < 0.5:
        odd_ids(d, r, 1)
    d.maybe(0.4, ["Pt's {rel} {cn} (community paramedic) left a note re: falls on {dt}.\n",
                  "Caregiver {cn} from the agency reports pt ate ~50% of meals since {dt}.\n"],
            rel=r.choice(["neighbor", "friend"]), cn=lambda: d.person().given_init(),
            dt=_d(r, ["md", "day_mon", "ord"]))
    d.f("\nPlan: <<continue 2w4|1w4 then reassess|PRN visits x2 for dressing issues>>. Next visit {nd}. "
        "<<MD notified of wt gain|Notified Dr. {dr} re: BP|No new orders>>.\n",
        nd=date_v(r, shift(vd, r.randint(2, 8)), kinds=["md", "md", "day_mon", "ord", "weekday_long"]),
        dr=d.person().family_())
    d.maybe(0.5, ["Agency line {ph}; on-call {ph2}.\n"], ph=V(phone_us(r), "phone"), ph2=V(phone_us(r), "phone"))
    d.pick(["-- {sig}, RN\n", "Electronically signed: {nn}, RN {dt} {t}\n", "{ini}, RN, case manager\n"],
           sig=rn.sig(), nn=rn.full(), ini=rn.init(), dt=date_v(r, vd, kinds=["us_short", "md"]), t=tsig)


# ---------------------------------------------------------------------------
# 7. travel-clinic notes for international patients
# ---------------------------------------------------------------------------

def travel_clinic(d):
    r = d.rng
    c = r.choice(["DK", "PL", "ES", "DE", "NL", "IT", "BR", "NG", "IN", "TR", "FR", "NO", "SE", "AU", "UK"])
    pt = d.person(CULT_FOR.get(c, None) if r.random() < 0.75 else None)
    P = pr(pt)
    clin = d.person()
    age = pick_age(r, 0.3)
    vd = rand_date(r, 2022, 2026)
    d.f("<<Meridian Travel Health Clinic|Global Traveler Clinic|International Patient Services - travel medicine>>\n"
        "Visit {vd}   Provider: {cn}<<, MD|, NP|, PA-C>>\n\n",
        vd=date_v(r, vd, kinds=["us", "iso", "long", "dd_mon_yyyy"]), cn=r.choice([clin.full(), clin.init()]))
    d.f("Patient: {pn}  DOB {bd}  <<MRN|Med Rec #|Clinic no.>> {mrn}\n",
        pn=r.choice([pt.formal(), pt.full(), pt.formal_caps()]),
        bd=date_v(r, dob(r, age), kinds=["eu_dot", "eu_slash", "dmy_long", "iso", "us", "dd_mon_yyyy"]),
        mrn=V(pat(r, r.choice(["99999999", "T-999999"])), "mrn"))
    d.maybe(0.6, ["Passport no. {pp} ({cn})\n", "Travel document {pp}\n"],
            pp=V(pat(r, r.choice(["A99999999", "AA9999999", "999999999"])), "id"), cn=COUNTRY_NAMES.get(c, "abroad"))
    stay = place_us(r)
    home = place_intl(r, c)
    d.pick(["Home address abroad: {ha}\nStaying with {rel} in {town} until {dt}.\n",
            "Permanent address {ha}; temporary: {ta}.\n",
            "Lives at {ha}. Visiting family in {town} (hosted by {rel}).\n"],
           ha=home.v_line(), town=stay.v_town(), ta=stay.v_line(),
           rel=(lambda q: r.choice([q.full(), q.first()]))(d.person()),
           dt=_d(r, ["dd_mon", "day_mon", "ord", "the_of"]))
    d.f("\n")
    trip = r.choice(["Ghana and Togo", "Peru (Cusco, then Amazon lodge)", "Kenya safari", "northern India",
                     "Vietnam and Cambodia", "Brazil - Manaus", "Tanzania", "Bolivia, altitude 3,600 m"])
    dep = rand_date(r, 2022, 2026)
    d.pick(["Pre-travel consult. Trip: {trip}, departing {dep}, returning {ret}.\n",
            "Going to {trip} on {dep} for ~3 weeks.\n",
            "Itinerary {trip}; flight out {dep}, back {ret}.\n"],
           trip=trip, dep=date_v(r, dep, kinds=["day_mon", "the_of", "month_ordword", "dd_mon", "ord"]),
           ret=date_v(r, shift(dep, r.randint(10, 40)), kinds=["day_mon", "dd_mon", "ord", "md"]))
    if age > 89:
        d.pick(["Traveller is {ay}; fit per cardiology letter. ", "Note age {a}: discussed DVT risk and travel insurance. ",
                "At {a} {she} is the oldest member of a family tour group. "], ay=age_yrs(r, age), a=age_num(age), **P)
    d.f("Meds: {m}. Allergies: <<NKDA|sulfa (rash)|penicillin>>.\n", m=r.choice(DOSES))
    d.pick(["Vaccines today: Typhoid Vi IM, Hep A #2, yellow fever. Hep B series complete since {yr}.\n",
            "Given: Tdap, rabies pre-exposure #1 (#2 on day 7). Malaria prophylaxis atovaquone-proguanil 250/100 mg.\n",
            "Yellow fever vaccine contraindicated >60 - waiver letter issued. Typhoid oral x4 caps.\n"],
           yr=str(r.randint(1998, 2019)))
    d.maybe(0.6, ["ICVP (yellow fever certificate) no. {yf} issued.\n", "Certificate number {yf} entered in the state registry.\n",
                  "Waiver ref {yf}.\n"], yf=V(pat(r, r.choice(["YF-9999999", "99999999", "ICVP AA9999"])), "id"))
    ins = r.choice(TRAVEL_INSURERS)
    d.maybe(0.7, ["Travel insurance: {ins}, policy {pol}; 24h assistance {ph}.\n",
                  "{ins} policy no. {pol}. Emergency line abroad {ph}.\n"],
            ins=ins, pol=V(pat(r, r.choice(["TGA-99999999", "AA9999999", "9999-999999-99"])), "health_plan"),
            ph=V(phone_any(r), "phone"))
    d.maybe(0.6, ["Contact in {cn}: {kn} ({rel}), {ph}.\n", "Local contact while abroad: {kn}, {ph}, {em}.\n"],
            cn=r.choice(["Accra", "Lima", "Nairobi", "Hanoi", "Manaus", "Delhi"]),
            kn=(lambda q: q.full())(d.person()), rel=r.choice(["cousin", "tour guide", "host"]),
            ph=V(phone_intl(r, r.choice(["BR", "NG", "IN", "VN", "GH", "PH", "MX"])), "phone"),
            em=lambda: V(email_for(r, d.person()), "email"))
    d.maybe(0.35, ["Self-pay visit: deposit taken from card {card}.\n",
                   "Self-pay; invoice to be settled by transfer from {ib}.\n",
                   "Paid at the desk, {card}; receipt emailed.\n"],
            card=V(card_number(r), "account"), ib=V(iban(r, grouped=r.random() < 0.6), "account"))
    d.maybe(0.5, ["Pt asked that results go to {em}; mobile {ph}.\n", "Prefers WhatsApp {ph}.\n"],
            em=V(email_for(r, pt), "email"), ph=V(_phone_for(r, c if c not in ("UK",) else "UK"), "phone"))
    vb = verbosity(r)
    d.maybe(vb, ["Counselling: food and water precautions, insect repellent (DEET 30%), bite avoidance at dusk. "
                 "Altitude: acetazolamide 125 mg BID starting the day before ascent. ",
                 "Discussed travellers' diarrhoea: azithromycin 1 g single dose given as standby. Sun protection. ",
                 "Reviewed DVT prevention for the 14 h flight: compression stockings, aisle seat, walk hourly. "])
    d.maybe(vb * 0.7, ["\nPrior records from {cn} reviewed (document ref {ref}, dated {dt}). ",
                       "\nIncoming letter from {her} GP abroad scanned {dt}, ref {ref}. "],
            cn=COUNTRY_NAMES.get(c, "abroad"), ref=V(pat(r, r.choice(["DOC-9999999", "99999/AA"])), "id"),
            dt=_d(r, ["eu_dot", "dmy_long", "iso"]), **P)
    d.f("\n{look} Return visit {rd} for the next dose.\n", look=lookalike(r),
        rd=date_v(r, shift(vd, r.randint(7, 28)), kinds=["md", "us_short", "ord"]))
    d.pick(["-- {cs}\n", "Signed {cn} {dt}\n"], cs=clin.sig(), cn=clin.full(), dt=date_v(r, vd, kinds=["us_short", "md"]))


# ---------------------------------------------------------------------------
# 8. billing and collections letters
# ---------------------------------------------------------------------------

def billing_collections(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    guar = pt if r.random() < 0.4 else d.person(family=pt.family if r.random() < 0.5 else None)
    hosp = r.choice(HOSPITALS + CLINICS)
    home = place_us(r) if r.random() < 0.75 else place_intl(r)
    sd = rand_date(r, 2022, 2026)
    before = lambda kinds: (lambda: date_v(r, shift(sd, -r.randint(10, 200)), kinds=kinds))
    after = lambda kinds: (lambda: date_v(r, shift(sd, r.randint(10, 45)), kinds=kinds))
    d.f("{hosp}\nPatient Financial Services\n{haddr}\n<<Phone|Billing office>> {ph}   Fax {fx}\n\n",
        hosp=hosp, haddr=place_us(r).v_line(), ph=V(phone_us(r), "phone"), fx=V(phone_us(r), "fax"))
    d.f("{sd}\n\n", sd=date_v(r, sd, kinds=["long", "us", "mon_abbr"]))
    d.f("{gn}\n{gaddr}\n\n", gn=r.choice([guar.caps(), guar.full(), guar.full_mid()]),
        gaddr=home.v_line())
    kind = r.choice(["statement", "final", "collections", "refund", "plan"])
    acct = V(pat(r, r.choice(["9999999999", "99999999", "G99999999", "9999-999999"])), "account")
    head = {"statement": "STATEMENT OF ACCOUNT", "final": "FINAL NOTICE", "collections": "NOTICE OF ASSIGNMENT TO COLLECTIONS",
            "refund": "CREDIT BALANCE / REFUND", "plan": "PAYMENT PLAN CONFIRMATION"}[kind]
    d.f(head + "\n")
    d.pick(["Guarantor account: {acct}\nPatient: {pn}\n", "Account no. {acct} | Patient {pn}\n",
            "Re: account {acct} (patient: {pn}; guarantor: {gl})\n"],
           acct=acct, pn=r.choice([pt.full(), pt.formal()]), gl=guar.lower())
    d.maybe(0.5, ["Insurance on file: {payer}, member {hp}\n", "Primary: {payer} / subscriber {hp}\n"],
            payer=r.choice(PAYERS), hp=V(pat(r, r.choice(["AAA999999999", "999999999A", "A99999999"])), "health_plan"))
    d.f("\n<<Date of service|DOS>>   Code   Description                Charge\n")
    dk = r.choice([["us"], ["us_short"], ["md"], ["us", "us_short"]])
    for cpt, desc in r.sample(CPT_DESC, r.randint(2, 5)):
        d.f("{dos}   {cpt}   {desc}   ${ch}\n", dos=date_v(r, shift(sd, -r.randint(20, 300)), kinds=dk),
            cpt=cpt, desc=desc, ch="%d.%02d" % (r.randint(18, 1900), r.randint(0, 99)))
    bal = "$%s.%02d" % ("{:,}".format(r.randint(40, 6400)), r.randint(0, 99))
    d.f("Balance due: %s\n\n" % bal)
    if kind in ("statement", "final"):
        d.pick(["Dear {gg},\nOur records show the balance above remains unpaid since {dt}. Please pay by {due} to avoid referral to an outside agency. ",
                "Dear {gt} {gf},\nThis is a reminder that the balance above is past due. Payment is due by {due}. "],
               gg=guar.first(), gt=guar.title(), gf=guar.family_(),
               dt=before(["long", "mon_year", "us"]), due=after(["long", "us", "ord"]))
    elif kind == "collections":
        d.f("Your account has been placed with <<Crescent Recovery Partners|Lakeview Collection Services>>, collection ref {cref}. "
            "Contact them at {ph} or <<pay online at|visit>> {url}. ",
            cref=V(pat(r, r.choice(["CRP-9999999", "99999999-AA"])), "id"), ph=V(phone_us(r), "phone"),
            url=V(r.choice(["https://pay.example.com/ref/%s" % digits(r, 7), "www.example.net/pay?acct=%s" % digits(r, 8)]), "url"))
    elif kind == "refund":
        d.pick(["A credit of {amt} will be refunded to the card used, {card}. ",
                "Refund of {amt} issued by bank transfer to IBAN {ib}. ",
                "We will return {amt} by ACH to routing {rt}, account {an}. ",
                "Refund of {amt} sent to {rt} {an} on {dt}. ",
                "Refund of {amt} posted back to {card}. ",
                "Your refund of {amt} was wired to {ib}. "],
               dt=before(["us", "md"]),
               amt="$%d.%02d" % (r.randint(5, 400), r.randint(0, 99)), card=V(card_number(r), "account"),
               ib=V(iban(r, grouped=r.random() < 0.7), "account"), rt=V(routing_number(r), "account"),
               an=V(digits(r, r.randint(8, 12)), "account"))
    else:
        d.pick(["Your plan: 6 payments of ${m} drafted on the {day} of each month from {rt} {an}. ",
                "Automatic payments will be charged to {card} starting {dt}. ",
                "Monthly draft from IBAN {ib} starting {dt}. ",
                "Drafts of ${m} from {rt} {an} on the {day} of each month. ",
                "Card on file {card} will be charged ${m} monthly. "],
               m=str(r.randint(25, 300)), day=r.choice(["1st", "15th", "5th"]),
               rt=V(routing_number(r), "account"), an=V(digits(r, r.randint(8, 12)), "account"),
               card=V(card_number(r), "account"), ib=V(iban(r), "account"), dt=after(["long", "md", "ord"]))
    vb = verbosity(r)
    d.maybe(vb, ["\n\nYour insurer processed these charges on {dt} and applied {amt} to your deductible. If you "
                 "think this is wrong, contact {payer} and quote claim {clm}. ",
                 "\n\nWe billed {payer} on {dt}; the claim ({clm}) was denied as 'coverage terminated'. Please send "
                 "us your current insurance card. ",
                 "\n\nYou may qualify for financial assistance. Households earning up to 400% of the federal poverty "
                 "level can apply; the application is at the front desk of every site. "],
            dt=before(["us", "long"]), amt="$%d.00" % r.randint(100, 1500), payer=r.choice(PAYERS),
            clm=V(pat(r, r.choice(["99999999999", "CLM-9999-999999", "9999999999AA"])), "id"))
    if kind in ("statement", "final", "collections"):
        d.maybe(0.7, ["\n\nWe received a partial payment from {card} on {dt}; the remaining balance is shown above. ",
                      "\n\nAn international transfer from {ib} on {dt} was returned by the bank (wrong reference). ",
                      "\n\nYour ACH draft from {rt} {an} on {dt} was returned for insufficient funds. ",
                      "\n\nTo pay by bank transfer from abroad, quote account {acct} and send from {ib}; we have that IBAN on file. "],
                card=V(card_number(r), "account"), ib=V(iban(r, grouped=r.random() < 0.6), "account"),
                rt=V(routing_number(r), "account"), an=V(digits(r, r.randint(8, 12)), "account"),
                dt=before(["us", "md", "long"]), acct=acct)
    d.maybe(0.5, ["Last payment received {dt} by card {card} (declined {dt2}). ",
                  "Payment of $50.00 posted {dt} from {rt} / {an}. "],
            dt=before(["us", "md"]), dt2=before(["md", "us_short"]), card=V(card_number(r), "account"),
            rt=V(routing_number(r), "account"), an=V(digits(r, 10), "account"))
    d.pick(["\n\nQuestions? Call {ph}, Mon-Fri 8:00-4:30, or e-mail {em}.\n",
            "\n\nTo discuss financial assistance call {ph}.\n",
            "\n\nSincerely,\n{bn}\nPatient Account Representative, ext. %d\n" % r.randint(200, 499)],
           ph=V(phone_us(r), "phone"), em=V(email_role(r, r.choice(["billing", "pfs", "patientaccounts"])), "email"),
           bn=lambda: d.person().full())
    d.maybe(0.4, ["\nDetach and return with payment. Account {acct}. Amount enclosed $________\n"], acct=acct)
