-- The breach workflow (src/breach.rs; the rule itself is phi_core::breach):
-- incidents and their status, the four-factor risk assessment, the
-- notices each incident owes and their deadlines, indicators read from
-- the audit trail, the affected patients of a suspect role, and the
-- report HHS asks for. compliance_report (at the end) checks the
-- database's technical safeguards.
--
-- Functions pin search_path and run with the caller's rights: the tables'
-- privileges (finalize.sql) give the workflow to phi_compliance and
-- phi_admin. Every change to these tables is an audit event. Free text
-- (descriptions, notes) is stored with its PHI redacted.

-- ---------------------------------------------------------------- internal functions (Rust)

CREATE FUNCTION phi._breach_obligations(discovered date, affected bigint, by_state jsonb,
                                        business_associate boolean, exempt boolean)
RETURNS TABLE (obligation text, jurisdiction text, required boolean, due date, basis text)
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_obligations_wrapper';

CREATE FUNCTION phi._breach_check_states(by_state jsonb) RETURNS bigint
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_check_states_wrapper';

CREATE FUNCTION phi._breach_due_state(required boolean, due date, done boolean, as_of date) RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_due_state_wrapper';

CREATE FUNCTION phi._breach_transition(from_status text, to_status text, pending text[]) RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_transition_wrapper';

CREATE FUNCTION phi._breach_severity(affected bigint, classes text[]) RETURNS text
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_severity_wrapper';

CREATE FUNCTION phi._breach_categories() RETURNS text[]
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_categories_wrapper';

CREATE FUNCTION phi._breach_jurisdictions() RETURNS text[]
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_jurisdictions_wrapper';

CREATE FUNCTION phi._breach_assess(nature text, recipient text, acquired text, mitigation text,
                                   plaintext_reads bigint, masked_or_writes bigint, sealed_or_denied bigint)
RETURNS TABLE (acquired text, acquired_source text, probability text, notification_required boolean)
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_assess_wrapper';

-- NULL when the audit chain accounts for every event from from_ts on,
-- else why not (purged before the window, or broken from it to the head).
CREATE FUNCTION phi._audit_window_problem(from_ts timestamptz, to_ts timestamptz) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'audit_window_problem_wrapper';

-- When the current data key was created (phi.keys is its owner's alone).
CREATE FUNCTION phi._data_key_created() RETURNS timestamptz
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'data_key_created_wrapper';

-- ---------------------------------------------------------------- settings

-- Thresholds of the indicators and of compliance_report. The table holds
-- what a DBA changed (phi.set_breach_setting); phi.breach_settings_in_effect
-- shows every setting with its default.
CREATE FUNCTION phi._breach_defaults()
RETURNS TABLE (name text, value text, description text)
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    VALUES
    ('bulk_patients', '100', 'bulk_read: more than this many distinct patients read by one login within one bulk_window (1 to 1e9)'),
    ('bulk_window', '1 hour', 'the window bulk_read and denied_spike count in (fixed windows from 2000-01-01; at most 28 days)'),
    ('denied_values', '20', 'denied_spike: this many refused values or more for one login within one bulk_window (1 to 1e9)'),
    ('business_hours', '07:00-19:00', 'after_hours: accesses outside these local hours ...'),
    ('business_days', '1,2,3,4,5', '... or on other ISO days of the week (1 = Monday)'),
    ('timezone', '', 'the zone of business hours and of discovery dates, an IANA name (America/Chicago); empty: the session''s TimeZone'),
    ('after_hours_roles', '', 'roles whose after-hours access is expected (night shift, emergency), comma-separated'),
    ('break_glass_review_days', '3', 'unreviewed_break_glass: a window not reviewed this many days after it closed (1 to 3660)'),
    ('audit_verify_days', '7', 'compliance_report verifies the audit chain over this many days (1 to 3660)'),
    ('key_max_age', '1 year', 'compliance_report: the current data key is younger than this (at most 100 years)'),
    ('idle_session_max', '15 min', 'compliance_report: idle_session_timeout is set and at most this (at most 1 day)'),
    ('covered_entity', '', 'the covered entity''s name, for breach_report')
$$;

CREATE TABLE phi.breach_settings (
    name  text PRIMARY KEY,
    value text NOT NULL
);
COMMENT ON TABLE phi.breach_settings IS 'Breach indicator and compliance thresholds changed from their defaults';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_settings', '');

CREATE FUNCTION phi._check_breach_setting() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_int interval;
    v_parts text[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM phi._breach_defaults() d WHERE d.name OPERATOR(pg_catalog.=) NEW.name) THEN
        -- not echoed: a swapped argument may be PHI
        RAISE EXCEPTION 'unknown breach setting' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'SELECT name FROM phi.breach_settings_in_effect lists them.';
    END IF;
    -- each within a range every function that reads it can use
    BEGIN
        CASE NEW.name
        WHEN 'bulk_patients', 'denied_values' THEN
            IF NEW.value::bigint NOT BETWEEN 1 AND 1000000000 THEN RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value'; END IF;
        WHEN 'break_glass_review_days', 'audit_verify_days' THEN
            IF NEW.value::bigint NOT BETWEEN 1 AND 3660 THEN RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value'; END IF;
        WHEN 'bulk_window' THEN
            v_int := NEW.value::interval;
            IF v_int OPERATOR(pg_catalog.<=) interval '0' OR v_int OPERATOR(pg_catalog.>) interval '28 days'
               OR pg_catalog.date_part('month', v_int) OPERATOR(pg_catalog.<>) 0 OR pg_catalog.date_part('year', v_int) OPERATOR(pg_catalog.<>) 0 THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'key_max_age' THEN
            v_int := NEW.value::interval;
            IF v_int OPERATOR(pg_catalog.<=) interval '0' OR v_int OPERATOR(pg_catalog.>) interval '100 years' THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'idle_session_max' THEN
            v_int := NEW.value::interval;
            IF v_int OPERATOR(pg_catalog.<=) interval '0' OR v_int OPERATOR(pg_catalog.>) interval '1 day' THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'business_hours' THEN
            v_parts := pg_catalog.string_to_array(NEW.value, '-');
            IF pg_catalog.cardinality(v_parts) OPERATOR(pg_catalog.<>) 2
               OR v_parts[1]::time OPERATOR(pg_catalog.>=) v_parts[2]::time THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'business_days' THEN
            IF pg_catalog.cardinality(pg_catalog.string_to_array(NEW.value, ',')) OPERATOR(pg_catalog.=) 0
               OR EXISTS (SELECT 1 FROM pg_catalog.unnest(pg_catalog.string_to_array(NEW.value, ',')::int[]) d
                           WHERE d IS NULL OR d OPERATOR(pg_catalog.<) 1 OR d OPERATOR(pg_catalog.>) 7) THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'timezone' THEN
            -- a zone name from the IANA database (not a POSIX offset)
            IF NEW.value OPERATOR(pg_catalog.<>) ''
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names z WHERE z.name OPERATOR(pg_catalog.=) NEW.value) THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'covered_entity', 'after_hours_roles' THEN
            IF pg_catalog.length(NEW.value) OPERATOR(pg_catalog.>) 1000 THEN RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value'; END IF;
        ELSE
            NULL;
        END CASE;
    EXCEPTION WHEN data_exception OR invalid_parameter_value OR invalid_datetime_format OR datetime_field_overflow
                   OR numeric_value_out_of_range THEN
        RAISE EXCEPTION 'invalid value for breach setting "%"', NEW.name USING ERRCODE = 'invalid_parameter_value',
            HINT = (SELECT d.description FROM phi._breach_defaults() d WHERE d.name OPERATOR(pg_catalog.=) NEW.name);
    END;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_setting BEFORE INSERT OR UPDATE ON phi.breach_settings
    FOR EACH ROW EXECUTE FUNCTION phi._check_breach_setting();

CREATE VIEW phi.breach_settings_in_effect AS
SELECT d.name, COALESCE(s.value, d.value) AS value, s.value IS NULL AS is_default, d.value AS default_value, d.description
FROM phi._breach_defaults() d LEFT JOIN phi.breach_settings s ON s.name OPERATOR(pg_catalog.=) d.name;
COMMENT ON VIEW phi.breach_settings_in_effect IS 'Every breach and compliance setting: its value, whether it is the default, what it does';

-- Changes a setting (value NULL: back to its default).
CREATE FUNCTION phi.set_breach_setting(name text, value text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF set_breach_setting.value IS NULL THEN
        DELETE FROM phi.breach_settings s WHERE s.name OPERATOR(pg_catalog.=) set_breach_setting.name;
    ELSE
        INSERT INTO phi.breach_settings AS s (name, value) VALUES (set_breach_setting.name, set_breach_setting.value)
        ON CONFLICT ON CONSTRAINT breach_settings_pkey DO UPDATE SET value = EXCLUDED.value;
    END IF;
END
$$;

CREATE FUNCTION phi._breach_setting(name text) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT COALESCE((SELECT s.value FROM phi.breach_settings s WHERE s.name OPERATOR(pg_catalog.=) _breach_setting.name),
                    (SELECT d.value FROM phi._breach_defaults() d WHERE d.name OPERATOR(pg_catalog.=) _breach_setting.name));
$$;

CREATE FUNCTION phi._breach_zone() RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT COALESCE(NULLIF(phi._breach_setting('timezone'), ''), pg_catalog.current_setting('TimeZone'));
$$;

-- ---------------------------------------------------------------- incidents

CREATE TABLE phi.breach_incidents (
    id                 text        PRIMARY KEY CHECK (id ~ '^BREACH-[0-9]{8}-[0-9]{4,9}$'),
    description        text        NOT NULL,
    discovered_at      timestamptz NOT NULL CHECK (pg_catalog.isfinite(discovered_at)),
    breach_date        date        CHECK (pg_catalog.isfinite(breach_date)),
    breach_end_date    date        CHECK (breach_end_date >= breach_date),
    affected_count     bigint      CHECK (affected_count >= 0),
    affected_by_state  jsonb,
    phi_classes        text[]      NOT NULL DEFAULT '{}',
    breach_type        text        NOT NULL DEFAULT 'unauthorized_access'
                       CHECK (breach_type IN ('hacking', 'unauthorized_access', 'theft', 'loss', 'improper_disposal', 'other')),
    location           text        NOT NULL DEFAULT 'electronic_medical_record'
                       CHECK (location IN ('electronic_medical_record', 'network_server', 'email', 'laptop', 'desktop',
                                           'portable_device', 'paper', 'other')),
    business_associate text,
    suspect_role       name,
    window_from        timestamptz,
    window_to          timestamptz,
    suspect_named_at   timestamptz,
    indicator          text        UNIQUE,
    severity           text        NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    status             text        NOT NULL DEFAULT 'investigating',
    safeguards         text,
    actions_taken      text,
    reported_by        name        NOT NULL,
    reported_at        timestamptz NOT NULL,
    confirmed_at       timestamptz,
    not_a_breach_at    timestamptz,
    contained_at       timestamptz,
    notified_at        timestamptz,
    closed_at          timestamptz,
    CHECK ((suspect_role IS NULL) = (window_from IS NULL) AND (window_from IS NULL) = (window_to IS NULL) AND window_from < window_to)
);
COMMENT ON TABLE phi.breach_incidents IS
    'Breach incidents: discovery, counts, PHI categories, suspect role and window, status and its times (free text redacted)';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_incidents', '');

CREATE TABLE phi.breach_assessments (
    id                    bigserial   PRIMARY KEY,
    incident              text        NOT NULL REFERENCES phi.breach_incidents (id),
    nature                text        NOT NULL CHECK (nature IN ('low', 'medium', 'high')),
    nature_note           text,
    recipient             text        NOT NULL CHECK (recipient IN ('low', 'medium', 'high')),
    recipient_note        text,
    acquired              text        NOT NULL CHECK (acquired IN ('low', 'medium', 'high')),
    acquired_source       text        NOT NULL CHECK (acquired_source IN ('audit', 'officer')),
    acquired_evidence     jsonb,
    mitigation            text        NOT NULL CHECK (mitigation IN ('low', 'medium', 'high')),
    mitigation_note       text,
    probability           text        NOT NULL CHECK (probability IN ('low', 'medium', 'high')),
    notification_required boolean     NOT NULL,
    assessed_by           name        NOT NULL,
    assessed_at           timestamptz NOT NULL
);
CREATE INDEX ON phi.breach_assessments (incident, assessed_at);
COMMENT ON TABLE phi.breach_assessments IS
    'Four-factor risk assessments (45 CFR 164.402): the latest per incident decides whether notification is required';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_assessments', '');
SELECT pg_catalog.pg_extension_config_dump('phi.breach_assessments_id_seq', '');

CREATE TABLE phi.breach_notifications (
    id           bigserial   PRIMARY KEY,
    incident     text        NOT NULL REFERENCES phi.breach_incidents (id),
    obligation   text        NOT NULL CHECK (obligation IN ('individuals', 'hhs', 'media', 'business_associate')),
    jurisdiction text,
    sent_at      timestamptz NOT NULL CHECK (pg_catalog.isfinite(sent_at)),
    method       text        NOT NULL CHECK (method IN ('mail', 'email', 'phone', 'substitute_web', 'substitute_media',
                                                        'press_release', 'hhs_portal', 'annual_log', 'letter', 'other')),
    note         text,
    recorded_by  name        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    UNIQUE NULLS NOT DISTINCT (incident, obligation, jurisdiction),
    CHECK (jurisdiction IS NULL OR obligation = 'media')
);
COMMENT ON TABLE phi.breach_notifications IS 'Notices sent for an incident: to individuals, HHS, media (per state), the covered entity';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_notifications', '');
SELECT pg_catalog.pg_extension_config_dump('phi.breach_notifications_id_seq', '');

-- Every change is an audit event (src/audit.rs names them).
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_incidents
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_assessments
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_notifications
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_settings
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();

-- The notices of every incident on a day: due date, days remaining, state
-- (overdue, due_soon within 14 days, open, done, not_required). An
-- incident ruled not_a_breach, or whose latest assessment found every
-- factor low, owes none.
CREATE FUNCTION phi.breach_deadlines_at(as_of date)
RETURNS TABLE (incident text, status text, severity text, obligation text, jurisdiction text, required boolean,
               discovered date, due date, days_remaining integer, state text, sent_at timestamptz, basis text)
LANGUAGE sql STABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
    WITH z AS MATERIALIZED (SELECT phi._breach_zone() AS zone)
    SELECT i.id, i.status, i.severity, o.obligation, o.jurisdiction, o.required, d.discovered, o.due,
           o.due OPERATOR(pg_catalog.-) breach_deadlines_at.as_of,
           phi._breach_due_state(o.required, o.due, n.sent_at IS NOT NULL, breach_deadlines_at.as_of),
           n.sent_at, o.basis
    FROM z, phi.breach_incidents i
    CROSS JOIN LATERAL (SELECT (i.discovered_at AT TIME ZONE z.zone)::date AS discovered) d
    LEFT JOIN LATERAL (SELECT a.notification_required FROM phi.breach_assessments a
                        WHERE a.incident OPERATOR(pg_catalog.=) i.id
                          AND a.assessed_at OPERATOR(pg_catalog.>=) COALESCE(i.suspect_named_at, '-infinity')
                        ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) ra ON true
    CROSS JOIN LATERAL phi._breach_obligations(d.discovered, i.affected_count, i.affected_by_state,
                                               i.business_associate IS NOT NULL,
                                               i.not_a_breach_at IS NOT NULL OR NOT COALESCE(ra.notification_required, true)) o
    LEFT JOIN phi.breach_notifications n
           ON n.incident OPERATOR(pg_catalog.=) i.id AND n.obligation OPERATOR(pg_catalog.=) o.obligation
          AND n.jurisdiction IS NOT DISTINCT FROM o.jurisdiction
    ORDER BY o.due, i.id, o.obligation, o.jurisdiction;
$$;

CREATE VIEW phi.breach_deadlines AS
SELECT * FROM phi.breach_deadlines_at((pg_catalog.now() AT TIME ZONE phi._breach_zone())::date);
COMMENT ON VIEW phi.breach_deadlines IS
    'Each incident''s notices (individuals, HHS, media per state, business associate) with due date, days remaining and state, today';

-- Validates and normalizes an incident, on every path (the functions and
-- direct writes alike): free text redacted first (so no error's detail
-- carries it), counts against the per-state counts, categories, severity;
-- the clock (discovery), the reporter, the id and the indicator never
-- change; the suspect and window are set once; a status changes only as
-- the rule allows, with the notices still pending, each status's time set
-- with it (finite, not before discovery nor the status before, not in the
-- future) and never otherwise; the incident's suspect moves no status.
CREATE FUNCTION phi._breach_incident_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_sum bigint;
    v_bad text;
    v_pending text[];
    v_zone text := phi._breach_zone();
    v_at timestamptz;
    v_prev timestamptz;
    v_n bigint;
BEGIN
    NEW.description := phi.redact(NEW.description);
    NEW.safeguards := phi.redact(NEW.safeguards);
    NEW.actions_taken := phi.redact(NEW.actions_taken);
    NEW.business_associate := phi.redact(NEW.business_associate);
    -- everything a constraint would check, checked here first: a
    -- constraint's error prints the whole row
    IF NEW.discovered_at IS NULL OR NOT pg_catalog.isfinite(NEW.discovered_at)
       OR NEW.discovered_at OPERATOR(pg_catalog.<) '1996-01-01 00:00:00+00' THEN
        RAISE EXCEPTION 'discovered_at must be given, finite and after 1995 (HIPAA)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.breach_date IS NOT NULL AND (NOT pg_catalog.isfinite(NEW.breach_date) OR NEW.breach_date OPERATOR(pg_catalog.<) '1996-01-01'
                                        OR NEW.breach_end_date OPERATOR(pg_catalog.<) NEW.breach_date) THEN
        RAISE EXCEPTION 'breach_date must be finite, after 1995, and not after breach_end_date' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.affected_count OPERATOR(pg_catalog.<) 0 THEN
        RAISE EXCEPTION 'affected_count must not be negative' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (NEW.suspect_role IS NULL) IS DISTINCT FROM (NEW.window_from IS NULL) OR (NEW.window_from IS NULL) IS DISTINCT FROM (NEW.window_to IS NULL)
       OR (NEW.window_from IS NOT NULL AND (NOT pg_catalog.isfinite(NEW.window_from) OR NOT pg_catalog.isfinite(NEW.window_to)
                                           OR NEW.window_from OPERATOR(pg_catalog.>=) NEW.window_to)) THEN
        RAISE EXCEPTION 'a suspect role comes with a finite window (window_from before window_to), and a window with a suspect'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.suspect_role IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.suspect_role IS DISTINCT FROM OLD.suspect_role)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) NEW.suspect_role)
       AND NOT EXISTS (SELECT 1 FROM phi.audit_log a WHERE a.actor OPERATOR(pg_catalog.=) NEW.suspect_role
                                                     OR a.session_user_name OPERATOR(pg_catalog.=) NEW.suspect_role) THEN
        -- not echoed: a swapped argument may be PHI
        RAISE EXCEPTION 'suspect_role names no role in the catalog or the audit trail' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.reported_by := session_user;
        NEW.reported_at := pg_catalog.now();
        NEW.suspect_named_at := CASE WHEN NEW.suspect_role IS NOT NULL THEN pg_catalog.clock_timestamp() END;
        IF NEW.status IS DISTINCT FROM 'investigating' THEN
            RAISE EXCEPTION 'a new incident is investigating; phi.set_breach_status moves it on'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF pg_catalog.num_nonnulls(NEW.confirmed_at, NEW.not_a_breach_at, NEW.contained_at, NEW.notified_at, NEW.closed_at) OPERATOR(pg_catalog.>) 0 THEN
            RAISE EXCEPTION 'a new incident has no status times yet' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NEW.discovered_at OPERATOR(pg_catalog.>) pg_catalog.now() THEN
            RAISE EXCEPTION 'discovered_at must not be in the future' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- the id is assigned here, whatever was given: BREACH-<discovery
        -- day>-<next number of that day> (report_breach locks the table
        -- first, so concurrent reports take turns)
        NEW.id := 'BREACH-' || pg_catalog.to_char(NEW.discovered_at AT TIME ZONE v_zone, 'YYYYMMDD') || '-';
        SELECT COALESCE(pg_catalog.max(pg_catalog.split_part(i.id, '-', 3)::bigint), 0) OPERATOR(pg_catalog.+) 1 INTO v_n
          FROM phi.breach_incidents i WHERE pg_catalog.starts_with(i.id, NEW.id);
        NEW.id := NEW.id || CASE WHEN v_n OPERATOR(pg_catalog.<) 10000 THEN pg_catalog.lpad(v_n::text, 4, '0') ELSE v_n::text END;
    ELSE
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.reported_by IS DISTINCT FROM OLD.reported_by
           OR NEW.reported_at IS DISTINCT FROM OLD.reported_at OR NEW.indicator IS DISTINCT FROM OLD.indicator
           OR NEW.discovered_at IS DISTINCT FROM OLD.discovered_at THEN
            RAISE EXCEPTION 'an incident''s id, indicator, reporter and discovery time do not change'
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'The deadlines run from the discovery; a wrong one is corrected by a new incident (and this one ruled not_a_breach).';
        END IF;
        -- the suspect and window may be named or changed later, but not by
        -- the suspect named; assessments made before count no more
        IF (NEW.suspect_role, NEW.window_from, NEW.window_to) IS DISTINCT FROM (OLD.suspect_role, OLD.window_from, OLD.window_to) THEN
            IF OLD.suspect_role IS NOT NULL AND OLD.suspect_role IN (session_user, current_user) THEN
                RAISE EXCEPTION 'the incident''s suspect does not change its suspect or window' USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.suspect_named_at := pg_catalog.clock_timestamp();
        ELSIF NEW.suspect_named_at IS DISTINCT FROM OLD.suspect_named_at THEN
            RAISE EXCEPTION 'suspect_named_at is set with the suspect' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- the facts that decide the notices do not change with a status, nor
        -- after closing
        IF (NEW.affected_count, NEW.affected_by_state, NEW.business_associate, NEW.phi_classes)
           IS DISTINCT FROM (OLD.affected_count, OLD.affected_by_state, OLD.business_associate, OLD.phi_classes)
           AND (NEW.status IS DISTINCT FROM OLD.status OR OLD.status OPERATOR(pg_catalog.=) 'closed') THEN
            RAISE EXCEPTION 'the counts, states, categories and business associate change on their own, before the incident is closed'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NEW.status IS NOT DISTINCT FROM OLD.status
           AND (NEW.confirmed_at, NEW.not_a_breach_at, NEW.contained_at, NEW.notified_at, NEW.closed_at)
               IS DISTINCT FROM (OLD.confirmed_at, OLD.not_a_breach_at, OLD.contained_at, OLD.notified_at, OLD.closed_at) THEN
            RAISE EXCEPTION 'status times change only with the status (phi.set_breach_status)' USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    IF NEW.breach_date OPERATOR(pg_catalog.>) (NEW.discovered_at AT TIME ZONE v_zone)::date THEN
        RAISE EXCEPTION 'breach_date is after the discovery' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_sum := phi._breach_check_states(NEW.affected_by_state);
    IF NEW.affected_count IS NULL THEN
        NEW.affected_count := v_sum;
    ELSIF v_sum OPERATOR(pg_catalog.>) NEW.affected_count THEN
        RAISE EXCEPTION 'affected_by_state counts % residents, more than affected_count (%)', v_sum, NEW.affected_count
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c INTO v_bad FROM pg_catalog.unnest(NEW.phi_classes) c
     WHERE c IS NULL OR (NOT EXISTS (SELECT 1 FROM phi.data_classes d WHERE d.name OPERATOR(pg_catalog.=) c)
                         AND NOT c OPERATOR(pg_catalog.=) ANY (phi._breach_categories()))
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'phi_classes holds a name that is neither a data class nor a breach category'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Data classes: SELECT name FROM phi.data_classes; categories: ' ||
                         pg_catalog.array_to_string(phi._breach_categories(), ', ') || '.';
    END IF;
    IF NEW.breach_type IS NULL OR NEW.breach_type NOT IN ('hacking', 'unauthorized_access', 'theft', 'loss', 'improper_disposal', 'other') THEN
        RAISE EXCEPTION 'unknown breach_type' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Types (as HHS names them): hacking, unauthorized_access, theft, loss, improper_disposal, other.';
    END IF;
    IF NEW.location IS NULL OR NEW.location NOT IN ('electronic_medical_record', 'network_server', 'email', 'laptop', 'desktop',
                                                    'portable_device', 'paper', 'other') THEN
        RAISE EXCEPTION 'unknown location' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Locations: electronic_medical_record, network_server, email, laptop, desktop, portable_device, paper, other.';
    END IF;
    NEW.phi_classes := ARRAY(SELECT DISTINCT c FROM pg_catalog.unnest(NEW.phi_classes) c ORDER BY c);
    NEW.severity := phi._breach_severity(NEW.affected_count, NEW.phi_classes);
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
        IF OLD.suspect_role IS NOT NULL AND OLD.suspect_role IN (session_user, current_user) THEN
            RAISE EXCEPTION 'the incident''s suspect does not move its status' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT pg_catalog.array_agg(CASE WHEN d.jurisdiction IS NULL THEN d.obligation ELSE d.obligation || ':' || d.jurisdiction END
                                    ORDER BY d.obligation, d.jurisdiction)
          INTO v_pending
          FROM phi.breach_deadlines_at((pg_catalog.now() AT TIME ZONE v_zone)::date) d
         WHERE d.incident OPERATOR(pg_catalog.=) NEW.id AND d.state IN ('open', 'due_soon', 'overdue');
        PERFORM phi._breach_transition(OLD.status, NEW.status, COALESCE(v_pending, '{}'));
        v_at := CASE NEW.status
            WHEN 'confirmed' THEN NEW.confirmed_at WHEN 'not_a_breach' THEN NEW.not_a_breach_at
            WHEN 'contained' THEN NEW.contained_at WHEN 'notified' THEN NEW.notified_at WHEN 'closed' THEN NEW.closed_at END;
        v_at := COALESCE(v_at, pg_catalog.now());
        v_prev := GREATEST(OLD.discovered_at, OLD.confirmed_at, OLD.not_a_breach_at, OLD.contained_at, OLD.notified_at);
        IF NOT pg_catalog.isfinite(v_at) OR v_at OPERATOR(pg_catalog.>) pg_catalog.now() OR v_at OPERATOR(pg_catalog.<) v_prev THEN
            RAISE EXCEPTION 'a status''s time is finite, not in the future, and not before the discovery or the status before it'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- only the new status's time is set; the others stay as they were
        NEW.confirmed_at := CASE WHEN NEW.status = 'confirmed' THEN v_at ELSE OLD.confirmed_at END;
        NEW.not_a_breach_at := CASE WHEN NEW.status = 'not_a_breach' THEN v_at ELSE OLD.not_a_breach_at END;
        NEW.contained_at := CASE WHEN NEW.status = 'contained' THEN v_at ELSE OLD.contained_at END;
        NEW.notified_at := CASE WHEN NEW.status = 'notified' THEN v_at ELSE OLD.notified_at END;
        NEW.closed_at := CASE WHEN NEW.status = 'closed' THEN v_at ELSE OLD.closed_at END;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_incident BEFORE INSERT OR UPDATE ON phi.breach_incidents
    FOR EACH ROW EXECUTE FUNCTION phi._breach_incident_check();

-- Opens an incident (status investigating) and returns its id,
-- BREACH-<discovery date>-<number of that day>. affected_count NULL: the
-- sum of affected_by_state ({"CA": 620, "NV": 12}), or unknown.
-- phi_classes: data classes and the categories financial, mental_health,
-- substance_use, hiv, genetic, clinical, demographic. suspect_role and the
-- window name whose accesses the incident is about (breach_scope,
-- assess_breach read the audit trail for them).
CREATE FUNCTION phi.report_breach(description text, discovered_at timestamptz, breach_date date DEFAULT NULL,
                                  affected_count bigint DEFAULT NULL, phi_classes text[] DEFAULT '{}',
                                  affected_by_state jsonb DEFAULT NULL, breach_type text DEFAULT 'unauthorized_access',
                                  location text DEFAULT 'electronic_medical_record', business_associate text DEFAULT NULL,
                                  suspect_role name DEFAULT NULL, window_from timestamptz DEFAULT NULL,
                                  window_to timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN phi._open_incident(report_breach.description, report_breach.discovered_at, report_breach.breach_date,
                              report_breach.affected_count, report_breach.phi_classes, report_breach.affected_by_state,
                              report_breach.breach_type, report_breach.location, report_breach.business_associate,
                              report_breach.suspect_role, report_breach.window_from, report_breach.window_to, NULL);
END
$$;

CREATE FUNCTION phi._open_incident(description text, discovered_at timestamptz, breach_date date, affected_count bigint,
                                   phi_classes text[], affected_by_state jsonb, breach_type text, location text,
                                   business_associate text, suspect_role name, window_from timestamptz,
                                   window_to timestamptz, indicator text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id text;
BEGIN
    IF description IS NULL OR pg_catalog.length(pg_catalog.btrim(description)) OPERATOR(pg_catalog.<) 10 THEN
        RAISE EXCEPTION 'an incident needs a description of at least 10 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- reports take turns (the trigger numbers them per discovery day)
    LOCK TABLE phi.breach_incidents IN SHARE ROW EXCLUSIVE MODE;
    INSERT INTO phi.breach_incidents (id, description, discovered_at, breach_date, affected_count, affected_by_state,
                                      phi_classes, breach_type, location, business_associate, suspect_role,
                                      window_from, window_to, indicator, severity, reported_by, reported_at)
    VALUES ('', description, discovered_at, breach_date, affected_count, affected_by_state,
            COALESCE(phi_classes, '{}'), COALESCE(breach_type, 'unauthorized_access'),
            COALESCE(location, 'electronic_medical_record'), business_associate, suspect_role,
            window_from, window_to, indicator, 'low', session_user, pg_catalog.now())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- Moves an incident on: investigating -> confirmed or not_a_breach ->
-- contained -> notified -> closed (not_a_breach -> closed). notified needs
-- the individuals' notice recorded; closing a breach needs every required
-- notice. at: when it happened (default now).
CREATE FUNCTION phi.set_breach_status(incident text, status text, at timestamptz DEFAULT pg_catalog.now())
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_status text;
BEGIN
    IF at IS NULL THEN
        RAISE EXCEPTION 'at must be given' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    UPDATE phi.breach_incidents i
       SET status = set_breach_status.status,
           confirmed_at = CASE WHEN set_breach_status.status = 'confirmed' THEN at ELSE i.confirmed_at END,
           not_a_breach_at = CASE WHEN set_breach_status.status = 'not_a_breach' THEN at ELSE i.not_a_breach_at END,
           contained_at = CASE WHEN set_breach_status.status = 'contained' THEN at ELSE i.contained_at END,
           notified_at = CASE WHEN set_breach_status.status = 'notified' THEN at ELSE i.notified_at END,
           closed_at = CASE WHEN set_breach_status.status = 'closed' THEN at ELSE i.closed_at END
     WHERE i.id OPERATOR(pg_catalog.=) set_breach_status.incident
    RETURNING i.status INTO v_status;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    RETURN v_status;
END
$$;

-- Checks an assessment on every path (assess_breach or a direct INSERT):
-- notes redacted first; who and when are the session's and now; factor 3
-- recomputed from the audit trail when the incident names a suspect and
-- window and the trail holds events there (else the officer's), and the
-- probability and notification_required recomputed from the four factors.
-- The incident's suspect does not assess it. Assessments are kept as made.
CREATE FUNCTION phi._breach_assessment_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    i phi.breach_incidents;
    v_plain bigint := 0;
    v_partial bigint := 0;
    v_none bigint := 0;
    v_problem text;
    r record;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'assessments are kept as made: record a new one' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.nature_note := phi.redact(NEW.nature_note);
    NEW.recipient_note := phi.redact(NEW.recipient_note);
    NEW.mitigation_note := phi.redact(NEW.mitigation_note);
    NEW.id := pg_catalog.nextval('phi.breach_assessments_id_seq'::pg_catalog.regclass);
    NEW.assessed_by := session_user;
    NEW.assessed_at := pg_catalog.clock_timestamp();
    SELECT * INTO i FROM phi.breach_incidents b WHERE b.id OPERATOR(pg_catalog.=) NEW.incident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    IF i.suspect_role IS NOT NULL AND i.suspect_role IN (session_user, current_user) THEN
        RAISE EXCEPTION 'the incident''s suspect does not assess it' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF i.suspect_role IS NOT NULL THEN
        v_problem := phi._audit_window_problem(i.window_from, i.window_to);
        IF v_problem IS NOT NULL THEN
            RAISE EXCEPTION 'the audit evidence for this incident cannot be used: %', v_problem
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'Investigate with phi.verify_audit() and phi.verify_audit_against(digest).';
        END IF;
        SELECT COALESCE(pg_catalog.sum(a.row_count) FILTER (WHERE a.action OPERATOR(pg_catalog.=) 'read'), 0),
               COALESCE(pg_catalog.sum(a.row_count) FILTER (WHERE a.action IN ('read_masked', 'insert', 'update', 'delete')), 0),
               COALESCE(pg_catalog.sum(a.row_count) FILTER (WHERE a.action IN ('read_sealed', 'read_denied')), 0)
          INTO v_plain, v_partial, v_none
          FROM phi.audit_log a
         WHERE (a.actor OPERATOR(pg_catalog.=) i.suspect_role OR a.session_user_name OPERATOR(pg_catalog.=) i.suspect_role)
           AND a.occurred_at OPERATOR(pg_catalog.>=) i.window_from AND a.occurred_at OPERATOR(pg_catalog.<) i.window_to;
    END IF;
    SELECT * INTO r FROM phi._breach_assess(NEW.nature, NEW.recipient,
                                             CASE WHEN NEW.acquired_source IS DISTINCT FROM 'audit' THEN NEW.acquired END,
                                             NEW.mitigation, v_plain, v_partial, v_none);
    NEW.acquired := r.acquired;
    NEW.acquired_source := r.acquired_source;
    NEW.acquired_evidence := CASE WHEN r.acquired_source = 'audit' THEN
        pg_catalog.jsonb_build_object('plaintext_values', v_plain, 'masked_or_written_values', v_partial,
                                      'sealed_or_refused_values', v_none) END;
    NEW.probability := r.probability;
    NEW.notification_required := r.notification_required;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_assessment BEFORE INSERT OR UPDATE OR DELETE ON phi.breach_assessments
    FOR EACH ROW EXECUTE FUNCTION phi._breach_assessment_check();

-- Records the four-factor risk assessment. Factor 3 (was the PHI actually
-- acquired or viewed) comes from the audit trail when the incident names
-- a suspect role and window and the trail holds its events there:
-- plaintext reads, high; masked reads or changes, medium; sealed or
-- refused reads only, low. Otherwise from `acquired`. Returns the stored
-- assessment's probability of compromise and whether notification is
-- required (unless every factor is low).
CREATE FUNCTION phi.assess_breach(incident text, nature text, recipient text, mitigation text,
                                  acquired text DEFAULT NULL, nature_note text DEFAULT NULL,
                                  recipient_note text DEFAULT NULL, mitigation_note text DEFAULT NULL)
RETURNS TABLE (acquired_or_viewed text, evidence text, probability text, notification_required boolean)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a phi.breach_assessments;
BEGIN
    -- the incident's row is locked so assessments of it take turns
    PERFORM 1 FROM phi.breach_incidents b WHERE b.id OPERATOR(pg_catalog.=) assess_breach.incident FOR UPDATE;
    INSERT INTO phi.breach_assessments AS x (incident, nature, nature_note, recipient, recipient_note, acquired, acquired_source,
                                             mitigation, mitigation_note, probability, notification_required, assessed_by, assessed_at)
    VALUES (assess_breach.incident, assess_breach.nature, nature_note, assess_breach.recipient, recipient_note,
            COALESCE(assess_breach.acquired, 'low'), CASE WHEN assess_breach.acquired IS NULL THEN 'audit' ELSE 'officer' END,
            assess_breach.mitigation, mitigation_note, 'low', false, session_user, pg_catalog.now())
    RETURNING x.* INTO a;
    RETURN QUERY SELECT a.acquired, a.acquired_source, a.probability, a.notification_required;
END
$$;

-- Checks a notice on every path: the note redacted first; who recorded
-- it and when are the session's and now; the obligation, the state (a
-- media notice's, a US state or territory code), the method; sent not in
-- the future nor before the discovery. A correction may change when and
-- how it was sent and the note, never which incident or notice it is.
CREATE FUNCTION phi._breach_notification_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_discovered timestamptz;
BEGIN
    NEW.note := phi.redact(NEW.note);
    IF TG_OP = 'INSERT' THEN
        NEW.id := pg_catalog.nextval('phi.breach_notifications_id_seq'::pg_catalog.regclass);
        NEW.recorded_by := session_user;
        NEW.recorded_at := pg_catalog.now();
    ELSIF (NEW.id, NEW.incident, NEW.obligation, NEW.jurisdiction, NEW.recorded_by, NEW.recorded_at)
          IS DISTINCT FROM (OLD.id, OLD.incident, OLD.obligation, OLD.jurisdiction, OLD.recorded_by, OLD.recorded_at) THEN
        RAISE EXCEPTION 'a notice''s incident, obligation, state and recorder do not change; a correction changes sent_at, method or note'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.obligation IS NULL OR NEW.obligation NOT IN ('individuals', 'hhs', 'media', 'business_associate') THEN
        RAISE EXCEPTION 'obligation must be individuals, hhs, media or business_associate' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.jurisdiction IS NOT NULL AND (NEW.obligation OPERATOR(pg_catalog.<>) 'media'
                                        OR NOT NEW.jurisdiction OPERATOR(pg_catalog.=) ANY (phi._breach_jurisdictions())) THEN
        RAISE EXCEPTION 'only media notices name a state, as its code (CA, NY, DC, PR, ...)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.method IS NULL OR NEW.method NOT IN ('mail', 'email', 'phone', 'substitute_web', 'substitute_media', 'press_release',
                                                 'hhs_portal', 'annual_log', 'letter', 'other') THEN
        RAISE EXCEPTION 'unknown notification method' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Methods: mail, email, phone, substitute_web, substitute_media, press_release, hhs_portal, annual_log, letter, other.';
    END IF;
    SELECT i.discovered_at INTO v_discovered FROM phi.breach_incidents i WHERE i.id OPERATOR(pg_catalog.=) NEW.incident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    IF NEW.sent_at IS NULL OR NOT pg_catalog.isfinite(NEW.sent_at) OR NEW.sent_at OPERATOR(pg_catalog.>) pg_catalog.now()
       OR NEW.sent_at OPERATOR(pg_catalog.<) v_discovered THEN
        RAISE EXCEPTION 'sent_at must be given, not in the future and not before the discovery' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_notification BEFORE INSERT OR UPDATE ON phi.breach_notifications
    FOR EACH ROW EXECUTE FUNCTION phi._breach_notification_check();

-- Records a notice sent. A media notice names its state when more than one
-- state needs one.
CREATE FUNCTION phi.record_notification(incident text, obligation text, sent_at timestamptz, method text,
                                        jurisdiction text DEFAULT NULL, note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_j text := jurisdiction;
    v_states text[];
    v_id bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM phi.breach_incidents i WHERE i.id OPERATOR(pg_catalog.=) record_notification.incident) THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    IF obligation IS NULL OR obligation NOT IN ('individuals', 'hhs', 'media', 'business_associate') THEN
        RAISE EXCEPTION 'obligation must be individuals, hhs, media or business_associate' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF obligation OPERATOR(pg_catalog.=) 'media' THEN
        SELECT pg_catalog.array_agg(d.jurisdiction) INTO v_states
          FROM phi.breach_deadlines_at((pg_catalog.now() AT TIME ZONE phi._breach_zone())::date) d
         WHERE d.incident OPERATOR(pg_catalog.=) record_notification.incident AND d.obligation OPERATOR(pg_catalog.=) 'media'
           AND d.required;
        IF v_j IS NULL AND pg_catalog.cardinality(v_states) OPERATOR(pg_catalog.=) 1 THEN
            v_j := v_states[1];
        ELSIF v_j IS NULL AND pg_catalog.cardinality(v_states) OPERATOR(pg_catalog.>) 1 THEN
            RAISE EXCEPTION 'this incident needs media notices in % states: name the state', pg_catalog.cardinality(v_states)
                USING ERRCODE = 'invalid_parameter_value', HINT = 'States: ' || pg_catalog.array_to_string(v_states, ', ') || '.';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM phi.breach_notifications n
                WHERE n.incident OPERATOR(pg_catalog.=) record_notification.incident
                  AND n.obligation OPERATOR(pg_catalog.=) record_notification.obligation
                  AND n.jurisdiction IS NOT DISTINCT FROM v_j) THEN
        RAISE EXCEPTION 'this notice is already recorded for the incident' USING ERRCODE = 'unique_violation',
            HINT = 'A correction is an UPDATE of phi.breach_notifications (itself an audit event).';
    END IF;
    INSERT INTO phi.breach_notifications (incident, obligation, jurisdiction, sent_at, method, note, recorded_by, recorded_at)
    VALUES (incident, obligation, v_j, sent_at, method, note, session_user, pg_catalog.now())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------- indicators

-- Signs of a breach in the audit trail between two times, one row per
-- finding, each with a fingerprint (scan_breach_indicators opens one
-- incident per fingerprint):
--   bulk_read               more than bulk_patients patients read by one login in one bulk_window
--   after_hours             PHI read or changed outside business hours or days (per login and local day)
--   denied_spike            denied_values refused values or more for one login in one bulk_window
-- (per login, session_user: reads under SET ROLE count for the person)
--   expired_role            a login's accesses after its VALID UNTIL passed
--   nologin_role            accesses by a login that is now NOLOGIN (per day)
--   unreviewed_break_glass  a break-glass window not reviewed break_glass_review_days after it closed
--   audit_trail_broken      the chain does not verify from the window on
CREATE FUNCTION phi.breach_indicators(from_ts timestamptz DEFAULT pg_catalog.now() - interval '1 day',
                                      to_ts timestamptz DEFAULT pg_catalog.now())
RETURNS TABLE (indicator text, role name, first_at timestamptz, last_at timestamptz, events bigint, patients bigint,
               detail text, fingerprint text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_window interval := phi._breach_setting('bulk_window')::interval;
    v_bulk bigint := phi._breach_setting('bulk_patients')::bigint;
    v_denied bigint := phi._breach_setting('denied_values')::bigint;
    v_zone text := phi._breach_zone();
    v_hours text[] := pg_catalog.string_to_array(phi._breach_setting('business_hours'), '-');
    v_days int[] := pg_catalog.string_to_array(phi._breach_setting('business_days'), ',')::int[];
    v_exempt text[] := ARRAY(SELECT pg_catalog.btrim(x) FROM pg_catalog.unnest(pg_catalog.string_to_array(phi._breach_setting('after_hours_roles'), ',')) x
                             WHERE pg_catalog.btrim(x) OPERATOR(pg_catalog.<>) '');
    v_review integer := phi._breach_setting('break_glass_review_days')::integer;
    v_origin timestamptz := '2000-01-01 00:00:00+00';
    v_problem text;
BEGIN
    IF from_ts IS NULL OR to_ts IS NULL OR from_ts OPERATOR(pg_catalog.>=) to_ts THEN
        RAISE EXCEPTION 'the window''s start must be before its end' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_problem := phi._audit_window_problem(from_ts, to_ts);
    IF v_problem LIKE 'the audit chain does not verify%' THEN
        RETURN QUERY SELECT 'audit_trail_broken'::text, NULL::name, from_ts, to_ts, 0::bigint, 0::bigint, v_problem,
                            'audit_trail_broken:' || pg_catalog.substring(v_problem, 'the first at seq ([0-9]+ \([a-z_]+\))');
    END IF;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS actor, pg_catalog.date_bin(v_window, a.occurred_at, v_origin) AS bucket, a.occurred_at, a.subjects
          FROM phi.audit_log a
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action IN ('read', 'read_masked')
    ), p AS (
        SELECT e.actor, e.bucket, pg_catalog.count(DISTINCT s) AS n
          FROM e CROSS JOIN LATERAL pg_catalog.unnest(e.subjects) s GROUP BY e.actor, e.bucket
    )
    SELECT 'bulk_read'::text, e.actor, pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at), pg_catalog.count(*), p.n,
           pg_catalog.format('%s patients read within %s', p.n, v_window),
           pg_catalog.format('bulk_read:%s:%s', e.actor, pg_catalog.date_part('epoch', e.bucket)::bigint)
      FROM e JOIN p ON p.actor OPERATOR(pg_catalog.=) e.actor AND p.bucket OPERATOR(pg_catalog.=) e.bucket
     WHERE p.n OPERATOR(pg_catalog.>) v_bulk
     GROUP BY e.actor, e.bucket, p.n;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS actor, a.occurred_at, a.subjects, a.occurred_at AT TIME ZONE v_zone AS lt
          FROM phi.audit_log a
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action IN ('read', 'read_masked', 'insert', 'update', 'delete')
           AND NOT (a.actor::text OPERATOR(pg_catalog.=) ANY (v_exempt))
           AND NOT (a.session_user_name::text OPERATOR(pg_catalog.=) ANY (v_exempt))
    ), o AS (
        SELECT e.actor, e.occurred_at, e.subjects, e.lt::date AS day FROM e
         WHERE NOT (pg_catalog.date_part('isodow', e.lt)::int OPERATOR(pg_catalog.=) ANY (v_days))
            OR e.lt::time OPERATOR(pg_catalog.<) v_hours[1]::time OR e.lt::time OPERATOR(pg_catalog.>=) v_hours[2]::time
    ), p AS (
        SELECT o.actor, o.day, pg_catalog.count(DISTINCT s) AS n
          FROM o CROSS JOIN LATERAL pg_catalog.unnest(o.subjects) s GROUP BY o.actor, o.day
    )
    SELECT 'after_hours'::text, o.actor, pg_catalog.min(o.occurred_at), pg_catalog.max(o.occurred_at), pg_catalog.count(*),
           COALESCE(p.n, 0),
           pg_catalog.format('%s accesses outside business hours (%s, days %s) on %s', pg_catalog.count(*),
                             pg_catalog.array_to_string(v_hours, '-'), pg_catalog.array_to_string(v_days, ','), o.day),
           pg_catalog.format('after_hours:%s:%s', o.actor, o.day)
      FROM o LEFT JOIN p ON p.actor OPERATOR(pg_catalog.=) o.actor AND p.day OPERATOR(pg_catalog.=) o.day
     GROUP BY o.actor, o.day, p.n;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS actor, pg_catalog.date_bin(v_window, a.occurred_at, v_origin) AS bucket, a.occurred_at, a.subjects, a.row_count
          FROM phi.audit_log a
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action OPERATOR(pg_catalog.=) 'read_denied'
    ), p AS (
        SELECT e.actor, e.bucket, pg_catalog.count(DISTINCT s) AS n
          FROM e CROSS JOIN LATERAL pg_catalog.unnest(e.subjects) s GROUP BY e.actor, e.bucket
    )
    SELECT 'denied_spike'::text, e.actor, pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at), pg_catalog.count(*),
           COALESCE(p.n, 0),
           pg_catalog.format('%s values refused within %s', pg_catalog.sum(e.row_count), v_window),
           pg_catalog.format('denied_spike:%s:%s', e.actor, pg_catalog.date_part('epoch', e.bucket)::bigint)
      FROM e LEFT JOIN p ON p.actor OPERATOR(pg_catalog.=) e.actor AND p.bucket OPERATOR(pg_catalog.=) e.bucket
     GROUP BY e.actor, e.bucket, p.n
    HAVING pg_catalog.sum(e.row_count) OPERATOR(pg_catalog.>=) v_denied;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS who, a.occurred_at, a.subjects, (a.occurred_at AT TIME ZONE v_zone)::date AS day,
               CASE WHEN r.rolvaliduntil OPERATOR(pg_catalog.<) a.occurred_at THEN 'expired_role' ELSE 'nologin_role' END AS kind
          FROM phi.audit_log a JOIN pg_catalog.pg_roles r ON r.rolname OPERATOR(pg_catalog.=) a.session_user_name
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action IN ('read', 'read_masked', 'insert', 'update', 'delete')
           AND (r.rolvaliduntil OPERATOR(pg_catalog.<) a.occurred_at OR NOT r.rolcanlogin)
    ), p AS (
        SELECT e.kind, e.who, e.day, pg_catalog.count(DISTINCT s) AS n
          FROM e CROSS JOIN LATERAL pg_catalog.unnest(e.subjects) s GROUP BY e.kind, e.who, e.day
    )
    SELECT e.kind, e.who, pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at), pg_catalog.count(*), COALESCE(p.n, 0),
           CASE e.kind WHEN 'expired_role' THEN pg_catalog.format('%s accesses on %s after the login''s VALID UNTIL', pg_catalog.count(*), e.day)
                       ELSE pg_catalog.format('%s accesses on %s by a login that is now NOLOGIN', pg_catalog.count(*), e.day) END,
           pg_catalog.format('%s:%s:%s', e.kind, e.who, e.day)
      FROM e LEFT JOIN p ON p.kind OPERATOR(pg_catalog.=) e.kind AND p.who OPERATOR(pg_catalog.=) e.who AND p.day OPERATOR(pg_catalog.=) e.day
     GROUP BY e.kind, e.who, e.day, p.n;

    RETURN QUERY
    SELECT 'unreviewed_break_glass'::text, r.rolname, b.opened_at, b.expires_at, 1::bigint, 1::bigint,
           pg_catalog.format('break-glass window %s closed at %s and is not reviewed', b.id, b.expires_at),
           pg_catalog.format('unreviewed_break_glass:%s', b.id)
      FROM phi.break_glass b LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) b.role::pg_catalog.oid
     WHERE b.reviewed_at IS NULL
       AND b.expires_at OPERATOR(pg_catalog.+) pg_catalog.make_interval(days => v_review) OPERATOR(pg_catalog.<) to_ts
       AND b.opened_at OPERATOR(pg_catalog.<) to_ts;
END
$$;

-- Opens an incident (investigating, discovered now) for each indicator
-- whose fingerprint has none yet, and returns them: run twice, the second
-- run opens nothing. The incident names the role and the window, so
-- breach_scope and assess_breach read the trail for them.
CREATE FUNCTION phi.scan_breach_indicators(from_ts timestamptz DEFAULT pg_catalog.now() - interval '1 day',
                                           to_ts timestamptz DEFAULT pg_catalog.now())
RETURNS TABLE (incident text, indicator text, role name, detail text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f record;
BEGIN
    LOCK TABLE phi.breach_incidents IN SHARE ROW EXCLUSIVE MODE;
    FOR f IN SELECT * FROM phi.breach_indicators(from_ts, to_ts) x ORDER BY x.first_at, x.fingerprint LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM phi.breach_incidents i WHERE i.indicator OPERATOR(pg_catalog.=) f.fingerprint);
        incident := phi._open_incident(
            pg_catalog.format('Indicator %s: %s', f.indicator, f.detail), pg_catalog.now(), NULL, NULL, '{}', NULL,
            'unauthorized_access', 'electronic_medical_record', NULL, f.role,
            CASE WHEN f.role IS NOT NULL THEN f.first_at END,
            CASE WHEN f.role IS NOT NULL THEN f.last_at OPERATOR(pg_catalog.+) interval '1 microsecond' END,
            f.fingerprint);
        indicator := f.indicator;
        role := f.role;
        detail := f.detail;
        RETURN NEXT;
    END LOOP;
END
$$;

-- The patients whose PHI a role read (plaintext, masked, break-glass) or
-- changed in a window, by class: the affected individuals, from an audit
-- chain that verifies from the window on (refused otherwise, saying why).
-- Patients appear as their subject digest (hex); with patients and id_col
-- each is matched to its id by reading that table with the caller's
-- rights. The call is itself an audit event.
CREATE FUNCTION phi.breach_scope(role text, from_ts timestamptz, to_ts timestamptz,
                                 patients regclass DEFAULT NULL, id_col text DEFAULT NULL)
RETURNS TABLE (subject text, patient_id text, classes text[], actions text[], events bigint,
               first_at timestamptz, last_at timestamptz)
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'breach_scope_wrapper';

-- ---------------------------------------------------------------- the HHS report

-- The fields HHS's breach report asks for, as jsonb.
CREATE FUNCTION phi.breach_report(incident text) RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    i phi.breach_incidents;
    a phi.breach_assessments;
    v_notices jsonb;
BEGIN
    SELECT * INTO i FROM phi.breach_incidents b WHERE b.id OPERATOR(pg_catalog.=) breach_report.incident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO a FROM phi.breach_assessments x WHERE x.incident OPERATOR(pg_catalog.=) i.id
       AND x.assessed_at OPERATOR(pg_catalog.>=) COALESCE(i.suspect_named_at, '-infinity')
     ORDER BY x.assessed_at DESC, x.id DESC LIMIT 1;
    SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
               'obligation', d.obligation, 'jurisdiction', d.jurisdiction, 'required', d.required, 'due', d.due,
               'state', d.state, 'sent_at', d.sent_at, 'method', n.method, 'basis', d.basis))
           ORDER BY d.obligation, d.jurisdiction)
      INTO v_notices
      FROM phi.breach_deadlines d
      LEFT JOIN phi.breach_notifications n ON n.incident OPERATOR(pg_catalog.=) d.incident
            AND n.obligation OPERATOR(pg_catalog.=) d.obligation AND n.jurisdiction IS NOT DISTINCT FROM d.jurisdiction
     WHERE d.incident OPERATOR(pg_catalog.=) i.id;
    RETURN pg_catalog.jsonb_build_object(
        'incident', i.id,
        'covered_entity', NULLIF(phi._breach_setting('covered_entity'), ''),
        'business_associate', i.business_associate,
        'breach_start_date', i.breach_date,
        'breach_end_date', i.breach_end_date,
        'discovery_date', (i.discovered_at AT TIME ZONE phi._breach_zone())::date,
        'approximate_individuals_affected', i.affected_count,
        'individuals_by_state', i.affected_by_state,
        'type_of_breach', i.breach_type,
        'location_of_breached_information', i.location,
        'type_of_phi_involved', (
            SELECT COALESCE(pg_catalog.jsonb_agg(DISTINCT CASE
                WHEN c IN ('name', 'dob', 'address', 'phone', 'email', 'ssn', 'mrn', 'insurance_id', 'license', 'demographic') THEN 'demographic'
                WHEN c IN ('account', 'financial') THEN 'financial'
                WHEN c IN ('diagnosis', 'note', 'mental_health', 'substance_use', 'hiv', 'genetic', 'clinical', 'biometric') THEN 'clinical'
                ELSE 'other' END), '[]'::jsonb)
            FROM pg_catalog.unnest(i.phi_classes) c),
        'phi_classes', pg_catalog.to_jsonb(i.phi_classes),
        'severity', i.severity,
        'status', i.status,
        'description', i.description,
        'safeguards_in_place_prior_to_breach', i.safeguards,
        'actions_taken_in_response', i.actions_taken,
        'risk_assessment', CASE WHEN a.id IS NULL THEN NULL ELSE pg_catalog.jsonb_build_object(
            'nature_and_extent', a.nature, 'unauthorized_recipient', a.recipient, 'acquired_or_viewed', a.acquired,
            'acquired_or_viewed_source', a.acquired_source, 'acquired_or_viewed_evidence', a.acquired_evidence,
            'mitigation', a.mitigation, 'probability_of_compromise', a.probability,
            'notification_required', a.notification_required, 'assessed_at', a.assessed_at) END,
        'notices', COALESCE(v_notices, '[]'::jsonb),
        'substitute_notice', EXISTS (SELECT 1 FROM phi.breach_notifications n WHERE n.incident OPERATOR(pg_catalog.=) i.id
                                        AND n.method IN ('substitute_web', 'substitute_media')),
        'status_history', pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
            'reported', i.reported_at, 'confirmed', i.confirmed_at, 'not_a_breach', i.not_a_breach_at,
            'contained', i.contained_at, 'notified', i.notified_at, 'closed', i.closed_at)));
END
$$;

-- ---------------------------------------------------------------- compliance posture

-- One row per technical safeguard, each a check of this database and
-- server now: pass or fail (unknown when the caller cannot see enough),
-- what was found, and the fix.
CREATE FUNCTION phi.compliance_report()
RETURNS TABLE (safeguard text, check_name text, status text, detail text, fix text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    v text;
    v_n bigint;
    v_days integer := phi._breach_setting('audit_verify_days')::integer;
    v_from timestamptz;
    v_problem text;
    v_cols text[];
    v_unscanned text[];
    v_rel record;
    v_sampled boolean;
BEGIN
    -- transmission security, 164.312(e)
    v := pg_catalog.current_setting('ssl');
    RETURN QUERY SELECT 'transmission security', 'ssl', CASE WHEN v = 'on' THEN 'pass' ELSE 'fail' END,
        'ssl = ' || v, 'Configure ssl_cert_file and ssl_key_file, set ssl = on, and require hostssl in pg_hba.conf.';
    -- person or entity authentication, 164.312(d)
    v := pg_catalog.current_setting('password_encryption');
    RETURN QUERY SELECT 'person or entity authentication', 'password_encryption', CASE WHEN v = 'scram-sha-256' THEN 'pass' ELSE 'fail' END,
        'password_encryption = ' || v, 'ALTER SYSTEM SET password_encryption = ''scram-sha-256''; then reset every md5 password.';
    -- the server log must not carry PHI literals
    v := pg_catalog.current_setting('log_statement');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_statement', CASE WHEN v IN ('none', 'ddl') THEN 'pass' ELSE 'fail' END,
        'log_statement = ' || v || CASE WHEN v IN ('mod', 'all') THEN ': statements are logged with their literals' ELSE '' END,
        'ALTER SYSTEM SET log_statement = ''ddl'' (or ''none''); pg_phi''s audit trail records accesses without values.';
    v := pg_catalog.current_setting('log_min_duration_statement');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_min_duration_statement', CASE WHEN v = '-1' THEN 'pass' ELSE 'fail' END,
        'log_min_duration_statement = ' || v || CASE WHEN v <> '-1' THEN ': slow statements are logged with their text' ELSE '' END,
        'ALTER SYSTEM SET log_min_duration_statement = -1; find slow statements with pg_stat_statements (normalized, no literals).';
    v := pg_catalog.current_setting('log_min_duration_sample');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_min_duration_sample', CASE WHEN v = '-1' THEN 'pass' ELSE 'fail' END,
        'log_min_duration_sample = ' || v, 'ALTER SYSTEM SET log_min_duration_sample = -1.';
    v := pg_catalog.current_setting('log_parameter_max_length');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_parameter_max_length', CASE WHEN v = '0' THEN 'pass' ELSE 'fail' END,
        'log_parameter_max_length = ' || v || CASE WHEN v <> '0' THEN ': bind parameters are logged with logged statements' ELSE '' END,
        'ALTER SYSTEM SET log_parameter_max_length = 0.';
    v := pg_catalog.current_setting('log_parameter_max_length_on_error');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_parameter_max_length_on_error', CASE WHEN v = '0' THEN 'pass' ELSE 'fail' END,
        'log_parameter_max_length_on_error = ' || v, 'ALTER SYSTEM SET log_parameter_max_length_on_error = 0.';
    v := pg_catalog.current_setting('log_min_error_statement');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_min_error_statement', CASE WHEN v = 'panic' THEN 'pass' ELSE 'fail' END,
        'log_min_error_statement = ' || v || CASE WHEN v <> 'panic' THEN ': a failing statement''s text (and a failing COPY''s row) is logged' ELSE '' END,
        'ALTER SYSTEM SET log_min_error_statement = ''panic''; errors are still logged, without the statement.';
    -- automatic logoff, 164.312(a)(2)(iii)
    v := pg_catalog.current_setting('idle_session_timeout');
    RETURN QUERY SELECT 'automatic logoff', 'idle_session_timeout',
        CASE WHEN v NOT IN ('0', '0ms') AND v::interval <= phi._breach_setting('idle_session_max')::interval THEN 'pass' ELSE 'fail' END,
        'idle_session_timeout = ' || v || ' (at most ' || phi._breach_setting('idle_session_max') || ')',
        'ALTER SYSTEM SET idle_session_timeout = ''15min'' (and idle_in_transaction_session_timeout).';
    -- access control: every column that holds PHI is protected. The report
    -- runs over every relation, so no owner's code may run in it with the
    -- caller's rights, nor with a role other officers share: a table is
    -- sampled (phi.scan_table, as its owner) only when the caller owns it
    -- or is a superuser and its owner is not one of pg_phi's roles; every
    -- other relation (views and foreign tables too) is judged by its
    -- column names, and named as not sampled. A table whose sampling
    -- fails is judged the same way.
    v_cols := '{}';
    v_unscanned := '{}';
    FOR v_rel IN
        SELECT c.oid, c.relkind,
               c.relkind IN ('r', 'p', 'm') AND (c.relkind OPERATOR(pg_catalog.<>) 'm' OR c.relispopulated)
               AND (c.relowner OPERATOR(pg_catalog.=) (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) current_user)
                    OR ((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) current_user)
                        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles o WHERE o.oid OPERATOR(pg_catalog.=) c.relowner
                                          AND o.rolname IN ('phi_reader', 'phi_admin', 'phi_compliance')))) AS may_sample
          FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
         WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f')
           AND NOT c.relispartition
           AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'phi', 'pg_toast') AND n.nspname NOT LIKE 'pg\_%'
         ORDER BY n.nspname, c.relname
    LOOP
        v_sampled := false;
        IF v_rel.may_sample THEN
            BEGIN
                v_cols := v_cols || ARRAY(SELECT v_rel.oid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(t.column_name)
                                            FROM phi.scan_table(v_rel.oid::pg_catalog.regclass, 200) t
                                           WHERE t.suggested_class IS NOT NULL
                                             AND t.data_type OPERATOR(pg_catalog.<>) 'phi.encrypted_text'
                                           ORDER BY 1);
                v_sampled := true;
            EXCEPTION WHEN OTHERS THEN
                v_sampled := false;
            END;
        END IF;
        IF NOT v_sampled THEN
            v_unscanned := v_unscanned || v_rel.oid::pg_catalog.regclass::text;
            v_cols := v_cols || ARRAY(SELECT v_rel.oid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(a.attname)
                                        FROM pg_catalog.pg_attribute a
                                       WHERE a.attrelid OPERATOR(pg_catalog.=) v_rel.oid AND a.attnum OPERATOR(pg_catalog.>) 0
                                         AND NOT a.attisdropped
                                         AND a.atttypid OPERATOR(pg_catalog.<>) 'phi.encrypted_text'::pg_catalog.regtype
                                         AND phi._suggested_class(phi._column_hint(a.attname)) IS NOT NULL
                                       ORDER BY 1);
        END IF;
    END LOOP;
    RETURN QUERY SELECT 'access control', 'phi_columns_protected',
        CASE WHEN pg_catalog.cardinality(v_cols) > 0 THEN 'fail' WHEN pg_catalog.cardinality(v_unscanned) > 0 THEN 'unknown' ELSE 'pass' END,
        CASE WHEN pg_catalog.cardinality(v_cols) > 0
             THEN pg_catalog.cardinality(v_cols) || ' column(s) holding PHI are not sealed: ' || pg_catalog.array_to_string(v_cols[1:20], ', ')
             ELSE 'every column found holding PHI is sealed' END
        || CASE WHEN pg_catalog.cardinality(v_unscanned) > 0
                THEN '; judged by column names only (views, foreign tables, tables this role does not own or could not sample): '
                     || pg_catalog.array_to_string(v_unscanned[1:20], ', ') ELSE '' END,
        'CALL phi.protect_column(table, column, class, subject_column) for each; review with phi.scan_schema(schema) as the tables'' owner.';
    -- audit controls, 164.312(b)
    v_from := pg_catalog.now() - pg_catalog.make_interval(days => v_days);
    v_problem := phi._audit_window_problem(v_from, 'infinity');
    SELECT pg_catalog.count(*) INTO v_n FROM phi.audit_log a WHERE a.occurred_at >= v_from;
    RETURN QUERY SELECT 'audit controls', 'audit_chain_verifies',
        CASE WHEN v_problem IS NULL OR v_problem LIKE 'the audit log was purged%' THEN 'pass' ELSE 'fail' END,
        COALESCE(v_problem, 'the chain verifies over the last ' || v_days || ' days (' || v_n || ' events from then on)'),
        'Investigate with phi.verify_audit() and phi.verify_audit_against(digest); keep phi.audit_digest() outside the database daily.';
    RETURN QUERY SELECT 'audit controls', 'audit_settings',
        CASE WHEN pg_catalog.current_setting('phi.audit_reads') = 'on' AND pg_catalog.lower(pg_catalog.current_setting('phi.audit_fallback')) = 'deny'
             THEN 'pass' ELSE 'fail' END,
        'phi.audit_reads = ' || pg_catalog.current_setting('phi.audit_reads') || ', phi.audit_sync = '
            || pg_catalog.current_setting('phi.audit_sync') || ', phi.audit_fallback = ' || pg_catalog.current_setting('phi.audit_fallback'),
        'ALTER SYSTEM SET phi.audit_reads = on and phi.audit_fallback = ''deny'' (and check ALTER ROLE/DATABASE ... SET overrides).';
    -- per-role and per-database settings that undo the checks above for
    -- some sessions (ALTER ROLE / DATABASE ... SET)
    SELECT pg_catalog.array_agg(q.o ORDER BY q.o) INTO v_cols FROM (
    SELECT DISTINCT COALESCE(r.rolname::text, '(all roles)') || ' in ' || COALESCE(d.datname::text, '(all databases)')
                    || ': ' || pg_catalog.split_part(cfg, '=', 1) AS o
      FROM pg_catalog.pg_db_role_setting s
      LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) s.setrole
      LEFT JOIN pg_catalog.pg_database d ON d.oid OPERATOR(pg_catalog.=) s.setdatabase
      CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) cfg
     WHERE (pg_catalog.split_part(cfg, '=', 1) IN ('phi.audit_reads', 'phi.audit_sync') AND pg_catalog.lower(pg_catalog.split_part(cfg, '=', 2)) IN ('off', 'false', '0', 'no'))
        OR (pg_catalog.split_part(cfg, '=', 1) OPERATOR(pg_catalog.=) 'log_statement' AND pg_catalog.split_part(cfg, '=', 2) IN ('mod', 'all'))
        OR (pg_catalog.split_part(cfg, '=', 1) IN ('log_min_duration_statement', 'log_min_duration_sample') AND pg_catalog.split_part(cfg, '=', 2) OPERATOR(pg_catalog.<>) '-1')
        OR (pg_catalog.split_part(cfg, '=', 1) IN ('log_parameter_max_length', 'log_parameter_max_length_on_error') AND pg_catalog.split_part(cfg, '=', 2) OPERATOR(pg_catalog.<>) '0')
        OR (pg_catalog.split_part(cfg, '=', 1) OPERATOR(pg_catalog.=) 'log_min_error_statement' AND pg_catalog.split_part(cfg, '=', 2) OPERATOR(pg_catalog.<>) 'panic')
    ) q;
    RETURN QUERY SELECT 'audit controls', 'setting_overrides',
        CASE WHEN v_cols IS NULL THEN 'pass' ELSE 'fail' END,
        COALESCE(pg_catalog.cardinality(v_cols) || ' per-role or per-database setting(s) undo a check for some sessions: '
                 || pg_catalog.array_to_string(v_cols[1:20], ', '), 'no per-role or per-database setting undoes a check'),
        'ALTER ROLE ... RESET (or ALTER DATABASE ... RESET) each one.';
    -- shared_preload_libraries is readable by superusers and
    -- pg_read_all_settings; pg_phi's library refuses to load any other way,
    -- so this function running is itself the evidence
    BEGIN
        v := 'shared_preload_libraries = ' || pg_catalog.current_setting('shared_preload_libraries');
    EXCEPTION WHEN insufficient_privilege THEN
        v := 'pg_phi''s library is loaded, which it allows only from shared_preload_libraries';
    END;
    RETURN QUERY SELECT 'audit controls', 'pg_phi_preloaded',
        CASE WHEN v NOT LIKE 'shared_preload_libraries%'
               OR 'pg_phi' = ANY (pg_catalog.string_to_array(pg_catalog.replace(pg_catalog.substring(v, 28), ' ', ''), ','))
             THEN 'pass' ELSE 'fail' END,
        v, 'Add pg_phi to shared_preload_libraries and restart.';
    -- encryption and decryption, 164.312(a)(2)(iv)
    v_from := phi._data_key_created();
    RETURN QUERY SELECT 'encryption', 'data_key_age',
        CASE WHEN v_from IS NULL THEN 'fail'
             WHEN v_from >= pg_catalog.now() - phi._breach_setting('key_max_age')::interval THEN 'pass' ELSE 'fail' END,
        COALESCE('the current data key was created ' || v_from::date || ' (at most ' || phi._breach_setting('key_max_age') || ' ago)',
                 'no data key: phi.init_keys() has not run'),
        'CALL phi.rotate_key(), then CALL phi.reencrypt() to re-seal existing values in batches.';
    -- emergency access procedure, 164.312(a)(2)(ii)
    SELECT pg_catalog.count(*) INTO v_n FROM phi.break_glass b
     WHERE b.reviewed_at IS NULL
       AND b.expires_at + pg_catalog.make_interval(days => phi._breach_setting('break_glass_review_days')::integer) < pg_catalog.now();
    RETURN QUERY SELECT 'emergency access', 'break_glass_reviewed', CASE WHEN v_n = 0 THEN 'pass' ELSE 'fail' END,
        v_n || ' break-glass window(s) not reviewed ' || phi._breach_setting('break_glass_review_days') || ' days after closing',
        'Review each in phi.break_glass_review_queue with phi.review_break_glass(id, outcome, note).';
    -- breach notification
    SELECT pg_catalog.count(*) INTO v_n FROM phi.breach_deadlines d WHERE d.state = 'overdue';
    RETURN QUERY SELECT 'breach notification', 'no_overdue_notices', CASE WHEN v_n = 0 THEN 'pass' ELSE 'fail' END,
        v_n || ' required notice(s) past their due date',
        'See phi.breach_deadlines; send the notices and record each with phi.record_notification.';
END
$$;
