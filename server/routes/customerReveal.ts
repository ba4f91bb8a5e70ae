import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { invalidFields, jsonBody } from './requestBody';
import { getRecord } from '../db/records';
import { customers } from '../../src/domain/customers';
import { revealRequestSchema } from '../../src/domain/revealRequest';
import { recordIdParam } from './recordIdParam';

/** POST /api/customers/:id/reveal {field, reason}: one field of one customer, unmasked and audited. */
export function customerRevealRoutes(db: Database) {
  const app = new Hono<AppEnv>();
  app.post('/customers/:id/reveal', async (c) => {
    authorize(c, 'reveal', 'customers');
    const id = recordIdParam(c);
    const parsed = revealRequestSchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw invalidFields(parsed.error.issues);
    const { field, reason } = parsed.data;
    const value = await db.transaction(async (tx) => {
      const customer = await getRecord(tx, customers, id);
      await appendAudit(tx, { ...actor(c), action: 'reveal', resource: 'customers', recordId: id, fields: [field], reason });
      return customer[field] ?? null;
    });
    return c.json({ id, field, value });
  });
  return app;
}
