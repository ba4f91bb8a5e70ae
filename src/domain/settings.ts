import { z } from 'zod';
import { version } from './fields';

/** The limits the privacy policy and Omani law leave to the store; one row, edited by admins. */
export interface PrivacySettings {
  /** days a parent has to answer a consent notice */
  consent_window_days: number;
  /** calendar days within which an account or a child's data is deleted */
  deletion_period_days: number;
  /** below this age a customer is a child whose data needs a parent's consent */
  child_age: number;
}

export const DEFAULT_SETTINGS: Readonly<PrivacySettings> = { consent_window_days: 14, deletion_period_days: 30, child_age: 13 };

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
} as const;

const { consent_window_days: cw, deletion_period_days: dp, child_age: ca } = SETTINGS_LIMITS;

/** What an admin may change, with the version the change is based on; the stored row keeps the rest. */
export const settingsUpdateSchema = z
  .object({
    consent_window_days: wholeNumber(SETTINGS_MESSAGES.consent_window_days, cw.min, cw.max),
    deletion_period_days: wholeNumber(SETTINGS_MESSAGES.deletion_period_days, dp.min, dp.max),
    child_age: wholeNumber(SETTINGS_MESSAGES.child_age, ca.min, ca.max),
    version,
  })
  .strict();

export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** The settings as the API returns them: the values, when they last changed, and the version to send back. */
export interface SettingsRecord extends PrivacySettings {
  updated_at: string;
  version: number;
}
