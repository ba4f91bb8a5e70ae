import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { reserveAttempt, SIGN_IN_LIMITS } from './signInAttempts';

describeOnEachDatabase('the stored sign-in attempts', { http: false }, (suite) => {
  /** An attempt made `ago` (an SQL interval) ago. */
  const made = (account: string, outcome: 'failed' | 'succeeded', ago: string) =>
    suite.db.query(`INSERT INTO sign_in_attempts (account, address, outcome, at) VALUES ($1, '192.0.2.50', $2, now() - $3::interval)`, [account, outcome, ago]);
  const kept = async () =>
    (await suite.db.query<{ account: string }>("SELECT account FROM sign_in_attempts WHERE address = '192.0.2.50' ORDER BY account")).map((r) => r.account);

  it("keeps a day's failures and a month's successes, and drops the rest at the next attempt", async () => {
    await made('failed.hour', 'failed', '1 hour');
    await made('failed.23h', 'failed', '23 hours');
    await made('failed.2d', 'failed', '2 days');
    await made('succeeded.2d', 'succeeded', '2 days');
    await made('succeeded.29d', 'succeeded', '29 days');
    await made('succeeded.31d', 'succeeded', '31 days');
    expect(SIGN_IN_LIMITS.knownAddressMs).toBe(30 * 24 * 3600_000);
    const reserved = await reserveAttempt(suite.db, 'someone.else', '192.0.2.51');
    expect(reserved).toEqual({ attempt: expect.anything() });
    expect(await kept()).toEqual(['failed.23h', 'failed.hour', 'succeeded.29d', 'succeeded.2d']);
  });
});
