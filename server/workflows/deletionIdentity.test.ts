import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, registerChild, step } from '../testing/workflows';
import { addressHash, isSuppressed, queueMail } from '../mail/outbox';
import { IDENTITY_CODE_MINUTES, NOT_AN_ASSIGNEE } from '../../src/domain/deletionWorkflow';

// The deletion ticket's own effects as the people involved meet them: whom a ticket can be assigned
// to, what the code mail says and to whom, which parent a consent record verifies, what the
// confirmation says, and what a marketing-only ticket changes.
describeOnEachDatabase('deletion ticket effects', (suite) => {
  const support = suite.as('support');

  const row = async (table: string, id: number) => (await suite.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const mailOf = async (kind: string, ticketId: number) =>
    suite.db.query<Record<string, unknown>>('SELECT * FROM outbox WHERE kind = $1 AND record_id = $2 ORDER BY id', [kind, ticketId]);

  async function ticket(customerId: number | null, requesterEmail: string, scope = 'account') {
    const created = await support.create('deletion-tickets', { customer_id: customerId, requester_name: 'Requester', requester_email: requesterEmail, channel: 'email', scope });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as number;
  }
  async function verifying(customerId: number, requesterEmail: string, scope = 'account') {
    const id = await ticket(customerId, requesterEmail, scope);
    expect((await step(support, 'deletion-tickets', id, 'start_verification')).status).toBe(200);
    return id;
  }

  it('assigns only to an enabled support or admin account, and says which name was refused', async () => {
    const customer = await registerAdult(support, 'eff-assign');
    const id = await ticket(customer.id, customer.email);
    for (const name of ['test.legal', 'nobody.here']) {
      const refused = await step(support, 'deletion-tickets', id, 'assign', { assignee: name });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe(`No enabled support or admin account is called '${name}'`);
      expect(refused.body.errors).toEqual(NOT_AN_ASSIGNEE);
    }
    const assigned = await step(support, 'deletion-tickets', id, 'assign', { assignee: 'test.admin' });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.assignee).toBe('test.admin');
  });

  it('the code mail goes to the customer’s address, names what would be deleted, and says how long the code lasts', async () => {
    const { child } = await registerChild(support, 'eff-code');
    const [{ email }] = await suite.db.query<{ email: string }>('SELECT email FROM customers WHERE id = $1', [child.id]);
    const id = await verifying(child.id, 'parent.eff-code@example.net', 'child_data');
    const sent = await step(support, 'deletion-tickets', id, 'send_identity_code');
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const [mail] = await mailOf('identity_code', id);
    expect(mail).toMatchObject({ to_address: email, resource: 'deletion-tickets', subject: 'Your verification code for your deletion request', status: 'queued' });
    expect(mail.body).toContain('Someone asked us to delete your child’s personal data.');
    expect(mail.body).toMatch(/give this code to our support staff: \d{6}\n/);
    expect(mail.body).toContain(`The code expires in ${IDENTITY_CODE_MINUTES} minutes.`);
    expect((await row('deletion_tickets', id)).identity_codes_sent).toBe(1);

    // a ticket about mailing lists only says so
    const subscriber = await registerAdult(support, 'eff-code-mkt');
    const mkt = await verifying(subscriber.id, subscriber.email, 'marketing_email');
    expect((await step(support, 'deletion-tickets', mkt, 'send_identity_code')).status).toBe(200);
    expect((await mailOf('identity_code', mkt))[0].body).toContain('Someone asked us to delete your address from every mailing list.');

    // the customer was erased meanwhile by another ticket: no address is left to send a code to
    const customer = await registerAdult(support, 'eff-code-gone');
    const waiting = await verifying(customer.id, customer.email);
    const other = await verifying(customer.id, customer.email);
    expect((await step(support, 'deletion-tickets', other, 'verify_identity', { identity_method: 'id_document', note: 'Seen' })).status).toBe(200);
    expect((await step(support, 'deletion-tickets', other, 'complete')).status).toBe(200);
    const nowhere = await step(support, 'deletion-tickets', waiting, 'send_identity_code');
    expect(nowhere.status).toBe(409);
    expect(nowhere.body.message).toBe('The customer has no e-mail address on file to send a code to; record another identity check');
    expect(await mailOf('identity_code', waiting)).toEqual([]);
  });

  it('a consent record verifies the parent who granted it for this child, in any case, and nobody else', async () => {
    const { child, request } = await registerChild(support, 'eff-parent');
    const other = await registerChild(support, 'eff-parent-other');
    await suite.db.query("UPDATE consent_requests SET status = 'granted' WHERE id = ANY($1::int[])", [[request.id, other.request.id]]);
    const byRecord = (id: number) => step(support, 'deletion-tickets', id, 'verify_identity', { identity_method: 'consent_record', note: 'Consent record checked' });
    const refusal = 'No granted consent record matches this requester’s e-mail for this child';

    // another address, or the parent of another child: refused
    for (const [customerId, requester] of [[child.id, 'stranger.eff@example.net'], [child.id, other.request.parent_email], [other.child.id, request.parent_email]] as const) {
      const refused = await byRecord(await verifying(customerId, requester, 'child_data'));
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe(refusal);
    }
    // a request not granted is no consent record
    const { child: pending, request: pendingRequest } = await registerChild(support, 'eff-parent-pending');
    const notGranted = await byRecord(await verifying(pending.id, pendingRequest.parent_email, 'child_data'));
    expect(notGranted.status).toBe(409);

    const id = await verifying(child.id, String(request.parent_email).toUpperCase(), 'child_data');
    const verified = await byRecord(id);
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ status: 'in_progress', identity_method: 'consent_record' });
  });

  it('the confirmation tells the requester what was deleted, and is forgotten once sent', async () => {
    const customer = await registerAdult(support, 'eff-confirm');
    const id = await verifying(customer.id, customer.email);
    expect((await step(support, 'deletion-tickets', id, 'verify_identity', { identity_method: 'id_document', note: 'Seen' })).status).toBe(200);
    expect((await step(support, 'deletion-tickets', id, 'complete')).status).toBe(200);
    const [mail] = await mailOf('deletion_confirmation', id);
    expect(mail).toMatchObject({ to_address: customer.email, resource: 'deletion-tickets', subject: 'Your deletion request is complete', erase_recipient_after_send: true, status: 'queued' });
    expect(mail.body).toContain('As you asked, we have deleted your account and all the personal data we held about you.');
    expect(mail.body).toContain('This is the last message we send to this address.');
  });

  it('a marketing ticket suppresses the requester, cancels only their marketing mail, keeps the customer and confirms once', async () => {
    const customer = await registerAdult(support, 'eff-mkt');
    const requester = String(customer.email);
    const queue = (kind: 'marketing' | 'breach_notification', to: string) =>
      suite.db.transaction((tx) => queueMail(tx, { to, kind, subject: 'News', text: 'This week' }));
    const marketing = await queue('marketing', requester.toUpperCase());
    const notice = await queue('breach_notification', requester);
    const someoneElse = await queue('marketing', 'someone.else.eff@example.org');

    const id = await verifying(customer.id, requester, 'marketing_email');
    expect((await step(support, 'deletion-tickets', id, 'verify_identity', { identity_method: 'id_document', note: 'Seen' })).status).toBe(200);
    const before = await row('customers', customer.id);
    const done = await step(support, 'deletion-tickets', id, 'complete');
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    expect(await isSuppressed(suite.db, requester)).toBe(true);
    const [{ reason }] = await suite.db.query<{ reason: string }>('SELECT reason FROM suppression_list WHERE address_hash = $1', [await addressHash(suite.db, requester)]);
    expect(reason).toBe('marketing_email');
    expect(await row('outbox', marketing)).toMatchObject({ status: 'cancelled' });
    expect(await row('outbox', notice)).toMatchObject({ status: 'queued', to_address: requester });
    expect(await row('outbox', someoneElse)).toMatchObject({ status: 'queued' });
    expect(await row('customers', customer.id)).toMatchObject({ status: 'active', full_name: customer.full_name, email: requester, newsletter: false, version: Number(before.version) + 1 });
    // one service mail says it is done; it is not marketing, and it leaves no address behind once sent
    expect(await mailOf('deletion_confirmation', id)).toEqual([
      expect.objectContaining({ to_address: requester, subject: 'You will get no more marketing e-mail from us', erase_recipient_after_send: true, status: 'queued' }),
    ]);
  });
});
