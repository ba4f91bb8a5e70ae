import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { serve, type ServerType } from '@hono/node-server';
import { addressBehind, clientAddress, resolveClientAddress, trustedProxies } from './clientAddress';

// Each list is built inside its test: a list that cannot be built then fails that test alone.
const CLIENT = '198.51.100.1';

describe('TRUSTED_PROXIES entries', () => {
  it('trusts a single address, and only it', () => {
    const proxies = trustedProxies(['192.0.2.1']);
    expect(addressBehind('192.0.2.1', CLIENT, proxies)).toBe(CLIENT);
    expect(addressBehind('192.0.2.2', CLIENT, proxies)).toBe('192.0.2.2');
  });

  it('trusts a whole range, and nothing next to it', () => {
    const proxies = trustedProxies(['10.1.2.0/24', 'fd00::/64']);
    expect(addressBehind('10.1.2.200', CLIENT, proxies)).toBe(CLIENT);
    expect(addressBehind('10.1.3.1', CLIENT, proxies)).toBe('10.1.3.1');
    expect(addressBehind('fd00::9', CLIENT, proxies)).toBe(CLIENT);
    expect(addressBehind('fd00:0:0:1::9', CLIENT, proxies)).toBe('fd00:0:0:1::9');
  });

  it('takes the widest and narrowest prefixes of each family, spaces around an entry, and an IPv4 address in IPv6 dress', () => {
    const proxies = trustedProxies([' 192.0.2.0/32 ', '::1/128', '0.0.0.0/0', '::ffff:203.0.113.9']);
    expect(addressBehind('192.0.2.0', CLIENT, proxies)).toBe(CLIENT);
    expect(addressBehind('::1', CLIENT, proxies)).toBe(CLIENT);
    expect(addressBehind('203.0.113.9', CLIENT, trustedProxies(['::ffff:203.0.113.9']))).toBe(CLIENT);
    expect(addressBehind('2001:db8::1', CLIENT, trustedProxies(['2001:db8::/128', '2001:db8::/0']))).toBe(CLIENT);
  });

  it('refuses at start an entry that is no address or range, naming it', () => {
    for (const wrong of ['10.0.0.0/33', '::/129', 'proxy/10.0.0.1', '10.0.0.1/x', '10.0.0.1/', '/8', '10.0.0.0/8 trailing', '10.0.0.1:80x']) {
      expect(() => trustedProxies([wrong]), wrong).toThrow(`TRUSTED_PROXIES: '${wrong}' is not an address or a CIDR range such as 10.0.0.0/8`);
    }
  });
});

describe('addresses as sockets and proxies write them', () => {
  const proxies = () => trustedProxies(['10.0.0.0/8']);

  it('records an IPv4 client in IPv6 dress as plain IPv4', () => {
    expect(addressBehind('::ffff:203.0.113.5', undefined, proxies())).toBe('203.0.113.5');
    expect(addressBehind('10.0.0.2', '::FFFF:203.0.113.6', proxies())).toBe('203.0.113.6');
  });

  it('drops the port of a forwarded IPv4 or bracketed IPv6 entry, and takes brackets without a port', () => {
    expect(addressBehind('10.0.0.2', '203.0.113.7:8080', proxies())).toBe('203.0.113.7');
    expect(addressBehind('10.0.0.2', '[2001:db8::7]', proxies())).toBe('2001:db8::7');
    expect(addressBehind('10.0.0.2', '[2001:db8::8]:443', proxies())).toBe('2001:db8::8');
  });

  it('takes no address out of an entry with anything around it', () => {
    for (const junk of ['x[2001:db8::7]', '[2001:db8::7]x', '[2001:db8::7]:44x', '203.0.113.7:80x', 'x203.0.113.7:80', '::ffff:203.0.113.7x']) {
      expect(addressBehind('10.0.0.2', junk, proxies()), junk).toBe('10.0.0.2');
    }
  });

  it('keeps an IPv6 address that merely ends like a port or starts like the IPv4 dress as it is', () => {
    for (const address of ['2001:db8::1:443', '::ffff:1234:5678', '1::ffff:1.2.3.4']) {
      expect(addressBehind('10.0.0.2', address, proxies()), address).toBe(address);
    }
  });

  it('keeps a peer that is not an address as it came', () => {
    expect(addressBehind('not-an-address', CLIENT, proxies())).toBe('not-an-address');
  });
});

describe('the address of a request', () => {
  let server: ServerType;
  let url = '';
  const app = new Hono();
  app.get('/direct', (c) => c.text(clientAddress(c)));
  app.use('/proxied', resolveClientAddress(trustedProxies(['127.0.0.1'])));
  app.get('/proxied', (c) => c.text(clientAddress(c)));

  beforeAll(async () => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const text = async (path: string, headers: Record<string, string> = {}) => (await fetch(`${url}${path}`, { headers })).text();

  it("is the socket's peer, whatever X-Forwarded-For says, without the middleware", async () => {
    expect(await text('/direct', { 'x-forwarded-for': CLIENT })).toBe('127.0.0.1');
  });

  it('is the forwarded client behind a trusted proxy, worked out by the middleware', async () => {
    expect(await text('/proxied', { 'x-forwarded-for': CLIENT })).toBe(CLIENT);
    expect(await text('/proxied')).toBe('127.0.0.1');
  });

  it("is 'unknown' when there is no socket to ask", async () => {
    expect(await (await app.request('/direct')).text()).toBe('unknown');
    expect(await (await app.request('/proxied', { headers: { 'x-forwarded-for': CLIENT } })).text()).toBe('unknown');
  });

  it('is plain IPv4 when a dual-stack socket reports an IPv4 client in IPv6 dress', async (ctx) => {
    const dual = serve({ fetch: app.fetch, port: 0, hostname: '::' });
    const failed = await Promise.race([once(dual, 'listening').then(() => false), once(dual, 'error').then(() => true)]);
    if (failed) return ctx.skip(); // a machine without IPv6
    try {
      // the socket's peer is ::ffff:127.0.0.1
      expect(await (await fetch(`http://127.0.0.1:${(dual.address() as AddressInfo).port}/direct`)).text()).toBe('127.0.0.1');
    } finally {
      await new Promise<void>((resolve) => dual.close(() => resolve()));
    }
  });
});
