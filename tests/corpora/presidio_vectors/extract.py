#!/usr/bin/env python3
"""Extract Microsoft Presidio's recognizer unit-test vectors into vectors.jsonl.

    python3 extract.py [--repo PATH]           # write vectors.jsonl
    python3 extract.py [--repo PATH] --check   # exit 1 if vectors.jsonl differs

Reads presidio-analyzer/tests/test_*_recognizer.py at the pinned COMMIT from a
git repository of github.com/microsoft/presidio (default: the bare mirror
below, or $PRESIDIO_REPO) with `git show`, parses each file with `ast` (the
test files are never imported or executed) and writes one JSON object per
vector:

    {"id": n, "recognizer": "<test file stem>", "entity": "<Presidio entity>",
     "text": "...", "expected": [[start, end], ...]}

Offsets are Python str (Unicode code point) offsets, end exclusive, exactly as
in Presidio's tests; `expected` is empty for a vector expecting no match.

What is taken: the rows of every `@pytest.mark.parametrize` list in FILES
whose arguments include the text (`text` or `iban`), `expected_len` and the
expected positions (`expected_positions`, `expected_res`, or the single pair
`expected_position`), and only rows whose positions are given explicitly
(as many literal (start, end) pairs as `expected_len`). Rows that test a
non-default recognizer configuration are filtered by ROW_FILTERS and
SKIP_ROWS (each rule must match, so a change upstream is noticed). Exact
duplicates (same file, entity, text and expected spans) are kept once.
Python 3.11 standard library only.
"""

import argparse
import ast
import json
import os
import subprocess
import sys

COMMIT = "0aa9f8e44275cb52c00fbbebe19168e934e1f076"
DEFAULT_REPO = "/work/.mirror/microsoft+presidio/repo"
TESTS = "presidio-analyzer/tests"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "vectors.jsonl")

# (test file stem, Presidio entity), in output order. The entity is checked
# against the file's `entities` fixture (or the per-row `entities` column).
FILES = [
    ("test_us_ssn_recognizer", "US_SSN"),
    ("test_phone_recognizer", "PHONE_NUMBER"),
    ("test_email_recognizer", "EMAIL_ADDRESS"),
    ("test_url_recognizer", "URL"),
    ("test_ip_recognizer", "IP_ADDRESS"),
    ("test_credit_card_recognizer", "CREDIT_CARD"),
    ("test_iban_recognizer", "IBAN_CODE"),
    ("test_us_bank_recognizer", "US_BANK_NUMBER"),
    ("test_us_driver_license_recognizer", "US_DRIVER_LICENSE"),
    ("test_us_passport_recognizer", "US_PASSPORT"),
    ("test_us_itin_recognizer", "US_ITIN"),
    ("test_certificate_number_recognizer", "MEDICAL_LICENSE"),
    ("test_us_npi_recognizer", "US_NPI"),
    ("test_us_mbi_recognizer", "US_MBI"),
    ("test_date_recognizer", "DATE_TIME"),
    ("test_uk_nhs_recognizer", "UK_NHS"),
    ("test_uk_nino_recognizer", "UK_NINO"),
    ("test_ca_sin_recognizer", "CA_SIN"),
    ("test_pl_pesel_recognizer", "PL_PESEL"),
    ("test_se_personnummer_recognizer", "SE_PERSONNUMMER"),
    ("test_in_aadhaar_recognizer", "IN_AADHAAR"),
    ("test_es_nif_recognizer", "ES_NIF"),
    ("test_es_nie_recognizer", "ES_NIE"),
    ("test_it_fiscal_code_recognizer", "IT_FISCAL_CODE"),
    ("test_au_tfn_recognizer", "AU_TFN"),
    ("test_au_medicare_recognizer", "AU_MEDICARE"),
    ("test_kr_rrn_recognizer", "KR_RRN"),
    ("test_fi_personal_identity_code_recognizer", "FI_PERSONAL_IDENTITY_CODE"),
    ("test_sg_fin_recognizer", "SG_NRIC_FIN"),
    ("test_tr_national_id_recognizer", "TR_NATIONAL_ID"),
    ("test_za_id_number_recognizer", "ZA_ID_NUMBER"),
    ("test_mac_recognizer", "MAC_ADDRESS"),
]

TEXT_ARGS = ("text", "iban")
PAIRS_ARGS = ("expected_positions", "expected_res")
SINGLE_ARGS = ("expected_position",)

# Parametrized tests that build the recognizer from a per-row argument: keep
# only the rows whose argument has Presidio's default value.
# (stem, test function) -> (argument, default value, why)
ROW_FILTERS = {
    ("test_phone_recognizer", "test_when_phone_with_leniency_then_succeed"): (
        "leniency",
        1,
        "PhoneRecognizer(leniency=...) per row; PhoneRecognizer's default leniency is 1",
    ),
}

# Single rows written for a non-default recognizer configuration.
# (stem, test function, text) -> why
SKIP_ROWS = {
    ("test_phone_recognizer", "test_when_all_phones_then_succeed", "My Japanese number is 090-1234-5678"): (
        "the module's recognizer fixture adds the JP region to PhoneRecognizer's default regions"
    ),
    ("test_phone_recognizer", "test_when_all_phones_then_succeed", "My CN number is 13812345678"): (
        "the module's recognizer fixture adds the CN region to PhoneRecognizer's default regions"
    ),
}


def git_show(repo, path):
    r = subprocess.run(
        ["git", "-C", repo, "show", f"{COMMIT}:{path}"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if r.returncode != 0:
        sys.exit(f"extract.py: cannot read {path} at {COMMIT} from {repo}: {r.stderr.strip()}")
    return r.stdout


def literal(node):
    """ast.literal_eval, plus f-strings without placeholders (f"fe80::1%eth0/64")."""
    if isinstance(node, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in node.values):
        return "".join(v.value for v in node.values)
    return ast.literal_eval(node)


def fixture_entities(tree):
    """The list returned by the module's `entities` fixture, if any."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "entities":
            for stmt in node.body:
                if isinstance(stmt, ast.Return):
                    return literal(stmt.value)
    return None


def parametrizes(tree):
    """(function name, argument names, row nodes) of every parametrize decorator."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        for d in node.decorator_list:
            if not (isinstance(d, ast.Call) and ast.unparse(d.func) == "pytest.mark.parametrize"):
                continue
            names = [n.strip() for n in literal(d.args[0]).split(",")]
            rows = d.args[1]
            yield node.name, names, rows


def explicit_pairs(value, n):
    """`value` as a list of [start, end] if it is n literal int pairs, else None."""
    if not isinstance(value, (list, tuple)) or len(value) != n:
        return None
    out = []
    for p in value:
        if not (isinstance(p, (list, tuple)) and len(p) == 2 and all(type(x) is int for x in p)):
            return None
        out.append([p[0], p[1]])
    return out


def extract(repo):
    """(vectors, report lines)."""
    vectors = []
    report = []
    used_filters = set()
    used_skips = set()
    for stem, entity in FILES:
        src = git_show(repo, f"{TESTS}/{stem}.py")
        tree = ast.parse(src, filename=f"{stem}.py")
        fixture = fixture_entities(tree)
        seen = set()
        taken = dup = 0
        skipped = {}
        funcs = []
        notes = []
        for func, names, rows in parametrizes(tree):
            text_arg = next((a for a in TEXT_ARGS if a in names), None)
            pos_arg = next((a for a in PAIRS_ARGS + SINGLE_ARGS if a in names), None)
            if text_arg is None or pos_arg is None or "expected_len" not in names:
                notes.append(f"    {func}: not taken (arguments {', '.join(names)}: no text and positions)")
                continue
            if not isinstance(rows, (ast.List, ast.Tuple)):
                notes.append(f"    {func}: not taken (rows are not a literal list)")
                continue
            funcs.append(func)
            filt = ROW_FILTERS.get((stem, func))
            for row in rows.elts:
                if not isinstance(row, ast.Tuple) or len(row.elts) != len(names):
                    sys.exit(f"extract.py: {stem}::{func}: row is not a {len(names)}-tuple: {ast.unparse(row)[:80]}")
                arg = dict(zip(names, row.elts))
                text = literal(arg[text_arg])
                n = literal(arg["expected_len"])
                assert isinstance(text, str) and type(n) is int, (stem, func, ast.unparse(row)[:80])
                if "entities" in arg:
                    ents = literal(arg["entities"])
                else:
                    ents = fixture
                if not ents or any(e != entity for e in ents):
                    sys.exit(f"extract.py: {stem}::{func}: entities {ents!r}, expected {entity}")
                if filt is not None:
                    name, default, _why = filt
                    used_filters.add((stem, func))
                    if literal(arg[name]) != default:
                        why = f"{name} != {default} (non-default recognizer)"
                        skipped[why] = skipped.get(why, 0) + 1
                        continue
                if (stem, func, text) in SKIP_ROWS:
                    used_skips.add((stem, func, text))
                    skipped["non-default recognizer configuration"] = skipped.get("non-default recognizer configuration", 0) + 1
                    continue
                pos = literal(arg[pos_arg])
                if pos_arg in SINGLE_ARGS:
                    # One (start, end) pair, asserted only when a result is expected.
                    expected = [] if n == 0 else explicit_pairs([pos], n)
                else:
                    expected = explicit_pairs(pos, n)
                if expected is None:
                    skipped["positions not given explicitly"] = skipped.get("positions not given explicitly", 0) + 1
                    continue
                for s, e in expected:
                    if not (0 <= s < e <= len(text)):
                        sys.exit(f"extract.py: {stem}::{func}: span {s}..{e} outside {text!r}")
                expected.sort()
                key = (text, json.dumps(expected))
                if key in seen:
                    dup += 1
                    continue
                seen.add(key)
                vectors.append(
                    {"id": len(vectors), "recognizer": stem, "entity": entity, "text": text, "expected": expected}
                )
                taken += 1
        extra = "".join(f", {k} {v} skipped" for k, v in sorted(skipped.items()))
        if dup:
            extra += f", {dup} duplicate(s) dropped"
        report.append(f"{stem:<42} {entity:<26} {taken:>4} vectors ({', '.join(funcs)}{extra})")
        report.extend(notes)
    for key in ROW_FILTERS:
        if key not in used_filters:
            sys.exit(f"extract.py: row filter {key} matched no test (upstream changed?)")
    for key in SKIP_ROWS:
        if key not in used_skips:
            sys.exit(f"extract.py: row skip {key} matched no row (upstream changed?)")
    return vectors, report


def serialise(vectors):
    return "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in vectors)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", default=os.environ.get("PRESIDIO_REPO", DEFAULT_REPO), help="git repository of microsoft/presidio holding COMMIT")
    ap.add_argument("--check", action="store_true", help="exit 1 if vectors.jsonl differs from what this script writes")
    args = ap.parse_args()
    vectors, report = extract(args.repo)
    out = serialise(vectors)
    print(f"microsoft/presidio {COMMIT}, {TESTS}/")
    print("\n".join(report))
    expecting = sum(1 for v in vectors if v["expected"])
    spans = sum(len(v["expected"]) for v in vectors)
    print(f"total: {len(vectors)} vectors from {len(FILES)} files ({expecting} expecting {spans} spans, {len(vectors) - expecting} expecting none)")
    if args.check:
        try:
            with open(OUT_PATH, encoding="utf-8") as f:
                cur = f.read()
        except FileNotFoundError:
            cur = None
        if cur != out:
            print(f"CHECK FAILED: {OUT_PATH} differs from what extract.py writes", file=sys.stderr)
            sys.exit(1)
        print("check OK: vectors.jsonl matches")
        return
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    print(f"wrote {OUT_PATH}")


if __name__ == "__main__":
    main()
