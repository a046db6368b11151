-- Functions marked PARALLEL SAFE really run in parallel workers (custom
-- patterns included) and give the same answers.
CREATE TABLE par_notes AS
SELECT i, format('Note %s: SSN %s-45-6789, ref ACME-%s', i, 100 + i % 500, lpad(i::text, 6, '0')) AS note
  FROM generate_series(1, 5000) i;
ANALYZE par_notes;
SELECT phi.add_pattern('acme_ref', 'id', 'ACME-[0-9]{6}', '{}', 0.9);

SELECT count(*) AS rows, sum(length(phi.redact(note))) AS redacted_len,
       count(*) FILTER (WHERE phi.contains_phi(note)) AS with_phi
  FROM par_notes;

SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT count(*) AS rows, sum(length(phi.redact(note))) AS redacted_len,
       count(*) FILTER (WHERE phi.contains_phi(note)) AS with_phi
  FROM par_notes;
EXPLAIN (COSTS OFF) SELECT sum(length(phi.redact(note))) FROM par_notes;
RESET force_parallel_mode;

SELECT phi.drop_pattern('acme_ref');
DROP TABLE par_notes;
