-- Service API keys (issue 12): the store's mailing tool mints unsubscribe links and asks which addresses
-- are suppressed with one of these instead of a staff session. Only the key's SHA-256 is kept (the key
-- is shown once, at creation) with its first characters to recognise it by; a key is revoked, never
-- deleted, since the audit log names it.
CREATE TABLE service_keys (
  id serial PRIMARY KEY,
  name text NOT NULL,
  scopes jsonb NOT NULL CHECK (jsonb_typeof(scopes) = 'array' AND jsonb_array_length(scopes) > 0),
  key_hash text NOT NULL UNIQUE,
  key_prefix text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

INSERT INTO row_counts (table_name, n) VALUES ('service_keys', 0);
CREATE TRIGGER service_keys_count_insert AFTER INSERT ON service_keys
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_rows();
CREATE TRIGGER service_keys_count_delete AFTER DELETE ON service_keys
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_rows();
