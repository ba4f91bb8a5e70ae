import type { Database, Queryable } from '../db/database';
import { appendAudit } from '../audit/auditLog';
import { loadHolidays } from '../calendar/holidayCalendar';
import { breachIncidents } from '../../src/domain/breachIncidents';
import { recordDue } from '../../src/domain/breachDeadlines';
import { SETTLED_STEP, breachNoticeSubject, mailingOf, settledNote, type BreachMailing } from '../../src/domain/breachMailing';

export interface MailingOptions {
  /** how the notices' subject names the store */
  storeName: string;
  /** affected customers walked per transaction */
  batchSize?: number;
  /** transactions per run, so one long mailing still lets the next tick (and other incidents) start */
  maxBatches?: number;
}

export interface MailingRun {
  queued: number;
  settled: number;
}

/** Where an incident's mailing stands: what its page shows, counted in the database. */
export async function mailingProgress(db: Queryable, incidentId: number): Promise<BreachMailing> {
  const [incident] = await db.query<{ started_at: Date | null; settled_at: Date | null; scanned: number; unreachable: number }>(
    'SELECT notices_started_at AS started_at, notices_settled_at AS settled_at, notices_scanned AS scanned, notices_unreachable AS unreachable FROM breach_incidents WHERE id = $1',
    [incidentId],
  );
  const [{ affected }] = await db.query<{ affected: number }>('SELECT count(*)::int AS affected FROM breach_affected_customers WHERE incident_id = $1', [incidentId]);
  const statuses = await db.query<{ status: string; n: number }>(
    "SELECT status, count(*)::int AS n FROM outbox WHERE kind = 'breach_notification' AND record_id = $1 GROUP BY status",
    [incidentId],
  );
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return mailingOf({
    started_at: iso(incident.started_at),
    settled_at: iso(incident.settled_at),
    affected,
    scanned: incident.scanned,
    unreachable: incident.unreachable,
    byStatus: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
  });
}

// One batch: the next affected customers after the incident's cursor, one notice per address. ON
// CONFLICT keeps it to one even when two customers share an address or a notice was queued before.
async function queueBatch(tx: Queryable, incidentId: number, through: number, batchSize: number, subject: string) {
  const [row] = await tx.query<{ through: string | null; scanned: number; unreachable: number; queued: number }>(
    `WITH batch AS (
       SELECT a.seq, c.email FROM breach_affected_customers a JOIN customers c ON c.id = a.customer_id
       WHERE a.incident_id = $1 AND a.seq > $2 ORDER BY a.seq LIMIT $3
     ), queued AS (
       INSERT INTO outbox (kind, to_address, subject, body, resource, record_id)
       SELECT 'breach_notification', email, $4, NULL, 'breach-incidents', $1 FROM batch WHERE email IS NOT NULL
       ON CONFLICT DO NOTHING RETURNING 1
     )
     SELECT max(seq)::text AS through, count(*)::int AS scanned, count(*) FILTER (WHERE email IS NULL)::int AS unreachable,
            (SELECT count(*)::int FROM queued) AS queued
     FROM batch`,
    [incidentId, through, batchSize, subject],
  );
  return row;
}

/**
 * The mailing's background job: for each incident whose mailing was started and is not settled, queue
 * its next notices in batches, each batch with the cursor's move in one transaction under the
 * incident's lock (an instance busy with an incident is skipped by the other, and a restart resumes
 * from the cursor); once nothing is left to queue or to deliver, settle it: the people affected are
 * notified, and the incident's clocks say so.
 */
export async function runBreachMailing(db: Database, { storeName, batchSize = 5000, maxBatches = 20 }: MailingOptions): Promise<MailingRun> {
  const run: MailingRun = { queued: 0, settled: 0 };
  const subject = breachNoticeSubject(storeName);
  const pending = await db.query<{ id: number }>("SELECT id FROM breach_incidents WHERE notices_started_at IS NOT NULL AND notices_settled_at IS NULL AND status <> 'closed' ORDER BY id");
  let batches = 0;
  for (const { id } of pending) {
    let more = true;
    while (more && batches < maxBatches) {
      batches += 1;
      more = await db.transaction(async (tx) => {
        const [incident] = await tx.query<{ through: string }>(
          'SELECT notices_queued_through::text AS through FROM breach_incidents WHERE id = $1 AND notices_settled_at IS NULL FOR UPDATE SKIP LOCKED',
          [id],
        );
        if (!incident) return false;
        const batch = await queueBatch(tx, id, Number(incident.through), batchSize, subject);
        if (batch.scanned > 0) {
          await tx.query(
            'UPDATE breach_incidents SET notices_queued_through = $2, notices_scanned = notices_scanned + $3, notices_unreachable = notices_unreachable + $4 WHERE id = $1',
            [id, batch.through, batch.scanned, batch.unreachable],
          );
          run.queued += batch.queued;
          return true;
        }
        if (await settle(tx, id)) run.settled += 1;
        return false;
      });
    }
  }
  return run;
}

// Nothing left to queue: settled once nothing waits for delivery either (a failed notice waits for a retry no more).
async function settle(tx: Queryable, id: number): Promise<boolean> {
  const waiting = await tx.query("SELECT 1 FROM outbox WHERE kind = 'breach_notification' AND record_id = $1 AND status IN ('queued', 'sending') LIMIT 1", [id]);
  if (waiting.length) return false;
  const [incident] = await tx.query('SELECT * FROM breach_incidents WHERE id = $1', [id]);
  const now = new Date().toISOString();
  const notified = { subjects_notified_at: incident.subjects_notified_at ? new Date(incident.subjects_notified_at as string).toISOString() : now };
  const { due_at, due_rule } = recordDue({ ...incident, ...notified }, await loadHolidays(tx));
  await tx.query('UPDATE breach_incidents SET notices_settled_at = $2, subjects_notified_at = $3, due_at = $4, due_rule = $5, updated_at = now() WHERE id = $1', [
    id,
    now,
    notified.subjects_notified_at,
    due_at,
    due_rule,
  ]);
  const note = settledNote(await mailingProgress(tx, id));
  await tx.query(
    'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $4, $5, $5, $6)',
    [breachIncidents.name, id, SETTLED_STEP, incident.status, 'system', note],
  );
  await appendAudit(tx, { staff: null, username: 'system', action: 'workflow_step', resource: breachIncidents.name, recordId: id, fields: ['notices_settled_at', 'subjects_notified_at'], reason: note });
  return true;
}
