#!/usr/bin/env bash
# SQL benchmark for detection/redaction: a 100k-row table of synthetic
# clinical notes, measured side by side in one run:
#   SELECT length(note)                  -- the scan floor
#   SELECT <naive PL/pgSQL regexp chain> -- what people write by hand
#   SELECT phi.contains_phi(note)
#   SELECT phi.redact(note)
#   SELECT phi.deidentify(note)
# Prints MB/s (note bytes / elapsed) and each ratio to phi.redact.
# Needs the release build installed (scripts/demo.sh or
# `cargo pgrx install --release`). Usage: bench/redact_sql.sh [ROWS]
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
rows=${1:-100000}
dir=/tmp/pg_phi_bench port=54331
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
psql=(psql -X -q -At -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres)

tsv=/tmp/pg_phi_bench_notes.tsv
(cd "$ROOT" && cargo run -q --release -p phi_tools --bin phi-gen -- --gen-tsv "$tsv" --rows "$rows")
chmod 644 "$tsv"
"${psql[@]}" <<SQL
CREATE EXTENSION pg_phi;
CREATE TABLE notes (note text);
COPY notes FROM '$tsv';
VACUUM ANALYZE notes;
-- The hand-written baseline: one regexp_replace per identifier shape.
CREATE FUNCTION naive_redact(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS \$\$
BEGIN
  t := regexp_replace(t, '\m\d{3}-\d{2}-\d{4}\M', '[SSN]', 'g');
  t := regexp_replace(t, '\(?\m\d{3}\)?[-. ]?\d{3}[-.]\d{4}\M', '[PHONE]', 'g');
  t := regexp_replace(t, '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}', '[EMAIL]', 'g');
  t := regexp_replace(t, '\m\d{1,2}/\d{1,2}/\d{2,4}\M', '[DATE]', 'g');
  t := regexp_replace(t, 'https?://\S+', '[URL]', 'g');
  t := regexp_replace(t, '\m\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\M', '[IP_ADDRESS]', 'g');
  t := regexp_replace(t, '(MRN|MR#)[:# ]*\w+', '\1 [MRN]', 'g');
  t := regexp_replace(t, '\m(Dr|Mr|Mrs|Ms)\. [A-Z][a-z]+( [A-Z][a-z]+)?', '[NAME]', 'g');
  RETURN t;
END \$\$;
SQL
bytes=$("${psql[@]}" -c "SELECT sum(octet_length(note)) FROM notes")
n=$("${psql[@]}" -c "SELECT count(*) FROM notes")
echo "notes: $n rows, $((bytes / 1024 / 1024)) MiB of text, PostgreSQL $("${psql[@]}" -c 'SHOW server_version')"

# Best of 3, each query in its own session with parallelism off (1 core).
time_query() {
    local best=
    for _ in 1 2 3; do
        local ms
        ms=$("${psql[@]}" -c "SET max_parallel_workers_per_gather = 0" -c '\timing on' \
              -c "SELECT count(*) FROM (SELECT $1 AS x FROM notes) s WHERE x IS NOT NULL" \
             | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
        if [ -z "$best" ] || awk "BEGIN{exit !($ms < $best)}"; then best=$ms; fi
    done
    echo "$best"
}
declare -A ms
for q in "length(note)" "naive_redact(note)" "phi.contains_phi(note)" "phi.redact(note)" "phi.deidentify(note)"; do
    ms[$q]=$(time_query "$q")
done
printf '\n%-26s %10s %10s %16s\n' query ms MB/s "vs phi.redact"
for q in "length(note)" "naive_redact(note)" "phi.contains_phi(note)" "phi.redact(note)" "phi.deidentify(note)"; do
    awk -v q="$q" -v ms="${ms[$q]}" -v b="$bytes" -v r="${ms[phi.redact(note)]}" \
        'BEGIN { printf "%-26s %10.0f %10.1f %15.2fx\n", q, ms, b / 1048576 / (ms / 1000), r / ms }'
done
echo "(vs phi.redact > 1: faster than phi.redact; < 1: slower)"
