import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerChild, step } from '../testing/workflows';
import { PARENT_PAGE_PATH } from './consentEffects';

// The consent request's effects as the parent and staff meet them: a second notice replaces the first
// (whose link must not reach the parent any more), a refusal takes the parent's address out of the
// outbox and the child's account with it, except while an authority referral holds the child.
describeOnEachDatabase('consent decisions', (suite) => {
  const support = suite.as('support');
  const row = async (table: string, id: number) => (await suite.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const notices = (requestId: number) =>
    suite.db.query<Record<string, unknown>>("SELECT * FROM outbox WHERE kind = 'consent_notice' AND record_id = $1 ORDER BY id", [requestId]);

  it('a second notice cancels the first one still waiting, and carries a link of its own to the parent’s page', async () => {
    const { request } = await registerChild(support, 'dec-resend');
    const other = await registerChild(support, 'dec-resend-other');
    expect((await step(support, 'consent-requests', other.request.id, 'send_notice')).status).toBe(200);
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);

    const [first, second] = await notices(request.id);
    expect(first).toMatchObject({ status: 'cancelled' });
    expect(second).toMatchObject({ status: 'queued', to_address: request.parent_email });
    expect((await row('consent_requests', request.id)).notice_mail_id).toBe(second.id);
    const link = (body: unknown) => new RegExp(`${suite.server.url}${PARENT_PAGE_PATH}/([\\w-]{20,})`).exec(String(body))?.[1];
    expect(link(second.body)).toBeDefined();
    expect(link(second.body)).not.toBe(link(first.body));
    // no policy set anywhere: the notice says where to ask, and never links to the desk (its sign-in page)
    expect(String(second.body)).not.toContain(`${suite.server.url}/privacy-policy`);
    expect(String(second.body)).toMatch(/For our privacy policy, write to us at \S+@/);
    // another child's notice is not touched
    expect((await notices(other.request.id))[0]).toMatchObject({ status: 'queued' });
  });

  it('a refusal by staff takes the parent’s address out of the outbox and erases the child', async () => {
    const { child, request } = await registerChild(support, 'dec-refuse');
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);
    // a second request for the same child, to another parent, with its own notice waiting
    const second = await support.create('consent-requests', { customer_id: child.id, child_name: 'Second ask', parent_name: 'Other parent', parent_email: 'other.parent.dec@example.net' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect((await step(support, 'consent-requests', second.body.id, 'send_notice')).status).toBe(200);
    const before = await row('consent_requests', request.id);
    const refused = await step(support, 'consent-requests', request.id, 'refuse', { note: 'The parent refused on the phone' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect((await notices(request.id))[0]).toMatchObject({ status: 'cancelled', to_address: null });
    const after = await row('consent_requests', request.id);
    // the refusal is one change of the request (its contacts erased by the step itself, not twice)
    expect(after).toMatchObject({ status: 'refused', parent_email: null, notice_token_hash: null, version: Number(before.version) + 1 });
    expect(after.notice_token_used_at).not.toBeNull();
    expect(await row('customers', child.id)).toMatchObject({ status: 'erased', full_name: null });
    expect(await row('consent_requests', second.body.id)).toMatchObject({ status: 'awaiting_notice', parent_email: null, parent_name: null, child_name: null });
    expect((await notices(second.body.id))[0]).toMatchObject({ status: 'cancelled', to_address: null });
  });

  it('a grant by staff spends the parent’s link: no token is kept, and the time it stopped working is', async () => {
    const { request } = await registerChild(support, 'dec-grant');
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);
    expect((await row('consent_requests', request.id)).notice_token_hash).not.toBeNull();
    const granted = await step(support, 'consent-requests', request.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    const after = await row('consent_requests', request.id);
    expect(after).toMatchObject({ status: 'granted', notice_token_hash: null });
    expect(after.notice_token_used_at).not.toBeNull();
  });

  it('while a referral holds the child, a refusal is recorded and the contacts go, but the child’s account stays', async () => {
    const { child, request } = await registerChild(support, 'dec-held');
    const referral = await support.create('authority-referrals', { customer_id: child.id, activity: 'fraud', description: 'Chargebacks', evidence: 'Orders 1-4', authority: 'Royal Oman Police', proposed_fields: ['full_name'] });
    expect(referral.status, JSON.stringify(referral.body)).toBe(201);
    const refused = await step(support, 'consent-requests', request.id, 'refuse');
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', parent_email: null, child_name: null });
    expect(await row('customers', child.id)).toMatchObject({ status: 'active', full_name: child.full_name });
  });
});
