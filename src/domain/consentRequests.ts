import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { maskingFor } from './masking';
import { email, id, optionalPhone, requiredText, version } from './fields';
import { defineEnum } from './enums';

export const CONSENT_STATUS = defineEnum('consent_status', ['awaiting_notice', 'notice_sent', 'granted', 'refused', 'expired', 'withdrawn']);
export const CONSENT_STATUSES = CONSENT_STATUS.values;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

// COPPA 16 CFR 312.5(b)(2); `email_plus` is acceptable only while nothing is disclosed to third parties.
export const VERIFICATION_METHOD = defineEnum('verification_method', ['signed_form', 'card_check', 'phone_call', 'video_call', 'government_id', 'knowledge_questions', 'email_plus']);
export const VERIFICATION_METHODS = VERIFICATION_METHOD.values;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export interface ConsentRequest {
  id: number;
  customer_id: number;
  // null once erased (refused or expired)
  child_name: string | null;
  parent_name: string | null;
  parent_email: string | null;
  parent_phone: string | null;
  status: ConsentStatus;
  verification_method: VerificationMethod | null;
  third_party_disclosure: boolean;
  /** when the latest notice was queued; the request moves to notice_sent only once the mail is delivered */
  notice_queued_at: string | null;
  notice_failed_at: string | null;
  notice_failure: string | null;
  notice_sent_at: string | null;
  /** the end of the consent window: unanswered by then, the request expires and the contact details are erased */
  answer_due_at: string | null;
  decided_at: string | null;
  contact_erased_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

// Until consent is granted only the names and contact details needed for the notice are kept.
const consentFields = {
  customer_id: id,
  child_name: requiredText(200),
  parent_name: requiredText(200),
  parent_email: email,
  parent_phone: optionalPhone,
};

export const consentRequestCreateSchema = z.object(consentFields);
export const consentRequestUpdateSchema = z.object({ ...consentFields, version });

export const consentRequests: ResourceDefinition = {
  name: 'consent-requests',
  table: 'consent_requests',
  fields: ['id', 'customer_id', 'child_name', 'parent_name', 'parent_email', 'parent_phone', 'status', 'verification_method', 'third_party_disclosure', 'notice_queued_at', 'notice_failed_at', 'notice_failure', 'notice_sent_at', 'answer_due_at', 'decided_at', 'contact_erased_at', 'created_at', 'updated_at', 'version'],
  sortable: ['id', 'child_name', 'parent_name', 'status', 'notice_sent_at', 'answer_due_at', 'decided_at', 'created_at', 'updated_at'],
  searchable: ['child_name', 'parent_name', 'parent_email'],
  filters: {
    id: { kind: 'id' },
    customer_id: { kind: 'id' },
    status: { kind: 'enum', enum: CONSENT_STATUS },
    verification_method: { kind: 'enum', enum: VERIFICATION_METHOD },
  },
  dateRanges: { created_at: 'timestamp', notice_sent_at: 'timestamp', answer_due_at: 'timestamp' },
  createSchema: consentRequestCreateSchema,
  updateSchema: consentRequestUpdateSchema,
  createDefaults: { status: 'awaiting_notice', third_party_disclosure: false },
  // Refusal and expiry erase this customer's data: which child a request is about can never change.
  fixedFields: ['customer_id'],
  ...maskingFor({ parent_phone: 'number' }),
  updateRefusal: (r) => (r.status === 'awaiting_notice' || r.status === 'notice_sent' || r.status === 'granted' ? null : `A ${String(r.status)} consent request is closed; its contact details are kept only while a decision is pending or granted`),
  deleteRefusal: () => 'Consent requests are kept as the record of what the parent was asked and decided.',
};
