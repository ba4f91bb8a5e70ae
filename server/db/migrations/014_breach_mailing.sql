-- E-mailing everyone a breach affects (issue 11). A background job queues the notices in batches,
-- walking the affected customers in the order they were added (seq) from where it stopped
-- (notices_queued_through), so a restart half-way resumes rather than starts over; the unique index
-- below is the last word on "one mail per address", whatever two instances or a retry do.
ALTER TABLE breach_incidents
  ADD COLUMN notices_started_at timestamptz,
  -- null while a notice is still to queue or to deliver; a widening clears it again
  ADD COLUMN notices_settled_at timestamptz,
  ADD COLUMN notices_queued_through bigint NOT NULL DEFAULT 0,
  -- affected customers walked so far, and of those, how many had no address (erased)
  ADD COLUMN notices_scanned integer NOT NULL DEFAULT 0,
  ADD COLUMN notices_unreachable integer NOT NULL DEFAULT 0;

-- Widenings hold the incident's lock, and so does the job: a later widening always has higher numbers.
ALTER TABLE breach_affected_customers ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX breach_affected_customers_seq_idx ON breach_affected_customers (incident_id, seq);

-- A breach notice carries no copy of its text: the sender reads the approved text from its incident
-- (frozen once the legal advisor approved it), so a million notices do not store it a million times.
ALTER TABLE outbox ALTER COLUMN body DROP NOT NULL;
CREATE UNIQUE INDEX outbox_breach_notice_once ON outbox (record_id, lower(to_address)) WHERE kind = 'breach_notification';
CREATE INDEX outbox_breach_notice_status_idx ON outbox (record_id, status) WHERE kind = 'breach_notification';
