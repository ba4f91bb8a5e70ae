import { describe, expect, it, vi } from 'vitest';
import * as argon2 from '@node-rs/argon2';
import { hashPassword, passwordMatches } from './passwords';

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

/** `$argon2id$v=19$m=…,t=…,p=…`: what a hash costs to verify. */
const cost = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('passwords', () => {
  it('match their own Argon2id hash only', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await passwordMatches(stored, 'correct horse battery staple')).toBe(true);
    expect(await passwordMatches(stored, 'correct horse battery stapler')).toBe(false);
  });

  it('never match an account without a hash, nor a stored hash that is not one', async () => {
    expect(await passwordMatches(null, 'anything')).toBe(false);
    expect(await passwordMatches('', 'anything')).toBe(false);
    expect(await passwordMatches('not a hash', 'not a hash')).toBe(false);
  });

  // Otherwise the answer's timing would tell which usernames exist.
  it('checks the password of an unknown account against a hash as costly as a real one', async () => {
    const real = await hashPassword('a real password');
    vi.mocked(argon2.verify).mockClear();
    expect(await passwordMatches(null, 'a guess')).toBe(false);
    expect(argon2.verify).toHaveBeenCalledTimes(1);
    const [checkedAgainst] = vi.mocked(argon2.verify).mock.calls[0];
    expect(cost(String(checkedAgainst))).toBe(cost(real));
    await expect(vi.mocked(argon2.verify).mock.results[0].value).resolves.toBe(false);
  });
});
