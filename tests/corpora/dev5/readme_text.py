"""README.md template, filled in by make_corpus.py with the current counts."""

TEMPLATE = """# dev5: synthetic PHI evaluation corpus of everyday US / UK / Canadian paperwork

400 synthetic documents (`notes.jsonl`), each with span labels for personal
identifiers, plus the generator that writes them (`make_corpus.py`).

## Who wrote it

The generator, the corpus and this README were written by an AI agent (a
language model working as a coding agent). It worked only from the two brief
files it was given, `BRIEF.md` and `LABEL_RULES.md`, plus general knowledge of
what these documents look like. It did not see, run or read any PHI detector,
any other corpus or any other file in the workspace, and it used no network.
Every person, number and street address is invented. Towns are ordinary real
towns used only as settings. Facilities, payers, labs, agencies, funeral homes
and portals are made up.

## How to run

Python 3.11 standard library only.

```
python3 make_corpus.py            # writes notes.jsonl and README.md, prints counts per type and per style
python3 make_corpus.py --check    # rebuilds in memory; exit 0 if notes.jsonl is byte-identical, else 1
PYTHONHASHSEED=123 python3 make_corpus.py --check   # same result under any hash seed
```

Files:

| file | role |
|---|---|
| `make_corpus.py` | entry point: builds the 400 documents, validates them, writes `notes.jsonl` + `README.md`, `--check` mode |
| `corpus_core.py` | span-recording `Doc` builder; per-document context `C` (names, dates, phones, addresses, identifier generators, messy-text functions, label wordings); layout registry |
| `corpus_blocks.py` | shared pieces: demographic blocks, letterheads, signatures, fax banners, unlabelled clinical near-misses |
| `corpus_data.py` | word pools: given names and family names by origin, towns, streets, invented facilities/payers, drugs, vitals, labs, ICD-10/CPT, eponyms |
| `layouts_a.py` .. `layouts_d.py` | the 80 layouts (16 styles x 5) |
| `readme_text.py` | this README's template |
| `show.py`, `audit.py` | developer helpers: `python3 show.py STYLE 0,1,2` prints documents with inline `[[value|type]]` markup; `python3 audit.py` lists number-, date-, e-mail- and URL-like strings that lie outside every span (all should be intended near-misses) |

## Format

One JSON object per line, ids 0..399 in file order:

```json
{"id": 0, "style": "voicemail", "text": "...", "spans": [{"type": "phone", "start": 41, "end": 53}]}
```

`start`/`end` are Python `str` (code point) offsets, end exclusive. Types are
`name address zip date age phone fax email url ip_address ssn mrn health_plan
account license vehicle device biometric id`.

## How labels are made and checked

* Text is built by appending pieces. A plain piece is appended as text (and may
  be roughened: typos, OCR confusions, case changes). A labelled piece is a
  `(type, value)` pair; when it is appended, the builder records
  `start = current length`, appends the value and records `end`. Spans are
  therefore never found by searching the finished text, and repeated values
  (the same phone twice) each get their own span.
* Noise is applied to plain text only. Where a value itself is meant to be
  noisy (OCR `0`/`O`, `1`/`l` inside an MRN, phone or date on a fax, an
  ASR-misspelled name, a lower-case name in a text message), the noise is
  applied before the value is appended, so the span covers the value exactly as
  written.
* Every document is validated when built: `text[start:end]` equals the
  inserted value; spans are non-empty, sorted, neither overlapping nor touching
  (at least one character between spans); no span starts or ends with
  whitespace; all types are in the allowed list; ids run 0..399 in file order.
  `--check` repeats the validation on the file on disk.
* Determinism: each document gets its own `random.Random("dev5-phi-corpus|<style>|<k>")`
  (string seeds are hashed with SHA-512 by `random`, independent of
  `PYTHONHASHSEED`); the code never iterates over a set or depends on hash
  order; JSON is written with `ensure_ascii=False` and `\\n` line ends.

## Styles and layouts

16 styles x 25 documents. Document `k` of a style (k = 0..24) uses layout
`k mod 5`. Region (US, UK, Canada) is drawn per document from the regions the
layout allows; dates, phone numbers, postcodes, health numbers, licence
plates, driving licences and clinician registration numbers follow the
region (and, for Canada, the province).

| style | layout 0 | layout 1 | layout 2 | layout 3 | layout 4 |
|---|---|---|---|---|---|
| `voicemail` | phone-system header + ASR transcript | nurse triage line message | another office's voicemail (ASR) + action note | voicemail-to-email notice with transcript and play link | answering-service / out-of-hours message |
| `email_thread` | reply chain with `>` quotes and signature | Outlook "-----Original Message-----" chain | forwarded patient mail with `X-Originating-IP` | secure-mail notice with portal link + quoted portal message | UK NHSmail chain |
| `portal_message` | system wrapper (message/thread id, client IP, portal link) + staff reply | proxy message from a relative | patient/staff thread with notification e-mail | UK GP-practice message (NHS number, postcode) | Canadian message (health card, postal code, French/English) |
| `ocr_referral` | UK GP referral letter (OCR) | US faxed referral form with fax banner | Canadian consult request | letter with hyphenation and broken lines | UK hospital clinic letter to GP |
| `case_management` | utilisation-review note | bedside CM / discharge-coordinator note | SNF / care-home referral fax log (table) | payer call log | authorisation grid (pipe table) |
| `home_health` | visit log table (pipe/tab/fixed width, EVV ids) | skilled-nursing narrative (EVV, telemonitor serial) | phone log | start-of-care face sheet (street/city/state/ZIP fields) | aide / carer visit record with biometric capture ids |
| `lab_requisition` | outpatient requisition | pathology requisition | send-out manifest (CSV / pipe / tab) | Ontario-style requisition | specimen-label reprints |
| `prior_auth_appeal` | drug PA letter (US payer or Canadian special authorisation) | claim appeal (US) / IFR appeal (UK) | payer determination letter | fax cover + PA form | DME medical-necessity letter with device serial |
| `incident_report` | safety-event form | fall narrative with witness statements | medication event | security report (visitor licence, plate, police ref, badges) | vehicle-damage claim (plate + VIN) |
| `research_crf` | CRF visit page | CSV extract | fixed-width transfer file | adverse-event log | screening / enrolment log with names and MRNs |
| `forensic_eval` | competency letter to a US court | custody evaluation | forensic report header with records reviewed | UK Crown Court psychiatric report | Canadian court-ordered assessment (plate, VIN, licence, interpreter) |
| `sbar_handoff` | SBAR | multi-bed shift report | I-PASS | lower-case text-message hand-off | UK ward handover (`Bay 3 bed 2: Mrs X (97F)`) |
| `telehealth_chat` | timestamped chat with display names and handles | meeting report with join URL and participant IPs | ISO-timestamp export (JSON lines or pipe) | waiting-room audit trail | SMS visit |
| `radiology_report` | header block + report (+ prelim read) | MRI implant screening (generator/lead/monitor serials; models unlabelled) | UK report (hospital no., NHS no., GMC) | addendum with critical-result call | mammography / DEXA with pipe header |
| `pharmacy_call` | call-centre member history | reject / PA work queue | prescription transfer | Canadian pharmacy notes (DIN, health number) | specialty intake call (ZIP or last-4 SSN verification, signature capture) |
| `death_records` | death-certificate worksheet | funeral-home amendment request | vital-records letter to a relative | UK medical examiner / MCCD / registrar notes | Canadian funeral arrangement notes (SIN, health card) |

Within a layout the generator varies, at random: label wordings (many per
field, e.g. `DOB`, `D.O.B.`, `Birthdate`, `BD`, `Born`; `MRN`, `MR#`,
`Med Rec #`, `Chart No.`, `Our record no.`), field order, separators
(`: `, ` - `, tab, ` = `, none), label capitalisation, date formats
(`03/14/2024`, `3/14/24`, `14-MAR-2024`, `2024-03-14`, `14 March 2024`,
`14th March`, `March 14, 2024`, `20240314`, spoken forms), phone formats,
and name forms (`Ana Ruiz`, `RUIZ, ANA M`, `Ruiz, Ana`, `A. Ruiz`, `Ana R`,
`RUIZ^ANA^M`, `Ana RUIZ`, first name alone, surname after a title,
lower-case names, initials as signatures).

Messiness: typos in running text, OCR confusions (`0`/`O`, `1`/`l`, `rn`/`m`,
`cl`/`d`) in labels and sometimes in values, lower-case texts and portal
messages, run-on sentences, hyphenated and broken lines, ASR transcripts with
spelled-out and digit-by-digit numbers and misspelled names, `>` quoted
replies, pipe/CSV/tab/fixed-width tables, fax banners, emoji.

Names come from large mixed pools (Anglo, Hispanic, African-American, South
Asian, East Asian, Irish, Polish, Nigerian, Arabic, Vietnamese, Filipino,
Caribbean and Quebecois given and family names, with region-dependent weights
and mixing), including accents, apostrophes, hyphens and multi-word surnames
(`Ó Súilleabháin`, `Dela Cruz`, `Ruiz-Morales`, `Al-Hashimi`).

Unlabelled near-misses are included generously: doses (`40 mg/0.4 mL`,
`25/100 mg`), vitals, pain scores, lab values, ICD-10 and CPT/HCPCS codes,
bare years and year ranges, times, room/bed/bay numbers, ages <= 89, device
model and lead numbers, drug product names and strengths, DINs, BIN/PCN, reject codes,
store/site/mailbox numbers, facility/payer/lab names (some containing town
names), car makes, credentials, and eponyms (`Parkinson disease`, `Foley`,
`Murphy sign`, `Hartmann procedure`; `Murphy`, `Foley` and `Parkinson` also
occur as real surnames).

## How the label rules were interpreted

* **age**: the span is the number only: `92` in `92-year-old`, `92 y/o`,
  `92yo`, `Age: 92`, `(92F)`, `Age/Sex: 92/F`; `ninety-two` in
  `ninety-two-year-old`; `ninety two` in a spoken `ninety two years old`.
  Ages <= 89 are never labelled.
* **date**: any date finer than a year, including month + year
  (`June 2022`, `SEP-1955`), day + month without year (`3/14`, `14th March`),
  compact `20240314`, French `14 mars 2024`, and spoken dates in transcripts
  (`march fourteenth nineteen forty one`, `three fourteen fifty two`). In ISO
  timestamps only the date part is labelled (`2024-03-14` of
  `2024-03-14T09:15:22Z`); times are never part of a span. Bare years and year
  ranges are not labelled.
* **name**: every person, including misspelled ASR renderings, lower-case
  forms, `LAST^FIRST^M`, bare initials used as signatures or collector /
  operator marks, research-subject initials (`AMR`, `A-M-R`), and chat
  handles (the text after `@`, e.g. `@anaruiz52` -> `anaruiz52`, treated as a
  user name). Titles, `Dr`, credentials and a possessive `'s` stay outside.
* **address**: street lines, full one-line addresses (one span), `Town, ST ZIP`
  / `Town POSTCODE` lines, a `City`/`Town` field of a split address, a town
  named as where someone lives or is staying, spoken street addresses in
  voicemails, and clinic / pharmacy / payer / funeral-home street addresses on
  letterheads. A state or province abbreviation in its own field, towns inside
  facility, court or register-office names, and birthplace (state/country) are
  not labelled.
* **zip**: US ZIP, UK postcode and Canadian postal code when they stand in
  their own field (`ZIP:`, `Postcode:`, `postcode=` in an audit log); inside a
  full address they are part of the address span.
* **phone / fax**: `fax` only where the context says fax (fax labels, fax
  banners, "please fax to"); everything else, including pagers and spoken
  numbers, is `phone`. A spoken "extension two fourteen" and `TTY 711` are not
  labelled.
* **email / url / ip_address**: every e-mail address (personal, staff,
  departmental and no-reply system addresses), every URL (portal, secure-mail,
  voicemail playback, meeting join links, clinic web sites), every IPv4/IPv6
  address (public and private). The brackets of `X-Originating-IP: [..]` are
  outside the span.
* **ssn**: US SSNs, the last four digits of an SSN given for verification, and
  Canadian SINs.
* **mrn**: MRN / MR# / chart / record numbers, UK hospital / unit / case-note
  numbers, and home-care agency client / service ids.
* **health_plan**: insurance member, subscriber, policy and group numbers,
  Medicare MBIs, Medicaid ids, and the national / provincial health numbers
  (UK NHS number, Ontario OHIP with version code, BC/AB PHN, Quebec RAMQ,
  other provincial health-card numbers).
* **account**: account, billing, HAR, FIN, visit and encounter numbers.
* **license**: NPI, DEA (prescriber and pharmacy), state medical, psychologist
  and funeral-director licences, UK GMC numbers, Canadian college (CPSO etc.)
  and provincial billing / practitioner numbers, and driving licences (US, UK
  and Canadian formats).
* **vehicle**: licence plates and VINs (VINs carry a valid check digit).
* **device**: serial numbers of pacemaker generators, leads, remote monitors,
  home telemonitors, CPAP machines, wheelchairs, insulin pumps and CGMs.
  Model numbers are not labelled.
* **biometric**: fingerprint clock-in capture ids and signature-pad capture ids.
* **id**: accession / specimen / pathology numbers, requisition and order
  numbers, Rx numbers, claim, authorisation / PA, payer reference and case
  numbers, call references and tickets, portal message / thread / session ids,
  voicemail message ids, meeting ids, EVV visit ids, study subject ids,
  screening and randomisation numbers, court case / indictment / information
  numbers, jail booking and prison numbers, police report / crime references,
  officer and security badge numbers, call-centre agent ids, vital-records
  certificate / file numbers and registrar entry numbers, funeral-home case
  numbers, interpreter ids, incident / event report numbers, and auto-insurance
  policy numbers (an insurance policy, but not a health plan).

Generated check digits: NHS numbers (mod 11), NPIs (Luhn with the 80840
prefix), DEA numbers, SINs and OHIP numbers (Luhn), VINs; MBIs follow the CMS
character layout; UK driving licences and Quebec RAMQ numbers are derived from
the person's name and date of birth. None of these belong to real people.

## Counts

{ndocs} documents, {nspans} spans.

### Spans per type

{t_types}

### Documents and spans per style (with region mix)

{t_styles}
"""


def render(t_types, t_styles, ndocs, nspans):
    return (TEMPLATE.replace("{t_types}", t_types).replace("{t_styles}", t_styles)
            .replace("{ndocs}", str(ndocs)).replace("{nspans}", str(nspans)))
