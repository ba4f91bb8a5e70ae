import type { Queryable, Row } from '../db/database';
import type { StaffIdentity } from '../auth/sessions';
import { ApiError } from '../apiError';
import { loadSettings } from '../settings/settingsStore';
import { loadHolidays } from '../calendar/holidayCalendar';
import { deletionTicketDue } from '../../src/domain/deadlines';
import type { DeletionScope } from '../../src/domain/deletionTickets';
import { isChildOn, PARENT_FIELDS, PARENT_REQUIRED } from '../../src/domain/childRegistration';
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
  if (resource === 'customers') {
    const customer = Object.fromEntries(Object.entries(values).filter(([k]) => !(PARENT_FIELDS as readonly string[]).includes(k)));
    const { child_age } = await loadSettings(tx);
    if (!isChildOn(values.birth_date as string | null | undefined, muscatDay(new Date()), child_age)) return { values: customer };
    if (!values.parent_name || !values.parent_email) throw new ApiError(400, PARENT_REQUIRED(child_age), { parent_email: PARENT_REQUIRED(child_age) });
    return {
      values: customer,
      afterCreate: async (db, row) => {
        await db.query(
          "INSERT INTO consent_requests (customer_id, child_name, parent_name, parent_email, parent_phone, status) VALUES ($1, $2, $3, $4, $5, 'awaiting_notice')",
          [row.id, row.full_name, values.parent_name, values.parent_email, values.parent_phone ?? null],
        );
      },
    };
  }
  return { values };
}

/** A ticket whose scope or receipt time is corrected gets its due date again. */
export async function prepareUpdate(tx: Queryable, resource: string, values: Record<string, unknown>, before: Row): Promise<Record<string, unknown>> {
  if (resource !== 'deletion-tickets') return values;
  if (values.scope === before.scope) return values;
  return { ...values, ...(await ticketDue(tx, values.scope as DeletionScope, new Date(String(before.received_at)))) };
}
