import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, step, uniqueCustomer } from '../testing/workflows';
import { OWN_DRAFT, WIDENED } from '../../src/domain/referralWorkflow';
import { legalHoldMessage } from './erasure';

describeOnEachDatabase('authority referrals', (suite) => {
  const support = suite.as('support');
  const admin = suite.as('admin');
  const legal = suite.as('legal');

  const draft = async (tag: string) => {
    const customer = await registerAdult(support, tag);
    const referral = await support.create('authority-referrals', {
      customer_id: customer.id,
      activity: 'payment_abuse',
      description: 'Repeated chargebacks after delivery.',
      evidence: 'Courier signatures for orders 11-19.',
      authority: 'Royal Oman Police',
      proposed_fields: ['full_name', 'email', 'phone', 'address'],
    });
    expect(referral.status).toBe(201);
    return { customer, referral: referral.body };
  };
  const opinion = 'Disclosure is lawful and limited to what the authority needs.';

  it('goes from draft to disclosure with the legal advisor deciding, and freezes exactly the approved fields', async () => {
    const { customer, referral } = await draft('ref1');
    expect(referral.drafted_by).toBe('test.support');
    expect((await step(support, 'authority-referrals', referral.id, 'submit')).body.status).toBe('awaiting_legal_review');
    expect((await step(admin, 'authority-referrals', referral.id, 'approve', { opinion, approved_fields: ['full_name'] })).status).toBe(403);
    const changes = await step(legal, 'authority-referrals', referral.id, 'request_changes', { opinion: 'Describe the evidence more precisely, please.' });
    expect(changes.body).toMatchObject({ status: 'changes_requested', legal_opinion: 'Describe the evidence more precisely, please.' });
    const edited = await support.update('authority-referrals', referral.id, { ...changes.body, evidence: 'Courier signatures and bank letters for orders 11-19.' });
    expect(edited.status).toBe(200);
    await step(support, 'authority-referrals', referral.id, 'submit', { note: 'Evidence detailed' });
    const widened = await step(legal, 'authority-referrals', referral.id, 'approve', { opinion, approved_fields: ['full_name', 'id_number'] });
    expect(widened).toMatchObject({ status: 400, body: { message: WIDENED } });
    const approved = await step(legal, 'authority-referrals', referral.id, 'approve', { opinion, approved_fields: ['full_name', 'phone'] });
    expect(approved.body).toMatchObject({ status: 'approved', approved_fields: ['full_name', 'phone'] });
    expect((await support.update('authority-referrals', referral.id, { ...approved.body, description: 'changed after approval' })).status).toBe(409);
    expect((await step(support, 'authority-referrals', referral.id, 'record_disclosure', { disclosed_on: '2026-11-01', disclosure_channel: 'Secure e-mail', authority_reference: 'ROP-77' })).status).toBe(403);
    const disclosed = await step(admin, 'authority-referrals', referral.id, 'record_disclosure', { disclosed_on: '2026-11-01', disclosure_channel: 'Secure e-mail', authority_reference: 'ROP-77' });
    expect(disclosed.body).toMatchObject({ status: 'disclosed', authority_reference: 'ROP-77' });

    // the customer's phone changes afterwards: the package keeps what left
    const current = (await admin.get('customers', customer.id)).body;
    await admin.update('customers', customer.id, { ...current, phone: '+96879999999' });
    const res = await fetch(`${suite.server.url}/api/authority-referrals/${referral.id}/package`, { headers: { cookie: await suite.server.cookieFor('legal') } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(createHash('sha256').update(text).digest('hex')).toBe(disclosed.body.disclosure_sha256);
    const pkg = JSON.parse(text);
    expect(pkg.fields).toEqual({ full_name: customer.full_name, phone: uniqueCustomer('ref1').phone });
    expect(text).not.toContain(customer.email);
    expect((await support.call('GET', `/api/authority-referrals/${referral.id}/package`)).status).toBe(403);
    const audit = (await admin.list('audit-log', { filter: { resource: 'authority-referrals', record_id: referral.id, action: 'export' } })).body;
    expect(audit).toHaveLength(1);
    expect((await step(legal, 'authority-referrals', referral.id, 'close')).body.status).toBe('closed');
  });

  it('never lets the legal advisor decide on their own draft', async () => {
    const { referral } = await draft('ref2');
    await step(support, 'authority-referrals', referral.id, 'submit');
    // e.g. drafted while the advisor still worked in support
    await suite.db.query('UPDATE authority_referrals SET drafted_by = $1 WHERE id = $2', ['test.legal', referral.id]);
    for (const name of ['approve', 'request_changes', 'reject']) {
      const res = await step(legal, 'authority-referrals', referral.id, name, { opinion, approved_fields: ['full_name'] });
      expect(res).toMatchObject({ status: 409, body: { message: OWN_DRAFT } });
    }
  });

  it('cannot be edited while the legal advisor reviews it, nor once decided (409); the stored text stays', async () => {
    const { referral } = await draft('ref4');
    const submitted = await step(support, 'authority-referrals', referral.id, 'submit');
    expect(submitted.body.status).toBe('awaiting_legal_review');
    const edit = await support.update('authority-referrals', referral.id, { ...submitted.body, evidence: 'Quietly replaced evidence.' });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toMatch(/edited only as a draft/);
    expect((await admin.update('authority-referrals', referral.id, { ...submitted.body, evidence: 'Quietly replaced evidence.' })).status).toBe(409);
    const rejected = await step(legal, 'authority-referrals', referral.id, 'reject', { opinion: 'Not enough to go on for now.' });
    expect((await support.update('authority-referrals', referral.id, { ...rejected.body, description: 'Rewritten after the rejection' })).status).toBe(409);
    expect((await support.get('authority-referrals', referral.id)).body).toMatchObject({ evidence: 'Courier signatures for orders 11-19.', description: 'Repeated chargebacks after delivery.' });
  });

  it('a disclosed referral holds the customer against erasure until the legal advisor releases it; a closed one does not', async () => {
    const erasureOf = async (customerId: number, email: string) => {
      const ticket = (await support.create('deletion-tickets', { customer_id: customerId, requester_name: 'Requester', requester_email: email, channel: 'email', scope: 'account' })).body;
      await step(support, 'deletion-tickets', ticket.id, 'start_verification');
      const verified = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'id_document', note: 'Civil ID seen at the counter' });
      expect(verified.status, JSON.stringify(verified.body)).toBe(200);
      return ticket.id as number;
    };
    const disclose = async (id: number) => {
      await step(support, 'authority-referrals', id, 'submit');
      expect((await step(legal, 'authority-referrals', id, 'approve', { opinion, approved_fields: ['full_name'] })).status).toBe(200);
      const disclosed = await step(admin, 'authority-referrals', id, 'record_disclosure', { disclosed_on: '2026-01-05', disclosure_channel: 'Secure e-mail', authority_reference: 'ROP-91' });
      expect(disclosed.body.status).toBe('disclosed');
    };

    const { customer, referral } = await draft('ref5');
    await disclose(referral.id);
    const ticketId = await erasureOf(customer.id, customer.email);
    const held = await step(support, 'deletion-tickets', ticketId, 'complete');
    expect(held).toMatchObject({ status: 409, body: { message: legalHoldMessage([referral.id]) } });
    expect((await support.get('customers', customer.id)).body).toMatchObject({ status: 'active', full_name: customer.full_name });
    expect((await support.get('deletion-tickets', ticketId)).body.status).toBe('in_progress');
    expect((await step(legal, 'authority-referrals', referral.id, 'release_hold', { opinion: 'The authority confirmed it holds its own copy.' })).status).toBe(200);
    expect((await step(support, 'deletion-tickets', ticketId, 'complete')).body.status).toBe('completed');
    expect((await support.get('customers', customer.id)).body).toMatchObject({ status: 'erased', full_name: null });

    const closed = await draft('ref6');
    await disclose(closed.referral.id);
    expect((await step(legal, 'authority-referrals', closed.referral.id, 'close')).body.status).toBe('closed');
    const closedTicket = await erasureOf(closed.customer.id, closed.customer.email);
    expect((await step(support, 'deletion-tickets', closedTicket, 'complete')).status).toBe(200);
  });

  // The approval is the one gate; a stored row that names more (written by hand, or by an older
  // version) must still not let anything else leave, and one that names nothing must not disclose at all.
  it('discloses only fields the law allows although the stored approval names another, and refuses to disclose nothing (409)', async () => {
    const approve = async (tag: string) => {
      const { customer, referral } = await draft(tag);
      await step(support, 'authority-referrals', referral.id, 'submit');
      expect((await step(legal, 'authority-referrals', referral.id, 'approve', { opinion, approved_fields: ['full_name'] })).status).toBe(200);
      return { customer, id: referral.id as number };
    };
    const disclosure = (id: number) => step(admin, 'authority-referrals', id, 'record_disclosure', { disclosed_on: '2026-11-02', disclosure_channel: 'Post', authority_reference: 'ROP-12' });

    const widened = await approve('ref7');
    await suite.db.query(`UPDATE authority_referrals SET approved_fields = '["full_name", "school", "newsletter"]' WHERE id = $1`, [widened.id]);
    const disclosed = await disclosure(widened.id);
    expect(disclosed.status, JSON.stringify(disclosed.body)).toBe(200);
    const [{ disclosure_package }] = await suite.db.query<{ disclosure_package: string }>('SELECT disclosure_package FROM authority_referrals WHERE id = $1', [widened.id]);
    expect(JSON.parse(disclosure_package).fields).toEqual({ full_name: widened.customer.full_name });

    for (const [tag, stored] of [['ref8', '[]'], ['ref9', '["school"]']]) {
      const { id } = await approve(tag);
      await suite.db.query('UPDATE authority_referrals SET approved_fields = $2::jsonb WHERE id = $1', [id, stored]);
      expect(await disclosure(id)).toMatchObject({ status: 409, body: { message: 'The referral has no approved fields to disclose' } });
      expect((await admin.get('authority-referrals', id)).body).toMatchObject({ status: 'approved', disclosure_sha256: null });
    }
  });

  it('rejects with a written opinion only', async () => {
    const { referral } = await draft('ref3');
    await step(support, 'authority-referrals', referral.id, 'submit');
    expect((await step(legal, 'authority-referrals', referral.id, 'reject', {})).status).toBe(400);
    const rejected = await step(legal, 'authority-referrals', referral.id, 'reject', { opinion: 'The evidence does not show an offence.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', legal_opinion: 'The evidence does not show an offence.' });
    expect((await step(admin, 'authority-referrals', referral.id, 'record_disclosure', { disclosed_on: '2026-11-01', disclosure_channel: 'Post', authority_reference: 'X' })).status).toBe(409);
  });
});
