import { describe, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { STALE_VERSION } from '../../src/domain/apiMessages';

const validCustomer = {
  full_name: 'Maryam bint Khalid Al Riyami',
  username: 'maryam.riyami.test',
  email: 'Maryam.Riyami@Example.com',
  phone: '+968 9234 5678',
  birth_date: '1991-02-03',
  id_type: 'national_id',
  id_number: '87654321',
  address: 'Way 2410, House 7, Al Hail, Al Seeb, Muscat',
  newsletter: true,
};

describeOnEachDatabase('REST API', { demo: 120 }, (suite) => {
  const api = suite.as('admin');
  const customerTotal = async () => Number((await api.list('customers', { range: [0, 0] })).headers.get('content-range')!.split('/')[1]);

  describe('getList', () => {
    it('pages with Content-Range and exposes the header', async () => {
      const res = await api.list('customers', { sort: ['id', 'ASC'], range: [10, 19], filter: {} });
      expect(res.status).toBe(200);
      expect(res.body.map((c: { id: number }) => c.id)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
      expect(res.headers.get('content-range')).toBe('customers 10-19/120');
      expect(res.headers.get('access-control-expose-headers')).toContain('Content-Range');
    });

    it('sorts by a field in both directions', async () => {
      const asc = await api.list('customers', { sort: ['username', 'ASC'], range: [0, 119], filter: { status: 'active' } });
      const names = asc.body.map((c: { username: string }) => c.username);
      expect(names).toEqual(suite.demo.customers.filter((c) => c.status === 'active').map((c) => c.username).sort());
      const desc = await api.list('customers', { sort: ['username', 'DESC'], range: [0, 0], filter: { status: 'active' } });
      expect(desc.body[0].username).toBe(names[names.length - 1]);
    });

    it('answers a page past the end with no rows and the total', async () => {
      const res = await api.list('customers', { range: [500, 524] });
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
      expect(res.headers.get('content-range')).toBe('customers */120');
    });

    it('filters by status, by several statuses and by related customer (getManyReference)', async () => {
      const completed = await api.list('deletion-tickets', { filter: { status: 'completed' }, range: [0, 99] });
      expect(completed.body.length).toBe(suite.demo.deletionTickets.filter((t) => t.status === 'completed').length);
      expect(completed.body.every((t: { status: string }) => t.status === 'completed')).toBe(true);

      const open = await api.list('deletion-tickets', { filter: { status: ['new', 'in_progress'] }, range: [0, 99] });
      expect(open.body.length).toBe(suite.demo.deletionTickets.filter((t) => ['new', 'in_progress'].includes(t.status)).length);

      const child = suite.demo.consentRequests[0].customer_id;
      const refs = await api.list('consent-requests', { filter: { customer_id: child }, sort: ['created_at', 'DESC'], range: [0, 9] });
      expect(refs.body.map((r: { customer_id: number }) => r.customer_id)).toEqual(suite.demo.consentRequests.filter((c) => c.customer_id === child).map(() => child));
    });

    it('searches names in Arabic and Latin script and e-mail addresses, case-insensitively', async () => {
      const arabic = suite.demo.customers.find((c) => c.full_name && /[\u0600-\u06FF]/.test(c.full_name))!;
      const word = arabic.full_name!.split(' ').at(-1)!;
      const byArabic = await api.list('customers', { filter: { q: word }, range: [0, 119] });
      expect(byArabic.body.length).toBeGreaterThan(0);
      expect(byArabic.body.every((c: { full_name: string }) => c.full_name.includes(word))).toBe(true);

      const latin = suite.demo.customers.find((c) => c.email)!;
      const byEmail = await api.list('customers', { filter: { q: latin.email!.toUpperCase() } });
      expect(byEmail.body.map((c: { id: number }) => c.id)).toContain(latin.id);

      const wildcard = await api.list('customers', { filter: { q: '%' } });
      expect(wildcard.body).toEqual([]);
    });

    it('filters a date range by whole Muscat days, and booleans', async () => {
      const sorted = suite.demo.customers.map((c) => c.created_at).sort();
      const day = sorted[60].slice(0, 10);
      const res = await api.list('customers', { filter: { created_at_gte: day, created_at_lte: day }, range: [0, 119] });
      const start = Date.parse(`${day}T00:00:00+04:00`);
      const expected = suite.demo.customers.filter((c) => Date.parse(c.created_at) >= start && Date.parse(c.created_at) < start + 86_400_000);
      expect(res.body.map((c: { id: number }) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());

      const news = await api.list('customers', { filter: { newsletter: true }, range: [0, 0] });
      expect(news.headers.get('content-range')).toMatch(new RegExp(`/${suite.demo.customers.filter((c) => c.newsletter).length}$`));
    });

    it('getMany: returns the ids asked for without a range', async () => {
      const res = await api.call('GET', `/api/customers?filter=${encodeURIComponent(JSON.stringify({ id: [3, 7, 42] }))}`);
      expect(res.status).toBe(200);
      expect(res.body.map((c: { id: number }) => c.id).sort((a: number, b: number) => a - b)).toEqual([3, 7, 42]);
    });
  });

  describe('malformed list queries get 400 with a message, never 500', () => {
    const cases: [string, string][] = [
      ['sort is not JSON', 'sort=[id'],
      ['sort field unknown', `sort=${encodeURIComponent('["password","ASC"]')}`],
      ['sort by a masked field', `sort=${encodeURIComponent('["birth_date","ASC"]')}`],
      ['range filter on a masked field', `filter=${encodeURIComponent('{"birth_date_lte":"2013-01-01"}')}`],
      ['sort order unknown', `sort=${encodeURIComponent('["id","UP"]')}`],
      ['sort is an object', `sort=${encodeURIComponent('{"field":"id"}')}`],
      ['range is not JSON', 'range=0-24'],
      ['range reversed', 'range=[10,2]'],
      ['range negative', 'range=[-1,5]'],
      ['range fractional', 'range=[0.5,5]'],
      ['range too large', 'range=[0,5000]'],
      ['range as strings', `range=${encodeURIComponent('["0","9"]')}`],
      ['filter not JSON', 'filter={q:'],
      ['filter an array', 'filter=[1]'],
      ['filter field unknown', `filter=${encodeURIComponent('{"password":"x"}')}`],
      ['filter __proto__', `filter=${encodeURIComponent('{"__proto__":{"admin":true}}')}`],
      ['filter status unknown', `filter=${encodeURIComponent('{"status":"deleted"}')}`],
      ['filter id not a number', `filter=${encodeURIComponent('{"id":["1; DROP TABLE customers"]}')}`],
      ['filter date malformed', `filter=${encodeURIComponent('{"created_at_gte":"yesterday"}')}`],
      ['filter date impossible', `filter=${encodeURIComponent('{"created_at_gte":"2026-02-30"}')}`],
      ['search not a string', `filter=${encodeURIComponent('{"q":{"$ne":1}}')}`],
      ['search too long', `filter=${encodeURIComponent(JSON.stringify({ q: 'x'.repeat(500) }))}`],
      ['parameter repeated', 'range=[0,1]&range=[0,2]'],
      ['parameter unknown', 'page=2'],
    ];
    it.each(cases)('%s', async (_name, query) => {
      const res = await api.call('GET', `/api/customers?${query}`);
      expect(res.status).toBe(400);
      expect(typeof res.body.message).toBe('string');
      expect(res.body.message.length).toBeGreaterThan(10);
    });

    it('an unknown resource or id path is a 4xx', async () => {
      expect((await api.call('GET', '/api/payments')).status).toBe(404);
      expect((await api.get('customers', 'abc')).status).toBe(400);
      expect((await api.get('customers', '99999999999')).status).toBe(400);
      expect((await api.get('customers', 99999)).status).toBe(404);
    });
  });

  describe('create', () => {
    it('returns the created record with id, version and server-set fields', async () => {
      const res = await api.create('customers', validCustomer);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ...validCustomer,
        email: 'maryam.riyami@example.com',
        // sensitive fields never leave the server unmasked, not even to the one who typed them
        phone: '•••• 5678',
        id_number: '•••• 4321',
        address: '••••',
        birth_date: '••••',
        status: 'active',
        version: 1,
        recovery_question_set: false,
      });
      expect(res.body.id).toBeGreaterThan(120);
      expect((await api.get('customers', res.body.id)).body).toEqual(res.body);
      const [stored] = await suite.db.query('SELECT phone, id_number, address, birth_date FROM customers WHERE id = $1', [res.body.id]);
      expect(stored).toEqual({ phone: '+96892345678', id_number: '87654321', address: validCustomer.address, birth_date: '1991-02-03' });
      const ticket = await api.create('deletion-tickets', { customer_id: res.body.id, requester_name: 'Maryam', requester_email: 'maryam.riyami@example.com', channel: 'phone', scope: 'marketing_email' });
      expect(ticket.status).toBe(201);
      expect(ticket.body).toMatchObject({ status: 'new', customer_id: res.body.id });
      expect(Date.parse(ticket.body.received_at)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('keeps the unfiltered total exact as records come and go', async () => {
      const before = await customerTotal();
      await api.create('customers', { ...validCustomer, username: 'count.check', email: 'count.check@example.com' });
      expect(await customerTotal()).toBe(before + 1);
      const referral = await api.create('authority-referrals', { customer_id: 5, activity: 'fraud', description: 'd', evidence: 'e', authority: 'ROP', proposed_fields: ['email'] });
      const referralTotal = async () => Number((await api.list('authority-referrals', { range: [0, 0] })).headers.get('content-range')!.split('/')[1]);
      const withDraft = await referralTotal();
      expect((await api.remove('authority-referrals', referral.body.id)).status).toBe(200);
      expect(await referralTotal()).toBe(withDraft - 1);
    });

    const refusals: [string, unknown, number, RegExp][] = [
      ['missing required fields', { full_name: '' }, 400, /full_name: Required/],
      ['a malformed e-mail', { ...validCustomer, username: 'x.y.z', email: 'not-an-address' }, 400, /e-mail/],
      ['a card number in a free-text field', { ...validCustomer, username: 'card.1', address: 'paid with 4111 1111 1111 1111' }, 400, /card/i],
      ['a card number without spaces in the name', { ...validCustomer, username: 'card.2', full_name: '5500005555555559' }, 400, /card/i],
      ['a password', { ...validCustomer, username: 'pw.1', password: 'hunter2' }, 400, /passwords/],
      ['a recovery answer', { ...validCustomer, username: 'pw.2', recovery_answer: 'Nizwa' }, 400, /recovery/],
      ['an unknown field', { ...validCustomer, username: 'unk.1', is_admin: true }, 400, /Unknown field/],
      ['a wrong type', { ...validCustomer, username: 'type.1', newsletter: 'yes' }, 400, /newsletter/],
      ['a future birth date', { ...validCustomer, username: 'future.1', birth_date: '2999-01-01' }, 400, /future/],
      ['an ID number without its type', { ...validCustomer, username: 'idtype.1', id_type: null }, 400, /national ID or a residence card/],
      ['a username already taken', { ...validCustomer }, 409, /already has this username/],
      ['a body that is not an object', [1, 2], 400, /JSON object/],
      ['a NUL byte in a name', { ...validCustomer, username: 'nul.1', full_name: 'Salim\u0000' }, 400, /control characters/],
    ];
    it.each(refusals)('refuses %s and writes nothing', async (_name, body, status, message) => {
      const before = await customerTotal();
      const res = await api.create('customers', body);
      expect(res.status).toBe(status);
      expect(res.body.message).toMatch(message);
      expect(await customerTotal()).toBe(before);
    });

    it('refuses a reference to a customer that does not exist', async () => {
      const res = await api.create('consent-requests', { customer_id: 99999, child_name: 'A', parent_name: 'B', parent_email: 'b@example.com' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ customer_id: 'No such customer' });
    });

    it('refuses malformed JSON and other content types', async () => {
      expect((await api.call('POST', '/api/customers', '{"full_name":', { 'content-type': 'application/json' })).status).toBe(400);
      const text = await api.call('POST', '/api/customers', 'full_name=x', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(text.status).toBe(415);
      expect(text.body.message).toMatch(/JSON/);
    });

    it('gives field errors the form can show', async () => {
      const res = await api.create('authority-referrals', { customer_id: 1, activity: 'spying', description: 'x', evidence: 'y', authority: 'ROP', proposed_fields: ['password'] });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual(expect.arrayContaining(['activity', 'proposed_fields.0']));
    });
  });

  describe('update', () => {
    // an erased customer accepts no change: these edit live ones
    const activeCustomer = async (nth: number) => (await api.list('customers', { filter: { status: 'active' }, sort: ['id', 'ASC'], range: [nth, nth] })).body[0];

    it('returns the updated record with the next version', async () => {
      const current = await activeCustomer(1);
      const res = await api.update('customers', current.id, { ...current, school: 'Indian School Muscat' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: current.id, school: 'Indian School Muscat', version: current.version + 1 });
      expect(Date.parse(res.body.updated_at)).toBeGreaterThanOrEqual(Date.parse(current.updated_at));
    });

    it('answers 409 to a stale version and keeps the other save', async () => {
      const opened = await activeCustomer(2);
      const first = await api.update('customers', opened.id, { ...opened, address: 'First save' });
      expect(first.body.address).toBe('••••');
      expect(first.status).toBe(200);
      const second = await api.update('customers', opened.id, { ...opened, address: 'Second save' });
      expect(second.status).toBe(409);
      expect(second.body.message).toBe(STALE_VERSION);
      const [stored] = await suite.db.query('SELECT address FROM customers WHERE id = $1', [opened.id]);
      expect(stored.address).toBe('First save');
    });

    it('reads masked values sent back by an edit form as unchanged, and a new value as a correction', async () => {
      const [before] = await suite.db.query('SELECT phone, id_number, address, birth_date FROM customers WHERE id = 4');
      const shown = (await api.get('customers', 4)).body;
      const res = await api.update('customers', 4, { ...shown, phone: '+96871112222' });
      expect(res.status).toBe(200);
      const [after] = await suite.db.query('SELECT phone, id_number, address, birth_date FROM customers WHERE id = 4');
      expect(after).toEqual({ ...before, phone: '+96871112222' });
    });

    it('requires the version, refuses a status change and unknown ids', async () => {
      const current = (await api.get('deletion-tickets', 1)).body;
      const { version: _v, ...noVersion } = current;
      expect((await api.update('deletion-tickets', 1, noVersion)).status).toBe(400);
      const status = await api.update('deletion-tickets', 1, { ...current, status: current.status === 'completed' ? 'new' : 'completed' });
      expect(status.status).toBe(400);
      expect(status.body.message).toMatch(/status cannot be changed/);
      expect((await api.get('deletion-tickets', 1)).body).toEqual(current);
      expect((await api.update('deletion-tickets', 99999, current)).status).toBe(404);
    });
  });

  describe('delete', () => {
    it('returns the deleted draft referral, and refuses what policy keeps', async () => {
      const draft = suite.demo.authorityReferrals.find((r) => r.status === 'draft')!;
      const res = await api.remove('authority-referrals', draft.id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: draft.id, status: 'draft' });
      expect((await api.get('authority-referrals', draft.id)).status).toBe(404);

      const submitted = suite.demo.authorityReferrals.find((r) => r.status === 'awaiting_legal_review')!;
      const refused = await api.remove('authority-referrals', submitted.id);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/Only a draft/);

      const customer = await api.remove('customers', 1);
      expect(customer.status).toBe(403);
      expect(customer.body.message).toBe('The admin role may not delete customers');
      expect((await api.get('customers', 1)).status).toBe(200);
    });
  });
});
