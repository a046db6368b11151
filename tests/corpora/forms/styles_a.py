"""Styles 1-8: portal messages, nurse-line calls, chat-bot transcripts, faxed referrals,
insurance appeals, billing disputes, excuse letters, FMLA/disability forms."""
import pools as P
from gen_core import Doc, L, H_base


class H(H_base):
    pass


# ---------------------------------------------------------------------------
def portal_message(g):
    d, h = Doc(), H(g)
    today = g.today()
    doc = g.person()
    v = g.variant(5)
    if v == 0:  # parent about a child, all lower case
        par = g.person()
        kid = g.person(last=par.last if g.p(0.7) else None)
        rel = "son" if kid.sex == "M" else "daughter"
        role = g.ch(["mom", "mother", "stepmom"]) if par.sex == "F" else g.ch(["dad", "father"])
        kdob, kage = g.dob(1, 15, today)
        kf = g.name(kid, g.ch(["lower_first", "first"]))
        d.f(g.ch(["hi dr {doc}", "hello dr {doc}", "hey dr {doc} and nurses", "to dr {doc}s nurse"]) + ", ",
            doc=h.name(doc, g.ch(["lower_last", "last"])))
        d.f("this is {par}, {kid}'s {role}. ", par=h.name(par, forms=["lower_first", "lower", "first"]),
            kid=L("name", kf), role=role)
        body = [
            lambda: d.f("my {rel} {kid} has had a fever on and off since {d1}, highest was {t} last nite. "
                        "i gave {him} 5 ml of the childrens motrin at {tm}. ",
                        rel=rel, kid=L("name", kf), d1=h.date(g.near(today, -6, -2), styles=g.CASUAL_DATES),
                        t=f"{g.ri(100, 103)}.{g.ri(0, 9)}", him=kid.him, tm=g.nm_time()),
            lambda: d.f("{he}s {a} so i wasnt sure about the dose?? {his} birthday is {dob} if u need it. ",
                        he=kid.he, a=kage, his=kid.his, dob=h.date(kdob, styles=["mdy_nopad", "mdy_short", "lower_month_d"])),
            lambda: d.f("we were at urgent care on {d2} and they said its viral but {he} is still coughing alot. ",
                        d2=h.date(g.near(today, -5, -1), styles=g.CASUAL_DATES), he=kid.he),
            lambda: d.f("also the school nurse at {sch} needs a form signed before {d3}, can u fax it to {fx}? ",
                        sch=g.ch(P.SCHOOLS), d3=h.date(g.near(today, 2, 12), styles=g.CASUAL_DATES),
                        fx=h.fax(styles=["dash", "seven", "plain10", "dot"])),
        ]
        for s in g.shuffle(body)[:g.ri(2, 4)]:
            s()
        d.f(g.ch(["can someone call me back at {ph}, im at work till 5. ", "pls call {ph} or text is fine. ",
                  "my cell is {ph} (dont call the house #) "]),
            ph=h.phone(styles=["seven_space", "seven", "plain10", "dash", "space"]))
        d.f(g.ch(["thanks {s}", "thank u!! {s}", "-{s}", "thx\n{s}"]),
            s=h.name(par, forms=["lower_first", "first", "lower"]))
    elif v == 1:  # adult patient, cancelled appointment + address change
        pt = g.person()
        pdob, _ = g.dob(20, 85, today)
        d.t(g.ch(["Hello,\n", "Good morning, ", "Hi there. ", "To whom it may concern "]))
        d.f("I recieved a letter dated {d1} saying my apointment on {d2} at {tm} was cancelled?? Nobody called me. ",
            d1=h.date(g.near(today, -20, -3), styles=g.FORM_DATES + g.CASUAL_DATES),
            d2=h.date(g.near(today, 1, 30), styles=g.CASUAL_DATES), tm=g.nm_time())
        body = [
            lambda: d.f("My name is {n}, date of birth {dob}. ", n=h.name(pt, forms=["full", "full_mi"]),
                        dob=h.date(pdob, styles=g.FORM_DATES)),
            lambda: d.f("I moved so please update my address to {a}. ", a=h.address()),
            lambda: d.f("My old phone doesnt work anymore, new number is {ph}. ", ph=h.phone()),
            lambda: d.f("I take {dose} twice a day and only have {q} pills left. ", dose=" ".join(g.ch(P.ORAL_MEDS)), q=g.ri(2, 6)),
            lambda: d.f("I have been a patient there since {y} and never had this happen. ", y=g.ri(1998, 2021)),
        ]
        for s in g.shuffle(body)[:g.ri(3, 5)]:
            s()
        d.f(g.ch(["You can also email me at {em}. ", "Or email {em} thats the best way. "]), em=h.email(pt))
        d.f(g.ch(["Thank you, {s}", "Thanks\n{s}", "Regards, {s}\nSent from my iPhone"]),
            s=h.name(pt, forms=["full", "first", "first_l"]))
    elif v == 2:  # daughter / son about elderly parent (age > 89)
        par = g.person()
        kid = g.person(last=par.last if g.p(0.5) else None)
        age = g.old_age()
        pdob = g.near(today, -365 * age - 300, -365 * age - 5)
        town = g.town()
        parent = "mother" if par.sex == "F" else "father"
        d.t(g.ch(["To the care team - ", "Dear Dr. ", "Hi, "]))
        if d.text().endswith("Dr. "):
            d.f("{doc},\n", doc=h.name(doc, "last"))
        d.f("my {parent} {p} is {age}", parent=parent, p=h.name(par, forms=["full", "first", "full_mi"]),
            age=L("age", g.age_str(age, g.ch(["num", "years_old", "num"]))))
        d.t(g.ch([" (yes really) and ", " and ", ". And ", " as of last week, and "]))
        d.f("since {d1} {he} has been staying with me in {town} instead of {his} place on {st}. ",
            d1=h.date(g.near(today, -60, -3), styles=g.CASUAL_DATES + ["month_d"]), he=par.he,
            town=L("address", town), his=par.his, st=h.street(po=False))
        body = [
            lambda: d.f("{his} MRN from the hospital bracelet is {mrn}. ", his=par.his.capitalize(), mrn=L("mrn", g.mrn())),
            lambda: d.f("{his} BP this morning was {bp} and pulse {hr}, is that ok? ", his=par.his.capitalize(),
                        bp=f"{g.ri(118, 168)}/{g.ri(60, 88)}", hr=g.ri(55, 88)),
            lambda: d.f("Birthday is {dob} in case you need to look {him} up. ", dob=h.date(pdob, styles=g.FORM_DATES),
                        him=par.him),
            lambda: d.f("The aide said {he} might have {ep} but no one has said that to us. ", he=par.he,
                        ep=g.ch(P.DISEASE_EPONYMS)),
        ]
        for s in g.shuffle(body)[:g.ri(2, 4)]:
            s()
        d.f("Please send anything to me, {k}, at {em} or {ph}.\n",
            k=h.name(kid, forms=["full", "full_mi"]), em=h.email(kid), ph=h.phone())
        d.f("- {k}", k=h.name(kid, forms=["first", "initials", "full"]))
    elif v == 3:  # portal message with metadata header
        pt = g.person()
        d.f("Message ID: {mid}\nFrom: {n} <{em}>\nTo: {cl} Nurse Pool\nSent: {d1} {tm}\nSubject: {subj}\n\n",
            mid=h.ident("msg"), n=h.name(pt, forms=["full", "UPPER", "last_first"]), em=h.email(pt),
            cl=g.ch(P.CLINICS), d1=h.date(today, styles=["mdy", "mon_d_y", "iso", "mdy_nopad"]),
            tm=g.nm_time(), subj=g.ch(["rx question", "RE: refill", "pharmacy says no", "need new script!!"]))
        d.f(g.ch(["hey its {f} again, ", "hi its {f}. ", "hello this is {f} "]),
            f=h.name(pt, forms=["lower_first", "first"]))
        d.f("the pharmacy at {pa} says they never got the new script from dr {doc}. ",
            pa=h.address(unit=False), doc=h.name(doc, forms=["lower_last", "last", "full"]))
        body = [
            lambda: d.f("my rx number is {rx} its for {dose}. ", rx=h.ident("rx"), dose=g.nm_dose()),
            lambda: d.f("their phone is {ph} and fax {fx} i think. ", ph=h.phone(), fx=h.fax()),
            lambda: d.f("i have been out since {d1} and my sugar was {lab} this am. ",
                        d1=h.date(g.near(today, -4, -1), styles=g.CASUAL_DATES), lab=g.ri(180, 320)),
            lambda: d.f("i am not due for labs until {mon}. ", mon=g.ch(["spring", "after the holidays", "next year"])),
        ]
        for s in g.shuffle(body)[:g.ri(2, 4)]:
            s()
        d.f("pls call {ph} thx", ph=h.phone(styles=["plain10", "seven", "dash"]))
    else:  # link problems + spouse
        pt = g.person()
        rel = g.ch(["husband", "wife", "partner"])
        sp = g.person(sex={"husband": "M", "wife": "F"}.get(rel))
        spdob, _ = g.dob(25, 88, today)
        d.f("Hi, I tried the link you sent ({u}) but it says expired. ", u=h.url("portal"))
        body = [
            lambda: d.f("My {rel} {s} also can't see the results from {d1}, MRN {mrn}, DOB {dob}. ",
                        rel=rel, s=h.name(sp, forms=["full", "first"]), d1=h.date(g.near(today, -14, -2)),
                        mrn=L("mrn", g.mrn()), dob=h.date(spdob, styles=g.FORM_DATES)),
            lambda: d.f("The billing page says Account # {a} has a balance of {m}, is that right? ",
                        a=L("account", g.account()), m=g.nm_money()),
            lambda: d.f("I'm on page 2 of 3 of the intake form and it keeps timing out. "),
            lambda: d.f("We already uploaded the photo of the insurance card to {u2}. ", u2=h.url("upload")),
            lambda: d.f("I can be reached at {ph}, ext. {x} during the day. ", ph=h.phone(), x=g.ri(100, 499)),
        ]
        for s in g.shuffle(body)[:g.ri(3, 5)]:
            s()
        d.f(g.ch(["Thanks so much,\n{n}", "Best, {n}", "{n}"]), n=h.name(pt, forms=["full", "first", "full_mi"]))
    return d


# ---------------------------------------------------------------------------
def nurse_line_call(g):
    d, h = Doc(), H(g)
    today = g.today()
    rn = g.person()
    caller = g.person()
    pt = g.person(last=caller.last if g.p(0.6) else None)
    v = g.variant(6)
    if v == 4:
        return _answering_service(g, d, h, today, rn, caller, pt)
    d.f(g.ch(["Call ID: {cid} | {dt} {tm} | Queue: Nurse Advice | Duration {dur}\n\n",
              "NURSE LINE TRANSCRIPT (auto)  {dt}  call {cid}\n\n",
              "[Recorded line] Ref {cid} - {dt}\n\n"]),
        cid=h.ident("call"), dt=h.date(today, styles=["mdy", "iso", "DD_MON_YYYY"]), tm=g.nm_time(),
        dur=f"{g.ri(2, 19):02d}:{g.ri(0, 59):02d}")
    rnlab = g.ch(["Agent", "RN", "Nurse"])
    rnlab_named = g.p(0.5)

    def RN(txt, **kw):
        if rnlab_named:
            d.f("RN {n}: ", n=h.name(rn, forms=["last", "init_last"]))
        else:
            d.t(rnlab + ": ")
        d.f(txt + "\n", **kw)

    def C(txt, **kw):
        d.f("Caller: " + txt + "\n", **kw)

    RN("Thank you for calling the nurse line, this call may be recorded. Who am I speaking with?")
    if v == 5:
        return _scheduling_call(g, d, h, today, RN, C, caller, pt)
    if v in (0, 1):  # caregiver calling about a parent, spoken numbers
        age = g.old_age()
        pdob = g.near(today, -365 * age - 300, -365 * age - 5)
        C("Hi, yeah, this is {c}, I'm calling about my {rel}.", c=h.name(caller, forms=["full", "first"]),
          rel="mom" if pt.sex == "F" else "dad")
        RN("Okay. And the patient's name?")
        C("{p}. Last name is {sp}.", p=h.name(pt, "full"), sp=h.name(pt, "spelled_last"))
        RN("And date of birth?")
        C("Um, {dob}.", dob=h.date(pdob, style=g.ch(["spoken", "spoken"])))
        RN("So {he} is how old now?", he=pt.he)
        C("{he}'s {a}. Still sharp though.", he=pt.he.capitalize(), a=L("age", g.age_str(age, g.ch(["words", "num"]))))
        body = [
            lambda: (RN("What's going on today?"),
                     C("{he} fell in the bathroom around {tm}, no hitting the head I don't think, but {his} hip hurts, like a 6/10.",
                       he=pt.he.capitalize(), tm=g.nm_time(), his=pt.his)),
            lambda: (RN("Is there a good callback number?"),
                     C("Yeah it's {ph}.", ph=L("phone", g.spoken_phone()))),
            lambda: (RN("And where is {he} right now?", he=pt.he),
                     C("At my house, {a}.", a=h.address(unit=g.p(0.3)))),
            lambda: (RN("Does {he} take any blood thinners?", he=pt.he),
                     C("{dose}, once a day, and the water pill.", dose=g.nm_dose().capitalize())),
        ]
        for s in g.shuffle(body)[:g.ri(3, 4)]:
            s()
        RN("Okay, I'm going to recommend {he} be seen in urgent care today. I'm sending a note to Dr. {doc}.",
           he=pt.he, doc=h.name(g.person(), "last"))
        C("Thanks. Oh, the insurance is {payer}, the number is {hp}.", payer=g.ch(P.PAYERS),
          hp=L("health_plan", g.spoken_digits(g.digits(9), [3, 3, 3]) if g.p(0.5) else g.member_id()))
    else:  # patient calling for self: results / medication question
        pdob, page = g.dob(20, 80, today)
        C("It's {p}. I got a message to call about my results.", p=h.name(pt, forms=["full", "full_mi"]))
        RN("I can help with that. Can you verify your date of birth and the last name spelling?")
        C("{dob}, and it's {sp}.", dob=h.date(pdob, style=g.ch(["spoken", "mdy_nopad", "month_d_y"])),
          sp=h.name(pt, "spelled_last"))
        body = [
            lambda: (RN("Thank you. Your {lab} was a little high, the doctor wants to repeat it in 3 months.",
                        lab=g.nm_lab()),),
            lambda: (RN("What number should we use for a callback?"),
                     C("Cell is {ph}, or work {ph2}.", ph=L("phone", g.spoken_phone()), ph2=h.phone())),
            lambda: (C("Also, I need my social on file fixed, it's {ssn}.", ssn=L("ssn", g.spoken_digits(g.ssn("plain")[0], [3, 2, 4]))),
                     RN("I can't update that, but billing can, I'll send a message.")),
            lambda: (RN("Are you still at {a}?", a=h.address()), C("Yes.")),
            lambda: (C("And I'm {age} if that matters, I've been on {dose} since {y}.", age=page, dose=g.nm_dose(),
                       y=g.ri(2005, 2022)),),
            lambda: (RN("Your MRN for reference is {mrn}.", mrn=L("mrn", g.mrn())),),
        ]
        for s in g.shuffle(body)[:g.ri(3, 5)]:
            s()
        RN("You're all set. Anything else today?")
        C("No, that's it. Bye.")
    d.f(g.ch(["\n-- documented by {i}, RN", "\n[call closed by {i}]", "\nNote routed to {doc} inbox. {i}"]),
        i=h.name(rn, forms=["initials", "init_last"]), doc=h.name(g.person(), forms=["init_last", "last_first"]))
    return d


# ---------------------------------------------------------------------------
def chatbot_transcript(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    pdob, _ = g.dob(18, 85, today)
    hh, mm = g.ri(6, 22), g.ri(0, 50)

    def ts():
        nonlocal mm
        mm += g.ri(0, 2)
        return f"[{hh:02d}:{mm:02d}]"

    def B(txt, **kw):
        d.f(ts() + " Bot: " + txt + "\n", **kw)

    def U(txt, **kw):
        d.f(ts() + " You: " + txt + "\n", **kw)

    d.f(g.ch(["Chat session {sid} | started {dt} | client {ip}\n",
              "Virtual assistant log - session {sid} - {dt} - from {ip}\n"]),
        sid=h.ident("session"), dt=h.date(today, styles=["iso", "mdy", "mon_d_y"]), ip=h.ip())
    v = g.variant(4)
    B("Hi! I can help with appointments, bills and refills. What can I do for you today?")
    if v == 0:  # reschedule
        U(g.ch(["need to reschedule my appt", "resched pls", "I want to move my appointment"]))
        B("Sure. Please enter your full name and date of birth.")
        U("{n} {dob}", n=h.name(pt, forms=["lower", "full", "UPPER"]), dob=h.date(pdob, styles=["mdy_nopad", "mdy", "mdy_short"]))
        B("Thanks, {f}! I found an appointment on {d1} at {tm} with Dr. {doc}. Which new day works?",
          f=h.name(pt, "first"), d1=h.date(g.near(today, 2, 20), styles=["month_d", "mon_d_y", "mdy"]),
          tm=g.nm_time(), doc=h.name(g.person(), "last"))
        U(g.ch(["{d2} if possible", "anything the week of {d2}", "the {d2} please"]),
          d2=h.date(g.near(today, 10, 40), styles=["lower_mon_dth", "md", "dth_of_month", "lower_month_d"]))
        B("Done. Your confirmation code is {cc}. A text will go to the number ending in {l4}.",
          cc=h.ident("conf"), l4=g.digits(4))
    elif v == 1:  # pay bill
        U(g.ch(["pay my bill", "how do i pay", "bill??"]))
        B("I can help with that. Please enter the account number from your statement.")
        U("{a}", a=L("account", g.account()))
        B("Thanks. For security, what is the ZIP code on the account?")
        U("{z}", z=L("zip", g.zipc(False)))
        B("The balance is {m}. You can pay securely at {u}.", m=g.nm_money(), u=h.url("pay"))
        em = g.email(pt)
        U("ok paid. also my email changed to {em}", em=L("email", em))
        B("Got it. Payment reference {r} was sent to {em2}.", r=h.ident("ref"), em2=L("email", em))
    elif v == 2:  # symptom checker
        U(g.ch(["my chest feels tight", "cant stop coughing", "bad headache since yesterday"]))
        B("I'm sorry you're not feeling well. If this is an emergency call 911. How old are you?")
        age = g.nm_young_age() if g.p(0.6) else g.old_age()
        if age > 89:
            U("{a}", a=L("age", g.age_str(age, "num")))
        else:
            U(str(age))
        B("Please enter your temperature, if known.")
        U(f"{g.ri(98, 102)}.{g.ri(0, 9)}")
        B("Thanks. A nurse will call you. What is the best phone number?")
        U("{ph}", ph=h.phone(styles=["plain10", "dash", "paren", "seven"]))
        B("And your name and date of birth, please.")
        U("{n}, {dob}", n=h.name(pt, forms=["lower", "full"]), dob=h.date(pdob, styles=["mdy_nopad", "mdy_short"]))
        B("Ticket #{t} created. Average callback time is 45 minutes.", t=h.ident("ticket"))
    else:  # refill / login trouble
        U(g.ch(["cant log in", "forgot password and need refill", "locked out"]))
        B("I can send a reset link. What email is on file?")
        U("{em}", em=h.email(pt))
        B("We also noticed a sign-in attempt from {ip}. Was that you?", ip=h.ip())
        U(g.ch(["no??", "yes that was my laptop", "idk maybe my son"]))
        B("Okay. While you wait, I can request a refill. Enter your Rx number (on the bottle label).")
        U("{rx}", rx=L("id", g.ident("rx")))
        B("Found it: {dose}, qty {q}. It will go to the pharmacy on {st}. Ref {r}.",
          dose=g.nm_dose(), q=g.ch([30, 60, 90]), st=h.street(unit=False, po=False), r=h.ident("ref"))
    B(g.ch(["Anything else?", "Is there anything else I can help with?"]))
    U(g.ch(["no thx", "thats all", "no"]))
    return d


# ---------------------------------------------------------------------------
OCR_LABELS = {
    "pt": ["Pt Nm:", "Pt  Name :", "PATIENT NAME|", "P t Nm:", "Pat1ent:", "Pt Nme:"],
    "dob": ["D.O.B", "DOB:", "D .O. B:", "B-day:", "D0B", "Birthdate"],
    "addr": ["Addr:", "Address |", "Str Addr:", "Addr ess:"],
    "city": ["City/St/Zip:", "City St Zip", "Cty/St/Zp:"],
    "ph": ["Hm Ph:", "Ph#", "Phone |", "Tel:", "Ph :"],
    "cell": ["Cell:", "Mbl:", "C:"],
    "ins": ["Ins ID", "lns ID:", "Member #", "Mbr ID:", "Ins. ID#"],
    "mrn": ["MR#", "MRN:", "Med Rec #", "Chart #"],
    "fx": ["Fx:", "FAX:", "Fax#", "F:"],
    "npi": ["NPI", "NPl#", "N P I:"],
    "ssn": ["SSN:", "SS#", "Soc Sec #"],
}


def fax_referral(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    pdob, page = g.dob(2, 89, today)
    refdoc, todoc, staff = g.person(), g.person(), g.person()
    cl_from, cl_to = g.ch(P.CLINICS), g.ch(P.CLINICS)
    npages = g.ri(2, 7)
    sep = g.ch([" | ", "  |  ", "   ", " |"])
    OL = lambda k: g.ch(OCR_LABELS[k])
    # transmission header line
    d.f("{hd} {tm}  FROM: {fx1}  TO: {fx2}  P.01/{np}\n",
        hd=h.date(today, styles=["MON_DD_YYYY", "DD_MON_YYYY", "mdy_short", "mdy"]), tm=g.nm_time(),
        fx1=h.fax(styles=["plain10", "dash", "paren_nospace"]), fx2=h.fax(styles=["plain10", "dash"]), np=f"{npages:02d}")
    v = g.variant(6)
    if v >= 3:
        return _fax_other(g, d, h, v, today, pt, pdob, page, refdoc, staff, cl_from, cl_to, npages, sep, OL)
    cover = lambda: d.f("\n{title}\nTo: {to}{s}{ofc}\n{fl} {fx}{s}Ph: {ph}\nFrom: {fr}{s}{cf}\n"
                        "Pages (incl cover): {np}\nRe: {re}\n",
                        title=g.ch(["FAX COVER SHEET", "F A X", "*** FACSIMILE ***", "FAX TRANSMITTAL"]),
                        to=h.name(todoc, forms=["full", "init_last", "last_first"]), s=sep, ofc=cl_to,
                        fl=OL("fx"), fx=h.fax(styles=["paren", "dash", "ocr", "dot"]), ph=h.phone(),
                        fr=h.name(staff, forms=["full", "first_l", "first"]), cf=cl_from, np=npages,
                        re=g.ch(["referral", "URGENT referral", "records for appt", "new pt referral"]))
    if v != 2:
        cover()
    d.t("\n" + g.ch(["REFERRAL FORM", "R E F E R R A L", "OUTPATIENT REFERRAL / ORDER", "Referral Request"]) + "\n")
    rows = [
        lambda: d.f("{l1} {n}{s}{l2} {dob}{s}Sex: {sx}\n", l1=OL("pt"),
                    n=h.name(pt, forms=["LAST_FIRST_MI", "LAST_FIRST", "last_first_mi", "LAST_FIRST_nospace", "LAST_FIRST_nc"]),
                    s=sep, l2=OL("dob"), dob=h.date(pdob, styles=g.FORM_DATES + ["ocr_space"]), sx=pt.sex),
        (lambda: d.f("{l1} {st}{s}{l2} {cy}\n", l1=OL("addr"), st=h.street(), s=sep, l2=OL("city"),
                     cy=L("address", g.cityline(upper=g.p(0.4))))) if g.p(0.5) else
        (lambda: h.street_fields(d, OL("addr"), sep=g.ch(["\n", sep]), upper=g.p(0.4))),
        lambda: d.f("{l1} {ph}{s}{l2} {ph2}\n", l1=OL("ph"), ph=h.phone(styles=["paren", "dash", "ocr", "plain10"]),
                    s=sep, l2=OL("cell"), ph2=h.phone(styles=["dash", "dot", "plain10"])),
        lambda: d.f("Ins: {payer}{s}{l} {hp}\n", payer=g.ch(P.PAYERS), s=sep, l=OL("ins"), hp=L("health_plan", g.member_id())),
        lambda: d.f("{l} {mrn}{s}Age: {a}\n", l=OL("mrn"), mrn=L("mrn", g.mrn()), s=sep, a=page),
    ]
    if g.p(0.3):
        rows.append(lambda: d.f("{l} {ssn}\n", l=OL("ssn"), ssn=L("ssn", g.ssn()[0])))
    first = rows[0]
    rest = rows[1:]
    if g.p(0.5):
        g.shuffle(rest)
    for r in [first] + rest:
        r()
    icd, dx = g.ch(P.ICD10)
    d.f("Dx: {dx} ({icd}){s}Reason: {rs}\n", dx=dx, icd=icd, s=sep,
        rs=g.ch(["eval and treat", "sleep study", "PT 2x/wk x 6 wks", "cardiology consult", "home health eval"]))
    if g.p(0.6):
        d.f("Vitals last visit: {v1}, {v2}. Meds: {dose}\n", v1=g.nm_vitals(), v2=g.nm_vitals(), dose=g.nm_dose())
    d.f("Referring MD: {n}{cr}{s}{l} {npi}\n", n=h.name(refdoc, forms=["full", "LAST_FIRST", "init_last"]),
        cr=g.ch([", MD", " MD", ", DO", " NP-C"]), s=sep, l=OL("npi"), npi=L("license", g.npi()))
    d.f("Office: {oa}{s}{fl} {fx}\n", oa=h.address(unit=g.p(0.5)), s=sep, fl=OL("fx"), fx=h.fax())
    d.f(g.ch(["Urgency: routine   Auth # pending\n", "Priority: [X] urgent [ ] routine\n",
              "Please fax back appt date/time. Thank you\n", "Page 2 of {np}\n"]), np=npages)
    if v == 2:
        d.f("\nSigned {n}  {d1}\n", n=h.name(refdoc, forms=["initials", "init_last"]), d1=h.date(g.near(today, -3, 0), styles=g.FORM_DATES))
    d.t(g.ch(["CONFIDENTIALITY NOTICE: this fax may contain protected health information. If received in error, destroy and notify sender.",
              "This facsimile is intended only for the addressee. ", "-- END OF TRANSMISSION --"]))
    return d


# ---------------------------------------------------------------------------
def insurance_appeal(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    pdob, _ = g.dob(20, 88, today)
    payer = g.ch(P.PAYERS)
    dos = g.near(today, -120, -20)
    cpt, cdesc = g.ch(P.CPT)
    icd, dx = g.ch(P.ICD10)
    v = g.variant(6)
    if v >= 4:
        return _appeal_other(g, d, h, v, today, pt, pdob, payer, dos, cpt, cdesc)
    d.f("{d0}\n\n{payer}\nAttn: {dept}\n{pa}\n\n", d0=h.date(today, styles=["month_d_y", "mdy", "d_month_y"]),
        payer=payer, dept=g.ch(["Appeals Department", "Grievances & Appeals", "Provider Disputes"]),
        pa=L("address", f"{g.street(unit=False)}, {g.cityline()}"))
    if v == 3:
        hp = L("health_plan", g.mbi())
        idlab = "Medicare Beneficiary Identifier"
    else:
        hp = L("health_plan", g.member_id())
        idlab = g.ch(["Member ID", "Subscriber ID", "Policy #", "ID"])
    d.f("RE: {kind}\nMember: {n}\n{idl}: {hp}\n", kind=g.ch(["Appeal of denied claim", "Level 2 appeal",
                                                            "Request for redetermination", "Appeal - medical necessity"]),
        n=h.name(pt, forms=["full", "full_mi", "LAST_FIRST_MI"]), idl=idlab, hp=hp)
    extra = [
        lambda: d.f("Claim #: {c}\n", c=h.ident("claim")),
        lambda: d.f("Date of service: {ds}\n", ds=h.date(dos, styles=g.FORM_DATES)),
        lambda: d.f("Date of birth: {dob}\n", dob=h.date(pdob, styles=g.FORM_DATES)),
        lambda: d.f("{cl} {c}\n", cl=g.ch(["Case", "Appeal case", "Grievance #"]), c=h.ident("appeal")),
    ]
    for e in g.shuffle(extra)[:g.ri(2, 4)]:
        e()
    d.t("\n")
    if v in (0, 3):  # patient-written
        d.f("To whom it may concern,\n\nI am writing to appeal your denial of {cd} (CPT {cpt}) that I received on {ds}. "
            "Your letter dated {dl} says it was not medically necessary. My doctor, Dr. {doc}, ordered it because of my {dx}. ",
            cd=cdesc, cpt=cpt, ds=h.date(dos, styles=["month_d_y", "mdy", "mon_d_y"]),
            dl=h.date(g.near(today, -30, -5), styles=["month_d_y", "mdy", "month_dth"]), doc=h.name(g.person(), forms=["full", "last"]), dx=dx)
        opts = [
            lambda: d.f("I was billed {m} which I cannot afford on a fixed income. ", m=g.nm_money()),
            lambda: d.f("I called on {dc} and spoke with {rep}, who gave me reference number {r}. ",
                        dc=h.date(g.near(today, -15, -1), styles=g.CASUAL_DATES + g.FORM_DATES),
                        rep=h.name(g.person(), forms=["first", "first_l"]), r=h.ident("ref")),
            lambda: d.f("I have had this condition since {y} and tried {n} other treatments first. ", y=g.ri(2008, 2022), n=g.ri(2, 4)),
            lambda: d.f("My card number is {hp2} if the ID above is wrong. ", hp2=L("health_plan", g.member_id())),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("\n\nPlease contact me at {ph} or {em}.\n\nSincerely,\n{n}\n{a}",
            ph=h.phone(), em=h.email(pt), n=h.name(pt, forms=["full", "full_mi"]), a=h.address())
    else:  # provider-written
        doc = g.person()
        d.f("Dear Medical Director:\n\nI am writing on behalf of my patient, {n} (DOB {dob}), to request reconsideration of the denial "
            "for {cd} (CPT {cpt}), ICD-10 {icd}. ",
            n=h.name(pt, forms=["full", "init_last", "full_mi"]), dob=h.date(pdob, styles=g.FORM_DATES), cd=cdesc, cpt=cpt, icd=icd)
        opts = [
            lambda: d.f("{his} most recent {lab} and {v} document ongoing disease. ", his=pt.his.capitalize(), lab=g.nm_lab(), v=g.nm_vitals()),
            lambda: d.f("{he} failed {dose} for 12 weeks. ", he=pt.he.capitalize(), dose=g.nm_dose()),
            lambda: d.f("Peer-to-peer was requested on {dp}; no call was received. ", dp=h.date(g.near(today, -20, -2), styles=g.FORM_DATES)),
            lambda: d.f("Encounter account {ac} is on hold pending this review. ", ac=L("account", g.account())),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("\n\nSincerely,\n\n{dn}, MD\nNPI {npi}\n{cl}\n{ca}\nPhone {ph}  Fax {fx}",
            dn=h.name(doc, forms=["full", "full_mi"]), npi=L("license", g.npi()), cl=g.ch(P.CLINICS),
            ca=h.address(), ph=h.phone(), fx=h.fax())
    return d


# ---------------------------------------------------------------------------
def billing_dispute(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    v = g.variant(4)
    acct = g.account()
    if v == 0:  # email from patient
        d.f("Subject: wrong bill - acct {a}\n\n", a=L("account", acct))
        d.f("Hello billing dept,\n\nI got a statement dated {ds} for {m} for a visit on {dv}. ",
            ds=h.date(g.near(today, -20, -2), styles=g.FORM_DATES), m=g.nm_money(),
            dv=h.date(g.near(today, -90, -30), styles=g.FORM_DATES + g.CASUAL_DATES))
        opts = [
            lambda: d.f("I paid my {cp} copay by card that day, confirmation {c}. ", cp=g.ch(["$25", "$40", "$35"]), c=h.ident("conf")),
            lambda: d.f("The insurance is {payer}, member ID {hp}, and they say it was never billed. ",
                        payer=g.ch(P.PAYERS), hp=L("health_plan", g.member_id())),
            lambda: d.f("Invoice #{inv} lists CPT {cpt} but I only had a {desc}. ", inv=h.ident("invoice"),
                        cpt=g.ch(P.CPT)[0], desc=g.ch(["flu shot", "quick recheck", "phone visit"])),
            lambda: (lambda rel: d.f("The guarantor should be my {rel} {n}, not me. ", rel=rel,
                                     n=h.name(g.person(sex="M" if rel == "husband" else "F"), forms=["full", "full_mi"])))(
                g.ch(["husband", "mother", "ex-wife"])),
            lambda: d.f("Please send mail to {a}. ", a=h.address()),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("\n\nThanks,\n{n}\n{ph}", n=h.name(pt, forms=["full", "first"]), ph=h.phone())
    elif v == 1:  # billing rep account notes
        rep = g.person()
        d.f("ACCOUNT NOTES - Guarantor: {n}  Acct: {a}\n", n=h.name(pt, forms=["LAST_FIRST", "LAST_FIRST_MI", "last_first"]),
            a=L("account", acct))
        notes = [
            lambda: d.f("{dn} {tm} - pt called disputing balance of {m}, states had coverage w/ {payer} ({hp}). Resubmitted. -{i}\n",
                        dn=h.date(g.near(today, -40, -20), styles=["mdy", "mdy_short"]), tm=g.nm_time(), m=g.nm_money(),
                        payer=g.ch(P.PAYERS), hp=L("health_plan", g.member_id()), i=h.name(rep, "initials")),
            lambda: d.f("{dn} - claim {c} denied CO-16 missing info; called pt at {ph}, LVM. -{i}\n",
                        dn=h.date(g.near(today, -19, -10), styles=["mdy", "mdy_short"]), c=h.ident("claim"),
                        ph=h.phone(styles=["dash", "paren"]), i=h.name(rep, "initials")),
            lambda: d.f("{dn} - pt's daughter {f} called, is POA, verified DOB {dob}. Set up payment plan {m}/mo. -{i}\n",
                        dn=h.date(g.near(today, -9, -1), styles=["mdy", "mdy_short"]), f=h.name(g.person(sex="F"), forms=["first", "full"]),
                        dob=h.date(g.dob(40, 88, today)[0], styles=g.FORM_DATES), m=g.ch(["$50", "$75", "$100"]), i=h.name(rep, "initials")),
            lambda: d.f("{dn} - statement returned undeliverable, new addr per pt: {a}. -{i}\n",
                        dn=h.date(g.near(today, -9, -1), styles=["mdy", "mdy_short"]), a=h.address(), i=h.name(rep, "initials")),
        ]
        for o in g.shuffle(notes)[:g.ri(3, 4)]:
            o()
    elif v == 2:  # collections letter reply
        d.f("{dd}\n\n{firm}\nRE: Your reference {r}\nOriginal creditor: {cl}\nAccount number: {a}\n\n",
            dd=h.date(today, styles=["month_d_y", "mdy"]),
            firm=g.ch(["Recovery Partners Group", "National Medical Collections", "Summit Credit Services"]),
            r=h.ident("ref"), cl=g.ch(P.CLINICS), a=L("account", acct))
        d.f("I, {n}, dispute this debt of {m}. ", n=h.name(pt, forms=["full", "full_mi"]), m=g.nm_money())
        opts = [
            lambda: d.f("I was a minor on the date of service ({ds}) and my parent {par} was the responsible party. ",
                        ds=h.date(g.near(today, -900, -400), styles=g.FORM_DATES), par=h.name(g.person(), "full")),
            lambda: d.f("My Medicaid number at the time was {md} and the hospital never billed it. ", md=L("health_plan", g.medicaid())),
            lambda: d.f("The last four digits you have for my SSN are wrong; my full SSN is {ssn}. ", ssn=L("ssn", g.ssn()[0])),
            lambda: d.f("This already went through the financial assistance program in {y}. ", y=g.ri(2018, 2023)),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("\n\nSend validation to {a}.\n\n{n}", a=h.address(), n=h.name(pt, forms=["full", "full_mi"]))
    else:  # portal billing question, casual
        d.f("hi i got charged twice?? account {a}, ", a=L("account", acct))
        d.f("once on {d1} and again on {d2}, both for {m}. ", d1=h.date(g.near(today, -14, -8), styles=g.CASUAL_DATES),
            d2=h.date(g.near(today, -7, -1), styles=g.CASUAL_DATES), m=g.nm_money())
        opts = [
            lambda: d.f("the bank dispute case is {c}. ", c=h.ident("bank")),
            lambda: d.f("my wife {w} is on the same plan (id {hp}) and her bill is fine. ",
                        w=h.name(g.person(sex="F"), forms=["lower_first", "first"]), hp=L("health_plan", g.member_id())),
            lambda: d.f("the receipt says terminal 4, page 1 of 2, nothing else useful. "),
            lambda: d.f("u can email {em}. ", em=h.email(pt)),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("- {n}", n=h.name(pt, forms=["lower", "lower_first", "full"]))
    return d


# ---------------------------------------------------------------------------
def excuse_letter(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    doc = g.person()
    v = g.variant(4)
    seen = g.near(today, -3, 0)
    ret = g.near(today, 1, 14)
    cl = g.ch(P.CLINICS)
    d.f("{cl}\n{ca}\nTel {ph}  Fax {fx}\n\n{dd}\n\n", cl=cl, ca=h.address(), ph=h.phone(), fx=h.fax(),
        dd=h.date(today, styles=["month_d_y", "mdy", "d_month_y", "mon_d_y"]))
    if v == 0:  # school
        sdob, sage = g.dob(5, 17, today)
        d.f("To: School Nurse, {sch}\nRE: {n}, DOB {dob}, Student ID {sid}\n\n",
            sch=g.ch(P.SCHOOLS), n=h.name(pt, forms=["full", "full_mi"]), dob=h.date(sdob, styles=g.FORM_DATES),
            sid=h.ident("student"))
        d.f("{f} was seen in our office on {ds} and may return to school on {dr}. ",
            f=h.name(pt, "first"), ds=h.date(seen, styles=["mdy", "month_d_y", "month_d"]),
            dr=h.date(ret, styles=["mdy", "month_d_y", "month_dth", "dth_of_month"]))
        opts = [
            lambda: d.f("No PE or recess for 2 weeks. May use the elevator. "),
            lambda: d.f("{he} may carry an albuterol inhaler (90 mcg, 2 puffs q4h prn). ", he=pt.he.capitalize()),
            lambda: d.f("Please call {ph} with questions; {par} (parent) can also be reached at {ph2}. ",
                        ph=h.phone(), par=h.name(g.person(last=pt.last), forms=["full", "init_last"]), ph2=h.phone()),
            lambda: d.f("{he} is {a} and in grade {gr}. ", he=pt.he.capitalize(), a=sage, gr=max(1, sage - 5)),
        ]
    elif v == 1:  # work
        d.f("To Whom It May Concern ({emp}):\n\n", emp=g.ch(P.EMPLOYERS))
        d.f("{n} (employee ID {eid}) was under my care from {d1} through {d2}. ",
            n=h.name(pt, forms=["full", "full_mi", "init_last"]), eid=h.ident("employee"),
            d1=h.date(g.near(seen, -5, -1), styles=g.FORM_DATES), d2=h.date(ret, styles=g.FORM_DATES))
        opts = [
            lambda: d.f("Light duty is advised: no lifting over 10 lbs, no ladder work. "),
            lambda: d.f("{he} may return to full duty on {dr} without restrictions. ", he=pt.he.capitalize(),
                        dr=h.date(g.near(ret, 7, 21), styles=["month_d_y", "mdy", "dth_of_month_y"])),
            lambda: d.f("Diagnosis is withheld for privacy; it is not work related. "),
            lambda: d.f("HR may verify this note by fax at {fx}. ", fx=h.fax()),
        ]
    elif v == 2:  # jury duty excuse
        age = g.old_age() if g.p(0.6) else g.ri(60, 85)
        d.f("Clerk of the Court, Jury Administration\nRE: Juror {n}, Juror No. {j}\n\n",
            n=h.name(pt, forms=["full", "LAST_FIRST_MI"]), j=h.ident("juror"))
        if age > 89:
            d.f("My patient is a {a} with {dx} and cannot sit for prolonged periods. ",
                a=L("age", g.age_str(age, g.ch(["yo_dash", "words_yo", "y/o"]))), dx=g.ch(["COPD", "advanced arthritis", P.EPONYMS[0]]))
        else:
            d.f("My patient is {a} years old with {dx} and cannot sit for prolonged periods. ", a=age, dx=g.ch(["COPD", "advanced arthritis"]))
        opts = [
            lambda: d.f("Please excuse {him} from service on {dj}. ", him=pt.him, dj=h.date(g.near(today, 10, 50), styles=["month_d_y", "mdy"])),
            lambda: d.f("{he} lives alone at {a}. ", he=pt.he.capitalize(), a=h.address()),
            lambda: d.f("{he} uses oxygen 2 L/min continuously. ", he=pt.he.capitalize()),
            lambda: d.f("This is a permanent condition since {y}. ", y=g.ri(2010, 2022)),
        ]
    else:  # sports clearance
        sdob, sage = g.dob(12, 22, today)
        d.f("ATHLETIC CLEARANCE\nAthlete: {n}   DOB: {dob}   School/Team: {sch}\n\n",
            n=h.name(pt, forms=["full", "last_first"]), dob=h.date(sdob, styles=g.FORM_DATES), sch=g.ch(P.SCHOOLS))
        opts = [
            lambda: d.f("Cleared for full participation as of {dc}. ", dc=h.date(ret, styles=["mdy", "mon_d_y"])),
            lambda: d.f("Concussion on {dc}; completed return-to-play protocol. ", dc=h.date(g.near(today, -30, -10), styles=["mdy", "mon_dth"])),
            lambda: d.f("Exam today: {v1}, {v2}, vision 20/20. ", v1=g.nm_vitals(), v2=g.nm_vitals()),
            lambda: d.f("Emergency contact: {n} {ph}. ", n=h.name(g.person(), forms=["full", "first_l"]), ph=h.phone()),
        ]
    for o in g.shuffle(opts)[:g.ri(2, 4)]:
        o()
    d.f("\n\nSincerely,\n\n{dn}{cr}\n{lic}",
        dn=h.name(doc, forms=["full", "full_mi", "init_last"]), cr=g.ch([", MD", ", DO", ", FNP-C", ", PA-C"]),
        lic=g.ch([lambda: d.f("NPI {x}", x=L("license", g.npi())), lambda: d.f("Lic. # {x}", x=L("license", g.medlic())),
                  lambda: d.t("(electronically signed)")]))
    return d


# ---------------------------------------------------------------------------
def fmla_disability(g):
    d, h = Doc(), H(g)
    today = g.today()
    emp = g.person()
    doc = g.person()
    v = g.variant(5)
    start = g.near(today, -30, -1)
    end = g.near(start, 14, 120)
    icd, dx = g.ch(P.ICD10)
    if v == 4:
        return _fmla_email(g, d, h, today, emp, doc, start)
    if v in (0, 1):
        fam = None
        if v == 1:
            fam = g.person()
        d.t(g.ch(["CERTIFICATION OF HEALTH CARE PROVIDER\n", "FMLA CERTIFICATION - HEALTH CARE PROVIDER\n"]) +
            ("(Family Member's Serious Health Condition)\n" if v == 1 else "(Employee's Serious Health Condition)\n"))
        d.f("SECTION I - EMPLOYER\nEmployer: {e}\nEmployee name: {n}\nEmployee ID: {eid}\n",
            e=g.ch(P.EMPLOYERS), n=h.name(emp, forms=["full", "last_first_mi", "LAST_FIRST"]), eid=h.ident("employee"))
        if g.p(0.5):
            d.f("SSN: {s}\n", s=L("ssn", g.ssn()[0]))
        d.t("\nSECTION II - EMPLOYEE\n")
        if fam is not None:
            fage = g.old_age() if g.p(0.5) else g.ri(3, 85)
            d.f("Name of family member: {n}\nRelationship: {r}\n", n=h.name(fam, forms=["full", "full_mi"]),
                r=g.ch(["parent", "spouse", "child"]))
            if fage > 89:
                d.f("Family member's age: {a}\n", a=L("age", str(fage)))
            else:
                d.f("Family member's age: {a}\n", a=fage)
            d.f("Family member's DOB: {dob}\n", dob=h.date(g.near(today, -365 * fage - 300, -365 * fage - 5), styles=g.FORM_DATES))
        if g.p(0.5):
            d.f("Home address: {a}\n", a=h.address())
        else:
            h.street_fields(d, "Home address:")
        d.f("Phone: {ph}\n", ph=h.phone())
        d.f("\nSECTION III - HEALTH CARE PROVIDER\nProvider: {dn}\nType of practice: {sp}\nAddress: {ca}\nTelephone: {ph}  Fax: {fx}\n",
            dn=h.name(doc, forms=["full", "full_mi", "LAST_FIRST"]),
            sp=g.ch(["Family Medicine", "Oncology", "Orthopedics", "Psychiatry", "OB/GYN"]), ca=h.address(),
            ph=h.phone(), fx=h.fax())
        items = [
            lambda: d.f("Approximate date condition commenced: {dc}\n", dc=h.date(start, styles=g.FORM_DATES)),
            lambda: d.f("Probable duration: through {de}\n", de=h.date(end, styles=g.FORM_DATES)),
            lambda: d.f("Inpatient admission: {da} to {dd}\n", da=h.date(g.near(start, 0, 3), styles=g.FORM_DATES),
                        dd=h.date(g.near(start, 4, 8), styles=g.FORM_DATES)),
            lambda: d.f("Frequency of flare-ups: {n} times per month, 1-2 days per episode\n", n=g.ri(1, 4)),
            lambda: d.f("Diagnosis: {dx} ({icd}); treatment {dose}\n", dx=dx, icd=icd, dose=g.nm_dose()),
            lambda: d.f("Follow-up visits every {n} weeks; next on {dn}\n", n=g.ri(2, 6),
                        dn=h.date(g.near(today, 7, 40), styles=["month_d", "mdy", "mon_dth"])),
        ]
        for o in g.shuffle(items)[:g.ri(3, 6)]:
            o()
        d.f("\nSignature of provider: {s}   Date: {ds}\nLicense #: {lic}",
            s=h.name(doc, forms=["initials", "init_last", "full"]), ds=h.date(today, styles=g.FORM_DATES),
            lic=L("license", g.medlic()))
    elif v == 2:  # short-term disability claim
        d.f("SHORT-TERM DISABILITY CLAIM - ATTENDING PHYSICIAN STATEMENT\nClaim number: {c}\nPolicy number: {pol}\n",
            c=h.ident("claim"), pol=L("health_plan", g.member_id()))
        rows = [
            lambda: d.f("Claimant: {n}\n", n=h.name(emp, forms=["LAST_FIRST_MI", "full", "last_first"])),
            lambda: d.f("Social Security No.: {s}\n", s=L("ssn", g.ssn()[0])),
            lambda: d.f("Date of birth: {dob}\n", dob=h.date(g.dob(22, 66, today)[0], styles=g.FORM_DATES)),
            lambda: d.f("Last day worked: {lw}\n", lw=h.date(start, styles=g.FORM_DATES)),
            lambda: d.f("Expected return: {rt}\n", rt=h.date(end, styles=g.FORM_DATES)),
        ]
        for o in rows[:1] + g.shuffle(rows[1:]):
            o()
        d.f("Diagnosis: {dx}, ICD-10 {icd}. Restrictions: no standing > 20 min; lifting < 15 lb.\n", dx=dx, icd=icd)
        d.f("Physician: {dn}, {cr}  NPI: {npi}\nPhone {ph}\n", dn=h.name(doc, forms=["full", "full_mi"]),
            cr=g.ch(["MD", "DO"]), npi=L("license", g.npi()), ph=h.phone())
        d.f("Return completed form to {em} or fax {fx}.", em=L("email", g.ch(["claims@example.com", "std.intake@example.net", "disability@example.org"])), fx=h.fax())
    else:  # return-to-work / caregiver letter with bio signature
        d.f("RETURN TO WORK AUTHORIZATION\nEmployee: {n}  ({eid})\nSupervisor: {sup}\n",
            n=h.name(emp, forms=["full", "last_first"]), eid=h.ident("employee"),
            sup=h.name(g.person(), forms=["full", "first_l"]))
        d.f("Out of work {d1} - {d2}. Cleared to return {d3} with no restrictions.\n",
            d1=h.date(start, styles=g.FORM_DATES), d2=h.date(end, styles=g.FORM_DATES),
            d3=h.date(g.near(end, 1, 3), styles=g.FORM_DATES))
        opts = [
            lambda: d.f("Employee signed on the HR kiosk signature pad, capture ID {b}.\n", b=L("biometric", g.bio("signature"))),
            lambda: d.f("Badge re-enrolled at the fingerprint time clock (template {b}).\n", b=L("biometric", g.bio("fingerprint"))),
            lambda: d.f("Questions: occupational health at {ph}.\n", ph=h.phone()),
            lambda: d.f("Reviewed by {dn}, {cr}.\n", dn=h.name(doc, forms=["full", "init_last"]), cr=g.ch(["MD", "NP", "PA-C"])),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
    return d


# ---------------------------------------------------------------------------
# extra skeletons
def _answering_service(g, d, h, today, rn, caller, pt):
    oncall = g.person()
    self_call = g.p(0.4)
    times = g.times(2)
    d.f("ANSWERING SERVICE MESSAGE   {dd} {tm}   Operator: {op}\nFor: Dr. {doc} (on call)\n",
        dd=h.date(today, styles=["mdy", "mdy_short", "DD_MON_YYYY"]), tm=times[0],
        op=h.name(g.person(), forms=["initials", "first"]), doc=h.name(oncall, forms=["last", "full"]))
    if self_call:
        d.f("Caller: {c} (self)\n", c=h.name(pt, forms=["full", "UPPER", "last_first"]))
    else:
        d.f("Caller: {c}   Relationship: {rel}\nPatient: {p}\n", c=h.name(caller, forms=["full", "first_l"]),
            rel=g.ch(["daughter", "son", "spouse", "neighbor", "group home staff"]), p=h.name(pt, forms=["full", "UPPER", "last_first"]))
    old = g.p(0.3)
    if old:
        age = g.old_age()
        d.f("DOB: {dob}  Age: {a}\n", dob=h.date(g.near(today, -365 * age - 300, -365 * age - 5), styles=g.FORM_DATES),
            a=L("age", str(age)))
    else:
        pdob, age = g.dob(1, 89, today)
        d.f("DOB: {dob}  Age: {a}\n", dob=h.date(pdob, styles=g.FORM_DATES), a=age)
    d.f("Callback: {ph}", ph=h.phone(styles=["dash", "paren", "plain10"]))
    if g.p(0.5):
        d.f("  alt {ph}", ph=h.phone(styles=["seven", "dash"]))
    d.t("\n")
    d.f("Message: \"{m} {v}. {extra}\"\n", m=g.ch(["vomiting since lunch, can't keep fluids down,",
                                              "fever and chills, took tylenol 650 mg at 6,",
                                              "ran out of blood pressure pills, feels dizzy,"]),
        v=g.nm_vitals(), extra=g.ch(["Wants a call tonight", "Asking if ER is needed", "Very worried"]))
    opts = [
        lambda: d.f("Pharmacy: {pn}, {pa}\n", pn=g.ch(P.PHARMACIES), pa=h.street(unit=False, po=False)),
        lambda: d.f("Pt is staying at {a} this week.\n", a=h.address()),
        lambda: d.f("Chart #: {m}\n", m=L("mrn", g.mrn())),
    ]
    for o in g.shuffle(opts)[:g.ri(1, 3)]:
        o()
    d.f("{tm} returned by {n}: advised ED eval, caller agreed.", tm=times[1], n=h.name(oncall, forms=["init_last", "initials"]))
    return d


def _scheduling_call(g, d, h, today, RN, C, caller, pt):
    kid = g.person(last=caller.last)
    kdob, kage = g.dob(1, 16, today)
    rel = "son" if kid.sex == "M" else "daughter"
    C("Yeah hi, I need to make an appointment for my {rel} {k}, {he}'s {a}.", rel=rel,
      k=h.name(kid, forms=["first", "full"]), he=kid.he, a=kage)
    RN("Sure. Can I get {his} date of birth?", his=kid.his)
    C("{dob}.", dob=h.date(kdob, style=g.ch(["spoken", "mdy_nopad"])))
    RN("And your name?")
    C("{c}, I'm {his} {role}.", c=h.name(caller, forms=["full", "first"]), his=kid.his,
      role="mom" if caller.sex == "F" else "dad")
    RN("And the member ID on the insurance card?")
    C("It's {hp}.", hp=L("health_plan", g.spoken_alnum(g.member_id().replace("-", "").replace(" ", ""))))
    d1, d2 = g.near(today, 2, 10), g.near(today, 11, 20)
    RN("I have Dr. {doc} on {a} at {t1}, or {b} in the afternoon.", doc=h.name(g.person(), "last"),
       a=h.date(d1, style=g.ch(["spoken_md", "month_dth"])), t1=g.nm_time(), b=h.date(d2, style=g.ch(["spoken_md", "month_d"])))
    C("The {x} works.", x=h.date(d1, style="spoken_the"))
    RN("Great, you're booked. Confirmation number is {cc}. Is the address still {a}?",
       cc=L("id", g.spoken_alnum(g.ident("conf"))), a=h.address())
    C(g.ch(["Yes.", "Yep, same place."]))
    RN("And a good number for reminders?")
    C("{ph}, that's my cell.", ph=L("phone", g.spoken_phone()))
    return d


def _fax_other(g, d, h, v, today, pt, pdob, page, refdoc, staff, cl_from, cl_to, npages, sep, OL):
    if v == 3:  # appointment confirmation faxed back to the referring office
        appt = g.near(today, 3, 30)
        spec = g.person()
        d.f("\n{cl}\nAPPOINTMENT  CONFIRMATION\nTo: {rd}  {fl} {fx}\n\n", cl=cl_to,
            rd=h.name(refdoc, forms=["full", "init_last", "LAST_FIRST"]), fl=OL("fx"), fx=h.fax(styles=["paren", "ocr", "dash"]))
        d.f("{l} {n}{s}{l2} {dob}\n", l=OL("pt"), n=h.name(pt, forms=["LAST_FIRST", "LAST_FIRST_MI", "full"]), s=sep,
            l2=OL("dob"), dob=h.date(pdob, styles=g.FORM_DATES + ["ocr_space"]))
        d.f("has been scheduled with Dr. {sp} on {ad} at {tm}.\n", sp=h.name(spec, forms=["last", "full"]),
            ad=h.date(appt, styles=["mdy", "month_d_y", "mon_d_y", "DD_MON_YYYY"]), tm=g.nm_time())
        opts = [
            lambda: d.f("Location: {a}, {fl}\n", a=h.address(), fl=g.ch(["2nd floor", "Suite B", "rear entrance"])),
            lambda: d.f("Please have pt bring insurance card ({l} {hp}) and arrive 15 min early.\n", l=OL("ins"),
                        hp=L("health_plan", g.member_id())),
            lambda: d.f("Pt notified by phone at {ph} on {dn}.\n", ph=h.phone(), dn=h.date(today, styles=["mdy_short", "md"])),
            lambda: d.f("Prior auth # {pa} on file.\n", pa=h.ident("pa")),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("Questions: {n} {ph}", n=h.name(staff, forms=["first", "first_l"]), ph=h.phone())
    elif v == 4:  # home health order
        d.f("\nHOME  HEALTH  ORDER  /  PLAN OF CARE   (page 1 of {np})\n", np=npages)
        d.f("{l} {n}{s}{l2} {dob}{s}{l3} {hp}\n", l=OL("pt"), n=h.name(pt, forms=["LAST_FIRST_MI", "LAST_FIRST_nc"]), s=sep,
            l2=OL("dob"), dob=h.date(pdob, styles=g.FORM_DATES), l3=OL("ins"), hp=L("health_plan", g.medicaid()))
        h.street_fields(d, OL("addr"), sep=g.ch(["\n", sep]), upper=g.p(0.5))
        d.t("\n")
        d.f("SOC date: {soc}{s}Cert period: {c1} - {c2}\n", soc=h.date(today, styles=g.FORM_DATES), s=sep,
            c1=h.date(today, styles=["mdy", "mdy_short"]), c2=h.date(g.near(today, 59, 59), styles=["mdy", "mdy_short"]))
        d.f("Orders: SN 2w4, PT 1w4. Wound care L heel, {v}. {dose}\n", v=g.nm_vitals(), dose=g.nm_dose())
        d.f("Caregiver: {cg} ({rel}) {ph}\n", cg=h.name(g.person(), forms=["full", "first"]),
            rel=g.ch(["dtr", "son", "wife", "husband", "niece"]), ph=h.phone(styles=["ocr", "dash", "plain10"]))
        d.f("Physician: {n} {l} {npi}{s}Signed {dd}", n=h.name(refdoc, forms=["LAST_FIRST", "full"]), l=OL("npi"),
            npi=L("license", g.npi()), s=sep, dd=h.date(g.near(today, 0, 3), styles=g.FORM_DATES))
    else:  # registration face sheet
        g_ = g.person(last=pt.last if g.p(0.5) else None)
        d.f("\nPATIENT  FACE  SHEET\n{l} {n}{s}{l2} {dob}{s}Age {a}\n", l=OL("pt"), n=h.name(pt, forms=["LAST_FIRST_MI", "LAST_FIRST_nospace"]),
            s=sep, l2=OL("dob"), dob=h.date(pdob, styles=g.FORM_DATES + ["ocr_space"]), a=page)
        d.f("{l} {m}{s}Acct {ac}\n", l=OL("mrn"), m=L("mrn", g.mrn()), s=sep, ac=L("account", g.account()))
        rows = [
            lambda: d.f("Home: {a}\n", a=h.address(upper=True)),
            lambda: d.f("{l} {ph}\n", l=OL("ph"), ph=h.phone(styles=["ocr", "paren", "plain10"])),
            lambda: d.f("Guarantor: {gn}{s}Emp: {e}\n", gn=h.name(g_, forms=["LAST_FIRST", "full"]), s=sep, e=g.ch(P.EMPLOYERS)),
            lambda: d.f("Emerg contact: {en}{s}{ph}\n", en=h.name(g.person(), forms=["LAST_FIRST", "full", "first"]), s=sep, ph=h.phone()),
            lambda: d.f("{l} {ss}\n", l=OL("ssn"), ss=L("ssn", g.ssn()[0])),
            lambda: d.f("Primary ins: {p}{s}{l} {hp}\n", p=g.ch(P.PAYERS), s=sep, l=OL("ins"), hp=L("health_plan", g.member_id())),
        ]
        for r in g.shuffle(rows)[:g.ri(4, 6)]:
            r()
        d.f("Adm {ad}  Rm {rm}  Attending {at}", ad=h.date(today, styles=["mdy", "mdy_short"]), rm=g.ri(200, 899),
            at=h.name(refdoc, forms=["LAST_FIRST", "init_last"]))
    return d


def _appeal_other(g, d, h, v, today, pt, pdob, payer, dos, cpt, cdesc):
    if v == 4:  # decision letter from the payer
        rev = g.person()
        d.f("{payer}\n{pa}\n\n{dd}\n\n{n}\n{a}\n\n", payer=payer, pa=L("address", f"{g.street(unit=False)}, {g.cityline()}"),
            dd=h.date(today, styles=["month_d_y", "mdy"]), n=h.name(pt, forms=["UPPER", "full"]), a=h.address(upper=g.p(0.5)))
        title = g.ch(["Mr. " if pt.sex == "M" else "Ms. ", ""])
        d.f("Member ID: {hp}\nAppeal case: {c}\n\nDear {t}{sal}:\n\n", hp=L("health_plan", g.member_id()), c=h.ident("appeal"),
            t=title, sal=h.name(pt, "last" if title else "full"))
        d.f("We have completed our review of the appeal we received on {dr} for {cd} on {ds}. ",
            dr=h.date(g.near(today, -40, -20), styles=["month_d_y", "mdy"]), cd=cdesc, ds=h.date(dos, styles=["month_d_y", "mdy"]))
        d.t(g.ch(["Decision: the original denial is overturned and the claim will be reprocessed. ",
                  "Decision: the denial is upheld. The plan's criteria (policy MP-114) were not met. "]))
        opts = [
            lambda: d.f("The review was done by {r}, MD, board certified in internal medicine. ", r=h.name(rev, forms=["full", "init_last"])),
            lambda: d.f("Your representative, {rp}, was sent a copy. ", rp=h.name(g.person(), forms=["full", "full_mi"])),
            lambda: d.f("Claim {c} will pay {m} within 30 days. ", c=h.ident("claim"), m=g.nm_money()),
            lambda: d.f("You may request an external review within 4 months of this letter. "),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("\n\nMember Services: {ph} (TTY 711), 8 am-8 pm.", ph=h.phone())
    else:  # external review request form
        d.f("REQUEST FOR EXTERNAL REVIEW\n\n1. Covered person: {n}\n2. Date of birth: {dob}\n", n=h.name(pt, forms=["full", "LAST_FIRST_MI"]),
            dob=h.date(pdob, styles=g.FORM_DATES))
        rows = [
            lambda: d.f("Mailing address: {a}\n", a=h.address()),
            lambda: d.f("Phone: {ph}   E-mail: {em}\n", ph=h.phone(), em=h.email(pt)),
            lambda: d.f("Health plan: {p}   ID #: {hp}\n", p=payer, hp=L("health_plan", g.member_id())),
            lambda: d.f("Claim/reference number: {c}\n", c=h.ident("claim")),
            lambda: d.f("Date of final denial: {dd}\n", dd=h.date(g.near(today, -30, -5), styles=g.FORM_DATES)),
        ]
        for r in g.shuffle(rows):
            r()
        rep = g.person()
        d.f("Authorized representative: {r}   Phone {ph}\n", r=h.name(rep, forms=["full", "full_mi"]), ph=h.phone())
        d.f("Service denied: {cd} (CPT {cpt}) on {ds}\nExpedited? [ ] yes [X] no\nSignature: {s}   Date: {dd}",
            cd=cdesc, cpt=cpt, ds=h.date(dos, styles=g.FORM_DATES), s=h.name(pt, forms=["full", "initials"]),
            dd=h.date(today, styles=g.FORM_DATES))
    return d


def _fmla_email(g, d, h, today, emp, doc, start):
    hr = g.person()
    fam = g.person()
    rel = g.ch(["mom", "dad", "husband", "wife"])
    fam = g.person(sex="F" if rel in ("mom", "wife") else "M")
    d.f("From: {e}\nTo: {hr_em}\nSubject: leave for my {rel}\n\n", e=h.email(emp), hr_em=h.email(hr), rel=rel)
    d.f(g.ch(["hi {h},\n\n", "Hello {h} - ", "{h} -\n"]), h=h.name(hr, forms=["first", "lower_first"]))
    d.f("just wanted to give you a heads up that my {rel} {f} is having surgery on {ds} and I'll need "
        "intermittent leave after that, maybe {n} days a week. ", rel=rel,
        f=h.name(fam, forms=["first", "full", "lower_first"]), ds=h.date(g.near(start, 5, 20), styles=g.CASUAL_DATES),
        n=g.ch(["2-3", "1-2", "two"]))
    opts = [
        lambda: (lambda age: d.f("{he} is {a} so I'm the only one who can drive {him}. ", he=fam.he, him=fam.him,
                                 a=L("age", g.age_str(age, g.ch(["num", "years_old"]))) if age > 89 else age))(
            g.old_age() if g.p(0.5) else g.ri(60, 89)),
        lambda: d.f("Dr. {dn}'s office said they'll fax the form to {fx} by {db}. ", dn=h.name(doc, forms=["last", "full"]),
                    fx=h.fax(), db=h.date(g.near(today, 3, 12), styles=g.CASUAL_DATES)),
        lambda: d.f("my employee # is {eid} if you need it. ", eid=h.ident("employee")),
        lambda: d.f("{he}'s at {a} during recovery. ", he=fam.he.capitalize(), a=h.address()),
    ]
    for o in g.shuffle(opts)[:g.ri(3, 5)]:
        o()
    d.f("\n\nthanks,\n{n}\ncell {ph}", n=h.name(emp, forms=["first", "full", "lower_first"]), ph=h.phone())
    return d
