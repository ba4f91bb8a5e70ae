import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipReason, startTestServer, type TestServer } from '../testing/testServer';
import { apiClient, type ApiClient } from '../testing/http';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtpServer';
import { createMailSender } from '../mail/sender';
import { ApiError } from '../apiError';
import { expireUnansweredConsents } from './consentExpiry';
import { mailOutcomes } from './mailOutcomes';
import { takeStep } from './takeStep';
import { step, uniqueCustomer } from '../testing/workflows';
import { consentWorkflow } from '../../src/domain/consentWorkflow';

const childBirthDate = () => `${new Date().getUTCFullYear() - 9}-05-01`;

// The expiry job erases a child's contact details: it must touch only notices that were delivered and
// went unanswered, never a request still waiting for its notice nor one the parent already answered.
for (const kind of databaseKinds) {
  const skip = skipReason(kind);
  describe.skipIf(skip)(`consent expiry on ${kind}${skip ? ` — ${skip}` : ''}`, () => {
    let server: TestServer;
    let support: ApiClient;
    let smtp: TestSmtpServer;
    const options = () => ({ publicUrl: server.url });
    beforeAll(async () => {
      server = await startTestServer(kind);
      smtp = await startTestSmtpServer();
      support = apiClient(server.url, { cookie: await server.cookieFor('support') });
    });
    afterAll(async () => {
      await smtp?.close();
      await server?.close();
    });
    const deliver = () => createMailSender({ db: server.db, smtpUrl: smtp.url, from: 'Privacy Desk <privacy@test>', maxAttempts: 1, outcomes: mailOutcomes(options()) }).runOnce();

    async function registerChild(tag: string) {
      const res = await support.create('customers', { ...uniqueCustomer(tag, { birth_date: childBirthDate() }), parent_name: `Parent ${tag}`, parent_email: `parent.${tag}@example.net` });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const [request] = (await support.list('consent-requests', { filter: { customer_id: res.body.id } })).body;
      expect(request.status).toBe('awaiting_notice');
      return request as { id: number };
    }
    const request = async (id: number) => (await server.db.query('SELECT status, parent_email, child_name FROM consent_requests WHERE id = $1', [id]))[0];
    const windowEnded = (ids: number[]) => server.db.query("UPDATE consent_requests SET answer_due_at = now() - interval '1 day' WHERE id = ANY($1)", [ids]);

    it('expires only delivered notices whose window ended: not one awaiting its notice, not one granted, not one still open', async () => {
      // registered, its notice not yet sent
      const waiting = await registerChild('exp-wait');

      const granted = await registerChild('exp-granted');
      const grant = await step(support, 'consent-requests', granted.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false });
      expect(grant.status, JSON.stringify(grant.body)).toBe(200);

      const open = await registerChild('exp-open');
      const due = await registerChild('exp-due');
      for (const r of [open, due]) expect((await step(support, 'consent-requests', r.id, 'send_notice')).status).toBe(200);
      await deliver();
      expect((await request(open.id)).status).toBe('notice_sent');
      expect((await request(due.id)).status).toBe('notice_sent');

      await windowEnded([waiting.id, granted.id, due.id]);
      expect(await expireUnansweredConsents(server.db, options())).toBe(1);
      expect(await request(due.id)).toMatchObject({ status: 'expired', parent_email: null, child_name: null });
      expect(await request(waiting.id)).toMatchObject({ status: 'awaiting_notice', parent_email: 'parent.exp-wait@example.net' });
      expect(await request(granted.id)).toMatchObject({ status: 'granted', parent_email: 'parent.exp-granted@example.net' });
      expect(await request(open.id)).toMatchObject({ status: 'notice_sent', parent_email: 'parent.exp-open@example.net' });
      // and running it again changes nothing
      expect(await expireUnansweredConsents(server.db, options())).toBe(0);
      expect((await request(waiting.id)).status).toBe('awaiting_notice');
      expect((await request(granted.id)).status).toBe('granted');
    });

    it('the expire step itself is refused on a request still awaiting its notice (409), and staff may never take it', async () => {
      const waiting = await registerChild('exp-direct');
      const [{ version }] = await server.db.query<{ version: number }>('SELECT version FROM consent_requests WHERE id = $1', [waiting.id]);
      const attempt = takeStep(server.db, { workflow: consentWorkflow, id: waiting.id, step: 'expire', actor: { kind: 'system' }, body: { version }, staff: null }, options());
      await expect(attempt).rejects.toBeInstanceOf(ApiError);
      await expect(attempt).rejects.toMatchObject({ status: 409 });
      expect(await request(waiting.id)).toMatchObject({ status: 'awaiting_notice', parent_email: 'parent.exp-direct@example.net' });
      const admin = apiClient(server.url, { cookie: await server.cookieFor('admin') });
      expect((await step(admin, 'consent-requests', waiting.id, 'expire')).status).toBe(403);
      expect((await request(waiting.id)).status).toBe('awaiting_notice');
    });
  });
}
