import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipReason, startTestServer, type TestServer } from '../testing/testServer';
import { apiClient, type ApiClient } from '../testing/http';
import { expireUnansweredConsents } from './consentExpiry';
import { secondInstance, step, uniqueCustomer } from './testing';

const childBirthDate = () => `${new Date().getUTCFullYear() - 9}-05-01`;

for (const kind of databaseKinds) {
  const skip = skipReason(kind);
  describe.skipIf(skip)(`parental consent on ${kind}${skip ? ` — ${skip}` : ''}`, () => {
    let server: TestServer;
    let support: ApiClient;
    beforeAll(async () => {
      server = await startTestServer(kind);
      support = apiClient(server.url, { cookie: await server.cookieFor('support') });
    });
    afterAll(() => server?.close());

    async function registerChild(tag: string) {
      const res = await support.create('customers', { ...uniqueCustomer(tag, { birth_date: childBirthDate(), school: 'Al Sahwa School' }), parent_name: `Khalfan Al Wahaibi ${tag}`, parent_email: `khalfan.${tag}@example.net` });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const [request] = (await support.list('consent-requests', { filter: { customer_id: res.body.id } })).body;
      return { child: res.body, request };
    }
    const noticeLink = async (requestId: number) => {
      const [mail] = await server.db.query<{ body: string; to_address: string }>("SELECT body, to_address FROM outbox WHERE kind = 'consent_notice' AND record_id = $1", [requestId]);
      return { ...mail, link: /(http:\/\/\S+\/parent\/consent\/\S+)/.exec(mail.body)![1] };
    };

    it('registering a child needs the parent, and opens a consent request', async () => {
      const refused = await support.create('customers', uniqueCustomer('kid0', { birth_date: childBirthDate() }));
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/under 13.*parent/);
      const { request } = await registerChild('kid1');
      expect(request).toMatchObject({ status: 'awaiting_notice', parent_email: 'khalfan.kid1@example.net' });
    });

    it('sends the direct notice with a single-use link where the parent consents', async () => {
      const { request } = await registerChild('kid2');
      const sent = await step(support, 'consent-requests', request.id, 'send_notice');
      expect(sent.body.status).toBe('notice_sent');
      expect(Date.parse(sent.body.answer_due_at) - Date.parse(sent.body.notice_sent_at)).toBeGreaterThan(14 * 24 * 3600_000 - 24 * 3600_000);
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
      expect(history.map((h: { actor: string; to_status: string }) => `${h.actor}:${h.to_status}`)).toEqual(['test.support:notice_sent', 'parent:granted']);
    });

    it('the parent’s page refuses an unknown link and a form without a decision, changing nothing', async () => {
      expect((await fetch(`${server.url}/parent/consent/not-a-token`)).status).toBe(410);
      const { request } = await registerChild('kid5');
      await step(support, 'consent-requests', request.id, 'send_notice');
      const { link: first } = await noticeLink(request.id);
      expect((await step(support, 'consent-requests', request.id, 'resend_notice')).status).toBe(200);
      // the new notice's link replaces the first one
      expect((await fetch(first)).status).toBe(410);
      const link = (await server.db.query<{ body: string }>("SELECT body FROM outbox WHERE kind = 'consent_notice' AND record_id = $1 ORDER BY id DESC", [request.id]))[0].body.match(/(http:\/\/\S+\/parent\/consent\/\S+)/)![1];
      expect((await fetch(link)).status).toBe(200);
      const blank = await fetch(link, { method: 'POST', body: new URLSearchParams({ disclosure: 'allow' }) });
      expect(blank.status).toBe(400);
      expect(await blank.text()).toContain('Choose whether you consent or refuse');
      expect((await support.get('consent-requests', request.id)).body.status).toBe('notice_sent');
    });

    it('a refusal through the link erases the contact details', async () => {
      const { request } = await registerChild('kid3');
      await step(support, 'consent-requests', request.id, 'send_notice');
      const { link } = await noticeLink(request.id);
      expect((await fetch(link, { method: 'POST', body: new URLSearchParams({ decision: 'refuse' }) })).status).toBe(200);
      expect((await support.get('consent-requests', request.id)).body).toMatchObject({ status: 'refused', parent_email: null, parent_name: null, child_name: null });
    });

    it('exports the child’s data for the parent’s review, audited', async () => {
      const { child, request } = await registerChild('kid4');
      const admin = apiClient(server.url, { cookie: await server.cookieFor('admin') });
      const res = await admin.call('GET', `/api/consent-requests/${request.id}/child-data`);
      expect(res.status).toBe(200);
      expect(res.body.child).toMatchObject({ id: child.id, full_name: child.full_name, school: 'Al Sahwa School' });
      expect((await support.call('GET', `/api/consent-requests/${request.id}/child-data`)).status).toBe(403);
    });

    it('the expiry job erases each unanswered request once, even with two instances', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 6; i++) {
        const { request } = await registerChild(`exp${i}`);
        await step(support, 'consent-requests', request.id, 'send_notice');
        ids.push(request.id);
      }
      await server.db.query("UPDATE consent_requests SET answer_due_at = now() - interval '1 minute' WHERE id = ANY($1)", [ids]);
      // a second instance: its own connection pool on the same PostgreSQL database (the embedded one has a single connection)
      const other = await secondInstance(server.db);
      const second = other.db;
      const options = { publicUrl: 'http://127.0.0.1' };
      const [a, b] = await Promise.all([expireUnansweredConsents(server.db, options), expireUnansweredConsents(second, options)]);
      await other.close();
      expect(a + b).toBe(6);
      expect(await expireUnansweredConsents(server.db, options)).toBe(0);
      const [{ n }] = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM workflow_history WHERE step = 'expire' AND record_id = ANY($1)", [ids]);
      expect(n).toBe(6);
      const left = await server.db.query("SELECT id FROM consent_requests WHERE id = ANY($1) AND (parent_email IS NOT NULL OR status <> 'expired')", [ids]);
      expect(left).toEqual([]);
      const [{ queued }] = await server.db.query<{ queued: number }>("SELECT count(*)::int AS queued FROM outbox WHERE record_id = ANY($1) AND kind = 'consent_notice' AND to_address IS NOT NULL", [ids]);
      expect(queued).toBe(0);
    });
  });
}

