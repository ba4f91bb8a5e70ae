import { beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { signIn, TEST_PASSWORD, testUsername } from '../testing/testServer';
import { apiClient } from '../testing/http';
import { queueMail } from '../mail/outbox';
import { RESOURCES } from '../../src/domain/resources';
import { canAccess, ROLES, type Role } from '../../src/domain/roles';

// a consent request names a child: one of the seeded children, found once the database is seeded
let aChild = 0;
const bodies: Record<string, (n: number) => Record<string, unknown>> = {
  customers: (n) => ({ full_name: `Matrix Customer ${n}`, username: `matrix.${n}`, email: `matrix.${n}@example.com` }),
  'consent-requests': () => ({ customer_id: aChild, child_name: 'Child', parent_name: 'Parent', parent_email: 'parent@example.com' }),
  'deletion-tickets': () => ({ requester_name: 'R', requester_email: 'r@example.com', channel: 'email', scope: 'marketing_email' }),
  'access-requests': () => ({ requester_name: 'R', requester_email: 'r@example.com', channel: 'email' }),
  'correction-requests': () => ({ requester_name: 'R', requester_email: 'r@example.com', channel: 'email', requested_correction: 'My name is misspelt' }),
  staff: (n) => ({ username: `staff.${n}`, display_name: `Staff ${n}`, role: 'support', password: 'a long enough passphrase' }),
  'authority-referrals': () => ({ customer_id: 2, activity: 'fraud', description: 'd', evidence: 'e', authority: 'ROP', proposed_fields: ['email'] }),
  'breach-incidents': () => ({ aware_at: '2026-11-01T08:00:00Z', description: 'd', data_categories: ['email'] }),
  // a day of its own for each call: days in the calendar are unique
  'service-keys': (n) => ({ name: `Matrix key ${n}`, scopes: ['suppression_check'] }),
  holidays: (n) => ({ day: new Date(Date.UTC(2030, 0, n)).toISOString().slice(0, 10), name: `Holiday ${n}`, kind: 'lunar' }),
};

const methods = ['list', 'show', 'create', 'edit', 'delete'] as const;
const success = { list: 200, show: 200, create: 201, edit: 200, delete: 200 } as const;

describeOnEachDatabase('sign-in and the role matrix', { demo: 30 }, (suite) => {
  let n = 0;
  beforeAll(async () => {
    [{ id: aChild }] = await suite.db.query<{ id: number }>("SELECT id FROM customers WHERE status = 'active' AND birth_date > current_date - interval '12 years' ORDER BY id LIMIT 1");
    // the read-only outbox needs a record to show (mail is only ever queued by the server)
    await queueMail(suite.db, { to: 'matrix.parent@example.com', subject: 'Matrix walk', text: 'Matrix walk', kind: 'consent_notice' });
    // and the workflow history an entry, which only a step writes
    await suite.db.query("INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role) VALUES ('deletion-tickets', 1, 'assign', 'new', 'new', 'test.support', 'support')");
    // an access request to show (the demo has none)
    await suite.db.query("INSERT INTO access_requests (requester_name, requester_email, channel) VALUES ('Matrix requester', 'matrix.access@example.com', 'email')");
    await suite.db.query("INSERT INTO correction_requests (requester_name, requester_email, channel, requested_correction) VALUES ('Matrix requester', 'matrix.access@example.com', 'email', 'Name misspelt')");
    // and a service key to show (its plaintext is of no use here)
    await suite.db.query(`INSERT INTO service_keys (name, scopes, key_hash, key_prefix, created_by) VALUES ('Matrix key', '["suppression_check"]', repeat('0', 64), 'pdsk_matrix0', 'test.admin')`);
  });

  /** One call of the REST protocol as `role` (or without a session), answering its status. */
  async function attempt(role: Role | null, resource: string, method: (typeof methods)[number]): Promise<number> {
    const api = apiClient(suite.server.url, role ? { cookie: await suite.server.cookieFor(role) } : {});
    const admin = apiClient(suite.server.url, { cookie: await suite.server.cookieFor('admin') });
    n += 1;
    if (!bodies[resource]) {
      // a read-only resource: writes go straight at an existing entry
      if (method === 'create') return (await api.create(resource, {})).status;
      if (method === 'edit') return (await api.update(resource, 1, { reason: 'rewritten' })).status;
      if (method === 'delete') return (await api.remove(resource, 1)).status;
    }
    switch (method) {
      case 'list':
        return (await api.list(resource)).status;
      case 'show':
        return (await api.get(resource, 1)).status;
      case 'create':
        return (await api.create(resource, bodies[resource](n))).status;
      case 'edit': {
        // the record as react-admin would send it back: a new service key's plaintext is shown once, never sent back
        const { key: _shownOnce, ...created } = (await admin.create(resource, bodies[resource](n))).body;
        return (await api.update(resource, created.id, created)).status;
      }
      case 'delete': {
        // A fresh draft referral, the one record the policy lets anyone delete.
        const created = await admin.create('authority-referrals', bodies['authority-referrals'](n));
        const target = resource === 'authority-referrals' ? created.body.id : 1;
        const status = (await api.remove(resource, target)).status;
        return status;
      }
    }
  }

  const cases = RESOURCES.flatMap((def) => methods.flatMap((method) => [...ROLES, null].map((role) => [def.name, method, role] as const)));

  it.each(cases)('%s %s as %s', async (resource, method, role) => {
    const status = await attempt(role, resource, method);
    if (role === null) expect(status).toBe(401);
    else if (!canAccess(role, method, resource)) expect(status).toBe(403);
    else expect(status).toBe(success[method]);
  });

  // The endpoints outside the REST protocol, with the roles that may use them.
  const extra: [string, 'GET' | 'POST', string, unknown, readonly Role[]][] = [
    ['who am I', 'GET', '/api/me', undefined, ROLES],
    ['reveal a field', 'POST', '/api/customers/3/reveal', { field: 'phone', reason: 'matrix walk check' }, ['admin', 'legal']],
    ['verify the audit chain', 'GET', '/api/audit-log/verify', undefined, ['admin', 'legal']],
    ['read the settings', 'GET', '/api/settings', undefined, ROLES],
    ['set a staff password', 'POST', '/api/staff/1/password', { password: 'correct horse battery staple' }, ['admin']],
    ['list whom a ticket can be assigned to', 'GET', '/api/assignees', undefined, ['admin', 'support']],
    ['read whether mail is delivered', 'GET', '/api/mail-status', undefined, ROLES],
    ['revoke a service key', 'POST', '/api/service-keys/1/revoke', { version: 1 }, ['admin']],
  ];
  const extraCases = extra.flatMap(([name, method, path, body, allowed]) => [...ROLES, null].map((role) => [name, role, method, path, body, allowed] as const));

  it.each(extraCases)('%s as %s', async (_name, role, method, path, body, allowed) => {
    const api = apiClient(suite.server.url, role ? { cookie: await suite.server.cookieFor(role) } : {});
    const { status } = await api.call(method, path, body);
    expect(status).toBe(role === null ? 401 : allowed.includes(role) ? 200 : 403);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and tells who and which role from the server', async () => {
    const res = await fetch(`${suite.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'TEST.LEGAL', password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const body = await res.json();
    expect(body).toEqual({ id: expect.any(Number), username: 'test.legal', fullName: 'Test legal', role: 'legal' });
    const me = await apiClient(suite.server.url, { cookie: cookie.split(';')[0] }).call('GET', '/api/me');
    expect(me.body.role).toBe('legal');
    expect(JSON.stringify(me.body)).not.toMatch(/argon2|password/i);
  });

  it('ends the session on sign-out', async () => {
    const cookie = await signIn(suite.server.url, testUsername('support'), TEST_PASSWORD);
    const api = apiClient(suite.server.url, { cookie });
    expect((await api.call('GET', '/api/me')).status).toBe(200);
    expect((await api.call('POST', '/api/auth/logout')).status).toBe(200);
    expect((await api.call('GET', '/api/me')).status).toBe(401);
  });

  it('refuses a forged or missing session with 401 and a message', async () => {
    const res = await apiClient(suite.server.url, { cookie: 'pd_session=forged' }).list('customers');
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/Sign in/);
  });

  it('answers a wrong password and an unknown account alike, then rate-limits the account with Retry-After', async () => {
    const login = (username: string, password: string) =>
      fetch(`${suite.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const unknown = await login('nobody', 'x');
    expect(unknown.status).toBe(401);
    const wrong = await login('test.admin', 'wrong');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    for (let i = 0; i < 4; i++) expect((await login('test.admin', 'wrong')).status).toBe(401);
    const limited = await login('test.admin', TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).message).toMatch(/Too many failed sign-ins/);
  });

  it('refuses a state change sent from another site', async () => {
    const res = await apiClient(suite.server.url, { cookie: await suite.server.cookieFor('admin'), origin: 'https://evil.example' }).create('customers', bodies.customers(999));
    expect(res.status).toBe(403);
  });

  it('sends security headers: CSP of our own origin, no framing, nosniff, no referrer', async () => {
    const res = await fetch(`${suite.server.url}/api/health`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
