-- The three privacy workflows: each step is recorded in workflow_history, and the records carry what
-- their steps decided.
CREATE TABLE workflow_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  resource text NOT NULL,
  record_id integer NOT NULL,
  step text NOT NULL,
  from_status text NOT NULL,
  to_status text NOT NULL,
  -- a staff username, 'parent' (the notice link) or 'system' (a scheduled job)
  actor text NOT NULL,
  role text NOT NULL,
  note text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workflow_history_record_idx ON workflow_history (resource, record_id, id);
CREATE INDEX workflow_history_at_idx ON workflow_history (at, id);
INSERT INTO row_counts (table_name, n) VALUES ('workflow_history', 0);
CREATE TRIGGER workflow_history_count_insert AFTER INSERT ON workflow_history
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_rows();
CREATE TRIGGER workflow_history_count_delete AFTER DELETE ON workflow_history
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_rows();

-- Parental consent: contact details are erased when a request expires or is refused, so they may be null.
ALTER TABLE consent_requests
  ALTER COLUMN child_name DROP NOT NULL,
  ALTER COLUMN parent_name DROP NOT NULL,
  ALTER COLUMN parent_email DROP NOT NULL,
  ADD COLUMN notice_token_hash text UNIQUE,
  ADD COLUMN notice_token_used_at timestamptz,
  ADD COLUMN answer_due_at timestamptz,
  ADD COLUMN contact_erased_at timestamptz;
CREATE INDEX consent_requests_answer_due_idx ON consent_requests (answer_due_at) WHERE status = 'notice_sent';

-- Deletion tickets: the due date and the rule behind it, identity verification, and the erasure.
ALTER TABLE deletion_tickets
  ALTER COLUMN requester_name DROP NOT NULL,
  ALTER COLUMN requester_email DROP NOT NULL,
  ADD COLUMN due_at timestamptz,
  ADD COLUMN due_rule text,
  ADD COLUMN identity_method text,
  ADD COLUMN identity_verified_at timestamptz,
  ADD COLUMN identity_code_hash text,
  ADD COLUMN identity_code_expires_at timestamptz,
  ADD COLUMN completed_at timestamptz;
CREATE INDEX deletion_tickets_due_idx ON deletion_tickets (due_at, id);

-- Authority referrals: the decision, the disclosure and its frozen package, the legal hold.
ALTER TABLE authority_referrals
  ADD COLUMN decided_at timestamptz,
  ADD COLUMN disclosed_on date,
  ADD COLUMN disclosure_channel text,
  ADD COLUMN authority_reference text,
  -- the exact JSON text that left, so its SHA-256 can be checked against the download byte for byte
  ADD COLUMN disclosure_package text,
  ADD COLUMN disclosure_sha256 text,
  ADD COLUMN hold_released_at timestamptz;
