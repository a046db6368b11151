"""Style 1: voicemail transcripts (speech-to-text)."""
from .gen import MONTHS, num_words, ordinal_words, year_words, digits_spoken
from .kit import misspell, pick

FILLERS = ["um", "uh", "uh", "um", "you know", "so", "like", "[inaudible]", "okay so", "yeah",
           "hmm", "[background noise]", "sorry", "uh huh"]


def filler(g):
    return g.ch(FILLERS) if g.chance(0.6) else ""


def sp(g, *words):
    """join utterance pieces with spaces, sprinkling fillers"""
    out = []
    for w in words:
        if w:
            out.append(w)
        if g.chance(0.15):
            out.append(g.ch(FILLERS))
    return " ".join(out)


def spoken_phone(g, digits):
    r = g.randint(0, 6)
    a, b, c = digits[:3], digits[3:6], digits[6:]
    if r == 0:
        return digits_spoken(digits, g.rng)
    if r == 1:
        z = g.ch(["oh", "zero"])
        return ", ".join(digits_spoken(x, g.rng, zero=z) for x in (a, b, c)).replace(",", "")
    if r == 2:
        return "%s %s %s" % (a, b, c)
    if r == 3:
        z = g.ch(["oh", "zero"])
        c2 = c[:2]
        tail = num_words(int(c[2:])) if c[2] != "0" else digits_spoken(c[2:], g.rng, zero=z)
        return "%s %s %s %s" % (digits_spoken(a, g.rng, zero=z), digits_spoken(b, g.rng, zero=z),
                                digits_spoken(c2, g.rng, zero=z), tail)
    if r == 4:
        return digits
    if r == 5:
        return "%s-%s-%s" % (a, b, c)
    return "%s %s" % (digits_spoken(a, g.rng), "%s %s" % (b, c))


def spoken_date(g, d, with_year):
    return _spoken_date(g, d, with_year).replace("-", " ")


def _spoken_date(g, d, with_year):
    r = g.randint(0, 7)
    mon = MONTHS[d.month - 1].lower()
    if not with_year:
        return g.ch(["%s %s" % (mon, ordinal_words(d.day)), "the %s of %s" % (ordinal_words(d.day), mon),
                     "%s %d" % (mon, d.day), "%s %d%s" % (mon, d.day, "th" if d.day > 3 else ["", "st", "nd", "rd"][d.day])])
    if r <= 2:
        return "%s %s %s" % (mon, ordinal_words(d.day), year_words(d.year, g.rng))
    if r == 3:
        return "%s %s %s" % (num_words(d.month), num_words(d.day), num_words(d.year % 100) if d.year % 100 >= 10 else "oh " + num_words(d.year % 100))
    if r == 4:
        return digits_spoken("%02d%02d%04d" % (d.month, d.day, d.year), g.rng)
    if r == 5:
        return "%d %d %d" % (d.month, d.day, d.year)
    if r == 6:
        return "%s %d %d" % (mon, d.day, d.year)
    return "%s %s %s" % (num_words(d.month), num_words(d.day), year_words(d.year, g.rng))


def spoken_name(g, p, form):
    base = p.name(form)
    if g.chance(0.55):
        parts = base.split(" ")
        parts = [misspell(g, x) if g.chance(0.6) else x.lower() for x in parts]
        return " ".join(x for x in parts if x)
    return base.lower()


def build(g, d, layout):
    rng = g.rng
    pt = g.person(age=(20, 97) if g.chance(0.8) else (90, 101))
    doc = g.clinician("md")
    fam = g.person(sex=g.ch("FM"), age=(30, 70), same_last=pt.last if g.chance(0.5) else None)
    recv = g.days_ago(0, 20)
    caller_digits = g.phone_digits(mobile=True)
    facility = g.facility()
    med, dose = g.med()

    # ---------- header
    if layout == 0:
        d.add(pick(g, ["Voicemail from ", "New voicemail from ", "VM from "], False),
              ("phone", g.fmt_phone(caller_digits)), g.ch([" · ", " - ", " | ", "  "]),
              g.ch(["Received ", "Rec'd ", "", "Left "]), ("date", g.date(recv, g.ch(["m/d/Y", "dowabbr", "mdY", "abbr", "m/d/y"]))),
              " ", g.time("12"), g.ch([" · Duration 0:%02d" % g.randint(12, 59), " (0:%02d)" % g.randint(12, 59), "", " - 1 min %d sec" % g.randint(1, 59)]), "\n")
        d.add(g.ch(["Transcription (confidence: low):\n", "Transcript:\n", "--- transcription ---\n", "Transcription beta:\n"]))
    elif layout == 1:
        n = g.randint(1, 9)
        d.add(g.ch(["Message %d of %d. " % (n, n + g.randint(0, 5)), "MSG %d " % n, "message number %d " % n]),
              g.ch(["Nurse line mailbox ", "Triage VM box %d " % g.randint(2, 9), "Clinic main line ", ""]),
              g.ch(["received ", "rcvd ", "on "]), ("date", g.date(recv)), " at ", g.time("12s"), "\n")
    elif layout == 2:
        d.add(g.ch(["Referral line voicemail", "REFERRALS VM", "Fax/referral coordinator mailbox", "Scheduling VM"]),
              " -- ", ("date", g.date(recv, g.ch(["mdY", "iso", "m/d/y"]))), " ", g.time("24"), "\n",
              g.ch(["Caller ID: ", "From: ", "CID "]), ("phone", g.fmt_phone(g.phone_digits())), "\n\n")
    elif layout == 3:
        d.add("From: ", g.ch(["WIRELESS CALLER", "UNKNOWN", "Mobile", "CELL PHONE", "PRIVATE CALLER"]),
              " <", ("phone", g.fmt_phone(caller_digits, form=3)), ">\n",
              "Subject: ", g.ch(["New voice message", "Voice Message", "You have a new voicemail"]), " (0:%02d)\n" % g.randint(15, 59),
              "Date: ", ("date", g.date(recv, g.ch(["dow", "dowabbr", "long"]))), " ", g.time("12"), "\n\n",
              g.ch(["Voice message transcript (preview):", "Transcription:", "Here's what they said:"]), "\n")
    else:
        d.add(g.ch(["ANSWERING SERVICE MESSAGE", "After Hours Msg", "AFTER-HOURS CALL / OPERATOR"]), "\n",
              g.ch(["Acct: ", "Client: ", "For: "]), facility, "\n",
              g.ch(["Taken ", "Time of call: ", "Rec "]), ("date", g.date(recv, "m/d/y")), " ", g.time("24c"),
              g.ch([" by op ", " / operator ", " - "]), ("name", g.person().name(g.ch(["ini", "fL", "f"]))), "\n",
              g.ch(["Callback: ", "CB#: ", "Call back "]), ("phone", g.fmt_phone(caller_digits)), "\n",
              "Msg (verbatim): ")

    # ---------- body: the utterances
    calling_for_self = layout in (0, 3) or (layout == 1 and g.chance(0.4))
    parts = []
    greet = g.ch(["hi", "hey", "hello", "yes hi", "good morning", "hi there", "hello this message is for"])
    if layout == 2:
        other = g.clinician("rn")
        other_doc = g.clinician("md")
        d.add(sp(g, greet, "this is"), " ", ("name", spoken_name(g, other, g.ch(["f", "fl"]))), " ",
              sp(g, "calling from", g.ch(["doctor", "dr", "doctor"])), " ", ("name", spoken_name(g, other_doc, "l")), " ",
              sp(g, g.ch(["'s office", "s office", "office"]), "we're faxing over a referral for a patient"), " ",
              ("name", spoken_name(g, pt, g.ch(["fl", "fl", "lower"]))), " ",
              sp(g, "date of birth"), " ", ("date", spoken_date(g, pt.dob, True)), " ")
        fax_digits = g.phone_digits()
        d.add(sp(g, "if you could fax the", g.ch(["consult note", "last office note", "records"]), "back to us our fax is"), " ",
              ("fax", spoken_phone(g, fax_digits)), " ")
        d.add(sp(g, "and our", g.ch(["direct line", "phone", "number"]), "is"), " ",
              ("phone", spoken_phone(g, g.phone_digits())), " ")
        if g.chance(0.7):
            d.add(sp(g, "her" if pt.sex == "F" else "his", g.ch(["medical record number", "chart number", "mrn"]), "on our end is"), " ",
                  ("mrn", digits_spoken(g.mrn("#######"), rng) if g.chance(0.5) else g.mrn("#######")), " ")
        d.add(sp(g, "the patient's", g.ch(["phone", "cell", "home number"]), "is"), " ",
              ("phone", spoken_phone(g, g.phone_digits(mobile=True))), " ")
        d.add(sp(g, "she" if pt.sex == "F" else "he", "lives out in"), " ", ("address", pt.addr.town.lower()), " ")
        d.add(sp(g, "ask for"), " ", ("name", spoken_name(g, other, "f")), " ", sp(g, g.ch(["thanks", "thank you bye", "thanks so much have a good day"])))
    else:
        if calling_for_self:
            d.add(sp(g, greet, g.ch(["this is", "my name is", "it's", "this is uh"])), " ",
                  ("name", spoken_name(g, pt, g.ch(["fl", "fl", "lower", "f"]))), " ")
            if g.chance(0.5):
                d.add(sp(g, g.ch(["that's", "spelled"])), " ", ("name", " ".join(pt.last.upper().replace("'", ""))), " ")
        else:
            rel = {"F": g.ch(["daughter", "wife", "niece", "granddaughter", "caregiver", "neighbor"]),
                   "M": g.ch(["son", "husband", "nephew", "grandson", "caregiver", "neighbor"])}[fam.sex]
            if rel in ("wife", "husband"):
                fam.last = pt.last
            d.add(sp(g, greet, "this is"), " ", ("name", spoken_name(g, fam, g.ch(["fl", "f", "lower"]))), " ",
                  sp(g, "i'm the", rel, "of"), " ", ("name", spoken_name(g, pt, g.ch(["fl", "lower"]))), " ")
            age = pt.age_on(recv)
            if age > 89:
                aw = num_words(age).replace("-", " ") if g.chance(0.6) else str(age)
                d.add(sp(g, g.ch(["she's", "mom is", "she is"]) if pt.sex == "F" else g.ch(["he's", "dad is", "he is"])), " ", ("age", aw), " ",
                      sp(g, g.ch(["years old", "now", "so", "and very frail"])), " ")
            else:
                d.add(sp(g, "who is", num_words(age).replace("-", " "), g.ch(["years old", ""])), " ")
        d.add(sp(g, g.ch(["date of birth", "birthday is", "dob", "born"])), " ", ("date", spoken_date(g, pt.dob, True)), " ")
        reason = g.randint(0, 3)
        if reason == 0:
            rxn = "%07d" % g.randint(1000000, 9999999)
            d.add(sp(g, "calling about a refill on", med, g.ch(["the", ""]), dose.split(" ")[0], g.ch(["milligram", "milligrams", "mg"]),
                     "the prescription number is"), " ",
                  ("id", digits_spoken(rxn, rng) if g.chance(0.5) else rxn), " ",
                  sp(g, "it goes to the", g.pharmacy().lower(), "on"), " ",
                  ("address", ("%s %s" % (g.address().number, g.address().street)).lower()), " ")
        elif reason == 1:
            appt = g.days_ahead(1, 30)
            d.add(sp(g, "i have an appointment on"), " ", ("date", spoken_date(g, appt, False)), " ",
                  sp(g, "at", g.ch(["two thirty", "ten fifteen", "nine o'clock", "one forty five", "eleven"]),
                     "with", g.ch(["doctor", "dr"])), " ", ("name", spoken_name(g, doc, "l")), " ",
                  sp(g, "and i need to", g.ch(["reschedule", "cancel", "move it to the afternoon"]), "because my",
                     g.ch(["ride fell through", "grandson has the car", "back is out", "sugar's been high"])), " ")
        elif reason == 2:
            bp = "%d over %d" % (g.randint(150, 196), g.randint(88, 110))
            d.add(sp(g, "my", g.ch(["blood pressure", "bp"]), "was", bp, "this morning and i've been dizzy since",
                     g.ch(["saturday", "the weekend", "tuesday"]), "should i still take the", med), " ",
                  sp(g, g.ch(["doctor", "dr"])), " ", ("name", spoken_name(g, doc, g.ch(["l", "fl"]))), " ",
                  sp(g, "told me to call if it was over one sixty"), " ")
        else:
            d.add(sp(g, "calling to get", "my" if calling_for_self else ("her" if pt.sex == "F" else "his"), "results from the", g.ch(["blood work", "mri", "ct scan", "biopsy"]), "from"), " ",
                  ("date", spoken_date(g, g.days_ago(3, 15), g.chance(0.3))), " ",
                  sp(g, "at", g.ch(["the hospital", "the imaging center", "your lab"])), " ")
        if not calling_for_self and g.chance(0.8):
            d.add(sp(g, "she" if pt.sex == "F" else "he", "is staying with", g.ch(["me", "us", "my brother"]), "in"), " ",
                  ("address", fam.addr.town.lower()), " ", sp(g, "right now"), " ")
        if g.chance(0.5):
            d.add(sp(g, g.ch(["my member id is", "the insurance id is", "medicare number"])), " ",
                  ("health_plan", " ".join(g.mbi(False).lower()) if g.chance(0.4) else g.member_id()), " ")
        cb = caller_digits if g.chance(0.6) else g.phone_digits()
        d.add(sp(g, g.ch(["please call me back at", "you can reach me at", "my number is", "call back", "best number is"])), " ",
              ("phone", spoken_phone(g, cb)), " ")
        if g.chance(0.4):
            other = g.person()
            d.add(sp(g, "or my", g.ch(["son", "brother"]) if other.sex == "M" else g.ch(["daughter", "sister"])), " ",
                  ("name", spoken_name(g, other, "f")), " ", sp(g, "at"), " ",
                  ("phone", spoken_phone(g, g.phone_digits(mobile=True))), " ")
        if g.chance(0.4):
            d.add(sp(g, "or email me at"), " ",
                  ("email", pt.email.lower().replace("@", " at ").replace(".", " dot ") if g.chance(0.5) else pt.email.lower()), " ")
        d.add(sp(g, g.ch(["thank you", "thanks bye", "okay bye bye", "thank you so much", "alright thanks"])))
    d.add("\n")

    # ---------- footer
    if layout == 0:
        if g.chance(0.6):
            d.add(g.ch(["\nReviewed by ", "\nrev: ", "\n-- listened/routed by "]),
                  ("name", g.person().name(g.ch(["ini", "fL", "f.l"]))), g.ch([" RN", ", LPN", " MA", ""]),
                  " ", ("date", g.date(recv, "md")), " ", g.time("24"), "\n")
    elif layout == 1:
        nurse = g.clinician("rn")
        d.add("\n", g.ch(["Routed to: ", "Fwd to ", "Sent to pool: "]))
        if g.chance(0.5):
            d.add("Dr. ", ("name", doc.last))
        else:
            d.add(g.ch(["Triage RN pool", "Refill pool", "Front desk"]))
        d.add("\n", g.ch(["Action: called back, ", "CB done - ", "Returned call, "]),
              g.ch(["LVM", "spoke w/ caller", "no answer", "vm full"]), " ", ("date", g.date(recv, "md")),
              " ", g.time("24c"), " ", g.ch(["-", "--", "/"]), ("name", nurse.name(g.ch(["ini", "ini", "fL"]))), "\n")
    elif layout == 3:
        d.add("\n", g.ch(["To listen to this message, visit ", "Play message: ", "Listen online: "]),
              ("url", "https://%s/vm/%s" % (g.ch(["voice.%s" % g.domain_for(facility), "vmail.%s" % g.domain_for(facility)]),
                                            g.rng.choice(["msg?id=", "play/", "m/"]) + "%x" % g.randint(10 ** 8, 10 ** 9))), "\n",
              g.ch(["Transcription accuracy may vary.", "This transcript was generated automatically and may contain errors.",
                    "Powered by VoiceBox. Do not reply."]), "\n")
    elif layout == 4:
        d.add(g.ch(["Urgency: routine", "URGENT? no", "Priority: Normal"]), "\n",
              g.ch(["Dispatched to on-call: Dr. ", "Paged on-call Dr ", "Sent to on-call provider "]))
        d.add(("name", g.clinician("md").name(g.ch(["l", "fl", "f.l"]))), g.ch([" at ", " @ "]), g.time("24"),
              g.ch([" via pager ", " / callback to "]), ("phone", g.phone()), "\n")


N_LAYOUTS = 5


def region(rng, layout):
    return rng.choice(["US", "US", "US", "CA"])
