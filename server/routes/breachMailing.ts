import { Hono } from 'hono';
import type { AppEnv } from '../auth/requireStaff';
import type { Database } from '../db/database';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor } from '../auth/authorize';
import { getRecord } from '../db/records';
import { recordIdParam } from './recordIdParam';
import { breachIncidents } from '../../src/domain/breachIncidents';
import { RETRY_STEP, mayReadMailing, retryRefusal } from '../../src/domain/breachMailing';
import { roleMayNot } from '../../src/domain/apiMessages';
import { mailingProgress } from '../workflows/breachMailing';

/**
 * /api/breach-incidents/:id/mailing: where e-mailing the people affected stands (admin and legal),
 * and sending the failed notices again (admin, while the incident is open).
 */
export function breachMailingRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/breach-incidents/:id/mailing', async (c) => {
    const { role } = c.var.staff;
    if (!mayReadMailing(role)) throw new ApiError(403, roleMayNot(role, 'show', breachIncidents.name));
    const id = recordIdParam(c);
    await getRecord(db, breachIncidents, id);
    return c.json(await mailingProgress(db, id));
  });

  app.post('/breach-incidents/:id/mailing/retry', async (c) => {
    const refuse = (refusal: ReturnType<typeof retryRefusal>) => {
      if (refusal) throw new ApiError(refusal.status, refusal.message);
    };
    refuse(retryRefusal(c.var.staff.role, null));
    const id = recordIdParam(c);
    const answer = await db.transaction(async (tx) => {
      // under the incident's lock, as the mailing job takes it: the job settles nothing while failures go back in the queue
      const incident = await getRecord(tx, breachIncidents, id, true);
      const [{ failed }] = await tx.query<{ failed: number }>(
        "SELECT count(*)::int AS failed FROM outbox WHERE kind = 'breach_notification' AND record_id = $1 AND status = 'failed' AND to_address IS NOT NULL",
        [id],
      );
      refuse(retryRefusal(c.var.staff.role, incident, failed));
      await tx.query(
        `UPDATE outbox SET status = 'queued', attempts = 0, last_error = NULL, next_attempt_at = now(), updated_at = now(), version = version + 1
         WHERE kind = 'breach_notification' AND record_id = $1 AND status = 'failed' AND to_address IS NOT NULL`,
        [id],
      );
      await tx.query('UPDATE breach_incidents SET notices_settled_at = NULL WHERE id = $1', [id]);
      const note = `${failed} failed notice${failed === 1 ? '' : 's'} sent again`;
      await tx.query(
        'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $4, $5, $6, $7)',
        [breachIncidents.name, id, RETRY_STEP, incident.status, c.var.staff.username, c.var.staff.role, note],
      );
      await appendAudit(tx, { ...actor(c), action: 'update', resource: breachIncidents.name, recordId: id, fields: ['notices'], reason: note });
      return { requeued: failed };
    });
    return c.json(answer);
  });

  return app;
}
