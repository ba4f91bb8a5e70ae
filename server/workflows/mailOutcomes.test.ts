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
    // the window kept is the registration's: the late delivery does not open a new one
    expect(await request(opened.id)).toMatchObject({ status: 'granted', notice_sent_at: null, answer_due_at: new Date(opened.answer_due_at) });
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
    expect(await request(opened.id)).toMatchObject({ status: 'awaiting_notice', notice_sent_at: null, answer_due_at: new Date(opened.answer_due_at), notice_failed_at: null });

    await suite.deliver({ maxAttempts: 1 });
    const sent = await request(opened.id);
    expect(sent).toMatchObject({ status: 'notice_sent', notice_failed_at: null });
    expect(sent.answer_due_at).not.toBeNull();
    expect(await mailStatus(second)).toBe('sent');
  });

  it('a refusal longer than a note may hold is recorded on the request, cut to 2,000 characters', async () => {
    const { request: opened } = await registerChild(support, 'mo-long');
    await step(support, 'consent-requests', opened.id, 'send_notice');
    const { notice_mail_id } = await request(opened.id);
    const outcomes = mailOutcomes({ publicUrl: suite.server.url });
    await suite.db.transaction((tx) => outcomes.failed(tx, { id: notice_mail_id, kind: 'consent_notice', resource: 'consent-requests', record_id: opened.id }, `550 ${'x'.repeat(3000)}`));
    const [failed] = await suite.db.query<{ notice_failed_at: unknown; notice_failure: string }>('SELECT notice_failed_at, notice_failure FROM consent_requests WHERE id = $1', [opened.id]);
    expect(failed.notice_failed_at).not.toBeNull();
    expect(failed.notice_failure).toMatch(/^The mail server refused the notice: 550 x+$/);
    expect(failed.notice_failure).toHaveLength(2000);
  });

  // A fault is not an answer: swallowed, the mail would count as sent while its request never started its window.
  it('a database fault while recording a delivered notice fails the run, and the notice’s next delivery starts the window', async () => {
    const { request: opened } = await registerChild(support, 'mo-fault');
    await step(support, 'consent-requests', opened.id, 'send_notice');
    const { notice_mail_id } = await request(opened.id);
    await suite.db.exec(`
      CREATE FUNCTION mo_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
      CREATE TRIGGER mo_fault BEFORE UPDATE ON consent_requests FOR EACH ROW WHEN (NEW.id = ${Number(opened.id)} AND NEW.notice_sent_at IS NOT NULL) EXECUTE FUNCTION mo_fault();
    `);
    try {
      await expect(suite.deliver({ maxAttempts: 1 })).rejects.toThrow(/disk full/);
      expect(await request(opened.id)).toMatchObject({ status: 'awaiting_notice', notice_sent_at: null });
      expect(await mailStatus(notice_mail_id)).not.toBe('sent');
    } finally {
      await suite.db.exec('DROP TRIGGER mo_fault ON consent_requests; DROP FUNCTION mo_fault();');
    }
    // a mail left 'sending' is claimed again after ten minutes
    await suite.db.query("UPDATE outbox SET updated_at = now() - interval '11 minutes' WHERE id = $1", [notice_mail_id]);
    await suite.deliver({ maxAttempts: 1 });
    expect(await request(opened.id)).toMatchObject({ status: 'notice_sent' });
    expect(await mailStatus(notice_mail_id)).toBe('sent');
  });
});
