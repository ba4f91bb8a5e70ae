import { Hono, type Context } from 'hono';
import type { Database } from '../db/database';
import { appendAudit } from '../audit/auditLog';
import { clientAddress } from '../auth/clientAddress';
import { requireScope, type ServiceEnv } from '../auth/serviceKeys';
import { addressHash } from '../mail/outbox';
import { unsubscribeTokenFor, unsubscribeUrl } from '../mail/unsubscribeLinks';
import { invalidFields, jsonBody } from './requestBody';
import { addressBatchSchema, type ServiceKeyScope } from '../../src/domain/serviceKeys';

async function addressesOf(c: Context<ServiceEnv>): Promise<string[]> {
  const parsed = addressBatchSchema.safeParse(await jsonBody(c));
  if (!parsed.success) throw invalidFields(parsed.error.issues);
  return [...new Set(parsed.data.addresses)];
}

/**
 * What the store's systems may ask with a service key (server/auth/serviceKeys.ts): every call is
 * audited with the key, the scope and how many addresses, never the addresses themselves.
 */
export function serviceApiRoutes(db: Database, options: { publicUrl?: string } = {}) {
  const app = new Hono<ServiceEnv>();
  const used = async (c: Context<ServiceEnv>, scope: ServiceKeyScope, count: number) =>
    db.transaction(async (tx) => {
      const key = c.var.serviceKey;
      await tx.query('UPDATE service_keys SET last_used_at = now() WHERE id = $1', [key.id]);
      await appendAudit(tx, { staff: null, username: `service key #${key.id}`, action: 'service_call', resource: 'service-keys', recordId: key.id, reason: `${scope}: ${count} addresses`, address: clientAddress(c) });
    });

  // The mailing tool puts each link in its List-Unsubscribe header and in the mail's footer.
  app.post('/unsubscribe-links', async (c) => {
    requireScope(c, 'unsubscribe_links');
    const addresses = await addressesOf(c);
    const base = options.publicUrl ?? new URL(c.req.url).origin;
    const links = [];
    for (const address of addresses) links.push({ address, url: unsubscribeUrl(base, await unsubscribeTokenFor(db, address)) });
    await used(c, 'unsubscribe_links', addresses.length);
    return c.json({ links });
  });

  // Answered against the keyed hashes: the caller learns about the addresses it already has, and the
  // list itself never leaves the desk.
  app.post('/suppressed', async (c) => {
    requireScope(c, 'suppression_check');
    const addresses = await addressesOf(c);
    const hashes = new Map<string, string>();
    for (const address of addresses) hashes.set(await addressHash(db, address), address);
    const rows = await db.query<{ address_hash: string }>('SELECT address_hash FROM suppression_list WHERE address_hash = ANY($1::text[])', [[...hashes.keys()]]);
    const found = new Set(rows.map((r) => r.address_hash));
    await used(c, 'suppression_check', addresses.length);
    return c.json({ suppressed: [...hashes].filter(([hash]) => found.has(hash)).map(([, address]) => address) });
  });
  return app;
}
