import { beforeEach, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { startTestSmtpServer } from '../testing/smtpServer';
import { secondInstance } from '../testing/workflows';
import { queueMail, type QueuedMail } from './outbox';
import { createMailSender } from './sender';

const FROM = 'Privacy Desk <privacy@desk.example>';
const mail = (to: string, extra: Partial<QueuedMail> = {}): QueuedMail => ({
  to,
  subject: 'Your consent is needed',
  text: 'Dear parent,\nplease confirm at https://desk.example/consent/abc.\n',
  kind: 'consent_notice',
  ...extra,
});

describeOnEachDatabase('the mail sender', { http: false, smtp: true }, (suite) => {
  const queue = (m: QueuedMail) => suite.db.transaction((tx) => queueMail(tx, m));
  const row = async (id: number) => (await suite.db.query('SELECT * FROM outbox WHERE id = $1', [id]))[0];

  beforeEach(async () => {
    await suite.db.exec('DELETE FROM outbox; DELETE FROM suppression_list');
    suite.smtp.messages.length = 0;
  });

  it('delivers a queued mail with its recipient, subject and text, and marks it sent', async () => {
    const id = await queue(mail('parent@example.com', { subject: 'موافقة ولي الأمر — consent', text: 'مرحبا\nLine two with = and % signs, and a long line '.padEnd(120, 'x') }));
    expect(await createMailSender({ db: suite.db, smtpUrl: suite.smtp.url, from: FROM }).runOnce()).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(suite.smtp.messages).toHaveLength(1);
    const [received] = suite.smtp.messages;
    expect(received).toMatchObject({ from: 'privacy@desk.example', to: ['parent@example.com'], subject: 'موافقة ولي الأمر — consent' });
    expect(received.text).toBe('مرحبا\nLine two with = and % signs, and a long line '.padEnd(120, 'x'));
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null, to_address: 'parent@example.com', sent_at: expect.any(Date) });
  });

  it('counts a refused attempt, keeps the error without the address, backs off, and gives up after maxAttempts', async () => {
    const refusing = await startTestSmtpServer({ rejectRecipients: true });
    try {
      const sender = createMailSender({ db: suite.db, smtpUrl: refusing.url, from: FROM, maxAttempts: 3 });
      const id = await queue(mail('Nobody@Example.com'));
      expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retrying: 1 });
      const first = await row(id);
      expect(first).toMatchObject({ status: 'queued', attempts: 1 });
      expect(first.last_error).toMatch(/550|rejected/i);
      expect(first.last_error).not.toMatch(/nobody@example\.com|Dear parent/i);
      expect((first.next_attempt_at as Date).getTime()).toBeGreaterThan(Date.now() + 30_000);
      expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retrying: 0 }); // not due yet
      const due = () => suite.db.query("UPDATE outbox SET next_attempt_at = now() - interval '1 second' WHERE id = $1", [id]);
      await due();
      expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retrying: 1 });
      await due();
      expect(await sender.runOnce()).toEqual({ sent: 0, failed: 1, retrying: 0 });
      expect(await row(id)).toMatchObject({ status: 'failed', attempts: 3 });
      await due();
      expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retrying: 0 });
      expect(refusing.messages).toEqual([]);
    } finally {
      await refusing.close();
    }
  });

  it('sends nothing without an SMTP URL: the mail waits in the outbox', async () => {
    const id = await queue(mail('waiting@example.com'));
    expect(await createMailSender({ db: suite.db, from: FROM }).runOnce()).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(await row(id)).toMatchObject({ status: 'queued', attempts: 0, to_address: 'waiting@example.com' });
    expect(suite.smtp.messages).toEqual([]);
  });

  it('delivers each of 20 mails exactly once when two instances send at the same time', async () => {
    const other = await secondInstance(suite.db);
    try {
      const ids: number[] = [];
      for (let n = 0; n < 20; n += 1) ids.push(await queue(mail(`parent${n}@example.com`, { subject: `Notice ${n}` })));
      const a = createMailSender({ db: suite.db, smtpUrl: suite.smtp.url, from: FROM });
      const b = createMailSender({ db: other.db, smtpUrl: suite.smtp.url, from: FROM });
      const results = await Promise.all([a.runOnce(), b.runOnce()]);
      expect(results[0].sent + results[1].sent).toBe(20);
      expect(results.map((r) => r.sent > 0)).toEqual([true, true]); // both really took part
      const recipients = suite.smtp.messages.flatMap((m) => m.to).sort();
      expect(recipients).toEqual(ids.map((_, n) => `parent${n}@example.com`).sort());
      const statuses = await suite.db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM outbox');
      expect(statuses).toHaveLength(20);
      expect(statuses.every((s) => s.status === 'sent' && s.attempts === 1)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('reclaims a mail left sending by an instance that died, but not one being sent now', async () => {
    const stuck = await queue(mail('stuck@example.com'));
    const busy = await queue(mail('busy@example.com'));
    await suite.db.query("UPDATE outbox SET status = 'sending', updated_at = now() - interval '11 minutes' WHERE id = $1", [stuck]);
    await suite.db.query("UPDATE outbox SET status = 'sending', updated_at = now() - interval '1 minute' WHERE id = $1", [busy]);
    expect(await createMailSender({ db: suite.db, smtpUrl: suite.smtp.url, from: FROM }).runOnce()).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(suite.smtp.messages.map((m) => m.to)).toEqual([['stuck@example.com']]);
    expect((await row(busy)).status).toBe('sending');
  });

  it('erases the recipient and the text after delivery when the mail asks for it', async () => {
    const id = await queue(mail('erased.customer@example.com', { kind: 'deletion_confirmation', eraseRecipientAfterSend: true, text: 'Your account is deleted.' }));
    await createMailSender({ db: suite.db, smtpUrl: suite.smtp.url, from: FROM }).runOnce();
    expect(suite.smtp.messages[0]).toMatchObject({ to: ['erased.customer@example.com'], text: 'Your account is deleted.' });
    expect(await row(id)).toMatchObject({ status: 'sent', to_address: null, body: '[erased after delivery]', last_error: null });
  });
});
