import type { ResourceDefinition } from './resourceDefinition';
import { defineEnum, defineResourceEnum } from './enums';

export const MAIL_KIND = defineEnum('mail_kind', ['consent_notice', 'identity_code', 'deletion_confirmation', 'breach_notification', 'marketing', 'due_reminder', 'data_link', 'request_confirmation']);
export const MAIL_KINDS = MAIL_KIND.values;
export type MailKind = (typeof MAIL_KINDS)[number];

// queued → sending → sent; a refused attempt goes back to queued until the last one, which leaves it failed.
export const MAIL_STATUS = defineEnum('mail_status', ['queued', 'sending', 'sent', 'failed', 'cancelled']);
export const MAIL_STATUSES = MAIL_STATUS.values;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** The records a mail can be about (its `resource` column holds the API resource name). */
export const MAIL_RESOURCE = defineResourceEnum(['customers', 'consent-requests', 'deletion-tickets', 'authority-referrals', 'breach-incidents', 'access-requests', 'correction-requests']);

// Read-only through the API: the server writes it (workflows queue, the sender delivers). The body is
// not among the fields, so no list, show or export carries a mail's text.
export const outbox: ResourceDefinition = {
  name: 'outbox',
  table: 'outbox',
  fields: ['id', 'kind', 'to_address', 'subject', 'status', 'attempts', 'last_error', 'resource', 'record_id', 'next_attempt_at', 'created_at', 'sent_at', 'updated_at', 'version'],
  sortable: ['id', 'created_at', 'status', 'sent_at'],
  searchable: ['to_address', 'subject'],
  filters: {
    status: { kind: 'enum', enum: MAIL_STATUS },
    kind: { kind: 'enum', enum: MAIL_KIND },
    resource: { kind: 'enum', enum: MAIL_RESOURCE },
    record_id: { kind: 'id' },
  },
  dateRanges: { created_at: 'timestamp' },
  createDefaults: {},
  deleteRefusal: () => 'The outbox is a record of the mail sent: nothing is deleted from it.',
};

/** Whether the desk delivers mail at all (SMTP_URL is set), and how much waits or failed. */
export interface MailDeliveryStatus {
  delivering: boolean;
  queued: number;
  failed: number;
}
