import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { clientAddress } from '../auth/clientAddress';
import { getRecord } from '../db/records';
import { customers } from '../../src/domain/customers';
import { SENSITIVE_CUSTOMER_FIELDS } from '../../src/domain/masking';
import { canAccess } from '../../src/domain/roles';
import { notARecordId, parseRecordId, roleMayNot } from '../../src/domain/apiMessages';

const revealRequest = z.object({
  field: z.enum(SENSITIVE_CUSTOMER_FIELDS, { error: `field must be one of ${SENSITIVE_CUSTOMER_FIELDS.join(', ')}` }),
  reason: z.string({ error: 'A reason is required' }).trim().min(5, 'Give a reason of at least 5 characters').max(500),
});

/** POST /api/customers/:id/reveal {field, reason}: one field of one customer, unmasked and audited. */
export function customerRevealRoutes(db: Database) {
  const app = new Hono<AppEnv>();
  app.post('/customers/:id/reveal', async (c) => {
    const { role } = c.var.staff;
    if (!canAccess(role, 'reveal', 'customers')) throw new ApiError(403, roleMayNot(role, 'reveal', 'customers'));
    const id = parseRecordId(c.req.param('id'));
    if (id === null) throw new ApiError(400, notARecordId(c.req.param('id')));
    const parsed = revealRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      const errors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || 'body', i.message]));
      throw new ApiError(400, Object.values(errors).join('; '), errors);
    }
    const { field, reason } = parsed.data;
    const value = await db.transaction(async (tx) => {
      const customer = await getRecord(tx, customers, id);
      await appendAudit(tx, { staff: c.var.staff, action: 'reveal', resource: 'customers', recordId: id, fields: [field], reason, address: clientAddress(c) });
      return customer[field] ?? null;
    });
    return c.json({ id, field, value });
  });
  return app;
}
