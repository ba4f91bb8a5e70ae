import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, step } from '../testing/workflows';

// Nothing is erased before the identity is verified: the state table says so, and so must the API.
describeOnEachDatabase('deletion ticket steps', (suite) => {
  const support = suite.as('support');

  it('refuses to complete (and so to erase) while the identity is still being verified: 409, nothing erased', async () => {
    const customer = await registerAdult(support, 'early1');
    const ticket = (await support.create('deletion-tickets', { customer_id: customer.id, requester_name: customer.full_name, requester_email: customer.email, channel: 'email', scope: 'account' })).body;
    expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).status).toBe(409);
    expect((await step(support, 'deletion-tickets', ticket.id, 'start_verification')).body.status).toBe('verifying_identity');
    const early = await step(support, 'deletion-tickets', ticket.id, 'complete', { note: 'Trying to skip the check' });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/verifying identity/);
    expect((await support.get('deletion-tickets', ticket.id)).body).toMatchObject({ status: 'verifying_identity', requester_email: customer.email, completed_at: null });
    const [row] = await suite.db.query('SELECT status, full_name, email FROM customers WHERE id = $1', [customer.id]);
    expect(row).toMatchObject({ status: 'active', full_name: customer.full_name, email: customer.email });
    // once verified it completes
    expect((await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'phone_callback', note: 'Called back on the number on file' })).status).toBe(200);
    expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).body.status).toBe('completed');
  });
});
