#!/usr/bin/env bash
# Detection over FHIR Patient resources kept as JSON text (a jsonb
# column's), measured side by side with the synthetic notes' figures by
# phi-bench's own columns (the chars().count() floor, one SSN regex,
# detect, contains_phi, redact, the families alone).
#   bench/fhir_json.sh [RESOURCES (default 2000)]
# The resources are generated here (python3, seeded, nothing downloaded):
# Patient resources with identifiers, names, telecom, birth date,
# addresses and a contact, in jsonb's key order or in FHIR's, one per
# line, plus Observations and an Organization between them.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
out=/tmp/pg_phi_fhir.jsonl
python3 - "$n" "$out" <<'PY'
import json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
r = random.Random(42)
given = ["Tyler", "Maria", "Wei", "Aisha", "Olumide", "Sinead", "Rahul", "Ana", "Kenji", "Fatima", "Liam", "Grace"]
family = ["Reynolds", "Delgado", "Zhang", "Okafor", "Nguyen", "O'Brien", "Patel", "Kowalski", "Haddad", "Smith"]
towns = ["Ballarat", "Springfield", "Medford", "Sherbrooke", "Texarkana", "Levin"]
streets = ["Ryrie Rd", "Elm St", "Maple Ave", "rue Saint-Joseph", "Boronia Cres", "Kingsway"]
def patient(i):
    p = {"resourceType": "Patient", "id": f"pat-{r.randrange(10**6):06d}",
         "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.5821", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": f"MR{r.randrange(10**6):06d}"},
                        {"system": "http://hl7.org/fhir/sid/us-ssn", "value": f"{r.randrange(100, 665)}-{r.randrange(10, 99)}-{r.randrange(1000, 9999)}"}],
         "name": [{"use": "official", "family": r.choice(family), "given": [r.choice(given)]}],
         "telecom": [{"system": "phone", "value": f"0{r.randrange(400, 499)} {r.randrange(100, 999)} {r.randrange(100, 999)}"}, {"system": "email", "value": f"p{i}@example.org"}],
         "gender": r.choice(["male", "female"]), "birthDate": f"{r.randrange(1930, 2020)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}",
         "address": [{"use": "home", "line": [f"{r.randrange(1, 999)} {r.choice(streets)}"], "city": r.choice(towns), "state": "VIC", "postalCode": f"{r.randrange(3000, 3999)}"}],
         "contact": [{"relationship": [{"text": "daughter"}], "name": {"text": f"{r.choice(given)} {r.choice(family)}"}}]}
    if i % 2:
        p = dict(sorted(p.items(), key=lambda kv: (len(kv[0]), kv[0])))  # jsonb's key order
    return p
def observation(i):
    return {"resourceType": "Observation", "id": f"obs-{i}", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
            "subject": {"reference": f"Patient/{i}"}, "valueQuantity": {"value": round(r.uniform(4, 12), 1), "unit": "%"}}
org = {"resourceType": "Organization", "name": "Ballarat Health", "address": [{"line": ["1 Drummond St"], "city": "Ballarat", "postalCode": "3350"}]}
with open(out, "w") as f:
    for i in range(n):
        res = patient(i) if i % 3 == 0 else observation(i) if i % 3 == 1 else org
        f.write(json.dumps({"text": json.dumps(res)}) + "\n")
PY
cargo run -q --release -p phi_tools --bin phi-bench -- --jsonl "$out" --min-time 1
