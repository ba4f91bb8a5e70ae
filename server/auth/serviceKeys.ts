import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Database } from '../db/database';
import { ApiError } from '../apiError';
import { bearerKey, scopeRefused, SERVICE_KEY_MARK, UNKNOWN_SERVICE_KEY, type ServiceKeyScope } from '../../src/domain/serviceKeys';

export interface ServiceKeyIdentity {
  id: number;
  name: string;
  scopes: readonly ServiceKeyScope[];
}

export type ServiceEnv = { Variables: { serviceKey: ServiceKeyIdentity; clientAddress: string } };

/** A new key: 32 random bytes, marked so that a leaked one is recognised (secret scanners, logs). */
export const newServiceKey = () => `${SERVICE_KEY_MARK}${randomBytes(32).toString('base64url')}`;

// A key has 256 random bits: a fast hash is enough, and a lookup by it needs no per-key salt.
export const serviceKeyHash = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * The store's systems call /api/service/* with `Authorization: Bearer <key>` and no session: a staff
 * cookie counts for nothing here, and a revoked or unknown key is a 401 whatever else comes with it.
 */
export function requireServiceKey(db: Database): MiddlewareHandler<ServiceEnv> {
  return async (c, next) => {
    const key = bearerKey(c.req.header('authorization'));
    const [row] = key
      ? await db.query<{ id: number; name: string; scopes: ServiceKeyScope[] }>('SELECT id, name, scopes FROM service_keys WHERE key_hash = $1 AND revoked_at IS NULL', [serviceKeyHash(key)])
      : [];
    if (!row) throw new ApiError(401, UNKNOWN_SERVICE_KEY, undefined, { 'WWW-Authenticate': 'Bearer realm="privacy-desk-service"' });
    c.set('serviceKey', { id: Number(row.id), name: row.name, scopes: row.scopes });
    return next();
  };
}

/** Refuses with 403 unless the calling key has `scope`. */
export function requireScope(c: Context<ServiceEnv>, scope: ServiceKeyScope): ServiceKeyIdentity {
  const key = c.var.serviceKey;
  if (!key.scopes.includes(scope)) throw new ApiError(403, scopeRefused(scope));
  return key;
}
