import type { Queryable, Row } from '../db/database';
import type { StaffIdentity } from '../auth/sessions';
import type { ResourceDefinition } from '../../src/domain/resourceDefinition';
import { ApiError } from '../apiError';
import { loadSettings } from '../settings/settingsStore';
import { loadHolidays } from '../calendar/holidayCalendar';
import { createRecord } from '../db/records';
import { findResource } from '../../src/domain/resources';
import { dueDateCorrections, planCreate, planUpdate, type CreatedAlongside, type WriteFacts } from '../../src/domain/writePlans';
import { OPEN_TICKET_STATUSES } from '../../src/domain/deletionWorkflow';
import { recordDue } from '../../src/domain/breachDeadlines';

/** What the domain decides a write on, read from the database inside the write's transaction. */
async function writeFacts(tx: Queryable, staff: StaffIdentity, customerId: unknown, editedCustomerId: unknown = null): Promise<WriteFacts> {
  // the customer is locked first, as every workflow step locks it (server/workflows/lockOrder.ts)
  const [customer] = customerId == null ? [] : await tx.query('SELECT * FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
  // an edited child's consent, read under the customer's lock: a grant or withdrawal in flight is waited for
  const consents = editedCustomerId == null ? [] : await tx.query<{ status: string }>('SELECT status FROM consent_requests WHERE customer_id = $1', [editedCustomerId]);
  return {
    now: new Date(),
    username: staff.username,
    role: staff.role,
    settings: await loadSettings(tx),
    holidays: await loadHolidays(tx),
    customer: customer ?? null,
    consentStatuses: consents.map((c) => c.status),
  };
}

/** A create as the domain plans it (src/domain/writePlans.ts): stored, with any record that comes with it. */
export async function createPlanned(
  tx: Queryable,
  def: ResourceDefinition,
  values: Record<string, unknown>,
  staff: StaffIdentity,
): Promise<{ row: Row; alongside: CreatedAlongside | null }> {
  const decision = planCreate(def.name, values, await writeFacts(tx, staff, values.customer_id));
  if (!decision.ok) throw new ApiError(decision.status, decision.message, decision.errors);
  const row = await createRecord(tx, def, decision.plan.values);
  const planned = decision.plan.alongside;
  if (!planned) return { row, alongside: null };
  const other = await createRecord(tx, findResource(planned.resource)!, planned.values(Number(row.id)));
  return { row, alongside: { resource: planned.resource, id: Number(other.id) } };
}

/** The server's part of an edit, as the domain plans it; a ticket sent back to the identity check says so in its history. */
export async function prepareUpdate(tx: Queryable, def: ResourceDefinition, values: Record<string, unknown>, before: Row, staff: StaffIdentity): Promise<Record<string, unknown>> {
  const plan = planUpdate(def.name, before, values, await writeFacts(tx, staff, null, def.name === 'customers' ? before.id : null));
  if ('ok' in plan) throw new ApiError(plan.status, plan.message, plan.errors);
  if (!plan.history) return plan.values;
  const { step, from_status, to_status, note } = plan.history;
  await tx.query(
    'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [def.name, before.id, step, from_status, to_status, staff.username, staff.role, note],
  );
  // a code sent for the old details must not verify the new ones
  return { ...plan.values, identity_code_hash: null, identity_code_expires_at: null, identity_code_failures: 0 };
}

/**
 * A corrected holiday calendar moves the open tickets' due dates, in the same transaction. (The due
 * date is the server's, not part of an edit, so the tickets' versions stay: nobody's open form goes stale.)
 */
export async function afterWrite(tx: Queryable, resource: string): Promise<void> {
  if (resource !== 'holidays') return;
  const tickets = await tx.query<{ id: number; status: string; scope: string; received_at: Date | string; due_at: Date | string | null }>(
    'SELECT id, status, scope, received_at, due_at FROM deletion_tickets WHERE status = ANY($1)',
    [OPEN_TICKET_STATUSES],
  );
  const holidays = await loadHolidays(tx);
  for (const t of dueDateCorrections(tickets, { settings: await loadSettings(tx), holidays })) {
    await tx.query('UPDATE deletion_tickets SET due_at = $1, due_rule = $2 WHERE id = $3', [t.due_at, t.due_rule, t.id]);
  }
  // an incident's business-day clocks move with the calendar too; the PDPL's hours do not
  for (const incident of await tx.query("SELECT * FROM breach_incidents WHERE due_at IS NOT NULL AND status <> 'closed'")) {
    const { due_at, due_rule } = recordDue(incident, holidays);
    if (due_at !== new Date(incident.due_at as string).toISOString()) await tx.query('UPDATE breach_incidents SET due_at = $1, due_rule = $2 WHERE id = $3', [due_at, due_rule, incident.id]);
  }
}
