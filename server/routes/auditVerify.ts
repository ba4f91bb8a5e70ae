import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { verifyAuditChain } from '../audit/auditLog';
import { canAccess } from '../../src/domain/roles';
import { roleMayNot } from '../../src/domain/apiMessages';

/** GET /api/audit-log/verify: recomputes the hash chain and names the first broken entry. */
export function auditVerifyRoutes(db: Database) {
  const app = new Hono<AppEnv>();
  app.get('/audit-log/verify', async (c) => {
    const { role } = c.var.staff;
    if (!canAccess(role, 'verify', 'audit-log')) throw new ApiError(403, roleMayNot(role, 'verify', 'audit-log'));
    return c.json(await verifyAuditChain(db));
  });
  return app;
}
