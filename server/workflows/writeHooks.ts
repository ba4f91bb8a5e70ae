import type { Queryable, Row } from '../db/database';
import type { StaffIdentity } from '../auth/sessions';
import { ApiError } from '../apiError';
import { loadSettings } from '../settings/settingsStore';
import { loadHolidays } from '../calendar/holidayCalendar';
import { deletionTicketDue } from '../../src/domain/deadlines';
import { IDENTITY_CHECK_RESTART, OPEN_TICKET_STATUSES, identityCheckRestart } from '../../src/domain/deletionWorkflow';
import type { DeletionScope } from '../../src/domain/deletionTickets';
import { consentChildRefusal, registerCustomer } from '../../src/domain/childRegistration';
import { muscatDay } from '../../src/domain/businessDays';

export interface PreparedCreate {
  values: Record<string, unknown>;
  afterCreate?: (tx: Queryable, row: Row) => Promise<void>;
}

async function ticketDue(tx: Queryable, scope: DeletionScope, receivedAt: Date) {
  const { due, description } = deletionTicketDue(scope, receivedAt, await loadSettings(tx), await loadHolidays(tx));
  return { due_at: due.toISOString(), due_rule: description };
}

/**
 * What the server adds to a new record: who drafted a referral, when a ticket is due and by which rule,
 * and, for a child registered as a customer, the consent request that must come first.
 */
export async function prepareCreate(tx: Queryable, resource: string, values: Record<string, unknown>, staff: StaffIdentity): Promise<PreparedCreate> {
  if (resource === 'authority-referrals') return { values: { ...values, drafted_by: staff.username } };
  if (resource === 'deletion-tickets') {
    const receivedAt = values.received_at ? new Date(String(values.received_at)) : new Date();
    return { values: { ...values, ...(await ticketDue(tx, values.scope as DeletionScope, receivedAt)) } };
  }
  if (resource === 'consent-requests') {
    const [child] = await tx.query('SELECT status, birth_date FROM customers WHERE id = $1 FOR UPDATE', [values.customer_id]);
    // a missing customer is refused by the reference itself, as for every resource
    const refusal = child ? consentChildRefusal(child, muscatDay(new Date()), (await loadSettings(tx)).child_age) : null;
    if (refusal) throw new ApiError(400, refusal, { customer_id: refusal });
    return { values };
  }
  if (resource === 'customers') {
    const registration = registerCustomer(values, muscatDay(new Date()), (await loadSettings(tx)).child_age);
    if (!registration.ok) throw new ApiError(400, registration.message, registration.errors);
    const { consent } = registration;
    if (!consent) return { values: registration.customer };
    return {
      values: registration.customer,
      afterCreate: async (db, row) => {
        await db.query(
          "INSERT INTO consent_requests (customer_id, child_name, parent_name, parent_email, parent_phone, status) VALUES ($1, $2, $3, $4, $5, 'awaiting_notice')",
          [row.id, row.full_name, consent.parent_name, consent.parent_email, consent.parent_phone],
        );
      },
    };
  }
  return { values };
}

/**
 * A corrected holiday calendar moves the deadlines counted in business days: the open tickets' due
 * dates are counted again in the same transaction. (The due date is the server's, not part of an
 * edit, so the tickets' versions stay: nobody's open form is made stale by it.)
 */
export async function afterWrite(tx: Queryable, resource: string): Promise<void> {
  if (resource !== 'holidays') return;
  const tickets = await tx.query<{ id: number; scope: DeletionScope; received_at: Date | string; due_at: Date | string | null }>(
    'SELECT id, scope, received_at, due_at FROM deletion_tickets WHERE status = ANY($1)',
    [OPEN_TICKET_STATUSES],
  );
  const settings = await loadSettings(tx);
  const holidays = await loadHolidays(tx);
  for (const t of tickets) {
    const { due, description } = deletionTicketDue(t.scope, new Date(t.received_at), settings, holidays);
    if (t.due_at && new Date(t.due_at).getTime() === due.getTime()) continue;
    await tx.query('UPDATE deletion_tickets SET due_at = $1, due_rule = $2 WHERE id = $3', [due.toISOString(), description, t.id]);
  }
}

/**
 * A ticket whose scope is corrected gets its due date again; one whose customer, requester's address
 * or scope changes after verification started goes back to verifying the identity (recorded in its history).
 */
export async function prepareUpdate(tx: Queryable, resource: string, values: Record<string, unknown>, before: Row, staff: StaffIdentity): Promise<Record<string, unknown>> {
  if (resource !== 'deletion-tickets') return values;
  let prepared = values;
  if (values.scope !== before.scope) prepared = { ...prepared, ...(await ticketDue(tx, values.scope as DeletionScope, new Date(String(before.received_at)))) };
  const restart = identityCheckRestart(before, values);
  if (!restart) return prepared;
  await tx.query(
    'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [resource, before.id, IDENTITY_CHECK_RESTART.step, before.status, restart.status, staff.username, staff.role, IDENTITY_CHECK_RESTART.note],
  );
  // a code sent for the old details must not verify the new ones
  return { ...prepared, ...restart, identity_code_hash: null, identity_code_expires_at: null, identity_code_failures: 0 };
}
