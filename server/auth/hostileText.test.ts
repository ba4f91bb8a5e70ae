import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { describeOnEachDatabase } from '../testing/apiSuite';
import type { ApiClient } from '../testing/http';
import { step, uniqueCustomer } from '../testing/workflows';
import { asciiDigits, containsCardNumber } from '../../src/domain/cardNumber';

// A card number as people paste it, and as someone hiding it writes it. Each has a test Visa or Amex number.
const DISGUISES: [string, string][] = [
  ['dots', '4111.1111.1111.1111'],
  ['slashes', '4111/1111/1111/1111'],
  ['spaced dashes', '4111 - 1111 - 1111 - 1111'],
  ['en dashes', '4111–1111–1111–1111'],
  ['double spaces', '4111  1111  1111  1111'],
  ['no-break spaces', '4111\u00a01111\u00a01111\u00a01111'],
  ['line breaks', '4111\n1111\n1111\n1111'],
  ['CRLF line breaks', '4111\r\n1111\r\n1111\r\n1111'],
  ['Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
  ['Persian digits', '۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱'],
  ['full-width digits', '４１１１ １１１１ １１１１ １１１１'],
  ['Devanagari digits', '४१११ ११११ ११११ ११११'],
  ['an Amex in Arabic-Indic digits', '٣٧٨٢ ٨٢٢٤٦٣ ١٠٠٠٥'],
];
const CARD_DIGITS = ['4111111111111111', '378282246310005'];
const CARD_MESSAGE = /card number/i;

// 4 KB of brackets: nested inside a field, they overflowed the stack of the card-number scan (500)
const NESTED_ARRAYS = '['.repeat(2000) + ']'.repeat(2000);
const NESTED_BODIES = [`{"full_name":${NESTED_ARRAYS}}`, `{"full_name":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`, NESTED_ARRAYS];

describeOnEachDatabase('bad text and bodies', { demo: 20 }, (suite) => {
  const admin = suite.as('admin');
  const support = suite.as('support');
  const legal = suite.as('legal');
  let customerId: number;
  let ticketId: number;
  let referralId: number;

  const auditCount = async () => (await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0].n;
  const version = async (api: ApiClient, resource: string, id: number) => (await api.get(resource, id)).body.version;

  beforeAll(async () => {
    const customer = await support.create('customers', uniqueCustomer('hostile'));
    customerId = customer.body.id;
    const ticket = await support.create('deletion-tickets', { customer_id: customerId, requester_name: 'Zahra Al Wahaibi', requester_email: 'zahra.hostile@example.org', channel: 'email', scope: 'account' });
    ticketId = ticket.body.id;
    const referral = await support.create('authority-referrals', {
      customer_id: customerId,
      activity: 'fraud',
      description: 'Several orders paid with compromised accounts.',
      evidence: 'Order history, shipping addresses.',
      authority: 'Royal Oman Police',
      proposed_fields: ['full_name'],
    });
    referralId = referral.body.id;
    expect([customer.status, ticket.status, referral.status]).toEqual([201, 201, 201]);
  });

  // Each input that ends up in a record or in the audit log; `written` reads what a refusal must leave unchanged.
  const inputs: [string, (text: string) => Promise<{ status: number; body: any }>, () => Promise<unknown>, boolean][] = [
    ['a customer’s address (PUT)', async (text) => {
      const current = (await support.get('customers', customerId)).body;
      return support.update('customers', customerId, { ...uniqueCustomer('hostile'), version: current.version, address: `Way 3014, ${text}` });
    }, () => version(support, 'customers', customerId), true],
    ['a new customer’s name (POST)', (text) => support.create('customers', uniqueCustomer('hostile2', { full_name: `Zahra ${text}` })), async () => (await suite.db.query('SELECT count(*)::int AS n FROM customers'))[0], false],
    ['a deletion ticket’s reject reason (step)', (text) => step(support, 'deletion-tickets', ticketId, 'reject', { reason: `Customer wrote ${text} in the form` }), () => version(support, 'deletion-tickets', ticketId), true],
    ['a legal opinion (step)', (text) => step(legal, 'authority-referrals', referralId, 'release_hold', { opinion: `Not needed: ${text} was a test` }), () => version(legal, 'authority-referrals', referralId), true],
    ['the reveal reason', (text) => admin.call('POST', `/api/customers/${customerId}/reveal`, { field: 'phone', reason: `Customer read ${text} on the phone` }), async () => null, false],
    ['the export search', (text) => admin.call('GET', `/api/customers/export?filter=${encodeURIComponent(JSON.stringify({ q: text }))}`), async () => null, false],
  ];

  describe.each(inputs)('a card number in %s', (_input, send, written, multiLine) => {
    it.each(DISGUISES)('written with %s: 400, nothing written, nothing audited', async (_name, card) => {
      const [before, entries] = [await written(), await auditCount()];
      const res = await send(card);
      expect(res.status).toBe(400);
      expect(typeof res.body.message).toBe('string');
      // a one-line input refuses a line break before it looks for digits
      if (multiLine || !/[\r\n]/.test(card)) expect(res.body.message).toMatch(CARD_MESSAGE);
      expect(await written()).toEqual(before);
      expect(await auditCount()).toBe(entries);
    });
  });

  it('a refused input leaves no card number anywhere in the audit log', async () => {
    const rows = await suite.db.query<Record<string, unknown>>('SELECT staff_username, reason, fields::text AS fields FROM audit_log');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const value of Object.values(row)) {
        if (typeof value !== 'string') continue;
        expect(containsCardNumber(value), value).toBe(false);
        for (const digits of CARD_DIGITS) expect(asciiDigits(value).replace(/\D/g, '')).not.toContain(digits);
      }
    }
  });

  it('keeps a phone number and dates in a note', async () => {
    const res = await support.create('deletion-tickets', {
      customer_id: customerId,
      requester_name: 'Zahra Al Wahaibi',
      requester_email: 'zahra.hostile@example.org',
      channel: 'phone',
      scope: 'account',
      notes: 'Called +968 9123 4567 on 2026-11-22.\nAccount active 2019-03-01 – 2024-05-12.',
    });
    expect(res.status).toBe(201);
  });

  it('writes CSV cells a spreadsheet would run as formulas with a quote in front', async () => {
    const planted = await support.create('customers', uniqueCustomer('formula', { full_name: '=HYPERLINK("http://x","y")', username: '-formula.user', school: '@SUM(A1:A9)' }));
    const plain = await support.create('customers', uniqueCustomer('plainname', { school: '+968 school' }));
    expect([planted.status, plain.status]).toEqual([201, 201]);
    const filter = encodeURIComponent(JSON.stringify({ id: [planted.body.id, plain.body.id] }));
    const res = await fetch(`${suite.server.url}/api/customers/export?filter=${filter}`, { headers: { cookie: await suite.server.cookieFor('admin') } });
    expect(res.status).toBe(200);
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: String(planted.body.id), full_name: `'=HYPERLINK("http://x","y")`, username: "'-formula.user", school: "'@SUM(A1:A9)" });
    expect(rows[1]).toMatchObject({ id: String(plain.body.id), full_name: plain.body.full_name, school: "'+968 school" });
    expect(Object.values(rows[0]).filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });

  it.each([
    ['POST /api/customers', 'POST', '/api/customers'],
    ['PUT /api/customers/:id', 'PUT', '/api/customers/1'],
    ['a workflow step', 'POST', '/api/deletion-tickets/1/steps/reject'],
    ['the reveal', 'POST', '/api/customers/1/reveal'],
    ['the settings', 'PUT', '/api/settings'],
  ])('2,000-level nested JSON to %s: 400 with a message', async (_name, method, path) => {
    for (const body of NESTED_BODIES) {
      const entries = await auditCount();
      const res = await admin.call(method, path, body);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/nests .* more than 32 levels/);
      expect(await auditCount()).toBe(entries);
    }
  });

  it('2,000-level nested JSON to the sign-in: 400', async () => {
    for (const body of [`{"username":${NESTED_ARRAYS}}`, NESTED_ARRAYS]) {
      const res = await fetch(`${suite.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(400);
      expect(typeof (await res.json()).message).toBe('string');
    }
  });

  it('still takes ordinary nesting and brackets inside strings', async () => {
    const res = await support.create('customers', uniqueCustomer('brackets', { full_name: 'Zahra [[[[{{{{ "quoted" \\ ]]]]' }));
    expect(res.status).toBe(201);
  });

  it.each([
    ['a line feed', 'Zahra\nBcc: all@example.org', /one line/],
    ['a carriage return', 'Zahra\r\nAl Wahaibi', /one line/],
    ['a right-to-left override', 'Zahra \u202Efdp.exe', /invisible or direction-changing/],
    ['a zero-width space', 'Zah\u200bra', /invisible or direction-changing/],
  ])('a name with %s: 400 with the message, on customers and consent requests', async (_name, name, message) => {
    const customers = await support.create('customers', uniqueCustomer('spoof', { full_name: name }));
    expect(customers.status).toBe(400);
    expect(customers.body.errors.full_name).toMatch(message);
    const consent = await support.create('consent-requests', { customer_id: customerId, child_name: name, parent_name: 'Khalfan', parent_email: 'khalfan@example.org' });
    expect(consent.status).toBe(400);
    expect(consent.body.errors.child_name).toMatch(message);
  });

  it('takes line breaks and tabs in a note, and an Arabic name with its marks', async () => {
    const notes = 'Called the customer.\r\n\tThey confirmed by e-mail.\nClosed.';
    const res = await support.create('deletion-tickets', { customer_id: customerId, requester_name: 'محمد\u200f (Mohammed)', requester_email: 'm@example.org', channel: 'email', scope: 'account', notes });
    expect(res.status).toBe(201);
    expect(res.body.notes).toBe(notes.trim());
    const started = await step(support, 'deletion-tickets', res.body.id, 'start_verification', { note: 'Line one\n\tLine two' });
    expect(started.status).toBe(200);
  });

  it('refuses an ANSI escape in the reveal reason, and audits nothing', async () => {
    const entries = await auditCount();
    const res = await admin.call('POST', `/api/customers/${customerId}/reveal`, { field: 'phone', reason: 'checking \u001b[2J\u001b[31mrefund' });
    expect(res.status).toBe(400);
    expect(res.body.errors.reason).toMatch(/control characters/);
    expect(await auditCount()).toBe(entries);
  });
});
