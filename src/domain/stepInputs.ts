import { z } from 'zod';
import { isoDate, optionalText, requiredText } from './fields';
import { VERIFICATION_METHOD } from './consentRequests';
import { DISCLOSABLE_FIELD } from './authorityReferrals';
import { defineEnum, type DomainEnum, type EnumValue } from './enums';
import { muscatDay } from './businessDays';
import { BREACH_RISK, pastMoment } from './breachIncidents';

/** How a deletion requester's identity was checked before anything is deleted. */
export const IDENTITY_METHOD = defineEnum('identity_method', ['email_code', 'phone_callback', 'account_email_reply', 'consent_record', 'id_document']);
export type IdentityMethod = EnumValue<typeof IDENTITY_METHOD>;

/** How the UI asks for an input: the form control the step dialog shows. */
export type StepInputControl = 'text' | 'multiline' | 'enum' | 'boolean' | 'fields' | 'date' | 'datetime' | 'staff';

type StepInputSpec =
  | { control: Exclude<StepInputControl, 'enum' | 'fields'>; schema: z.ZodType }
  /** the enum an `enum` control chooses from, or whose values a `fields` control ticks */
  | { control: 'enum' | 'fields'; schema: z.ZodType; enum: DomainEnum };

const writtenText = (min: number, max: number, what: string) =>
  z.string({ error: `${what} is required` }).trim().min(min, `${what}: at least ${min} characters`).max(max, `At most ${max} characters`).pipe(requiredText(max, 'multi-line'));

/**
 * Every input a workflow step can ask for, written once: the server and the mocks validate with these
 * schemas, the step dialog builds its form from `control`.
 */
export const STEP_INPUTS = {
  note: { control: 'multiline', schema: optionalText(2000, 'multi-line') },
  reason: { control: 'multiline', schema: writtenText(5, 2000, 'A reason') },
  opinion: { control: 'multiline', schema: writtenText(10, 4000, 'A written opinion') },
  verification_method: {
    control: 'enum',
    enum: VERIFICATION_METHOD,
    schema: z.enum(VERIFICATION_METHOD.values, { error: 'Choose how the parent was verified' }),
  },
  third_party_disclosure: { control: 'boolean', schema: z.boolean({ error: 'Say whether disclosure to third parties is allowed' }) },
  approved_fields: {
    control: 'fields',
    enum: DISCLOSABLE_FIELD,
    schema: z
      .array(z.enum(DISCLOSABLE_FIELD.values, { error: 'Not a customer field that can be disclosed' }), { error: 'Choose the fields approved for disclosure' })
      .min(1, 'Approve at least one field, or reject the referral')
      .refine((f) => new Set(f).size === f.length, 'Each field once'),
  },
  assignee: { control: 'staff', schema: requiredText(100) },
  identity_method: {
    control: 'enum',
    enum: IDENTITY_METHOD,
    schema: z.enum(IDENTITY_METHOD.values, { error: 'Choose how the identity was verified' }),
  },
  code: { control: 'text', schema: z.preprocess((v) => (v === '' ? null : v), z.string().trim().regex(/^\d{6}$/, 'The code has 6 digits').nullable()) },
  // "today" is the Muscat day: between midnight and 04:00 in Muscat the UTC date is still yesterday
  disclosed_on: { control: 'date', schema: isoDate.refine((d) => d <= muscatDay(new Date()), 'The disclosure date cannot be in the future') },
  disclosure_channel: { control: 'text', schema: requiredText(200) },
  authority_reference: { control: 'text', schema: requiredText(200) },
  risk: { control: 'enum', enum: BREACH_RISK, schema: z.enum(BREACH_RISK.values, { error: 'Choose the risk to the people affected' }) },
  risk_reasoning: { control: 'multiline', schema: writtenText(10, 4000, 'The reasoning') },
  // a moment, not a day: the Ministry's clock runs in hours
  ministry_sent_at: { control: 'datetime', schema: pastMoment },
  ministry_method: { control: 'text', schema: requiredText(200) },
  ministry_reference: { control: 'text', schema: requiredText(200) },
  lessons: { control: 'multiline', schema: writtenText(10, 4000, 'What was learned') },
  // what staff changed in the customer's record, as the requester is told
  correction_made: { control: 'multiline', schema: writtenText(5, 2000, 'What was corrected') },
} as const satisfies Record<string, StepInputSpec>;

export type StepInputName = keyof typeof STEP_INPUTS;

export function stepInputSpec(name: StepInputName): StepInputSpec {
  return STEP_INPUTS[name];
}
