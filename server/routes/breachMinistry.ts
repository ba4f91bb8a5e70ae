import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { getRecord } from '../db/records';
import { DEFAULT_STORE_IDENTITY, type StoreIdentity } from '../config';
import { recordIdParam } from './recordIdParam';
import { breachIncidents } from '../../src/domain/breachIncidents';
import { ministryNotification, ministryNotificationFileName, ministryNotificationRefusal, type MinistryIncident } from '../../src/domain/ministryNotification';

const iso = (v: unknown) => (v == null ? null : new Date(v as string | Date).toISOString());

/**
 * The notification of a breach to the Ministry (MTCIT), drafted from the incident as the legal advisor
 * approved it, for staff to send. It says how many people are affected, so it is an export: admin and
 * legal, audited.
 */
export function breachMinistryRoutes(db: Database, options: { store?: StoreIdentity } = {}) {
  const app = new Hono<AppEnv>();
  const store = options.store ?? DEFAULT_STORE_IDENTITY;

  app.get('/breach-incidents/:id/ministry-notification', async (c) => {
    authorize(c, 'export', 'breach-incidents');
    const id = recordIdParam(c);
    const text = await db.transaction(async (tx) => {
      const row = await getRecord(tx, breachIncidents, id);
      const incident = {
        ...row,
        id,
        aware_at: iso(row.aware_at)!,
        occurred_at: iso(row.occurred_at),
        decided_at: iso(row.decided_at),
      } as MinistryIncident;
      const refusal = ministryNotificationRefusal(incident);
      if (refusal) throw new ApiError(409, refusal);
      const [{ count }] = await tx.query<{ count: number }>('SELECT count(*)::integer AS count FROM breach_affected_customers WHERE incident_id = $1', [id]);
      await appendAudit(tx, { ...actor(c), action: 'export', resource: 'breach-incidents', recordId: id, reason: 'Ministry notification' });
      return ministryNotification({ incident, affected: Number(count), store, now: new Date() });
    });
    c.header('Content-Disposition', `attachment; filename="${ministryNotificationFileName(id)}"`);
    return c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
  });
  return app;
}
