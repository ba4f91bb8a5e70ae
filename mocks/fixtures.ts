import type { AccessRequest } from '../src/domain/accessRequests';
import type { CorrectionRequest } from '../src/domain/correctionRequests';
import type { Customer } from '../src/domain/customers';
import type { ConsentRequest } from '../src/domain/consentRequests';
import type { DeletionTicket } from '../src/domain/deletionTickets';
import type { AuthorityReferral } from '../src/domain/authorityReferrals';
import type { BreachIncident } from '../src/domain/breachIncidents';

// Small builders: a test states only what matters to it.
const moment = '2026-10-01T08:00:00.000Z';

export function buildCustomer(overrides: Partial<Customer> = {}): Customer {
  const id = overrides.id ?? 1;
  return {
    id,
    full_name: 'Salim bin Said Al Harthy',
    username: `salim.alharthy${id}`,
    email: `salim.alharthy${id}@example.com`,
    phone: '+96891234567',
    birth_date: '1988-04-12',
    id_type: 'national_id',
    id_number: '12345678',
    address: 'Way 3021, House 45, Al Khuwair, Bawshar, Muscat',
    school: null,
    newsletter: false,
    recovery_question_set: true,
    status: 'active',
    created_at: moment,
    updated_at: moment,
    version: 1,
    ...overrides,
  };
}

export function buildConsentRequest(overrides: Partial<ConsentRequest> = {}): ConsentRequest {
  return {
    id: 1,
    customer_id: 1,
    child_name: 'Noor bint Hamad Al Balushi',
    parent_name: 'Hamad bin Ali Al Balushi',
    parent_email: 'hamad.parent@example.com',
    parent_phone: '+96899887766',
    status: 'awaiting_notice',
    verification_method: null,
    third_party_disclosure: false,
    notice_queued_at: null,
    notice_failed_at: null,
    notice_failure: null,
    notice_sent_at: null,
    answer_due_at: null,
    decided_at: null,
    contact_erased_at: null,
    created_at: moment,
    updated_at: moment,
    version: 1,
    ...overrides,
  };
}

export function buildDeletionTicket(overrides: Partial<DeletionTicket> = {}): DeletionTicket {
  return {
    id: 1,
    customer_id: 1,
    requester_name: 'Salim bin Said Al Harthy',
    requester_email: 'salim.alharthy1@example.com',
    requester_phone: null,
    channel: 'email',
    scope: 'account',
    status: 'new',
    assignee: null,
    notes: null,
    rejection_reason: null,
    received_at: moment,
    due_at: '2026-10-31T19:59:59.999Z',
    due_rule: 'Deletion period set in settings: 30 days (PDPL maximum 45)',
    identity_method: null,
    identity_verified_at: null,
    identity_codes_sent: 0,
    identity_code_failures: 0,
    completed_at: null,
    created_at: moment,
    updated_at: moment,
    version: 1,
    ...overrides,
  };
}

export function buildAccessRequest(overrides: Partial<AccessRequest> = {}): AccessRequest {
  return {
    id: 1,
    customer_id: 1,
    requester_name: 'Salim bin Said Al Harthy',
    requester_email: 'salim.alharthy1@example.com',
    channel: 'email',
    status: 'new',
    assignee: null,
    notes: null,
    rejection_reason: null,
    received_at: moment,
    due_at: '2026-10-31T19:59:59.999Z',
    due_rule: 'Response period (the deletion period set in settings): 30 days (PDPL maximum 45)',
    identity_method: null,
    identity_verified_at: null,
    identity_codes_sent: 0,
    identity_code_failures: 0,
    completed_at: null,
    link_expires_at: null,
    created_at: moment,
    updated_at: moment,
    version: 1,
    ...overrides,
  };
}

export function buildCorrectionRequest(overrides: Partial<CorrectionRequest> = {}): CorrectionRequest {
  const { link_expires_at: _noLink, ...common } = buildAccessRequest();
  return { ...common, requested_correction: 'My address is Way 12, House 4, Seeb', correction_made: null, due_rule: common.due_rule, ...overrides };
}

export function buildAuthorityReferral(overrides: Partial<AuthorityReferral> = {}): AuthorityReferral {
  return {
    id: 1,
    customer_id: 1,
    activity: 'fraud',
    description: 'Orders paid with cards reported stolen.',
    evidence: 'Order history PD-2026-0001.',
    authority: 'Royal Oman Police',
    proposed_fields: ['full_name', 'email'],
    status: 'draft',
    legal_opinion: null,
    approved_fields: null,
    drafted_by: 'support',
    decided_at: null,
    disclosed_on: null,
    disclosure_channel: null,
    authority_reference: null,
    disclosure_sha256: null,
    hold_released_at: null,
    created_at: moment,
    updated_at: moment,
    version: 1,
    ...overrides,
  };
}

export function buildBreachIncident(overrides: Partial<BreachIncident> = {}): BreachIncident {
  return {
    id: 1,
    status: 'recorded',
    aware_at: moment,
    occurred_at: null,
    description: 'A courier link exposed delivery addresses.',
    data_categories: ['full_name', 'address'],
    containment: 'The link was revoked.',
    risk: null,
    risk_reasoning: null,
    site_notice_text: null,
    email_notice_text: null,
    drafted_by: 'admin',
    legal_opinion: null,
    decided_at: null,
    ministry_sent_at: null,
    ministry_method: null,
    ministry_reference: null,
    site_notice_published_at: null,
    subjects_notified_at: null,
    notices_started_at: null,
    notices_settled_at: null,
    due_at: null,
    due_rule: null,
    lessons: null,
    closed_at: null,
    created_at: moment,
    updated_at: moment,
    version: 1,
    ...overrides,
  };
}
