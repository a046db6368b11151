-- phi.classify: a summary that never contains the values.
SELECT jsonb_pretty(phi.classify('SSN 123-45-6789, DOB 03/15/1985, seen 04/02/2024, email jane@example.com'));
SELECT phi.classify('Metformin 500 mg PO BID');
SELECT phi.classify(NULL) IS NULL AS null_in_null_out;
-- No value leaks into the summary.
SELECT strpos(phi.classify('SSN 123-45-6789')::text, '6789') = 0 AS no_value;
