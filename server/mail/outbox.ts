import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { MailKind } from '../../src/domain/outbox';

export type { MailKind } from '../../src/domain/outbox';

/** What replaces a forgotten recipient's subject and body. */
export const ERASED = '[erased]';
/** What replaces the body of a mail whose recipient is erased once it is delivered. */
export const ERASED_AFTER_DELIVERY = '[erased after delivery]';
export const SUPPRESSED = 'suppressed address';

export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  kind: MailKind;
  /** the record the mail is about: an API resource name and its id */
  resource?: string;
  recordId?: number;
  /** drop the address and the text once delivered (e.g. the confirmation that someone was erased) */
  eraseRecipientAfterSend?: boolean;
}

const SECRET_NAME = 'suppression_key';
const normalise = (address: string) => address.trim().toLowerCase();

async function suppressionKey(db: Queryable): Promise<string> {
  if (process.env.SUPPRESSION_KEY) return process.env.SUPPRESSION_KEY;
  const read = () => db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [SECRET_NAME]);
  let [row] = await read();
  if (!row) {
    // Two instances starting together both try; the first insert wins and both read the same key.
    await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [SECRET_NAME, randomBytes(32).toString('hex')]);
    [row] = await read();
  }
  return row.value;
}

/** A keyed hash of the address: without the key, the suppression list cannot be matched against a list of addresses. */
export async function addressHash(db: Queryable, address: string): Promise<string> {
  return createHmac('sha256', await suppressionKey(db)).update(normalise(address)).digest('hex');
}

export async function suppressAddress(tx: Queryable, address: string, reason: string): Promise<void> {
  await tx.query('INSERT INTO suppression_list (address_hash, reason) VALUES ($1, $2) ON CONFLICT (address_hash) DO NOTHING', [await addressHash(tx, address), reason]);
}

export async function isSuppressed(db: Queryable, address: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM suppression_list WHERE address_hash = $1', [await addressHash(db, address)]);
  return rows.length > 0;
}

/**
 * Queues a mail in the caller's transaction and returns its id. Marketing mail to a suppressed address
 * is recorded as cancelled ('suppressed address') without the address or the text, so the outbox shows
 * that it was refused while keeping no copy of the address the person asked us to stop mailing.
 */
export async function queueMail(tx: Queryable, mail: QueuedMail): Promise<number> {
  const to = mail.to.trim();
  if (!to) throw new Error('queueMail: the recipient address is empty');
  const suppressed = mail.kind === 'marketing' && (await isSuppressed(tx, to));
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO outbox (kind, to_address, subject, body, resource, record_id, erase_recipient_after_send, status, last_error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      mail.kind,
      suppressed ? null : to,
      mail.subject,
      suppressed ? ERASED : mail.text,
      mail.resource ?? null,
      mail.recordId ?? null,
      mail.eraseRecipientAfterSend ?? false,
      suppressed ? 'cancelled' : 'queued',
      suppressed ? SUPPRESSED : null,
    ],
  );
  return row.id;
}

/**
 * Erasure: every mail to the address (any case) except `keepIds` loses the address, subject, body and
 * error (an SMTP answer may quote the address); those not yet delivered are cancelled. A mail being
 * sent right now keeps its status: the sender records how that attempt ended and never retries it
 * (one stuck in 'sending' by a dead instance, which would never be claimed again, is cancelled).
 */
export async function forgetRecipient(tx: Queryable, address: string, keepIds: readonly number[] = []): Promise<{ cancelled: number; redacted: number }> {
  const [counts] = await tx.query<{ cancelled: number; redacted: number }>(
    `WITH target AS (
       SELECT id, status IN ('queued', 'failed') OR (status = 'sending' AND updated_at < now() - interval '10 minutes') AS cancel
       FROM outbox WHERE lower(to_address) = $1 AND NOT (id = ANY($2::int[])) FOR UPDATE
     ), changed AS (
       UPDATE outbox o SET
         status = CASE WHEN t.cancel THEN 'cancelled' ELSE o.status END,
         to_address = NULL, subject = $3, body = $3,
         last_error = CASE WHEN o.last_error IS NULL THEN NULL ELSE $3 END,
         updated_at = now(), version = o.version + 1
       FROM target t WHERE o.id = t.id
       RETURNING t.cancel
     )
     SELECT count(*) FILTER (WHERE cancel)::int AS cancelled, count(*)::int AS redacted FROM changed`,
    [normalise(address), [...keepIds], ERASED],
  );
  return counts;
}
