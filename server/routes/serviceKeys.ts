import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { newServiceKey, serviceKeyHash } from '../auth/serviceKeys';
import { getRecord } from '../db/records';
import { invalidFields, jsonBody } from './requestBody';
import { recordIdParam } from './recordIdParam';
import { STALE_VERSION } from '../../src/domain/apiMessages';
import { revokeServiceKeySchema, SERVICE_KEY_REVOKED, serviceKeyCreateSchema, serviceKeyPrefix, serviceKeys } from '../../src/domain/serviceKeys';

const RETURNING = serviceKeys.fields.join(', ');

/** Service keys: created with their plaintext key in the answer (the only time it is shown), and revoked; never deleted. */
export function serviceKeyRoutes(db: Database) {
  const app = new Hono<AppEnv>();

  app.post('/service-keys', async (c) => {
    authorize(c, 'create', 'service-keys');
    const parsed = serviceKeyCreateSchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw invalidFields(parsed.error.issues);
    const key = newServiceKey();
    const created = await db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO service_keys (name, scopes, key_hash, key_prefix, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${RETURNING}`,
        [parsed.data.name, JSON.stringify(parsed.data.scopes), serviceKeyHash(key), serviceKeyPrefix(key), c.var.staff.username],
      );
      await appendAudit(tx, { ...actor(c), action: 'create', resource: 'service-keys', recordId: row.id as number, fields: ['name', 'scopes'] });
      return row;
    });
    return c.json({ ...created, key }, 201);
  });

  app.post('/service-keys/:id/revoke', async (c) => {
    authorize(c, 'edit', 'service-keys');
    const id = recordIdParam(c);
    const parsed = revokeServiceKeySchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw invalidFields(parsed.error.issues);
    const revoked = await db.transaction(async (tx) => {
      const before = await getRecord(tx, serviceKeys, id, true);
      if (before.revoked_at) throw new ApiError(409, SERVICE_KEY_REVOKED);
      if (before.version !== parsed.data.version) throw new ApiError(409, STALE_VERSION);
      const [row] = await tx.query(`UPDATE service_keys SET revoked_at = now(), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING ${RETURNING}`, [id]);
      await appendAudit(tx, { ...actor(c), action: 'update', resource: 'service-keys', recordId: id, fields: ['revoked_at'] });
      return row;
    });
    return c.json(revoked);
  });

  return app;
}
