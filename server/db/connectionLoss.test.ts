import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPglite, openPostgres } from './database';
import { createApp } from '../app';
import { SESSION_COOKIE } from '../routes/authRoutes';
import { verifyAuditChain } from '../audit/auditLog';
import { skipReason, startTestServer, TEST_DATABASE_URL, type TestServer } from '../testing/testServer';
import { apiClient, type Answer } from '../testing/http';
import { uniqueCustomer } from '../testing/workflows';

const BURST = 40;

/** What every request must get while the database is gone: 503, when to come back, and words a person can act on. */
function expectUnavailable(answer: { status: number; headers: Headers; body: unknown }) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(503);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((answer.body as { message: string }).message).toMatch(/database/i);
}

async function ask(app: ReturnType<typeof createApp>, path: string, init: RequestInit = {}) {
  const res = await app.request(path, init);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe('a database that cannot be reached', () => {
  // Nothing listens on port 1: every connection attempt is refused at once.
  it('answers 503 with Retry-After on PostgreSQL, health check and API alike', async () => {
    const db = await openPostgres('postgres://postgres@127.0.0.1:1/privacy_desk');
    try {
      const app = createApp({ db });
      expectUnavailable(await ask(app, '/api/health'));
      expectUnavailable(await ask(app, '/api/customers', { headers: { cookie: `${SESSION_COOKIE}=some-session` } }));
      expectUnavailable(
        await ask(app, '/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'test.admin', password: 'x' }) }),
      );
    } finally {
      await db.close();
    }
  });

  it('answers 503 with Retry-After once the embedded database is closed', async () => {
    const db = await openPglite();
    const app = createApp({ db });
    expect((await app.request('/api/health')).status).toBe(200);
    await db.close();
    expectUnavailable(await ask(app, '/api/health'));
  });
});

const skip = skipReason('postgres');
describe.skipIf(skip)(`PostgreSQL terminating every connection in a write burst${skip ? ` — ${skip}` : ''}`, () => {
  let server: TestServer;
  let killer: pg.Client;
  beforeAll(async () => {
    server = await startTestServer('postgres');
    const [{ name }] = await server.db.query<{ name: string }>('SELECT current_database() AS name');
    const url = new URL(TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    killer = new pg.Client({ connectionString: url.toString() });
    await killer.connect();
  });
  afterAll(async () => {
    await killer?.end();
    await server?.close();
  });

  /** What a failover does to the server: every backend of its database ends, mid-transaction or idle. */
  async function terminateEveryBackend(): Promise<number> {
    const rows = await killer.query('SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.rows.filter((r) => r.ended).length;
  }

  it('stays up: each write is saved or answered 503, none is lost, and the audit chain holds', async () => {
    const api = apiClient(server.url, { cookie: await server.cookieFor('support') });
    const uncaught: unknown[] = [];
    const record = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', record);
    let ended = 0;
    let answers: Answer[];
    try {
      const writes = Array.from({ length: BURST }, (_, i) => api.create('customers', uniqueCustomer(`burst${i}x${Date.now() % 100_000}`)));
      // Twice during the burst: once as the first writes are answered, once a moment later.
      await Promise.race(writes);
      ended += await terminateEveryBackend();
      await new Promise((resolve) => setTimeout(resolve, 15));
      ended += await terminateEveryBackend();
      answers = await Promise.all(writes);
      // A lost connection reports itself asynchronously: give it a moment to surface before judging.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off('uncaughtException', record);
    }
    expect(uncaught).toEqual([]);
    expect(ended).toBeGreaterThan(0);

    const saved = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 503);
    console.info(`${BURST} writes while every backend was terminated (${ended} backends ended): ${saved.length} saved, ${refused.length} × 503, ${BURST - saved.length - refused.length} other`);
    expect(answers.map((a) => a.status).filter((s) => s !== 201 && s !== 503)).toEqual([]);
    for (const a of refused) expectUnavailable(a);
    expect(refused.length).toBeGreaterThan(0);

    // The server answers again, on new connections.
    expect((await api.call('GET', '/api/health')).status).toBe(200);
    const after = await api.create('customers', uniqueCustomer(`after${Date.now() % 100_000}`));
    expect(after.status, JSON.stringify(after.body)).toBe(201);

    // Every acknowledged write is there, with its audit entry; nothing half-written (a customer without its entry).
    const ids = saved.map((a) => (a.body as { id: number }).id);
    const found = await server.db.query<{ id: number }>('SELECT id FROM customers WHERE id = ANY($1)', [ids]);
    expect(found.length).toBe(ids.length);
    const unaudited = await server.db.query(
      "SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.resource = 'customers' AND a.action = 'create' AND a.record_id = c.id::text)",
    );
    expect(unaudited).toEqual([]);
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
  });
});
