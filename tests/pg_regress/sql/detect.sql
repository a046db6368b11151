-- phi.detect: one row per finding, 1-based character positions.
\pset null '(null)'

-- One of each kind, in a synthetic note.
SELECT type, start_pos, end_pos, value, sensitivity, score >= 0.5 AS above_default
  FROM phi.detect('Patient: John Smith, DOB: 03/15/1985, SSN 123-45-6789, MRN: 00482913. '
               || 'Phone (415) 555-0132, fax: (415) 555-0199, email john.smith@example.com. '
               || 'Portal https://portal.example.org/p/123 from 10.2.3.4. '
               || 'Lives at 1428 Elm Street, Springfield, IL 62704. 92-year-old male.')
 ORDER BY start_pos;

-- Positions count characters, not bytes: substr() gives back the value.
SELECT value, start_pos, end_pos,
       substr(t, start_pos, end_pos - start_pos + 1) = value AS substr_matches
  FROM (SELECT 'Zoë Ñúñez 🙂 SSN 123-45-6789' AS t) s,
       phi.detect(t);

-- Checksums confirm, invalid numbers are refused.
SELECT v, exists (SELECT 1 FROM phi.detect(v)) AS detected
  FROM (VALUES ('SSN 123-45-6789'),       -- valid
               ('SSN 000-45-6789'),       -- area 000
               ('SSN 666-45-6789'),       -- area 666
               ('SSN 912-45-6789'),       -- area 9xx
               ('SSN 123-00-6789'),       -- group 00
               ('SSN 123-45-0000'),       -- serial 0000
               ('NPI 1234567893'),        -- Luhn-valid NPI
               ('DEA AB1234563'),         -- valid DEA check digit
               ('VIN 1HGCM82633A004352')  -- valid VIN check digit
       ) t(v);

-- Clinical numbers are not PHI.
SELECT v, phi.contains_phi(v) AS contains_phi
  FROM (VALUES ('Metformin 500 mg PO BID'),
               ('BP 120/80, HR 72, RR 16, SpO2 98%'),
               ('WBC 7.2, Na 138, HbA1c 6.5%'),
               ('Dx E11.9 and I10; CPT 99213'),
               ('Symptoms since 2019, seen at 10:30 today'),
               ('Take 2 tablets 3 times daily x 5 days'),
               ('75-year-old woman')
       ) t(v);

-- min_score filters; out-of-range scores are an error.
SELECT count(*) > 0 AS some_at_0 FROM phi.detect('call 4155550132', 0.0);
SELECT regress.err($$SELECT * FROM phi.detect('x', 1.5)$$);
SELECT regress.err($$SELECT phi.contains_phi('x', -0.1)$$);

-- NULL in, nothing out; empty text has no PHI.
SELECT count(*) FROM phi.detect(NULL);
SELECT count(*) FROM phi.detect('');
SELECT phi.contains_phi(NULL), phi.contains_phi('');

-- 10 MB of text is handled (finds the SSN at the very end).
SELECT count(*), max(start_pos)
  FROM phi.detect(repeat('Patient stable, no complaints. ', 340000) || 'SSN 123-45-6789');
-- over 64 MB is refused (54000) before the engine allocates for it: a
-- failed allocation there would end the server process, not the query
SELECT regress.err($$SELECT phi.contains_phi(repeat('x', 64 * 1024 * 1024 + 1))$$);
SELECT regress.err($$SELECT phi.redact(repeat('x', 64 * 1024 * 1024 + 1))$$);
