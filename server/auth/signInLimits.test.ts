import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { databaseKinds, skipReason, startTestServer, TEST_PASSWORD, type TestServer } from '../testing/testServer';
import { apiClient } from '../testing/http';
import { secondInstance } from '../testing/workflows';
import { addStaff } from '../seed/demoStaff';
import { createApp } from '../app';
import type { Database } from '../db/database';
import { SIGN_IN_LIMITS } from './signInAttempts';

interface SignInAnswer {
  status: number;
  retryAfter: number | null;
  message: string;
}

/** A sign-in sent from another loopback address (the whole of 127.0.0.0/8 is this machine). */
function signInFrom(url: string, from: string, username: string, password: string, headers: Record<string, string> = {}): Promise<SignInAnswer> {
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/auth/login`,
      { method: 'POST', localAddress: from, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode!, retryAfter: retryAfter ? Number(retryAfter) : null, message: JSON.parse(text).message ?? '' });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const statuses = (answers: SignInAnswer[]) => answers.reduce<Record<number, number>>((n, a) => ({ ...n, [a.status]: (n[a.status] ?? 0) + 1 }), {});

/** Moves an account's attempts (from one address, or all) back in time, as if they had been made that long ago. */
async function backDate(db: Database, account: string, ms: number, address?: string) {
  await db.query(`UPDATE sign_in_attempts SET at = at - $2::float8 * interval '1 millisecond' WHERE account = $1 AND ($3::text IS NULL OR address = $3)`, [account, ms, address ?? null]);
}

const failedAddresses = async (db: Database, account: string) =>
  (await db.query<{ address: string }>("SELECT address FROM audit_log WHERE action = 'sign_in_failed' AND staff_username = $1 ORDER BY id", [account])).map((r) => r.address);

// Each test guesses its own account from its own addresses, so none counts against another.
const ACCOUNTS = ['race.target', 'many.target', 'known.target', 'shared.target', 'clear.target', 'window.target', 'xff.target'];
const WINDOW = SIGN_IN_LIMITS.windowMs;

for (const kind of databaseKinds) {
  const skip = skipReason(kind);
  describe.skipIf(skip)(`sign-in limits on ${kind}${skip ? ` — ${skip}` : ''}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, async (db) => {
        for (const username of ACCOUNTS) await addStaff(db, { username, display_name: username, role: 'support' }, TEST_PASSWORD);
      });
    });
    afterAll(() => server?.close());

    it('counts 200 guesses sent at once before checking them: 5 are checked, the right password sent after them does not get in', async () => {
      const guesses = Array.from({ length: 200 }, (_, i) => signInFrom(server.url, '127.0.1.1', 'race.target', `wrong ${i}`));
      const right = signInFrom(server.url, '127.0.1.1', 'race.target', TEST_PASSWORD);
      const answers = await Promise.all([...guesses, right]);
      expect(statuses(answers)).toEqual({ 401: 5, 429: 196 });
      expect((await right).status).toBe(429);
      expect((await right).retryAfter).toBeGreaterThan(0);
      expect(await failedAddresses(server.db, 'race.target')).toEqual(Array(5).fill('127.0.1.1'));
    });

    it('five wrong passwords each for admin, legal and support from one address keep none of their owners out from another', async () => {
      for (const role of ['admin', 'legal', 'support']) {
        for (let i = 0; i < 5; i++) expect((await signInFrom(server.url, '127.0.2.1', `test.${role}`, 'wrong')).status).toBe(401);
        // that address is done guessing these accounts for now…
        expect((await signInFrom(server.url, '127.0.2.1', `test.${role}`, TEST_PASSWORD)).status).toBe(429);
      }
      // …but their owners, elsewhere, sign in
      for (const role of ['admin', 'legal', 'support']) expect((await signInFrom(server.url, '127.0.2.2', `test.${role}`, TEST_PASSWORD)).status).toBe(200);
    });

    it('slows guessing one account from many addresses with a growing Retry-After, audits every failure, and lets the owner in from a clean address', async () => {
      const first = Array.from({ length: 10 }, (_, i) => `127.0.3.${i + 1}`);
      for (const address of first) expect((await signInFrom(server.url, address, 'many.target', 'wrong')).status).toBe(401);
      // 10 failures: an address that failed must wait 2^(10-5) s after the latest
      const slowed = await signInFrom(server.url, '127.0.3.1', 'many.target', 'wrong again');
      expect(slowed.status).toBe(429);
      expect(slowed.message).toMatch(/Too many failed sign-ins/);
      expect(slowed.retryAfter).toBeGreaterThan(16);
      expect(slowed.retryAfter).toBeLessThanOrEqual(32);
      const more = Array.from({ length: 4 }, (_, i) => `127.0.3.${i + 11}`);
      for (const address of more) expect((await signInFrom(server.url, address, 'many.target', 'wrong')).status).toBe(401);
      // 14 failures: 2^9 s
      const slower = await signInFrom(server.url, '127.0.3.2', 'many.target', 'wrong again');
      expect(slower.status).toBe(429);
      expect(slower.retryAfter).toBeGreaterThan(256);
      expect(slower.retryAfter).toBeLessThanOrEqual(512);
      expect(await failedAddresses(server.db, 'many.target')).toEqual([...first, ...more]);
      // the owner at an address that has not failed is not made to wait
      expect((await signInFrom(server.url, '127.0.3.99', 'many.target', TEST_PASSWORD)).status).toBe(200);
    });

    it('does not slow the owner at an address they signed in from lately, even after a typo of their own', async () => {
      expect((await signInFrom(server.url, '127.0.4.1', 'known.target', TEST_PASSWORD)).status).toBe(200);
      for (let i = 1; i <= 8; i++) expect((await signInFrom(server.url, `127.0.4.${i + 10}`, 'known.target', 'wrong')).status).toBe(401);
      expect((await signInFrom(server.url, '127.0.4.1', 'known.target', 'typo')).status).toBe(401);
      expect((await signInFrom(server.url, '127.0.4.11', 'known.target', TEST_PASSWORD)).status).toBe(429);
      expect((await signInFrom(server.url, '127.0.4.1', 'known.target', TEST_PASSWORD)).status).toBe(200);
      // a month later that address is a stranger again
      expect((await signInFrom(server.url, '127.0.4.1', 'known.target', 'typo')).status).toBe(401);
      await server.db.query("UPDATE sign_in_attempts SET at = at - interval '31 days' WHERE account = 'known.target' AND outcome = 'succeeded'");
      expect((await signInFrom(server.url, '127.0.4.1', 'known.target', TEST_PASSWORD)).status).toBe(429);
    });

    it('refuses an address after 20 failures, whatever the accounts', async () => {
      for (let i = 0; i < 20; i++) expect((await signInFrom(server.url, '127.0.10.1', `nobody.${i}`, 'wrong')).status).toBe(401);
      const refused = await signInFrom(server.url, '127.0.10.1', 'nobody.else', 'wrong');
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBeGreaterThan(WINDOW / 1000 - 60);
    });

    it('shares the count between two server instances on one database, even for guesses sent at once', async () => {
      const second = await secondInstance(server.db);
      const other = serve({ fetch: createApp({ db: second.db }).fetch, port: 0, hostname: '127.0.0.1' });
      await once(other, 'listening');
      const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
      try {
        const urls = [server.url, otherUrl];
        const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signInFrom(urls[i % 2], '127.0.5.1', 'shared.target', `wrong ${i}`)));
        expect(statuses(answers)).toEqual({ 401: 5, 429: 35 });
        for (const url of urls) expect((await signInFrom(url, '127.0.5.1', 'shared.target', TEST_PASSWORD)).status).toBe(429);
      } finally {
        await new Promise<void>((resolve) => other.close(() => resolve()));
        await second.close();
      }
    });

    it('forgets the failures of an account at an address once it signs in there', async () => {
      for (let i = 0; i < 4; i++) expect((await signInFrom(server.url, '127.0.8.1', 'clear.target', 'wrong')).status).toBe(401);
      expect((await signInFrom(server.url, '127.0.8.1', 'clear.target', TEST_PASSWORD)).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await signInFrom(server.url, '127.0.8.1', 'clear.target', 'wrong')).status).toBe(401);
      expect((await signInFrom(server.url, '127.0.8.1', 'clear.target', TEST_PASSWORD)).status).toBe(429);
    });

    it('stops counting failures once they are older than the window, and not before', async () => {
      for (let i = 0; i < 5; i++) expect((await signInFrom(server.url, '127.0.9.1', 'window.target', 'wrong')).status).toBe(401);
      expect((await signInFrom(server.url, '127.0.9.1', 'window.target', TEST_PASSWORD)).status).toBe(429);
      await backDate(server.db, 'window.target', WINDOW - 60_000);
      const late = await signInFrom(server.url, '127.0.9.1', 'window.target', TEST_PASSWORD);
      expect(late.status).toBe(429);
      expect(late.retryAfter).toBeLessThanOrEqual(60);
      await backDate(server.db, 'window.target', 61_000);
      expect((await signInFrom(server.url, '127.0.9.1', 'window.target', TEST_PASSWORD)).status).toBe(200);
    });

    it('ignores X-Forwarded-For unless a trusted proxy sent it', async () => {
      for (let i = 0; i < 5; i++) {
        const answer = await signInFrom(server.url, '127.0.6.1', 'xff.target', 'wrong', { 'x-forwarded-for': `203.0.113.${i + 1}` });
        expect(answer.status).toBe(401);
      }
      expect((await signInFrom(server.url, '127.0.6.1', 'xff.target', TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.77' })).status).toBe(429);
      expect(await failedAddresses(server.db, 'xff.target')).toEqual(Array(5).fill('127.0.6.1'));
    });
  });

  describe.skipIf(skip)(`behind a reverse proxy on ${kind}${skip ? ` — ${skip}` : ''}`, () => {
    const PUBLIC_ORIGIN = 'https://desk.example.com';
    const PROXY = '127.0.7.1';
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, (db) => addStaff(db, { username: 'proxied.target', display_name: 'Proxied', role: 'support' }, TEST_PASSWORD).then(() => undefined), {
        publicOrigin: PUBLIC_ORIGIN,
        trustedProxies: [PROXY, '10.0.0.0/8'],
      });
    });
    afterAll(() => server?.close());

    it('takes the client from the right-most X-Forwarded-For entry that is not a trusted proxy', async () => {
      const guess = (from: string, forwardedFor: string) => signInFrom(server.url, from, 'proxied.target', 'wrong', { 'x-forwarded-for': forwardedFor });
      await guess(PROXY, '198.51.100.1, 203.0.113.9');
      await guess(PROXY, '198.51.100.1, 203.0.113.10, 10.1.2.3');
      await guess(PROXY, '[2001:db8::5]:41234');
      await guess('127.0.7.9', '203.0.113.11'); // not a trusted proxy: its header is anyone's guess
      expect(await failedAddresses(server.db, 'proxied.target')).toEqual(['203.0.113.9', '203.0.113.10', '2001:db8::5', '127.0.7.9']);
    });

    it("locks out only the guessing client, not everyone behind the proxy", async () => {
      for (let i = 0; i < 5; i++) await signInFrom(server.url, PROXY, 'test.admin', 'wrong', { 'x-forwarded-for': '203.0.113.50' });
      expect((await signInFrom(server.url, PROXY, 'test.admin', TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.50' })).status).toBe(429);
      expect((await signInFrom(server.url, PROXY, 'test.admin', TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.20' })).status).toBe(200);
    });

    it("accepts a change from PUBLIC_URL's origin although the Host header names another, and refuses any other origin", async () => {
      const cookie = await server.cookieFor('admin');
      const customer = (n: number) => ({ full_name: `Proxied Customer ${n}`, username: `proxied.${n}`, email: `proxied.${n}@example.com` });
      // the request goes to 127.0.0.1:port, so Host is that, as when a proxy passes its upstream's name
      expect((await apiClient(server.url, { cookie, origin: PUBLIC_ORIGIN }).create('customers', customer(1))).status).toBe(201);
      expect((await apiClient(server.url, { cookie, origin: 'https://evil.example' }).create('customers', customer(2))).status).toBe(403);
      expect((await apiClient(server.url, { cookie, origin: server.url }).create('customers', customer(3))).status).toBe(403);
    });
  });
}
