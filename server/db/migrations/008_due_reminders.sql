-- Reminders of deletion deadlines go to the staff who work the tickets: their work address, and
-- when each ticket was last reminded, so each reminder is sent once.
ALTER TABLE staff ADD COLUMN email text;
ALTER TABLE deletion_tickets
  ADD COLUMN reminded_due_soon_at timestamptz,
  ADD COLUMN reminded_overdue_at timestamptz;
CREATE INDEX deletion_tickets_reminders_idx ON deletion_tickets (due_at)
  WHERE status IN ('new', 'verifying_identity', 'in_progress') AND reminded_overdue_at IS NULL;
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('consent_notice', 'identity_code', 'deletion_confirmation', 'breach_notification', 'marketing', 'due_reminder'));
