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

  it('lets the pair try again the moment its oldest failure leaves the window, and not a second before', () => {
    const pair = (oldest: number) => refusal({ ...none, pair: 5, pairOldest: oldest, address: 5, addressOldest: oldest });
    expect(pair(now - SIGN_IN_LIMITS.windowMs)).toBeNull();
    expect(pair(now - SIGN_IN_LIMITS.windowMs + 1)).toEqual({ limit: 'account from this address', retryAfter: 1 });
    // whole seconds, rounded up: 1.5 s to go is a Retry-After of 2
    expect(pair(now - SIGN_IN_LIMITS.windowMs + 1500)).toEqual({ limit: 'account from this address', retryAfter: 2 });
  });

  it('checks the password of a pair at four failures, and of an address at nineteen', () => {
    expect(refusal({ ...none, pair: 4, pairOldest: now, address: 4, addressOldest: now })).toBeNull();
    expect(refusal({ ...none, address: 19, addressOldest: now })).toBeNull();
    expect(refusal({ ...none, address: 20, addressOldest: now - 60_000 })).toEqual({ limit: 'address', retryAfter: 840 });
  });

  it('lets an account slowed past five failures try again once its wait is over', () => {
    // 6 failures: 2 s after the latest
    expect(refusal({ ...none, address: 1, addressOldest: now, account: 6, accountLatest: now - 2000 })).toBeNull();
    expect(refusal({ ...none, address: 1, addressOldest: now, account: 6, accountLatest: now - 1000 })).toEqual({ limit: 'account', retryAfter: 1 });
  });

  it('names the limit that refuses for longest, whichever it is', () => {
    // pair: 300 s to go; address: 840 s; account: 15 failures would be 2^10 s, capped at 900 s (9 failures: 16 s)
    const all = { ...none, pair: 5, pairOldest: now - 600_000, address: 20, addressOldest: now - 60_000, account: 15, accountLatest: now };
    expect(refusal(all)).toEqual({ limit: 'account', retryAfter: 900 });
    expect(refusal({ ...all, account: 9 })).toEqual({ limit: 'address', retryAfter: 840 });
    expect(refusal({ ...all, pairOldest: now - 1000, account: 9 })).toEqual({ limit: 'account from this address', retryAfter: 899 });
  });
});
