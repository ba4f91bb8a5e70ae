-- Access and correction requests are reminded of their due dates as deletion tickets are (issue 12):
-- when each was last reminded, so each reminder is sent once.
ALTER TABLE access_requests ADD COLUMN reminded_due_soon_at timestamptz, ADD COLUMN reminded_overdue_at timestamptz;
ALTER TABLE correction_requests ADD COLUMN reminded_due_soon_at timestamptz, ADD COLUMN reminded_overdue_at timestamptz;
CREATE INDEX access_requests_reminders_idx ON access_requests (due_at) WHERE status IN ('new', 'verifying_identity', 'in_progress') AND reminded_overdue_at IS NULL;
CREATE INDEX correction_requests_reminders_idx ON correction_requests (due_at) WHERE status IN ('new', 'verifying_identity', 'in_progress') AND reminded_overdue_at IS NULL;
