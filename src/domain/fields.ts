import { z } from 'zod';
import { containsCardNumber } from './cardNumber';
import { muscatDay } from './businessDays';

// Empty form inputs arrive as '' or null; both mean "not given".
const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const noCardNumber = (s: string) => !containsCardNumber(s);
// PostgreSQL text cannot hold a NUL byte; other control characters have no business in a record either
// (tabs and line breaks excepted, for multi-line notes).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const noControlCharacters = (s: string) => !CONTROL_CHARACTERS.test(s);
const CONTROL_MESSAGE = 'Contains control characters';
const CARD_MESSAGE = 'Payment card numbers must not be stored in Privacy Desk';

export const requiredText = (max: number) =>
  z
    .string({ error: 'Required' })
    .trim()
    .min(1, 'Required')
    .max(max, `At most ${max} characters`)
    .refine(noControlCharacters, CONTROL_MESSAGE)
    .refine(noCardNumber, CARD_MESSAGE);

export const optionalText = (max: number) =>
  z.preprocess(
    emptyToNull,
    z.string().trim().max(max, `At most ${max} characters`).refine(noControlCharacters, CONTROL_MESSAGE).refine(noCardNumber, CARD_MESSAGE).nullable(),
  ).optional();

export const email = z.string({ error: 'Required' }).trim().toLowerCase().pipe(z.email('Not a valid e-mail address').max(254));

export const optionalEmail = z.preprocess(emptyToNull, email.nullable()).optional();

// E.164: a plus sign, a country code, up to 15 digits in all (Omani numbers are +968 and 8 digits).
export const optionalPhone = z
  .preprocess(
    (v) => (typeof v === 'string' ? v.replace(/[\s-]/g, '') : v),
    z.preprocess(emptyToNull, z.string().regex(/^\+[1-9]\d{7,14}$/, 'Phone must be in international form, e.g. +968 9123 4567').nullable()),
  )
  .optional();

export const isoDate = z.iso.date('Date must be YYYY-MM-DD');

export const optionalPastDate = z
  .preprocess(emptyToNull, isoDate.refine((d) => d <= muscatDay(new Date()), 'Date cannot be in the future').nullable())
  .optional();

export const id = z.coerce.number({ error: 'Must be a record id' }).int('Must be a record id').positive('Must be a record id');

export const optionalId = z.preprocess(emptyToNull, id.nullable()).optional();

export const version = z.number({ error: 'The record version is required' }).int().nonnegative();
