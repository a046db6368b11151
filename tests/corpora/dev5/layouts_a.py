"""Layouts for voicemail, email_thread, portal_message, ocr_referral."""

import corpus_data as D
from corpus_core import layout, words, MONTHS, DAYS
from corpus_blocks import (ncred, pharm, emerg, epo_dx, ident, phone_of, addr_of, demo, demo_items, emit_items, fac, hosp, payer, fac_header,
                           signature, med, vit, labs, icd, cpt, epo, room, year_ago, spoken_digits, spoken_street,
                           fax_header)


# =====================================================================================
# voicemail
# =====================================================================================
def _spoken_date(c, d, with_year=None):
    if with_year is None:
        with_year = c.chance(0.4)
    if with_year:
        return c.dt(d, c.pick(["spoken_mdy", "spoken_num"]), ocr=False)
    return c.dt(d, c.pick(["spoken_md", "spoken_the"]), ocr=False)


def _spoken_dob(c, p):
    return c.dt(p.dob, c.pick(["spoken_mdy", "spoken_num", "spoken_num_short", "spoken_mdy"]), ocr=False)


def vm_body(c, pt, doc, rel=None, mrn=True, addr=True):
    """ASR transcript: lower case, no punctuation, numbers spoken."""
    c.case = "lower"
    old_typo, c.typo = c.typo, 0
    r = c.rng
    gp = "doctor" if not c.uk else c.pick(["doctor", "the gp doctor"])
    c.f(c.pick(["hi um this is {nm} ", "hello yes my name is {nm} ", "good morning it's {nm} uh ", "hi it's {nm} calling "]),
        nm=c.asr_name(pt))
    c.f(c.pick(["i'm a patient of {gp} {dr} ", "calling for {gp} {dr} ", "for the nurse of {gp} {dr} ", ""]),
        gp=gp, dr=("name", c.asr(doc.last)))
    c.f(c.pick(["my date of birth is {dob} ", "birthday is {dob} ", "date of birth {dob} um "]), dob=_spoken_dob(c, pt))
    if pt.age > 89 and c.chance(0.7):
        c.f(c.pick(["i'm {a} years old so ", "i am {a} now and "]), a=("age", words(pt.age, False)))
    reasons = [
        "i'm calling about my {m} the pharmacy said they need a new prescription ",
        "i had a fall on {d} and my hip is still sore i took the tylenol five hundred ",
        "my sugar was like two eighty this morning and i don't know if i should take more of the {m} ",
        "i need to reschedule my appointment on {d} because my ride can't make it ",
        "i got a letter saying my referral was denied and i don't understand ",
        "my blood pressure was one sixty over ninety five twice today ",
    ]
    m = c.pick(["metoprolol twenty five", "eliquis five milligram", "lasix forty", "insulin the lantus eighteen units",
                "sertraline fifty", "inhaler the albuterol", "water pill"])
    c.f(c.pick(reasons), m=m, d=_spoken_date(c, c.rdate(-6, 10)))
    if mrn and c.chance(0.6):
        c.f(c.pick(["my chart number i think is {n} ", "the number on my card is {n} "]),
            n=("mrn", spoken_digits(c, ident(c, pt, "mrn")[1])))
    if addr and c.chance(0.5):
        a = addr_of(c, pt)
        c.f(c.pick(["oh and i moved my new address is {a} ", "they have my old address it's {a} now "]),
            a=("address", spoken_street(c, a)))
    p = phone_of(c, pt)
    c.f(c.pick(["you can call me back at {ph} ", "my number is {ph} ", "please call me at {ph} "]),
        ph=("phone", c.spoken_phone(p)))
    if rel is not None:
        rp = c.new_phone(mobile=True)
        c.f(c.pick(["or my {rel} {rn} at {rph} ", "if i don't answer call my {rel} {rn} " + c.her(rel) + " number is {rph} ",
                    "or you can talk to my {rel} {rn} {rph} "]),
            rel=rel.rel, rn=c.asr_name(rel, full=c.chance(0.3)), rph=("phone", c.spoken_phone(rp)))
    c.f(c.pick(["thank you bye", "okay thank you bye bye", "thanks so much bye", "all right bye"]))
    c.case = "normal"
    c.typo = old_typo


@layout("voicemail", 0, "US US UK CA")
def vm_system(c):
    pt = c.patient(old=0.35)
    doc = c.staff()
    rel = c.relative(pt) if c.chance(0.7) else None
    r = c.rng
    box = str(r.randint(100, 9999))
    when = c.days(-r.randint(0, 3))
    pph = phone_of(c, pt)
    h = r.randrange(3)
    if h == 0:
        c.f("VOICEMAIL  Mailbox {box} ({dept})\nFrom: {ph}\nReceived: {dt} {tm}\nLength: 0:{s}\nTranscription (automated, may contain errors):\n",
            box=box, dept=c.pick(["Nurse Line", "Front Desk", "Refills", "Scheduling", "Triage"]), ph=c.ph(pph),
            dt=c.dt(when), tm=c.time(), s="%02d" % r.randint(12, 59))
    elif h == 1:
        c.f("[VM] ext {box} | caller id {ph} | {dt} {tm} | dur 00:{s}\n--- transcript ---\n",
            box=box, ph=c.ph(pph), dt=c.dt(when), tm=c.time(), s="%02d" % r.randint(12, 59))
    else:
        c.f("New message {n} of {m}.  Mailbox {box}.\nCaller: {ph}  {cid}\n{dt} at {tm}\nSpeech-to-text:\n",
            n=str(r.randint(1, 4)), m=str(r.randint(4, 11)), box=box, ph=c.ph(pph),
            cid=c.nm(pt, "LAST_FIRST_NC"), dt=c.dt(when), tm=c.time())
    vm_body(c, pt, doc, rel)
    c.w("\n\n")
    nurse = c.staff()
    c.f(c.pick(["Retrieved {dt} {tm} by {ini}\n", "Listened: {ini} {dt} {tm}\n", "heard by {ini} on {dt}\n"]),
        dt=c.dt(when), tm=c.time(), ini=c.nm(nurse, c.pick(["initials", "initials", "initials_dot"])))
    c.f(c.pick(["Routed to: {n}, {cr} | priority routine\n", "fwd to {n} {cr} for callback\n", "-> {n} ({cr}) pls call back\n"]),
        n=c.nm(c.staff(), "staff"), cr=c.pick([ncred(c), ncred(c), "MA" if c.us else "HCA"]))


@layout("voicemail", 1, "US US UK CA")
def vm_nurse_line(c):
    pt = c.patient(old=0.35)
    rel = c.relative(pt)
    nurse = c.staff()
    doc = c.staff()
    r = c.rng
    uk = c.uk
    c.f(c.pick(["NURSE TRIAGE LINE - TELEPHONE ENCOUNTER\n", "Nurse Advice Line message\n", "TELEPHONE TRIAGE NOTE\n",
                "** after hours nurse line **\n"]))
    c.f("{l}{dt} {tm}    {l2}{n}, {cr}\n", l=c.L(c.pick(["Call date/time", "Date of call", "Call rec'd", "Date"])),
        dt=c.dt(c.today), tm=c.time(), l2=c.L(c.pick(["Taken by", "RN", "Nurse", "Call taker"])), n=c.nm(nurse, "staff"),
        cr=ncred(c))
    c.f("{l}{rn} ({rel}) {v}\n", l=c.L(c.pick(["Caller", "Spoke with", "Caller name", "Call from"])), rn=c.nm(rel, c.pick(["full", "first", "last_first"])),
        rel=rel.rel, v=c.pick(["- relationship verified", "- on HIPAA release" if not uk else "- consent on file", "verified 2 identifiers", ""]))
    items = demo_items(c, pt, ["name", "dob", "mrn"] + (["age"] if pt.age > 89 or c.chance(0.3) else []))
    emit_items(c, items, c.pick(["inline", "lines", "pipe"]), per_line=4)
    c.f("{l}{p}   {l2}{p2}\n", l=c.L("callback"), p=c.ph(c.new_phone()), l2=c.pick(["alt ", "Alt: ", "2nd # ", "or "]), p2=c.ph(c.new_phone(mobile=True)))
    c.f("{l}{dr}\n", l=c.L(c.pick(["PCP", "GP", "Provider", "Attending"]) if not uk else c.pick(["GP", "Usual GP"])), dr=c.doctor(doc))
    if pt.sex == "F":
        q = c.pick(["she fell getting out of the bath last night and now won't put weight on her left leg",
                    "she's more confused than usual since yesterday and not eating",
                    "mum's legs are really swollen and she's short of breath lying flat" if c.uk else "mom's legs are really swollen and she's short of breath lying flat",
                    "her catheter (Foley) stopped draining this morning",
                    "she's got a temp and is shaking, had the first chemo on "])
    else:
        q = c.pick(["he fell getting out of the shower last night and now won't put weight on his left leg",
                    "he's more confused than usual since yesterday and not eating",
                    "dad's legs are really swollen and he's short of breath lying flat",
                    "his catheter (Foley) stopped draining this morning",
                    "he's got a temp and is shaking, had the first chemo on "])
    if q.endswith("on "):
        c.f(c.pick(["CC: ", "Reason for call: ", "Caller states: "]) + '"{q}{d}"\n', q=q, d=c.dt_short(c.days(-r.randint(2, 9))))
    else:
        c.f(c.pick(["CC: ", "Reason for call: ", "Caller states: "]) + '"{q}"\n', q=q)
    c.f("Per caller: {v}. Meds: {m}. Hx {e}.\n", v=vit(c, 2), m=med(c, 2), e=epo(c))
    c.f("{l}{ph}\n", l=c.L(c.pick(["Pharmacy", "Pref pharmacy", "Pharmacy on file"])) + pharm(c) + " ", ph=c.ph(c.new_phone(mobile=False)))
    c.f(c.pick(["Protocol: {pr}. Disposition: advised ED now, caller agrees. ", "Protocol: {pr}. Dispo: see in office today, appt made. ",
                "Protocol {pr} - dispo home care + call back if worse. "]), pr=c.pick(["Falls, adult", "Confusion/delirium", "Leg swelling", "Fever - oncology", "Urinary catheter problems"]))
    c.f("Callback planned {d}.\n", d=c.dt_short(c.days(1)))
    c.f(c.pick(["-- {i}, {cr}\n", "/{i}\n", "{i} {cr}\n"]), i=c.nm(nurse, "initials"), cr=ncred(c))


@layout("voicemail", 2, "US US CA UK")
def vm_office_callback(c):
    pt = c.patient(old=0.25)
    caller = c.staff()
    doc = c.staff()
    ournurse = c.staff()
    r = c.rng
    office = fac(c)
    offph = c.new_phone(mobile=False)
    c.f(c.pick(["Voicemail from {ph} ({o}) - {dt} {tm}\n", "VM msg | {dt} {tm} | {ph} | {o}\n",
                "Incoming voice message\nFrom: {ph} {o}\nDate: {dt} {tm}\nTranscript:\n"]),
        ph=c.ph(offph), o=office.upper() if c.chance(0.4) else office, dt=c.dt(c.today), tm=c.time())
    c.case = "lower"
    old, c.typo = c.typo, 0
    c.f("hi this is {cn} from doctor {dl}'s office at {o} calling for {nf} ", cn=c.asr_name(caller, full=c.chance(0.3)),
        dl=("name", c.asr(doc.last)), o=office.lower(), nf=("name", c.asr(ournurse.first)))
    c.f(c.pick(["i'm returning your call about our mutual patient {pn} ", "this is regarding the referral for {pn} "]), pn=c.asr_name(pt))
    c.f("date of birth {dob} ", dob=_spoken_dob(c, pt))
    c.f(c.pick(["we did get the referral but we still need the last office notes and a copy of the insurance card ",
                "we need the most recent labs the a one c and the echo report before we can schedule "]))
    if c.us and c.chance(0.7):
        c.f("the member id we have is {m} ", m=("health_plan", spoken_digits(c, ident(c, pt, "member")[1], oh=False)))
    elif c.ca:
        c.f("the health card number we have is {m} ", m=("health_plan", spoken_digits(c, ident(c, pt, "hc")[1].replace("-", ""), oh=False)))
    c.f("our referral number is {rf} ", rf=("id", spoken_digits(c, c.digits(6, True))))
    fx = c.new_phone(mobile=False)
    c.f("please fax that to {fx} attention {cf} again that's {fx2} ", fx=("fax", c.spoken_phone(fx)), cf=("name", c.asr(caller.first)),
        fx2=("fax", c.spoken_phone(fx)))
    c.f("tentatively we have {pf} down for {d} at ten forty ", pf=("name", c.asr(pt.first)) if c.chance(0.5) else "them",
        d=_spoken_date(c, c.rdate(7, 40), with_year=False))
    c.f("our main line is {ph} extension two fourteen thanks so much bye", ph=("phone", c.spoken_phone(offph)))
    c.case = "normal"
    c.typo = old
    c.f("\n\n{l}{i} {dt}: {note}\n", l=c.pick(["Note ", "Action: ", "f/u ", ""]), i=c.nm(ournurse, "initials"),
        dt=c.dt_short(c.today), note=c.pick(["records faxed, conf rec'd", "left msg, will fax after MD signs", "faxed 14 pages"]))


@layout("voicemail", 3, "US UK CA")
def vm_to_email(c):
    pt = c.patient(old=0.3)
    doc = c.staff()
    r = c.rng
    rel = c.relative(pt) if c.chance(0.5) else None
    dom = c.org_domain()
    pph = phone_of(c, pt)
    sysname = c.pick(["Voicemail System", "Unity Connection", "PhoneSystem VM", "VoiceMail Service", "Mitel Voice Mail"])
    c.f("From: {s} <{e}>\n", s=sysname, e=("email", c.pick(["vm-noreply", "voicemail", "unity", "no-reply"]) + "@" + dom))
    rec = c.staff()
    c.f("To: {n} <{e}>\n", n=c.nm(rec, c.pick(["full", "last_first"])), e=("email", c.email_for(rec, staff_domain=dom)))
    when = c.days(-r.randint(0, 2))
    c.f("Date: {dw}, {dt} {tm}\n", dw=c.dow(when)[:3], dt=c.dt(when), tm=c.time())
    c.f("Subject: {sub}\n\n", sub=c.pick([["Voice Message from ", c.ph(pph, f=3)], ["New voicemail from ", c.nm(pt, "LAST_FIRST_NC"), " (0:", str(r.randint(20, 59)), ")"],
                                            ["Message from WIRELESS CALLER ", c.ph(pph, f=4)]]))
    c.f("You have received a new voice message.\n\n")
    c.f("{l}{cid} {ph}\n", l=c.L("From"), cid=c.pick([c.nm(pt, "LAST_FIRST_NC"), "WIRELESS CALLER", "UNKNOWN NAME"]), ph=c.ph(pph, f=4))
    c.f("{l}{dt} at {tm}\n", l=c.L("Received"), dt=c.dt(when, c.pick(["MdY_long", "mdY", "dmY" if not c.us else "mdy"])), tm=c.time())
    c.f("{l}{box}    {l2}{mid}\n", l=c.L("Mailbox"), box=str(r.randint(2000, 7999)), l2=c.L(c.pick(["Message ID", "Msg ID", "Message #"])),
        mid=("id", c.idn("msg")))
    c.f("Duration: 00:{s}\n\nTranscription (beta):\n", s="%02d" % r.randint(15, 59))
    vm_body(c, pt, doc, rel, mrn=c.chance(0.5), addr=c.chance(0.4))
    c.f("\n\nListen to the message: {u}\n", u=("url", c.url("vm", dom)))
    c.f(c.pick(["This message was transcribed automatically and may contain errors. Do not reply to this e-mail.\n",
                "Transcription accuracy is not guaranteed.\n"]))


@layout("voicemail", 4, "US UK CA US")
def vm_answering_service(c):
    pt = c.patient(old=0.1, lo=1, hi=17) if c.chance(0.5) else c.patient(old=0.35)
    kid = pt.age < 18
    caller = c.relative(pt, rel=c.pick(["mother", "father"]) if kid else None)
    doc = c.staff()
    op = c.staff()
    r = c.rng
    svc = c.pick(["AnswerRite Medical Answering", "NightOwl Call Centre" if not c.us else "NightOwl Call Center", "TeleMessage Services",
                  "OOH Message Desk" if c.uk else "After Hours Connect"])
    c.f("*** {svc} ***  {l}{mid}\n", svc=svc.upper(), l=c.L(c.pick(["Msg", "Msg ID", "Message #", "Ticket"])), mid=("id", c.idn("ticket")))
    c.f("{l}{dt} {tm}   Op: {op}\n", l=c.L("Date/Time"), dt=c.dt(c.today), tm=c.time(h=r.choice([0, 1, 2, 3, 4, 5, 22, 23])),
        op=c.nm(op, c.pick(["initials", "initials3", "first"])))
    c.f("For: {dr} (on call)   Office: {o}\n", dr=c.doctor(doc), o=fac(c))
    c.f("{l}{cn}  Rel to pt: {rel}\n", l=c.L("Caller"), cn=c.nm(caller, c.pick(["full", "UPPER", "full"])), rel=caller.rel)
    c.f("{l}{pn}  ", l=c.L(c.pick(["Pt", "Patient", "Pt name"])), pn=c.nm(pt, c.pick(["full", "UPPER", "LAST_FIRST"])))
    if c.chance(0.5):
        c.f("{l}{dob}  ", l=c.L("dob"), dob=c.dob(pt))
    c.f("{a}\n", a=c.age(pt, c.pick(["age", "bare", "yo"])) if not kid else "Age: %d%s" % (pt.age, c.pick(["", " yrs", "y"])))
    c.f("{l}{ph}   Alt: {p2}\n", l=c.L("callback"), ph=c.ph(c.new_phone(mobile=True)), p2=c.ph(c.new_phone()))
    if c.chance(0.6):
        c.f("Pharmacy: {ph} {p}\n", ph=pharm(c), p=c.ph(c.new_phone(mobile=False)))
    msgs = ["caller states pt has fever 103.1 since {d}, gave motrin 200 mg at 1am, still not drinking",
            "caller states pt vomiting x4 since {d}, cannot keep down {m}",
            "states pt fell at home, now confused, BP per home cuff 90/50, asking if she should call " + emerg(c),
            "pt out of {m}, pharmacy closed, requesting emergency supply, last dose {d}"]
    c.f("Message: " + c.pick(msgs) + "\n", d=c.dt_short(c.days(-1)), m=med(c))
    c.f("Urgent: {u}   Patched: N\n", u=c.pick(["Y", "N", "YES"]))
    c.f("Delivered to {dn} via page {tm} - ack {ini} {tm2}\n", dn=c.nm(doc, c.pick(["full", "init_last", "last"])),
        tm=c.time(style="24"), ini=c.nm(doc, "initials"), tm2=c.time(style="24"))


# =====================================================================================
# email_thread
# =====================================================================================
def _email_date(c, d, tm=None):
    tm = tm or c.time(style=c.pick(["ampm", "24"]))
    st = c.rng.randrange(4)
    if st == 0:
        return [c.dow(d) + ", ", c.dt(d, "MdY_long"), " " + tm]
    if st == 1:
        return [c.dow(d)[:3] + ", ", c.dt(d, "d_Mon_y" if not c.us else "Mon_d_Y"), " " + tm]
    if st == 2:
        return [c.dt(d), " " + tm]
    return [c.dow(d) + " ", c.dt(d, "d_Month_Y" if not c.us else "MdY_long"), " " + tm]


def _quote(c, depth, text_items):
    """Emit items with a '> ' prefix at the start of every line."""
    pre = "> " * depth if c.chance(0.7) else ">" * depth + " "
    c.w(pre)
    for it in text_items:
        if isinstance(it, str) and "\n" in it:
            parts = it.split("\n")
            for j, ptxt in enumerate(parts):
                if j:
                    c.w("\n" + pre)
                c.w(ptxt)
        else:
            c.w(it)
    c.w("\n")


@layout("email_thread", 0, "US US UK CA")
def em_reply_chain(c):
    pt = c.patient(old=0.3)
    who = pt if c.chance(0.55) else c.relative(pt)
    staff = c.staff()
    doc = c.staff()
    r = c.rng
    dom = c.org_domain()
    se = ("email", c.email_for(staff, staff_domain=dom))
    pe_v = c.email_for(who)
    c.f("From: {sn} <{se}>\nTo: {pn} <{pe}>\nDate: ", sn=c.nm(staff, c.pick(["full", "last_first"])), se=se, pn=c.nm(who, "full"), pe=("email", pe_v))
    c.w(_email_date(c, c.today), "\n")
    subj = c.pick(["refill request", "appointment question", "Mom's test results" if who is not pt else "my test results", "forms for work", "question re: bill"])
    c.f("Subject: {re}{s}\n\n", re=c.pick(["Re: ", "RE: ", "Re: Re: ", "RE: RE: "]), s=subj)
    c.f(c.pick(["Hi {f},\n\n", "Hello {f} -\n\n", "{f},\n"]), f=c.nm(who, "first"))
    c.f(c.pick(["{dr} has sent the refill of {m} to your pharmacy on file. ",
                "{dr} reviewed the results, {lv} - nothing urgent but she'd like to recheck in 3 months. ",
                "I've moved the appointment to {d} at {tm} with {dr}. "]),
        dr=c.doctor(doc), m=med(c), lv=labs(c, 2), d=c.dt_short(c.rdate(3, 30)), tm=c.time(style="ampm"))
    c.f(c.pick(["Please call the office if you have any questions.\n\n", "Let us know if anything else is needed\n\n", "thanks!\n\n"]))
    c.w("Thank you,\n")
    signature(c, staff, cred=c.pick(["RN", "LPN", "MA", "Patient Care Coordinator", ""]), phone=c.chance(0.7), fax=c.chance(0.4),
              email=c.chance(0.2))
    c.w(fac(c), "\n\n")
    d2 = c.days(-r.randint(1, 4))
    c.f("On {dt}, {pn} <{pe}> wrote:\n", dt=_email_date(c, d2), pn=c.nm(who, c.pick(["full", "lower"])), pe=("email", pe_v))
    body = []
    body += [c.pick(["Hi ", "hello ", "Dear "]), c.nm(staff, "first"), ",\n"]
    if who is pt:
        body += ["this is ", c.nm(pt, "full"), " DOB ", c.dob(pt), ". "]
    else:
        body += ["I'm writing for my ", (c.pick(["mother", "mom"]) if pt.sex == "F" else c.pick(["father", "dad"])) if who.rel in ("daughter", "son", "daughter-in-law", "son-in-law") else "relative", " ",
                 c.nm(pt, "full"), " (dob ", c.dob(pt), "). "]
    body += [c.pick(["I ran out of my ", "she is almost out of her ", "need a refill on "]), med(c), " and the pharmacy says they never got it.\n"]
    if c.chance(0.4):
        rel2 = c.relative(pt)
        body += ["my ", rel2.rel, " ", c.nm(rel2, "first"), " can pick it up. her cell is ", c.ph(c.new_phone(mobile=True)), "\n"]
    body += ["thanks\n", c.nm(who, c.pick(["first", "full", "first_init"]))]
    _quote(c, 1, body)
    if c.chance(0.4):
        _quote(c, 1, [""])
        d3 = c.days(-r.randint(5, 12))
        _quote(c, 2, ["On ", c.dt(d3), " ", c.nm(staff, "full"), " wrote:"])
        _quote(c, 2, ["Your ", c.pick(["A1c", "potassium", "INR"]), " was ", c.pick(["7.8%", "5.6", "2.4"]), ". Please keep your appt."])


@layout("email_thread", 1, "US US CA")
def em_outlook(c):
    pt = c.patient(old=0.3, lo=55)
    a, b, cc = c.staff(), c.staff(), c.staff()
    dom = c.org_domain()
    r = c.rng

    def hdr(frm, to, d, subj, ccp=None):
        c.f("From: {n}{e}\n", n=c.nm(frm, c.pick(["last_first", "last_first", "full"])), e=[" <", ("email", c.email_for(frm, staff_domain=dom)), ">"] if c.chance(0.6) else "")
        c.w("Sent: ", _email_date(c, d), "\n")
        c.f("To: {n}", n=c.nm(to, c.pick(["last_first", "full"])))
        c.w(c.pick(["; Case Management Pool", "; UR Team", "", ""]), "\n")
        if ccp is not None:
            c.f("Cc: {n} <{e}>\n", n=c.nm(ccp, "last_first"), e=("email", c.email_for(ccp, staff_domain=dom)))
        c.w("Subject: ", subj, "\n\n")

    mrn = ident(c, pt, "mrn")
    subj = [c.pick(["RE: pt ", "RE: ", "FW: RE: "]), c.nm(pt, c.pick(["LAST", "LAST_FIRST", "last"])), " ", c.pick(["MRN ", "MR# ", "mrn "]), mrn,
            " - ", c.pick(["records", "SNF placement", "DME order", "auth question"])]
    hdr(a, b, c.today, subj, cc if c.chance(0.2) else None)
    c.f("{f} - ", f=c.nm(b, "first"))
    fam = c.relative(pt)
    c.f(c.pick(["family ({rel} {rf}) prefers {snf}; " + c.she(fam) + " can be reached at {ph}. ",
                "spoke w/ {rel} {rf} at {ph}, " + c.she(fam) + " is ok with d/c {d}. ",
                "{rf} ({rel}, HCP) called back from {ph}, wants a care conference {d}. "]),
        rel=fam.rel, rf=c.nm(fam, c.pick(["first", "full"])), snf=c.pick(D.SNFS), ph=c.ph(c.new_phone(mobile=True)), d=c.dt_short(c.days(r.randint(1, 4))))
    c.f("Pt is {age}, {dx}. {v}.\n\n", age=c.age(pt), dx=icd(c), v=vit(c, 2))
    c.f("{n}\n{t}\n", n=c.nm(a, "full"), t=c.pick(["RN Case Manager", "Social Worker, LCSW", "UR Nurse", "Discharge Planner"]))
    if c.chance(0.5):
        c.f("{l}{ph}\n", l=c.pick(["Office ", "Desk: ", "p "]), ph=c.ph(c.new_phone(mobile=False)))
    c.w("\n-----Original Message-----\n")
    hdr(b, a, c.days(-1), ["FW: ", c.nm(pt, "LAST_FIRST"), " - records"])
    c.f("Can you check whether {pn} ({dob}) has an active auth? Acct {ac}. {dr} {e}\n\n",
        pn=c.nm(pt, c.pick(["full", "last_first", "init_last"])), dob=c.dob(pt), ac=ident(c, pt, "acct"),
        dr=c.pick([["Attending is ", c.doctor(c.staff()), "."], "Pt in " + room(c) + ".", ""]),
        e=c.pick(["thx", "Thanks!", "", "TIA"]))
    c.f("{n}\n", n=c.nm(b, c.pick(["first", "initials"])))


@layout("email_thread", 2, "US US UK CA")
def em_forward_ip(c):
    pt = c.patient(old=0.25)
    staff = c.staff()
    r = c.rng
    dom = c.org_domain()
    pe = ("email", c.email_for(pt))
    c.f("{n} <{e}>\n", n=c.nm(staff, "full"), e=("email", c.email_for(staff, staff_domain=dom)))
    c.f("FYI - forwarding from the {box} inbox, can someone in billing reach out? {i}\n\n", box=c.pick(["info@", "contact us", "general"]),
        i=c.nm(staff, c.pick(["initials", "first"])))
    c.w(c.pick(["---------- Forwarded message ---------\n", "-------- Original Message --------\n", "Begin forwarded message:\n\n"]))
    c.f("From: {n} <{e}>\n", n=c.nm(pt, c.pick(["full", "lower", "UPPER"])), e=pe)
    c.w("Date: ", _email_date(c, c.days(-r.randint(0, 3))), "\n")
    c.f("Subject: {s}\n", s=c.pick(["question about my bill", "Billing error??", "statement", "why was i charged"]))
    c.f("To: <{e}>\n", e=("email", c.pick(["info", "billing", "contact", "frontdesk"]) + "@" + dom))
    c.f("X-Originating-IP: [{ip}]\n", ip=("ip_address", c.ip(private=False)))
    if c.chance(0.5):
        c.f("Received: from [{ip}] by mail.{d}; {dt}\n", ip=("ip_address", c.ip(private=False)), d=dom, dt=c.dt(c.days(-1), "d_Mon_y" if not c.us else "Mon_d_Y"))
    c.w("\n")
    c.f(c.pick(["Hello,\n", "To whom it may concern\n", "hi\n"]))
    c.f("My name is {pn} and my account number is {ac}. I was seen on {d} for {why} and I got a bill for " + ("£" if c.uk else "$") + str(r.randint(80, 2400)) + ". ",
        pn=c.nm(pt, "full"), ac=ident(c, pt, "acct"), d=c.dt(c.days(-r.randint(30, 90))), why=c.pick(["a colonoscopy", "an xray", "my physical", "the ER"]))
    if c.us:
        c.f("My insurance is {p}, member id {m} group {g}. It should of been covered. ", p=payer(c), m=ident(c, pt, "member"), g=ident(c, pt, "group"))
    elif c.ca:
        c.f("I have {p} coverage, my health card is {h}. ", p=payer(c), h=ident(c, pt, "hc"))
    else:
        c.f("I thought this was NHS, my NHS number is {h}. ", h=ident(c, pt, "nhs"))
    c.f("My date of birth is {dob} if you need it. ", dob=c.dob(pt))
    c.f("Please call me at {ph} or my husband {h} on {p2}.\n\n", ph=c.ph(phone_of(c, pt)), h=c.nm(c.relative(pt, rel="husband"), "first"),
        p2=c.ph(c.new_phone(mobile=True)))
    c.f("{n}\n{a}\n", n=c.nm(pt, c.pick(["full", "first"])), a=("address", addr_of(c, pt).full()) if c.chance(0.6) else "")
    c.w(c.pick(["Sent from my iPhone\n", "Sent from Yahoo Mail for Android\n", ""]))


@layout("email_thread", 3, "US US CA UK")
def em_secure_notice(c):
    pt = c.patient(old=0.25)
    staff = c.staff()
    r = c.rng
    dom = c.org_domain()
    org = hosp(c)
    c.f("From: {o} Secure Messaging <{e}>\nTo: {pe}\n", o=org, e=("email", "securemail@" + dom), pe=("email", c.email_for(pt)))
    c.f("Subject: [SECURE] Message from {sn}\n\n", sn=c.nm(staff, c.pick(["full", "init_last"])))
    c.f("Dear {pn},\n\n", pn=c.nm(pt, c.pick(["full", "UPPER", "last_first"])))
    c.f("You have received a secure message from {sn} at {o}. To read it, click the link below or paste it into your browser:\n\n{u}\n\n",
        sn=c.nm(staff, "full"), o=org, u=("url", c.url("secure", dom)))
    c.f("This message will expire on {d}. {l}{ref}\n", d=c.dt(c.days(30)), l=c.L(c.pick(["Message reference", "Ref", "Tracking ID"])), ref=("id", c.idn("msg")))
    c.f("If you did not expect this message, call {ph} (Mon-Fri 8-5).\n", ph=c.ph(c.new_phone(mobile=False)))
    c.w("\n-----\nPreview (first lines):\n")
    c.f("{f}, your results from {d} are back. {lv}. ", f=c.nm(pt, "first"), d=c.dt_short(c.days(-r.randint(2, 8))), lv=labs(c, 3))
    c.f("Please schedule a follow-up with {dr}. If you need a new referral to {spec} we can fax it to {fx}.\n",
        dr=c.doctor(c.staff()), spec=c.pick(["cardiology", "nephrology", "endocrinology", "GI"]), fx=c.fax())
    c.w("\n")
    c.f("> On {dt}, {pn} wrote via portal:\n> {q}\n", dt=c.dt(c.days(-r.randint(3, 9))), pn=c.nm(pt, "lower"),
        q=c.pick(["when will my bloodwork be back", "can u send results to my email", "is the pharmacy ok to fill this"]))
    c.f("{l}{mrn}  |  {l2}{dob}\n", l=c.L("mrn"), mrn=ident(c, pt, "mrn"), l2=c.L("dob"), dob=c.dob(pt))


@layout("email_thread", 4, "UK")
def em_nhsmail(c):
    pt = c.patient(old=0.4, sex="F")
    a, b = c.staff(), c.staff()
    trust = c.pick(D.TRUSTS_UK)
    prac = c.pick(D.FAC_UK)
    r = c.rng
    gp_email = ("email", c.email_for(b, staff_domain="nhs.net"))
    c.f("From: {n} ({t}) <{e}>\n", n=c.nm(a, c.pick(["LAST_FIRST", "last_first"])), t=trust.upper(), e=("email", c.email_for(a, staff_domain="nhs.net")))
    c.w("Sent: ", _email_date(c, c.today), "\n")
    c.f("To: {n} ({p}) <{e}>\n", n=c.nm(b, "LAST_FIRST"), p=prac.upper(), e=gp_email)
    c.w("Subject: RE: ", c.pick([pt.title(uk=True) + " ", ""]), c.nm(pt, c.pick(["full", "surname_caps"])), " NHS ", ident(c, pt, "nhs"),
        " - ", c.pick(["discharge summary", "medication query", "DNACPR form", "district nurse referral"]), "\n\n")
    c.f("Dear {g},\n\n", g=c.doctor(b) if c.chance(0.6) else c.nm(b, "first"))
    c.f("Thank you for your email. {pf}{hn} was discharged from {w} on {d}. ", pf=c.titled(pt), hn=[" (", ident(c, pt, "hosp"), ")"] if c.chance(0.5) else "",
        w=c.pick(["Ward 23", "AMU", "Frailty Unit", "Elm Ward"]), d=c.dt(c.days(-r.randint(1, 6))))
    c.f("Medication changes: {m} started, {m2} stopped. {l}.\n", m=med(c), m2=med(c), l=labs(c, 2))
    c.f("Her daughter {rn} is the main contact on {ph}{ad}.\n\n", rn=c.nm(c.relative(pt, rel="daughter"), c.pick(["first", "full"])),
        ph=c.ph(c.new_phone(mobile=True)), ad=["; the patient lives at ", ("address", addr_of(c, pt).full())] if c.chance(0.4) else "")
    c.f("Kind regards\n{n}\n{t}\n{tr}\n{l}{ph}\n\n", n=c.nm(a, c.pick(["full", "first"])), t=c.pick(["Ward Pharmacist", "Discharge Coordinator", "FY2 Doctor", "Sister, Elm Ward"]),
        tr=trust, l=c.pick(["Tel: ", "Tel ", "Direct line "]), ph=c.ph(c.new_phone(mobile=False)))
    c.w("-----Original Message-----\n")
    c.f("From: {n}\n", n=[c.nm(b, "LAST_FIRST"), " <", gp_email, ">"] if c.chance(0.4) else c.nm(b, "LAST_FIRST"))
    c.w("Sent: ", _email_date(c, c.days(-1)), "\n")
    c.f("Subject: {pn} DOB {dob}\n\n", pn=c.nm(pt, c.pick(["SURNAME_first", "surname_caps"])), dob=c.dob(pt))
    c.f("Hi, we have had a call from {pf}'s carer. Could you confirm the {m} dose on discharge? Thanks, {i}\n",
        pf=c.titled(pt), m=c.pick(["edoxaban", "bisoprolol", "furosemide", "co-careldopa"]), i=c.nm(b, c.pick(["first", "initials"])))
    c.w("\n********************************************************************\nThis message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.\n")


# =====================================================================================
# portal_message
# =====================================================================================
EMOJI = ["🙏", "😊", "😢", "👍", "❤️", "😩", "🤞", ":)", ":(", "!!", "??"]


@layout("portal_message", 0, "US US CA UK")
def pm_wrapper(c):
    pt = c.patient(old=0.15)
    staff = c.staff()
    r = c.rng
    portal = c.pick(D.PORTALS[:4])
    c.typo = max(c.typo, 0.03)
    c.f("{p} Message\n{l}{mid} | Thread: {tid} | {l2}{ip}\n", p=portal, l=c.L("Message ID"), mid=("id", c.idn("msg")),
        tid=("id", c.idn("msg")), l2=c.L(c.pick(["Client IP", "Source IP", "IP"])), ip=("ip_address", c.ip()))
    c.f("From: {pn} (patient)  To: {pool}\nSent: {dt} {tm}\n", pn=c.nm(pt, c.pick(["full", "LAST_FIRST"])),
        pool=c.pick(["Brightwater FM Nurse Pool", "Clinic Inbox", "Dr Office Pool", "Refill Pool"]), dt=c.dt(c.today), tm=c.time())
    c.f("{l}{mrn}   {l2}{dob}\n", l=c.L("mrn"), mrn=ident(c, pt, "mrn"), l2=c.L("dob"), dob=c.dob(pt))
    c.f("Open in portal: {u}\n\n", u=("url", c.url("portal")))
    c.case = "lower" if c.chance(0.5) else "normal"
    c.f(c.pick(["hi {dr} ", "Hello ", "good morning "]), dr=c.doctor(c.staff(), form="last"))
    c.f(c.pick(["i have been having dizzy spells since {d} when i stand up {e} ", "my knee is swollen again after the shot on {d} {e} ",
                "i think the new {m} is making me sick {e} "]), d=c.dt_short(c.days(-r.randint(3, 14))), e=c.pick(EMOJI), m=med(c))
    c.f(c.pick(["my bp at home was 150/92 and 148/90. ", "sugar readings 180-240 all week. ", "pain is like 7/10 at night. "]))
    fam = c.relative(pt, rel=c.pick(["wife", "husband", "daughter", "son"]))
    c.f("my {rel} {rn} says i should come in. can someone call me {ph} {e}\n", rel=fam.rel,
        rn=c.nm(fam, "lower_first"), ph=c.ph(phone_of(c, pt)), e=c.pick(EMOJI))
    c.f("{n}\n\n", n=c.nm(pt, c.pick(["lower_first", "first", "lower"])))
    c.case = "normal"
    c.f("--- Reply {dt} {tm} ---\nFrom: {sn}, {cr}\n", dt=c.dt(c.days(1)), tm=c.time(), sn=c.nm(staff, "full"), cr=c.pick([ncred(c), ncred(c), "MA" if c.us else "Nurse"]))
    c.f("Hi {f}, I'm sorry you're feeling this way. {dr} would like to see you {d}. Please hold the {m} until then and check your BP twice daily. If you faint call " + emerg(c) + ".\n",
        f=c.nm(pt, "first"), dr=c.doctor(c.staff()), d=c.dt_short(c.days(2)), m=c.pick(["amlodipine", "metformin", "new medication"]))
    c.f("{s}\n", s=c.nm(staff, c.pick(["first", "initials"])))


@layout("portal_message", 1, "US US CA UK")
def pm_proxy(c):
    pt = c.patient(old=0.55, sex="F")
    proxy = c.relative(pt, rel=c.pick(["daughter", "son", "granddaughter", "niece", "daughter-in-law"]))
    sib = c.relative(pt, rel=c.pick(["son", "daughter", "brother", "sister"]))
    r = c.rng
    portal = c.pick(D.PORTALS[:4])
    c.typo = max(c.typo, 0.03)
    c.f("{p} | Proxy Access\nSent on behalf of {pt} (proxy: {px}, {rel})\n", p=portal, pt=c.nm(pt, "LAST_FIRST"), px=c.nm(proxy, "full"), rel=proxy.rel)
    c.f("{l}{mid}   {dt} {tm}\n", l=c.L(c.pick(["Msg #", "Message ID", "Conversation"])), mid=("id", c.idn("msg")), dt=c.dt(c.today), tm=c.time())
    c.f("Subject: {s}\n\n", s=c.pick(["Mom", "question about dad's meds", "falls", "urgent!!", "Re: care plan"]))
    c.f("Hi this is {pf} writing for my {m}, {pn}. ", pf=c.nm(proxy, c.pick(["first", "full"])), m=c.pick(["mom", "mother", "dad", "grandma", "nana"]),
        pn=c.nm(pt, c.pick(["full", "first"])))
    if pt.age > 89:
        c.f("As you know she is {a} and ", a=c.age(pt, c.pick(["bare", "spoken"])))
    c.f(c.pick(["she fell twice this week, once on {d}. ", "he has not been eating since {d} and is sleeping all day. ",
                "the home aide says her legs are more swollen since {d}. "]), d=c.dt_short(c.days(-r.randint(2, 8))))
    c.f("She is staying with me in {town} for now (address is {ad}) so please send any mail here. ",
        town=("address", c.town[0]), ad=("address", addr_of(c, proxy).line1()))
    c.f("My " + {"son": "brother", "daughter": "sister"}.get(sib.rel, "aunt" if sib.rel == "sister" else "uncle") + " {sb} has been doing her pills but I think she missed the {m}. ", sb=c.nm(sib, "first"), m=med(c))
    c.f("My cell is {ph}, {sb2}'s is {ph2} {e}\n", ph=c.ph(c.new_phone(mobile=True)), sb2=c.nm(sib, "first"), ph2=c.ph(c.new_phone(mobile=True)),
        e=c.pick(EMOJI))
    c.f("thank you so much {e}\n{pf}\n\n", e=c.pick(EMOJI), pf=c.nm(proxy, c.pick(["lower_first", "first"])))
    c.f("[Staff note {dt}: proxy verified against form on file. {i}]\n", dt=c.dt(c.days(1)), i=c.nm(c.staff(), "initials"))


@layout("portal_message", 2, "US US CA UK")
def pm_thread(c):
    pt = c.patient(old=0.2)
    ma = c.staff()
    doc = c.staff()
    r = c.rng
    c.typo = max(c.typo, 0.02)
    if c.chance(0.6):
        c.f("[Notification sent to {e}: You have a new message. Log in at {u}]\n", e=ident(c, pt, "email"), u=("url", c.url("portal")))
    c.f("Conversation: {s}\nPatient: {pn} | {l}{mrn}\n\n", s=c.pick(["Medication Question", "Test Results", "Billing", "Appointment Request"]),
        pn=c.nm(pt, c.pick(["LAST_FIRST_MI", "full"])), l=c.L("mrn"), mrn=ident(c, pt, "mrn"))
    d0 = c.days(-3)
    msgs = [
        (pt, ["{pn} | {dt} {tm}\n", "did u get my labs from {lab} {e} i went {d}\n"]),
        (ma, ["{sn}, {cr} | {dt} {tm}\n", "Hi {f} - yes we have them. {dr} will review by end of day.\n-- {ini}\n"]),
        (pt, ["{pn} | {dt} {tm}\n", "ok thx. also can u refill my {m} its almost gone. use the pharmacy on elm not the mail order\n"]),
        (doc, ["{dn} | {dt} {tm}\n", "{f}, your {lv}. Refill sent. Please get the repeat test around {d2}. - {dr_i}\n"]),
    ]
    for i, (who, (h, body)) in enumerate(msgs):
        dti = c.days(-3 + i // 2)
        c.case = "lower" if who is pt and c.chance(0.6) else "normal"
        c.f(h, pn=c.nm(pt, c.pick(["lower", "full", "first_init"])), sn=c.nm(ma, "full"), cr=c.pick(["MA", "RN", "LPN", "CMA"]),
            dn=c.doctor(doc, form="full"), dt=c.dt(dti), tm=c.time())
        c.f(body, lab=c.pick(D.LABS), e=c.pick(EMOJI), d=c.dt_short(c.days(-4)), f=c.nm(pt, "first"), dr=c.doctor(doc),
            ini=c.nm(ma, "initials"), m=med(c), lv=labs(c, 2), d2=c.dt_short(c.days(r.randint(20, 60))), dr_i=c.nm(doc, c.pick(["initials", "init_last"])))
        c.case = "normal"
        c.w("\n")


@layout("portal_message", 3, "UK")
def pm_uk(c):
    pt = c.patient(old=0.3)
    rec = c.staff()
    r = c.rng
    prac = c.pick(D.FAC_UK)
    c.typo = max(c.typo, 0.02)
    c.f("{p} - message to {pr}\n", p=c.pick(["PatientConnect", "HealthHub Online", "CareCompass"]), pr=prac)
    c.f("{l}{nm}   {l2}{nhs}   {l3}{dob}\n", l=c.L("name"), nm=c.nm(pt, c.pick(["surname_caps", "SURNAME_first", "full"])), l2=c.L("nhs"),
        nhs=ident(c, pt, "nhs"), l3=c.L("dob"), dob=c.dob(pt))
    c.f("{l}{pc}   {l2}{ph}\n", l=c.L("postcode"), pc=c.zp(addr_of(c, pt)), l2=c.L("cell"), ph=c.ph(c.new_phone(mobile=True)))
    c.f("Sent {dt} {tm}   Ref: {ref}\n\n", dt=c.dt(c.today), tm=c.time(), ref=("id", c.idn("msg")))
    c.case = "lower" if c.chance(0.4) else "normal"
    c.f(c.pick(["Hello, ", "Hiya ", "Dear Doctor, "]))
    c.f(c.pick(["I need a repeat of my {m} please, ", "could I have a call back about my mums {m}, ", "my prescription for {m} hasnt gone to the chemist, "]),
        m=med(c))
    c.f("the chemist is {ph} on {st}. ", ph=c.pick(["Boots", "Lloyds", "the Co-op pharmacy", "Well pharmacy", "Northway Chemist"]),
        st=("address", c.new_addr().street))
    c.f("Also {dr} said to book bloods after {d} {e} ", dr=c.doctor(c.staff()), d=c.dt_short(c.days(r.randint(5, 20))), e=c.pick(EMOJI))
    c.f("my son {sn} will collect. thanks {n}\n\n", sn=c.nm(c.relative(pt, rel="son"), "first"), n=c.nm(pt, c.pick(["first", "lower_first"])))
    c.case = "normal"
    c.f("Reply from {pr} ({dt}):\nDear {t}, your request has been passed to the prescribing team and will be ready in 2 working days. {m}\n{rn}, {role}\n",
        pr=prac, dt=c.dt(c.days(1)), t=c.titled(pt), m=c.pick(["Please allow 48hrs.", "Please do not reply to this message.", ""]),
        rn=c.nm(rec, c.pick(["full", "first"])), role=c.pick(["Receptionist", "Care Navigator", "Prescription Clerk"]))


@layout("portal_message", 4, "CA")
def pm_canada(c):
    pt = c.patient(old=0.3, sex="F")
    rel = c.relative(pt)
    nurse = c.staff()
    r = c.rng
    fr = c.prov == "QC"
    c.typo = max(c.typo, 0.02)
    portal = "MonDossierSanté" if fr and c.chance(0.5) else c.pick(["CareCompass", "HealthHub Online", "MyHealthLink"])
    c.f("{p} — {t}\n", p=portal, t="Nouveau message / New message" if fr else "New message")
    c.f("{l}{pn}  |  {l2}{hc}  |  {l3}{dob}\n", l=c.L("Patient" if not fr else "Patient(e)"), pn=c.nm(pt, c.pick(["LAST_FIRST", "full"])),
        l2=c.L(c.hc_label()), hc=ident(c, pt, "hc"), l3=c.L("DOB" if not fr else "Date de naissance"), dob=c.dob(pt))
    c.f("{l}{id}   {dt} {tm}   {l2}{pc}\n\n", l=c.L("Message ID"), id=("id", c.idn("msg")), dt=c.dt(c.today), tm=c.time(style="24"),
        l2=c.L("postal"), pc=c.zp(addr_of(c, pt)))
    c.case = "lower" if c.chance(0.4) else "normal"
    if fr:
        c.f("Bonjour, c'est {rn}, la {rel} de {pn}. ", rn=c.nm(rel, "first"), rel=c.pick(["fille", "nièce", "petite-fille"]), pn=c.nm(pt, "full"))
        c.f("Maman a fait une chute le {d} {e} elle est chez moi à {t} pour l'instant. ", d=c.dt(c.days(-r.randint(1, 6)), "fr"),
            e=c.pick(EMOJI), t=("address", c.other_town()[0]))
        c.f("Sorry my English... she takes {m} and the pharmacy (Pharmacie du Boulevard) is closed. ", m=med(c))
    else:
        c.f("Hi it's {rn} ({rel} of {pn}). ", rn=c.nm(rel, c.pick(["first", "full"])), rel=rel.rel, pn=c.nm(pt, c.pick(["full", "first"])))
        c.f("She had a fall on {d} {e} and is staying with us in {t} until she's steadier. ", d=c.dt_short(c.days(-r.randint(1, 6))),
            e=c.pick(EMOJI), t=("address", c.other_town()[0]))
        c.f("She's on {m} and {m2}. ", m=med(c), m2=med(c))
    c.f("Call {ph} please. {e}\n\n", ph=c.ph(c.new_phone(mobile=True)), e=c.pick(EMOJI))
    c.case = "normal"
    c.f("Staff reply ({dt}): Thanks {rf}. {dr} can see {pf} virtually on {d}. Please bring her health card and med list. — {nn}, {cr}\n",
        dt=c.dt(c.days(1)), rf=c.nm(rel, "first"), dr=c.doctor(c.staff()), pf=c.nm(pt, "first"), d=c.dt_short(c.days(3)),
        nn=c.nm(nurse, c.pick(["full", "first"])), cr=c.pick(["RN", "RPN", "NP", "inf."]))


# =====================================================================================
# ocr_referral
# =====================================================================================
def _ocr_on(c, lo=0.01, hi=0.04):
    c.ocr = c.rng.uniform(lo, hi)
    c.ocr_val = c.rng.choice([0, 0.02, 0.04])


@layout("ocr_referral", 0, "UK")
def ocr_uk_gp(c):
    _ocr_on(c)
    pt = c.patient(old=0.35)
    she = "She" if pt.sex == "F" else "He"
    gp = c.staff()
    cons = c.staff()
    r = c.rng
    fac_header(c, c.pick(D.FAC_UK), fax=c.chance(0.7), email=c.chance(0.5))
    c.f("\n{dt}\n\n", dt=c.dt(c.today))
    c.f("{dr}\n{sp}\n{tr}\n\n", dr=c.doctor(cons, form=c.pick(["full", "init_last"])), sp=c.pick(["Consultant Geriatrician", "Cardiology Department", "Rheumatology OPD", "Memory Clinic"]),
        tr=c.pick(D.TRUSTS_UK))
    c.f("Dear {dr}\n\n", dr=c.doctor(cons, form="last"))
    c.f("Re: {t} {pn}   {l}{dob}\n", t=c.pick(["Mrs", "Mr", "Ms", "Miss"]) if c.chance(0.5) else "", pn=c.nm(pt, c.pick(["surname_caps", "full", "SURNAME_first"])),
        l=c.L("dob"), dob=c.dob(pt))
    c.f("{l}{nhs}   {l2}{hn}\n", l=c.L("nhs"), nhs=ident(c, pt, "nhs"), l2=c.L("hosp"), hn=ident(c, pt, "hosp"))
    a = addr_of(c, pt)
    c.f("{ad}\n{l}{ph}\n\n", ad=("address", a.full()), l=c.L("phone"), ph=c.ph(phone_of(c, pt)))
    c.f("I would be grateful if you could see this {a} {g} who {why}. ", a=c.age(pt, c.pick(["year-old", "words", "yr old"])), g="lady" if pt.sex == "F" else "gentleman",
        why=c.pick(["has had three falls since Christmas", "has worsening breathlessness on exertion", "has a 6 month history of memory decline", "has had two episodes of syncope"]))
    c.f("On examination {v}. Bloods {l}. ", v=vit(c, 3), l=labs(c, 3))
    c.f(she + " lives alone but " + ("her" if pt.sex == "F" else "his") + " son {sn} visits daily ({ph}).\n\n", sn=c.nm(c.relative(pt, rel="son"), c.pick(["first", "full"])), ph=c.ph(c.new_phone(mobile=True)))
    c.f("PMH: {e}; {e2}; hypertension ({y}).\nCurrent medication: {m}.\n\n", e=epo_dx(c), e2=icd(c), y=year_ago(c), m=med(c, 3))
    c.f("Yours sincerely\n\n\n")
    signature(c, gp, cred=c.pick(["MBChB MRCGP", "MBBS DRCOG", "GP Partner", "MRCGP"]), dr=True, lic="gmc")
    if c.chance(0.5):
        c.f("cc: patient\n")


@layout("ocr_referral", 1, "US")
def ocr_us_fax_form(c):
    _ocr_on(c)
    pt = c.patient(old=0.25)
    ref = c.staff()
    r = c.rng
    from_fax, to_fax = c.new_phone(mobile=False), c.new_phone(mobile=False)
    f_name = fac(c)
    fax_header(c, c.fax(from_fax), c.fax(to_fax), f_name)
    c.f("\n{t}\n", t=c.pick(["REFERRAL FORM", "OUTPATIENT REFERRAL / CONSULT REQUEST", "Specialty Referral Request", "REFERRAL - PLEASE FAX BACK"]))
    c.f("{l}{d}    Urgency: {u}\n", l=c.L(c.pick(["Referral date", "Date of referral", "Date"])), d=c.dt(c.today), u=c.pick(["Routine", "URGENT", "within 2 wks"]))
    c.f("Referring to: {s}   {l}{fx}\n", s=c.pick(["Cardiology", "Pulm", "GI", "Neurology", "Ortho"]), l=c.L("fax"), fx=c.fax(to_fax))
    c.w("--- PATIENT ---\n")
    keys = ["name", "dob", "sex", "phone", "addr", "ins", "member"] + (["group"] if c.chance(0.5) else []) + (["ssn"] if c.chance(0.4) else [])
    demo(c, pt, keys, c.pick(["lines", "grid", "inline"]))
    c.w("--- REFERRING PROVIDER ---\n")
    c.f("{l}{n}, {cr}   {l2}{npi}\n", l=c.L(c.pick(["Provider", "Referring MD", "Ordering"])), n=c.nm(ref, "full"), cr=c.pick(["MD", "DO", "NP", "PA-C"]),
        l2=c.L("npi"), npi=("license", c.npi()))
    c.f("{l}{ph}   {l2}{fx}\n", l=c.L("tel"), ph=c.ph(c.new_phone(mobile=False)), l2=c.L("fax"), fx=c.fax(from_fax))
    c.f("Dx: {i1}; {i2}\nReason: {why}. {v}. Meds {m}.\n", i1=icd(c), i2=icd(c, False), why=c.pick(["eval for AF", "abnl PFTs", "chronic diarrhea", "worsening tremor - ? Parkinson disease", "R knee OA failed PT"]),
        v=vit(c, 2), m=med(c, 2))
    fam = c.relative(pt)
    c.f("Contact: {rel} {rn} {ph}\n", rel=fam.rel, rn=c.nm(fam, c.pick(["full", "first"])), ph=c.ph(c.new_phone(mobile=True)))
    c.f("Signature: {s}  Date: {d}\n", s=c.nm(ref, c.pick(["initials", "init_last"])), d=c.dt(c.today))
    c.w("CONFIDENTIALITY NOTICE: This fax contains PHI. If received in error notify sender and destroy.\n")


@layout("ocr_referral", 2, "CA")
def ocr_ca_consult(c):
    _ocr_on(c)
    pt = c.patient(old=0.3)
    ref = c.staff()
    cons = c.staff()
    fr = c.prov == "QC"
    r = c.rng
    c.f("{t}\n", t="DEMANDE DE CONSULTATION / CONSULTATION REQUEST" if fr or c.chance(0.3) else "CONSULTATION REQUEST")
    c.f("{l}{d}\n", l=c.L("Date"), d=c.dt(c.today))
    c.f("To / À: {dr} - {sp}   {l}{fx}\n", dr=c.doctor(cons), sp=c.pick(["Internal Medicine", "Geriatrics", "Neurology", "Rheumatology"]), l=c.L("fax"), fx=c.fax())
    c.w("PATIENT\n")
    keys = ["name", "dob", "sex", "hc", "phone", "addr"]
    demo(c, pt, keys, c.pick(["lines", "grid"]))
    c.f("Reason for consult: {why}\nHistory: {h}. Meds: {m}. {l}.\n", why=c.pick(["? PMR", "cognitive decline", "recurrent falls", "uncontrolled HTN"]),
        h=epo_dx(c), m=med(c, 3), l=labs(c, 2))
    c.f("Interpreter needed: {lang}   {l}{iid}\n", lang=c.pick(["Punjabi", "Tagalog", "Mandarin", "Arabic", "no", "Vietnamese"]), l=c.L(c.pick(["Interpreter ID", "Interp #"])),
        iid=("id", c.idn("interp")))
    c.f("Referring physician: {n}  {l}{bn}  {l2}{cp}\n", n=c.nm(ref, c.pick(["full", "init_last"])), l=c.L(c.pick(["Billing #", "OHIP billing no.", "Prac #"] if c.prov == "ON" else ["Billing #", "Prac. ID", "Billing no."])),
        bn=("license", c.digits(6, True)), l2=c.pick(["CPSO ", "CPSO# "]) if c.prov == "ON" else c.pick(["Lic. ", "College reg. "]), cp=("license", c.cpso()))
    c.f("{l}{ph}   {l2}{fx}\n", l=c.L("tel"), ph=c.ph(c.new_phone(mobile=False)), l2=c.L("fax"), fx=c.fax())
    c.f("Signature: {s}\n", s=c.nm(ref, c.pick(["initials", "init_last"])))


@layout("ocr_referral", 3, "US CA")
def ocr_broken_letter(c):
    _ocr_on(c, 0.01, 0.03)
    pt = c.patient(old=0.3)
    doc = c.staff()
    cons = c.staff()
    r = c.rng
    fac_header(c)
    c.f("\n{d}\n\n{dr}\n", d=c.dt(c.today, "MdY_long"), dr=c.doctor(cons, form="full"))
    c.f("RE: {pn}\n{l}{dob}  {l2}{mrn}\n\n", pn=c.nm(pt, c.pick(["UPPER", "LAST_FIRST_MI", "full"])), l=c.L("dob"), dob=c.dob(pt), l2=c.L("mrn"), mrn=ident(c, pt, "mrn"))
    c.f("Dear {dr}:\n\n", dr=c.doctor(cons, form="last"))
    # hyphenated / broken lines in plain text only
    c.f("Thank you for seeing {t} in consul-\ntation. {t2} is a pleasant {a} {g} with a his-\ntory of {e} and {i}, who present-\ned on {d} with ",
        t=c.titled(pt), t2="She" if pt.sex == "F" else "He", a=c.age(pt, c.pick(["year-old", "words"])), g="woman" if pt.sex == "F" else "man",
        e=epo_dx(c), i=icd(c), d=c.dt(c.days(-r.randint(5, 30))))
    c.f(c.pick(["progressive short-\nness of breath", "recurrent epi-\nsodes of dizziness", "worsening right\nknee pain"]))
    c.f(". Vitals in the of-\nfice: {v}. Labs {l}.\n", v=vit(c, 3), l=labs(c, 2))
    fam = c.relative(pt)
    c.f("Current medica-\ntions include {m}. {pr} lives at {ad} with {h} {rel}\n{rn}, who can be reached at {ph}.\n\n",
        m=med(c, 3), pr="She" if pt.sex == "F" else "He", ad=("address", addr_of(c, pt).full()), h="her" if pt.sex == "F" else "his",
        rel=fam.rel, rn=c.nm(fam, "full"), ph=c.ph(c.new_phone(mobile=True)))
    c.f("I would appreciate your assess-\nment. Please send your report to my of-\nfice by fax at {fx}.\n\nSincerely,\n\n", fx=c.fax())
    signature(c, doc, dr=True, lic=c.pick(["npi", "state", None]) if c.us else c.pick(["cpso", None]), phone=c.chance(0.5))


@layout("ocr_referral", 4, "UK")
def ocr_uk_clinic_letter(c):
    _ocr_on(c)
    pt = c.patient(old=0.35)
    cons = c.staff()
    gp = c.staff()
    r = c.rng
    trust = c.pick(D.TRUSTS_UK)
    c.f("{tr}\n{dept}\n", tr=trust, dept=c.pick(["Department of Medicine for Older People", "Cardiology Outpatients", "Falls & Syncope Service", "Diabetes Centre"]))
    c.f("{l}{ph}\n\n", l=c.pick(["Secretary: ", "Tel ", "Appointments: "]), ph=c.ph(c.new_phone(mobile=False)))
    c.f("{l}{d1}   {l2}{d2}   {l3}{d3}\n", l=c.pick(["Clinic date: ", "Seen: ", "Date of clinic "]), d1=c.dt(c.days(-r.randint(5, 12))),
        l2=c.pick(["Dictated: ", "Dict "]), d2=c.dt(c.days(-r.randint(3, 4))), l3=c.pick(["Typed: ", "Typed "]), d3=c.dt(c.days(-r.randint(0, 2))))
    c.f("\n{dr}\n{pr}\n{ad}\n\n", dr=c.doctor(gp, form=c.pick(["full", "init_last"])), pr=c.pick(D.FAC_UK), ad=("address", c.new_addr().full()))
    c.f("Dear {dr}\n\n", dr=c.doctor(gp, form="last"))
    c.f("Re: {pn}, {l}{dob}, {l2}{nhs}, {l3}{hn}\n", pn=c.nm(pt, c.pick(["surname_caps", "SURNAME_first", "full"])), l=c.L("dob"), dob=c.dob(pt),
        l2=c.L("nhs"), nhs=ident(c, pt, "nhs"), l3=c.L("hosp"), hn=ident(c, pt, "hosp"))
    c.f("{ad}\n\n", ad=("address", addr_of(c, pt).full()))
    c.f("Diagnosis:\n1. {i1}\n2. {e}\n\nPlan:\n- {m}\n- repeat bloods in 4/52\n- review in clinic in 3 months\n\n", i1=icd(c), e=epo(c), m=med(c))
    fam = c.relative(pt)
    c.f("I reviewed {t} today accompanied by " + c.her(pt) + " {rel} {rn}. {v}. ", t=c.titled(pt), rel=fam.rel, rn=c.nm(fam, "first"), v=vit(c, 3))
    c.f("ECG: sinus rhythm. {l}. {age_txt}\n\n", l=labs(c, 2), age_txt=c.age(pt, c.pick(["paren", "aged"])))
    c.f("Yours sincerely\n\n")
    signature(c, cons, cred=c.pick(["FRCP", "MRCP", "Consultant Physician", "MBChB FRCP"]), dr=True, lic="gmc")
    c.f("cc: {t}, {ad}\n", t=c.titled(pt, form="full"), ad=("address", addr_of(c, pt).line1()))
