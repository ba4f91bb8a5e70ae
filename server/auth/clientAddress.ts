import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { BlockList, isIP } from 'node:net';

/**
 * The proxies whose X-Forwarded-For is believed, from TRUSTED_PROXIES: addresses or CIDR ranges
 * (`10.0.0.0/8`, `::1`). Anyone can send that header, so from anyone else it is ignored.
 */
export function trustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(entry.trim());
    const network = match && normalised(match[1]);
    const family = network ? isIP(network) : 0;
    const bits = match?.[2] === undefined ? undefined : Number(match[2]);
    if (!network || (bits !== undefined && bits > (family === 4 ? 32 : 128))) {
      throw new Error(`TRUSTED_PROXIES: '${entry}' is not an address or a CIDR range such as 10.0.0.0/8`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(network, type);
    else list.addSubnet(network, bits, type);
  }
  return list;
}

/** An address as written by a socket or a proxy, without an IPv4 address's IPv6 dress or a port; null if it is none. */
function normalised(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address : null;
}

const isTrusted = (proxies: BlockList, address: string) => proxies.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

function peerAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    return (address && normalised(address)) ?? address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The client's address. Each trusted proxy appends the address it received the request from to
 * X-Forwarded-For, so from the right: while the sender is a trusted proxy, the entry it appended names
 * who sent to it. The first sender that is not a trusted proxy is the client; entries left of it are
 * whatever the client chose to write.
 */
export function addressBehind(peer: string, forwardedFor: string | undefined, proxies: BlockList): string {
  const hops = (forwardedFor ?? '').split(',');
  let address = normalised(peer) ?? peer;
  while (isIP(address) && isTrusted(proxies, address) && hops.length) {
    const next = normalised(hops.pop()!);
    if (!next) break; // not an address: the trusted proxy itself is all we know
    address = next;
  }
  return address;
}

/** Works out the client's address once per request, for clientAddress. */
export function resolveClientAddress(proxies: BlockList): MiddlewareHandler {
  return async (c, next) => {
    c.set('clientAddress', addressBehind(peerAddress(c), c.req.header('x-forwarded-for'), proxies));
    await next();
  };
}

/** The address of the request's client, for the audit log and sign-in limits. */
export function clientAddress(c: Context): string {
  return (c.get('clientAddress') as string | undefined) ?? peerAddress(c);
}
