import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipReason, startTestServer, type TestServer } from '../testing/testServer';
import { apiClient, type ApiClient } from '../testing/http';
import { step, uniqueCustomer } from '../testing/workflows';

// Nothing is erased before the identity is verified: the state table says so, and so must the API.
for (const kind of databaseKinds) {
  const skip = skipReason(kind);
  describe.skipIf(skip)(`deletion ticket steps on ${kind}${skip ? ` — ${skip}` : ''}`, () => {
    let server: TestServer;
    let support: ApiClient;
    beforeAll(async () => {
      server = await startTestServer(kind);
      support = apiClient(server.url, { cookie: await server.cookieFor('support') });
    });
    afterAll(() => server?.close());

    it('refuses to complete (and so to erase) while the identity is still being verified: 409, nothing erased', async () => {
      const customer = (await support.create('customers', uniqueCustomer('early1'))).body;
      const ticket = (await support.create('deletion-tickets', { customer_id: customer.id, requester_name: customer.full_name, requester_email: customer.email, channel: 'email', scope: 'account' })).body;
      expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).status).toBe(409);
      expect((await step(support, 'deletion-tickets', ticket.id, 'start_verification')).body.status).toBe('verifying_identity');
      const early = await step(support, 'deletion-tickets', ticket.id, 'complete', { note: 'Trying to skip the check' });
      expect(early.status).toBe(409);
      expect(early.body.message).toMatch(/verifying identity/);
      expect((await support.get('deletion-tickets', ticket.id)).body).toMatchObject({ status: 'verifying_identity', requester_email: customer.email, completed_at: null });
      const [row] = await server.db.query('SELECT status, full_name, email FROM customers WHERE id = $1', [customer.id]);
      expect(row).toMatchObject({ status: 'active', full_name: customer.full_name, email: customer.email });
      // once verified it completes
      expect((await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'phone_callback', note: 'Called back on the number on file' })).status).toBe(200);
      expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).body.status).toBe('completed');
    });
  });
}
