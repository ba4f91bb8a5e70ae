import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { authorize } from '../auth/authorize';
import { verifyAuditChain } from '../audit/auditLog';
import { staffNames } from '../../src/domain/staff';

/** GET /api/audit-log/verify: recomputes the hash chain and names the first broken entry; and the names of the staff it names. */
export function auditVerifyRoutes(db: Database) {
  const app = new Hono<AppEnv>();
  app.get('/audit-log/verify', async (c) => {
    authorize(c, 'verify', 'audit-log');
    return c.json(await verifyAuditChain(db));
  });
  // GET /api/audit-log/staff-names: who the entries name, for the legal advisor too (who may not list staff accounts).
  app.get('/audit-log/staff-names', async (c) => {
    authorize(c, 'list', 'audit-log');
    return c.json(staffNames(await db.query('SELECT id, username, display_name FROM staff ORDER BY id')));
  });
  return app;
}
