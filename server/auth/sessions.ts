import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Role } from '../../src/domain/roles';

/** Sessions end after this long without a request, and at the latest this long after sign-in. */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

export type StaffIdentity = {
  id: number;
  username: string;
  display_name: string;
  role: Role;
};

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function startSession(db: Queryable, staffId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO staff_sessions (token_hash, staff_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
    [tokenHash(token), staffId, SESSION_ABSOLUTE_HOURS],
  );
  return token;
}

/** The signed-in staff member behind a session token; null if expired, idle too long, or disabled. */
export async function staffForSession(db: Queryable, token: string): Promise<StaffIdentity | null> {
  const hash = tokenHash(token);
  const [row] = await db.query<StaffIdentity & { stale: boolean }>(
    `SELECT st.id, st.username, st.display_name, st.role, s.last_seen_at < now() - interval '1 minute' AS stale
     FROM staff_sessions s JOIN staff st ON st.id = s.staff_id
     WHERE s.token_hash = $1 AND NOT st.disabled
       AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`,
    [hash, SESSION_IDLE_MINUTES],
  );
  if (!row) return null;
  // The idle timer moves at most once a minute: a write on every request would cost more than the request.
  if (row.stale) await db.query('UPDATE staff_sessions SET last_seen_at = now() WHERE token_hash = $1', [hash]);
  const { stale: _stale, ...staff } = row;
  return staff;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1 OR expires_at < now()', [tokenHash(token)]);
}
