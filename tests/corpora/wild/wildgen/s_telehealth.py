"""Style 13: telehealth chat transcripts with timestamps and user handles."""
import datetime as dt

from .kit import pick, hon, pron, rel, title_dr, EMOJI

N_LAYOUTS = 5


def region(rng, layout):
    return rng.choice(["US", "US", "US", "CA", "UK"])


def handle(g, p, kind="pt"):
    f, l = p.first.lower().replace("'", ""), p.last.lower().replace("'", "").replace(" ", "")
    if kind == "dr":
        return g.ch(["dr_%s" % l, "Dr.%s" % p.last.replace("'", ""), "%s.%s.md" % (f, l), "dr%s%s" % (f[0], l)])
    if kind == "rn":
        return g.ch(["%s_rn" % f, "nurse.%s" % f, "%s%s_RN" % (f, l[0])])
    return g.ch(["%s%s%d" % (f[0], l, p.dob.year), "%s.%s" % (f, l), "%s_%s%d" % (f, l, g.randint(1, 99)), "%s%s" % (f, l[0]),
                 "%s%d" % (l, g.randint(10, 99)), "%s_%s" % (f[0], l)])


class Clock:
    def __init__(self, g, start_date):
        self.g = g
        self.t = dt.datetime(start_date.year, start_date.month, start_date.day, g.randint(7, 19), g.randint(0, 59), g.randint(0, 59))

    def tick(self):
        self.t += dt.timedelta(seconds=self.g.randint(8, 140))
        return self.t


def pt_lines(g, pt, fam, med):
    return [
        [g.ch(["hi", "hello", "hi doctor", "hey can you hear me"])],
        ["my ", g.ch(["throat", "ear", "chest", "back", "rash"]), " has been bad since ", g.ch(["sunday", "thursday", "last week"]), ", pain like ", str(g.randint(4, 9)), "/10"],
        ["temp was ", "%.1f" % (g.randint(990, 1030) / 10), " this morning, took tylenol 1000 mg"],
        ["my ", fam.rel, " ", ("name", fam.name("f")), " is here with me, ", pron(fam), " can help"],
        ["im at my ", g.ch(["mom's", "sister's", "friend's"]), " place in ", ("address", fam.addr.town), " this week"],
        ["pharmacy is the ", g.pharmacy(), " on ", ("address", "%s %s" % (g.address().number, g.address().street))],
        ["can you send it to my email ", ("email", pt.email), "?"],
        ["my number if we get cut off is ", ("phone", pt.cell)],
        ["still taking ", med[0], " ", med[1]],
        ["dob is ", ("date", g.date(pt.dob, g.ch(["m/d/Y", "mdY", "long"]) if g.region == "US" else g.ch(["dmY", "iso", "dlong"])))],
    ]


def dr_lines(g, pt, dr, med):
    return [
        ["Hi ", ("name", pt.name("f")), ", this is ", title_dr(g), ("name", dr.name(g.ch(["l", "fl"]))), ". Can you confirm your full name and date of birth?"],
        ["Thanks. Any fevers, shortness of breath, or chest pain?"],
        ["Can you point the camera at the area? Try turning on the light."],
        ["I'm going to send ", g.ch(["amoxicillin 875 mg BID x 10 days", "prednisone 40 mg x 5 days", "a topical steroid", "azithromycin 250 mg"]),
         " to your pharmacy. BP you told me 128/82 is fine."],
        ["If you get worse or pain is 10/10, go to the ER. Follow up on ", ("date", g.date(g.days_ahead(3, 14), g.ch(["md", "monthday", "abbr"]))), "."],
        ["Your visit summary will be in the portal: ", ("url", "https://%s/mychart/visit/%d" % (g.ch(["portal.", "my.", "connect."]) + g.domain_for(g.facility()), g.randint(10 ** 6, 10 ** 8)))],
    ]


def build(g, d, layout):
    pt = g.person(age=(18, 94))
    dr = g.clinician("md")
    rn = g.clinician("rn")
    fam = g.person(age=(20, 70), same_last=pt.last if g.chance(0.5) else None)
    fam.rel = rel(g, fam, ["wife", "husband", "daughter", "son", "sister", "brother"])
    med = g.med()
    day = g.days_ago(0, 20)
    clk = Clock(g, day)
    ph, dh, rh = handle(g, pt), handle(g, dr, "dr"), handle(g, rn, "rn")
    sess = g.ch(["TH-", "VV", "", "S-"]) + str(g.randint(10 ** 6, 10 ** 9))
    plines = pt_lines(g, pt, fam, med)
    dlines = dr_lines(g, pt, dr, med)
    greet, rest = plines[0], plines[1:]
    g.rng.shuffle(rest)
    plines = [greet] + rest[:g.randint(3, 6)]
    # the provider does not always say everything
    dlines = [dlines[0]] + [x for x in dlines[1:] if g.chance(0.75)]

    def interleave():
        out = []
        pi = di = 0
        while pi < len(plines) or di < len(dlines):
            if di < len(dlines) and (pi >= len(plines) or g.chance(0.45)):
                out.append(("dr", dlines[di]))
                di += 1
            else:
                out.append(("pt", plines[pi]))
                pi += 1
        return out

    msgs = interleave()
    if layout == 0:
        d.add(pick(g, ["Virtual Visit Chat Transcript", "TELEHEALTH SESSION - CHAT LOG", "Video visit chat export"]), "\n",
              "Session ", ("id", sess), "  ", ("date", g.date(day, "mdY")), "\n",
              "Participants: ", ("name", pt.name("fl")), " (", ("name", ph), "), ", title_dr(g), ("name", dr.name("fl")), " (", ("name", dh), ")\n\n")
        with_date = g.chance(0.3)
        with_handle = g.chance(0.25)
        for who, line in msgs:
            t = clk.tick()
            nm, hd = (pt.name("fl"), ph) if who == "pt" else (dr.name("fl"), dh)
            if with_date:
                d.add("[", ("date", g.date(t.date(), "mdY")), " ", t.strftime("%H:%M:%S"), "] ")
            else:
                d.add("[", t.strftime("%H:%M:%S"), "] ")
            if who == "dr":
                d.add("Dr. ")
            d.add(("name", nm))
            if with_handle:
                d.add(" (", ("name", hd), ")")
            d.add(": ")
            d.add(*line)
            d.add("\n")
    elif layout == 1:
        ip1, ip2 = g.ip(), g.ip()
        d.add(pick(g, ["Telehealth Visit", "VIDEO VISIT LOG", "eVisit transcript"]), " - ", ("date", g.date(day, g.ch(["long", "dow", "abbr"]))), "\n",
              "Meeting ID: ", ("id", sess), "   Join URL: ", ("url", "https://%s/j/%d?pwd=%s" % (g.ch(["telehealth.", "visit.", "meet."]) + g.domain_for(g.facility()), g.randint(10 ** 9, 10 ** 10), "".join(g.ch("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(10)))), "\n",
              "Patient device: ", g.ch(["iPhone 13 / Safari", "Android 14 / Chrome", "Windows 11 / Edge"]), "  IP ", ("ip_address", ip1), "\n",
              "Provider device IP ", ("ip_address", ip2), "\n\n")
        for who, line in msgs[:g.randint(7, 10)]:
            t = clk.tick()
            d.add(t.strftime("%I:%M %p").lstrip("0"), "  ", ("name", ph if who == "pt" else dh), ": ")
            d.add(*line)
            d.add("\n")
        d.add("\nSession ended ", clk.tick().strftime("%I:%M %p").lstrip("0"), ". Duration ", str(g.randint(8, 25)), " min.\n")
    elif layout == 2:
        d.add("# chat_export session=", ("id", sess), " tz=UTC\n")
        for who, line in msgs[:g.randint(5, 8)]:
            t = clk.tick()
            d.add(("date", t.strftime("%Y-%m-%d")), t.strftime("T%H:%M:%SZ"), " | user=", ("name", ph if who == "pt" else dh),
                  " | role=", "patient" if who == "pt" else "provider", " | msg=")
            d.add(*line)
            d.add("\n")
        d.add(("date", clk.tick().strftime("%Y-%m-%d")), clk.t.strftime("T%H:%M:%SZ"), " | user=system | msg=visit closed by ", ("name", dh), "\n")
    elif layout == 3:
        interp = g.person(age=(25, 60))
        ip = g.ip()
        t = clk.tick()
        d.add(pick(g, ["VIRTUAL WAITING ROOM / VISIT EVENTS", "Session events + chat", "TeleVisit audit trail"]), "  ", ("date", g.date(day)), "\n")
        d.add(t.strftime("%H:%M:%S"), " *** ", ("name", ph), " joined waiting room from ", ("ip_address", ip), " ***\n")
        t = clk.tick()
        d.add(t.strftime("%H:%M:%S"), " *** ", ("name", rh), " (", ("name", rn.name("fl")), ", ", rn.cred, ") admitted ", ("name", ph), " ***\n")
        t = clk.tick()
        if g.chance(0.5):
            d.add(t.strftime("%H:%M:%S"), " <", ("name", rh), "> Hi! Before the doctor joins, can you confirm your address and a callback number?\n")
            t = clk.tick()
            d.add(t.strftime("%H:%M:%S"), " <", ("name", ph), "> ", ("address", pt.addr.one_line().lower() if g.chance(0.4) else pt.addr.one_line()), " and ", ("phone", pt.cell), "\n")
        else:
            d.add(t.strftime("%H:%M:%S"), " <", ("name", rh), "> Hi! What's your date of birth and the zip code where you are right now?\n")
            t = clk.tick()
            d.add(t.strftime("%H:%M:%S"), " <", ("name", ph), "> ", ("date", g.date(pt.dob, g.ch(["m/d/y", "mdY", "dmY"]))), g.ch([" and ", " / ", ", "]), ("zip", pt.addr.postcode), "\n")
        t = clk.tick()
        d.add(t.strftime("%H:%M:%S"), " *** Interpreter ", ("name", interp.name(g.ch(["fl", "f"]))), " (ID ", ("id", str(g.randint(10000, 999999))), ", ",
              g.ch(["Spanish", "Vietnamese", "Haitian Creole", "Arabic", "Polish", "Somali"]), ") joined ***\n")
        t = clk.tick()
        d.add(t.strftime("%H:%M:%S"), " *** ", ("name", dh), " joined ***\n")
        for who, line in msgs[:g.randint(4, 7)]:
            t = clk.tick()
            d.add(t.strftime("%H:%M:%S"), " <", ("name", ph if who == "pt" else dh), "> ")
            d.add(*line)
            d.add("\n")
        d.add(clk.tick().strftime("%H:%M:%S"), " *** ", ("name", ph), " left (connection lost) ***\n")
    else:
        clinic_num = g.phone()
        pt_tag = g.ch(["Patient", "PT", "In"])
        dr_tag = g.ch(["Clinic", "Out", "Provider"])
        d.add(pick(g, ["SMS text visit", "Text-based triage conversation", "Asynchronous e-visit (SMS)"]), "\n",
              "Patient: ", ("name", pt.name(g.ch(["Lf", "fl"]))), "  Mobile: ", ("phone", pt.cell), "\n",
              "Clinic line: ", ("phone", clinic_num), "\n", "Opened: ", ("date", g.date(day)), "\n\n")
        for who, line in msgs:
            t = clk.tick()
            d.add(t.strftime("%H:%M"), " ")
            if who == "pt":
                d.add(pt_tag, ": ")
            else:
                d.add(dr_tag, ": ")
            d.add(*line)
            if who == "pt" and g.chance(0.2):
                d.add((None, " " + g.ch(EMOJI)))
            d.add("\n")
        d.add("Closed by ", ("name", rn.name(g.ch(["fl", "ini"]))), ", ", rn.cred, "\n")
