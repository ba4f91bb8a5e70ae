import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../auth/clientAddress';
import { appendAudit } from '../audit/auditLog';
import { z } from 'zod';
import type { Database } from '../db/database';
import { ApiError } from '../apiError';
import { WRONG_CREDENTIALS } from '../../src/domain/apiMessages';
import { logger } from '../logger';
import { parsedJson } from './requestBody';
import { passwordMatches } from '../auth/passwords';
import { endSession, SESSION_ABSOLUTE_HOURS, staffForSession, startSession, type StaffIdentity } from '../auth/sessions';
import { recordFailure, recordSuccess, reserveAttempt } from '../auth/signInAttempts';
import type { AppEnv } from '../auth/requireStaff';

export const SESSION_COOKIE = 'pd_session';

const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;
const credentials = z.object({
  username: z.string().trim().min(1).max(100).regex(NO_CONTROL_CHARACTERS),
  password: z.string().min(1).max(1000),
});

// A name typed at sign-in may be a password or a card number typed in the wrong box: only a name that
// looks like a username is written to the logs.
const USERNAME_SHAPE = /^[a-z0-9._-]{3,40}$/;
const loggableName = (typed: string) => (USERNAME_SHAPE.test(typed) ? typed : '(unrecognised name)');

const publicIdentity = (s: StaffIdentity) => ({ id: s.id, username: s.username, fullName: s.display_name, role: s.role });

const waitText = (seconds: number) => (seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

export function authRoutes(db: Database) {
  const app = new Hono<AppEnv>();

  app.post('/auth/login', async (c) => {
    let body: unknown;
    try {
      body = await parsedJson(c);
    } catch {
      throw new ApiError(400, 'Send {"username", "password"} as JSON');
    }
    const parsed = credentials.safeParse(body);
    if (!parsed.success) throw new ApiError(400, 'Send {"username", "password"} as JSON');
    const { username, password } = parsed.data;
    const accountKey = username.toLowerCase();
    const address = clientAddress(c);
    // Counted before the slow hash, so guesses sent all at once cannot all be checked.
    const reservation = await reserveAttempt(db, loggableName(accountKey), address);
    if (reservation.refused) {
      const { limit, retryAfter } = reservation.refused;
      logger.warn({ event: 'sign-in refused: too many failures', limit, username: loggableName(accountKey), address, retryAfter }, 'sign-in rate-limited');
      c.header('Retry-After', String(retryAfter));
      throw new ApiError(429, `Too many failed sign-ins. Try again in ${waitText(retryAfter)}.`);
    }
    const { attempt } = reservation;
    const [staff] = await db.query<StaffIdentity & { password_hash: string; disabled: boolean }>(
      'SELECT id, username, display_name, role, password_hash, disabled FROM staff WHERE lower(username) = $1',
      [accountKey],
    );
    const ok = await passwordMatches(staff?.password_hash ?? null, password);
    if (!ok || staff.disabled) {
      await db.transaction(async (tx) => {
        await recordFailure(tx, attempt);
        await appendAudit(tx, { staff: null, username: loggableName(accountKey), action: 'sign_in_failed', address });
      });
      logger.warn({ event: 'sign-in failed', username: loggableName(accountKey), address }, 'sign-in failed');
      throw new ApiError(401, WRONG_CREDENTIALS);
    }
    const token = await db.transaction(async (tx) => {
      await recordSuccess(tx, attempt);
      await appendAudit(tx, { staff, action: 'sign_in', address });
      return startSession(tx, staff.id);
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
      path: '/',
      maxAge: SESSION_ABSOLUTE_HOURS * 3600,
    });
    logger.info({ event: 'signed in', username: staff.username, role: staff.role, address }, 'signed in');
    return c.json(publicIdentity(staff));
  });

  app.post('/auth/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const staff = await staffForSession(db, token);
      await db.transaction(async (tx) => {
        if (staff) await appendAudit(tx, { staff, action: 'sign_out', address: clientAddress(c) });
        await endSession(tx, token);
      });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({});
  });

  app.get('/me', (c) => c.json(publicIdentity(c.var.staff)));

  // Whether anyone is signed in, answered 200 either way: the sign-in page asks on every visit, and a
  // signed-out visitor is not an error (a 401 here filled the browser's console on each visit).
  app.get('/auth/session', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const staff = token ? await staffForSession(db, token) : null;
    return c.json({ staff: staff ? publicIdentity(staff) : null });
  });

  return app;
}
