-- Minimum-necessary access: who sees what of each sealed value
-- (src/policy.rs decides, with the rule in phi_core::policy;
-- src/encrypted.rs renders). The tables here are the policy: grants per
-- role and data class, care-team assignments, patient logins, masks and
-- break-glass windows. Every backend caches them; a change reaches every
-- session at its next statement.
--
-- Functions pin search_path with a SET clause, and run with the caller's
-- rights: the tables' privileges say who may change the policy.

-- phi_reader: plaintext of every class and patient (0.1.0's one rule).
-- phi_admin: changes the policy. phi_compliance: reads it and reviews
-- break-glass windows. Roles are cluster-wide, so a second database's
-- CREATE EXTENSION reuses them. Membership is explicit: a superuser is not
-- implicitly any of them, so a routine pg_dump or SELECT * by a superuser
-- shows sealed values.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'phi_reader') THEN
        CREATE ROLE phi_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'phi_admin') THEN
        CREATE ROLE phi_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'phi_compliance') THEN
        CREATE ROLE phi_compliance NOLOGIN;
    END IF;
END
$$;

-- What a role sees of a class: level plaintext, masked, sealed or none,
-- over a scope of patients: its care team, all of them, or its own record.
-- For a value, the grants of every role whose privileges the reader holds
-- that cover the value's class and patient apply, and the most permissive
-- wins; with none applying, the sealed form. class '*' is every class.
CREATE TABLE phi.access_grants (
    role       regrole     NOT NULL,
    class      text        NOT NULL,
    level      text        NOT NULL CHECK (level IN ('plaintext', 'masked', 'sealed', 'none')),
    scope      text        NOT NULL CHECK (scope IN ('care_team', 'all_subjects', 'self')),
    can_write  boolean     NOT NULL,
    granted_by name        NOT NULL DEFAULT CURRENT_USER,
    granted_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (role, class, scope)
);
COMMENT ON TABLE phi.access_grants IS
    'Minimum-necessary grants: a role''s level (plaintext, masked, sealed, none) on a data class over a scope of patients';
SELECT pg_catalog.pg_extension_config_dump('phi.access_grants', '');

-- The patients on a role's care team. An assignment grants until it ends
-- (phi.end_care) or its until passes; each check is per statement.
-- Patients are stored as keyed subject digests, never their ids.
CREATE TABLE phi.care_assignments (
    id             bigserial   PRIMARY KEY,
    grantee        regrole     NOT NULL,
    subject_digest bytea       NOT NULL CHECK (pg_catalog.length(subject_digest) = 16),
    assigned_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
    until          timestamptz CHECK (pg_catalog.isfinite(until)),
    ended_at       timestamptz,
    assigned_by    name        NOT NULL DEFAULT CURRENT_USER
);
CREATE INDEX ON phi.care_assignments (grantee, subject_digest) WHERE ended_at IS NULL;
COMMENT ON TABLE phi.care_assignments IS
    'Care-team assignments (grantee role, patient as a keyed digest); grants of scope care_team cover these patients';
SELECT pg_catalog.pg_extension_config_dump('phi.care_assignments', '');
SELECT pg_catalog.pg_extension_config_dump('phi.care_assignments_id_seq', '');

-- The patient a login role is (a portal account): grants of scope self
-- cover values bound to that patient only.
CREATE TABLE phi.login_subjects (
    role           regrole     PRIMARY KEY,
    subject_digest bytea       NOT NULL CHECK (pg_catalog.length(subject_digest) = 16),
    mapped_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    mapped_by      name        NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE phi.login_subjects IS 'Patient login roles and the patient (keyed digest) each one is';
SELECT pg_catalog.pg_extension_config_dump('phi.login_subjects', '');

-- The mask of a class, where it differs from the default (ssn, phone,
-- account, insurance_id, mrn, license: last4; name: initials; dob: year;
-- anything else: redacted).
CREATE TABLE phi.masks (
    class text PRIMARY KEY REFERENCES phi.data_classes (name) ON DELETE CASCADE,
    style text NOT NULL CHECK (style IN ('last4', 'initials', 'year', 'redacted'))
);
COMMENT ON TABLE phi.masks IS 'How masked readers see each class, where it differs from the default';
SELECT pg_catalog.pg_extension_config_dump('phi.masks', '');

-- Break-glass windows: a login opens one for itself, for a patient, with a
-- reason (phi.break_glass); once that transaction commits, and for its
-- minutes, the login's care_team grants cover that patient. Each is reviewed afterwards by compliance
-- (phi.review_break_glass), never by the role that opened it unless it
-- holds phi_admin. Reasons and notes are stored with their PHI redacted.
CREATE TABLE phi.break_glass (
    id             bigserial   PRIMARY KEY,
    role           regrole     NOT NULL,
    subject_digest bytea       NOT NULL CHECK (pg_catalog.length(subject_digest) = 16),
    reason         text        NOT NULL,
    opened_at      timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    reviewed_at    timestamptz,
    reviewed_by    name,
    outcome        text CHECK (outcome IN ('justified', 'not_justified', 'escalated')),
    review_note    text,
    CHECK ((reviewed_at IS NULL) = (outcome IS NULL))
);
COMMENT ON TABLE phi.break_glass IS 'Break-glass windows and their reviews';
SELECT pg_catalog.pg_extension_config_dump('phi.break_glass', '');
SELECT pg_catalog.pg_extension_config_dump('phi.break_glass_id_seq', '');

-- Every backend caches the policy; a change invalidates it everywhere.
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.access_grants
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.care_assignments
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.login_subjects
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.masks
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.break_glass
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();

-- Every change of the policy is an audit event (phi.audit_log).
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.access_grants
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.care_assignments
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.login_subjects
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.masks
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER UPDATE ON phi.break_glass
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();

-- A grant names a class that exists (or '*').
CREATE FUNCTION phi._check_grant() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.class OPERATOR(pg_catalog.<>) '*'
       AND NOT EXISTS (SELECT 1 FROM phi.data_classes c WHERE c.name OPERATOR(pg_catalog.=) NEW.class) THEN
        RAISE EXCEPTION 'unknown data class'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'See SELECT name FROM phi.data_classes; ''*'' grants every class.';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_grant BEFORE INSERT OR UPDATE ON phi.access_grants
    FOR EACH ROW EXECUTE FUNCTION phi._check_grant();

-- A review is compliance's: the reviewer and time are set here, only the
-- review columns change, and the role that opened a window (or a member
-- of it) cannot review it unless it holds phi_admin.
CREATE FUNCTION phi._check_review() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF (NEW.id, NEW.role, NEW.subject_digest, NEW.reason, NEW.opened_at, NEW.expires_at)
       IS DISTINCT FROM (OLD.id, OLD.role, OLD.subject_digest, OLD.reason, OLD.opened_at, OLD.expires_at)
       AND NOT pg_catalog.pg_has_role(CURRENT_USER, 'phi_admin', 'USAGE') THEN
        RAISE EXCEPTION 'only a review of a break-glass window can be recorded'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- the opener (a login: phi.break_glass refuses to run under SET ROLE)
    -- may not review, nor anyone who can act as it, whatever role is set
    IF (OLD.role::pg_catalog.oid OPERATOR(pg_catalog.=) (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) SESSION_USER)
        OR pg_catalog.pg_has_role(CURRENT_USER, OLD.role::pg_catalog.oid, 'MEMBER'))
       AND NOT pg_catalog.pg_has_role(CURRENT_USER, 'phi_admin', 'USAGE') THEN
        RAISE EXCEPTION 'a break-glass window cannot be reviewed by the role that opened it'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Another member of phi_compliance reviews it.';
    END IF;
    NEW.reviewed_by := CASE WHEN SESSION_USER OPERATOR(pg_catalog.=) CURRENT_USER THEN SESSION_USER::text
                            ELSE SESSION_USER || ' as ' || CURRENT_USER END;
    NEW.reviewed_at := pg_catalog.now();
    RETURN NEW;
END
$$;
CREATE TRIGGER check_review BEFORE UPDATE ON phi.break_glass
    FOR EACH ROW EXECUTE FUNCTION phi._check_review();

-- ---------------------------------------------------------------- functions

CREATE FUNCTION phi._policy_subject_digest(subject text) RETURNS bytea
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'policy_subject_digest_sql_wrapper';

-- Grants `role` `level` on `class` ('*': every class) over `scope`. Writing
-- new values of the class is allowed at plaintext and sealed unless
-- can_write says otherwise (a masked reader writing back its mask would
-- destroy the value). Replaces the role's grant for that class and scope.
CREATE FUNCTION phi.grant_access(role regrole, class text, level text, scope text DEFAULT 'care_team',
                                 can_write boolean DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF role IS NULL OR class IS NULL OR level IS NULL OR scope IS NULL THEN
        RAISE EXCEPTION 'phi.grant_access: role, class, level and scope must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF level NOT IN ('plaintext', 'masked', 'sealed', 'none') THEN
        RAISE EXCEPTION 'phi.grant_access: unknown level'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Levels are plaintext, masked, sealed and none.';
    END IF;
    IF scope NOT IN ('care_team', 'all_subjects', 'self') THEN
        RAISE EXCEPTION 'phi.grant_access: unknown scope'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Scopes are care_team, all_subjects and self.';
    END IF;
    INSERT INTO phi.access_grants AS g (role, class, level, scope, can_write)
    VALUES (grant_access.role, grant_access.class, grant_access.level, grant_access.scope,
            COALESCE(grant_access.can_write, grant_access.level IN ('plaintext', 'sealed')))
    ON CONFLICT ON CONSTRAINT access_grants_pkey DO UPDATE
    SET level = EXCLUDED.level, can_write = EXCLUDED.can_write,
        granted_by = CURRENT_USER, granted_at = pg_catalog.now();
END
$$;

-- Removes `role`'s grants on `class` (every scope, or the one named).
-- Returns how many were removed.
CREATE FUNCTION phi.revoke_access(role regrole, class text, scope text DEFAULT NULL)
RETURNS integer
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    WITH d AS (
        DELETE FROM phi.access_grants g
        WHERE g.role OPERATOR(pg_catalog.=) revoke_access.role
          AND g.class OPERATOR(pg_catalog.=) revoke_access.class
          AND (revoke_access.scope IS NULL OR g.scope OPERATOR(pg_catalog.=) revoke_access.scope)
        RETURNING 1)
    SELECT pg_catalog.count(*)::integer FROM d;
$$;

-- Puts `subject` (a patient id, stored as its keyed digest) on `grantee`'s
-- care team, until `until` (NULL: until phi.end_care). Returns the
-- assignment's id; an open assignment of the same pair is extended
-- instead.
CREATE FUNCTION phi.assign_care(grantee regrole, subject text, until timestamptz DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_digest bytea;
    v_id bigint;
BEGIN
    IF grantee IS NULL OR subject IS NULL THEN
        RAISE EXCEPTION 'phi.assign_care: grantee and subject must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF until OPERATOR(pg_catalog.=) 'infinity'::pg_catalog.timestamptz THEN
        until := NULL;   -- no end
    END IF;
    IF until IS NOT NULL AND until OPERATOR(pg_catalog.<=) pg_catalog.now() THEN
        RAISE EXCEPTION 'phi.assign_care: until is in the past' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_digest := phi._policy_subject_digest(subject);
    UPDATE phi.care_assignments a SET until = assign_care.until
    WHERE a.grantee OPERATOR(pg_catalog.=) assign_care.grantee
      AND a.subject_digest OPERATOR(pg_catalog.=) v_digest AND a.ended_at IS NULL
      AND (a.until IS NULL OR a.until OPERATOR(pg_catalog.>) pg_catalog.now())
    RETURNING a.id INTO v_id;
    IF v_id IS NULL THEN
        INSERT INTO phi.care_assignments (grantee, subject_digest, until)
        VALUES (assign_care.grantee, v_digest, assign_care.until)
        RETURNING id INTO v_id;
    END IF;
    RETURN v_id;
END
$$;

-- Ends `grantee`'s open assignments to `subject` now. Returns how many.
CREATE FUNCTION phi.end_care(grantee regrole, subject text)
RETURNS integer
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    WITH e AS (
        UPDATE phi.care_assignments a SET ended_at = pg_catalog.now()
        WHERE a.grantee OPERATOR(pg_catalog.=) end_care.grantee
          AND a.subject_digest OPERATOR(pg_catalog.=) phi._policy_subject_digest(end_care.subject)
          AND a.ended_at IS NULL
        RETURNING 1)
    SELECT pg_catalog.count(*)::integer FROM e;
$$;

-- Maps a login role to the patient it is (grants of scope self).
CREATE FUNCTION phi.map_login(role regrole, subject text)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO phi.login_subjects AS l (role, subject_digest)
    VALUES (map_login.role, phi._policy_subject_digest(map_login.subject))
    ON CONFLICT (role) DO UPDATE
    SET subject_digest = EXCLUDED.subject_digest, mapped_at = pg_catalog.now(), mapped_by = CURRENT_USER;
$$;

CREATE FUNCTION phi.unmap_login(role regrole)
RETURNS boolean
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    WITH d AS (DELETE FROM phi.login_subjects l WHERE l.role OPERATOR(pg_catalog.=) unmap_login.role RETURNING 1)
    SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 FROM d;
$$;

-- How masked readers see `class`: last4, initials, year or redacted.
CREATE FUNCTION phi.set_mask(class text, style text)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO phi.masks AS m (class, style) VALUES (set_mask.class, set_mask.style)
    ON CONFLICT (class) DO UPDATE SET style = EXCLUDED.style;
$$;

-- Hides the rows of `tbl` whose patient (`subject_col`) the querying role
-- may see nothing of (no grant above none covers it), with a row-level
-- security policy. The table's owner, and roles with BYPASSRLS, still see
-- every row, as with any policy; inserts are not filtered.
CREATE FUNCTION phi.enable_row_policy(tbl regclass, subject_col name)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                   WHERE a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attname OPERATOR(pg_catalog.=) subject_col
                     AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'phi.enable_row_policy: column % of % does not exist', quote_ident(subject_col), tbl
            USING ERRCODE = 'undefined_column';
    END IF;
    EXECUTE pg_catalog.format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_policy p
               WHERE p.polrelid OPERATOR(pg_catalog.=) tbl AND p.polname OPERATOR(pg_catalog.=) 'phi_subject_scope') THEN
        EXECUTE pg_catalog.format('DROP POLICY phi_subject_scope ON %s', tbl);
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE POLICY phi_subject_scope ON %s FOR ALL USING (phi.may_see_subject(%I::pg_catalog.text)) WITH CHECK (true)',
        tbl, subject_col);
END
$$;

CREATE FUNCTION phi.may_see_subject(subject text) RETURNS boolean
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'may_see_subject_sql_wrapper';
COMMENT ON FUNCTION phi.may_see_subject(text) IS
    'Whether the session''s role may see anything of this patient''s rows (the row filter of phi.enable_row_policy)';

CREATE FUNCTION phi.access_level(class text, subject text DEFAULT NULL) RETURNS text
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'access_level_sql_wrapper';
COMMENT ON FUNCTION phi.access_level(text, text) IS
    'The level (plaintext, masked, sealed, none) the session''s role gets for values of a class bound to a patient, now';

CREATE FUNCTION phi.break_glass(subject text, reason text, minutes integer DEFAULT 60) RETURNS bigint
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'break_glass_sql_wrapper';
COMMENT ON FUNCTION phi.break_glass(text, text, integer) IS
    'Opens a time-boxed, justified window in which the caller''s care_team grants cover a patient; reviewed afterwards';

-- Records compliance's review of window `id`: outcome justified,
-- not_justified or escalated, with a note (PHI in it redacted).
CREATE FUNCTION phi.review_break_glass(id bigint, outcome text, note text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_catalog.length(note) OPERATOR(pg_catalog.>) 2000 THEN
        RAISE EXCEPTION 'phi.review_break_glass: a note is at most 2000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE phi.break_glass b
    SET outcome = review_break_glass.outcome,
        review_note = CASE WHEN review_break_glass.note IS NULL THEN NULL
                           ELSE phi.redact(review_break_glass.note) END,
        reviewed_at = pg_catalog.now()
    WHERE b.id OPERATOR(pg_catalog.=) review_break_glass.id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'phi.review_break_glass: no break-glass window %', id USING ERRCODE = 'undefined_object';
    END IF;
END
$$;

-- ---------------------------------------------------------------- views

-- The matrix: for each role with grants (and phi_reader), each class, the
-- best level it holds for each scope and whether it may write.
CREATE VIEW phi.access_matrix AS
WITH g AS (
    SELECT a.role, c.name AS class, a.level, a.scope, a.can_write,
           pg_catalog.array_position(ARRAY['none', 'sealed', 'masked', 'plaintext'], a.level) AS rank
    FROM phi.access_grants a
    JOIN phi.data_classes c ON a.class OPERATOR(pg_catalog.=) c.name OR a.class OPERATOR(pg_catalog.=) '*'
    UNION ALL
    SELECT r.oid::pg_catalog.regrole, c.name, 'plaintext', 'all_subjects', true, 4
    FROM phi.data_classes c, pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) 'phi_reader'
)
SELECT g.role, g.class,
       (pg_catalog.array_agg(g.level ORDER BY g.rank DESC) FILTER (WHERE g.scope OPERATOR(pg_catalog.=) 'all_subjects'))[1] AS all_subjects,
       (pg_catalog.array_agg(g.level ORDER BY g.rank DESC) FILTER (WHERE g.scope OPERATOR(pg_catalog.=) 'care_team'))[1] AS care_team,
       (pg_catalog.array_agg(g.level ORDER BY g.rank DESC) FILTER (WHERE g.scope OPERATOR(pg_catalog.=) 'self'))[1] AS self,
       pg_catalog.bool_or(g.can_write) AS can_write
FROM g
GROUP BY g.role, g.class;
COMMENT ON VIEW phi.access_matrix IS
    'Roles by data classes: the best level granted over each scope (direct grants; members inherit them), and whether the role may write';

CREATE VIEW phi.break_glass_sessions AS
SELECT b.id, b.role, pg_catalog.encode(b.subject_digest, 'hex') AS subject, b.reason,
       b.opened_at, b.expires_at,
       b.expires_at OPERATOR(pg_catalog.>) pg_catalog.now() AS open,
       b.reviewed_at IS NOT NULL AS reviewed,
       b.outcome, b.reviewed_by, b.reviewed_at, b.review_note
FROM phi.break_glass b;
COMMENT ON VIEW phi.break_glass_sessions IS
    'Every break-glass window (patient as its subject digest), open or not, reviewed or not';

CREATE VIEW phi.break_glass_review_queue AS
SELECT s.* FROM phi.break_glass_sessions s WHERE NOT s.reviewed ORDER BY s.opened_at;
COMMENT ON VIEW phi.break_glass_review_queue IS 'Break-glass windows not yet reviewed, oldest first';
