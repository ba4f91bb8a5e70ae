import type { PrivacySettings } from './settings';
import { accessRequestDue, deletionTicketDue } from './deadlines';
import type { DeletionScope } from './deletionTickets';
import { IDENTITY_CHECK_RESTART, OPEN_TICKET_STATUSES, identityCheckRestart } from './deletionWorkflow';
import { accessIdentityCheckRestart } from './accessWorkflow';
import { correctionIdentityCheckRestart } from './correctionWorkflow';
import { consentChildRefusal, registerCustomer } from './childRegistration';
import { calendarDaysFrom, muscatDay } from './businessDays';
import { recordDue } from './breachDeadlines';
import { MINIMISATION_REFUSAL, childConsentState, withheldFieldErrors } from './childMinimisation';

/** What a write is decided on, gathered by whoever carries it out (the server from its database, the mocks from theirs). */
export interface WriteFacts {
  now: Date;
  /** who writes */
  username: string;
  role: string;
  settings: PrivacySettings;
  /** the holiday calendar's days (YYYY-MM-DD) */
  holidays: ReadonlySet<string>;
  /** the customer the record names (customer_id), if any */
  customer?: Record<string, unknown> | null;
  /** the statuses of the consent requests naming the customer being edited (a child's data waits for consent) */
  consentStatuses?: readonly unknown[];
}

export type WriteRefusal = { ok: false; status: 400 | 409; message: string; errors?: Record<string, string> };

export interface CreatePlan {
  /** the record's values, with what the server adds (a due date, who drafted it) */
  values: Record<string, unknown>;
  /** a record that must be created with it, e.g. the consent request a child's registration opens */
  alongside?: { resource: string; values: (createdId: number) => Record<string, unknown> };
}

/** A record a create opened alongside the one asked for, as the API names it in its answer. */
export interface CreatedAlongside {
  resource: string;
  id: number;
}

/**
 * A create's answer: the record, and `created_alongside` when the server opened another with it (the
 * consent request of a child's registration), so staff are told and can go to it.
 */
export function createdAnswer<T extends object>(record: T, alongside: CreatedAlongside | null): T & { created_alongside?: CreatedAlongside } {
  return alongside ? { ...record, created_alongside: alongside } : record;
}

export interface UpdatePlan {
  values: Record<string, unknown>;
  /** a history entry when the edit moves the record's workflow (a ticket back to the identity check) */
  history?: { step: string; from_status: unknown; to_status: unknown; note: string };
}

/**
 * A consent request's window opens with it: a notice that never goes out still ends the wait (and the
 * data kept for it) consent_window_days after the registration. A delivered notice starts it again.
 */
const unsentWindow = (facts: WriteFacts) => ({ answer_due_at: calendarDaysFrom(facts.now, facts.settings.consent_window_days).toISOString() });

const ticketDue = (scope: unknown, receivedAt: Date, facts: WriteFacts) => {
  const { due, description } = deletionTicketDue(scope as DeletionScope, receivedAt, facts.settings, facts.holidays);
  return { due_at: due.toISOString(), due_rule: description };
};

// access and correction requests: due by the deletion period the settings set (≤ 45 days), from receipt
const ownDataRequestDue = (values: Record<string, unknown>, facts: WriteFacts) => {
  const { due, description } = accessRequestDue(values.received_at ? new Date(String(values.received_at)) : facts.now, facts.settings);
  return { due_at: due.toISOString(), due_rule: description };
};

type CreatePlanner = (values: Record<string, unknown>, facts: WriteFacts) => CreatePlan | WriteRefusal;

/** What each resource's create decides; a resource that is not here is created as it was sent. */
const CREATE_PLANNERS: Readonly<Record<string, CreatePlanner>> = {
  'authority-referrals': (values, facts) => ({ values: { ...values, drafted_by: facts.username } }),
  // whoever writes an incident's texts drafts them: the legal advisor's approval needs other eyes
  'breach-incidents': (values, facts) => ({ values: { ...values, drafted_by: facts.username, ...recordDue(values, facts.holidays) } }),
  'deletion-tickets': (values, facts) => ({
    values: { ...values, ...ticketDue(values.scope, values.received_at ? new Date(String(values.received_at)) : facts.now, facts) },
  }),
  'access-requests': (values, facts) => ({ values: { ...values, ...ownDataRequestDue(values, facts) } }),
  'correction-requests': (values, facts) => ({ values: { ...values, ...ownDataRequestDue(values, facts) } }),
  // a refusal or an expiry erases the named customer: only a child may be named (a missing customer is refused by the reference)
  'consent-requests': (values, facts) => {
    const refusal = facts.customer ? consentChildRefusal(facts.customer, muscatDay(facts.now), facts.settings.child_age) : null;
    return refusal ? { ok: false, status: 400, message: refusal, errors: { customer_id: refusal } } : { values: { ...values, ...unsentWindow(facts) } };
  },
  customers: (values, facts) => {
    const registration = registerCustomer(values, muscatDay(facts.now), facts.settings.child_age);
    if (!registration.ok) return { ok: false, status: 400, message: registration.message, errors: registration.errors };
    const { consent } = registration;
    // a child just registered has no consent yet: only what the parent's notice needs is kept
    const withheld = consent && withheldFieldErrors('without_consent', registration.customer, null);
    if (withheld) return { ok: false, status: 400, message: MINIMISATION_REFUSAL, errors: withheld };
    return {
      values: registration.customer,
      ...(consent && { alongside: { resource: 'consent-requests', values: (customerId: number) => ({ customer_id: customerId, ...consent, ...unsentWindow(facts) }) } }),
    };
  },
};

/** Decides a create: refused, or the values to store and any record to create alongside. */
export function planCreate(resource: string, values: Record<string, unknown>, facts: WriteFacts): { ok: true; plan: CreatePlan } | WriteRefusal {
  const planner = CREATE_PLANNERS[resource];
  const planned = planner ? planner(values, facts) : { values };
  return 'ok' in planned ? planned : { ok: true, plan: planned };
}

// the requests whose identity check an edit of what it was about starts again
const IDENTITY_RESTARTS: Readonly<Record<string, (before: Record<string, unknown>, values: Record<string, unknown>) => Record<string, unknown> | null>> = {
  'deletion-tickets': identityCheckRestart,
  'access-requests': accessIdentityCheckRestart,
  'correction-requests': correctionIdentityCheckRestart,
};

/**
 * Decides the server's part of an edit: a ticket whose scope changes is due again by the new rule, and
 * one whose verified details change goes back to the identity check; a child's record without a
 * parent's consent is refused what it may not hold yet.
 */
export function planUpdate(resource: string, before: Record<string, unknown>, values: Record<string, unknown>, facts: WriteFacts): UpdatePlan | WriteRefusal {
  if (resource === 'customers') {
    const state = childConsentState(values.birth_date ?? before.birth_date, muscatDay(facts.now), facts.settings.child_age, facts.consentStatuses ?? []);
    const withheld = withheldFieldErrors(state, values, before);
    return withheld ? { ok: false, status: 400, message: MINIMISATION_REFUSAL, errors: withheld } : { values };
  }
  if (resource === 'breach-incidents') return { values: { ...values, drafted_by: facts.username } };
  const restartOf = IDENTITY_RESTARTS[resource];
  if (!restartOf) return { values };
  let planned = values;
  if (resource === 'deletion-tickets' && values.scope !== before.scope) planned = { ...planned, ...ticketDue(values.scope, new Date(before.received_at as string), facts) };
  const restart = restartOf(before, values);
  if (!restart) return { values: planned };
  return {
    values: { ...planned, ...restart },
    history: { step: IDENTITY_CHECK_RESTART.step, from_status: before.status, to_status: restart.status, note: IDENTITY_CHECK_RESTART.note },
  };
}

/**
 * A corrected holiday calendar moves the deadlines counted in business days: the open tickets whose
 * due date it changes, with their new date and rule.
 */
export function dueDateCorrections(
  tickets: readonly { id: number; status: unknown; scope: unknown; received_at: string | Date; due_at: string | Date | null }[],
  facts: Pick<WriteFacts, 'settings' | 'holidays'>,
): { id: number; due_at: string; due_rule: string }[] {
  return tickets
    .filter((t) => (OPEN_TICKET_STATUSES as readonly unknown[]).includes(t.status))
    .map((t) => ({ id: t.id, before: t.due_at ? new Date(t.due_at).getTime() : null, ...ticketDue(t.scope, new Date(t.received_at), { ...facts, now: new Date(), username: '', role: '' }) }))
    .filter((t) => t.before !== Date.parse(t.due_at))
    .map(({ id, due_at, due_rule }) => ({ id, due_at, due_rule }));
}
