import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { apiClient } from '../testing/http';
import { NOT_SIGNED_IN, roleMayNot } from '../../src/domain/apiMessages';
import { canAccess } from '../../src/domain/roles';

const FOREIGN = 'Requests that change data must come from Privacy Desk itself';

describeOnEachDatabase('the staff gate in front of the API', (suite) => {
  const admin = suite.as('admin');
  let n = 0;
  const customer = () => {
    n += 1;
    return { full_name: `Gate Customer ${n}`, username: `gate.${n}`, email: `gate.${n}@example.com` };
  };

  it('refuses a change sent from another site or a sibling subdomain, with a message saying why', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const res = await admin.call('POST', '/api/customers', customer(), { 'sec-fetch-site': site });
      expect(res.status, site).toBe(403);
      expect(res.body, site).toEqual({ message: FOREIGN });
    }
    const res = await admin.call('POST', '/api/customers', customer(), { origin: 'https://evil.example' });
    expect(res.body).toEqual({ message: FOREIGN });
  });

  it('accepts a change from its own pages, or one the browser says no site started', async () => {
    expect((await admin.call('POST', '/api/customers', customer(), { 'sec-fetch-site': 'same-origin', origin: suite.server.url })).status).toBe(201);
    expect((await admin.call('POST', '/api/customers', customer(), { 'sec-fetch-site': 'none' })).status).toBe(201);
  });

  it('answers a read whatever site it names: reading changes nothing', async () => {
    for (const method of ['GET', 'HEAD']) {
      const res = await admin.call(method, '/api/me', undefined, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
      expect(res.status, method).toBe(200);
    }
  });

  it('refuses every other request without a session with 401 and the sign-in message', async () => {
    const nobody = apiClient(suite.server.url);
    for (const res of [await nobody.call('GET', '/api/me'), await nobody.list('customers'), await nobody.call('POST', '/api/customers', customer())]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: NOT_SIGNED_IN });
    }
  });

  it('lets signing out through without a session (one that ended already), clearing the cookie', async () => {
    const res = await apiClient(suite.server.url).call('POST', '/api/auth/logout');
    expect(res.status).toBe(200);
    const ended = await apiClient(suite.server.url, { cookie: 'pd_session=ended-long-ago' }).call('POST', '/api/auth/logout');
    expect(ended.status).toBe(200);
    expect(ended.headers.getSetCookie().join()).toMatch(/pd_session=;/);
  });

  it('refuses a signed-in role what the role matrix does not give it, naming role, action and resource', async () => {
    expect(canAccess('support', 'create', 'staff')).toBe(false);
    const res = await suite.as('support').create('staff', { username: 'gate.staff', display_name: 'Gate', role: 'support', password: 'a long enough passphrase' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ message: roleMayNot('support', 'create', 'staff') });
  });
});
