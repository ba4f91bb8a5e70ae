import type { Queryable } from '../db/database';
import { ApiError } from '../apiError';
import { forgetRecipient, suppressAddress } from '../mail/outbox';
import { holdsCustomer } from '../../src/domain/referralWorkflow';
import { CUSTOMER_PERSONAL_FIELDS } from '../../src/domain/customers';

/** The open referrals that keep a customer's data from being erased; empty when there is no legal hold. */
export async function legalHolds(tx: Queryable, customerId: number): Promise<number[]> {
  const referrals = await tx.query('SELECT id, status, hold_released_at FROM authority_referrals WHERE customer_id = $1 ORDER BY id', [customerId]);
  return referrals.filter(holdsCustomer).map((r) => Number(r.id));
}

export const legalHoldMessage = (referralIds: readonly number[]) =>
  `The customer is under legal hold: authority referral ${referralIds.map((id) => `#${id}`).join(', ')} is open. The data can be erased once the legal advisor releases the hold.`;

/** Erases a consent request's contact details, and forgets the parent's address in the outbox. */
export async function eraseConsentContacts(tx: Queryable, where: { id?: number; customerId?: number }, keepMailIds: readonly number[] = []): Promise<void> {
  const [column, value] = where.id !== undefined ? ['id', where.id] : ['customer_id', where.customerId];
  const rows = await tx.query<{ parent_email: string | null }>(
    `SELECT parent_email FROM consent_requests WHERE ${column} = $1 AND parent_email IS NOT NULL FOR UPDATE`,
    [value],
  );
  for (const { parent_email } of rows) if (parent_email) await forgetRecipient(tx, parent_email, keepMailIds);
  await tx.query(
    `UPDATE consent_requests SET child_name = NULL, parent_name = NULL, parent_email = NULL, parent_phone = NULL,
       notice_token_hash = NULL, contact_erased_at = now(), updated_at = now(), version = version + 1
     WHERE ${column} = $1 AND contact_erased_at IS NULL`,
    [value],
  );
}

/**
 * Erases one customer's personal data everywhere Privacy Desk holds it, inside the caller's transaction:
 * the customer row becomes a tombstone, consent contacts and ticket requester details go, mail to the
 * addresses is cancelled and forgotten, and a keyed hash of the address joins the suppression list.
 * Refused while a referral holds the customer. `keepMailIds`: mail still to be delivered (the confirmation).
 */
export async function eraseCustomer(tx: Queryable, customerId: number, keepMailIds: readonly number[] = []): Promise<void> {
  const [customer] = await tx.query<{ email: string | null; status: string }>('SELECT email, status FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
  if (!customer) throw new ApiError(404, `No customers record with id ${customerId}`);
  const holds = await legalHolds(tx, customerId);
  if (holds.length) throw new ApiError(409, legalHoldMessage(holds));
  await eraseConsentContacts(tx, { customerId }, keepMailIds);
  const addresses = new Set<string>();
  if (customer.email) addresses.add(customer.email.toLowerCase());
  const tickets = await tx.query<{ requester_email: string | null }>(
    'SELECT requester_email FROM deletion_tickets WHERE customer_id = $1 OR lower(requester_email) = $2 FOR UPDATE',
    [customerId, customer.email?.toLowerCase() ?? null],
  );
  for (const t of tickets) if (t.requester_email) addresses.add(t.requester_email.toLowerCase());
  await tx.query(
    `UPDATE deletion_tickets SET requester_name = NULL, requester_email = NULL, requester_phone = NULL, updated_at = now(), version = version + 1
     WHERE customer_id = $1 OR lower(requester_email) = $2`,
    [customerId, customer.email?.toLowerCase() ?? null],
  );
  for (const address of addresses) await forgetRecipient(tx, address, keepMailIds);
  if (customer.email) await suppressAddress(tx, customer.email, 'erased');
  // What was disclosed to an authority stays provable by its SHA-256; its content goes with the person.
  await tx.query('UPDATE authority_referrals SET disclosure_package = NULL WHERE customer_id = $1 AND disclosure_package IS NOT NULL', [customerId]);
  await tx.query(
    `UPDATE customers SET ${CUSTOMER_PERSONAL_FIELDS.map((f) => `${f} = NULL`).join(', ')}, newsletter = false, status = 'erased',
       updated_at = now(), version = version + 1 WHERE id = $1`,
    [customerId],
  );
}
