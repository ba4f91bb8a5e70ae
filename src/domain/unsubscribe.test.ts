import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url, isOneClick, parseUnsubscribeToken, unsubscribePayload, unsubscribeToken } from './unsubscribe';
import { bearerKey, serviceKeyPrefix, addressBatchSchema, serviceKeyCreateSchema, MAX_ADDRESSES } from './serviceKeys';

const signature = 'a'.repeat(43);

describe('base64url', () => {
  it.each(['reader@example.com', 'زينب@example.om', 'a+tag@sub.example.co.uk', '?>~'])('round-trips %s without padding or + and /', (text) => {
    const encoded = encodeBase64Url(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBase64Url(encoded)).toBe(text);
  });

  it.each(['a', 'ab=', 'a b', 'a/b', '', '//8'])('refuses %j', (bad) => {
    expect(decodeBase64Url(bad)).toBeNull();
  });
});

describe('the unsubscribe token', () => {
  it('carries the normalised address before the signature', () => {
    const payload = unsubscribePayload('  Reader@Example.COM ');
    expect(payload).toBe(encodeBase64Url('reader@example.com'));
    expect(parseUnsubscribeToken(unsubscribeToken(payload, signature))).toEqual({ address: 'reader@example.com', payload, signature });
  });

  it.each([
    ['no signature', unsubscribePayload('a@example.com')],
    ['an empty payload', `.${signature}`],
    ['a short signature', `${unsubscribePayload('a@example.com')}.${signature.slice(1)}`],
    ['a signature with other characters', `${unsubscribePayload('a@example.com')}.${'+'.repeat(43)}`],
    ['three parts', `${unsubscribePayload('a@example.com')}.${signature}.x`],
    ['not an address', `${encodeBase64Url('nobody')}.${signature}`],
    ['an address not normalised', `${encodeBase64Url('A@example.com')}.${signature}`],
    ['padding', `${encodeBase64Url('ab@example.com')}=.${signature}`],
    ['invalid UTF-8', `${encodeBase64Url('\u00ff@x')}_w.${signature}`],
    ['a payload too long', `${unsubscribePayload(`${'a'.repeat(300)}@example.com`)}.${signature}`],
  ])('refuses %s', (_case, token) => {
    expect(parseUnsubscribeToken(token)).toBeNull();
  });

  it('recognises RFC 8058’s one-click body and nothing else', () => {
    expect(isOneClick({ 'List-Unsubscribe': 'One-Click' })).toBe(true);
    expect(isOneClick({ 'List-Unsubscribe': 'one-click' })).toBe(false);
    expect(isOneClick({})).toBe(false);
  });
});

describe('service keys', () => {
  const key = `pdsk_${'Ab0_-'.repeat(8)}xyz`;

  it('reads the key from a Bearer header of its shape only', () => {
    expect(bearerKey(`Bearer ${key}`)).toBe(key);
    expect(bearerKey(`bearer  ${key}`)).toBe(key);
    for (const header of [undefined, null, '', key, `Basic ${key}`, `Bearer ${key}x`, `Bearer pdsk_short`, `Bearer ${key} extra`]) expect(bearerKey(header)).toBeNull();
  });

  it('recognises a key by its first 12 characters', () => {
    expect(serviceKeyPrefix(key)).toBe('pdsk_Ab0_-Ab');
  });

  it('keeps the scopes in their defined order, each once, and needs one', () => {
    expect(serviceKeyCreateSchema.parse({ name: 'Mailer', scopes: ['suppression_check', 'unsubscribe_links', 'suppression_check'] }).scopes).toEqual(['unsubscribe_links', 'suppression_check']);
    expect(serviceKeyCreateSchema.safeParse({ name: 'Mailer', scopes: [] }).success).toBe(false);
    expect(serviceKeyCreateSchema.safeParse({ name: 'Mailer', scopes: ['admin'] }).success).toBe(false);
  });

  it(`takes 1 to ${MAX_ADDRESSES} valid addresses, normalised`, () => {
    expect(addressBatchSchema.parse({ addresses: [' A@Example.com'] }).addresses).toEqual(['a@example.com']);
    expect(addressBatchSchema.safeParse({ addresses: [] }).success).toBe(false);
    expect(addressBatchSchema.safeParse({ addresses: ['x'] }).success).toBe(false);
    expect(addressBatchSchema.safeParse({ addresses: Array(MAX_ADDRESSES + 1).fill('a@example.com') }).success).toBe(false);
  });
});
