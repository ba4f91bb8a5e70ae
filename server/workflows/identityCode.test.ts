import * as crypto from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, step } from '../testing/workflows';

// The code's digits come from node:crypto; here the draw can be chosen, to see a small one.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, randomInt: vi.fn(real.randomInt) };
});

describeOnEachDatabase('the identity code', { smtp: true }, (suite) => {
  const support = suite.as('support');

  it('is always six digits, a small draw padded with zeros, and verifies as the mail writes it', async () => {
    const customer = await registerAdult(support, 'code-small');
    const ticket = (await support.create('deletion-tickets', { customer_id: customer.id, requester_name: 'R', requester_email: customer.email, channel: 'email', scope: 'account' })).body;
    expect((await step(support, 'deletion-tickets', ticket.id, 'start_verification')).status).toBe(200);
    vi.mocked(crypto.randomInt).mockReturnValueOnce(42 as never);
    expect((await step(support, 'deletion-tickets', ticket.id, 'send_identity_code')).status).toBe(200);
    await suite.deliver();
    const [mail] = await suite.db.query<{ body: string }>("SELECT body FROM outbox WHERE kind = 'identity_code' AND record_id = $1", [ticket.id]);
    expect(mail.body).toContain('give this code to our support staff: 000042\n');
    const verified = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code: '000042' });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ status: 'in_progress', identity_method: 'email_code' });
  });
});
