import { CUSTOMER_PERSONAL_FIELDS } from './customers';
import type { DeletionScope } from './deletionTickets';

/**
 * What erasing a person leaves of each record that held their data: the fields emptied, the values the
 * tombstone keeps, and the moment stamped on it. The server's erasure, the consent steps, the seed and
 * the mocks all read this one map, so a tombstone looks the same however it came about.
 */
export const ERASURE = {
  customers: {
    emptied: CUSTOMER_PERSONAL_FIELDS,
    // the account's recovery question is the person's too: a tombstone has none
    tombstone: { status: 'erased', newsletter: false, recovery_question_set: false },
    stamp: null,
  },
  'consent-requests': {
    emptied: ['child_name', 'parent_name', 'parent_email', 'parent_phone'],
    tombstone: {},
    stamp: 'contact_erased_at',
  },
  'deletion-tickets': {
    emptied: ['requester_name', 'requester_email', 'requester_phone'],
    tombstone: {},
    stamp: null,
  },
} as const;

export type ErasedResource = keyof typeof ERASURE;

/** The values that erase one record of `resource` at `now`. */
export function erasedValues(resource: ErasedResource, now: Date): Record<string, unknown> {
  const { emptied, tombstone, stamp } = ERASURE[resource];
  return { ...Object.fromEntries(emptied.map((f) => [f, null])), ...tombstone, ...(stamp ? { [stamp]: now.toISOString() } : {}) };
}

/** A marketing_email request takes the address off every list; only the others erase the customer. */
export const SCOPES_ERASING_CUSTOMER: readonly DeletionScope[] = ['account', 'child_data'];
export const erasesCustomer = (scope: unknown) => (SCOPES_ERASING_CUSTOMER as readonly unknown[]).includes(scope);
