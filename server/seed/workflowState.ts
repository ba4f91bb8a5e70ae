import type { Queryable } from '../db/database';
import type { DemoData } from './demoData';
import { loadHolidays } from '../calendar/holidayCalendar';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { deletionTicketDue } from '../../src/domain/deadlines';
import { calendarDaysFrom } from '../../src/domain/businessDays';
import { freezeDisclosurePackage } from '../workflows/disclosurePackage';
import { recordDue } from '../../src/domain/breachDeadlines';

/**
 * Makes the demo records look as the workflows would have left them: due dates from the holiday
 * calendar, consent windows, and a frozen package for every disclosed referral (erasures: ./erasures.ts).
 */
export async function applyWorkflowState(db: Queryable, data: DemoData): Promise<Map<number, { disclosure_package: string }>> {
  const holidays = await loadHolidays(db);
  for (const ticket of data.deletionTickets) {
    const { due, description } = deletionTicketDue(ticket.scope, new Date(ticket.received_at), DEFAULT_SETTINGS, holidays);
    ticket.due_at = due.toISOString();
    ticket.due_rule = description;
  }
  for (const request of data.consentRequests) {
    // the window runs from the delivered notice, or from the registration while none has gone out
    const windowStart = request.notice_sent_at ?? (request.status === 'awaiting_notice' ? request.created_at : null);
    if (windowStart) request.answer_due_at = calendarDaysFrom(new Date(windowStart), DEFAULT_SETTINGS.consent_window_days).toISOString();
  }
  for (const incident of data.breachIncidents) Object.assign(incident, recordDue(incident as unknown as Record<string, unknown>, holidays));
  const packages = new Map<number, { disclosure_package: string }>();
  for (const referral of data.authorityReferrals) {
    if (referral.status !== 'disclosed' && referral.status !== 'closed') continue;
    const details = { disclosed_on: referral.updated_at.slice(0, 10), disclosure_channel: 'Secure e-mail', authority_reference: `ROP-${referral.id}-${referral.created_at.slice(0, 4)}` };
    Object.assign(referral, details);
    const frozen = freezeDisclosurePackage(referral as unknown as Record<string, unknown>, data.customers[referral.customer_id - 1] as unknown as Record<string, unknown>, details, new Date(referral.updated_at));
    referral.disclosure_sha256 = frozen.disclosure_sha256;
    packages.set(referral.id, frozen);
  }
  return packages;
}
