"""Styles: clinician_chat, sms_thread, vital_records_ocr, registry_extract."""
import datetime as dt

from core import digit_words, words, fmt_date, fold
from kit import F, emit_fields, sig, greet, signoff, rel_word, non_native, non_native_self, age_parts
import pools as P


def handle_parts(C, p, kind=None):
    """a chat handle built from a name: the name part is labelled, role suffixes are not"""
    g = fold(p.given).lower().replace(" ", "").replace("-", "")
    f = fold(p.family).lower().replace(" ", "").replace("'", "").replace(".", "")
    k = kind if kind is not None else C.ri(0, 6)
    if k == 0:
        return [("name", f"{g[0]}{f}"), C.ch(["_rn", "_md", "", "_np", "-pharm"])]
    if k == 1:
        return ["@", ("name", f"{g}.{f}")]
    if k == 2:
        return [("name", f"{g}")]
    if k == 3:
        return ["dr.", ("name", f)]
    if k == 4:
        return [("name", C.nm(p, C.ch(["lf", "full"]))), C.ch([" (RN)", " (MD)", " | Hospitalist", " (Pharm)", ""])]
    if k == 5:
        return [("name", f"{g}{f[0]}")]
    return [("name", C.nm(p, "glower"))]


# ========================================================== clinician_chat
def cc0(C, d):
    """secure messaging export, lower-case"""
    d.typo = 0.02
    staff = [C.person() for _ in range(3)]
    hands = [handle_parts(C, s, C.ch([0, 1, 2, 5])) for s in staff]
    pt = C.person(age=C.ri(30, 95))
    fam = C.relative_of(pt, sex="F", same_family=0.6)
    cardio = C.person()
    day = C.days_ago(0, 60)
    d.line(C.ch(["Secure Chat export", "TigerText conversation export", "Vocera thread", "Epic Secure Chat - conversation"]),
           " - ", ("date", C.fd(day, C.ch(["iso", "num"]))))
    ts = C.tseq(7, step=(1, 6))
    i = 0

    def msg(who, *parts):
        nonlocal i
        d.line("[", ts[i], "] ", *hands[who], ": ", *parts)
        i += 1
    room = C.room()
    msg(0, "pt in ", room, " ", C.ch(["mrs ", "mr ", ""]), ("name", C.nm(pt, C.ch(["f", "lower", "lfi"])).lower()), " (mrn ", ("mrn", C.mrn()), ") ",
        C.ch(["c/o cp again, trop pending", "bp 82/50 after lasix", "more confused, pulling at iv", "k 6.1 on repeat"]))
    msg(1, C.ch([f"ok coming. who's {pt.his} cardiologist?", "on my way. is family there?", "give 1 amp ca gluconate, recheck", "ok. any new meds?"]))
    msg(0, C.ch(["dr. ", "dr "]), ("name", C.nm(cardio, "f").lower()), C.ch([" at riverside. ", " - saw her last wk. "]),
        C.ch(["dtr ", "daughter "]), ("name", C.nm(fam, C.ch(["glower", "g"]))), C.ch([" at bedside asking for update, her # ", " wants a call back "]),
        ("phone", C.phone("mobile")))
    msg(2, C.ch(["fyi ", "heads up "]), ("name", C.nm(fam, "glower")), C.ch([" is HCP per chart, ", " is not the hcp - son is, "]),
        C.ch(["dob ", "pt dob "]), ("date", C.fd(pt.dob, "num")), " to verify")
    msg(1, C.ch(["will call her after i see pt. thx ", "ok thx "]), ("name", C.nm(staff[0], "glower")))
    if C.p(0.6):
        msg(0, C.ch(["also pharmacy says ", "btw "]), C.ch(["eliquis 5 mg held", "ctx 1 g started", "no k in fluids now"]),
            C.ch(["", " per "]), *([("name", C.nm(staff[2], "g").lower())] if C.p(0.5) else []))


def cc1(C, d):
    """pager log"""
    day = C.days_ago(0, 60)
    d.line(C.ch(["PAGER LOG", "Paging system - message history", "AMION page log", "Night float pages"]), " - ",
           C.ch(["Hospitalist service", "Medicine B", "Surgery on-call", "Peds"]), " - ", ("date", C.fd(day)))
    ts = C.tseq(3, lo=19, hi=23, step=(10, 90))
    for t in ts:
        doc = C.person()
        rn = C.person(sex=C.ch(["F", "F", "M"]))
        pt = C.person(age=C.ri(20, 95))
        d.line(t, C.ch(["  TO: ", " >> "]), ("phone", C.phone("mobile")), " (", C.ch(["Dr. ", "Dr "]), ("name", C.nm(doc, C.ch(["f", "il"]))), ")",
               C.ch(["  FROM: ", " from "]), C.ch(["6W ", "4N ", "ICU ", "ED "]), "RN ", ("name", C.nm(rn, C.ch(["g", "fi"]))))
        d.line("   MSG: ", ("name", C.nm(pt, C.ch(["LFi", "LF", "f"]))), " ", C.room(), " ",
               C.ch(["BP 82/50 pls call", "needs sleep med", "family at bedside wants update", "K 5.9, ekg done", "fell, no injury, pls eval"]),
               *([" cb ", ("phone", C.phone("work"))] if C.p(0.5) else [" x", str(C.ri(2000, 7999))]))


def cc2(C, d):
    """on-call group chat (WhatsApp-style export)"""
    d.typo = 0.02
    mem = [C.person() for _ in range(3)]
    day = C.days_ago(0, 60)
    ds = C.fd(day, "dmY" if C.R != "US" else "mdY")
    ts = C.tseq(7, lo=20, hi=22, step=(1, 9))
    names = [C.nm(m, C.ch(["full", "g", "fi"])) for m in mem]
    pt = C.person(age=C.ri(30, 95))
    son = C.relative_of(pt, sex="M", same_family=0.8)
    i = 0

    def msg(who, *parts):
        nonlocal i
        d.line(("date", ds), ", ", ts[i], " - ", ("name", names[who]), ": ", *parts)
        i += 1
    msg(0, C.ch(["anyone seen bed ", "who's covering bed "]), str(C.ri(1, 30)), "? ", C.ch(["mr ", ""]), ("name", C.nm(pt, "f").lower()),
        C.ch(["'s son ", " son "]), ("name", C.nm(son, C.ch(["glower", "g"]))), C.ch([" is here and v upset", " wants to speak to a dr"]))
    msg(1, C.ch(["i'll come. ", "5 min. "]), C.ch(["what's his ", "pls send "]), C.lab("mrn") if C.R == "US" else C.natid(pt)[2], "?")
    t, v, lab = C.natid(pt) if C.R != "US" else ("mrn", C.mrn(), "mrn")
    msg(0, (t, v), C.ch([" - dob ", ", born "]), ("date", C.fd(pt.dob, "num")))
    msg(2, C.ch(["fyi he was on my list, ", "i know him - "]),
        *C.ch([["lives alone on ", ("address", C.street())], ["lives alone down on ", ("address", C.street_bare())],
               ["comes in from ", ("address", C.town_name(C.other_town()))]]), C.ch([", neighbour checks on him", ", frequent flyer"]))
    if C.p(0.3):
        msg(0, "<Media omitted>")
    msg(1, C.ch(["spoke to son, he's ok now. ", "sorted. "]), C.ch(["leaving number for day team ", "his # "]), ("phone", C.phone("mobile")))


def cc3(C, d):
    """curbside consult by e-mail with quoted reply"""
    a, b = C.person(), C.person()
    pt = C.person(age=C.ri(20, 90))
    dom = C.org_domain(C.facility("hospital"))
    day = C.days_ago(0, 60)
    d.line("From: ", ("name", C.nm(b, C.ch(["full", "lf"]))), " <", ("email", C.email(b, dom, work=True)), ">")
    d.line("To: ", ("name", C.nm(a, C.ch(["full", "lf"]))), " <", ("email", C.email(a, dom, work=True)), ">")
    d.line("Subject: RE: ", C.ch(["curbside - ", "quick q re ", "informal consult: "]), C.ch(["anticoag after GI bleed", "hyponatremia", "new AF in 90s", "rash on lamotrigine"]))
    d.line()
    d.line(C.ch(["Hi ", "Hey ", ""]), ("name", C.nm(a, "g")), C.ch([" -", ",", ""]))
    d.line(C.ch(["Without seeing her I'd ", "Informally, I would ", "Reasonable to "]), C.ch(["hold apixaban 48h and restart at 2.5 mg BID",
                                                                                             "fluid restrict 1.2 L, recheck Na in 6h",
                                                                                             "stop lamotrigine and send to derm"]),
           ". ", C.ch(["If you want a formal consult put in the order and page ", "Happy to see formally - call "]), ("phone", C.phone("work")), ".")
    d.line(("name", C.nm(b, C.ch(["g", "inits", "fi"]))))
    d.line()
    d.line(C.ch(["On ", "-----Original Message----- "]), ("date", C.fd(day, "long")), C.ch([", ", " at "]), C.time(8, 18), ", ",
           ("name", C.nm(a, "full")), " wrote:")
    d.line("> ", ("name", C.nm(b, "g")), ", ", C.ch(["quick one: ", "curbside: "]), ("name", C.nm(pt, C.ch(["fi", "lf", "inits"]))),
           ", ", *age_parts(C, pt.age, pt.sex), " ", C.ch(["MRN ", "#"]), ("mrn", C.mrn()), ", ", C.labs(2), ", ", C.vitals(2), ".")
    fw = C.ch(["Her husband ", "Pt's wife ", "Family ("])
    fsex = {"Her husband ": "M", "Pt's wife ": "F"}.get(fw)
    d.line("> ", fw, ("name", C.nm(C.relative_of(pt, sex=fsex, same_family=0.8), C.ch(["g", "full"]))),
           ") " if fw.endswith("(") else " ", C.ch(["is a retired pharmacist and has questions.", "wants to take her home to ", "is asking about transfer to "]),
           *([("address", C.town_name(C.other_town())), "."] if C.p(0.5) else []))
    d.line("> ", ("name", C.nm(a, C.ch(["g", "inits"]))))


def cc4(C, d):
    """Teams-like export with display names, message ids, IP log"""
    p1, p2, p3 = C.person(), C.person(), C.person()
    pt = C.person(age=C.ri(20, 90))
    day = C.days_ago(0, 60)
    d.line(C.ch(["Conversation export", "Chat audit export", "eDiscovery export - chat"]), " | ", ("date", C.fd(day, "iso")),
           " | ", C.ch(["channel: ", "team: "]), C.ch(["ED-Ortho handoff", "Onc nurses", "BH consult liaison", "Transfer centre"]))
    ts = C.tseq(4, lo=7, hi=19, step=(1, 20))
    rows = [(p1, C.ch(["pt ", ""]) , [("name", C.nm(pt, C.ch(["LF", "lf", "full"]))), " ", C.ch(["MRN ", "mrn "]), ("mrn", C.mrn()),
                                     C.ch([" ready for 5N", " needs ortho eval", " family meeting at 3"])]),
            (p2, "", [C.ch(["ok - ", "ack. "]), *C.ch([["spoke with the son ", ("name", C.nm(C.relative_of(pt, sex="M", same_family=0.8), C.ch(["g", "full"])))],
                                                     ["called the daughter ", ("name", C.nm(C.relative_of(pt, sex="F", same_family=0.8), C.ch(["g", "full"])))]]),
                      " ", ("phone", C.phone("mobile"))]),
            (p3, "", [C.ch(["portal msg from pt: ", "pt messaged: "]), "\"", non_native_self(C), "\"", C.ch([" (msg id ", " id "]), ("id", C.digits(9, True)),
                      C.ch([")", ""])]),
            (p1, "", [C.ch(["thanks ", "ty "]), ("name", C.nm(p3, "g"))])]
    for k, (who, pre, parts) in enumerate(rows):
        d.line("msg ", ("id", f"{C.digits(13, True)}"), " | ", ts[k], " | ", ("name", C.nm(who, C.ch(["lf", "full"]))),
               C.ch([" (RN)", " (MD)", " (SW)", ""]), " | ", pre, *parts)
    d.line(C.ch(["session log: ", "audit: "]), ("name", C.nm(p2, C.ch(["lf", "full"]))), C.ch([" signed in from ", " src ip "]),
           ("ip_address", C.ip()), C.ch([" (VPN)", ""]))


# ================================================================ sms_thread
def sms_ts(C, base, n):
    out = []
    cur = dt.datetime(base.year, base.month, base.day, C.ri(7, 15), C.ri(0, 59))
    for _ in range(n):
        out.append(cur)
        cur += dt.timedelta(minutes=C.ri(1, 100))
    return out


def sms_stamp(C, t, style):
    if style == 0:
        return f"[{t.month}/{t.day} {t.hour % 12 or 12}:{t.minute:02d}{'am' if t.hour < 12 else 'pm'}]"
    if style == 1:
        return f"{t.day:02d}/{t.month:02d} {t.hour:02d}:{t.minute:02d}"
    return f"{t.hour:02d}:{t.minute:02d}"


def sm0(C, d):
    """appointment reminders and replies"""
    pt = C.person(age=C.ri(20, 85))
    dau = C.relative_of(pt, sex="F", same_family=0.7)
    doc = C.person()
    clinic = C.facility("clinic")
    a = C.addr(kind="house")
    appt = C.days_after(C.today, 1, 5)
    ts = sms_ts(C, C.today, 6)
    st = C.ri(0, 2)
    d.line(C.ch(["Messages with ", "SMS thread: "]), clinic, " (", C.ch(["short code ", ""]), str(C.ri(20000, 89999)), ")")
    d.line(sms_stamp(C, ts[0], st), " ", clinic, ": ", C.ch(["Hi ", "Hello ", ""]), ("name", C.nm(pt, C.ch(["g", "UP", "g"]))),
           C.ch([", this is a reminder of your appt w/ Dr. ", ", reminder: you have an appointment with Dr "]), ("name", C.nm(doc, "f")),
           " on ", ("date", C.fd(appt, C.ch(["short", "Bd", "md" if C.R == "US" else "dm"]))), " at ", C.time(8, 16), " at ",
           ("address", C.addr_full(a) if C.p(0.4) else a["line1"]), C.ch([". Reply C to confirm, R to reschedule.", ". Reply Y to confirm or call "]),
           *([("phone", C.phone("work"))] if C.p(0.5) else []))
    d.line(sms_stamp(C, ts[1], st), " ", C.ch(["Me", "Patient", "You"]), ": ", C.ch(["C", "c", "Y", "yes"]))
    d.line(sms_stamp(C, ts[2], st), " ", clinic, ": ", C.ch(["Thank you! Your appointment is confirmed.", "Confirmed. Please arrive 15 min early."]))
    par = {"F": "mom", "M": "dad"}.get(pt.sex, "parent")
    d.line(sms_stamp(C, ts[3], st), " ", C.ch(["Me", "Patient"]), ": ", C.ch(["this is ", "hi its "]), ("name", C.nm(pt, "glower")), "'s ",
           C.ch(["daughter ", "girl "]), ("name", C.nm(dau, C.ch(["glower", "g"]))), C.ch([f" can my {par} bring the neighbour mrs ", f" my {par} will come with mrs "]),
           ("name", C.nm(C.person(sex="F"), C.ch(["f", "glower"])).lower()), C.ch([" to translate", " bc i work"]))
    d.line(sms_stamp(C, ts[4], st), " ", clinic, ": ", C.ch(["Hi ", "Thanks "]), ("name", C.nm(dau, "g")),
           C.ch([", yes that's fine. Pls confirm her DOB for our records.", ", of course. Can you confirm her date of birth?"]))
    d.line(sms_stamp(C, ts[4], st), " ", C.ch(["Me", "Patient"]), ": ", ("date", C.fd(pt.dob, C.ch(["num", "long"]))),
           C.ch([" and her insurance is ", " - card # "]), (lambda t: (t[0], t[1]))(C.natid(pt)))
    d.line(sms_stamp(C, ts[5], st), " ", C.ch(["Me", "Patient"]), ": ", C.ch(["ok thx ", "ty "]), C.ch(["her new cell is ", "pls use my # "]),
           ("phone", C.phone("mobile")), C.ch([" not the house one", ""]))


def sm1(C, d):
    """relative texting on behalf of a patient"""
    d.typo = 0.03
    d.case = "lower" if C.p(0.5) else None
    pt = C.person(age=C.ri(60, 98))
    son = C.relative_of(pt, sex="M", same_family=0.8)
    nurse = C.person(sex="F")
    ts = sms_ts(C, C.days_ago(0, 30), 6)
    st = C.ri(0, 2)
    num = C.phone("mobile")
    d.line(C.ch(["Conversation with ", "Text messages - "]), ("phone", num), C.ch(["", " (unknown)", " (Mobile)"]))
    d.line(sms_stamp(C, ts[0], st), " ", ("phone", num), ": ", C.ch(["hi is this ", "hello this is for "]), ("name", C.nm(nurse, C.ch(["g", "glower"]))),
           C.ch(["? its ", " - "]), ("name", C.nm(son, C.ch(["glower", "g", "full"]))), ", ",
           C.ch(["son of your patient", "calling about my " + {"F": "mum", "M": "dad"}.get(pt.sex, "parent"),
                 "texting for my " + {"F": "mother", "M": "father"}.get(pt.sex, "parent")]),
           " ", ("name", C.nm(pt, C.ch(["full", "lower", "LF"]))))
    d.line(sms_stamp(C, ts[1], st), " ", C.ch(["Nurse", "Clinic", "Me"]), ": ", C.ch(["Hi ", "Hello "]), ("name", C.nm(son, "g")),
           C.ch([", yes. Can you confirm her DOB?", ". For privacy pls confirm date of birth"]))
    d.line(sms_stamp(C, ts[2], st), " ", ("phone", num), ": ", ("date", C.fd(pt.dob, C.ch(["num", "long", "dBY" if C.R != "US" else "BdY"]))),
           C.ch([f". {pt.he} is at my place now in ", f". {pt.he}s staying w me in "]), ("address", C.town_name(C.other_town())), " ",
           C.ch(["since the fall", "till she is better", "for few weeks"]))
    d.line(sms_stamp(C, ts[3], st), " ", ("phone", num), ": ", C.ch([f"can u send {pt.his} pills to the ", "pharmacy is the "]),
           C.ch({"US": ["walgreens", "cvs", "rite aid"], "UK": ["boots", "lloyds", "superdrug"], "CA": ["shoppers", "rexall", "jean coutu"],
                 "AU": ["chemist warehouse", "priceline", "terry white"]}[C.R]), C.ch([" on ", " near "]), ("address", C.street()),
           C.ch([" pls", " thx", ""]), " ", non_native(C) if C.p(0.4) else "")
    d.line(sms_stamp(C, ts[4], st), " ", C.ch(["Nurse", "Clinic"]), ": ", C.ch(["Will do. Dr ", "Ok, I'll ask Dr "]), ("name", C.nm(C.person(), "f")),
           C.ch([" to update the script.", " - should be ready tmrw."]))
    d.line(sms_stamp(C, ts[5], st), " ", ("phone", num), ": ", C.ch(["thank u so much ", "ty "]), ("name", C.nm(nurse, C.ch(["glower", "g"]))),
           C.ch([" 🙏", " !!", ""]))


def sm2(C, d):
    """refill and ride requests"""
    d.typo = 0.03
    pt = C.person(age=C.ri(30, 90))
    drv = C.person()
    a = C.addr(kind=C.ch(["unit", "house", "unit"]))
    ts = sms_ts(C, C.days_ago(0, 30), 5)
    st = C.ri(0, 2)
    mine = C.phone("mobile")
    d.line(C.ch(["Ride line SMS", "NEMT dispatch texts", "Pharmacy text thread", "Patient texts"]), " - ", ("name", C.nm(pt, C.ch(["full", "LF"]))),
           " ", ("phone", mine))
    d.line(sms_stamp(C, ts[0], st), " ", ("name", C.nm(pt, C.ch(["glower", "g"]))), ": ", C.ch(["need a ride ", "can i get ride "]),
           C.ch(["for dialysis ", "to my appt ", "for my eye doctor "]), ("date", C.fd(C.days_after(C.today, 1, 7), "short")), " ",
           C.ch(["pick me up at ", "from "]), ("address", a["line1"].lower()), C.ch([" at 7am", " at 6:30", " in the morning"]))
    d.line(sms_stamp(C, ts[1], st), " ", C.ch(["Dispatch", "RideHealth", "Transport"]), ": ", C.ch(["Booked. Driver ", "Confirmed - your driver is "]),
           ("name", C.nm(drv, C.ch(["g", "fi", "nick"]))), C.ch([" in a grey Toyota Sienna, plate ", " (white van "]), ("vehicle", C.plate()),
           C.ch([". Trip #", "). Ref "]), ("id", C.digits(8, True)))
    d.line(sms_stamp(C, ts[2], st), " ", ("name", C.nm(pt, "glower")), ": ", C.ch(["ok. also the side door is around back, ", "gate is broken use back, "]),
           C.ch(["blue house past ", "the trailer behind "]), C.ch(P.LANDMARKS[C.R]))
    d.line(sms_stamp(C, ts[3], st), " ", ("name", C.nm(pt, "glower")), ": ", C.ch(["and can u send my refill ", "refill my "]),
           C.ch(["metformin", "inhaler", "blood pressure pills", "insulin pens"]), C.ch([" to the pharmacy on ", " to "]), ("address", C.street()),
           C.ch([" rx ", " the number is "]), ("id", C.rx()))
    d.line(sms_stamp(C, ts[4], st), " ", C.ch(["Pharmacy", "Clinic"]), ": ", C.ch(["Sent. Ready after 4pm. -", "Done, it's ready. -"]),
           ("name", C.nm(C.person(), C.ch(["g", "inits"]))))


def sm3(C, d):
    """group text with carers"""
    d.typo = 0.025
    pt = C.person(age=C.ri(70, 101))
    carers = [C.person(sex=C.ch(["F", "F", "M"])) for _ in range(3)]
    ds = [[("name", C.nm(c, C.ch(["g", "nick", "fi"])))] for c in carers]
    if C.p(0.4):
        ds[2] = C.ch([[("name", "Big Mike")], ["Auntie ", ("name", "Pearl")], [("name", "Lizzie")], [("name", "Tash")],
                      ["Mama ", ("name", "Ngozi")], ["Uncle ", ("name", "Rey")]])
    ts = sms_ts(C, C.days_ago(0, 30), 6)
    st = C.ri(0, 2)
    q = C.ch(["", "\""])
    d.line(C.ch(["Group: ", "Group chat "]), q, ("name", C.nm(pt, C.ch(["g", "nick"]))), C.ch([" care team", "'s carers", " rota"]), q,
           " (", str(len(carers) + 1), " people)")
    d.line(sms_stamp(C, ts[0], st), " ", *ds[0], ": ", C.ch(["who's got mum tmrw am? i'm on nights", "can someone do sat? I have my kids"]))
    d.line(sms_stamp(C, ts[1], st), " ", *ds[1], ": ", C.ch(["me. ", "i can. "]), C.ch(["her bp was 160/90 today, gave the 5 mg", "she ate porridge, took all tabs"]),
           ". ", C.ch(["pill box refilled", "she's asking for ", "dr "]), *C.ch([[], [("name", C.nm(C.person(), "g").lower())], [("name", C.nm(C.person(), "f").lower()), " called"]]))
    d.line(sms_stamp(C, ts[2], st), " ", *ds[2], ": ", C.ch(["i'll drop groceries at ", "dropping her post round to "]),
           ("address", C.addr(kind=C.ch(["unit", "house"]))["line1"]), C.ch([" after work", " around 6"]))
    d.line(sms_stamp(C, ts[3], st), " ", *ds[0], ": ", C.ch(["district nurse ", "the aide "]), ("name", C.nm(C.person(sex="F"), C.ch(["g", "fi"]))),
           C.ch([" comes ", " is coming "]), ("date", C.fd(C.days_after(C.today, 1, 6), C.ch(["short", "Bd", "dB"]))), C.ch([" at 10", " morning"]))
    nt, nv, nl = C.natid(pt)
    d.line(sms_stamp(C, ts[4], st), " ", *ds[1], ": ", C.ch([f"her {nl.lower()} is ", "for the form - her number is "]), (nt, nv))
    d.line(sms_stamp(C, ts[5], st), " ", *ds[2], ": ", *C.ch([["👍"], ["ok love u all"], ["thanks ", *ds[1]], ["ty ", *ds[0], " x"]]))


def sm4(C, d):
    """auto-replies and portal notifications"""
    pt = C.person(age=C.ri(18, 85))
    fac = C.facility("hospital")
    ts = sms_ts(C, C.days_ago(0, 30), 5)
    st = C.ri(0, 2)
    d.line(C.ch(["Notifications", "SMS inbox", "Text alerts"]), " - ", ("phone", C.phone("mobile")))
    d.line(sms_stamp(C, ts[0], st), " ", fac, ": ", C.ch(["You have a new message in your patient portal. View: ", "New test results are available: "]),
           ("url", C.url("portal", fac)), " ", C.ch(["Reply STOP to opt out.", "Msg&data rates may apply."]))
    d.line(sms_stamp(C, ts[1], st), " ", fac, ": ", C.ch(["Your verification code is ", "Code: "]), str(C.ri(100000, 999999)),
           C.ch([". It expires in 10 minutes.", ""]))
    pa = C.addr(kind="house")
    d.line(sms_stamp(C, ts[1], st), " ", C.ch(["Pharmacy", "Rx alert"]), ": ", C.ch(["Rx ", "Prescription #"]), ("id", C.rx()),
           C.ch([" for ", " for patient "]), ("name", C.nm(pt, C.ch(["fi", "UP", "g"]))), C.ch([" is ready for pickup at ", " ready at "]),
           ("address", C.addr_full(pa) if C.p(0.5) else pa["line1"]), C.ch([". Pickup by ", ". Hold until "]),
           ("date", C.fd(C.days_after(C.today, 3, 10), "short")), ".")
    d.line(sms_stamp(C, ts[2], st), " ", fac, ": ", C.ch(["Reminder: ", "Appt reminder - "]), ("name", C.nm(pt, C.ch(["g", "UP"]))),
           C.ch([" on ", ", "]), ("date", C.fd(C.days_after(C.today, 2, 9), C.ch(["short", "long"]))), " ", C.time(8, 16),
           C.ch([". Reply 1 to confirm.", ". Call to cancel."]))
    doc = C.person()
    d.line(sms_stamp(C, ts[2], st), " ", fac, ": ", C.ch(["Dr. ", "Dr "]), ("name", C.nm(doc, C.ch(["f", "full"]))),
           C.ch([" is out of office until ", " is away until "]), ("date", C.fd(C.days_after(C.today, 2, 14), C.ch(["short", "long"]))),
           *C.ch([[". For urgent matters call ", ("phone", C.phone("work"))],
                  [". Covering: Dr. ", ("name", C.nm(C.person(), "f")), " ", ("phone", C.phone("work"))]]))
    d.line(sms_stamp(C, ts[3], st), " ", C.ch(["Me", "You"]), ": ", C.ch(["is this ", "hello, "]), ("name", C.nm(pt, C.ch(["glower", "g"]))),
           C.ch([" here. ", ". "]), C.ch(["my account # is ", "pay bill acct "]), ("account", C.acct()), C.ch([" pls call me", " cant log in"]))
    d.line(sms_stamp(C, ts[4], st), " ", fac, ": ", C.ch(["This number does not accept replies. Call ", "Auto-reply: unmonitored. Please call "]),
           ("phone", C.phone("work")), C.ch([" or email ", "."]), *([("email", f"billing@{C.org_domain(fac)}")] if C.p(0.5) else []))
    if C.p(0.5):
        d.line(sms_stamp(C, ts[4], st), " ", fac, ": ", C.ch(["Ref #", "Case "]), ("id", C.digits(8, True)), C.ch([" created.", " opened for you."]))


# ====================================================== vital_records_ocr
def ocr_head(C, d, kind):
    d.ocr = C.ch([0.02, 0.03, 0.04])
    d.vocr = C.ch([0.0, 0.01, 0.015])
    R = C.R
    if R == "US":
        juris = f"STATE OF {P.US_STATE_NAMES.get(C.T[1], 'OHIO').upper()}" + C.ch([" - DEPARTMENT OF HEALTH", " / VITAL RECORDS", ""])
    elif R == "UK":
        juris = C.ch(["GENERAL REGISTER OFFICE", "CERTIFIED COPY OF AN ENTRY", "NATIONAL RECORDS OF SCOTLAND" if C.T[5] == "S" else "GRO"])
    elif R == "CA":
        juris = f"PROVINCE OF {P.CA_PROV_NAMES[C.T[1]].upper()}" + C.ch([" - VITAL STATISTICS", ""])
    else:
        juris = f"{C.T[1]} REGISTRY OF BIRTHS, DEATHS AND MARRIAGES"
    d.line(juris)
    d.line(kind)
    if C.p(0.5):
        d.line(C.ch(["~ ~ ~ ~ ~ ~ ~ ~ ~ ~", "|___|___|___|", "..:. .::. ..", "=================="]))


def vr0(C, d):
    """birth certificate"""
    child = C.person(age=0)
    child.dob = C.days_ago(5, 3000)
    mom = C.relative_of(child, sex="F", same_family=0.5, age=C.ri(18, 42))
    dad = C.relative_of(child, sex="M", same_family=1.0, age=C.ri(20, 50))
    maiden = C.ch(P.FAMILY["anglo"].split(" ") + P.FAMILY["hispanic"].split(" "))
    reg = C.person()
    ocr_head(C, d, C.ch(["CERTIFICATE OF LIVE BIRTH", "BIRTH CERTIFICATE", "Certified Copy of Birth Registration", "BIRTH REGISTRATION STATEMENT"]))
    d.line(C.ch(["State File No. ", "Registration No. ", "Reg. no ", "Certificate #"]), ("id", C.case_no()))
    d.line("1. ", C.ch(["CHILD'S NAME (First, Middle, Last)", "Name and surname", "CHILD - FULL NAME"]), ": ",
           ("name", C.nm(child, C.ch(["full_mid", "UP", "full"]))))
    d.line("2. ", C.ch(["DATE OF BIRTH", "When born", "Date of birth"]), ": ", ("date", C.fd(child.dob, C.ch(["long", "num", "DMONY"]))),
           "   TIME: ", C.time(), "   SEX: ", child.sex)
    d.line("3. ", C.ch(["PLACE OF BIRTH - FACILITY", "Where born", "HOSPITAL"]), ": ", C.facility("hospital"), ", ",
           C.ch(["CITY/TOWN: ", ""]), ("address", C.town_name()))
    d.line("4. ", C.ch(["MOTHER'S CURRENT LEGAL NAME", "Name and surname of mother", "MOTHER - NAME"]), ": ", ("name", C.nm(mom, C.ch(["full", "UP", "full_mi"]))))
    d.line("   ", C.ch(["NAME PRIOR TO FIRST MARRIAGE", "Maiden surname of mother", "Maiden name"]), ": ", ("name", maiden.upper() if C.p(0.5) else maiden),
           "   ", C.ch(["DOB", "Date of birth"]), ": ", ("date", C.fd(mom.dob)))
    d.line("   ", C.ch(["MOTHER'S BIRTHPLACE", "Place of birth"]), ": ", ("address", C.town_name(C.other_town())))
    a = C.addr()
    d.line("5. ", C.ch(["RESIDENCE OF MOTHER", "Usual address", "Mother's residence"]), ": ", ("address", a["line1"]))
    d.line("   ", C.ch(["CITY", "Town"]), ": ", ("address", a["town"]), "   ", C.ch(["ZIP", "POSTCODE", "Postal code"]), ": ", ("zip", a["pc"]))
    d.line("6. ", C.ch(["FATHER'S NAME", "Name and surname of father", "PARENT 2"]), ": ", ("name", C.nm(dad, C.ch(["full", "UP", "full_mid"]))),
           "   DOB: ", ("date", C.fd(dad.dob)))
    cert = C.person()
    if C.p(0.4):
        d.line("7. ", C.ch(["Signature of informant", "INFORMANT"]), ": ", ("name", C.nm(mom, C.ch(["full", "UP", "inits"]))), ", Mother")
    else:
        d.line("7. ", C.ch(["CERTIFIER", "ATTENDANT"]), ": ", ("name", C.nm(cert, C.ch(["full", "UP", "il"]))), ", ", C.ch(["MD", "CNM", "midwife"]))
    d.line("8. ", C.ch(["REGISTRAR", "Signature of registrar", "Deputy Registrar"]), ": ", ("name", C.nm(reg, C.ch(["full", "il"]))),
           "   ", C.ch(["DATE FILED", "Registered on", "When registered"]), ": ", ("date", C.fd(C.days_after(child.dob, 3, 40))))


def vr1(C, d):
    """death certificate"""
    age = C.wch([(C.ri(50, 89), 5), (C.ri(90, 104), 5)])
    dec = C.person(age=age)
    dod = C.days_ago(3, 200)
    sp = C.relative_of(dec, sex="F" if dec.sex == "M" else "M", same_family=0.8)
    inf = C.relative_of(dec, same_family=0.7)
    fdr, mdr = C.person(), C.person()
    ocr_head(C, d, C.ch(["CERTIFICATE OF DEATH", "DEATH CERTIFICATE", "Medical Certificate of Cause of Death", "REGISTRATION OF DEATH"]))
    d.line(C.ch(["File No. ", "STATE FILE NUMBER ", "Entry No. "]), ("id", C.case_no()))
    d.line("1. ", C.ch(["DECEDENT'S LEGAL NAME", "Name of deceased", "DECEASED"]), ": ", ("name", C.nm(dec, C.ch(["UP", "full_mid", "LFmi"]))))
    sv, slab = C.socid()
    d.line("2. ", slab.upper(), ": ", ("ssn", sv), "   3. AGE: ", ("age", str(age)) if age > 89 else str(age), "   SEX: ", dec.sex)
    d.line("4. ", C.ch(["DATE OF BIRTH", "Date of birth"]), ": ", ("date", C.fd(dec.dob)), "   5. ", C.ch(["BIRTHPLACE", "Place of birth"]), ": ",
           ("address", C.town_name(C.other_town())))
    d.line("6. ", C.ch(["DATE OF DEATH", "Date of death"]), ": ", ("date", C.fd(dod, C.ch(["long", "num"]))), "   ", C.ch(["TIME", "Hour"]), ": ", C.time())
    pl = C.ri(0, 1)
    if pl == 0:
        d.line("7. ", C.ch(["PLACE OF DEATH", "Where died"]), ": ", C.facility("hospital"), " (inpatient)")
    else:
        pa = C.addr()
        d.line("7. ", C.ch(["PLACE OF DEATH", "Where died"]), ": ", C.ch(["Decedent's home, ", "Residence - "]), ("address", C.addr_full(pa)))
    ra = C.addr()
    d.line("8. ", C.ch(["RESIDENCE", "Usual address"]), ": ", ("address", ra["line1"]), ", ", ("address", C.townline(ra)))
    d.line("9. ", C.ch(["SURVIVING SPOUSE", "Spouse's name (maiden)" if sp.sex == "F" else "Spouse's name", "Husband/Wife"]), ": ",
           ("name", C.nm(sp, C.ch(["full", "UP"]))))
    d.line("10. ", C.ch(["INFORMANT", "Informant name"]), ": ", ("name", C.nm(inf, C.ch(["full", "UP"]))), ", ",
           rel_word(C, inf, C.ch(["child", "niece", "sib"])).upper())
    d.line("11. ", C.ch(["FUNERAL DIRECTOR", "Funeral director / licensee"]), ": ", ("name", C.nm(fdr, C.ch(["full", "UP"]))), "  ",
           C.ch(["LIC # ", "License No. "]), ("license", C.digits(5, True)))
    d.line("12. ", C.ch(["CAUSE OF DEATH", "Cause of death"]), ": (a) ", C.ch(["Cardiopulmonary arrest", "Metastatic carcinoma of lung",
                                                                             "Alzheimer's dementia", "Aspiration pneumonia"]),
           "  (b) ", C.ch(["CHF", "COPD", "Parkinson disease", "hip fracture"]), "  ", C.icd("hospice"))
    d.line("13. ", C.ch(["CERTIFIER", "Certified by"]), ": ", ("name", C.nm(mdr, C.ch(["full", "UP"]))), ", MD  ", C.ch(["LIC ", "Reg "]),
           ("license", C.med_license()))


def vr2(C, d):
    """marriage certificate"""
    p1 = C.person(sex="F", age=C.ri(20, 70))
    p2 = C.person(sex=C.ch(["M", "M", "M", "F"]), age=C.ri(20, 72))
    off = C.person()
    w1, w2 = C.person(), C.person()
    mdate = C.days_ago(10, 800)
    ocr_head(C, d, C.ch(["CERTIFICATE OF MARRIAGE", "MARRIAGE CERTIFICATE", "Marriage Registration", "Certified copy of marriage entry"]))
    d.line(C.ch(["License No. ", "Licence no. ", "Reg. No. "]), ("id", C.case_no()), "   ", C.ch(["Date of marriage: ", "When married: "]),
           ("date", C.fd(mdate, C.ch(["long", "num"]))))
    for lab, p in ((C.ch(["PARTY A", "BRIDE", "SPOUSE 1"]), p1), (C.ch(["PARTY B", "GROOM", "SPOUSE 2"]), p2)):
        a = C.addr()
        d.line(lab, ": ", ("name", C.nm(p, C.ch(["full_mid", "UP", "full"]))), "  ", C.ch(["Age ", "age "]), str(p.age),
               "  ", C.ch(["DOB ", "b. "]), ("date", C.fd(p.dob)))
        d.line("   ", C.ch(["Residence: ", "Address: "]), ("address", C.addr_full(a)), "   ", C.ch(["Birthplace: ", "Born: "]),
               ("address", C.town_name(C.other_town())))
    d.line(C.ch(["Officiant: ", "Solemnized by: ", "Celebrant: "]), ("name", C.nm(off, C.ch(["full", "UP"]))),
           C.ch([", Pastor", ", Registrar", ", Marriage Celebrant", ", Justice of the Peace"]))
    d.line(C.ch(["Witnesses: ", "In the presence of: "]), ("name", C.nm(w1, C.ch(["full", "UP"]))), C.ch([" and ", "; "]),
           ("name", C.nm(w2, C.ch(["full", "UP"]))))


def vr3(C, d):
    """fetal death report"""
    mom = C.person(sex="F", age=C.ri(17, 45))
    dad = C.relative_of(mom, sex="M", same_family=0.5)
    att = C.person()
    dd = C.days_ago(3, 300)
    ocr_head(C, d, C.ch(["REPORT OF FETAL DEATH", "CERTIFICATE OF FETAL DEATH", "Stillbirth Registration", "STILLBIRTH CERTIFICATE"]))
    d.line(C.ch(["File No. ", "Registration no. "]), ("id", C.case_no()))
    d.line("1. ", C.ch(["NAME OF FETUS (optional)", "Name (if given)"]), ": ", ("name", C.nm(C.relative_of(mom, same_family=0.8), C.ch(["full", "UP", "g"]))))
    d.line("2. ", C.ch(["DATE OF DELIVERY", "Date of delivery"]), ": ", ("date", C.fd(dd)), "  TIME: ", C.time(), "  SEX: ", C.ch(["F", "M", "U"]))
    d.line("3. ", C.ch(["FACILITY", "Place of delivery"]), ": ", C.facility("hospital"), "   ", C.ch(["CITY: ", "Town: "]), ("address", C.town_name()))
    d.line("4. ", C.ch(["MOTHER'S NAME", "Mother"]), ": ", ("name", C.nm(mom, C.ch(["full", "UP", "LFmi"]))), "   DOB: ", ("date", C.fd(mom.dob)))
    a = C.addr()
    d.line("5. ", C.ch(["RESIDENCE", "Usual residence of mother"]), ": ", ("address", C.addr_full(a)))
    d.line("6. ", C.ch(["FATHER'S NAME", "Father/Parent"]), ": ", ("name", C.nm(dad, C.ch(["full", "UP"]))))
    d.line("7. ", C.ch(["GESTATION", "Weeks of gestation"]), f": {C.ri(20, 38)} wks   WEIGHT: {C.ri(300, 2900)} g   ",
           C.ch(["LMP: ", "Date last normal menses: "]), ("date", C.fd(C.days_after(dd, -270, -150), "num")))
    d.line("8. ", C.ch(["CAUSE", "Initiating cause"]), ": ", C.ch(["placental abruption", "cord accident", "unknown", "pre-eclampsia"]), " ", C.ch(["O36.4XX0", "P02.1", "P95"]))
    d.line("9. ", C.ch(["ATTENDANT", "Certifier"]), ": ", ("name", C.nm(att, C.ch(["full", "UP", "il"]))), C.ch([", MD", ", CNM", ", OB"]), "  ",
           C.ch(["NPI ", "Lic "]), ("license", C.npi() if C.R == "US" else C.med_license()))
    d.line(C.ch(["Registrar: ", "Registered by: "]), ("name", C.nm(C.person(), C.ch(["il", "full"]))), "  ", ("date", C.fd(C.days_after(dd, 2, 20))))


def vr4(C, d):
    """amendment / registrar letter (scanned)"""
    d.ocr = 0.015
    d.vocr = 0.005
    app = C.person(age=C.ri(20, 70))
    child = C.relative_of(app, same_family=0.8, age=C.ri(0, 30))
    reg = C.person()
    d.line({"US": "Office of Vital Records", "AU": "Registry of Births, Deaths and Marriages", "CA": "Vital Statistics Agency",
            "UK": "General Register Office"}[C.R])
    ra = C.addr(kind=C.ch(["po", "house"]))
    d.line(("address", C.addr_full(ra)), "  ", C.ch(["Tel ", "Ph "]), ("phone", C.phone("work")))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    a = C.addr()
    d.line(("name", C.nm(app, C.ch(["full", "UP", "full_mi"]))))
    d.line(*C.addr_block(a))
    d.line()
    d.line(C.ch(["Re: Application to amend birth record - ", "RE: Correction of registration no. ", "Subject: Amendment request "]),
           ("id", C.case_no()))
    d.line()
    d.line(*greet(C, app, formal=True))
    wrong = C.person(sex=child.sex)
    co = C.person()
    d.line(C.ch(["We have reviewed your application received ", "Your request dated "]), ("date", C.fd(C.days_ago(20, 90), "long")),
           C.ch([" to correct the given name on the birth record of ", " to amend the record of "]),
           ("name", C.nm(child, C.ch(["full", "full_mid"]))), C.ch([" (born ", ", DOB "]), ("date", C.fd(child.dob or C.dob_for(5))),
           C.ch([") from \"", "), recorded as \""]), ("name", f"{wrong.given} {child.family}"), "\".")
    d.line(C.ch(["Please provide a certified copy of the hospital record or a statutory declaration witnessed by ", "Supporting evidence required from "]),
           C.ch(["a JP", "a notary", "the attending midwife"]), C.ch([". Our case officer is ", ". Contact "]), ("name", C.nm(co, C.ch(["full", "g"]))),
           C.ch([" at ", ", "]), ("email", C.email(co, {"US": "vitalrecords.gov", "AU": "bdm.gov.au", "UK": "gro.gov.uk", "CA": "vsa.gov.ca"}[C.R], work=True)), ".")
    d.line(C.ch(["Fee paid: ", "Receipt "]), ("id", f"R{C.digits(7)}"), C.ch([" ($25.00)", " (£11.00)", ""]))
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(reg, C.ch(["full", "il"]))), C.ch([", Deputy Registrar", ", Registrar", ", Amendments Unit"]))


# ======================================================= registry_extract
def hl7_date(d_):
    return fmt_date(d_, "hl7")


def rg0(C, d):
    """HL7 v2 message"""
    pt = C.person(age=C.ri(1, 95))
    nk = C.relative_of(pt, same_family=0.7)
    doc = C.person()
    fac = fold(C.ch(P.FAC_PREFIX)).upper().replace(" ", "").replace("'", "")[:10]
    tday = hl7_date(C.today)
    ttime = f"{C.ri(0, 23):02d}{C.ri(0, 59):02d}"
    mtype = C.ch(["ADT^A04", "VXU^V04", "ORU^R01", "ADT^A08"])
    a = C.addr()
    d.raw(f"MSH|^~\\&|EPIC|{fac}|REGISTRY|STATE|")
    d.add(("date", tday))
    d.raw(f"{ttime}||{mtype}|")
    d.add(("id", f"MSG{C.digits(8)}"))
    d.raw("|P|2.5.1\n")
    d.raw("PID|1||")
    d.add(("mrn", C.mrn().replace("-", "")))
    d.raw(f"^^^{fac}^MR")
    if C.R == "US" and C.p(0.6):
        d.raw("~")
        d.add(("ssn", C.ssn(2)))
        d.raw("^^^SSA^SS")
    elif C.R != "US":
        t, v, lab = C.natid(pt)
        d.raw("~")
        d.add((t, v.replace(" ", "")))
        d.raw("^^^" + {"UK": "NHS", "CA": "HC", "AU": "MC"}[C.R] + "^HC")
    d.raw("||")
    d.add(("name", C.nm(pt, "hl7")))
    d.raw("||")
    d.add(("date", hl7_date(pt.dob)))
    d.raw(f"|{pt.sex}|||")
    st = fold(a["line1"]).upper().replace(",", "")
    town = fold(a["town"]).upper()
    d.add(("address", f"{st}^^{town}^{a['state'] or ''}^{a['pc']}"))
    d.raw("^" + {"US": "USA", "UK": "GBR", "CA": "CAN", "AU": "AUS"}[C.R] + "||")
    d.add(("phone", C.phone("home", fmt=7 if C.R in ("US", "CA") else None)))
    d.raw("^PRN^PH|||||")
    d.add(("account", C.acct()))
    d.raw("\n")
    d.raw("NK1|1|")
    d.add(("name", C.nm(nk, "hl7")))
    if pt.age < 18:
        rel = C.ch({"F": ["MTH^Mother", "GRD^Guardian", "SIS^Sister"], "M": ["FTH^Father", "GRD^Guardian", "BRO^Brother"]}[nk.sex])
    else:
        rel = C.ch({"F": ["MTH^Mother", "SPO^Spouse", "DAU^Daughter", "SIS^Sister"], "M": ["FTH^Father", "SPO^Spouse", "SON^Son", "BRO^Brother"]}[nk.sex])
    relword = {"MTH": "mother", "FTH": "father", "GRD": "guardian", "SIS": "sister", "BRO": "brother", "DAU": "daughter", "SON": "son",
               "SPO": "wife" if nk.sex == "F" else "husband"}[rel[:3]]
    d.raw("|" + rel + "||")
    d.add(("phone", C.phone("mobile")))
    d.raw("\n")
    d.raw(f"PV1|1|{C.ch(['O', 'I', 'E'])}|{C.ch(['CLINIC', '4W', 'ED', 'PEDS'])}^{C.ri(1, 40)}^{C.ri(1, 2)}^{fac}||||")
    if C.R == "US":
        d.add(("license", C.npi()))
    else:
        d.add(("license", C.med_license()))
    d.raw("^")
    d.add(("name", C.nm(doc, "hl7")))
    d.raw("^^^^MD\n")
    if C.p(0.6):
        d.raw(f"IN1|1|{C.ri(100, 999)}|{C.digits(5)}|{fold(C.payer()).upper()}|||")
        d.add(("health_plan", C.group_no()))
        d.raw("|||||||")
        d.add(("name", C.nm(pt if C.p(0.6) else nk, "hl7")))
        d.raw("|SEL|||||||||||||||||||||")
        d.add(("health_plan", C.member_id().replace(" ", "")))
        d.raw("\n")
    obx = C.ch([("29463-7^Body weight^LN", f"{C.ri(3, 120)}", "kg"), ("8867-4^Heart rate^LN", f"{C.ri(50, 140)}", "/min"),
                ("4548-4^Hemoglobin A1c^LN", f"{C.ri(50, 120) / 10:.1f}", "%"), ("30945-0^Vaccine contraindication^LN", "N", "")])
    d.raw(f"OBX|1|NM|{obx[0]}||{obx[1]}|{obx[2]}|||||F|||")
    d.add(("date", tday))
    d.raw(f"{ttime}\n")
    if C.p(0.7):
        d.raw("NTE|1||")
        d.add(C.ch(["pt's ", "Pt "]), relword + " ", ("name", C.nm(nk, C.ch(["g", "full"]))),
              C.ch([" called re: ", " requests copy of "]), C.ch(["immunization record", "results", "appt change"]))
        d.raw("\n")


def rg1(C, d):
    """CSV immunisation registry export"""
    sep = C.ch([",", ",", "\t", ";"])
    cols = ["REG_ID", "LAST", "FIRST", "DOB", "SEX", "ADDRESS", "CITY", "ZIP" if C.R == "US" else "POSTCODE", "PHONE", "VACCINE", "DATE_ADMIN", "PROVIDER"]
    drop = C.sample([0, 5, 6, 8, 11], C.ri(2, 3))
    keep = [i for i in range(len(cols)) if i not in drop]
    cols = [cols[i] for i in keep]
    d.raw(C.ch(["# immunization registry extract ", "# AIR export ", "# panorama extract "]) + "run ")
    d.add(("date", fmt_date(C.today, "iso")))
    d.raw("\n")
    d.raw(sep.join(cols) + "\n")
    for _ in range(2):
        p = C.person(age=C.ri(0, 17))
        a = C.addr()
        prov = C.person()
        q = '"' if sep == "," else ""
        line1 = a["line1"]
        cells = [[("id", C.digits(9, True))], [("name", p.family.upper() if C.p(0.5) else p.family)], [("name", p.given)],
                 [("date", C.fd(p.dob, C.ch(["iso", "num"])))], [p.sex],
                 [q, ("address", line1), q] if ("," in line1 or C.p(0.2)) else [("address", line1)],
                 [("address", a["town"])], [("zip", a["pc"])], [("phone", C.phone())],
                 [C.ch(["DTaP-IPV-Hib-HepB", "MMR", "Tdap", "HPV9", "Influenza", "MenACWY", "Varicella", "COVID-19 mRNA"])],
                 [("date", C.fd(C.days_ago(0, 400), C.ch(["iso", "num"])))],
                 [q, ("name", C.nm(prov, C.ch(["lf", "LF", "il"]))), q] if sep == "," else [("name", C.nm(prov, C.ch(["lf", "LF", "il"])))]]
        cells = [cells[i] for i in keep]
        for i, c in enumerate(cells):
            if i:
                d.raw(sep)
            d.add(*c)
        d.raw("\n")


def rg2(C, d):
    """fixed-width / pipe cancer or trauma registry export"""
    kind = C.ch(["cancer", "trauma"])
    d.raw(f"{'CANCER REGISTRY ABSTRACT EXPORT' if kind == 'cancer' else 'TRAUMA REGISTRY EXPORT'}  ")
    d.add(("date", fmt_date(C.today, "iso")))
    d.raw("\n")
    pipe = C.p(0.4)
    if pipe:
        d.raw("ACC_NO|MRN|LAST|FIRST|DOB|SEX|ZIP|DX_DATE|SITE|STAGE|ATTENDING\n")
    else:
        d.raw(f"{'ACC_NO':<12}{'MRN':<11}{'NAME':<26}{'DOB':<11}{'S':<2}{'ZIP':<9}{'DX_DATE':<11}{'SITE':<8}{'STG':<5}\n")
    for _ in range(2):
        p = C.person(age=C.ri(20, 95))
        a = C.addr()
        acc = C.accession()
        mrn = C.mrn()
        dx = C.days_ago(10, 700)
        site = C.ch(["C50.911", "C18.7", "C34.11", "C61", "C43.5", "S06.5X0A", "S72.001A", "S27.0XXA"])
        stg = C.ch(["IIA", "IIIB", "I", "IV", "ISS 25", "ISS 9"])
        if pipe:
            d.add(("id", acc)); d.raw("|")
            d.add(("mrn", mrn)); d.raw("|")
            d.add(("name", fold(p.family).upper())); d.raw("|")
            d.add(("name", fold(p.given).upper())); d.raw("|")
            d.add(("date", fmt_date(p.dob, "hl7"))); d.raw(f"|{p.sex}|")
            d.add(("zip", a["pc"])); d.raw("|")
            d.add(("date", fmt_date(dx, "hl7"))); d.raw(f"|{site}|{stg}|")
            d.add(("name", C.nm(C.person(), "LFi")))
            d.raw("\n")
        else:
            nm = C.nm(p, "LF")[:25]
            nm = nm.rstrip(" ,")
            d.add(("id", acc)); d.raw(" " * max(1, 12 - len(acc)))
            d.add(("mrn", mrn)); d.raw(" " * max(1, 11 - len(mrn)))
            d.add(("name", nm)); d.raw(" " * max(1, 26 - len(nm)))
            ds = fmt_date(p.dob, "iso")
            d.add(("date", ds)); d.raw(" " + p.sex + " ")
            pc = a["pc"]
            d.add(("zip", pc)); d.raw(" " * max(1, 9 - len(pc)))
            d.add(("date", fmt_date(dx, "iso"))); d.raw(f" {site:<9}{stg}\n")
    d.raw(C.ch(["-- end of extract, 2 records", "EOF", "# records: 2"]) + "\n")
    if C.p(0.7):
        d.raw("abstractor=")
        d.add(("name", C.nm(C.person(), C.ch(["inits", "lf"]))))
        d.raw(f"  extract_host=")
        d.add(("ip_address", C.ip()))
        d.raw("\n")


def jstr(d, key, t, v, indent, comma=True):
    d.raw(f'{indent}"{key}": "')
    d.add((t, v) if t else v)
    d.raw('"' + ("," if comma else "") + "\n")


def rg3(C, d):
    """FHIR-like JSON fragment"""
    pt = C.person(age=C.ri(0, 95))
    nk = C.relative_of(pt, same_family=0.7)
    a = C.addr()
    d.raw('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n   {"resource": {\n')
    d.raw('    "resourceType": "Patient",\n')
    d.raw('    "id": "')
    d.add(("id", f"pat-{C.digits(6)}"))
    d.raw('",\n')
    d.raw('    "identifier": [\n      {"system": "urn:oid:2.16.840.1.113883.3.' + C.digits(4) + '", "type": "MR", "value": "')
    d.add(("mrn", C.mrn()))
    d.raw('"},\n')
    t, v, lab = C.natid(pt)
    if C.R == "US" and C.p(0.5):
        t, v = "ssn", C.ssn(0)
    d.raw('      {"system": "' + {"US": "http://hl7.org/fhir/sid/us-ssn" if t == "ssn" else "urn:payer:member", "UK": "https://fhir.nhs.uk/Id/nhs-number",
                                  "CA": "urn:ca:health-card", "AU": "http://ns.electronichealth.net.au/id/medicare-number"}[C.R] + '", "value": "')
    d.add((t, v))
    d.raw('"}\n    ],\n')
    d.raw('    "name": [{"use": "official", "family": "')
    d.add(("name", pt.family))
    d.raw('", "given": ["')
    d.add(("name", pt.given))
    d.raw('"]}],\n')
    d.raw('    "telecom": [{"system": "phone", "value": "')
    d.add(("phone", C.phone()))
    d.raw('"}')
    if C.p(0.6):
        d.raw(', {"system": "email", "value": "')
        d.add(("email", C.email(pt)))
        d.raw('"}')
    d.raw('],\n')
    d.raw('    "gender": "' + ("female" if pt.sex == "F" else "male") + '",\n')
    d.raw('    "birthDate": "')
    d.add(("date", fmt_date(pt.dob, "iso")))
    d.raw('",\n    "address": [{"line": ["')
    d.add(("address", a["line1"]))
    d.raw('"], "city": "')
    d.add(("address", a["town"]))
    d.raw('"' + (f', "state": "{a["state"]}"' if a["state"] else "") + ', "postalCode": "')
    d.add(("zip", a["pc"]))
    if pt.age < 18:
        reltxt = C.ch({"F": ["mother", "guardian", "grandmother"], "M": ["father", "guardian", "grandfather"]}[nk.sex])
    else:
        reltxt = C.ch({"F": ["mother", "spouse", "daughter", "sister"], "M": ["father", "spouse", "son", "brother"]}[nk.sex])
    d.raw('"}],\n    "contact": [{"relationship": [{"text": "' + reltxt + '"}], "name": {"text": "')
    d.add(("name", C.nm(nk, C.ch(["full", "lf"]))))
    d.raw('"}, "telecom": [{"system": "phone", "value": "')
    d.add(("phone", C.phone("mobile")))
    d.raw('"}]}]\n   }},\n')
    d.raw('   {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "' + C.ch(["Body weight", "HbA1c", "Systolic BP"]) + '"}, ')
    d.raw('"effectiveDateTime": "')
    d.add(("date", fmt_date(C.days_ago(0, 100), "iso")))
    d.raw(f'T{C.ri(0, 23):02d}:{C.ri(0, 59):02d}:00Z", "valueQuantity": {{"value": {C.ri(50, 160)}, "unit": "{C.ch(["kg", "%", "mm[Hg]"])}"}}}}}}\n')
    d.raw('  ]\n}\n')


def rg4(C, d):
    """key=value dump, implant / device registry"""
    pt = C.person(age=C.ri(40, 99))
    doc = C.person()
    imp = C.days_ago(10, 900)
    sep = C.ch(["\n", " | ", "; "])
    kv = C.ch(["=", ": ", "="])
    items = [
        ("rec_id", [("id", C.digits(10, True))]),
        ("pt_name", [("name", C.nm(pt, C.ch(["LF", "lf", "full"])))]),
        ("dob", [("date", fmt_date(pt.dob, C.ch(["iso", "hl7"])))]),
        ("age_at_implant", [("age", str(pt.age))] if pt.age > 89 else [str(pt.age)]),
        ("mrn", [("mrn", C.mrn())]),
        ("device_model", [C.ch(["Azure XT DR MRI W1DR01", "Assurity MRI PM2272", "Accolade MRI L331", "Exactech Equinoxe", "Inspire IV 3028", "VNS Model 106"])]),
        ("device_sn", [("device", C.serial("pacer"))]),
        ("lead_model", [C.ch(["5076-52 cm", "CapSureFix Novus 5076-58", "Tendril STS 2088TC-52"])]),
        ("lead_sn", [("device", C.serial("pacer"))]),
        ("remote_monitor_sn", [("device", C.serial("other"))]),
        ("implant_date", [("date", fmt_date(imp, C.ch(["iso", "hl7"])))]),
        ("implanting_md", [("name", C.nm(doc, C.ch(["LF", "full", "lfi"])))]),
        ("npi" if C.R == "US" else "prov_no", [("license", C.npi() if C.R == "US" else C.med_license())]),
        ("facility", [C.facility("hospital")]),
        ("pt_zip" if C.R == "US" else "pt_postcode", [("zip", C.postcode())]),
        ("src_ip", [("ip_address", C.ip())]),
    ]
    d.raw(C.ch(["# implant registry dump\n", "[DEVICE_REGISTRY_RECORD]\n", "--- record ---\n"]))
    for i, (k, v) in enumerate(items):
        if i:
            d.raw(sep)
        d.raw(k + kv)
        d.add(*v)
    d.raw("\n")


LAYOUTS = {
    "clinician_chat": [cc0, cc1, cc2, cc3, cc4],
    "sms_thread": [sm0, sm1, sm2, sm3, sm4],
    "vital_records_ocr": [vr0, vr1, vr2, vr3, vr4],
    "registry_extract": [rg0, rg1, rg2, rg3, rg4],
}
REGIONS = {
    "clinician_chat": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "sms_thread": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "vital_records_ocr": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "registry_extract": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
}
