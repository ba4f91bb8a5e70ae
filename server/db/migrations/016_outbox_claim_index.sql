-- The sender claims the next mails due in the order they became due (server/mail/sender.ts: ORDER BY
-- next_attempt_at, id LIMIT 10 … FOR UPDATE SKIP LOCKED). Without an index in that order, every claim
-- read and sorted every waiting mail: once a breach queued a notice for each of 1,000,000 customers, a
-- claim of 10 took 1.2 s on PostgreSQL (a sequential scan and an on-disk sort), so the sender managed
-- under 10 mails a second. This index holds only the mails still waiting (queued, or sending and
-- perhaps abandoned): a claim walks it from its start and stops after 10, about 1 ms at any size, and
-- delivered mail leaves it.
CREATE INDEX outbox_claim_idx ON outbox (next_attempt_at, id) WHERE status IN ('queued', 'sending');
