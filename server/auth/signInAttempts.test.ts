import { describe, expect, it } from 'vitest';
import { refusal, SIGN_IN_LIMITS, type RecentAttempts } from './signInAttempts';

const now = 1_800_000_000_000;
const none: RecentAttempts = { now, pair: 0, pairOldest: null, address: 0, addressOldest: null, account: 0, accountLatest: null, knownAddress: false };

describe('which sign-in limit refuses an attempt', () => {
  it('lets a clean attempt through', () => {
    expect(refusal(none)).toBeNull();
  });

  it('refuses a pair until its oldest failure leaves the window', () => {
    expect(refusal({ ...none, pair: 5, pairOldest: now - 60_000, address: 5, addressOldest: now - 60_000 })).toEqual({ limit: 'account from this address', retryAfter: 840 });
  });

  it('doubles the wait of failing addresses past five failures of the account, up to the window', () => {
    const guessed = (account: number) => refusal({ ...none, address: 1, addressOldest: now, account, accountLatest: now });
    expect(guessed(4)).toBeNull();
    expect([5, 6, 7, 10].map((n) => guessed(n)?.retryAfter)).toEqual([1, 2, 4, 32]);
    expect(guessed(40)).toEqual({ limit: 'account', retryAfter: SIGN_IN_LIMITS.maxAccountWaitMs / 1000 });
  });

  it("never slows an address that has not failed, or the owner's known address, for others' failures", () => {
    expect(refusal({ ...none, account: 40, accountLatest: now })).toBeNull();
    expect(refusal({ ...none, address: 1, addressOldest: now, account: 40, accountLatest: now, knownAddress: true })).toBeNull();
  });
});
