import { describe, expect, it } from 'vitest';
import { hashPassword, passwordMatches } from './passwords';

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
});
