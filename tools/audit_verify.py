#!/usr/bin/env python3
"""Verify pg_phi's audit chain outside the database.

An independent implementation of the chain documented in ARCHITECTURE.md
("The audit chain"), in Python's standard library and psycopg: it reads
phi.audit_log in seq order, recomputes every row's hash and reports each
break, as phi.verify_audit() does, so an auditor need not trust the
extension's own verifier. With --digest SEQ:HASH (from phi.audit_digest(),
kept outside the database) it also checks the log still reaches that head.

    python3 tools/audit_verify.py "dbname=clinic" [--digest 1234:9f2c...]

Exit status 0: intact; 1: breaks found (printed one per line).
It is also a library: canonical(), chain() and verify() are used by the
integration tests and bench/audit.py.
"""
import hashlib
import struct
import sys

DOMAIN = b"pg_phi audit v1\x00"
GENESIS = bytes(32)

# The columns in canonical order, as the database returns them for WALK
# (time as integer microseconds since the Unix epoch, inet as text).
WALK = """SELECT seq,
       CASE WHEN isfinite(occurred_at) THEN (EXTRACT(EPOCH FROM occurred_at) * 1000000)::int8 END,
       actor::text, session_user_name::text, client_addr::text, application_name,
       backend_pid::int8, xid, action, relation, classes, subjects, row_count, statement_kind, outcome,
       reason, purpose, prev_hash, hash
  FROM phi.audit_log WHERE seq >= %s ORDER BY seq"""

# The kind of each field: i integer, t text, a text array, B bytea array.
KINDS = "iittttiitt" + "aBitttt"


def _put(out, b):
    out += struct.pack(">Q", len(b))
    out += b


def canonical(fields):
    """The encoding of a row's fields (all but prev_hash and hash)."""
    out = bytearray(struct.pack(">I", len(fields)))
    for kind, v in zip(KINDS, fields):
        if v is None:
            out.append(0)
        elif kind == "i":
            out.append(1)
            out += struct.pack(">q", v)
        elif kind == "t":
            out.append(2)
            _put(out, v.encode())
        elif kind == "B":
            out.append(5)
            out += struct.pack(">I", len(v))
            for b in v:
                _put(out, bytes(b))
        else:
            out.append(4)
            out += struct.pack(">I", len(v))
            for s in v:
                _put(out, s.encode())
    return bytes(out)


def chain(prev, canon):
    return hashlib.sha256(DOMAIN + bytes(prev) + canon).digest()


def purge_start(rows):
    """The hash the first row must follow: the genesis hash, or, when a
    purge cut the chain before it, that row's prev_hash if a checkpoint
    event (action 'audit_purge', later in the chain and chained itself)
    names the cut as 'cut SEQ:HEXHASH'."""
    if not rows:
        return GENESIS
    first_seq, first_prev = rows[0][0], bytes(rows[0][17])
    if first_prev == GENESIS:
        return GENESIS
    cut = f"cut {first_seq - 1}:{first_prev.hex()}"
    # field 8 is action, field 15 is reason
    if any(r[8] == "audit_purge" and r[15] == cut for r in rows):
        return first_prev
    return GENESIS


def verify(rows, start=None):
    """rows: (seq, fields..., prev_hash, hash) tuples in seq order. Returns
    (breaks, head): breaks as (seq, problem) with the problems of
    phi.verify_audit, head the last row's stored hash. `start` defaults to
    the genesis hash or a purge checkpoint's cut (purge_start)."""
    if start is None:
        start = purge_start(rows)
    breaks, expect, last = [], start, None
    for r in rows:
        seq, fields, prev, h = r[0], list(r[:17]), bytes(r[17]), bytes(r[18])
        if last is not None and seq != last + 1:
            breaks.append((seq, "seq_gap"))
        if expect is not None and prev != expect:
            breaks.append((seq, "unlinked"))
        if len(prev) != 32 or chain(prev, canonical(fields)) != h:
            breaks.append((seq, "edited"))
        expect, last = h, seq
    return breaks, expect


def main(argv):
    import psycopg
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    digest = argv[argv.index("--digest") + 1] if "--digest" in argv else None
    with psycopg.connect(argv[1]) as c:
        rows = c.execute(WALK, (-(2 ** 63),)).fetchall()
        breaks, _ = verify(rows)
        if digest:
            seq, h = digest.split(":")
            got = c.execute("SELECT encode(hash, 'hex') FROM phi.audit_log WHERE seq = %s", (int(seq),)).fetchone()
            if not got or got[0] != h.lower():
                breaks.append((int(seq), "missing_head"))
    for seq, problem in breaks:
        print(f"{seq}\t{problem}")
    print(f"{len(rows)} rows, {len(breaks)} problems", file=sys.stderr)
    return 1 if breaks else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
