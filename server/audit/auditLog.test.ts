import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipReason, startTestServer, type TestServer } from '../testing/testServer';
import { apiClient, type ApiClient } from '../testing/http';
import { seedDemoData } from '../seed/seedDatabase';
import { verifyAuditChain } from './auditLog';

for (const kind of databaseKinds) {
  const skip = skipReason(kind);
  describe.skipIf(skip)(`audit log and reveal on ${kind}${skip ? ` — ${skip}` : ''}`, () => {
    let server: TestServer;
    let admin: ApiClient;
    const entries = async (filter: Record<string, unknown>) => (await admin.list('audit-log', { filter, sort: ['id', 'DESC'], range: [0, 99] })).body;

    beforeAll(async () => {
      server = await startTestServer(kind, (db) => db.transaction((tx) => seedDemoData(tx, 20)).then(() => undefined));
      admin = apiClient(server.url, { cookie: await server.cookieFor('admin') });
    });
    afterAll(() => server?.close());

    it('records a change with who, role, address and field names, never the values', async () => {
      // a live customer: an erased one accepts no change
      const [shown] = (await admin.list('customers', { filter: { status: 'active' }, sort: ['id', 'ASC'], range: [0, 0] })).body;
      expect((await admin.update('customers', shown.id, { ...shown, phone: '+96899001122', school: 'Night school' })).status).toBe(200);
      const [entry] = await entries({ resource: 'customers', action: 'update' });
      expect(entry).toMatchObject({ staff_username: 'test.admin', role: 'admin', action: 'update', record_id: String(shown.id), address: '127.0.0.1' });
      expect(entry.fields.sort()).toEqual(['phone', 'school']);
      expect(JSON.stringify(await entries({}))).not.toContain('99001122');
    });

    it('records sign-ins and failed attempts', async () => {
      await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'test.legal', password: 'nope' }) });
      const [failed] = await entries({ action: 'sign_in_failed' });
      expect(failed).toMatchObject({ staff_username: 'test.legal', staff_id: null });
      expect(JSON.stringify(failed)).not.toContain('nope');
      expect((await entries({ action: 'sign_in' })).length).toBeGreaterThan(0);
    });

    it('reveals one field to admin and legal with a reason, audited; refuses support and a missing reason', async () => {
      const [stored] = await server.db.query('SELECT id_number FROM customers WHERE id = 3');
      const legal = apiClient(server.url, { cookie: await server.cookieFor('legal') });
      const res = await legal.call('POST', '/api/customers/3/reveal', { field: 'id_number', reason: 'Deletion ticket 12: identity check' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: 3, field: 'id_number', value: stored.id_number });
      const [entry] = await entries({ resource: 'customers', record_id: 3 });
      expect(entry).toMatchObject({ staff_username: 'test.legal', record_id: '3', fields: ['id_number'], reason: 'Deletion ticket 12: identity check' });

      const support = apiClient(server.url, { cookie: await server.cookieFor('support') });
      expect((await support.call('POST', '/api/customers/3/reveal', { field: 'id_number', reason: 'curious about it' })).status).toBe(403);
      const noReason = await legal.call('POST', '/api/customers/3/reveal', { field: 'id_number', reason: '' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.message).toMatch(/reason/);
      expect((await legal.call('POST', '/api/customers/3/reveal', { field: 'email', reason: 'not a masked field' })).status).toBe(400);
    });

    it('cannot be changed through the API nor in the database', async () => {
      expect((await admin.update('audit-log', 1, { reason: 'x' })).status).toBe(403);
      expect((await admin.remove('audit-log', 1)).status).toBe(403);
      await expect(server.db.query("UPDATE audit_log SET reason = 'edited' WHERE id = 1")).rejects.toThrow(/append-only/);
      await expect(server.db.query('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    });

    it('verifies the chain, and names the first entry that was tampered with', async () => {
      const check = await admin.call('GET', '/api/audit-log/verify');
      expect(check.body).toMatchObject({ ok: true });
      expect(check.body.checked).toBeGreaterThan(3);
      const support = apiClient(server.url, { cookie: await server.cookieFor('support') });
      expect((await support.call('GET', '/api/audit-log/verify')).status).toBe(403);

      // Someone with database superuser rights bypasses the trigger and rewrites an entry.
      const [target] = await server.db.query<{ id: number }>("SELECT id FROM audit_log WHERE action = 'reveal' ORDER BY id LIMIT 1");
      await server.db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await server.db.query("UPDATE audit_log SET reason = 'nothing to see' WHERE id = $1", [target.id]);
      await server.db.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: false, firstBrokenId: Number(target.id) });
    });
  });
}
