-- Functions marked PARALLEL SAFE really run in parallel workers (custom
-- patterns included) and give the same answers.
CREATE TABLE par_notes AS
SELECT i, format('Note %s: SSN %s-45-6789, ward ACME-%s', i, 100 + i % 500, lpad(i::text, 6, '0')) AS note
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
-- workers were launched (not only planned) and redacted their share of the
-- rows (loops=3: two workers and the leader)
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
  SELECT sum(length(phi.redact(note))) FROM par_notes;
-- the workers applied the custom pattern to their rows: every row has an
-- [ID] tag with it, none once it is dropped
SELECT count(*) FILTER (WHERE phi.redact(note) LIKE '%[ID]%') AS id_tagged FROM par_notes;
SELECT phi.drop_pattern('acme_ref');
SELECT count(*) FILTER (WHERE phi.redact(note) LIKE '%[ID]%') AS id_tagged_after_drop FROM par_notes;
RESET force_parallel_mode;

DROP TABLE par_notes;
