-- Privileges, all in one place. Everything else is PUBLIC-executable
-- because it reads only what the caller could read anyway.

REVOKE ALL ON phi.custom_patterns FROM PUBLIC;
GRANT SELECT ON phi.custom_patterns TO PUBLIC;   -- detection reads it in every session

REVOKE EXECUTE ON FUNCTION phi.add_pattern(text, text, text, text[], real) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.drop_pattern(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._validate_pattern_row() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._invalidate_cache() FROM PUBLIC;

GRANT USAGE ON SCHEMA phi TO PUBLIC;

-- Encrypted columns and keys. phi.keys holds only wrapped keys, yet is
-- readable by its owner alone; the backend reads it on behalf of callers.
REVOKE ALL ON phi.keys, phi.key_usage, phi.key_status, phi.reencrypt_progress FROM PUBLIC;
GRANT SELECT ON phi.data_classes, phi.protected_columns, phi.encrypted_columns, phi.reencrypt_status TO PUBLIC;
REVOKE ALL ON phi.reencrypt_status FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.add_data_class(text, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._rotate_key() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._rewrap_keys(text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._current_key_version() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.master_key_fingerprint() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.init_keys() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._refuse_second_key() FROM PUBLIC;
-- phi._reseal, phi._needs_reseal and phi._convert_value stay executable
-- by PUBLIC: maintenance statements call them as the table's owner; the
-- first refuses to run outside a re-encryption batch, the second reads a
-- header, the third refuses to run outside a conversion and seals only for
-- its class (rotation.sql, protect.sql).
REVOKE EXECUTE ON FUNCTION phi._protect_row() FROM PUBLIC;
-- Maintenance: admin procedures, and the functions they run as each
-- table's owner (which refuse callers who do not hold the owner's rights).
REVOKE EXECUTE ON PROCEDURE phi.protect_column(regclass, name, text, name, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._reencrypt_batch(oid, text, bigint, bigint, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._key_usage(oid, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._convert_column(oid, text, text, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._bind_column(oid, text, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.retire_key_version(integer) FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE phi.rotate_key() FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE phi.rotate_master_key(text, text) FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE phi.reencrypt(integer) FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE phi.refresh_key_usage() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._count_key_usage(regclass, name, name, name) FROM PUBLIC;

-- Access policy: admins change it, compliance reads it and reviews
-- break-glass windows; nobody else reads or writes its tables. The
-- backend reads them on behalf of every session.
REVOKE ALL ON phi.access_grants, phi.care_assignments, phi.login_subjects, phi.masks, phi.break_glass,
              phi.access_matrix, phi.break_glass_sessions, phi.break_glass_review_queue FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON phi.access_grants, phi.care_assignments, phi.login_subjects, phi.masks TO phi_admin;
GRANT USAGE ON SEQUENCE phi.care_assignments_id_seq TO phi_admin;
GRANT SELECT ON phi.access_grants, phi.care_assignments, phi.login_subjects, phi.masks TO phi_compliance;
GRANT SELECT ON phi.break_glass TO phi_compliance, phi_admin;
GRANT UPDATE (outcome, review_note, reviewed_at) ON phi.break_glass TO phi_compliance, phi_admin;
GRANT SELECT ON phi.access_matrix, phi.break_glass_sessions, phi.break_glass_review_queue TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi.grant_access(regrole, text, text, text, boolean), phi.revoke_access(regrole, text, text),
    phi.assign_care(regrole, text, timestamptz), phi.end_care(regrole, text), phi.map_login(regrole, text),
    phi.unmap_login(regrole), phi.set_mask(text, text), phi._policy_subject_digest(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.grant_access(regrole, text, text, text, boolean), phi.revoke_access(regrole, text, text),
    phi.assign_care(regrole, text, timestamptz), phi.end_care(regrole, text), phi.map_login(regrole, text),
    phi.unmap_login(regrole), phi.set_mask(text, text), phi._policy_subject_digest(text) TO phi_admin;
REVOKE EXECUTE ON FUNCTION phi.review_break_glass(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.review_break_glass(bigint, text, text) TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi._check_grant(), phi._check_review() FROM PUBLIC;

-- The audit trail: compliance and admins read it; nobody writes it but
-- pg_phi (as the extension owner).
REVOKE ALL ON phi.audit_log FROM PUBLIC;
GRANT SELECT ON phi.audit_log TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi.verify_audit(bigint), phi.audit_digest(), phi.verify_audit_against(text),
    phi.access_report(text, timestamptz, timestamptz), phi.audit_summary(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.verify_audit(bigint), phi.audit_digest(), phi.verify_audit_against(text),
    phi.access_report(text, timestamptz, timestamptz), phi.audit_summary(timestamptz, timestamptz) TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi._audit_append_only(), phi._audit_change() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.purge_audit(timestamptz) FROM PUBLIC;
-- like protect_column: superusers, or roles a DBA grants both to
REVOKE EXECUTE ON FUNCTION phi._audit_row() FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE phi.audit_table(regclass, name, name[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.purge_audit(timestamptz) TO phi_admin;

-- A column re-sealed by phi.reencrypt to the current key version is a key
-- event (here, where both the progress table of rotation.sql and the
-- audit trigger of audit.sql exist).
CREATE TRIGGER audit_reencrypt AFTER UPDATE OF finished_at ON phi.reencrypt_progress
    FOR EACH ROW WHEN (OLD.finished_at IS NULL AND NEW.finished_at IS NOT NULL)
    EXECUTE FUNCTION phi._audit_change();

-- The breach workflow: compliance and admins run it; nobody else reads or
-- writes its tables. Incidents, assessments and notices are never deleted
-- (but by a superuser); every change is an audit event.
REVOKE ALL ON phi.breach_incidents, phi.breach_assessments, phi.breach_notifications, phi.breach_settings,
              phi.breach_settings_in_effect, phi.breach_deadlines FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON phi.breach_incidents, phi.breach_assessments, phi.breach_notifications TO phi_compliance, phi_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON phi.breach_settings TO phi_compliance, phi_admin;
GRANT SELECT ON phi.breach_settings_in_effect, phi.breach_deadlines TO phi_compliance, phi_admin;
GRANT USAGE ON SEQUENCE phi.breach_assessments_id_seq, phi.breach_notifications_id_seq TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi._breach_obligations(date, bigint, jsonb, boolean, boolean), phi._breach_check_states(jsonb),
    phi._breach_due_state(boolean, date, boolean, date), phi._breach_transition(text, text, text[]),
    phi._breach_severity(bigint, text[]), phi._breach_categories(), phi._breach_jurisdictions(), phi._breach_assess(text, text, text, text, bigint, bigint, bigint),
    phi._audit_window_problem(timestamptz, timestamptz), phi._data_key_created(), phi._breach_defaults(), phi._check_breach_setting(),
    phi.set_breach_setting(text, text), phi._breach_setting(text), phi._breach_zone(),
    phi.breach_deadlines_at(date), phi._breach_incident_check(), phi._breach_assessment_check(), phi._breach_notification_check(),
    phi.report_breach(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz),
    phi._open_incident(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz, text),
    phi.set_breach_status(text, text, timestamptz), phi.assess_breach(text, text, text, text, text, text, text, text),
    phi.record_notification(text, text, timestamptz, text, text, text), phi.breach_indicators(timestamptz, timestamptz),
    phi.scan_breach_indicators(timestamptz, timestamptz), phi.breach_scope(text, timestamptz, timestamptz, regclass, text),
    phi.breach_report(text), phi.compliance_report() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi._breach_obligations(date, bigint, jsonb, boolean, boolean), phi._breach_check_states(jsonb),
    phi._breach_due_state(boolean, date, boolean, date), phi._breach_transition(text, text, text[]),
    phi._breach_severity(bigint, text[]), phi._breach_categories(), phi._breach_jurisdictions(), phi._breach_assess(text, text, text, text, bigint, bigint, bigint),
    phi._audit_window_problem(timestamptz, timestamptz), phi._data_key_created(), phi._breach_defaults(),
    phi.set_breach_setting(text, text), phi._breach_setting(text), phi._breach_zone(),
    phi.breach_deadlines_at(date),
    phi.report_breach(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz),
    phi._open_incident(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz, text),
    phi.set_breach_status(text, text, timestamptz), phi.assess_breach(text, text, text, text, text, text, text, text),
    phi.record_notification(text, text, timestamptz, text, text, text), phi.breach_indicators(timestamptz, timestamptz),
    phi.scan_breach_indicators(timestamptz, timestamptz), phi.breach_scope(text, timestamptz, timestamptz, regclass, text),
    phi.breach_report(text), phi.compliance_report() TO phi_compliance, phi_admin;
