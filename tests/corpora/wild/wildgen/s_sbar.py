"""Style 12: SBAR / shift hand-off notes."""
from .kit import pick, hon, pron, rel, title_dr

N_LAYOUTS = 5

PROBLEMS = [("CHF exac", "on IV Lasix 40 BID, net -1.2L, Cr 1.6", "strict I&O, daily wt"),
            ("PNA", "on CTX/azithro, 2L NC SpO2 94%", "wean O2, f/u blood cx"),
            ("DKA resolving", "insulin gtt off 0400, AG closed, K 3.6", "SSI, diabetic teaching"),
            ("s/p R TKA POD1", "pain 6/10 on oxy 5 q4, CPM ordered", "PT eval, DVT ppx enox 40"),
            ("GI bleed", "Hgb 7.1 -> 8.4 after 1u PRBC, EGD today", "NPO, protonix gtt"),
            ("AFib RVR", "dilt gtt 10 mg/h, HR 90s-110s", "transition to PO metoprolol"),
            ("UTI/delirium", "CAM+, sitter at bedside, Foley removed", "reorient, avoid benzos"),
            ("COPD exac", "duonebs q4, pred 40, BiPAP qHS", "ambulate w/ O2"),
            ("hip fx", "pre-op, NPO after MN, Buck's traction", "OR 0730, consent signed"),
            ("sepsis/cellulitis LLE", "vanc trough 14.2, lactate 1.1", "mark borders, elevate leg"),
            ("CVA", "NIHSS 4, failed swallow screen", "SLP eval, neuro checks q4"),
            ("hypoNa", "Na 124 -> 127, fluid restrict 1.2L", "BMP q6, seizure precautions")]


def region(rng, layout):
    return "UK" if layout == 4 else rng.choice(["US", "US", "CA"])


def build(g, d, layout):
    rn = g.clinician("rn")
    rn2 = g.clinician("rn")
    md = g.clinician("md")

    if layout == 0:
        pt = g.person(age=(40, 100))
        fam = g.person(age=(35, 70), same_last=pt.last if g.chance(0.6) else None)
        fam.rel = rel(g, fam, ["daughter", "son", "wife", "husband"])
        prob, status, plan = g.ch(PROBLEMS)
        age = pt.age_on(g.today)
        bed = "%s-%d" % (g.ch(["4W", "5E", "ICU", "TELE", "3N"]), g.randint(1, 32))
        d.add(pick(g, ["SBAR", "SBAR handoff", "S-B-A-R"]), " ", ("date", g.date(g.today, g.ch(["md", "m/d/y", "mdY"]))), " ", g.time("24c"), "  ",
              ("name", rn.name(g.ch(["fL", "ini", "f"]))), " -> ", ("name", rn2.name(g.ch(["fL", "ini", "f"]))), "\n\n",
              "S: ", ("name", pt.name(g.ch(["fl", "LF", "Lf"]))), g.ch([" (MRN ", " MR# ", " #"]), ("mrn", g.mrn()), g.ch([") ", " "]),
              "DOB ", ("date", g.date(pt.dob)), ", ")
        d.add(("age", str(age)), g.ch(["yo ", " y/o ", pt.sex + " "])) if age > 89 else d.add(str(age), g.ch(["yo ", " y/o ", pt.sex + " "]))
        d.add("in bed ", bed, ", adm ", ("date", g.date(g.days_ago(1, 6), "md")), " for ", prob, ". ", g.ch(["Stable.", "Rapid response called @ 0215.", "More confused tonight."]), "\n",
              "B: PMH ", g.ch(["HTN, DM2, CKD3", "COPD, AFib on apixaban", "Parkinson disease, dementia", "CAD s/p CABG"]), ". ",
              "Lives ", g.ch(["alone", "w/ " + fam.rel, "at ALF"]), " in ", ("address", pt.addr.town), ". Code status: ", g.ch(["FULL", "DNR/DNI", "DNR, ok to intubate"]), ".\n",
              "A: ", status, ". VS ", "T %.1f HR %d BP %d/%d RR %d SpO2 %d%%" % (g.randint(361, 389) / 10, g.randint(58, 118), g.randint(92, 168), g.randint(50, 96), g.randint(14, 26), g.randint(88, 99)),
              ". Pain ", str(g.randint(0, 8)), "/10.\n",
              "R: ", plan, ". ", fam.rel.capitalize(), " ", ("name", fam.name(g.ch(["f", "fl"]))), " is HCP, ", g.ch(["call w/ any change", "wants update in AM", "at bedside overnight"]),
              " ", ("phone", fam.cell), ". Paged ", title_dr(g), ("name", md.name(g.ch(["l", "fl"]))), " re ", g.ch(["K 5.9", "UOP 15 mL/h", "new O2 need", "BP 82/50"]), ".\n")
    elif layout == 1:
        d.add(pick(g, ["SHIFT REPORT", "Night->Day handoff", "Charge RN huddle sheet", "HANDOFF"]), " ", g.ch(["5 East", "4W Med/Surg", "Tele", "Step-down"]), " ",
              ("date", g.date(g.today, g.ch(["mdY", "md", "dMONY"]))), " ", g.ch(["0700", "1900", "19:00"]), "\n",
              "RN: ", ("name", rn.name(g.ch(["fl", "fL"]))), "  CN: ", ("name", rn2.name(g.ch(["fl", "fL"]))), "\n\n")
        for i in range(g.randint(3, 5)):
            pt = g.person(age=(30, 100))
            prob, status, plan = g.ch(PROBLEMS)
            age = pt.age_on(g.today)
            d.add(g.ch(["Bed ", "Rm ", "#"]), str(g.randint(1, 36)), g.ch(["A", "B", ""]), " - ", ("name", pt.name(g.ch(["LF", "Lf", "l"]))), " ")
            if age > 89:
                d.add(("age", str(age)), pt.sex)
            else:
                d.add(str(age), pt.sex)
            d.add(" - ", prob, ". ", status, ". ", plan, ".")
            if g.chance(0.4):
                d.add(" DOB ", ("date", g.date(pt.dob, g.ch(["m/d/y", "mdY"]))), ".")
            k = g.randint(0, 3)
            if k == 0:
                fam = g.person(same_last=pt.last)
                d.add(" ", rel(g, fam, ["wife", "husband", "daughter", "son"]).capitalize(), " ", ("name", fam.name("f")), " ", g.ch(["at bedside", "calling q2h", "upset re: plan"]), ".")
            elif k == 1:
                d.add(" MRN ", ("mrn", g.mrn()), " - ", g.ch(["fall risk", "isolation: contact", "1:1 sitter"]), ".")
            elif k == 2:
                d.add(" ", g.ch(["Dr ", "Dr. "]), ("name", g.clinician("md").last), " to see in AM.")
            d.add("\n")
        k = g.randint(0, 2)
        helper = ("name", g.person().name(g.ch(["f", "fL"])))
        if k == 0:
            d.add("\nStaffing: 1 sick call, float from 6W (", helper, ").\n")
        elif k == 1:
            d.add("\nSitter ", helper, " on 1:1 in ", str(g.randint(1, 36)), ".\n")
        else:
            d.add("\nAide ", helper, " covering 1-18, ", ("name", g.person().name(g.ch(["f", "fL"]))), " 19-36.\n")
    elif layout == 2:
        pt = g.person(age=(20, 100))
        fam = g.person(age=(35, 70), same_last=pt.last)
        fam.rel = rel(g, fam, ["mother", "father", "daughter", "son", "wife", "husband"])
        prob, status, plan = g.ch(PROBLEMS)
        age = pt.age_on(g.today)
        d.add(pick(g, ["I-PASS", "IPASS handoff", "I-PASS (resident signout)"]), "  ", ("date", g.date(g.today)), "  from ", title_dr(g),
              ("name", md.name(g.ch(["l", "fl"]))), " to ", title_dr(g), ("name", g.clinician("md").name(g.ch(["l", "fl"]))), "\n\n",
              "I - Illness severity: ", g.ch(["stable", "WATCHER", "unstable"]), "\n",
              "P - Patient summary: ", ("name", pt.name(g.ch(["fl", "LF"]))), " (MRN ", ("mrn", g.mrn()), ", DOB ", ("date", g.date(pt.dob)), "), ")
        if age > 89:
            d.add(("age", str(age)), "yo")
        else:
            d.add(str(age), "yo")
        d.add(" w/ ", prob, ". ", status, ".\n",
              "A - Action list: [ ] ", plan, "  [ ] f/u ", g.ch(["AM labs", "CT read", "echo"]), "  [ ] call ", fam.rel, " ", ("name", fam.name("f")), " ", ("phone", fam.cell), "\n",
              "S - Situation awareness: if ", g.ch(["SBP < 90", "HR > 130", "K > 6", "UOP < 30 mL/h"]), " -> ", g.ch(["bolus 500 mL", "call ICU", "recheck + ECG", "page renal"]), "\n",
              "S - Synthesis by receiver: ", ("name", g.clinician("md").name("ini")), " read back ", g.time("24"), "\n")
    elif layout == 3:
        pt = g.person(age=(25, 100))
        fam = g.person(age=(30, 70), same_last=pt.last if g.chance(0.5) else None)
        age = pt.age_on(g.today)
        fam.rel = rel(g, fam, ["wife", "husband", "daughter", "son", "sister", "brother"] if age >= 50 else ["mother", "father", "sister", "brother", "wife", "husband"])
        d.add(g.ch(["hey ", "fyi ", "", "quick handoff - "]), g.ch(["4w-", "rm ", "bed "]), str(g.randint(1, 40)), " ",
              ("mr " if pt.sex == "M" else g.ch(["ms ", "mrs "])) if g.chance(0.7) else "",
              ("name", pt.name(g.ch(["l", "lower", "fl"])).lower()), " ")
        if age > 89:
            d.add(("age", str(age)), g.ch(["yo", " y/o"]))
        else:
            d.add(str(age), g.ch(["yo", " y/o"]))
        d.add(" ", g.ch(["sundowning again", "pulled his iv", "refusing meds", "c/o cp 4/10, trop neg x2", "bp soft 88/50, gave 250 bolus"]), " ",
              g.ch(["ativan 0.5 given @ 0200", "ekg done nsr", "md aware", "no new orders"]), " ",
              fam.rel, " ", ("name", fam.name("f").lower()), " ", g.ch(["called twice", "wants a call at", "is staying overnight", "is the poa"]))
        if d.text.endswith(" at"):
            d.add(" ", ("phone", fam.cell))
        d.add(" ", g.ch(["also ", "oh and "]), g.ch(["foley out @ 0600 due to void by 1400", "am labs drawn", "wound vac alarming, changed canister", "tele box #12 on"]),
              " ", g.ch(["- ", "--", "thx "]), ("name", rn.name(g.ch(["ini", "lowerf", "f"]))), "\n")
        d.add(g.ch(["\n> ", "\nreply: ", "\n"]), g.ch(["k thx ", "got it ", "ty "]), ("name", rn2.name(g.ch(["lowerf", "ini"]))), "\n")
    else:
        d.add(pick(g, ["WARD HANDOVER", "Nursing handover sheet", "Handover - Early to Late"]), " ", g.ch(["Ward 7", "Elizabeth Ward", "AMU", "Ward 22 (Care of the Elderly)"]),
              " ", ("date", g.date(g.today, g.ch(["dmY", "dMonY"]))), "\n", "Nurse in charge: ", ("name", rn.name(g.ch(["fl", "f"]))), "\n\n")
        for i in range(g.randint(3, 5)):
            pt = g.person(age=(60, 102))
            age = pt.age_on(g.today)
            d.add("Bay ", str(g.randint(1, 6)), " bed ", str(g.randint(1, 6)), ": ", hon(g, pt), ("name", pt.name(g.ch(["l", "fl"]))), " (")
            if age > 89:
                d.add(("age", str(age)), pt.sex)
            else:
                d.add(str(age), pt.sex)
            d.add(") ", g.ch(["#NOF awaiting theatre", "UTI, delirium", "fall, long lie, CK 2400", "LRTI, NEWS 5", "stroke, NG fed"]), ". ",
                  g.ch(["Hosp no ", "NHS "]))
            if d.text.endswith("Hosp no "):
                d.add(("mrn", g.mrn(g.ch(["K#######", "RH#######"]))))
            else:
                d.add(("health_plan", g.health_card()))
            nok = g.person(same_last=pt.last)
            d.add(". ", g.ch(["NOK ", rel(g, nok, ["daughter", "son", "wife", "husband"]).capitalize() + " "]))
            d.add(("name", nok.name(g.ch(["f", "fl"]))), " ", ("phone", g.phone(mobile=True)), ". ",
                  g.ch(["DNACPR in place.", "For home with POC x4.", "Waterlow 18.", "Glasgow Coma Scale 14.", "Awaiting OT."]), "\n")
