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

/** The signed-in staff member behind a session token, refreshing the idle timer; null if expired or disabled. */
export async function staffForSession(db: Queryable, token: string): Promise<StaffIdentity | null> {
  const [row] = await db.query<StaffIdentity & { token_hash: string }>(
    `UPDATE staff_sessions s SET last_seen_at = now()
     FROM staff st
     WHERE s.token_hash = $1 AND st.id = s.staff_id AND NOT st.disabled
       AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)
     RETURNING st.id, st.username, st.display_name, st.role`,
    [tokenHash(token), SESSION_IDLE_MINUTES],
  );
  return row ?? null;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1 OR expires_at < now()', [tokenHash(token)]);
}
