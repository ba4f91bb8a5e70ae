import { canAccess, type Role } from './roles';
import { roleMayNot } from './apiMessages';
import { OPEN_BREACH_STATUSES } from './breachWorkflow';

/**
 * E-mailing everyone a breach affects (issue 11): once the admin starts it, a background job queues
 * one notice per address through the outbox, and the incident counts as having notified the people
 * affected when nothing is left to queue or to deliver. Breach notices are legal notices: the
 * marketing suppression list does not stop them; an erased customer has no address and is unreachable.
 */

/** The workflow step that starts the e-mails, and the history's names for what follows it. */
export const MAILING_STEP = 'email_affected';
export const SETTLED_STEP = 'notices_settled';
export const RETRY_STEP = 'notices_retried';

export const NOBODY_AFFECTED = 'Choose the affected customers before e-mailing them';
export const MAILING_NOT_STARTED = 'The e-mails to the people affected have not been started';
export const NOTHING_TO_RETRY = 'No notice has failed: there is nothing to retry';

/** Where the mailing stands, as the incident's page shows it. */
export interface BreachMailing {
  started_at: string | null;
  /** when nothing was left to queue or to deliver; null while the mailing runs (or after a widening) */
  settled_at: string | null;
  affected: number;
  /** affected customers not yet walked by the job */
  to_queue: number;
  /** erased customers: no address to write to */
  unreachable: number;
  /** affected customers whose address another affected customer shares: one mail reaches both */
  shared_address: number;
  queued: number;
  sent: number;
  failed: number;
  /** the person was erased before their notice went out */
  cancelled: number;
}

/** What the database counts; the rest follows. */
export interface MailingCounts {
  started_at: string | null;
  settled_at: string | null;
  affected: number;
  scanned: number;
  unreachable: number;
  /** the incident's notices by outbox status ('sending' counts as queued) */
  byStatus: Readonly<Record<string, number>>;
}

export function mailingOf(counts: MailingCounts): BreachMailing {
  const n = (status: string) => counts.byStatus[status] ?? 0;
  const queued = n('queued') + n('sending');
  const mails = queued + n('sent') + n('failed') + n('cancelled');
  return {
    started_at: counts.started_at,
    settled_at: counts.settled_at,
    affected: counts.affected,
    to_queue: counts.affected - counts.scanned,
    unreachable: counts.unreachable,
    shared_address: counts.scanned - counts.unreachable - mails,
    queued,
    sent: n('sent'),
    failed: n('failed'),
    cancelled: n('cancelled'),
  };
}

/** The mails the mailing will send in all, and how many of them have had their outcome. */
export function mailingTotals(m: BreachMailing): { total: number; done: number } {
  const done = m.sent + m.failed + m.cancelled;
  return { total: done + m.queued + m.to_queue, done };
}

/** The history's note when the mailing settles. */
export function settledNote(m: BreachMailing): string {
  return `Every person affected was e-mailed: ${m.sent} delivered, ${m.failed} failed, ${m.cancelled} cancelled (erased), ${m.unreachable} unreachable (erased), ${m.shared_address} sharing an address`;
}

export const breachNoticeSubject = (storeName: string) => `${storeName}: an important notice about your personal data`;

export const mayReadMailing = (role: Role) => canAccess(role, 'show', 'breach-incidents');

/** Why `role` may not send the failed notices again (with the HTTP status), or null when it may. */
export function retryRefusal(role: Role, incident: Record<string, unknown> | null, failed?: number): { status: 403 | 409; message: string } | null {
  if (!canAccess(role, 'edit', 'breach-incidents')) return { status: 403, message: roleMayNot(role, 'retry the notices of', 'breach-incidents') };
  if (!incident) return null;
  if (!(OPEN_BREACH_STATUSES as readonly unknown[]).includes(incident.status)) return { status: 409, message: 'The incident is closed: its notices are final' };
  if (!incident.notices_started_at) return { status: 409, message: MAILING_NOT_STARTED };
  if (failed === 0) return { status: 409, message: NOTHING_TO_RETRY };
  return null;
}
