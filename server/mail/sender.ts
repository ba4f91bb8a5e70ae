import { createTransport, type Transporter } from 'nodemailer';
import type { Database, Transaction } from '../db/database';
import { ERASED, ERASED_AFTER_DELIVERY, SUPPRESSED, isSuppressed } from './outbox';
import type { MailKind } from '../../src/domain/outbox';

export interface MailSenderOptions {
  db: Database;
  /** e.g. smtp://user:pass@mail.example:587; without it mail stays queued in the outbox */
  smtpUrl?: string;
  from: string;
  /** attempts before a mail is left as failed */
  maxAttempts?: number;
  /** what a delivery or a final failure means for the record the mail is about, in the same transaction as the mail's new status */
  outcomes?: MailOutcomes;
}

/** A mail whose fate is known, as the record it is about needs it. */
export interface MailFate {
  id: number;
  kind: MailKind;
  resource: string | null;
  record_id: number | null;
}

export interface MailOutcomes {
  delivered(tx: Transaction, mail: MailFate): Promise<void>;
  failed(tx: Transaction, mail: MailFate, error: string): Promise<void>;
}

export interface MailRunResult {
  sent: number;
  failed: number;
  retrying: number;
}

export interface MailSender {
  /** Delivers every mail that is due now, a batch at a time. */
  runOnce(): Promise<MailRunResult>;
}

// a type, not an interface: query<T> wants a Row (an index signature)
type ClaimedMail = {
  id: number;
  kind: MailKind;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
  resource: string | null;
  record_id: number | null;
};

const BATCH = 10;
// A run ends after this many batches, so one instance with a long queue still lets the next tick start.
const MAX_BATCHES = 20;
const MAX_ERROR_LENGTH = 500;

/** SMTP_URL with a pool of connections (nodemailer's default five), unless the URL says otherwise. */
export function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  return url.toString();
}

/** Seconds before the next attempt after `attempts` failed ones: 1 min, 2, 4, 8… capped at 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

// The SMTP server's answer, without the recipient's address (servers quote it) and never the mail's text.
function describeError(err: unknown, address: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return message.replace(new RegExp(escaped, 'gi'), '<recipient>').slice(0, MAX_ERROR_LENGTH);
}

/**
 * A breach notice stores no text: its body is the incident's approved e-mail text, read as it is claimed.
 * Rows are claimed ('sending') in a short transaction with FOR UPDATE SKIP LOCKED, so instances sharing
 * one PostgreSQL never send a mail twice; the SMTP conversation happens outside any transaction. A row
 * left 'sending' for 10 minutes (its instance died mid-send) is claimed again: at least once, then.
 */
export function createMailSender({ db, smtpUrl, from, maxAttempts = 5, outcomes }: MailSenderOptions): MailSender {

  const claim = () =>
    db.transaction((tx) =>
      tx.query<ClaimedMail>(
        `UPDATE outbox SET status = 'sending', updated_at = now(), version = version + 1
         WHERE id IN (
           SELECT id FROM outbox
           WHERE to_address IS NOT NULL
             AND ((status = 'queued' AND next_attempt_at <= now())
               OR (status = 'sending' AND updated_at < now() - interval '10 minutes'))
           ORDER BY next_attempt_at, id LIMIT $1
           FOR UPDATE SKIP LOCKED)
         RETURNING id, kind, to_address, subject, attempts, resource, record_id,
           COALESCE(body, (SELECT b.email_notice_text FROM breach_incidents b WHERE b.id = outbox.record_id AND outbox.kind = 'breach_notification'), '') AS body`,
        [BATCH],
      ),
    );

  const cancelSuppressed = (id: number) =>
    db.query(
      `UPDATE outbox SET status = 'cancelled', last_error = $2, to_address = NULL, body = $3, updated_at = now(), version = version + 1
       WHERE id = $1 AND status = 'sending'`,
      [id, SUPPRESSED, ERASED],
    );

  const markSent = (tx: Transaction, id: number) =>
    tx.query(
      `UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL,
         to_address = CASE WHEN erase_recipient_after_send THEN NULL ELSE to_address END,
         body = CASE WHEN erase_recipient_after_send THEN $2 ELSE body END,
         updated_at = now(), version = version + 1
       WHERE id = $1 AND status = 'sending'
       RETURNING id`,
      [id, ERASED_AFTER_DELIVERY],
    );

  // A recipient forgotten while the attempt ran (to_address now null) is cancelled, not retried.
  const markFailed = async (tx: Transaction, { id, attempts }: ClaimedMail, error: string): Promise<string | undefined> => {
    const [row] = await tx.query<{ status: string }>(
      `UPDATE outbox SET attempts = attempts + 1, last_error = CASE WHEN to_address IS NULL THEN $4 ELSE $2 END,
         status = CASE WHEN to_address IS NULL THEN 'cancelled' WHEN attempts + 1 >= $3 THEN 'failed' ELSE 'queued' END,
         next_attempt_at = now() + make_interval(secs => $5::int),
         updated_at = now(), version = version + 1
       WHERE id = $1 AND status = 'sending'
       RETURNING status`,
      [id, error, maxAttempts, ERASED, retryDelaySeconds(attempts + 1)],
    );
    return row?.status;
  };

  async function deliver(transport: Transporter, mail: ClaimedMail, result: MailRunResult): Promise<void> {
    if (mail.kind === 'marketing' && (await isSuppressed(db, mail.to_address))) {
      await cancelSuppressed(mail.id);
      return;
    }
    try {
      await transport.sendMail({ from, to: mail.to_address, subject: mail.subject, text: mail.body });
    } catch (err) {
      const error = describeError(err, mail.to_address);
      const status = await db.transaction(async (tx) => {
        const after = await markFailed(tx, mail, error);
        if (after === 'failed') await outcomes?.failed(tx, mail, error);
        return after;
      });
      if (status === 'queued') result.retrying += 1;
      else if (status === 'failed') result.failed += 1;
      return;
    }
    await db.transaction(async (tx) => {
      const [sent] = await markSent(tx, mail.id);
      if (sent) await outcomes?.delivered(tx, mail);
    });
    result.sent += 1;
  }

  return {
    async runOnce() {
      const result: MailRunResult = { sent: 0, failed: 0, retrying: 0 };
      if (!smtpUrl) return result;
      // one pool of connections per run, closed at its end: a breach's thousands of notices do not each open one
      const transport = createTransport(pooled(smtpUrl));
      try {
        for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
          const claimed = await claim();
          if (claimed.length === 0) break;
          // a batch goes out over the pool's connections at once; a failure is raised once every mail of it is settled
          const settled = await Promise.allSettled(claimed.map((mail) => deliver(transport, mail, result)));
          const failure = settled.find((o): o is PromiseRejectedResult => o.status === 'rejected');
          if (failure) throw failure.reason;
        }
      } finally {
        transport.close();
      }
      return result;
    },
  };
}
