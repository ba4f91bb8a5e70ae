import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, registerChild, step } from '../testing/workflows';
import { addressHash, isSuppressed, queueMail } from '../mail/outbox';
import { eraseCustomer, legalHoldMessage } from './erasure';

// How far one erasure reaches: every ticket filed with the person's address (in whatever case it was
// typed), every consent request of theirs, every mail still waiting for them; never another person's
// ticket, and never the confirmation the requester is still owed. And while referrals hold the
// customer, the refusal names each of them.
describeOnEachDatabase('the reach of an erasure', (suite) => {
  const support = suite.as('support');

  const row = async (table: string, id: number) => (await suite.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const mailTo = (address: string, subject: string) =>
    suite.db.transaction((tx) => queueMail(tx, { to: address, kind: 'marketing', subject, text: `${subject} for ${address}` }));

  async function verifiedTicket(customerId: number, requesterEmail: string, scope = 'account') {
    const created = await support.create('deletion-tickets', { customer_id: customerId, requester_name: 'Requester Reach', requester_email: requesterEmail, requester_phone: '+96879990001', channel: 'email', scope });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await step(support, 'deletion-tickets', created.body.id, 'start_verification')).status).toBe(200);
    const verified = await step(support, 'deletion-tickets', created.body.id, 'verify_identity', { identity_method: 'id_document', note: 'Civil ID seen at the counter' });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    return created.body.id as number;
  }

  it('while two referrals hold the customer, the refusal names both and nothing is erased', async () => {
    const customer = await registerAdult(support, 'reach-hold');
    const referrals: number[] = [];
    for (const authority of ['Royal Oman Police', 'Public Prosecution']) {
      const created = await support.create('authority-referrals', { customer_id: customer.id, activity: 'fraud', description: 'Chargebacks', evidence: 'Orders 1-4', authority, proposed_fields: ['full_name'] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      referrals.push(created.body.id);
    }
    const ticketId = await verifiedTicket(customer.id, customer.email);
    const held = await step(support, 'deletion-tickets', ticketId, 'complete');
    expect(held.status).toBe(409);
    expect(held.body.message).toBe(
      `The customer is under legal hold: authority referral #${referrals[0]}, #${referrals[1]} is open. The data can be erased once the legal advisor releases the hold.`,
    );
    expect(held.body.message).toBe(legalHoldMessage(referrals));
    expect(await row('customers', customer.id)).toMatchObject({ status: 'active', full_name: customer.full_name });
    expect(await row('deletion_tickets', ticketId)).toMatchObject({ status: 'in_progress', requester_name: 'Requester Reach' });
  });

  it('reaches every ticket filed with the address in any case, and the mail waiting for it, but no one else’s', async () => {
    const customer = await registerAdult(support, 'reach-tickets');
    // the address as it was once typed, with capitals (older data)
    const typed = 'Zahra.Reach-Tickets@Example.org';
    await suite.db.query('UPDATE customers SET email = $2 WHERE id = $1', [customer.id, typed]);
    const bystander = await registerAdult(support, 'reach-bystander');

    // the same person wrote in before, without the ticket being linked, in capitals
    const unlinked = (await support.create('deletion-tickets', { requester_name: 'Zahra (earlier mail)', requester_email: typed.toUpperCase(), requester_phone: '+96879990002', channel: 'email', scope: 'account' })).body;
    // a lawyer's ticket for the customer: the lawyer's details are the customer's file too
    const counsel = 'counsel.reach@example.net';
    const byCounsel = (await support.create('deletion-tickets', { customer_id: customer.id, requester_name: 'Counsel', requester_email: counsel, channel: 'phone', scope: 'account' })).body;
    const bystanderTicket = (await support.create('deletion-tickets', { customer_id: bystander.id, requester_name: 'Bystander', requester_email: bystander.email, channel: 'email', scope: 'account' })).body;
    for (const created of [unlinked, byCounsel, bystanderTicket]) expect(created.id, JSON.stringify(created)).toBeDefined();
    const before = { unlinked: await row('deletion_tickets', unlinked.id), byCounsel: await row('deletion_tickets', byCounsel.id), bystander: await row('deletion_tickets', bystanderTicket.id) };

    const toCustomer = await mailTo(typed.toLowerCase(), 'Your order shipped');
    const toCounsel = await mailTo(counsel, 'Your letter was received');
    const toBystander = await mailTo(bystander.email, 'Your order shipped');

    const ticketId = await verifiedTicket(customer.id, typed.toLowerCase());
    const done = await step(support, 'deletion-tickets', ticketId, 'complete');
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await row('customers', customer.id)).toMatchObject({ status: 'erased', email: null, full_name: null });

    // the other tickets lose their requester's details (once, one new version), and keep their status
    for (const [id, was] of [[unlinked.id, before.unlinked], [byCounsel.id, before.byCounsel]] as const) {
      expect(await row('deletion_tickets', id)).toMatchObject({ status: was.status, requester_name: null, requester_email: null, requester_phone: null, version: Number(was.version) + 1 });
    }
    expect(await row('deletion_tickets', bystanderTicket.id)).toMatchObject({ status: 'new', requester_name: 'Bystander', requester_email: bystander.email, version: before.bystander.version });

    // waiting mail to the customer and to the lawyer is cancelled and forgets its address; the bystander's goes out
    for (const id of [toCustomer, toCounsel]) expect(await row('outbox', id)).toMatchObject({ status: 'cancelled', to_address: null });
    expect(await row('outbox', toBystander)).toMatchObject({ status: 'queued', to_address: bystander.email });
    // the confirmation still reaches the requester
    const [confirmation] = await suite.db.query("SELECT * FROM outbox WHERE kind = 'deletion_confirmation' AND record_id = $1", [ticketId]);
    expect(confirmation).toMatchObject({ status: 'queued', to_address: typed.toLowerCase() });

    // the customer's address, whatever its case, is never written to again; the bystander's and the lawyer's are not suppressed
    expect(await isSuppressed(suite.db, typed)).toBe(true);
    expect(await isSuppressed(suite.db, typed.toLowerCase())).toBe(true);
    const [{ reason }] = await suite.db.query<{ reason: string }>('SELECT reason FROM suppression_list WHERE address_hash = $1', [await addressHash(suite.db, typed)]);
    expect(reason).toBe('erased');
    expect(await isSuppressed(suite.db, bystander.email)).toBe(false);
    expect(await isSuppressed(suite.db, counsel)).toBe(false);
  });

  it('a second ticket for a customer already erased by the first completes too, and changes nothing more', async () => {
    const customer = await registerAdult(support, 'reach-twice');
    const first = await verifiedTicket(customer.id, customer.email);
    const second = await verifiedTicket(customer.id, 'counsel.twice@example.net');
    expect((await step(support, 'deletion-tickets', first, 'complete')).status).toBe(200);
    const tombstone = await row('customers', customer.id);
    expect(tombstone).toMatchObject({ status: 'erased', email: null });
    const again = await step(support, 'deletion-tickets', second, 'complete');
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toMatchObject({ status: 'completed', requester_email: null });
    expect(await row('customers', customer.id)).toMatchObject({ status: 'erased', email: null, full_name: null });
  });

  // The last guard, whichever workflow calls it: the steps check for a hold first, but the erasure itself refuses too.
  it('the erasure itself refuses a customer a referral holds (409), or one who does not exist (404), erasing nothing', async () => {
    const customer = await registerAdult(support, 'reach-guard');
    const referral = await support.create('authority-referrals', { customer_id: customer.id, activity: 'fraud', description: 'Chargebacks', evidence: 'Orders 1-4', authority: 'Royal Oman Police', proposed_fields: ['full_name'] });
    expect(referral.status, JSON.stringify(referral.body)).toBe(201);
    await expect(suite.db.transaction((tx) => eraseCustomer(tx, customer.id))).rejects.toMatchObject({ status: 409, message: legalHoldMessage([referral.body.id]) });
    expect(await row('customers', customer.id)).toMatchObject({ status: 'active', full_name: customer.full_name, email: customer.email });
    await expect(suite.db.transaction((tx) => eraseCustomer(tx, 987_654))).rejects.toMatchObject({ status: 404, message: 'No customers record with id 987654' });
  });

  it('a mailing-list ticket whose requester was erased meanwhile by another ticket still completes', async () => {
    const customer = await registerAdult(support, 'reach-mkt');
    const lists = await verifiedTicket(customer.id, customer.email, 'marketing_email');
    const account = await verifiedTicket(customer.id, customer.email);
    expect((await step(support, 'deletion-tickets', account, 'complete')).status).toBe(200);
    expect(await row('deletion_tickets', lists)).toMatchObject({ status: 'in_progress', requester_email: null });
    const [{ n: suppressed }] = await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suppression_list');
    const done = await step(support, 'deletion-tickets', lists, 'complete');
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('completed');
    const [{ n: after }] = await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suppression_list');
    expect(after).toBe(suppressed);
  });

  it('a child’s erasure by a ticket erases every consent request’s contacts, and the parent still gets the confirmation', async () => {
    const { child, request } = await registerChild(support, 'reach-child');
    const parent = request.parent_email as string;
    const second = await support.create('consent-requests', { customer_id: child.id, child_name: 'Second ask', parent_name: 'Other parent', parent_email: 'other.parent.reach@example.net' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);
    const [notice] = await suite.db.query<{ id: number }>("SELECT id FROM outbox WHERE kind = 'consent_notice' AND record_id = $1", [request.id]);
    const bystander = await registerChild(support, 'reach-child-other');
    // mail still waiting for the child's own address: the ticket's requester is the parent, so only the customer record leads to it
    const [{ email: childEmail }] = await suite.db.query<{ email: string }>('SELECT email FROM customers WHERE id = $1', [child.id]);
    const toChild = await mailTo(childEmail, 'Your game account');

    const ticketId = await verifiedTicket(child.id, parent, 'child_data');
    const done = await step(support, 'deletion-tickets', ticketId, 'complete');
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await row('customers', child.id)).toMatchObject({ status: 'erased', full_name: null });

    for (const id of [request.id, second.body.id]) {
      const erased = await row('consent_requests', id);
      expect(erased).toMatchObject({ child_name: null, parent_name: null, parent_email: null, parent_phone: null, notice_token_hash: null });
      expect(erased.contact_erased_at).not.toBeNull();
    }
    expect(await row('consent_requests', bystander.request.id)).toMatchObject({ parent_email: bystander.request.parent_email, contact_erased_at: null });
    expect(await row('outbox', toChild)).toMatchObject({ status: 'cancelled', to_address: null });
    // the notice that had not gone yet never will, and keeps no address
    expect(await row('outbox', notice.id)).toMatchObject({ status: 'cancelled', to_address: null });
    // but the confirmation to the parent who asked is kept until it is sent
    const [confirmation] = await suite.db.query("SELECT * FROM outbox WHERE kind = 'deletion_confirmation' AND record_id = $1", [ticketId]);
    expect(confirmation).toMatchObject({ status: 'queued', to_address: parent });
  });
});
