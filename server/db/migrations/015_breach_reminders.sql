-- Reminders of a breach incident's deadlines (issue 11): one row per (incident, clock, kind) sent. The
-- job inserts the row and queues the mail in one transaction, and queues only when the insert won, so
-- two server instances, a retry or a restart never remind twice.
CREATE TABLE breach_reminders (
  incident_id integer NOT NULL REFERENCES breach_incidents (id),
  rule text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, rule, kind)
);
