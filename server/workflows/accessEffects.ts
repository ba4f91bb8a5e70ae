import { ApiError } from '../apiError';
import { queueMail } from '../mail/outbox';
import { createDownloadLink } from '../downloads/links';
import { customerEmail, identityEffects } from './identityEffects';
import type { StepEffects } from './stepEffect';
import type { EffectOptions } from './effects';
import { accessRequests } from '../../src/domain/accessRequests';
import { accessDataLinkMail } from '../../src/domain/downloadLinks';

/** An access request's effects: the identity check every request takes, then the link to the data, or the refusal, by mail. */
export function accessEffects(options: EffectOptions): StepEffects {
  return {
    ...identityEffects(accessRequests, { asked: () => 'for a copy of the personal data we hold about you', requestName: 'request for your data' }),

    // The verified address is the customer's own: the link goes there, whatever address the request came from.
    async send_data({ tx, record, actor }) {
      const to = await customerEmail(tx, record.customer_id);
      if (!to) throw new ApiError(409, 'The customer has no e-mail address on file to send the link to');
      const { token, expiresAt } = await createDownloadLink(tx, { purpose: 'access_data', resource: accessRequests.name, recordId: Number(record.id) }, actor.username ?? actor.kind);
      await queueMail(tx, { ...accessDataLinkMail(`${options.publicUrl}/downloads/${token}`, expiresAt), to, kind: 'data_link', resource: accessRequests.name, recordId: Number(record.id) });
      return { link_expires_at: expiresAt.toISOString() };
    },

    async reject({ tx, record, input }) {
      await queueMail(tx, {
        to: String(record.requester_email),
        kind: 'data_link',
        resource: accessRequests.name,
        recordId: Number(record.id),
        subject: 'We did not send you a copy of your data',
        text: `You asked us for a copy of the personal data we hold about you. We did not carry out this request.\n\nThe reason: ${String(input.reason)}\n\nIf you think this is wrong, reply to this message or write to us again.`,
      });
    },
  };
}
