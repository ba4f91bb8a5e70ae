import type { Transaction } from '../db/database';
import type { MailFate, MailOutcomes } from '../mail/sender';
import { ApiError } from '../apiError';
import { IDENTITY_CODE_MINUTES } from '../../src/domain/identityVerification';
import { findResource } from '../../src/domain/resources';
import { consentWorkflow } from '../../src/domain/consentWorkflow';
import { takeStep } from './takeStep';
import { lockCustomerOf } from './lockOrder';
import { consentRequests } from '../../src/domain/consentRequests';

/**
 * What a mail's fate means for its record: a consent request is "notice sent" only once the mail
 * server took its notice (and its window starts then), an identity code's lifetime starts when it
 * is delivered, and a notice refused for good is shown on its request. A mail that is no longer the
 * record's current one (a newer notice or code was queued) changes nothing.
 */
export function mailOutcomes(options: { publicUrl: string }): MailOutcomes {
  const consentStep = async (tx: Transaction, mail: MailFate, step: string, body: Record<string, unknown>) => {
    await lockCustomerOf(tx, consentRequests, Number(mail.record_id));
    const [request] = await tx.query<{ version: number }>('SELECT version FROM consent_requests WHERE id = $1 AND notice_mail_id = $2 FOR UPDATE', [mail.record_id, mail.id]);
    if (!request) return;
    try {
      await takeStep(tx, { workflow: consentWorkflow, id: Number(mail.record_id), step, actor: { kind: 'system' }, body: { ...body, version: request.version }, staff: null }, options);
    } catch (err) {
      // decided meanwhile (staff recorded the parent’s answer), or refused as input: the mail’s own status stands
      if (!(err instanceof ApiError)) throw err;
    }
  };

  return {
    async delivered(tx, mail) {
      if (mail.kind === 'consent_notice') await consentStep(tx, mail, 'notice_delivered', {});
      // the request the code is for: a deletion ticket or an access request
      const table = mail.kind === 'identity_code' && mail.resource ? findResource(mail.resource)?.table : undefined;
      if (table) {
        await tx.query(`UPDATE ${table} SET identity_code_expires_at = now() + make_interval(mins => $3) WHERE id = $1 AND identity_code_mail_id = $2`, [
          mail.record_id,
          mail.id,
          IDENTITY_CODE_MINUTES,
        ]);
      }
    },
    async failed(tx, mail, error) {
      if (mail.kind === 'consent_notice') await consentStep(tx, mail, 'notice_failed', { note: `The mail server refused the notice: ${error}`.slice(0, 2000) });
    },
  };
}
