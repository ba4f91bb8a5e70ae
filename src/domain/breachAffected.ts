import { customers } from './customers';
import { parseFilter, type ListQuery, type Parsed } from './listQuery';
import { OPEN_BREACH_STATUSES } from './breachWorkflow';
import { canAccess, type Role } from './roles';
import { roleMayNot } from './apiMessages';

/**
 * A breach incident's affected customers (issue 11): picked by the customer list's own filters, or all
 * of them, counted before the admin confirms, and only ever widened — the people found later get their
 * notice too, and nobody is dropped from it without a trace.
 */

/** The customer list's filter, as its list reads it (listQuery): one rule for "these customers". */
export type CustomerFilter = Pick<ListQuery, 'equals' | 'search' | 'ranges'>;

export interface AffectedSelection {
  filter: CustomerFilter;
  /** how the history names the choice: the filter as sent, or every customer */
  described: string;
}

export interface AffectedPreview {
  matching: number;
  alreadyAffected: number;
  wouldAdd: number;
}

export interface AffectedWidened {
  added: number;
  total: number;
}

/** The history's step name for a widening: the incident keeps its status. */
export const WIDEN_STEP = 'widen_affected';

export const SELECTION_REQUIRED = 'Say which customers are affected: { "filter": { … } } with the customer list’s filters, or { "all": true }';
export const EMPTY_FILTER = 'An empty filter would pick every customer: send { "all": true } to mean that';
export const EXPECTED_COUNT_REQUIRED = 'Send wouldAdd, the number of customers the preview said this would add, to confirm what you saw';
export const INCIDENT_CLOSED = 'The incident is closed: its affected customers are final';
export const countChanged = (now: number, seen: number) =>
  `The count changed since you looked: this would now add ${now}, not ${seen}. Look at the new count, then confirm again.`;

export const mayReadAffected = (role: Role) => canAccess(role, 'show', 'breach-incidents');

/** Why `role` may not widen this incident's affected customers (with the HTTP status), or null when it may. */
export function widenRefusal(role: Role, incident: Record<string, unknown> | null): { status: 403 | 409; message: string } | null {
  if (!canAccess(role, 'edit', 'breach-incidents')) return { status: 403, message: roleMayNot(role, 'widen the affected customers of', 'breach-incidents') };
  if (incident && !(OPEN_BREACH_STATUSES as readonly unknown[]).includes(incident.status)) return { status: 409, message: INCIDENT_CLOSED };
  return null;
}

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads `{ filter }` or `{ all: true }` (and, to widen, the `wouldAdd` the user saw); every malformed body yields a message. */
export function parseAffectedRequest(body: unknown, mode: 'preview' | 'widen'): Parsed<AffectedSelection & { wouldAdd: number | null }> {
  if (!isObject(body)) return fail(SELECTION_REQUIRED);
  const allowed = mode === 'widen' ? ['filter', 'all', 'wouldAdd'] : ['filter', 'all'];
  const unknown = Object.keys(body).find((k) => !allowed.includes(k));
  if (unknown) return fail(`Unknown field '${unknown}'; send ${allowed.join(', ')}`);
  let wouldAdd: number | null = null;
  if (mode === 'widen') {
    if (!Number.isSafeInteger(body.wouldAdd) || (body.wouldAdd as number) < 0) return fail(EXPECTED_COUNT_REQUIRED);
    wouldAdd = body.wouldAdd as number;
  }
  if (body.all !== undefined) {
    if (body.all !== true || body.filter !== undefined) return fail(SELECTION_REQUIRED);
    return { ok: true, value: { filter: { equals: {}, search: null, ranges: [] }, described: 'all customers', wouldAdd } };
  }
  if (body.filter === undefined) return fail(SELECTION_REQUIRED);
  const filter = parseFilter(customers, body.filter);
  if (!filter.ok) return filter;
  const { equals, search, ranges } = filter.value;
  if (Object.keys(equals).length === 0 && !search && ranges.length === 0) return fail(EMPTY_FILTER);
  return { ok: true, value: { filter: filter.value, described: `filter ${JSON.stringify(body.filter)}`, wouldAdd } };
}

export const previewOf = (matching: number, alreadyAffected: number): AffectedPreview => ({ matching, alreadyAffected, wouldAdd: matching - alreadyAffected });

/** A history note holds what a step's note may (2,000 characters); a filter of a thousand ids would not fit. */
export const NOTE_LENGTH = 2000;

/** The note the incident's history (and the audit entry) keeps of a widening. */
export function widenedNote(added: number, selection: AffectedSelection): string {
  const note = `Affected customers widened: +${added} by ${selection.described}`;
  return note.length <= NOTE_LENGTH ? note : `${note.slice(0, NOTE_LENGTH - 1)}…`;
}
