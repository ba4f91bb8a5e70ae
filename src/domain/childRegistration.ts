import { differenceInYears, parseISO } from 'date-fns';
import { optionalPhone, optionalText } from './fields';
import { z } from 'zod';

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
