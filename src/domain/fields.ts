import { z } from 'zod';
import { containsCardNumber } from './cardNumber';
import { muscatDay } from './businessDays';
import { textCharacterProblem, type TextLines } from './textCharacters';

// Empty form inputs arrive as '' or null; both mean "not given".
const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const CARD_MESSAGE = 'Payment card numbers must not be stored in Privacy Desk';

/** The characters a stored text may hold (see textCharacters.ts), and no card number in any script's digits. */
const storableText = (lines: TextLines) => (s: string, ctx: z.RefinementCtx) => {
  const problem = textCharacterProblem(s, lines);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
  else if (containsCardNumber(s)) ctx.addIssue({ code: 'custom', message: CARD_MESSAGE });
};

/** Free text that must be given. One line unless said otherwise: names, reasons, references. */
export const requiredText = (max: number, lines: TextLines = 'single-line') =>
  z
    .string({ error: 'Required' })
    .trim()
    .min(1, 'Required')
    .max(max, `At most ${max} characters`)
    .superRefine(storableText(lines));

export const optionalText = (max: number, lines: TextLines = 'single-line') =>
  z.preprocess(emptyToNull, z.string().trim().max(max, `At most ${max} characters`).superRefine(storableText(lines)).nullable()).optional();

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
