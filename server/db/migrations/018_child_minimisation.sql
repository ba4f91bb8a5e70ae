-- Children's data only after consent (issue 12, COPPA data minimisation).
-- A child's record before consent keeps its name, username and e-mail (the CHECK of migration 001
-- still holds: COPPA 312.5(c)(1) lets an operator collect a child's name and online contact details
-- to ask the parent); what may not be collected is refused by the domain (src/domain/childMinimisation.ts).

-- A notice that was never sent is not forgotten: the reminder job marks the request it reminded staff
-- of in the same transaction as the mail, so two server instances remind once.
ALTER TABLE consent_requests ADD COLUMN reminded_unsent_at timestamptz;
CREATE INDEX consent_requests_unsent_idx ON consent_requests (created_at, id)
  WHERE status = 'awaiting_notice' AND reminded_unsent_at IS NULL;
-- an unsent request expires consent_window_days after its registration
CREATE INDEX consent_requests_awaiting_idx ON consent_requests (answer_due_at) WHERE status = 'awaiting_notice';

-- What the parent's notice names: the store's privacy policy (empty: no link, never the desk's own
-- pages) and the third-party recipients and uses of the child's data.
ALTER TABLE settings
  ADD COLUMN privacy_policy_url text NOT NULL DEFAULT '' CHECK (privacy_policy_url = '' OR (privacy_policy_url LIKE 'https://%' AND length(privacy_policy_url) <= 500)),
  ADD COLUMN notice_recipients text NOT NULL DEFAULT 'our payment and delivery providers, to complete orders' CHECK (length(notice_recipients) <= 1000),
  ADD COLUMN notice_uses text NOT NULL DEFAULT 'their name, username, e-mail address, date of birth and school, to run their account, deliver their orders and keep the account safe' CHECK (length(notice_uses) BETWEEN 1 AND 1000);

-- The requests opened before this migration and still waiting for their notice get the window they
-- would have had: consent_window_days after the Muscat day of their registration, to its end.
UPDATE consent_requests r SET answer_due_at = (((r.created_at AT TIME ZONE 'Asia/Muscat')::date + s.consent_window_days + 1)::timestamp AT TIME ZONE 'Asia/Muscat') - interval '1 millisecond'
FROM settings s WHERE r.status = 'awaiting_notice' AND r.answer_due_at IS NULL;
