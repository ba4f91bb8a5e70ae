import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { expireUnansweredConsents } from './consentExpiry';
import { registerAdult, registerChild, step } from '../testing/workflows';
import { ERASED_CUSTOMER } from '../../src/domain/apiMessages';
import { MAX_CODES_PER_TICKET, MAX_WRONG_CODES, WRONG_CODE, codeVoided } from '../../src/domain/deletionWorkflow';

// Who gets erased, and on whose word: a consent request erases only its own child, a deletion ticket
// only the customer whose control of the account was proven, and an erased record stays erased.
describeOnEachDatabase('erasure only of the right person,', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const admin = suite.as('admin');
  const adult = (tag: string) => registerAdult(support, tag);
  const child = (tag: string) => registerChild(support, tag);
  const rowOf = async (table: string, id: number) => (await suite.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];

  it('refuses a consent request for an adult, and never lets a request change its child', async () => {
    const grown = await adult('cr-adult');
    const refused = await support.create('consent-requests', { customer_id: grown.id, child_name: 'Not a child', parent_name: 'Somebody', parent_email: 'somebody@example.net' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.customer_id).toMatch(/child under 13/);
    const noBirthDate = await adult('cr-nobirth');
    await suite.db.query('UPDATE customers SET birth_date = NULL WHERE id = $1', [noBirthDate.id]);
    expect((await support.create('consent-requests', { customer_id: noBirthDate.id, child_name: 'X', parent_name: 'Y', parent_email: 'y@example.net' })).status).toBe(400);

    const { child: kid, request } = await child('cr-kid');
    const second = await support.create('consent-requests', { customer_id: kid.id, child_name: 'Second ask', parent_name: 'Parent', parent_email: 'parent2@example.net' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);

    const moved = await support.update('consent-requests', request.id, { ...request, customer_id: grown.id });
    expect(moved.status).toBe(409);
    expect(moved.body.message).toMatch(/customer id of this record is fixed/);
    expect((await rowOf('consent_requests', request.id)).customer_id).toBe(kid.id);
    const sameChild = await support.update('consent-requests', request.id, { ...request, parent_name: 'Parent corrected' });
    expect(sameChild.status, JSON.stringify(sameChild.body)).toBe(200);
  });

  it('a refusal or an expiry on a request that names an adult (older data) erases only its contact details', async () => {
    const grown = await adult('cr-legacy');
    // as a request filed before requests were checked
    const [legacy] = await suite.db.query<{ id: number }>(
      "INSERT INTO consent_requests (customer_id, child_name, parent_name, parent_email, status) VALUES ($1, 'Wrong', 'Wrong parent', 'wrong.parent@example.net', 'awaiting_notice') RETURNING id",
      [grown.id],
    );
    expect((await step(support, 'consent-requests', legacy.id, 'refuse')).status).toBe(200);
    expect(await rowOf('customers', grown.id)).toMatchObject({ status: 'active', full_name: grown.full_name, email: grown.email });
    expect(await rowOf('consent_requests', legacy.id)).toMatchObject({ status: 'refused', parent_email: null });

    const [expiring] = await suite.db.query<{ id: number }>(
      "INSERT INTO consent_requests (customer_id, child_name, parent_name, parent_email, status, notice_sent_at, answer_due_at) VALUES ($1, 'Wrong', 'Wrong parent', 'wrong.parent2@example.net', 'notice_sent', now() - interval '20 days', now() - interval '1 minute') RETURNING id",
      [grown.id],
    );
    expect(await expireUnansweredConsents(suite.db, { publicUrl: suite.server.url })).toBeGreaterThanOrEqual(1);
    expect(await rowOf('consent_requests', expiring.id)).toMatchObject({ status: 'expired', parent_email: null });
    expect(await rowOf('customers', grown.id)).toMatchObject({ status: 'active', email: grown.email });
  });

  it('a refusal erases the child it names and nobody else', async () => {
    const bystander = await adult('cr-bystander');
    const { child: kid, request } = await child('cr-refused');
    expect((await step(support, 'consent-requests', request.id, 'refuse')).status).toBe(200);
    expect(await rowOf('customers', kid.id)).toMatchObject({ status: 'erased', full_name: null });
    expect(await rowOf('customers', bystander.id)).toMatchObject({ status: 'active', full_name: bystander.full_name });
  });

  it('an erased customer accepts no change, and offers none', async () => {
    const { child: kid, request } = await child('erased-edit');
    await step(support, 'consent-requests', request.id, 'refuse');
    const tombstone = (await support.get('customers', kid.id)).body;
    expect(tombstone.status).toBe('erased');
    const revived = await support.update('customers', kid.id, { ...tombstone, full_name: 'Back to life', username: 'revived.one', email: 'revived@example.org' });
    expect(revived.status).toBe(409);
    expect(revived.body.message).toBe(ERASED_CUSTOMER);
    expect(await rowOf('customers', kid.id)).toMatchObject({ status: 'erased', full_name: null, username: null, email: null, version: tombstone.version });
    expect((await admin.call('GET', `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ resource: 'customers', record_id: kid.id, action: 'update' }))}`)).body).toEqual([]);
  });

  async function ticketInVerification(tag: string) {
    const customer = await adult(tag);
    const created = await support.create('deletion-tickets', { customer_id: customer.id, requester_name: 'Requester', requester_email: `requester.${tag}@example.org`, channel: 'email', scope: 'account' });
    expect(created.status).toBe(201);
    expect((await step(support, 'deletion-tickets', created.body.id, 'start_verification')).status).toBe(200);
    return { customer, ticket: created.body };
  }
  const codesTo = (ticketId: number) =>
    suite.db.query<{ to_address: string; body: string }>("SELECT to_address, body FROM outbox WHERE kind = 'identity_code' AND record_id = $1 ORDER BY id", [ticketId]);
  // the code as the customer reads it: delivered first (its lifetime starts then)
  const lastCode = async (ticketId: number) => {
    await suite.deliver();
    return /code[^\d]*(\d{6})/.exec((await codesTo(ticketId)).at(-1)!.body)![1];
  };
  const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('verifies only a ticket linked to its customer, by a code sent to the customer’s own address', async () => {
    const unlinked = await support.create('deletion-tickets', { requester_name: 'Someone', requester_email: 'someone.unlinked@example.org', channel: 'email', scope: 'account' });
    const start = await step(support, 'deletion-tickets', unlinked.body.id, 'start_verification');
    expect(start.status).toBe(409);
    expect(start.body.message).toMatch(/Link the ticket to the customer/);

    const { customer, ticket } = await ticketInVerification('code-to');
    expect((await step(support, 'deletion-tickets', ticket.id, 'send_identity_code')).status).toBe(200);
    expect((await codesTo(ticket.id)).map((m) => m.to_address)).toEqual([customer.email]);
    // not delivered yet: nobody can have read it, so it does not verify anyone
    const code = /code[^\d]*(\d{6})/.exec((await codesTo(ticket.id))[0].body)![1];
    expect((await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code })).status).toBe(400);
    await suite.deliver();
    expect(suite.smtp.messages.filter((m) => m.to.includes(customer.email))).toHaveLength(1);
    expect(suite.smtp.messages.some((m) => m.to.includes('requester.code-to@example.org'))).toBe(false);
    expect((await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code })).status).toBe(200);
  });

  it('after verification, re-linking the ticket to another customer sends it back to verification', async () => {
    const { ticket } = await ticketInVerification('relink');
    const other = await adult('relink-other');
    await step(support, 'deletion-tickets', ticket.id, 'send_identity_code');
    const verified = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code: await lastCode(ticket.id) });
    expect(verified.body.status).toBe('in_progress');

    const relinked = await support.update('deletion-tickets', ticket.id, { ...verified.body, customer_id: other.id });
    expect(relinked.status, JSON.stringify(relinked.body)).toBe(200);
    expect(relinked.body).toMatchObject({ status: 'verifying_identity', customer_id: other.id, identity_verified_at: null, identity_method: null });
    const completed = await step(support, 'deletion-tickets', ticket.id, 'complete');
    expect(completed.status).toBe(409);
    expect(await rowOf('customers', other.id)).toMatchObject({ status: 'active' });
    const history = (await support.list('workflow-history', { filter: { resource: 'deletion-tickets', record_id: ticket.id }, sort: ['id', 'ASC'] })).body;
    expect(history.at(-1)).toMatchObject({ step: 'restart_verification', from_status: 'in_progress', to_status: 'verifying_identity', actor: 'test.support' });

    // a note is not what was verified: editing it changes nothing else
    const noted = await support.update('deletion-tickets', ticket.id, { ...relinked.body, notes: 'Called back' });
    expect(noted.body.status).toBe('verifying_identity');
  });

  it(`voids a code after ${MAX_WRONG_CODES} wrong tries, even when 40 come at once, and audits every one`, async () => {
    const { ticket } = await ticketInVerification('guess');
    await step(support, 'deletion-tickets', ticket.id, 'send_identity_code');
    const code = await lastCode(ticket.id);
    const { version } = (await support.get('deletion-tickets', ticket.id)).body;
    const guesses = Array.from({ length: 40 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(
      guesses.map((guess) => support.call('POST', `/api/deletion-tickets/${ticket.id}/steps/verify_identity`, { version, identity_method: 'email_code', code: guess })),
    );
    expect(answers.map((a) => a.status)).toEqual(guesses.map(() => 400));
    // the right code, after the limit, no longer works
    const late = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code });
    expect(late.status).toBe(400);
    expect((await rowOf('deletion_tickets', ticket.id)).status).toBe('verifying_identity');
    const [{ n }] = await suite.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'workflow_step_refused' AND resource = 'deletion-tickets' AND record_id = $1", [String(ticket.id)]);
    expect(n).toBe(41);
    expect(answers.filter((a) => /no longer works/.test(a.body.message))).toHaveLength(1);

    // a new code works, and its count starts again
    await step(support, 'deletion-tickets', ticket.id, 'send_identity_code');
    const wrong = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code: otherCode(await lastCode(ticket.id)) });
    expect(wrong.status).toBe(400);
    const right = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code: await lastCode(ticket.id) });
    expect(right.status, JSON.stringify(right.body)).toBe(200);
  });

  it(`the ${MAX_WRONG_CODES}th wrong code in a row, not one more, voids the code`, async () => {
    const { ticket } = await ticketInVerification('guess-slow');
    await step(support, 'deletion-tickets', ticket.id, 'send_identity_code');
    const code = await lastCode(ticket.id);
    const guess = () => step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code: otherCode(code) });
    for (let i = 1; i < MAX_WRONG_CODES; i++) expect(await guess()).toMatchObject({ status: 400, body: { message: WRONG_CODE } });
    expect(await guess()).toMatchObject({ status: 400, body: { message: codeVoided(MAX_WRONG_CODES) } });
    expect((await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code })).status).toBe(400);
    expect(await rowOf('deletion_tickets', ticket.id)).toMatchObject({ status: 'verifying_identity', identity_code_hash: null });
  });

  it(`sends at most ${MAX_CODES_PER_TICKET} codes per ticket, and refuses an expired code`, async () => {
    const { ticket } = await ticketInVerification('resend');
    for (let i = 0; i < MAX_CODES_PER_TICKET; i++) expect((await step(support, 'deletion-tickets', ticket.id, 'send_identity_code')).status).toBe(200);
    const extra = await step(support, 'deletion-tickets', ticket.id, 'send_identity_code');
    expect(extra.status).toBe(409);
    expect(extra.body.message).toMatch(/verify the identity another way/);
    expect(await codesTo(ticket.id)).toHaveLength(MAX_CODES_PER_TICKET);

    const code = await lastCode(ticket.id);
    await suite.db.query("UPDATE deletion_tickets SET identity_code_expires_at = now() - interval '1 second' WHERE id = $1", [ticket.id]);
    const expired = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code });
    expect(expired.status).toBe(400);
    expect(expired.body.message).toMatch(/expired/);
  });
});
