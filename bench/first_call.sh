#!/usr/bin/env bash
# A new connection's first detection call (phi.detect: every recognizer
# family) against its second, and the backend's private memory. pg_phi is
# preloaded (it refuses to load otherwise): the postmaster builds the
# detector's tables once and every backend inherits them copy-on-write, so
# the first call should cost little more than the second.
# Needs the release build installed (`cargo pgrx install --release`).
# Usage: bench/first_call.sh [CONNECTIONS]   (default 30)
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
n=${1:-30}
dir=/tmp/pg_phi_first_call port=54333
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
psql=(psql -X -q -At -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres)
"${psql[@]}" -c "CREATE EXTENSION pg_phi"

note="Pt Jane Doe (DOB 03/15/1985, MRN 00123456) seen at 12 Main St, Boston, MA 02114; call (617) 555-0100."

# One fresh connection: the first and the second call's times (ms), then
# the backend's private memory (Private_Clean + Private_Dirty, kB).
one() {
    "${psql[@]}" <<SQL | awk '/^Time:/ { printf "%s ", $2 } /^mem / { print $2 }'
\\timing on
SELECT count(*) FROM phi.detect('$note');
SELECT count(*) FROM phi.detect('$note');
\\timing off
SELECT 'mem ' || sum(substring(l FROM '([0-9]+) kB')::bigint)
  FROM regexp_split_to_table(pg_read_file('/proc/' || pg_backend_pid() || '/smaps_rollup'), E'\\n') AS l
 WHERE l ~ '^Private_(Clean|Dirty):';
SQL
}

measure() { # label
    local rows=()
    for _ in $(seq "$n"); do rows+=("$(one)"); done
    printf '%s\n' "${rows[@]}" | python3 -c '
import statistics as st, sys
label = sys.argv[1]
r = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
first, second, mem = ([x[i] for x in r] for i in range(3))
f, s2 = st.median(first), st.median(second)
print(f"{label:<40} first call {f:6.2f} ms   second {s2:5.2f} ms   first/second {f/s2:5.1f}x   private memory {st.median(mem)/1024:5.1f} MB")
' "$1"
}

echo "pg_phi first_call: $n fresh connections each, PostgreSQL $("${psql[@]}" -c 'SHOW server_version')"
measure "preloaded (tables built in postmaster)"
