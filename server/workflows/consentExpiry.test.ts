import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { ApiError } from '../apiError';
import { expireUnansweredConsents } from './consentExpiry';
import { takeStep } from './takeStep';
import { registerChild, step } from '../testing/workflows';
import { consentWorkflow } from '../../src/domain/consentWorkflow';

// The expiry job erases a child's contact details: it must touch only requests whose window ended
// unanswered — from the delivered notice, or from the registration when no notice went out — never
// one still inside its window nor one the parent already answered.
describeOnEachDatabase('consent expiry', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const options = () => ({ publicUrl: suite.server.url });
  const deliver = () => suite.deliver({ maxAttempts: 1 });

  async function awaitingNotice(tag: string) {
    const { request } = await registerChild(support, tag);
    expect(request.status).toBe('awaiting_notice');
    return request as { id: number };
  }
  const request = async (id: number) => (await suite.db.query('SELECT status, parent_email, child_name FROM consent_requests WHERE id = $1', [id]))[0];
  const windowEnded = (ids: number[]) => suite.db.query("UPDATE consent_requests SET answer_due_at = now() - interval '1 day' WHERE id = ANY($1)", [ids]);

  it('expires the requests whose window ended, a notice never sent included: not one granted, not one still open', async () => {
    // registered, its notice never sent: the window runs from the registration
    const waiting = await awaitingNotice('exp-wait');
    const waitingInWindow = await awaitingNotice('exp-wait-open');

    const granted = await awaitingNotice('exp-granted');
    const grant = await step(support, 'consent-requests', granted.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false });
    expect(grant.status, JSON.stringify(grant.body)).toBe(200);

    const open = await awaitingNotice('exp-open');
    const due = await awaitingNotice('exp-due');
    for (const r of [open, due]) expect((await step(support, 'consent-requests', r.id, 'send_notice')).status).toBe(200);
    await deliver();
    expect((await request(open.id)).status).toBe('notice_sent');
    expect((await request(due.id)).status).toBe('notice_sent');

    await windowEnded([waiting.id, granted.id, due.id]);
    expect(await expireUnansweredConsents(suite.db, options())).toBe(2);
    expect(await request(due.id)).toMatchObject({ status: 'expired', parent_email: null, child_name: null });
    expect(await request(waiting.id)).toMatchObject({ status: 'expired', parent_email: null, child_name: null });
    expect(await request(waitingInWindow.id)).toMatchObject({ status: 'awaiting_notice', parent_email: 'parent.exp-wait-open@example.net' });
    expect(await request(granted.id)).toMatchObject({ status: 'granted', parent_email: 'parent.exp-granted@example.net' });
    expect(await request(open.id)).toMatchObject({ status: 'notice_sent', parent_email: 'parent.exp-open@example.net' });
    // and running it again changes nothing
    expect(await expireUnansweredConsents(suite.db, options())).toBe(0);
    expect((await request(waitingInWindow.id)).status).toBe('awaiting_notice');
    expect((await request(granted.id)).status).toBe('granted');
  });

  it('expires at most a batch per run, the longest overdue first, and the rest on the next run', async () => {
    const [late, later, latest] = [await awaitingNotice('exp-b1'), await awaitingNotice('exp-b2'), await awaitingNotice('exp-b3')];
    for (const r of [late, later, latest]) expect((await step(support, 'consent-requests', r.id, 'send_notice')).status).toBe(200);
    await deliver();
    // `latest` has been overdue the longest, `late` the shortest
    await suite.db.query(
      "UPDATE consent_requests SET answer_due_at = now() - (CASE id WHEN $1 THEN 1 WHEN $2 THEN 2 ELSE 3 END) * interval '1 day' WHERE id = ANY($3)",
      [late.id, later.id, [late.id, later.id, latest.id]],
    );
    expect(await expireUnansweredConsents(suite.db, { ...options(), batch: 1 })).toBe(1);
    expect((await request(latest.id)).status).toBe('expired');
    expect((await request(later.id)).status).toBe('notice_sent');
    expect(await expireUnansweredConsents(suite.db, { ...options(), batch: 1 })).toBe(1);
    expect((await request(later.id)).status).toBe('expired');
    expect((await request(late.id)).status).toBe('notice_sent');
    expect(await expireUnansweredConsents(suite.db, { ...options(), batch: 2 })).toBe(1);
    expect((await request(late.id)).status).toBe('expired');
  });

  it('an unsent request’s window runs consent_window_days from its registration; the expire step is refused inside it (409), and staff may never take it', async () => {
    const waiting = await awaitingNotice('exp-direct');
    const [{ version, days }] = await suite.db.query<{ version: number; days: number }>(
      "SELECT version, ((answer_due_at AT TIME ZONE 'Asia/Muscat')::date - (created_at AT TIME ZONE 'Asia/Muscat')::date) AS days FROM consent_requests WHERE id = $1",
      [waiting.id],
    );
    expect(days).toBe(14);
    const attempt = takeStep(suite.db, { workflow: consentWorkflow, id: waiting.id, step: 'expire', actor: { kind: 'system' }, body: { version }, staff: null }, options());
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({ status: 409 });
    expect(await request(waiting.id)).toMatchObject({ status: 'awaiting_notice', parent_email: 'parent.exp-direct@example.net' });
    const admin = suite.as('admin');
    expect((await step(admin, 'consent-requests', waiting.id, 'expire')).status).toBe(403);
    expect((await request(waiting.id)).status).toBe('awaiting_notice');
  });
});
