import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { linkExpiry, type DownloadPurpose } from '../../src/domain/downloadLinks';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token looks like this (base64url of 32 random bytes); anything else is not looked up. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface LinkTarget {
  purpose: DownloadPurpose;
  resource: string;
  recordId: number;
}

/** A new link in the caller's transaction: the token to mail (never stored) and when it expires. */
export async function createDownloadLink(tx: Queryable, target: LinkTarget, createdBy: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = linkExpiry(now);
  await tx.query('INSERT INTO download_links (token_hash, purpose, resource, record_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    hashOf(token),
    target.purpose,
    target.resource,
    target.recordId,
    createdBy,
    now.toISOString(),
    expiresAt.toISOString(),
  ]);
  return { token, expiresAt };
}

/** The link a token names while it can still be used, without using it (the page before the download). */
export async function peekDownloadLink(db: Queryable, token: string): Promise<(LinkTarget & { expiresAt: Date }) | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db.query<{ purpose: DownloadPurpose; resource: string; record_id: number; expires_at: Date }>(
    'SELECT purpose, resource, record_id, expires_at FROM download_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()',
    [hashOf(token)],
  );
  return row ? { purpose: row.purpose, resource: row.resource, recordId: row.record_id, expiresAt: new Date(row.expires_at) } : null;
}

/** Uses the link, once: of two requests at the same moment, one gets the target and the other null. */
export async function redeemDownloadLink(tx: Queryable, token: string): Promise<LinkTarget | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await tx.query<{ purpose: DownloadPurpose; resource: string; record_id: number }>(
    'UPDATE download_links SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING purpose, resource, record_id',
    [hashOf(token)],
  );
  return row ? { purpose: row.purpose, resource: row.resource, recordId: row.record_id } : null;
}
