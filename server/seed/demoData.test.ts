import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/testServer';
import type { Database } from '../db/database';
import { seedDemoData } from './seedDatabase';
import { childConsentState, withheldFieldErrors } from '../../src/domain/childMinimisation';

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

  it('holds nothing of a child beyond the name, username, e-mail and birth date until the parent consents (COPPA minimisation)', async () => {
    const children = await db.query<Record<string, unknown> & { statuses: string[] }>(
      `SELECT c.*, array_agg(r.status) AS statuses FROM customers c JOIN consent_requests r ON r.customer_id = c.id
       WHERE c.status = 'active' GROUP BY c.id`,
    );
    const today = new Date().toISOString().slice(0, 10);
    const without = children.filter((c) => childConsentState(c.birth_date instanceof Date ? c.birth_date.toISOString().slice(0, 10) : c.birth_date, today, 13, c.statuses) === 'without_consent');
    expect(without.length).toBeGreaterThan(0);
    for (const child of without) expect(withheldFieldErrors('without_consent', child, null), `customer ${child.id}`).toBeNull();
    // and those with consent show what may then be filled
    expect(children.some((c) => c.statuses.includes('granted') && c.school)).toBe(true);
    // a request never sent is inside the window that runs from its registration
    const [{ outside }] = await db.query<{ outside: number }>("SELECT count(*)::int AS outside FROM consent_requests WHERE status = 'awaiting_notice' AND (answer_due_at IS NULL OR answer_due_at < now())");
    expect(outside).toBe(0);
  });
});
