import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { SERVICE_KEY_SHAPE, MAX_ADDRESSES } from '../../src/domain/serviceKeys';

describeOnEachDatabase('service API keys', (suite) => {
  const admin = suite.as('admin');
  const legal = suite.as('legal');
  const support = suite.as('support');
  const service = (path: string, key: string | null, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${suite.server.url}/api/service/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, body: await res.json() }));
  const newKey = async (scopes: string[], name = `Mailing tool ${scopes.join('+')}`) => {
    const created = await admin.create('service-keys', { name, scopes });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: number; key: string; key_prefix: string; version: number };
  };
  const serviceAudits = () => suite.db.query<Record<string, unknown>>("SELECT * FROM audit_log WHERE action = 'service_call' ORDER BY id");

  it('an admin creates a key and sees it once; the list and the record keep only its prefix, the table only its hash', async () => {
    const created = await newKey(['unsubscribe_links', 'suppression_check'], 'Newsletter tool');
    expect(created.key).toMatch(SERVICE_KEY_SHAPE);
    expect(created).toMatchObject({ name: 'Newsletter tool', scopes: ['unsubscribe_links', 'suppression_check'], key_prefix: created.key.slice(0, 12), created_by: 'test.admin', revoked_at: null, last_used_at: null });
    const shown = (await admin.get('service-keys', created.id)).body;
    expect(shown).not.toHaveProperty('key');
    expect(shown).not.toHaveProperty('key_hash');
    const listed = (await admin.list('service-keys')).body as Record<string, unknown>[];
    expect(listed.find((k) => k.id === created.id)).toEqual(shown);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    const [row] = await suite.db.query<{ key_hash: string }>('SELECT key_hash FROM service_keys WHERE id = $1', [created.id]);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.key_hash).not.toContain(created.key);
  });

  it('only admins manage keys; a key is revoked, never deleted', async () => {
    for (const other of [legal, support]) {
      expect((await other.list('service-keys')).status).toBe(403);
      expect((await other.create('service-keys', { name: 'x', scopes: ['suppression_check'] })).status).toBe(403);
    }
    const created = await newKey(['suppression_check']);
    expect((await support.call('POST', `/api/service-keys/${created.id}/revoke`, { version: 1 })).status).toBe(403);
    expect((await admin.remove('service-keys', created.id)).status).toBe(403);
    expect((await admin.get('service-keys', created.id)).status).toBe(200);
    expect((await admin.create('service-keys', { name: 'No scope', scopes: [] })).status).toBe(400);
    expect((await admin.create('service-keys', { name: 'Bad scope', scopes: ['read_everything'] })).status).toBe(400);
  });

  it('a key with one scope is refused the other (403), and the refused call is not audited as a use', async () => {
    const links = await newKey(['unsubscribe_links']);
    const check = await newKey(['suppression_check']);
    const before = (await serviceAudits()).length;
    expect(await service('suppressed', links.key, { addresses: ['a@example.com'] })).toEqual({ status: 403, body: { message: 'This service key does not have the suppression_check scope.' } });
    expect(await service('unsubscribe-links', check.key, { addresses: ['a@example.com'] })).toEqual({ status: 403, body: { message: 'This service key does not have the unsubscribe_links scope.' } });
    expect(await serviceAudits()).toHaveLength(before);
  });

  it('mints links that unsubscribe, and answers which addresses are suppressed without giving out the list', async () => {
    const links = await newKey(['unsubscribe_links']);
    const check = await newKey(['suppression_check']);
    const minted = await service('unsubscribe-links', links.key, { addresses: ['Buyer.One@Example.com', 'buyer.two@example.com'] });
    expect(minted.status).toBe(200);
    expect(minted.body.links.map((l: { address: string }) => l.address)).toEqual(['buyer.one@example.com', 'buyer.two@example.com']);
    for (const { url } of minted.body.links) expect(url).toMatch(new RegExp(`^${suite.server.url}/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$`));
    const oneClick = await fetch(minted.body.links[0].url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    const answer = await service('suppressed', check.key, { addresses: ['buyer.two@example.com', 'BUYER.ONE@example.com', 'never.seen@example.com'] });
    expect(answer).toEqual({ status: 200, body: { suppressed: ['buyer.one@example.com'] } });
    const used = (await admin.get('service-keys', check.id)).body;
    expect(used.last_used_at).toEqual(expect.any(String));
  });

  it('every use is audited with the key, the scope and the count, never an address', async () => {
    const check = await newKey(['suppression_check']);
    await service('suppressed', check.key, { addresses: ['audit.one@example.com', 'audit.two@example.com', 'audit.three@example.com'] });
    const last = (await serviceAudits()).at(-1);
    expect(last).toMatchObject({ staff_id: null, staff_username: `service key #${check.id}`, action: 'service_call', resource: 'service-keys', record_id: String(check.id), reason: 'suppression_check: 3 addresses' });
    expect(JSON.stringify(await serviceAudits())).not.toContain('@');
  });

  it('a revoked or unknown key, or none, is a 401, and a staff cookie does not stand in for a key', async () => {
    const key = await newKey(['suppression_check']);
    const cookie = await suite.server.cookieFor('admin');
    expect((await service('suppressed', null, { addresses: ['x@example.com'] }, { cookie })).status).toBe(401);
    expect((await service('unsubscribe-links', null, { addresses: ['x@example.com'] }, { cookie })).status).toBe(401);
    expect((await service('anything-else', null, {}, { cookie })).status).toBe(401);
    expect((await service('suppressed', `pdsk_${'A'.repeat(43)}`, { addresses: ['x@example.com'] })).status).toBe(401);
    expect((await service('suppressed', 'not-a-key', { addresses: ['x@example.com'] })).status).toBe(401);
    const revoked = await admin.call('POST', `/api/service-keys/${key.id}/revoke`, { version: key.version });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked_at).toEqual(expect.any(String));
    expect((await admin.call('POST', `/api/service-keys/${key.id}/revoke`, { version: revoked.body.version })).status).toBe(409);
    const refused = await service('suppressed', key.key, { addresses: ['x@example.com'] }, { cookie });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/valid service key/);
  });

  it('a service call needs no origin of ours (it comes from a server), and a key opens nothing outside /api/service', async () => {
    const key = await newKey(['suppression_check', 'unsubscribe_links']);
    expect((await service('suppressed', key.key, { addresses: ['x@example.com'] }, { origin: 'https://mailer.example.net', 'sec-fetch-site': 'cross-site' })).status).toBe(200);
    const customers = await fetch(`${suite.server.url}/api/customers`, { headers: { authorization: `Bearer ${key.key}` } });
    expect(customers.status).toBe(401);
    // the staff API keeps its origin check
    const cookie = await suite.server.cookieFor('admin');
    const crossSite = await fetch(`${suite.server.url}/api/service-keys`, { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x', scopes: ['suppression_check'] }) });
    expect(crossSite.status).toBe(403);
  });

  it('a malformed body is a 400 with a message', async () => {
    const key = await newKey(['suppression_check']);
    const cases: [unknown, RegExp][] = [
      ['{"addresses":', /JSON/i],
      [{}, /addresses/],
      [{ addresses: [] }, /at least one/],
      [{ addresses: ['not an address'] }, /addresses\.0: Not a valid e-mail address/],
      [{ addresses: Array.from({ length: MAX_ADDRESSES + 1 }, (_, i) => `n${i}@example.com`) }, new RegExp(`At most ${MAX_ADDRESSES}`)],
    ];
    for (const [body, message] of cases) {
      const answer = await service('suppressed', key.key, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.message).toMatch(message);
    }
    expect((await service('suppressed', key.key, { addresses: Array.from({ length: MAX_ADDRESSES }, (_, i) => `n${i}@example.com`) })).status).toBe(200);
  });
});
