import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { expireUnansweredConsents } from './consentExpiry';
import { childBirthDate, registerChild, secondInstance, step, uniqueCustomer } from '../testing/workflows';
import { startTestSmtpServer } from '../testing/smtpServer';
import { createMailSender } from '../mail/sender';
import { mailOutcomes } from './mailOutcomes';

describeOnEachDatabase('parental consent', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const deliver = (smtpUrl?: string) => suite.deliver({ smtpUrl, maxAttempts: 1 });
  const childOfKhalfan = (tag: string) => registerChild(support, tag, { parent_name: `Khalfan Al Wahaibi ${tag}`, parent_email: `khalfan.${tag}@example.net` });
  const noticeLink = async (requestId: number) => {
    const [mail] = await suite.db.query<{ body: string; to_address: string }>("SELECT body, to_address FROM outbox WHERE kind = 'consent_notice' AND record_id = $1", [requestId]);
    return { ...mail, link: /(http:\/\/\S+\/parent\/consent\/\S+)/.exec(mail.body)![1] };
  };

  it('registering a child needs the parent, and opens a consent request', async () => {
    const refused = await support.create('customers', uniqueCustomer('kid0', { birth_date: childBirthDate() }));
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/under 13.*parent/);
    const { child, request } = await childOfKhalfan('kid1');
    expect(request).toMatchObject({ status: 'awaiting_notice', parent_email: 'khalfan.kid1@example.net' });
    // the answer names the request it opened, so the screen can say so and link to it
    expect(child.created_alongside).toEqual({ resource: 'consent-requests', id: request.id });
  });

  it('sends the direct notice with a single-use link where the parent consents', async () => {
    const { request } = await childOfKhalfan('kid2');
    const queued = await step(support, 'consent-requests', request.id, 'send_notice');
    // queued is not sent: the window still runs from the registration until the mail server has the notice
    expect(queued.body).toMatchObject({ status: 'awaiting_notice', notice_sent_at: null, answer_due_at: request.answer_due_at });
    expect(request.answer_due_at).toEqual(expect.any(String));
    expect(queued.body.notice_queued_at).not.toBeNull();
    await deliver();
    const sent = (await support.get('consent-requests', request.id)).body;
    expect(sent.status).toBe('notice_sent');
    expect(Date.parse(sent.answer_due_at) - Date.parse(sent.notice_sent_at)).toBeGreaterThan(14 * 24 * 3600_000 - 24 * 3600_000);
    const { body, to_address, link } = await noticeLink(request.id);
    expect(to_address).toBe('khalfan.kid2@example.net');
    for (const promise of [/contact details were collected|collected your name and e-mail address/, /consent is required/i, /third parties/i, /privacy policy/i, /consent or refuse/, /delete your contact details/]) {
      expect(body).toMatch(promise);
    }
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('I consent');
    const form = new URLSearchParams({ decision: 'grant', disclosure: 'refuse' });
    const answer = await fetch(link, { method: 'POST', body: form });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('your consent is recorded');
    const granted = (await support.get('consent-requests', request.id)).body;
    expect(granted).toMatchObject({ status: 'granted', verification_method: 'email_plus', third_party_disclosure: false });
    expect((await fetch(link, { method: 'POST', body: form })).status).toBe(410);
    expect((await step(support, 'consent-requests', request.id, 'resend_notice')).status).toBe(409);
    const history = (await support.list('workflow-history', { filter: { resource: 'consent-requests', record_id: request.id }, sort: ['id', 'ASC'] })).body;
    expect(history.map((h: { actor: string; to_status: string }) => `${h.actor}:${h.to_status}`)).toEqual(['test.support:awaiting_notice', 'system:notice_sent', 'parent:granted']);
  });

  it('the parent’s page refuses an unknown link and a form without a decision, changing nothing', async () => {
    expect((await fetch(`${suite.server.url}/parent/consent/not-a-token`)).status).toBe(410);
    const { request } = await childOfKhalfan('kid5');
    await step(support, 'consent-requests', request.id, 'send_notice');
    await deliver();
    const { link: first } = await noticeLink(request.id);
    expect((await step(support, 'consent-requests', request.id, 'resend_notice')).status).toBe(200);
    // the new notice's link replaces the first one
    expect((await fetch(first)).status).toBe(410);
    const link = (await suite.db.query<{ body: string }>("SELECT body FROM outbox WHERE kind = 'consent_notice' AND record_id = $1 ORDER BY id DESC", [request.id]))[0].body.match(/(http:\/\/\S+\/parent\/consent\/\S+)/)![1];
    expect((await fetch(link)).status).toBe(200);
    const blank = await fetch(link, { method: 'POST', body: new URLSearchParams({ disclosure: 'allow' }) });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain('Choose whether you consent or refuse');
    expect((await support.get('consent-requests', request.id)).body.status).toBe('notice_sent');
  });

  it('a refusal through the link erases the contact details', async () => {
    const { request } = await childOfKhalfan('kid3');
    await step(support, 'consent-requests', request.id, 'send_notice');
    await deliver();
    const { link } = await noticeLink(request.id);
    expect((await fetch(link, { method: 'POST', body: new URLSearchParams({ decision: 'refuse' }) })).status).toBe(200);
    expect((await support.get('consent-requests', request.id)).body).toMatchObject({ status: 'refused', parent_email: null, parent_name: null, child_name: null });
  });

  it('exports the child’s data for the parent’s review as a reveal: a reason, admin or legal only, audited', async () => {
    const typed = uniqueCustomer('kid4', { birth_date: childBirthDate(), school: 'Al Sahwa School' });
    const { child, request } = await childOfKhalfan('kid4');
    // what the export shows beyond the name is collected only once the parent has consented
    expect((await step(support, 'consent-requests', request.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false })).status).toBe(200);
    const current = (await support.get('customers', child.id)).body;
    const filled = await support.update('customers', child.id, { ...current, ...typed, birth_date: typed.birth_date, version: current.version });
    expect(filled.status, JSON.stringify(filled.body)).toBe(200);
    const admin = suite.as('admin');
    const path = `/api/consent-requests/${request.id}/child-data`;
    expect((await admin.call('GET', path)).status).toBe(404);
    const noReason = await admin.call('POST', path, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.reason).toMatch(/reason/i);
    expect((await support.call('POST', path, { reason: 'Parent asked to review' })).status).toBe(403);
    const res = await admin.call('POST', path, { reason: 'Parent asked to review, ticket 12' });
    expect(res.status).toBe(200);
    expect(res.body.child).toMatchObject({ id: child.id, full_name: child.full_name, school: 'Al Sahwa School', phone: typed.phone, id_number: typed.id_number });
    const [entry] = await suite.db.query<{ action: string; fields: string[]; reason: string }>(
      "SELECT action, fields, reason FROM audit_log WHERE resource = 'customers' AND record_id = $1 AND action = 'reveal' ORDER BY id DESC LIMIT 1",
      [String(child.id)],
    );
    expect(entry).toMatchObject({ action: 'reveal', reason: `Parent asked to review, ticket 12 (parent review, consent request #${request.id})` });
    expect([...entry.fields].sort()).toEqual(['address', 'birth_date', 'id_number', 'phone']);
  });

  it('the expiry job erases each unanswered request once, even with two instances', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { request } = await childOfKhalfan(`exp${i}`);
      await step(support, 'consent-requests', request.id, 'send_notice');
      ids.push(request.id);
    }
    await deliver();
    await suite.db.query("UPDATE consent_requests SET answer_due_at = now() - interval '1 minute' WHERE id = ANY($1)", [ids]);
    // a second instance: its own connection pool on the same PostgreSQL database (the embedded one has a single connection)
    const other = await secondInstance(suite.db);
    const second = other.db;
    const options = { publicUrl: 'http://127.0.0.1' };
    const [a, b] = await Promise.all([expireUnansweredConsents(suite.db, options), expireUnansweredConsents(second, options)]);
    await other.close();
    expect(a + b).toBe(6);
    expect(await expireUnansweredConsents(suite.db, options)).toBe(0);
    const [{ n }] = await suite.db.query<{ n: number }>("SELECT count(*)::int AS n FROM workflow_history WHERE step = 'expire' AND record_id = ANY($1)", [ids]);
    expect(n).toBe(6);
    const left = await suite.db.query("SELECT id FROM consent_requests WHERE id = ANY($1) AND (parent_email IS NOT NULL OR status <> 'expired')", [ids]);
    expect(left).toEqual([]);
    const [{ queued }] = await suite.db.query<{ queued: number }>("SELECT count(*)::int AS queued FROM outbox WHERE record_id = ANY($1) AND kind = 'consent_notice' AND to_address IS NOT NULL", [ids]);
    expect(queued).toBe(0);
  });

  it('without a mail server the notice stays queued: the request is not "notice sent", and its window runs from the registration', async () => {
    const { request } = await childOfKhalfan('nomail');
    await step(support, 'consent-requests', request.id, 'send_notice');
    // no SMTP_URL: the sender delivers nothing
    expect(await createMailSender({ db: suite.db, from: 'x@test', outcomes: mailOutcomes({ publicUrl: suite.server.url }) }).runOnce()).toEqual({ sent: 0, failed: 0, retrying: 0 });
    await suite.db.query("UPDATE consent_requests SET notice_queued_at = now() - interval '30 days' WHERE id = $1", [request.id]);
    expect(await expireUnansweredConsents(suite.db, { publicUrl: suite.server.url })).toBe(0);
    expect((await support.get('consent-requests', request.id)).body).toMatchObject({ status: 'awaiting_notice', parent_email: `khalfan.nomail@example.net`, answer_due_at: request.answer_due_at });
    const status = await support.call('GET', '/api/mail-status');
    expect(status.body).toMatchObject({ delivering: false });
    expect(status.body.queued).toBeGreaterThanOrEqual(1);
  });

  it('a notice the mail server refuses is recorded on the request, which can be sent again', async () => {
    const refusing = await startTestSmtpServer({ rejectRecipients: true });
    const { request } = await childOfKhalfan('bounce');
    await step(support, 'consent-requests', request.id, 'send_notice');
    expect((await deliver(refusing.url)).failed).toBeGreaterThanOrEqual(1);
    await refusing.close();
    const failed = (await support.get('consent-requests', request.id)).body;
    expect(failed).toMatchObject({ status: 'awaiting_notice', notice_sent_at: null });
    expect(failed.notice_failed_at).not.toBeNull();
    expect(failed.notice_failure).toMatch(/mail server refused/);
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);
    await deliver();
    expect((await support.get('consent-requests', request.id)).body).toMatchObject({ status: 'notice_sent', notice_failed_at: null });
  });
});

