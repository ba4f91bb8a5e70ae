import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { signIn, TEST_PASSWORD, testUsername } from '../testing/testServer';
import { apiClient } from '../testing/http';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from './sessions';

// The limits the policy promises; the constants are checked against them so that a change shows here.
const IDLE_MINUTES = 30;
const ABSOLUTE_HOURS = 12;

describeOnEachDatabase('staff sessions', (suite) => {
  /** A new session of its own (never the shared one of cookieFor), with the hash its row is stored under. */
  async function newSession() {
    const cookie = await signIn(suite.server.url, testUsername('support'), TEST_PASSWORD);
    const token = cookie.slice(cookie.indexOf('=') + 1);
    return { api: apiClient(suite.server.url, { cookie }), hash: createHash('sha256').update(token).digest('hex') };
  }
  const row = async (hash: string) =>
    (await suite.db.query<{ idle_seconds: number; lifetime_seconds: number }>(
      `SELECT extract(epoch FROM now() - last_seen_at)::float AS idle_seconds, extract(epoch FROM expires_at - created_at)::float AS lifetime_seconds
       FROM staff_sessions WHERE token_hash = $1`,
      [hash],
    ))[0];
  /** Moves the session's idle clock back, as if its last request was `minutes` ago. */
  const idleFor = (hash: string, minutes: number) =>
    suite.db.query("UPDATE staff_sessions SET last_seen_at = now() - make_interval(secs => $2) WHERE token_hash = $1", [hash, minutes * 60]);
  /** Moves the whole session back, as if it was signed in `hours` ago and used a moment ago. */
  const signedInAgo = (hash: string, hours: number) =>
    suite.db.query(
      `UPDATE staff_sessions SET created_at = created_at - make_interval(secs => $2), expires_at = expires_at - make_interval(secs => $2), last_seen_at = now() - interval '10 seconds'
       WHERE token_hash = $1`,
      [hash, hours * 3600],
    );

  it(`are the policy's ${IDLE_MINUTES} minutes idle and ${ABSOLUTE_HOURS} hours at most`, () => {
    expect(SESSION_IDLE_MINUTES).toBe(IDLE_MINUTES);
    expect(SESSION_ABSOLUTE_HOURS).toBe(ABSOLUTE_HOURS);
  });

  it('a session idle just under 30 minutes still works, and the request restarts its idle clock', async () => {
    const { api, hash } = await newSession();
    await idleFor(hash, IDLE_MINUTES - 0.5);
    const me = await api.call('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: testUsername('support'), role: 'support' });
    expect((await row(hash)).idle_seconds).toBeLessThan(60);
    // 29 more minutes later it still works: the clock started again at the last request
    await idleFor(hash, IDLE_MINUTES - 1);
    expect((await api.call('GET', '/api/me')).status).toBe(200);
  });

  it('a session idle just over 30 minutes is over: 401, and it stays over', async () => {
    const { api, hash } = await newSession();
    expect((await api.call('GET', '/api/me')).status).toBe(200);
    await idleFor(hash, IDLE_MINUTES + 0.5);
    expect((await api.call('GET', '/api/me')).status).toBe(401);
    expect((await api.list('customers')).status).toBe(401);
    expect((await row(hash)).idle_seconds).toBeGreaterThan(IDLE_MINUTES * 60);
  });

  it('the idle clock moves at most once a minute, not on every request', async () => {
    const { api, hash } = await newSession();
    await idleFor(hash, 0.5);
    expect((await api.call('GET', '/api/me')).status).toBe(200);
    const idle = (await row(hash)).idle_seconds;
    expect(idle).toBeGreaterThanOrEqual(29);
    expect(idle).toBeLessThan(60);
  });

  it('a session lasts 12 hours from sign-in, however busy: just under still works, just over does not', async () => {
    const { api, hash } = await newSession();
    expect((await row(hash)).lifetime_seconds).toBeCloseTo(ABSOLUTE_HOURS * 3600, -1);
    await signedInAgo(hash, ABSOLUTE_HOURS - 1 / 60);
    expect((await api.call('GET', '/api/me')).status).toBe(200);
    // used a moment ago, so never idle: only the absolute limit ends it
    await signedInAgo(hash, 2 / 60);
    expect((await api.call('GET', '/api/me')).status).toBe(401);
  });

  it('the cookie lives no longer than the session', async () => {
    const res = await fetch(`${suite.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: testUsername('legal'), password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(new RegExp(`Max-Age=${ABSOLUTE_HOURS * 3600}(;|$)`));
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('signing out ends the session, and clears sessions that expired long ago', async () => {
    const stale = await newSession();
    await signedInAgo(stale.hash, ABSOLUTE_HOURS + 1);
    const { api, hash } = await newSession();
    expect((await api.call('POST', '/api/auth/logout')).status).toBe(200);
    expect((await api.call('GET', '/api/me')).status).toBe(401);
    expect(await row(hash)).toBeUndefined();
    expect(await row(stale.hash)).toBeUndefined();
  });

  it('a disabled account’s session stops working at once', async () => {
    const { api } = await newSession();
    expect((await api.call('GET', '/api/me')).status).toBe(200);
    await suite.db.query('UPDATE staff SET disabled = true WHERE username = $1', [testUsername('support')]);
    try {
      expect((await api.call('GET', '/api/me')).status).toBe(401);
    } finally {
      await suite.db.query('UPDATE staff SET disabled = false WHERE username = $1', [testUsername('support')]);
    }
  });
});
