-- An e-mailed identity code may be guessed at most a few times, and only a few codes are sent per
-- ticket: without these counts the whole 6-digit space fits in a code's lifetime.
ALTER TABLE deletion_tickets
  ADD COLUMN identity_code_failures integer NOT NULL DEFAULT 0,
  ADD COLUMN identity_codes_sent integer NOT NULL DEFAULT 0,
  -- the mail that carries the current code: its clock starts when that mail is delivered
  ADD COLUMN identity_code_mail_id integer;

-- A notice is "sent" when the mail server took it, not when it was queued: the request records the
-- queued mail, and the sender moves the request on (or records the failure) when the mail's fate is known.
ALTER TABLE consent_requests
  ADD COLUMN notice_mail_id integer,
  ADD COLUMN notice_queued_at timestamptz,
  ADD COLUMN notice_failed_at timestamptz,
  ADD COLUMN notice_failure text;
