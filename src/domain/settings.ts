import { z } from 'zod';
import { version } from './fields';
import { textCharacterProblem } from './textCharacters';

/** The limits the privacy policy and Omani law leave to the store; one row, edited by admins. */
export interface PrivacySettings {
  /** days a parent has to answer a consent notice */
  consent_window_days: number;
  /** calendar days within which an account or a child's data is deleted */
  deletion_period_days: number;
  /** below this age a customer is a child whose data needs a parent's consent */
  child_age: number;
  /** the store's privacy policy, linked from the parent's notice and pages; '' when the store has none to link */
  privacy_policy_url: string;
  /** the third-party recipients of a child's data and why, as the parent's notice names them; '' for none */
  notice_recipients: string;
  /** what is collected about a child and why, as the parent's notice says it */
  notice_uses: string;
}

export const DEFAULT_SETTINGS: Readonly<PrivacySettings> = {
  consent_window_days: 14,
  deletion_period_days: 30,
  child_age: 13,
  // the defaults of migration 018
  privacy_policy_url: '',
  notice_recipients: 'our payment and delivery providers, to complete orders',
  notice_uses: 'their name, username, e-mail address, date of birth and school, to run their account, deliver their orders and keep the account safe',
};

// The same bounds as the CHECK constraints of the settings table (migration 006).
export const SETTINGS_LIMITS = {
  consent_window_days: { min: 1, max: 90 },
  // Oman's Personal Data Protection Law allows at most 45 days
  deletion_period_days: { min: 1, max: 45 },
  // the policy's 13 (COPPA) up to 18, the age of majority under Omani law
  child_age: { min: 13, max: 18 },
} as const;

const wholeNumber = (message: string, min: number, max: number) =>
  z.number({ error: 'Required: a whole number' }).int('Must be a whole number').min(min, message).max(max, message);

export const SETTINGS_MESSAGES = {
  consent_window_days: 'The consent window is 1 to 90 days',
  deletion_period_days: "The deletion period is 1 to 45 days: Oman's Personal Data Protection Law allows at most 45",
  child_age: 'The child age is 13 (the privacy policy) to 18 (the age of majority in Oman)',
  privacy_policy_url: 'The privacy policy’s address starts with https:// (at most 500 characters), or is left empty for no link',
  notice_recipients: 'At most 1000 characters; leave empty when a child’s data goes to no third party',
  notice_uses: 'Say what is collected about a child and why (at most 1000 characters)',
} as const;

// The same bounds as the CHECK constraints of migration 018.
// a form's emptied input arrives as null: it means the empty text (no link, no recipients)
const nullAsEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? '' : v), schema);
const noticeText = (max: number, message: string) =>
  z
    .string({ error: 'Required' })
    .trim()
    .max(max, message)
    .superRefine((s, ctx) => {
      const problem = textCharacterProblem(s, 'single-line');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
const httpsUrl = z
  .string({ error: 'Required' })
  .trim()
  .max(500, SETTINGS_MESSAGES.privacy_policy_url)
  .refine((s) => s === '' || isHttpsUrl(s), SETTINGS_MESSAGES.privacy_policy_url);

function isHttpsUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && !!url.hostname && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Why `policyUrl` may not be the notice's privacy-policy link, or null: an address on the desk itself
 * would land the parent on the staff sign-in page, not on a policy.
 */
export function policyUrlRefusal(policyUrl: string, deskUrl: string | undefined): string | null {
  if (!policyUrl || !deskUrl) return null;
  try {
    return new URL(policyUrl).host === new URL(deskUrl).host ? 'That address is Privacy Desk itself (its sign-in page), not the store’s privacy policy' : null;
  } catch {
    return null;
  }
}

const { consent_window_days: cw, deletion_period_days: dp, child_age: ca } = SETTINGS_LIMITS;

/** What an admin may change, with the version the change is based on; the stored row keeps the rest. */
export const settingsUpdateSchema = z
  .object({
    consent_window_days: wholeNumber(SETTINGS_MESSAGES.consent_window_days, cw.min, cw.max),
    deletion_period_days: wholeNumber(SETTINGS_MESSAGES.deletion_period_days, dp.min, dp.max),
    child_age: wholeNumber(SETTINGS_MESSAGES.child_age, ca.min, ca.max),
    // absent: kept as stored (a client that knows only the numbers does not blank the notice's texts)
    privacy_policy_url: nullAsEmpty(httpsUrl).optional(),
    notice_recipients: nullAsEmpty(noticeText(1000, SETTINGS_MESSAGES.notice_recipients)).optional(),
    notice_uses: nullAsEmpty(noticeText(1000, SETTINGS_MESSAGES.notice_uses).min(1, SETTINGS_MESSAGES.notice_uses)).optional(),
    version,
  })
  .strict();

export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** The settings as the API returns them: the values, when they last changed, and the version to send back. */
export interface SettingsRecord extends PrivacySettings {
  updated_at: string;
  version: number;
}
