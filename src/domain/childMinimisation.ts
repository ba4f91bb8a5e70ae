import type { ConsentStatus } from './consentRequests';
import { isChildOn } from './childRegistration';

/**
 * COPPA data minimisation (16 CFR 312.5(c)(1), 312.7): before the parent consents, a child's record
 * holds only what asking the parent needs. The child's name, username and e-mail address stay: the
 * rule lets an operator collect a child's name and online contact details to ask for consent, and the
 * account cannot exist without them (the customers table requires them). The birth date stays whole:
 * it is what makes the customer a child, and the age decides it on any given day — a year and month
 * alone would leave the month of the birthday undecided, and the day the child reaches the configured
 * age is the day consent stops being needed. It is masked and revealed only with a reason.
 * Everything below waits for consent; a newsletter subscription is a use of the child's address for
 * marketing, which the parent has not agreed to either.
 */
export const WITHHELD_UNTIL_CONSENT = ['phone', 'id_type', 'id_number', 'address', 'school', 'newsletter'] as const;
export type WithheldField = (typeof WITHHELD_UNTIL_CONSENT)[number];

export const NOT_COLLECTED_BEFORE_CONSENT = 'Not collected before the parent consents';
export const MINIMISATION_REFUSAL =
  'Until a parent consents, a child’s record holds only the name, username, e-mail address and date of birth: leave the other fields empty';

/** Whom the rule applies to: an adult, a child whose parent has not (or no longer) consented, a child with consent. */
export type ChildConsentState = 'adult' | 'without_consent' | 'consented';

/** Only a granted consent counts: a withdrawn one lets nothing new be collected, and refusal or expiry erases the child. */
export const consentGranted = (statuses: readonly unknown[]): boolean => statuses.includes('granted' satisfies ConsentStatus);

export function childConsentState(birthDate: unknown, today: string, childAge: number, consentStatuses: readonly unknown[]): ChildConsentState {
  if (!isChildOn(typeof birthDate === 'string' ? birthDate : null, today, childAge)) return 'adult';
  return consentGranted(consentStatuses) ? 'consented' : 'without_consent';
}

/** Whether a form offers `field` for a customer in `state` (the same rule the server refuses by). */
export const isWithheld = (field: string, state: ChildConsentState): boolean =>
  state === 'without_consent' && (WITHHELD_UNTIL_CONSENT as readonly string[]).includes(field);

const holds = (v: unknown) => v != null && v !== '' && v !== false;

/**
 * The fields a write would collect from a child without consent, each with its message, or null.
 * A value already held and sent back unchanged (a record from before consent was withdrawn, kept
 * until a deletion ticket erases it) is not collected again, so it is let through.
 */
export function withheldFieldErrors(state: ChildConsentState, values: Record<string, unknown>, before: Record<string, unknown> | null): Record<string, string> | null {
  if (state !== 'without_consent') return null;
  const collected = WITHHELD_UNTIL_CONSENT.filter((f) => holds(values[f]) && (!before || JSON.stringify(values[f]) !== JSON.stringify(before[f])));
  return collected.length ? Object.fromEntries(collected.map((f) => [f, NOT_COLLECTED_BEFORE_CONSENT])) : null;
}

/** What a child's record without consent holds: the withheld fields emptied (the demo seed builds its children with it). */
export function minimised<T extends Record<string, unknown>>(customer: T): T {
  return { ...customer, phone: null, id_type: null, id_number: null, address: null, school: null, newsletter: false };
}
