import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { verifyAuditChain } from '../audit/auditLog';
import { STALE_VERSION } from '../../src/domain/apiMessages';
import { registerAdult, step } from '../testing/workflows';

const TRIALS = 15;

describeOnEachDatabase('concurrent deletion steps', (suite) => {
  const support = suite.as('support');

  /** A ticket to erase the customer's account, its identity checked in person: ready to complete. */
  async function readyTicket(customer: { id: number; full_name: string; email: string }) {
    const ticket = await support.create('deletion-tickets', { customer_id: customer.id, requester_name: customer.full_name, requester_email: customer.email, channel: 'email', scope: 'account' });
    expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
    expect((await step(support, 'deletion-tickets', ticket.body.id, 'start_verification')).status).toBe(200);
    const verified = await step(support, 'deletion-tickets', ticket.body.id, 'verify_identity', { identity_method: 'id_document', note: 'Passport seen at the counter' });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    return verified.body as { id: number; version: number };
  }

  it(`completes two tickets of one customer at the same moment without a server error (${TRIALS} trials)`, async () => {
    const answers: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const customer = await registerAdult(support, `twin${trial}x${suite.kind}`);
      const tickets = [await readyTicket(customer), await readyTicket(customer)];
      const done = await Promise.all(tickets.map((t) => support.call('POST', `/api/deletion-tickets/${t.id}/steps/complete`, { version: t.version })));
      const statuses = done.map((d) => d.status);
      answers.push(...statuses);
      expect(statuses, JSON.stringify(done.map((d) => d.body))).not.toContain(500);
      // One erases the customer; the other either completes too or is told the ticket changed under it.
      expect(statuses).toContain(200);
      for (const d of done) {
        expect([200, 409], JSON.stringify(d.body)).toContain(d.status);
        if (d.status === 409) expect(d.body.message).toBe(STALE_VERSION);
      }
      expect((await support.get('customers', customer.id)).body).toMatchObject({ status: 'erased', full_name: null });
    }
    console.info(`${suite.kind}: ${TRIALS} trials of two concurrent completes: ${answers.filter((s) => s === 200).length} × 200, ${answers.filter((s) => s === 409).length} × 409, ${answers.filter((s) => s >= 500).length} × 5xx`);
    expect(await verifyAuditChain(suite.db)).toMatchObject({ ok: true });
  }, 120_000);
});
