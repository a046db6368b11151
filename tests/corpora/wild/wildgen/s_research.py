"""Style 10: research case report forms and data-extract rows."""
import datetime as dt

from .kit import emit_fields, pick, title_dr

N_LAYOUTS = 5

PROTOCOLS = [("HEART-FX", "NCT0%07d"), ("DAPA-CKD-EXT", "NCT0%07d"), ("ASPIRE-2", "NCT0%07d"), ("MIND-Walk", "NCT0%07d"),
             ("COPD-HOME", "NCT0%07d"), ("GLOW-T2D", "NCT0%07d")]


def region(rng, layout):
    return rng.choice(["US", "US", "CA", "UK"])


def subj_id(g, site):
    return g.ch(["%s-%04d" % (site, g.randint(1, 300)), "%s%03d" % (site, g.randint(1, 300)), "S%s-%03d" % (site, g.randint(1, 300)),
                 "%s-%s-%03d" % (g.ch(["US", "CA", "UK"]), site, g.randint(1, 300))])


def inits(p, style):
    if style == 0:
        return p.first[0] + p.middle + p.last[0]
    if style == 1:
        return "%s-%s-%s" % (p.first[0], p.middle, p.last[0])
    if style == 2:
        return p.first[0] + "-" + p.last[0]
    return p.first[0] + p.last[0]


def build(g, d, layout):
    proto, nct = g.ch(PROTOCOLS)
    nct = nct % g.randint(1000000, 9999999)
    site = "%03d" % g.randint(1, 140)
    pt = g.person(age=(40, 95))
    crc = g.person(age=(24, 55))
    pi = g.clinician("md")
    istyle = g.randint(0, 3)
    consent = g.days_ago(60, 300)

    if layout == 0:
        visit = consent + dt.timedelta(days=g.ch([28, 56, 84, 90, 180]))
        d.add("Protocol: ", proto, " (", nct, ")    Site: ", site, "    Page ", str(g.randint(2, 30)), " of 44\n",
              pick(g, ["VISIT FORM", "CRF: Vital Signs & Labs", "Visit 3 (Week 12)", "eCRF printout"]), "\n",
              "-" * 50, "\n")
        items = [(pick(g, ["Subject ID", "Subject No.", "Participant ID", "Pt #"]), ("id", subj_id(g, site))),
                 (pick(g, ["Subject initials", "Initials"]), ("name", inits(pt, istyle))),
                 (pick(g, ["Date of visit", "Visit date", "Assessment date"]), ("date", g.date(visit, g.ch(["dMONY", "iso", "dMonY", "mdY"])))),
                 (pick(g, ["Year of birth", "YOB"]), str(pt.dob.year)),
                 ("Sex", pt.sex),
                 ("SBP/DBP (mmHg)", "%d/%d" % (g.randint(110, 170), g.randint(62, 99))),
                 ("Weight (kg)", "%.1f" % (g.randint(500, 1200) / 10)),
                 ("eGFR", str(g.randint(22, 95))), ("HbA1c (%)", "%.1f" % (g.randint(55, 110) / 10)),
                 ("Randomization #", ("id", "R" + str(g.randint(10000, 99999)))),
                 ]
        emit_fields(d, g, items, mode=g.ch(["lines", "pad", "twocol"]))
        d.add("\nAE since last visit? ", g.ch(["No", "Yes - see AE log"]), "   Con-med changes? ", g.ch(["No", "Yes"]), "\n",
              pick(g, ["Completed by", "Entered by", "CRC initials/date"]), ": ", ("name", inits(crc, 3)), " ", ("date", g.date(visit, g.ch(["dMONY", "dMonY", "iso"]))), "\n",
              pick(g, ["Reviewed by", "Investigator sign-off", "PI"]), ": ", ("name", pi.name(g.ch(["fl", "ini", "f.l"]))), "  ",
              ("date", g.date(visit + dt.timedelta(days=g.randint(1, 9)), g.ch(["dMONY", "iso"]))), "\n")
    elif layout == 1:
        sepc = g.ch([",", ",", ";", "\t", "|"])
        cols = ["subject_id", "site", "consent_dt", "visit", "visit_dt", "sbp", "dbp", "hba1c", "egfr", "entered_by"]
        if g.chance(0.5):
            cols.insert(2, "dob")
        else:
            cols.insert(2, "yob")
        d.add("# extract ", proto, " ", ("date", g.date(g.today, "iso")), " ", g.time("24"), " run by ", ("name", crc.name(g.ch(["lower", "ini"])).replace(" ", ".")), "\n")
        d.add(sepc.join(cols), "\n")
        nsub = g.randint(2, 4)
        for i in range(nsub):
            p = g.person(age=(40, 95))
            c_dt = g.days_ago(60, 300)
            sid = subj_id(g, site)
            for v in range(g.randint(1, 2)):
                vd = c_dt + dt.timedelta(days=28 * (v + 1))
                row = []
                for col in cols:
                    if col == "subject_id":
                        row.append(("id", sid))
                    elif col == "site":
                        row.append(site)
                    elif col == "dob":
                        row.append(("date", g.date(p.dob, "iso")))
                    elif col == "yob":
                        row.append(str(p.dob.year))
                    elif col == "consent_dt":
                        row.append(("date", g.date(c_dt, "iso")))
                    elif col == "visit":
                        row.append("V%d" % (v + 2))
                    elif col == "visit_dt":
                        row.append(("date", g.date(vd, "iso")))
                    elif col == "sbp":
                        row.append(str(g.randint(104, 176)))
                    elif col == "dbp":
                        row.append(str(g.randint(60, 98)))
                    elif col == "hba1c":
                        row.append("%.1f" % (g.randint(55, 110) / 10) if g.chance(0.85) else "")
                    elif col == "egfr":
                        row.append(str(g.randint(20, 99)))
                    elif col == "entered_by":
                        row.append(("name", g.ch([inits(crc, 3), inits(g.person(), 3)])))
                for j, piece in enumerate(row):
                    if j:
                        d.add(sepc)
                    d.add(piece)
                d.add("\n")
        d.add("# rows: ", "n/a", "\n")
    elif layout == 2:
        d.add(pick(g, ["FIXED-WIDTH EXPORT", "DM export (fixed)", "LAB TRANSFER FILE"]), " ", proto, " site ", site, "\n")
        d.add("SUBJID    INIT VISIT  COLLDT      TEST      RESULT UNITS    TECH\n")
        for i in range(g.randint(4, 7)):
            p = g.person(age=(40, 95))
            sid = subj_id(g, site)
            ini = inits(p, 0)
            vd = g.days_ago(5, 200)
            test, res, unit = g.ch([("CREAT", "%.2f" % (g.randint(60, 250) / 100), "mg/dL"), ("K", "%.1f" % (g.randint(32, 58) / 10), "mmol/L"),
                                    ("HBA1C", "%.1f" % (g.randint(55, 110) / 10), "%"), ("ALT", str(g.randint(8, 90)), "U/L"),
                                    ("NTPROBNP", str(g.randint(50, 4000)), "pg/mL")])
            d.add(("id", sid), " " * max(1, 10 - len(sid)), ("name", ini), " " * (5 - len(ini)), "V%-5d" % g.randint(1, 9), " ",
                  ("date", g.date(vd, g.ch(["compact", "dMONYnd"]))), "  ", test.ljust(9), " ", res.rjust(6), " ", unit.ljust(8), " ",
                  ("name", inits(g.person(), 3)), "\n")
        d.add("EOF  generated ", ("date", g.date(g.today, "compact")), "\n")
    elif layout == 3:
        d.add(pick(g, ["ADVERSE EVENT LOG", "AE / SAE Report Form", "Adverse Event CRF"]), "   Protocol ", proto, "   Site ", site, "\n",
              "Subject: ", ("id", subj_id(g, site)), "   Initials: ", ("name", inits(pt, istyle)), "\n\n",
              "AE#  Term                     Onset        Resolved     Grade  Serious  Related\n")
        for i in range(g.randint(2, 4)):
            on = consent + dt.timedelta(days=g.randint(5, 120))
            term = g.ch(["nausea", "headache", "hypoglycemia", "UTI", "fall", "syncope", "rash", "hyperkalemia", "COVID-19", "dizziness"])
            res = g.ch(["ongoing", None])
            d.add("%-4d " % (i + 1), term.ljust(24), " ", ("date", g.date(on, "dMONY")), "  ")
            if res:
                d.add(res.ljust(11))
            else:
                d.add(("date", g.date(on + dt.timedelta(days=g.randint(1, 20)), "dMONY")))
            d.add("  ", str(g.randint(1, 3)), "      ", g.ch(["N", "N", "Y"]), "        ", g.ch(["unlikely", "possible", "not related", "probable"]), "\n")
        d.add("\nSAE narrative: ", g.ch(["Subject hospitalized at ", "Subject seen in ED at "]), g.facility(), " ", ("date", g.date(consent + dt.timedelta(days=g.randint(30, 120)), "dMONY")),
              " for ", g.ch(["syncope", "hyperkalemia K 6.4", "hip fracture after fall"]), "; discharged ", ("date", g.date(consent + dt.timedelta(days=g.randint(121, 130)), "dMONY")),
              ". Sponsor notified within 24h (ref ", ("id", "SAE-" + str(g.randint(1000, 9999))), ").\n",
              "Reported by: ", ("name", crc.name(g.ch(["fl", "ini"]))), ", CRC  ", ("phone", g.phone()), "   PI: ", title_dr(g), ("name", pi.name("fl")), "\n",
              "Signature pad capture ID: ", ("biometric", "SPC-" + str(g.randint(10 ** 6, 10 ** 7))) if g.chance(0.4) else "n/a (wet ink)", "\n")
    else:
        d.add(pick(g, ["PRE-SCREENING LOG (CONFIDENTIAL - contains PHI)", "Screening & Enrollment Log", "Recruitment log"]), "  ", proto, "\n",
              "Site ", site, "  PI: ", ("name", pi.name("fl")), "  Coordinator: ", ("name", crc.name("fl")), " ", ("email", g.org_email(crc, g.domain_for(g.facility()))), "\n\n",
              "Scr#  Patient                 MRN          Age  Contacted    Outcome                 Subject ID\n")
        for i in range(g.randint(3, 5)):
            p = g.person(age=(45, 99))
            a = p.age_on(g.today)
            nm = p.name(g.ch(["LF,", "Lf"]))
            outcome = g.ch(["consented", "declined", "ineligible (eGFR<20)", "no answer x3", "consented"])
            d.add("%-5d " % (i + 1), ("name", nm), " " * max(1, 24 - len(nm)), ("mrn", g.mrn()), "  ")
            if a > 89:
                d.add(("age", str(a)), "   ")
            else:
                d.add(str(a), "   ")
            d.add(("date", g.date(g.days_ago(5, 90), "m/d/y")), "  ", outcome.ljust(22), "  ")
            if outcome == "consented":
                d.add(("id", subj_id(g, site)))
            else:
                d.add("--")
            d.add("\n")
        d.add("\nNote: remove names/MRNs before sending to sponsor. Last updated ", ("date", g.date(g.today)), " ", ("name", inits(crc, 3)), "\n")
