import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { maskingFor } from './masking';
import { email, optionalId, optionalPhone, optionalText, requiredText, version } from './fields';
import { defineEnum } from './enums';

export const DELETION_STATUS = defineEnum('deletion_status', ['new', 'verifying_identity', 'in_progress', 'completed', 'rejected']);
export const DELETION_STATUSES = DELETION_STATUS.values;
export type DeletionStatus = (typeof DELETION_STATUSES)[number];

export const DELETION_SCOPE = defineEnum('deletion_scope', ['account', 'child_data', 'marketing_email']);
export const DELETION_SCOPES = DELETION_SCOPE.values;
export type DeletionScope = (typeof DELETION_SCOPES)[number];

export const REQUEST_CHANNEL = defineEnum('request_channel', ['email', 'account_settings', 'live_chat', 'support_ticket', 'phone', 'web_form']);
export const REQUEST_CHANNELS = REQUEST_CHANNEL.values;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export interface DeletionTicket {
  id: number;
  customer_id: number | null;
  // null once the ticket's erasure has run
  requester_name: string | null;
  requester_email: string | null;
  requester_phone: string | null;
  channel: RequestChannel;
  scope: DeletionScope;
  status: DeletionStatus;
  assignee: string | null;
  notes: string | null;
  rejection_reason: string | null;
  received_at: string;
  /** the earliest deadline that applies, and the rule that set it */
  due_at: string | null;
  due_rule: string | null;
  identity_method: string | null;
  identity_verified_at: string | null;
  /** codes e-mailed for this ticket, and wrong tries of the current code */
  identity_codes_sent: number;
  identity_code_failures: number;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const ticketFields = {
  // null when the requester is not (yet) matched to a customer, e.g. an address on a mailing list
  customer_id: optionalId,
  requester_name: requiredText(200),
  requester_email: email,
  requester_phone: optionalPhone,
  channel: z.enum(REQUEST_CHANNELS, { error: 'Choose the channel the request came by' }),
  scope: z.enum(DELETION_SCOPES, { error: 'Choose what is to be deleted' }),
  notes: optionalText(2000, 'multi-line'),
};

// A request that came by phone or post is entered later: staff give when it was received, which starts the clock.
const receivedAt = z.preprocess(
  (v) => (v === '' ? null : v),
  z.iso.datetime({ offset: true, error: 'A date and time, e.g. 2026-11-22T09:30:00+04:00' }).refine((t) => Date.parse(t) <= Date.now() + 60_000, 'Cannot be in the future').nullable(),
).optional();

export const deletionTicketCreateSchema = z.object({ ...ticketFields, received_at: receivedAt });
export const deletionTicketUpdateSchema = z.object({ ...ticketFields, version });

export const deletionTickets: ResourceDefinition = {
  name: 'deletion-tickets',
  table: 'deletion_tickets',
  fields: ['id', 'customer_id', 'requester_name', 'requester_email', 'requester_phone', 'channel', 'scope', 'status', 'assignee', 'notes', 'rejection_reason', 'received_at', 'due_at', 'due_rule', 'identity_method', 'identity_verified_at', 'identity_codes_sent', 'identity_code_failures', 'completed_at', 'created_at', 'updated_at', 'version'],
  sortable: ['id', 'requester_name', 'channel', 'scope', 'status', 'assignee', 'received_at', 'due_at', 'created_at', 'updated_at'],
  searchable: ['requester_name', 'requester_email'],
  filters: {
    id: { kind: 'id' },
    customer_id: { kind: 'id' },
    status: { kind: 'enum', enum: DELETION_STATUS },
    scope: { kind: 'enum', enum: DELETION_SCOPE },
    channel: { kind: 'enum', enum: REQUEST_CHANNEL },
  },
  dateRanges: { received_at: 'timestamp', due_at: 'timestamp', created_at: 'timestamp' },
  createSchema: deletionTicketCreateSchema,
  updateSchema: deletionTicketUpdateSchema,
  createDefaults: { status: 'new', identity_codes_sent: 0, identity_code_failures: 0 },
  defaultToNow: ['received_at'],
  // the requester's phone is often the customer's own: masked like it
  ...maskingFor({ requester_phone: 'number' }),
  updateRefusal: (r) => (r.status === 'completed' || r.status === 'rejected' ? `The ticket is ${String(r.status)}; its record is kept as it ended` : null),
  deleteRefusal: () => 'Deletion tickets are kept as proof of how each request was handled.',
};
