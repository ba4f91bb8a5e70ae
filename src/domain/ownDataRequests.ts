import { z } from 'zod';
import { email, optionalId, optionalText, requiredText } from './fields';
import { REQUEST_CHANNELS } from './deletionTickets';

/**
 * What every request about a person's own data (access, correction) records of who asked and how:
 * the customer it is about once staff (or the public page) match it, the requester, the channel.
 */
export const ownDataRequestFields = {
  // null until the requester is matched to a customer: the data is that customer's
  customer_id: optionalId,
  requester_name: requiredText(200),
  requester_email: email,
  channel: z.enum(REQUEST_CHANNELS, { error: 'Choose the channel the request came by' }),
  notes: optionalText(2000, 'multi-line'),
};

// A request that came by phone or post is entered later: staff give when it was received, which starts the clock.
export const receivedAt = z.preprocess(
  (v) => (v === '' ? null : v),
  z.iso.datetime({ offset: true, error: 'A date and time, e.g. 2026-11-22T09:30:00+04:00' }).refine((t) => Date.parse(t) <= Date.now() + 60_000, 'Cannot be in the future').nullable(),
).optional();

/** The columns every such request has, in the order the API answers them. */
export const OWN_DATA_REQUEST_COLUMNS = [
  'id', 'customer_id', 'requester_name', 'requester_email', 'channel', 'status', 'assignee', 'notes', 'rejection_reason', 'received_at', 'due_at', 'due_rule',
  'identity_method', 'identity_verified_at', 'identity_codes_sent', 'identity_code_failures', 'completed_at',
] as const;

export const OWN_DATA_REQUEST_SORTABLE = ['id', 'requester_name', 'channel', 'status', 'assignee', 'received_at', 'due_at', 'created_at', 'updated_at'];
