import { differenceInYears, parseISO } from 'date-fns';
import { optionalPhone, optionalText } from './fields';
import { z } from 'zod';
import { NO_SUCH_CUSTOMER } from './apiMessages';

/** A child's customer record is created with the parent's contact details, which only the consent request keeps. */
export const PARENT_FIELDS = ['parent_name', 'parent_email', 'parent_phone'] as const;

export const parentContactFields = {
  parent_name: optionalText(200),
  parent_email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().toLowerCase().pipe(z.email('Not a valid e-mail address').max(254)).nullable()).optional(),
  parent_phone: optionalPhone,
};

export const PARENT_REQUIRED = (childAge: number) =>
  `The customer is under ${childAge}: give a parent's name and e-mail address, so that the parent can be asked for consent`;

/** Whether someone born on `birthDate` is a child on `today` (both YYYY-MM-DD) under the configured age. */
export function isChildOn(birthDate: string | null | undefined, today: string, childAge: number): boolean {
  if (!birthDate) return false;
  return differenceInYears(parseISO(today), parseISO(birthDate)) < childAge;
}

export type ChildRegistration =
  | { ok: true; customer: Record<string, unknown>; consent: { child_name: unknown; parent_name: unknown; parent_email: unknown; parent_phone: unknown } | null }
  | { ok: false; message: string; errors: Record<string, string> };

/**
 * Why `customer` cannot be the child of a consent request opened on `today`, or null when they can:
 * a refusal or an expiry erases the customer, so only a child (by birth date, under the configured
 * age) may be named — never an adult with an account.
 */
export function consentChildRefusal(customer: Record<string, unknown> | null | undefined, today: string, childAge: number): string | null {
  if (!customer) return NO_SUCH_CUSTOMER;
  if (customer.status === 'erased') return 'This customer’s data was erased: there is nothing to ask a parent’s consent for';
  if (!customer.birth_date) return `A consent request is for a child: give the customer’s date of birth first (a child is under ${childAge})`;
  if (!isChildOn(String(customer.birth_date), today, childAge)) return `A consent request is for a child under ${childAge}; this customer is not`;
  return null;
}

/**
 * Splits a new customer's values into the customer record and, for a child under `childAge`, the
 * consent request that registering them opens (the parent's details live only there).
 */
export function registerCustomer(values: Record<string, unknown>, today: string, childAge: number): ChildRegistration {
  const customer = Object.fromEntries(Object.entries(values).filter(([k]) => !(PARENT_FIELDS as readonly string[]).includes(k)));
  if (!isChildOn(values.birth_date as string | null | undefined, today, childAge)) return { ok: true, customer, consent: null };
  if (!values.parent_name || !values.parent_email) {
    const message = PARENT_REQUIRED(childAge);
    return { ok: false, message, errors: { ...(!values.parent_name && { parent_name: 'Required for a child' }), ...(!values.parent_email && { parent_email: 'Required for a child' }) } };
  }
  const consent = { child_name: values.full_name, parent_name: values.parent_name, parent_email: values.parent_email, parent_phone: values.parent_phone ?? null };
  return { ok: true, customer, consent };
}
