-- Organisation-specific patterns: validated on the way in, compiled once
-- per backend, effective at the next statement.
SELECT count(*) FROM phi.detect('ward ACME-123456') WHERE type = 'mrn';

SELECT phi.add_pattern('acme_mrn', 'mrn', 'ACME-[0-9]{6}', ARRAY['ward'], 0.7);
SELECT name, type, regex, context_words, score FROM phi.custom_patterns;

-- With its context word: 0.7 + 0.2; without: 0.7 / 2, below the default 0.5.
SELECT type, value, round(score::numeric, 2) FROM phi.detect('ward ACME-123456', 0.0) WHERE type = 'mrn';
SELECT type, value, round(score::numeric, 2) FROM phi.detect('ACME-654321', 0.0) WHERE type = 'mrn';
SELECT phi.redact('ward ACME-123456');

-- Bad patterns: each a specific SQLSTATE, and the table is unchanged.
SELECT regress.err($$SELECT phi.add_pattern('bad_regex', 'mrn', 'ACME-(')$$);
SELECT regress.err($$SELECT phi.add_pattern('empty_match', 'mrn', 'x*')$$);
SELECT regress.err($$SELECT phi.add_pattern('huge', 'mrn', '\w{1000}\w{1000}\w{1000}')$$);
SELECT regress.err($$SELECT phi.add_pattern('too_long', 'mrn', repeat('a', 2000))$$);
SELECT regress.err($$SELECT phi.add_pattern('bad_type', 'shoe_size', 'X[0-9]+')$$);
SELECT regress.err($$SELECT phi.add_pattern('bad_score', 'mrn', 'X[0-9]+', '{}', 2)$$);
SELECT regress.err($$SELECT phi.add_pattern('Bad Name', 'mrn', 'X[0-9]+')$$);
SELECT regress.err($$SELECT phi.add_pattern('acme_mrn', 'mrn', 'X[0-9]+')$$);
-- Direct writes to the table are validated too.
SELECT regress.err($$INSERT INTO phi.custom_patterns (name, type, regex) VALUES ('direct', 'mrn', '[')$$);
SELECT regress.err($$UPDATE phi.custom_patterns SET regex = '(' WHERE name = 'acme_mrn'$$);
SELECT count(*) FROM phi.custom_patterns;

-- A rolled-back change never takes effect.
BEGIN;
SELECT phi.add_pattern('rolled_back', 'id', 'ZZ-[0-9]{4}', '{}', 0.9);
SELECT count(*) FROM phi.detect('ZZ-1234') WHERE type = 'id';
ROLLBACK;
SELECT count(*) FROM phi.detect('ZZ-1234') WHERE type = 'id';

-- Dropping removes it at the next statement.
SELECT phi.drop_pattern('acme_mrn'), phi.drop_pattern('acme_mrn');
SELECT count(*) FROM phi.detect('ward ACME-123456') WHERE type = 'mrn';

-- too_many_patterns: the 257th pattern is refused when added (54000), so
-- detection keeps working for everyone (in 0.1.0 it was accepted and every
-- phi.detect in the database then failed).
BEGIN;
SELECT count(*) FROM (SELECT phi.add_pattern('bulk_' || i, 'id', 'BULK' || i || '-[0-9]{3}') FROM generate_series(1, 256 - (SELECT count(*) FROM phi.custom_patterns)::int) i) s;
SELECT count(*) FROM phi.custom_patterns;
SELECT regress.err($$SELECT phi.add_pattern('one_too_many', 'id', 'MANY-[0-9]{3}')$$);
SELECT regress.err($$INSERT INTO phi.custom_patterns (name, type, regex) VALUES ('direct_too_many', 'id', 'MANY-[0-9]{3}')$$);
SELECT type, value FROM phi.detect('ref BULK17-123, SSN 123-45-6789') ORDER BY start_pos;
ROLLBACK;
