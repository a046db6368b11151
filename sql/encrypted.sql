-- The type phi.encrypted_text: its I/O functions, casts, encrypt and
-- decrypt, the header readers (key_version, data_class, subject) and the
-- keyed digests a reader may compute (subject_digest, blind_index).
--
-- Functions and procedures pin search_path with a SET clause (a procedure
-- that COMMITs cannot carry one: see rotation.sql).

CREATE TYPE phi.encrypted_text;

CREATE FUNCTION phi.encrypted_text_in(cstring) RETURNS phi.encrypted_text
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_in';
CREATE FUNCTION phi.encrypted_text_out(phi.encrypted_text) RETURNS cstring
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_out';
CREATE FUNCTION phi.encrypted_text_recv(internal) RETURNS phi.encrypted_text
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_recv';
CREATE FUNCTION phi.encrypted_text_send(phi.encrypted_text) RETURNS bytea
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_send';

-- STORAGE external: ciphertext does not compress, but may live out of line.
CREATE TYPE phi.encrypted_text (
    INPUT = phi.encrypted_text_in,
    OUTPUT = phi.encrypted_text_out,
    RECEIVE = phi.encrypted_text_recv,
    SEND = phi.encrypted_text_send,
    INTERNALLENGTH = VARIABLE,
    STORAGE = external,
    CATEGORY = 'U'
);
COMMENT ON TYPE phi.encrypted_text IS
    'AES-256-GCM sealed text; plaintext shown only to phi_reader members, the sealed phi1: form to everyone else';

-- INSERT ... VALUES ('123-45-6789') and text parameters seal on the way in.
CREATE CAST (text AS phi.encrypted_text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS phi.encrypted_text) WITH INOUT AS ASSIGNMENT;
-- ::text applies the same policy as output.
CREATE CAST (phi.encrypted_text AS text) WITH INOUT;

CREATE FUNCTION phi.encrypt(value text, class text, subject text DEFAULT NULL)
RETURNS phi.encrypted_text
LANGUAGE c VOLATILE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_encrypt';
COMMENT ON FUNCTION phi.encrypt(text, text, text) IS
    'Seals a value for a data class and (optionally, with plaintext rights) the subject (patient) it belongs to';

CREATE FUNCTION phi.decrypt(phi.encrypted_text) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_decrypt';
COMMENT ON FUNCTION phi.decrypt(phi.encrypted_text) IS
    'Plaintext for phi_reader members (unless phi.sealed_output is on); the sealed form for everyone else';

CREATE FUNCTION phi.key_version(phi.encrypted_text) RETURNS integer
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'key_version_sql_wrapper';
CREATE FUNCTION phi.data_class(phi.encrypted_text) RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'data_class_sql_wrapper';
CREATE FUNCTION phi.subject(phi.encrypted_text) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'subject_sql_wrapper';
COMMENT ON FUNCTION phi.subject(phi.encrypted_text) IS
    'Keyed digest (hex) of the subject a value is bound to; never the subject id itself';
CREATE FUNCTION phi.subject_digest(subject text) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'subject_digest_sql_wrapper';
COMMENT ON FUNCTION phi.subject_digest(text) IS
    'The digest phi.subject() shows for values of this subject id (needs plaintext rights: phi_reader)';

CREATE FUNCTION phi.blind_index(value text, class text) RETURNS bytea
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'blind_index_sql_wrapper';
COMMENT ON FUNCTION phi.blind_index(text, text) IS
    'Keyed HMAC-SHA256 (16 bytes) of a normalised value: equality lookups on a protected column''s _bidx column (needs plaintext rights: phi_reader)';
