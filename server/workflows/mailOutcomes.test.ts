import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerChild, step } from '../testing/workflows';
import { mailOutcomes } from './mailOutcomes';

// A mail's fate moves its request only while that mail is the request's current notice, and never
// undoes what staff decided in the meantime.
describeOnEachDatabase('what a notice mail’s fate does to its request', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const request = async (id: number) =>
    (
      await suite.db.query<{ status: string; notice_sent_at: unknown; answer_due_at: unknown; notice_failed_at: unknown; notice_mail_id: number }>(
        'SELECT status, notice_sent_at, answer_due_at, notice_failed_at, notice_mail_id FROM consent_requests WHERE id = $1',
        [id],
      )
    )[0];
  const mailStatus = async (id: number) => (await suite.db.query<{ status: string }>('SELECT status FROM outbox WHERE id = $1', [id]))[0].status;

  it('a notice delivered after staff recorded the parent’s answer leaves the answer as it is, and the mail counts as sent', async () => {
    const { request: opened } = await registerChild(support, 'mo-answered');
    expect((await step(support, 'consent-requests', opened.id, 'send_notice')).status).toBe(200);
    const { notice_mail_id } = await request(opened.id);
    // the parent answered on the phone before the mail went out
    const grant = await step(support, 'consent-requests', opened.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false });
    expect(grant.status, JSON.stringify(grant.body)).toBe(200);
    expect((await suite.deliver({ maxAttempts: 1 })).sent).toBeGreaterThanOrEqual(1);
    expect(await request(opened.id)).toMatchObject({ status: 'granted', notice_sent_at: null, answer_due_at: null });
    expect(await mailStatus(notice_mail_id)).toBe('sent');
  });

  it('the fate of a notice replaced by a newer one changes nothing; the newer one’s delivery starts the window', async () => {
    const { request: opened } = await registerChild(support, 'mo-replaced');
    await step(support, 'consent-requests', opened.id, 'send_notice');
    const { notice_mail_id: first } = await request(opened.id);
    expect((await step(support, 'consent-requests', opened.id, 'send_notice')).status).toBe(200);
    const { notice_mail_id: second } = await request(opened.id);
    expect(second).not.toBe(first);

    // the first notice was already with the mail server when it was replaced: its fate arrives late
    const outcomes = mailOutcomes({ publicUrl: suite.server.url });
    const late = { id: first, kind: 'consent_notice' as const, resource: 'consent-requests', record_id: opened.id };
    await suite.db.transaction((tx) => outcomes.delivered(tx, late));
    await suite.db.transaction((tx) => outcomes.failed(tx, late, '550 mailbox unavailable'));
    expect(await request(opened.id)).toMatchObject({ status: 'awaiting_notice', notice_sent_at: null, answer_due_at: null, notice_failed_at: null });

    await suite.deliver({ maxAttempts: 1 });
    const sent = await request(opened.id);
    expect(sent).toMatchObject({ status: 'notice_sent', notice_failed_at: null });
    expect(sent.answer_due_at).not.toBeNull();
    expect(await mailStatus(second)).toBe('sent');
  });
});
