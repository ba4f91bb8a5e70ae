import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { authorize } from '../auth/authorize';
import { verifyAuditChain } from '../audit/auditLog';

/** GET /api/audit-log/verify: recomputes the hash chain and names the first broken entry. */
export function auditVerifyRoutes(db: Database) {
  const app = new Hono<AppEnv>();
  app.get('/audit-log/verify', async (c) => {
    authorize(c, 'verify', 'audit-log');
    return c.json(await verifyAuditChain(db));
  });
  return app;
}
