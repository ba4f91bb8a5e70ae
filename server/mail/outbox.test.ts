import { beforeEach, expect, it, vi } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { addressHash, forgetRecipient, isSuppressed, queueMail, suppressAddress, type QueuedMail } from './outbox';
import { createMailSender } from './sender';

const FROM = 'Privacy Desk <privacy@desk.example>';
const SECRET_TEXT = 'Your verification code is 493817';
const mail = (to: string, extra: Partial<QueuedMail> = {}): QueuedMail => ({ to, subject: 'Verify it is you, Salma', text: SECRET_TEXT, kind: 'identity_code', ...extra });

describeOnEachDatabase("the outbox's erasure and suppression", { http: false, smtp: true }, (suite) => {
  const queue = (m: QueuedMail) => suite.db.transaction((tx) => queueMail(tx, m));
  const send = () => createMailSender({ db: suite.db, smtpUrl: suite.smtp.url, from: FROM }).runOnce();
  /** Every row whose address, subject, body or error still holds one of `needles`. */
  const holding = (...needles: string[]) =>
    suite.db.query<{ id: number }>(
      `SELECT id FROM outbox WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) n
         WHERE concat_ws(' ', to_address, subject, body, last_error) ILIKE '%' || n || '%')`,
      [needles],
    );

  beforeEach(async () => {
    await suite.db.exec('DELETE FROM outbox; DELETE FROM suppression_list');
    suite.smtp.messages.length = 0;
  });

  it('forgets a recipient: no row keeps the address or the text, undelivered mail is cancelled, kept ids are sent then erased', async () => {
    const sent = await queue(mail('Salma.Person@example.com'));
    await send();
    const queued = await queue(mail('salma.person@EXAMPLE.com'));
    const failed = await queue(mail('SALMA.PERSON@example.com'));
    await suite.db.query("UPDATE outbox SET status = 'failed', attempts = 5, last_error = '550 <salma.person@example.com> unknown' WHERE id = $1", [failed]);
    const confirmation = await queue(mail('salma.person@example.com', { kind: 'deletion_confirmation', text: 'Deleted.', eraseRecipientAfterSend: true }));
    const someoneElse = await queue(mail('other@example.com', { subject: 'Unrelated', text: 'Unrelated' }));

    const counts = await suite.db.transaction((tx) => forgetRecipient(tx, ' Salma.Person@Example.com ', [confirmation]));
    expect(counts).toEqual({ cancelled: 2, redacted: 3 });
    expect((await holding('salma.person', SECRET_TEXT, 'Salma')).map((r) => r.id)).toEqual([confirmation]);
    const rows = await suite.db.query<{ id: number; status: string }>('SELECT id, status FROM outbox ORDER BY id');
    expect(rows).toEqual([
      { id: sent, status: 'sent' },
      { id: queued, status: 'cancelled' },
      { id: failed, status: 'cancelled' },
      { id: confirmation, status: 'queued' },
      { id: someoneElse, status: 'queued' },
    ]);

    suite.smtp.messages.length = 0;
    expect(await send()).toEqual({ sent: 2, failed: 0, retrying: 0 });
    expect(suite.smtp.messages.map((m) => m.to[0]).sort()).toEqual(['other@example.com', 'salma.person@example.com']);
    expect(await holding('salma.person', SECRET_TEXT, 'Deleted.')).toEqual([]);
  });

  it('never delivers marketing mail to a suppressed address, in any spelling, but still sends it other mail', async () => {
    const before = await queue(mail('opted.out@example.com', { kind: 'marketing', subject: 'Summer sale', text: 'Offers for Salma' }));
    await suite.db.transaction(async (tx) => {
      await suppressAddress(tx, 'Opted.Out@Example.com', 'deletion ticket 7: marketing e-mail');
      await suppressAddress(tx, 'opted.out@example.com', 'asked twice'); // idempotent
    });
    expect(await isSuppressed(suite.db, '  OPTED.OUT@example.COM ')).toBe(true);
    expect(await isSuppressed(suite.db, 'someone@example.com')).toBe(false);
    const after = await queue(mail('OPTED.OUT@example.com ', { kind: 'marketing', subject: 'Autumn sale', text: 'Offers for Salma' }));
    const receipt = await queue(mail('opted.out@example.com', { kind: 'deletion_confirmation', text: 'Your address is removed.' }));

    expect(await send()).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(suite.smtp.messages.map((m) => m.text)).toEqual(['Your address is removed.']);
    for (const id of [before, after]) {
      const [row] = await suite.db.query('SELECT status, last_error, to_address, body FROM outbox WHERE id = $1', [id]);
      expect(row).toEqual({ status: 'cancelled', last_error: 'suppressed address', to_address: null, body: '[erased]' });
    }
    expect((await suite.db.query('SELECT status FROM outbox WHERE id = $1', [receipt]))[0].status).toBe('sent');
    // the list holds keyed hashes only
    const list = await suite.db.query<{ address_hash: string }>('SELECT address_hash FROM suppression_list');
    expect(list).toEqual([{ address_hash: await addressHash(suite.db, 'opted.out@example.com') }]);
    expect(JSON.stringify(list)).not.toMatch(/opted/);
  });

  it('hashes with one key generated once and shared through the database, or with SUPPRESSION_KEY when set', async () => {
    const first = await addressHash(suite.db, 'a@example.com');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await suite.db.transaction((tx) => addressHash(tx, 'A@Example.com'))).toBe(first);
    expect(await suite.db.query("SELECT count(*)::int AS n FROM server_secrets WHERE name = 'suppression_key'")).toEqual([{ n: 1 }]);
    vi.stubEnv('SUPPRESSION_KEY', 'a key from the environment');
    try {
      const keyed = await addressHash(suite.db, 'a@example.com');
      expect(keyed).not.toBe(first);
      expect(keyed).toBe(await addressHash(suite.db, ' a@EXAMPLE.com'));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
