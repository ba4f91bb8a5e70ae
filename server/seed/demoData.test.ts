import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/testServer';
import type { Database } from '../db/database';
import { seedDemoData } from './seedDatabase';

// The demo is what a new user judges the product by: every name on a record is someone they can find.
describe('the demo data', () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await freshDatabase('pglite'));
    await db.transaction((tx) => seedDemoData(tx, 120));
  });
  afterAll(() => drop?.());

  it('names only staff who are on the Staff screen, as assignees and as drafters', async () => {
    const strangers = await db.query(
      `SELECT 'assignee' AS what, assignee AS username FROM deletion_tickets WHERE assignee IS NOT NULL AND assignee NOT IN (SELECT username FROM staff)
       UNION SELECT 'drafted_by', drafted_by FROM authority_referrals WHERE drafted_by NOT IN (SELECT username FROM staff)`,
    );
    expect(strangers).toEqual([]);
    const [{ assigned, drafted }] = await db.query<{ assigned: number; drafted: number }>(
      'SELECT (SELECT count(DISTINCT assignee) FROM deletion_tickets)::int AS assigned, (SELECT count(DISTINCT drafted_by) FROM authority_referrals)::int AS drafted',
    );
    expect(assigned).toBeGreaterThan(1);
    expect(drafted).toBeGreaterThan(1);
  });

  it('holds one open breach incident waiting for the legal advisor and one closed, drafted by the demo admin', async () => {
    const incidents = await db.query('SELECT id, status, risk, drafted_by, ministry_sent_at, site_notice_published_at, due_at FROM breach_incidents ORDER BY id');
    expect(incidents).toMatchObject([
      { id: 1, status: 'awaiting_legal_review', risk: 'high', drafted_by: 'admin', ministry_sent_at: null, due_at: expect.any(Date) },
      // every clock met: nothing is due
      { id: 2, status: 'closed', risk: 'low', drafted_by: 'admin', ministry_sent_at: expect.any(Date), site_notice_published_at: expect.any(Date), due_at: null },
    ]);
    const [{ next }] = await db.query<{ next: number }>("SELECT nextval(pg_get_serial_sequence('breach_incidents', 'id'))::int AS next");
    expect(next).toBe(3);
  });
});
