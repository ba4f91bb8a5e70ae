import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerChild, step, uniqueCustomer } from '../testing/workflows';
import { ERASURE } from '../../src/domain/erasure';

// what differs between any two records and says nothing about how they were erased
const IDENTITY = ['id', 'created_at', 'updated_at', 'version'];

// A tombstone looks the same however it came about: the seed's demo erasures and the server's real
// ones both follow the erasure map (src/domain/erasure.ts), and each step writes its record once.
describeOnEachDatabase('the erasure map', { demo: 120 }, (suite) => {
  const support = suite.as('support');

  const row = async (table: string, id: number) => (await suite.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const withoutIdentity = (record: Record<string, unknown>, alsoDrop: string[] = []) =>
    Object.fromEntries(Object.entries(record).filter(([k]) => !IDENTITY.includes(k) && !alsoDrop.includes(k)));

  it('an erased customer is the same tombstone in the seed as after a real deletion', async () => {
    const [seeded] = await suite.db.query<{ id: number }>("SELECT id FROM customers WHERE status = 'erased' ORDER BY id LIMIT 1");
    expect(seeded, 'the demo data has an erased customer').toBeDefined();
    const typed = uniqueCustomer('map1', { newsletter: true });
    const customer = (await support.create('customers', typed)).body;
    await suite.db.query('UPDATE customers SET recovery_question_set = true WHERE id = $1', [customer.id]);
    const ticket = (await support.create('deletion-tickets', { customer_id: customer.id, requester_name: 'Zahra', requester_email: typed.email, requester_phone: typed.phone, channel: 'email', scope: 'account' })).body;
    await step(support, 'deletion-tickets', ticket.id, 'start_verification');
    await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'id_document', note: 'ID card seen at the counter' });
    const before = await row('deletion_tickets', ticket.id);
    const done = await step(support, 'deletion-tickets', ticket.id, 'complete');
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    expect(withoutIdentity(await row('customers', customer.id))).toEqual(withoutIdentity(await row('customers', seeded.id)));
    expect(await row('customers', customer.id)).toMatchObject({ status: 'erased', recovery_question_set: false, newsletter: false });
    // the ticket's own erasure is part of its completion: one write, one new version
    const after = await row('deletion_tickets', ticket.id);
    expect(after.version).toBe(Number(before.version) + 1);
    for (const field of ERASURE['deletion-tickets'].emptied) expect(after[field]).toBeNull();
  });

  it('a refused consent leaves the same request and child in the seed as after a real refusal, written once', async () => {
    const [seeded] = await suite.db.query<{ id: number; customer_id: number }>(
      `SELECT r.id, r.customer_id FROM consent_requests r JOIN customers c ON c.id = r.customer_id
       WHERE r.status = 'refused' AND c.status = 'erased' ORDER BY r.id LIMIT 1`,
    );
    expect(seeded, 'the demo data has a refused consent whose child was erased').toBeDefined();
    const { child, request } = await registerChild(support, 'map2');
    const refused = await step(support, 'consent-requests', request.id, 'refuse');
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body.version).toBe(request.version + 1);

    const erasedFields = [...ERASURE['consent-requests'].emptied, 'status', 'third_party_disclosure'];
    const pick = (r: Record<string, unknown>) => Object.fromEntries(erasedFields.map((f) => [f, r[f]]));
    expect(pick(await row('consent_requests', request.id))).toEqual(pick(await row('consent_requests', seeded.id)));
    expect((await row('consent_requests', request.id)).contact_erased_at).not.toBeNull();
    expect(withoutIdentity(await row('customers', child.id))).toEqual(withoutIdentity(await row('customers', seeded.customer_id)));
  });
});
