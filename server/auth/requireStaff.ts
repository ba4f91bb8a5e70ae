import { getCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database';
import { ApiError } from '../apiError';
import { NOT_SIGNED_IN } from '../../src/domain/apiMessages';
import { staffForSession, type StaffIdentity } from './sessions';
import { SERVICE_API_PATH } from '../../src/domain/serviceKeys';

export type AppEnv = { Variables: { staff: StaffIdentity; clientAddress: string } };

const PUBLIC_PATHS = new Set(['/api/auth/login', '/api/auth/logout', '/api/auth/session', '/api/health']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every API request but signing in needs a live session; the role comes from the database, never
 * from the browser. State changes must come from our own pages (the cookie is SameSite=Strict too):
 * from `publicOrigin` (PUBLIC_URL's) when set, as behind a proxy the Host header may name the proxy's
 * upstream rather than the address in the browser; else from the request's own origin.
 */
export function requireStaff(db: Database, cookieName: string, options: { publicOrigin?: string } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // The store's systems: authenticated by a service key (requireServiceKey), never by a cookie, so
    // neither a session nor the origin check applies; a staff cookie there counts for nothing.
    if (c.req.path.startsWith(`${SERVICE_API_PATH}/`)) return next();
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const ownOrigin = options.publicOrigin ?? new URL(c.req.url).origin;
      if ((origin && origin !== ownOrigin) || (site && site !== 'same-origin' && site !== 'none')) {
        throw new ApiError(403, 'Requests that change data must come from Privacy Desk itself');
      }
    }
    if (PUBLIC_PATHS.has(c.req.path)) return next();
    const token = getCookie(c, cookieName);
    const staff = token ? await staffForSession(db, token) : null;
    if (!staff) throw new ApiError(401, NOT_SIGNED_IN);
    c.set('staff', staff);
    return next();
  };
}
