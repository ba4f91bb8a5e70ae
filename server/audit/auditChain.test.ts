import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { uniqueCustomer } from '../testing/workflows';
import { verifyAuditChain } from './auditLog';

type StoredEntry = {
  id: string | number;
  at: Date | string;
  staff_id: number | null;
  staff_username: string | null;
  role: string | null;
  action: string;
  resource: string | null;
  record_id: string | null;
  fields: string[] | null;
  reason: string | null;
  address: string | null;
  prev_hash: string;
  hash: string;
};

const GENESIS = '0'.repeat(64);

/**
 * The chain as documented, computed here independently of the server: each entry's hash is the SHA-256
 * of the previous entry's hash followed by the entry's content (a JSON array, in a fixed order).
 */
const expectedHash = (prevHash: string, e: StoredEntry) =>
  createHash('sha256')
    .update(prevHash)
    .update(JSON.stringify([new Date(e.at).toISOString(), e.staff_id, e.staff_username, e.role, e.action, e.resource, e.record_id, e.fields, e.reason, e.address]))
    .digest('hex');

describeOnEachDatabase("the audit log's hash chain", (suite) => {
  const admin = suite.as('admin');
  const all = () => suite.db.query<StoredEntry>('SELECT * FROM audit_log ORDER BY id');
  /** What someone with superuser rights can do: bypass the append-only trigger. */
  const asSuperuser = async (sql: string, params: unknown[]) => {
    await suite.db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    try {
      await suite.db.query(sql, params);
    } finally {
      await suite.db.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    }
  };

  beforeAll(async () => {
    // some history: sign-ins, a failed one, creations and a change
    await fetch(`${suite.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'test.legal', password: 'wrong' }) });
    for (const tag of ['chain1', 'chain2', 'chain3']) expect((await admin.create('customers', uniqueCustomer(tag))).status).toBe(201);
    const shown = (await admin.get('customers', 2)).body;
    expect((await admin.update('customers', 2, { ...shown, school: 'Evening classes' })).status).toBe(200);
  });

  it('links every entry to the one before it: hash = SHA-256(previous hash + content)', async () => {
    const entries = await all();
    expect(entries.length).toBeGreaterThanOrEqual(6);
    let prev = GENESIS;
    for (const entry of entries) {
      expect(entry.prev_hash, `entry ${entry.id}`).toBe(prev);
      expect(entry.hash, `entry ${entry.id}`).toBe(expectedHash(prev, entry));
      prev = entry.hash;
    }
    const check = await admin.call('GET', '/api/audit-log/verify');
    expect(check.body).toEqual({ ok: true, checked: entries.length });
  });

  it('verifies in batches as a whole, however the batches fall', async () => {
    const n = (await all()).length;
    for (const batch of [1, 2, n - 1, n, n + 1]) expect(await verifyAuditChain(suite.db, batch)).toEqual({ ok: true, checked: n });
  });

  it('notices an entry deleted from the middle, even when the next entry is re-linked to the one before', async () => {
    const before = await all();
    const [, , victim, next] = before;
    const previous = before[1];
    await asSuperuser('DELETE FROM audit_log WHERE id = $1', [victim.id]);
    // the careful forger re-links the next entry: only its hash, which covers the link, gives it away
    await asSuperuser('UPDATE audit_log SET prev_hash = $1 WHERE id = $2', [previous.hash, next.id]);
    expect(await verifyAuditChain(suite.db)).toEqual({ ok: false, checked: 2, firstBrokenId: Number(next.id) });
    const check = await admin.call('GET', '/api/audit-log/verify');
    expect(check.body).toMatchObject({ ok: false, firstBrokenId: Number(next.id) });
    // in small batches too
    expect(await verifyAuditChain(suite.db, 1)).toMatchObject({ ok: false, firstBrokenId: Number(next.id) });
  });
});
