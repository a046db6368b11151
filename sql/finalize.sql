-- Privileges, all in one place. Everything else is PUBLIC-executable
-- because it reads only what the caller could read anyway.

REVOKE ALL ON phi.custom_patterns FROM PUBLIC;
GRANT SELECT ON phi.custom_patterns TO PUBLIC;   -- detection reads it in every session

REVOKE EXECUTE ON FUNCTION phi.add_pattern(text, text, text, text[], real) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.drop_pattern(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._validate_pattern_row() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._patterns_changed() FROM PUBLIC;

GRANT USAGE ON SCHEMA phi TO PUBLIC;
