import type { DemoData } from './demoData';
import { holdsCustomer } from '../../src/domain/referralWorkflow';
import { erasedValues, erasesCustomer } from '../../src/domain/erasure';

/**
 * The demo data as the workflows would have left it after the erasures its records tell of: a
 * completed account or child-data deletion, and a refused or expired consent, erase as the server
 * does (src/domain/erasure.ts) — except a customer an open referral holds, whom the legal hold keeps.
 */
export function applyErasures(data: DemoData): void {
  const held = new Set(data.authorityReferrals.filter((r) => holdsCustomer(r as unknown as Record<string, unknown>)).map((r) => r.customer_id));
  const erase = (customerId: number, at: string) => {
    if (held.has(customerId)) return;
    const when = new Date(at);
    Object.assign(data.customers[customerId - 1], erasedValues('customers', when));
    for (const request of data.consentRequests) if (request.customer_id === customerId && !request.contact_erased_at) Object.assign(request, erasedValues('consent-requests', when));
    for (const ticket of data.deletionTickets) if (ticket.customer_id === customerId) Object.assign(ticket, erasedValues('deletion-tickets', when));
  };
  for (const ticket of data.deletionTickets) {
    if (ticket.status === 'completed' && ticket.customer_id && erasesCustomer(ticket.scope)) erase(ticket.customer_id, ticket.completed_at ?? ticket.updated_at);
  }
  for (const request of data.consentRequests) {
    if (request.status !== 'refused' && request.status !== 'expired') continue;
    const at = request.decided_at ?? request.updated_at;
    Object.assign(request, erasedValues('consent-requests', new Date(at)));
    erase(request.customer_id, at);
  }
}
