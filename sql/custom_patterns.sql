-- Guards and API of phi.custom_patterns.

-- Every row is validated by the same Rust code that compiles it, so a bad
-- regex is refused at INSERT/UPDATE, never at detection time.
CREATE FUNCTION phi._validate_pattern_row() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM phi._check_pattern(NEW.type, NEW.regex, NEW.score);
    NEW.type := lower(btrim(NEW.type));
    IF TG_OP = 'INSERT' THEN
        -- One over the limit would make every backend's detector fail to
        -- compile; concurrent inserts queue here so the count is exact.
        LOCK TABLE phi.custom_patterns IN SHARE ROW EXCLUSIVE MODE;
        IF (SELECT count(*) FROM phi.custom_patterns) >= phi._max_patterns() THEN
            RAISE EXCEPTION 'too many custom patterns (at most %)', phi._max_patterns()
                USING ERRCODE = 'program_limit_exceeded',
                      HINT = 'Remove one with phi.drop_pattern(name), or merge patterns with |.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER validate_pattern
    BEFORE INSERT OR UPDATE ON phi.custom_patterns
    FOR EACH ROW EXECUTE FUNCTION phi._validate_pattern_row();

CREATE TRIGGER invalidate_detectors
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.custom_patterns
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();

-- Adds an organisation-specific pattern. A match scores `score`; with
-- context words, a match preceded (within 48 bytes) by one of them scores
-- score + 0.2 and one without scores score / 2.
CREATE FUNCTION phi.add_pattern(
    name          text,
    type          text,
    regex         text,
    context_words text[] DEFAULT '{}',
    score         real   DEFAULT 0.8
) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO phi.custom_patterns (name, type, regex, context_words, score)
    VALUES (add_pattern.name, add_pattern.type, add_pattern.regex,
            coalesce(add_pattern.context_words, '{}'), coalesce(add_pattern.score, 0.8));
$$;
COMMENT ON FUNCTION phi.add_pattern(text, text, text, text[], real) IS
    'Adds an organisation-specific PHI pattern (validated and compiled once per backend)';

-- Removes a pattern; returns whether one was removed.
CREATE FUNCTION phi.drop_pattern(name text) RETURNS boolean
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    WITH d AS (DELETE FROM phi.custom_patterns p WHERE p.name = drop_pattern.name RETURNING 1)
    SELECT count(*) > 0 FROM d;
$$;
COMMENT ON FUNCTION phi.drop_pattern(text) IS 'Removes a custom PHI pattern; true when one was removed';
