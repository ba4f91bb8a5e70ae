import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';

const CARD = '4111 1111 1111 1111';

// Sign-in bodies an attacker or a confused user might send: each must get a 4xx with a message.
const signInBodies: [string, string][] = [
  ['SQL in the username', JSON.stringify({ username: "admin' OR '1'='1' --", password: 'x' })],
  ['SQL in the password', JSON.stringify({ username: 'test.admin', password: "' OR 1=1; DROP TABLE staff; --" })],
  ['an operator object', JSON.stringify({ username: { $ne: null }, password: { $ne: null } })],
  ['numbers', JSON.stringify({ username: 1, password: 2 })],
  ['arrays', JSON.stringify({ username: ['test.admin'], password: ['x'] })],
  ['null', 'null'],
  ['a prototype key', '{"__proto__":{"role":"admin"},"username":"test.admin"}'],
  ['a constructor key', JSON.stringify({ constructor: { prototype: { role: 'admin' } }, username: 'x', password: 'y' })],
  ['full-width letters', JSON.stringify({ username: 'ｔｅｓｔ．ａｄｍｉｎ', password: 'x' })],
  ['a NUL byte', JSON.stringify({ username: 'test.admin\u0000', password: 'x' })],
  ['right-to-left override', JSON.stringify({ username: '\u202enimda.tset', password: 'x' })],
  ['a card number as username', JSON.stringify({ username: CARD, password: 'x' })],
  ['a 100 kB username', JSON.stringify({ username: 'a'.repeat(100_000), password: 'x' })],
  ['not JSON', 'username=admin&password=x'],
  ['truncated JSON', '{"username":"test.admin","pass'],
];

const listQueries: [string, string][] = [
  ['SQL in the sort', `sort=${encodeURIComponent('["id; DROP TABLE customers","ASC"]')}`],
  ['SQL in the order', `sort=${encodeURIComponent('["id","ASC; DELETE FROM customers"]')}`],
  ['SQL as a filter key', `filter=${encodeURIComponent('{"1=1) OR (1":"x"}')}`],
  ['a prototype filter', `filter=${encodeURIComponent('{"__proto__":{"status":"erased"}}')}`],
  ['a constructor filter', `filter=${encodeURIComponent('{"constructor":{"name":"x"}}')}`],
  ['an object as status', `filter=${encodeURIComponent('{"status":{"$gt":""}}')}`],
  ['huge range', 'range=[0,9007199254740993]'],
  ['exponent range', 'range=[0,1e3]'],
  ['unicode digits in the id', `filter=${encodeURIComponent('{"id":"١٢"}')}`],
  ['a 1,500-id getMany', `filter=${encodeURIComponent(JSON.stringify({ id: Array.from({ length: 1500 }, (_, i) => i + 1) }))}`],
  ['a NUL byte in the search', `filter=${encodeURIComponent(JSON.stringify({ q: 'Salim\u0000' }))}`],
];

describeOnEachDatabase('hostile input', { demo: 20 }, (suite) => {
  const admin = suite.as('admin');
  const snapshot = async () =>
    suite.db.query(
      `SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM staff)::int AS staff,
              (SELECT count(*) FROM staff_sessions)::int AS sessions, (SELECT max(updated_at) FROM customers) AS changed`,
    );

  it.each(signInBodies)('sign-in with %s: 4xx with a message, nobody signed in', async (_name, body) => {
    const before = await snapshot();
    const res = await fetch(`${suite.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(typeof (await res.json()).message).toBe('string');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it.each(listQueries)('list with %s: 400 with a message, nothing changed', async (_name, query) => {
    const before = await snapshot();
    const res = await admin.call('GET', `/api/customers?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.message.length).toBeGreaterThan(10);
    expect(await snapshot()).toEqual(before);
  });

  it('treats SQL in a search as text to look for', async () => {
    const res = await admin.list('customers', { filter: { q: "'; DROP TABLE customers; --" } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect((await admin.list('customers', { range: [0, 0] })).headers.get('content-range')).toMatch(/\/20$/);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await admin.create('customers', { full_name: 'x'.repeat(2 * 1024 * 1024), username: 'big.one', email: 'big@example.com' });
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/1 MB/);
  });

  it('never writes a card number or a mistyped password into the audit log', async () => {
    const entries = JSON.stringify((await admin.list('audit-log', { filter: { action: 'sign_in_failed' }, range: [0, 99] })).body);
    expect(entries).not.toContain('4111');
    expect(entries).not.toContain('DROP TABLE');
    expect(entries).toContain('(unrecognised name)');
  });
});
