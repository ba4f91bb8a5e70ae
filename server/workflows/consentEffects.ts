import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { ApiError } from '../apiError';
import { forgetRecipient, queueMail } from '../mail/outbox';
import { loadSettings } from '../settings/settingsStore';
import { calendarDaysFrom, muscatDay } from '../../src/domain/businessDays';
import { consentChildRefusal } from '../../src/domain/childRegistration';
import { consentNoticeMail } from './consentNotice';
import { eraseCustomer, legalHolds } from './erasure';
import type { StepEffects } from './stepEffect';
import { storeIdentityFromEnv, type StoreIdentity } from '../config';

export const noticeTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The path of the parent's page behind the notice link. */
export const PARENT_PAGE_PATH = '/parent/consent';
/**
 * The privacy policy the notice and the parent's pages link to: the setting when an admin set it, else
 * PRIVACY_POLICY_URL, else none (the notice then says where to ask). Never a path on the desk: the desk
 * has no policy page, and its address leads parents to the staff sign-in.
 */
export const privacyPolicyUrl = (settings: { privacy_policy_url: string }, store: StoreIdentity): string | null =>
  settings.privacy_policy_url || store.privacyPolicyUrl || null;

// Without consent, what was collected from the child goes. The request's own contact details are
// erased by the step itself (src/domain/consentWorkflow.ts); here the parent's address leaves the
// outbox, and the child's account goes unless an authority referral holds it. Only a child's: a
// request that (from before requests were checked) names an adult never erases the adult's account.
async function eraseUnconsented(tx: Queryable, record: Record<string, unknown>): Promise<void> {
  if (record.parent_email) await forgetRecipient(tx, String(record.parent_email));
  const customerId = Number(record.customer_id);
  const [customer] = await tx.query('SELECT status, birth_date FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
  const isTheChild = !consentChildRefusal(customer, muscatDay(new Date(record.created_at as string)), (await loadSettings(tx)).child_age);
  if (isTheChild && !(await legalHolds(tx, customerId)).length) await eraseCustomer(tx, customerId, { exceptConsentRequestId: Number(record.id) });
}

// The single-use link stops working once any decision is recorded.
const spendToken = () => ({ notice_token_hash: null, notice_token_used_at: new Date().toISOString() });

export function consentEffects(options: { publicUrl: string }): StepEffects {
  const effects: StepEffects = {
    async send_notice({ tx, record, now }) {
      if (!record.parent_email) throw new ApiError(409, 'The request has no parent e-mail address to send the notice to');
      // an earlier notice still waiting would carry a link that no longer works
      await tx.query(
        "UPDATE outbox SET status = 'cancelled', updated_at = now(), version = version + 1 WHERE kind = 'consent_notice' AND resource = 'consent-requests' AND record_id = $1 AND status IN ('queued', 'failed')",
        [record.id],
      );
      const settings = await loadSettings(tx);
      const { consent_window_days } = settings;
      const store = storeIdentityFromEnv();
      const token = randomBytes(32).toString('base64url');
      const answerDue = calendarDaysFrom(now, consent_window_days);
      const mail = consentNoticeMail({
        parentName: String(record.parent_name),
        childName: String(record.child_name),
        link: `${options.publicUrl}${PARENT_PAGE_PATH}/${token}`,
        answerDue,
        windowDays: consent_window_days,
        privacyPolicyUrl: privacyPolicyUrl(settings, store),
        contactEmail: store.contactEmail,
        uses: settings.notice_uses,
        recipients: settings.notice_recipients,
      });
      const mailId = await queueMail(tx, { ...mail, to: String(record.parent_email), kind: 'consent_notice', resource: 'consent-requests', recordId: Number(record.id) });
      return { notice_token_hash: noticeTokenHash(token), notice_mail_id: mailId };
    },
    // The window runs from the delivery: the parent cannot answer a notice they never received.
    async notice_delivered({ tx, now }) {
      const { consent_window_days } = await loadSettings(tx);
      return { answer_due_at: calendarDaysFrom(now, consent_window_days).toISOString() };
    },
    grant: async () => spendToken(),
    refuse: async ({ tx, record }) => {
      await eraseUnconsented(tx, record);
      return spendToken();
    },
    expire: async ({ tx, record }) => {
      await eraseUnconsented(tx, record);
      return { notice_token_hash: null };
    },
  };
  return { ...effects, resend_notice: effects.send_notice };
}
