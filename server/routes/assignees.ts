import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { authorize } from '../auth/authorize';
import { assignees } from '../../src/domain/deletionWorkflow';

/** GET /api/assignees: whom a deletion ticket can be assigned to, for those who assign tickets (support may not list staff). */
export function assigneeRoutes(db: Database) {
  const app = new Hono<AppEnv>();
  app.get('/assignees', async (c) => {
    authorize(c, 'edit', 'deletion-tickets');
    return c.json(assignees(await db.query('SELECT username, display_name, role, disabled FROM staff ORDER BY id')));
  });
  return app;
}
