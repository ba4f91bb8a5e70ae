import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { authorize } from '../auth/authorize';
import type { MailDeliveryStatus } from '../../src/domain/outbox';

/** GET /api/mail-status: whether mail leaves at all, and what waits; the app warns everyone who queues mail when it does not. */
export function mailStatusRoutes(db: Database, options: { delivering: boolean }) {
  const app = new Hono<AppEnv>();
  app.get('/mail-status', async (c) => {
    authorize(c, 'list', 'outbox');
    const [counts] = await db.query<{ queued: number; failed: number }>(
      "SELECT count(*) FILTER (WHERE status IN ('queued', 'sending'))::int AS queued, count(*) FILTER (WHERE status = 'failed')::int AS failed FROM outbox",
    );
    const status: MailDeliveryStatus = { delivering: options.delivering, queued: counts.queued, failed: counts.failed };
    return c.json(status);
  });
  return app;
}
