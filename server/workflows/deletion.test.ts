import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { findValues, step, uniqueCustomer } from '../testing/workflows';

describeOnEachDatabase('deletion tickets', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const legal = suite.as('legal');

  async function ticketFor(tag: string, scope = 'account') {
    // the values as typed: the API's answer masks the sensitive ones
    const typed = uniqueCustomer(tag);
    const customer = { ...typed, ...(await support.create('customers', typed)).body, phone: typed.phone, id_number: typed.id_number, address: typed.address };
    // the requester's phone too: an erasure that forgot it would leave it in the ticket
    const ticket = await support.create('deletion-tickets', { customer_id: customer.id, requester_name: customer.full_name, requester_email: customer.email, requester_phone: typed.phone, channel: 'email', scope });
    expect(ticket.status).toBe(201);
    return { customer, ticket: ticket.body };
  }

  async function verifiedByCode(ticketId: number, email: string) {
    expect((await step(support, 'deletion-tickets', ticketId, 'start_verification')).status).toBe(200);
    expect((await step(support, 'deletion-tickets', ticketId, 'send_identity_code')).status).toBe(200);
    await suite.deliver();
    const mail = suite.smtp.messages.filter((m) => m.to.includes(email)).at(-1)!;
    const code = /code[^\d]*(\d{6})/.exec(mail.text)![1];
    const wrong = await step(support, 'deletion-tickets', ticketId, 'verify_identity', { identity_method: 'email_code', code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    const right = await step(support, 'deletion-tickets', ticketId, 'verify_identity', { identity_method: 'email_code', code, note: 'Code read back on the phone' });
    expect(right.status, JSON.stringify(right.body)).toBe(200);
    expect(right.body.status).toBe('in_progress');
  }

  it('gives every ticket a due date and the rule behind it', async () => {
    const { ticket } = await ticketFor('due1');
    expect(ticket.due_rule).toMatch(/30 days/);
    const marketing = await support.create('deletion-tickets', { requester_name: 'List member', requester_email: 'list.member@example.org', channel: 'email', scope: 'marketing_email', received_at: '2026-01-08T17:00:00Z' });
    // Thursday 21:00 in Muscat: due at the end of Sunday 11 January... which is Accession Day, so Monday
    expect(marketing.body.due_at).toBe('2026-01-12T19:59:59.999Z');
    expect(marketing.body.due_rule).toMatch(/1 business day/);

    // the calendar is corrected: the open ticket's date is counted again
    const admin = suite.as('admin');
    const [accession] = (await admin.list('holidays', { filter: { day_gte: '2026-01-11', day_lte: '2026-01-11' } })).body;
    expect((await admin.remove('holidays', accession.id)).status).toBe(200);
    expect((await support.get('deletion-tickets', marketing.body.id)).body.due_at).toBe('2026-01-11T19:59:59.999Z');
    expect((await admin.create('holidays', { day: '2026-01-11', name: 'Accession Day', kind: 'fixed' })).status).toBe(201);
    expect((await support.get('deletion-tickets', marketing.body.id)).body.due_at).toBe('2026-01-12T19:59:59.999Z');
  });

  it('erases the person everywhere on completion, after a code check, and confirms by mail first', async () => {
    const { customer, ticket } = await ticketFor('erase1');
    await verifiedByCode(ticket.id, customer.email);
    const values = [customer.full_name, customer.email, customer.username, customer.phone, customer.id_number, customer.address];
    // the scan sees the person before the erasure: customers, tickets (with the phone), the outbox
    const before = await findValues(suite.db, values);
    expect(before).toContain(`deletion_tickets.requester_phone holds ${customer.phone}`);
    expect(before.length).toBeGreaterThanOrEqual(9);
    const done = await step(support, 'deletion-tickets', ticket.id, 'complete', { note: 'All checks done' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', requester_email: null, requester_name: null });
    const erased = (await support.get('customers', customer.id)).body;
    expect(erased).toMatchObject({ status: 'erased', full_name: null, email: null, username: null });
    await suite.deliver();
    expect(suite.smtp.messages.filter((m) => m.to.includes(customer.email)).map((m) => m.subject)).toContain('Your deletion request is complete');
    expect(await findValues(suite.db, values)).toEqual([]);
    const [suppressed] = await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suppression_list');
    expect(suppressed.n).toBeGreaterThan(0);
    const history = (await support.list('workflow-history', { filter: { resource: 'deletion-tickets', record_id: ticket.id }, sort: ['id', 'ASC'] })).body;
    expect(history.map((h: { step: string }) => h.step)).toEqual(['start_verification', 'send_identity_code', 'verify_identity', 'complete']);
    expect(history[3]).toMatchObject({ from_status: 'in_progress', to_status: 'completed', actor: 'test.support', note: 'All checks done' });
  });

  it('leaves everything as it was when the erasure fails half-way', async () => {
    const { customer, ticket } = await ticketFor('crash1');
    await verifiedByCode(ticket.id, customer.email);
    const snapshot = async () => ({
      customer: (await suite.db.query('SELECT * FROM customers WHERE id = $1', [customer.id]))[0],
      consent: await suite.db.query('SELECT * FROM consent_requests WHERE customer_id = $1', [customer.id]),
      ticket: (await suite.db.query('SELECT * FROM deletion_tickets WHERE id = $1', [ticket.id]))[0],
      outbox: await suite.db.query('SELECT * FROM outbox ORDER BY id'),
      suppressed: await suite.db.query('SELECT * FROM suppression_list ORDER BY address_hash'),
      history: await suite.db.query('SELECT count(*)::int AS n FROM workflow_history'),
    });
    const before = await snapshot();
    // The last write of the erasure fails: the consent contacts, the outbox and the suppression list were already changed.
    await suite.db.exec(`CREATE FUNCTION fail_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.status = 'erased' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_erasure BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION fail_erasure();`);
    const failed = await step(support, 'deletion-tickets', ticket.id, 'complete');
    await suite.db.exec('DROP TRIGGER fail_erasure ON customers; DROP FUNCTION fail_erasure();');
    expect(failed.status).toBe(500);
    expect(await snapshot()).toEqual(before);
    expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).status).toBe(200);
  });

  it('waits under legal hold until the legal advisor releases it', async () => {
    const { customer, ticket } = await ticketFor('hold1');
    const referral = (await support.create('authority-referrals', { customer_id: customer.id, activity: 'fraud', description: 'Chargebacks', evidence: 'Orders 1-4', authority: 'Royal Oman Police', proposed_fields: ['full_name'] })).body;
    await verifiedByCode(ticket.id, customer.email);
    const held = await step(support, 'deletion-tickets', ticket.id, 'complete');
    expect(held.status).toBe(409);
    expect(held.body.message).toMatch(new RegExp(`legal hold.*#${referral.id}`));
    expect((await support.get('customers', customer.id)).body.status).toBe('active');
    expect((await step(support, 'authority-referrals', referral.id, 'release_hold', { opinion: 'No longer needed as evidence.' })).status).toBe(403);
    expect((await step(legal, 'authority-referrals', referral.id, 'release_hold', { opinion: 'No longer needed as evidence.' })).status).toBe(200);
    expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).status).toBe(200);
  });

  it('a marketing ticket only suppresses the address', async () => {
    const { customer, ticket } = await ticketFor('mkt1', 'marketing_email');
    await verifiedByCode(ticket.id, customer.email);
    expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).status).toBe(200);
    const kept = (await support.get('customers', customer.id)).body;
    expect(kept).toMatchObject({ status: 'active', full_name: customer.full_name, newsletter: false });
    await suite.deliver();
    expect(suite.smtp.messages.filter((m) => m.to.includes(customer.email)).at(-1)).toMatchObject({ subject: 'You will get no more marketing e-mail from us' });
    const [{ n }] = await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suppression_list');
    expect(n).toBeGreaterThan(0);
  });

  it('refuses steps out of order (409), for the wrong role (403), and without a reason (400)', async () => {
    const { ticket } = await ticketFor('order1');
    expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).status).toBe(409);
    expect((await step(legal, 'deletion-tickets', ticket.id, 'start_verification')).status).toBe(403);
    expect((await step(support, 'deletion-tickets', ticket.id, 'reject', { reason: '' })).status).toBe(400);
    const stale = await support.call('POST', `/api/deletion-tickets/${ticket.id}/steps/start_verification`, { version: ticket.version - 1 });
    expect(stale.status).toBe(409);
    const rejected = await step(support, 'deletion-tickets', ticket.id, 'reject', { reason: 'Duplicate of an earlier request' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejection_reason: 'Duplicate of an earlier request' });
    // the requester is told why, once
    await suite.deliver();
    const told = suite.smtp.messages.filter((m) => m.subject === 'We did not carry out your deletion request' && m.to.includes(ticket.requester_email));
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain('The reason: Duplicate of an earlier request');
    expect((await support.update('deletion-tickets', ticket.id, { ...rejected.body, notes: 'late edit' })).status).toBe(409);
  });
});
