-- A breach incident's earliest open deadline and its rule, kept by every step (breachWorkflow.derive)
-- and by holiday corrections, so the register sorts by it and finds the overdue incidents in SQL.
ALTER TABLE breach_incidents
  ADD COLUMN due_at timestamptz,
  ADD COLUMN due_rule text;
CREATE INDEX breach_incidents_due_idx ON breach_incidents (due_at, id) WHERE due_at IS NOT NULL;
