import type { Queryable } from '../db/database';
import { ApiError } from '../apiError';
import { forgetRecipient, suppressAddress } from '../mail/outbox';
import { holdingReferralIds, legalHoldMessage } from '../../src/domain/referralWorkflow';
import { erasedValues } from '../../src/domain/erasure';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `SET a = $n, …` of the erasure map's values for `resource`, with its parameters appended to `params`. */
function erasureSets(resource: Parameters<typeof erasedValues>[0], now: Date, params: unknown[]): string {
  return Object.entries(erasedValues(resource, now))
    .map(([field, value]) => `${ident(field)} = $${params.push(value)}`)
    .join(', ');
}

/** The open referrals that keep a customer's data from being erased; empty when there is no legal hold. */
export async function legalHolds(tx: Queryable, customerId: number): Promise<number[]> {
  return holdingReferralIds(await customerReferrals(tx, customerId));
}

/** The customer's authority referrals, as a step's obstacles are decided on (src/domain/workflow.ts StepContext). */
export async function customerReferrals(tx: Queryable, customerId: unknown): Promise<Record<string, unknown>[]> {
  if (customerId == null) return [];
  return tx.query('SELECT id, status, hold_released_at FROM authority_referrals WHERE customer_id = $1 ORDER BY id', [customerId]);
}

// The wording is the domain's, shared with the mocks; tests read it from here.
export { legalHoldMessage };

export interface ErasureOptions {
  /** mail still to be delivered (the confirmation to the requester) */
  keepMailIds?: readonly number[];
  /** a consent request whose own step erases its contacts (a refusal, an expiry): left to that step, so it is written once */
  exceptConsentRequestId?: number;
  /** likewise the deletion ticket whose completion this erasure is */
  exceptTicketId?: number;
}

/** Erases the contact details of a customer's consent requests, and forgets the parents' addresses in the outbox. */
async function eraseConsentContacts(tx: Queryable, customerId: number, { keepMailIds = [], exceptConsentRequestId = 0 }: ErasureOptions): Promise<void> {
  const rows = await tx.query<{ parent_email: string | null }>(
    'SELECT parent_email FROM consent_requests WHERE customer_id = $1 AND id <> $2 AND parent_email IS NOT NULL FOR UPDATE',
    [customerId, exceptConsentRequestId],
  );
  for (const { parent_email } of rows) if (parent_email) await forgetRecipient(tx, parent_email, keepMailIds);
  const params: unknown[] = [customerId, exceptConsentRequestId];
  await tx.query(
    `UPDATE consent_requests SET ${erasureSets('consent-requests', new Date(), params)}, notice_token_hash = NULL, updated_at = now(), version = version + 1
     WHERE customer_id = $1 AND id <> $2 AND contact_erased_at IS NULL`,
    params,
  );
}

/**
 * Erases one customer's personal data everywhere Privacy Desk holds it, inside the caller's transaction:
 * the customer row becomes a tombstone, consent contacts and ticket requester details go, mail to the
 * addresses is cancelled and forgotten, and a keyed hash of the address joins the suppression list.
 * What each record keeps is the erasure map's (src/domain/erasure.ts). Refused while a referral holds the customer.
 */
export async function eraseCustomer(tx: Queryable, customerId: number, options: ErasureOptions = {}): Promise<void> {
  const keep = options.keepMailIds ?? [];
  const [customer] = await tx.query<{ email: string | null; status: string }>('SELECT email, status FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
  if (!customer) throw new ApiError(404, `No customers record with id ${customerId}`);
  const holds = await legalHolds(tx, customerId);
  if (holds.length) throw new ApiError(409, legalHoldMessage(holds));
  await eraseConsentContacts(tx, customerId, options);
  const email = customer.email?.toLowerCase() ?? null;
  const addresses = new Set<string>(email ? [email] : []);
  const tickets = await tx.query<{ requester_email: string | null }>(
    'SELECT requester_email FROM deletion_tickets WHERE customer_id = $1 OR lower(requester_email) = $2 FOR UPDATE',
    [customerId, email],
  );
  for (const t of tickets) if (t.requester_email) addresses.add(t.requester_email.toLowerCase());
  const now = new Date();
  const ticketParams: unknown[] = [customerId, email, options.exceptTicketId ?? 0];
  await tx.query(
    `UPDATE deletion_tickets SET ${erasureSets('deletion-tickets', now, ticketParams)}, updated_at = now(), version = version + 1
     WHERE (customer_id = $1 OR lower(requester_email) = $2) AND id <> $3`,
    ticketParams,
  );
  for (const address of addresses) await forgetRecipient(tx, address, keep);
  if (customer.email) await suppressAddress(tx, customer.email, 'erased');
  // What was disclosed to an authority stays provable by its SHA-256; its content goes with the person.
  await tx.query('UPDATE authority_referrals SET disclosure_package = NULL WHERE customer_id = $1 AND disclosure_package IS NOT NULL', [customerId]);
  const customerParams: unknown[] = [customerId];
  await tx.query(`UPDATE customers SET ${erasureSets('customers', now, customerParams)}, updated_at = now(), version = version + 1 WHERE id = $1`, customerParams);
}
