-- phi.redact and phi.deidentify.
\pset null '(null)'

SELECT style, phi.redact('SSN 123-45-6789, call (415) 555-0132 or john.smith@example.com', style)
  FROM unnest(ARRAY['tag', 'mask', 'partial']) style;

-- Only the listed types are redacted.
SELECT phi.redact('SSN 123-45-6789, call (415) 555-0132', 'tag', ARRAY['phone']);
SELECT phi.redact('SSN 123-45-6789', 'tag', ARRAY[]::text[]);

-- Mask keeps the length in characters, also for multi-byte text.
SELECT length(t) = length(phi.redact(t, 'mask')) AS same_length, phi.redact(t, 'mask')
  FROM (SELECT 'Zoë 🙂 SSN 123-45-6789' AS t) s;

-- Bad input: clear errors, no value echoed but the style/type name.
SELECT regress.err($$SELECT phi.redact('SSN 123-45-6789', 'shred')$$);
SELECT regress.err($$SELECT phi.redact('SSN 123-45-6789', 'tag', ARRAY['ssn', 'shoe_size'])$$);

-- NULLs.
SELECT phi.redact(NULL), phi.redact('x', NULL), phi.redact('no phi here', 'tag', NULL);

-- Safe Harbor de-identification.
SELECT phi.deidentify('Jane Doe, DOB 3/15/1985, admitted March 3, 2021; a 93-year-old; ZIP 62704.');
-- A year that implies an age over 89 is removed too (Safe Harbor).
SELECT phi.deidentify('DOB 01/02/1925, seen 2024-05-01');
SELECT phi.deidentify('Moved to 12 Elm St, Springfield, IL 62704 on 2020-06-01.');
-- Restricted three-digit ZIP prefixes become 000.
SELECT z, phi.deidentify('ZIP ' || z) FROM unnest(ARRAY['03601', '69201', '89301', '10001']) z;
SELECT phi.deidentify(NULL);
SELECT phi.deidentify('');

-- Nothing redact() found survives in its output.
WITH t(txt) AS (VALUES ('Patient: John Smith, SSN 123-45-6789, john.smith@example.com, (415) 555-0132')),
     r AS (SELECT txt, phi.redact(txt) AS out FROM t)
SELECT d.type, strpos(r.out, d.value) = 0 AS removed
  FROM r, phi.detect(r.txt) d ORDER BY d.start_pos;
