"""Style 3: patient-written portal messages."""
from .kit import EMOJI, typo_filter, rel, pron, hon

N_LAYOUTS = 5


def region(rng, layout):
    if layout == 4:
        return rng.choice(["UK", "CA"])
    return rng.choice(["US", "US", "US", "CA"])


def lowname(g, p, form):
    s = p.name(form)
    return s.lower() if g.chance(0.7) else s


def casual_date(g, d):
    return g.date(d, g.ch(["md", "md", "m/d/y", "monthday", "monthdayth", "mdz", "abbr"])).lower() if g.region == "US" \
        else g.date(d, g.ch(["dm", "d/m/y", "dlong", "monthday", "iso"])).lower()


def bits(g, pt, doc, fam, kids, fam_rel):
    med, dose = g.med()
    out = []
    body_part = g.ch(["knee", "back", "stomach", "head", "hip", "chest", "foot", "shoulder", "throat"])
    out.append(["my ", body_part, " has been ", g.ch(["killing me", "really bad", "acting up", "worse", "throbbing"]), " since ",
                g.ch(["sunday", "the weekend", "last week", "tuesday", "yesterday", "friday night"]),
                g.ch([" pain is like 8/10", " like a 7 out of 10", " pain 9/10", " maybe 6/10 today", ""]), " "])
    out.append(["i ran out of my ", med, " ", g.ch([dose.split(" ")[0] + " " + dose.split(" ")[1], "pills", "meds"]),
                " and ", g.pharmacy().lower(), " says they need a new rx from dr ", ("name", lowname(g, doc, "l")), " "])
    out.append([g.ch(["bp was ", "blood pressure this am ", "my bp "]), "%d/%d" % (g.randint(130, 190), g.randint(78, 112)),
                g.ch([" and sugar ", " and my sugar was ", " glucose "]), str(g.randint(160, 340)), " "])
    out.append(["my ", fam_rel, " ", ("name", lowname(g, fam, g.ch(["f", "f", "fl"]))), " ",
                g.ch(["is gonna drive me", "can come with me", "has covid now too", "said i should message you", "is staying with me this week"]), " "])
    appt = g.days_ahead(2, 25)
    out.append(["can i move my appt on ", ("date", casual_date(g, appt)), " to ", g.ch(["the next week", "a friday", "the afternoon"]),
                " or ", ("date", casual_date(g, g.days_ahead(26, 40))), " "])
    out.append([g.ch(["also my new cell is ", "new phone number ", "call me on my cell "]), ("phone", g.phone(mobile=True)),
                g.ch([" the old one got disconnected ", " ", " not the house phone "])])
    out.append([g.ch(["we moved to ", "new address is ", "please update my address "]), ("address", pt.addr.one_line().lower() if g.chance(0.5) else pt.addr.one_line()),
                g.ch([" so send the bill there ", " ", " since last month "])])
    if g.region == "US":
        out.append(["got new insurance ", g.payer().lower(), " member id ", ("health_plan", g.member_id()),
                    g.ch([" group ", " grp# "]), ("health_plan", g.group_no()), " "])
    elif g.region == "CA":
        out.append(["my health card was renewed new # is ", ("health_plan", g.health_card()), " "])
    if g.region == "US":
        out.append(["i got a bill for ", g.ch(["$", "like $"]), str(g.randint(40, 900)), " acct ", ("account", g.account()), " but i already paid at the visit "])
    out.append(["my zip is ", ("zip", pt.addr.postcode), " now not the old one "])
    out.append(["pls send it to the ", g.pharmacy().lower(), " on ", ("address", ("%s %s" % (g.address().number, g.address().street)).lower()), " "])
    out.append(["dob ", ("date", g.date(pt.dob, g.ch(["m/d/y", "mdY", "m/d/Y"]) if g.region == "US" else g.ch(["dmY", "d/m/y", "iso"]))), " incase you need it "])
    out.append([g.ch(["or email me ", "my email is ", "email "]), ("email", pt.email), " "])
    if kids:
        k = kids[0]
        out.append(["also my ", "son " if k.sex == "M" else "daughter ", ("name", k.name("f").lower()), " has ",
                    g.ch(["a fever 101.4", "pink eye", "a rash", "been coughing"]), " can " + pron(k) + " be seen too " + pron(k, "subj") + " is %d " % g.randint(3, 15)])
    return out


def body(g, d, pt, doc, fam, kids, n=None):
    bs = bits(g, pt, doc, fam, kids, fam.rel)
    g.rng.shuffle(bs)
    n = n or g.randint(6, 9)
    d.filter = typo_filter(g, rate=g.ch([0.01, 0.02, 0.04]))
    opener = g.ch(["hi ", "hello ", "hi dr " , "good morning ", "", "hey ", "to whom it may concern "])
    d.add(opener)
    if opener == "hi dr ":
        d.add(("name", lowname(g, doc, "l")), " ")
    for i, b in enumerate(bs[:n]):
        d.add(*b)
        if g.chance(0.3):
            d.add((None, g.ch(EMOJI)), " ")
        d.add(g.ch(["and ", "also ", "", "... ", "!! ", "? ", "and also ", "plus ", "anyway "]) if i < n - 1 else "")
    d.add(g.ch(["thank u", "thanks so much", "thx", "plz call me back", "sorry for the long message", "ty", "god bless"]))
    d.add((None, g.ch(["", " " + g.ch(EMOJI), " " + g.ch(EMOJI) + g.ch(EMOJI), "!!", "!"])))
    d.filter = None


def staff_reply(g, d, pt, nurse, doc):
    med = g.med()[0]
    d.add(g.ch(["Hi ", "Hello ", "Good afternoon "]), ("name", pt.name("f")), ",\n",
          g.ch(["Thank you for your message. ", "Thanks for reaching out. ", "I'm sorry to hear you're not feeling well. "]),
          g.ch(["Dr. ", "Dr "]), ("name", doc.last))
    if g.chance(0.5):
        d.add(" has sent a refill of your ", med, " to your pharmacy. ")
    else:
        d.add(" would like you to be seen - we have an opening on ",
              ("date", g.date(g.days_ahead(1, 6), g.ch(["dow", "abbr", "monthday"]))), " at ", g.time("12", biz=True), ". ")
    r = g.randint(0, 2)
    if r == 0:
        d.add("If your pain is 10/10 or you have chest pain please go to the ER or call 911.")
    elif r == 1:
        d.add("Please let us know if symptoms get worse.")
    else:
        d.add("You can call the office at ", ("phone", g.phone()), ".")
    d.add("\n", g.ch(["Thank you,\n", "Best,\n", "", "Take care,\n"]), ("name", nurse.name(g.ch(["f", "fl", "fL."]))),
          g.ch([", RN", " RN", ", LPN", " (MA)", ", CMA"]), "\n")
    if g.chance(0.5):
        d.add(g.ch(["Care Team for ", "Office of "]), g.ch(["Dr. ", ""]), ("name", doc.name(g.ch(["fl", "l"]))), "\n")


def build(g, d, layout):
    pt = g.person(age=(19, 88))
    doc = g.clinician("md")
    nurse = g.clinician("rn")
    fam = g.person(age=(20, 75), same_last=pt.last if g.chance(0.5) else None)
    fam.rel = rel(g, fam, ["daughter", "son", "husband", "wife", "sister", "brother"])
    kids = [g.person(age=(3, 15), same_last=pt.last)] if g.chance(0.3) else []
    sent = g.days_ago(0, 10)
    mid = str(g.randint(10 ** 7, 10 ** 9))

    if layout == 0:
        d.add(g.ch(["Message ID: ", "Msg #", "MyChart message ", "Portal msg id "]), ("id", mid), g.ch([" | ", "\n", "  "]),
              "From: ", ("name", pt.name(g.ch(["fl", "Lf", "fml"]))), g.ch([" (patient)", "", " [Patient]"]), "\n",
              "To: ", g.ch(["Dr. ", "Dr "]), ("name", doc.last), g.ch(["'s care team", " Clinical Pool", " / nurse line"]), "\n",
              "Sent: ", ("date", g.date(sent, g.ch(["mdY", "m/d/Y", "abbr"]))), " ", g.time("12"), "\n",
              "Subject: ", g.ch(["refill??", "question", "Re: test results", "appt", "need help", "URGENT", "Medication Question"]), "\n")
        if g.chance(0.5):
            d.add(g.ch(["Submitted from IP ", "Client IP: ", "Origin: web / "]), ("ip_address", g.ip()), g.ch(["", " (mobile app)", " (browser)"]), "\n")
        d.add("\n")
        body(g, d, pt, doc, fam, kids)
        d.add("\n")
    elif layout == 1:
        # proxy: elderly parent
        pt = g.person(age=(84, 99))
        age = pt.age_on(sent)
        fam = g.person(age=(50, 72), same_last=pt.last if g.chance(0.5) else None)
        fam.rel = rel(g, fam, ["daughter", "son", "niece", "nephew", "granddaughter", "grandson"])
        d.add(g.ch(["Proxy message sent by ", "Sent by proxy: ", "Message from proxy "]), ("name", fam.name(g.ch(["fl", "Lf"]))),
              " (", fam.rel, ") ",
              g.ch(["on behalf of ", "for ", "re: "]), ("name", pt.name(g.ch(["fl", "LF"]))), "\n",
              g.ch(["Received ", "Date: ", ""]), ("date", g.date(sent)), "\n\n")
        d.filter = typo_filter(g, rate=0.02, lower=g.chance(0.6))
        who = {"daughter": "mom", "son": "mom", "niece": "my aunt", "nephew": "my aunt",
               "granddaughter": "grandma", "grandson": "grandma"}[fam.rel]
        if pt.sex == "M":
            who = {"mom": "dad", "my aunt": "my uncle", "grandma": "grandpa"}[who]
        d.add("hi this is ", ("name", fam.name("f").lower()), " ", who, "'s ", g.ch(["health care proxy", "poa", "caregiver"]), " ")
        if age > 89:
            d.add(who, " is ", ("age", str(age) if g.chance(0.6) else _age_words(age)), " now and ")
        else:
            d.add(who, " is %d now and " % age)
        d.add(g.ch(["fell again last night", "has been more confused since the uti", "isnt eating much", "has a new sore on " + pron(pt, "pos") + " heel"]),
              " ", g.ch(["bp 98/60", "temp 100.9", "o2 was 91%", "sugar 62"]), " ")
        d.add("we are staying at my place in ", ("address", fam.addr.town.lower() if g.chance(0.5) else fam.addr.town), " till ",
              ("date", casual_date(g, g.days_ahead(3, 14))), " ")
        d.add("the aide ", ("name", g.person().name("f").lower()), " comes ", g.ch(["mon wed fri", "every morning", "tues and thurs"]), " ")
        d.add("pls call me ", ("phone", fam.cell), " not ", who, g.ch(["s landline ", "'s house phone "]), ("phone", pt.phone), " ")
        if g.chance(0.6):
            d.add(pron(pt, "pos"), " medicare # is ", ("health_plan", g.mbi()), " ")
        d.add(g.ch(["thank you", "thx", "thanks in advance"]))
        d.add((None, " " + g.ch(EMOJI)))
        d.filter = None
        d.add("\n\n", "-- ", ("name", fam.name(g.ch(["f", "fl"]))), "\n")
    elif layout == 2:
        body(g, d, pt, doc, fam, kids, n=g.randint(6, 9))
        d.add("\n", g.ch(["- ", "-", "", "from "]), ("name", pt.name(g.ch(["f", "lowerf", "fl", "lower"]))), "\n")
        if g.chance(0.5):
            d.add(("phone", pt.cell), "\n")
    elif layout == 3:
        d.add(g.ch(["=== Conversation ===", "Thread: " + g.ch(["Refill request", "Symptoms", "Appointment"]), "--- message thread ---"]), "\n")
        d.add("[", ("date", g.date(sent, "m/d/y")), " ", g.time("12s"), "] ", ("name", pt.name(g.ch(["fl", "UP"]))), ":\n")
        body(g, d, pt, doc, fam, kids, n=g.randint(3, 5))
        d.add("\n\n[", ("date", g.date(sent, "m/d/y")), " ", g.time("12s"), "] ", ("name", nurse.name(g.ch(["fl", "fL."]))), g.ch([", RN", " RN", ""]), ":\n")
        staff_reply(g, d, pt, nurse, doc)
        d.add("\n[", ("date", g.date(g.days_ahead(0, 0), "m/d/y")), " ", g.time("12s"), "] ", ("name", pt.name("fl")), ":\n")
        d.filter = typo_filter(g, rate=0.03)
        d.add(g.ch(["ok thank u", "thanks ", "ok i will", "that works "]), g.ch(["", "my ", "will bring my "]))
        if d.text.endswith("my "):
            d.add(fam.rel, " ", ("name", fam.name("f").lower()), " ")
        d.filter = None
        d.add((None, g.ch(EMOJI)), "\n")
    else:
        label = "NHS number" if g.region == "UK" else g.ch(["Health card #", "OHIP", "PHN"])
        d.add(g.ch(["Patient message", "New message from patient", "eConsult - patient message"]), "\n",
              "Patient: ", ("name", pt.name(g.ch(["Lf", "LF", "fl"]))), "   ", label, ": ", ("health_plan", g.health_card()), "\n",
              "Date: ", ("date", g.date(sent)), "   Ref: ", ("id", "MSG-" + mid[-7:]), "\n\n")
        body(g, d, pt, doc, fam, kids, n=g.randint(5, 7))
        d.add("\n", g.ch(["cheers", "ta", "many thanks", "merci"]), " ", ("name", pt.name("lowerf")), "\n")


def _age_words(a):
    from .gen import num_words
    return num_words(a).replace("-", " ")
