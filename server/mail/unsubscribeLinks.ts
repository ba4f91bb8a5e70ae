import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database';
import { parseUnsubscribeToken, unsubscribePayload, unsubscribeToken, UNSUBSCRIBE_PATH } from '../../src/domain/unsubscribe';

const SECRET_NAME = 'unsubscribe_key';

// A key of its own, not the suppression list's: a leaked link key lets someone unsubscribe others, a
// leaked suppression key lets someone match the list against addresses; neither gives the other.
async function unsubscribeKey(db: Queryable): Promise<string> {
  if (process.env.UNSUBSCRIBE_KEY) return process.env.UNSUBSCRIBE_KEY;
  const read = () => db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [SECRET_NAME]);
  let [row] = await read();
  if (!row) {
    // Two instances starting together both try; the first insert wins and both read the same key.
    await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [SECRET_NAME, randomBytes(32).toString('hex')]);
    [row] = await read();
  }
  return row.value;
}

const sign = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** The address's unsubscribe token: the same every time, valid for good (CAN-SPAM: at least 30 days). */
export async function unsubscribeTokenFor(db: Queryable, address: string): Promise<string> {
  const payload = unsubscribePayload(address);
  return unsubscribeToken(payload, sign(await unsubscribeKey(db), payload));
}

export const unsubscribeUrl = (base: string, token: string) => `${base.replace(/\/+$/, '')}${UNSUBSCRIBE_PATH}/${token}`;

/** The address a token was signed for, or null for anything we did not sign (or signed with another key). */
export async function verifyUnsubscribeToken(db: Queryable, token: string): Promise<string | null> {
  const parts = parseUnsubscribeToken(token);
  if (!parts) return null;
  const expected = Buffer.from(sign(await unsubscribeKey(db), parts.payload));
  const given = Buffer.from(parts.signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? parts.address : null;
}
