import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { queueMail, isSuppressed } from '../mail/outbox';
import { unsubscribeTokenFor, verifyUnsubscribeToken } from '../mail/unsubscribeLinks';
import { unsubscribePayload } from '../../src/domain/unsubscribe';

const form = (body: string, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });

describeOnEachDatabase('the unsubscribe link (CAN-SPAM, RFC 8058)', (suite) => {
  const page = (token: string, init?: RequestInit) => fetch(`${suite.server.url}/unsubscribe/${token}`, init);
  const unsubscribeAudits = () => suite.db.query<Record<string, unknown>>("SELECT * FROM audit_log WHERE action = 'unsubscribe' ORDER BY id");

  it('opening the link changes nothing and shows one button that posts back to the same link, without script', async () => {
    const token = await unsubscribeTokenFor(suite.db, 'Reader.One@Example.com');
    const res = await page(token);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Stop marketing e-mail</h1>');
    expect(html).toContain('<form method="post">');
    expect(html).toContain('<button type="submit">Stop marketing e-mail</button>');
    expect(html).not.toContain('<script');
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(await isSuppressed(suite.db, 'reader.one@example.com')).toBe(false);
  });

  it('a one-click POST from a mail client suppresses at once, and a later marketing mail to the address is refused', async () => {
    const token = await unsubscribeTokenFor(suite.db, 'one.click@example.com');
    const auditsBefore = (await unsubscribeAudits()).length;
    // a mail provider posts from anywhere: another origin, a cross-site fetch
    const res = await page(token, form('List-Unsubscribe=One-Click', { origin: 'https://mail.example.net', 'sec-fetch-site': 'cross-site' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You are unsubscribed');
    expect(await isSuppressed(suite.db, 'One.Click@example.com')).toBe(true);
    const id = await queueMail(suite.db, { to: 'one.click@example.com', subject: 'Weekend offers', text: 'Offers', kind: 'marketing' });
    const [mail] = await suite.db.query('SELECT status, to_address, last_error FROM outbox WHERE id = $1', [id]);
    expect(mail).toEqual({ status: 'cancelled', to_address: null, last_error: 'suppressed address' });
    const audits = await unsubscribeAudits();
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toMatchObject({ staff_id: null, action: 'unsubscribe', resource: null, record_id: null, reason: 'one-click (RFC 8058): suppressed' });
  });

  it('the page’s button suppresses too; a second press or a repeated one-click is harmless (idempotent)', async () => {
    const token = await unsubscribeTokenFor(suite.db, 'twice@example.com');
    expect((await page(token, form(''))).status).toBe(200);
    expect((await page(token, form(''))).status).toBe(200);
    expect((await page(token, form('List-Unsubscribe=One-Click'))).status).toBe(200);
    expect(await isSuppressed(suite.db, 'twice@example.com')).toBe(true);
    const [{ n }] = await suite.db.query<{ n: number }>("SELECT count(*)::int AS n FROM suppression_list WHERE reason = 'unsubscribe link'");
    expect(n).toBeGreaterThanOrEqual(2);
    expect((await unsubscribeAudits()).slice(-3).map((a) => a.reason)).toEqual(['unsubscribe page: suppressed', 'unsubscribe page: already suppressed', 'one-click (RFC 8058): already suppressed']);
  });

  it('accepts any body and content type for the one-click POST', async () => {
    const token = await unsubscribeTokenFor(suite.db, 'any.body@example.com');
    expect((await page(token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":' })).status).toBe(200);
    expect(await isSuppressed(suite.db, 'any.body@example.com')).toBe(true);
  });

  it('a tampered, truncated or foreign token is a 404 page, never a 500, and suppresses nothing', async () => {
    const token = await unsubscribeTokenFor(suite.db, 'victim@example.com');
    const [, signature] = token.split('.');
    const other = `${unsubscribePayload('someone.else@example.com')}.${signature}`;
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const bad of [other, flipped, token.slice(0, -5), 'nonsense', '%00', `${token}.x`, 'YQ.' + 'a'.repeat(43), '.'.repeat(5)]) {
      const shown = await page(encodeURIComponent(bad));
      expect(shown.status, bad).toBe(404);
      expect(await shown.text()).toContain('This link does not work');
      expect((await page(encodeURIComponent(bad), form('List-Unsubscribe=One-Click'))).status, bad).toBe(404);
    }
    expect(await isSuppressed(suite.db, 'someone.else@example.com')).toBe(false);
    expect(await isSuppressed(suite.db, 'victim@example.com')).toBe(false);
  });

  it('signs each address once, the same link every time, verified back to the normalised address', async () => {
    const token = await unsubscribeTokenFor(suite.db, ' Same@Example.com ');
    expect(await unsubscribeTokenFor(suite.db, 'same@example.com')).toBe(token);
    expect(await verifyUnsubscribeToken(suite.db, token)).toBe('same@example.com');
  });

  it('audits no e-mail address, only that an unsubscribe happened', async () => {
    const rows = await unsubscribeAudits();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/@example\.com/);
  });
});

describeOnEachDatabase('a marketing e-mail deletion ticket', (suite) => {
  const support = suite.as('support');

  it('completes straight from new, with no identity check, and suppresses the address (CAN-SPAM asks only for the address)', async () => {
    const created = await support.create('deletion-tickets', { requester_name: 'Reader', requester_email: 'Stop.Mail@example.com', channel: 'email', scope: 'marketing_email' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const done = await support.call('POST', `/api/deletion-tickets/${created.body.id}/steps/complete`, { version: created.body.version });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', identity_verified_at: null });
    expect(await isSuppressed(suite.db, 'stop.mail@example.com')).toBe(true);
  });

  it('an account ticket still cannot complete before the identity is verified', async () => {
    const customer = await support.create('customers', { full_name: 'Account Holder', username: 'holder.unsub', email: 'holder.unsub@example.com', id_type: 'national_id', id_number: '99887766', birth_date: '1980-01-01' });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    const created = await support.create('deletion-tickets', { customer_id: customer.body.id, requester_name: 'Holder', requester_email: 'holder.unsub@example.com', channel: 'email', scope: 'account' });
    const refused = await support.call('POST', `/api/deletion-tickets/${created.body.id}/steps/complete`, { version: created.body.version });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/verify the requester’s identity first/);
  });
});
