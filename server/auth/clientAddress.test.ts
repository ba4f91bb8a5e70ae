import { describe, expect, it } from 'vitest';
import { addressBehind, trustedProxies } from './clientAddress';
import { readConfig } from '../config';

describe('the client address behind trusted proxies', () => {
  // built in each test, not when the file loads: a list that cannot be built then fails the tests, not the file
  const proxies = () => trustedProxies(['10.0.0.0/8', '192.0.2.1', 'fd00::/8']);

  it.each([
    ['a peer that is no trusted proxy, whatever it forwards', '203.0.113.5', '198.51.100.1', '203.0.113.5'],
    ['a trusted proxy with nothing forwarded', '10.1.1.1', undefined, '10.1.1.1'],
    ['the entry a trusted proxy appended', '192.0.2.1', '198.51.100.1', '198.51.100.1'],
    ['the right-most entry that is no trusted proxy, not what the client wrote before it', '10.0.0.2', '6.6.6.6, 198.51.100.1, 10.9.9.9', '198.51.100.1'],
    ['an IPv6 proxy and an IPv4 client', 'fd00::7', '198.51.100.1', '198.51.100.1'],
    ['an IPv4 peer in IPv6 dress', '::ffff:10.0.0.2', '198.51.100.1', '198.51.100.1'],
    ['entries with ports', '10.0.0.2', '198.51.100.1:5555, [2001:db8::1]:443', '2001:db8::1'],
    ['the last trusted hop when the next entry is no address', '10.0.0.2', 'unknown, 10.0.0.3', '10.0.0.3'],
    ['the left-most entry when every hop is trusted', '10.0.0.2', '10.0.0.4, 10.0.0.3', '10.0.0.4'],
  ])('is %s', (_name, peer, forwardedFor, expected) => {
    expect(addressBehind(peer, forwardedFor, proxies())).toBe(expected);
  });

  it('trusts nobody by default', () => {
    expect(addressBehind('127.0.0.1', '198.51.100.1', trustedProxies([]))).toBe('127.0.0.1');
    expect(readConfig({}).trustedProxies).toEqual([]);
  });

  it('reads TRUSTED_PROXIES and refuses a mistyped entry at start', () => {
    expect(readConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1' }).trustedProxies).toEqual(['10.0.0.0/8', '192.0.2.1']);
    for (const wrong of ['10.0.0.0/33', 'proxy.internal', '10.0.0/8', '10.0.0.0/8/1', 'fd00::/129']) {
      expect(() => readConfig({ TRUSTED_PROXIES: wrong }), wrong).toThrow(/TRUSTED_PROXIES/);
    }
  });

  it("checks a change's Origin against PUBLIC_URL's only when PUBLIC_URL is set", () => {
    expect(readConfig({ PUBLIC_URL: 'https://desk.example.com/privacy/' }).publicOrigin).toBe('https://desk.example.com');
    expect(readConfig({}).publicOrigin).toBeUndefined();
    expect(() => readConfig({ PUBLIC_URL: 'desk.example.com' })).toThrow(/PUBLIC_URL/);
  });
});
