import { ApiError } from '../apiError';
import { queueMail, suppressAddress } from '../mail/outbox';
import { eraseCustomer } from './erasure';
import { erasesCustomer } from '../../src/domain/erasure';
import type { StepEffects } from './stepEffect';
import { identityEffects } from './identityEffects';
import { deletionTickets } from '../../src/domain/deletionTickets';

const scopeWording: Record<string, string> = {
  account: 'your account and all the personal data we held about you',
  child_data: 'your child’s personal data',
  marketing_email: 'your address from every mailing list',
};

export const deletionEffects: StepEffects = {
  ...identityEffects(deletionTickets, {
    asked: (record) => `to delete ${scopeWording[String(record.scope)]}`,
    requestName: 'deletion request',
    // A parent is matched to a consent record they granted for this child.
    async otherMethod({ tx, record, input }) {
      if (input.identity_method !== 'consent_record') return;
      const [match] = await tx.query(
        "SELECT id FROM consent_requests WHERE customer_id = $1 AND status = 'granted' AND lower(parent_email) = lower($2) LIMIT 1",
        [record.customer_id, record.requester_email],
      );
      if (!match) throw new ApiError(409, 'No granted consent record matches this requester’s e-mail for this child');
    },
  }),

  // The requester is told, with the reason, at the address they wrote from (nothing of the customer's record is in it).
  async reject({ tx, record, input }) {
    const requester = record.requester_email as string | null;
    if (!requester) return;
    await queueMail(tx, {
      to: requester,
      kind: 'deletion_confirmation',
      resource: 'deletion-tickets',
      recordId: Number(record.id),
      subject: 'We did not carry out your deletion request',
      text: `You asked us to delete ${scopeWording[String(record.scope)]}. We did not carry out this request.\n\nThe reason: ${String(input.reason)}\n\nIf you think this is wrong, reply to this message or write to us again.`,
    });
  },

  // The erasure itself, in the step's transaction; the confirmation is queued first so it can still reach the requester.
  async complete({ tx, record }) {
    const requester = record.requester_email as string | null;
    if (!erasesCustomer(record.scope)) {
      if (requester) {
        await suppressAddress(tx, requester, 'marketing_email');
        // a confirmation is not marketing: the person learns the request was carried out, once
        await queueMail(tx, {
          to: requester,
          kind: 'deletion_confirmation',
          resource: 'deletion-tickets',
          recordId: Number(record.id),
          eraseRecipientAfterSend: true,
          subject: 'You will get no more marketing e-mail from us',
          text: `As you asked, we have removed ${scopeWording.marketing_email}. Service messages about your orders and your data, such as this one, still reach you.`,
        });
      }
      await tx.query("UPDATE outbox SET status = 'cancelled', updated_at = now() WHERE kind = 'marketing' AND status IN ('queued', 'failed') AND lower(to_address) = lower($1)", [requester]);
      if (record.customer_id != null) await tx.query('UPDATE customers SET newsletter = false, updated_at = now(), version = version + 1 WHERE id = $1', [record.customer_id]);
      return;
    }
    if (record.customer_id == null) throw new ApiError(409, 'Link the ticket to the customer whose data is to be erased');
    const keep: number[] = [];
    if (requester) {
      keep.push(
        await queueMail(tx, {
          to: requester,
          kind: 'deletion_confirmation',
          resource: 'deletion-tickets',
          recordId: Number(record.id),
          eraseRecipientAfterSend: true,
          subject: 'Your deletion request is complete',
          text: `As you asked, we have deleted ${scopeWording[String(record.scope)]}. Your address is kept only as a one-way code so that we never write to it again.\n\nThis is the last message we send to this address.`,
        }),
      );
    }
    // the ticket's own requester details are erased by the step itself (src/domain/deletionWorkflow.ts)
    await eraseCustomer(tx, Number(record.customer_id), { keepMailIds: keep, exceptTicketId: Number(record.id) });
  },
};
