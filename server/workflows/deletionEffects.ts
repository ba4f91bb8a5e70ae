import { createHash, randomInt } from 'node:crypto';
import type { Queryable } from '../db/database';
import { ApiError } from '../apiError';
import { queueMail, suppressAddress } from '../mail/outbox';
import { eraseCustomer } from './erasure';
import { erasesCustomer } from '../../src/domain/erasure';
import { StepFailure, type StepEffects } from './stepEffect';
import { IDENTITY_CODE_MINUTES, MAX_WRONG_CODES, NOT_AN_ASSIGNEE, WRONG_CODE, assigneeRefusal, codeVoided } from '../../src/domain/deletionWorkflow';

const CODE_MINUTES = IDENTITY_CODE_MINUTES;
const codeHash = (ticketId: number, code: string) => createHash('sha256').update(`${ticketId}:${code}`).digest('hex');

async function customerEmail(tx: Queryable, customerId: unknown): Promise<string | null> {
  if (customerId == null) return null;
  const [row] = await tx.query<{ email: string | null }>('SELECT email FROM customers WHERE id = $1', [customerId]);
  return row?.email ?? null;
}

const scopeWording: Record<string, string> = {
  account: 'your account and all the personal data we held about you',
  child_data: 'your child’s personal data',
  marketing_email: 'your address from every mailing list',
};

export const deletionEffects: StepEffects = {
  async assign({ tx, input }) {
    const [account] = await tx.query<{ role: string; disabled: boolean }>('SELECT role, disabled FROM staff WHERE username = $1', [input.assignee]);
    const refusal = assigneeRefusal(account, String(input.assignee));
    if (refusal) throw new ApiError(400, refusal, NOT_AN_ASSIGNEE);
  },

  // The code goes only to the address the store knows for the linked customer, so whoever reads it
  // controls the account that is erased (never to an address the requester typed).
  async send_identity_code({ tx, record }) {
    const to = await customerEmail(tx, record.customer_id);
    if (!to) throw new ApiError(409, 'The customer has no e-mail address on file to send a code to; record another identity check');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const mailId = await queueMail(tx, {
      to,
      kind: 'identity_code',
      resource: 'deletion-tickets',
      recordId: Number(record.id),
      subject: 'Your verification code for your deletion request',
      text: `Someone asked us to delete ${scopeWording[String(record.scope)]}.\n\nIf it was you, give this code to our support staff: ${code}\n\nThe code expires in ${CODE_MINUTES} minutes. If it was not you, ignore this message; nothing will be deleted.`,
    });
    return {
      identity_code_hash: codeHash(Number(record.id), code),
      // the code's lifetime starts when its mail is delivered (server/workflows/mailOutcomes.ts)
      identity_code_expires_at: null,
      identity_code_mail_id: mailId,
      identity_code_failures: 0,
      identity_codes_sent: Number(record.identity_codes_sent ?? 0) + 1,
    };
  },

  async verify_identity({ tx, record, input }) {
    if (input.identity_method === 'email_code') {
      const [stored] = await tx.query<{ identity_code_hash: string | null; expired: boolean; failures: number }>(
        'SELECT identity_code_hash, identity_code_expires_at < now() AS expired, identity_code_failures AS failures FROM deletion_tickets WHERE id = $1',
        [record.id],
      );
      // an undelivered code has no expiry yet (expired is null): nobody can have read it
      if (!stored?.identity_code_hash || stored.expired !== false || stored.identity_code_hash !== codeHash(Number(record.id), String(input.code))) {
        // Each wrong try is kept (and audited) although the step is refused; the last allowed one voids the code.
        const failures = (stored?.failures ?? 0) + 1;
        const voided = failures >= MAX_WRONG_CODES;
        const message = voided && stored?.identity_code_hash ? codeVoided(MAX_WRONG_CODES) : WRONG_CODE;
        throw new StepFailure(new ApiError(400, message, { code: 'Wrong or expired code' }), {
          identity_code_failures: failures,
          ...(voided && { identity_code_hash: null, identity_code_expires_at: null }),
        });
      }
    }
    // A parent is matched to a consent record they granted for this child.
    if (input.identity_method === 'consent_record') {
      const [match] = await tx.query(
        "SELECT id FROM consent_requests WHERE customer_id = $1 AND status = 'granted' AND lower(parent_email) = lower($2) LIMIT 1",
        [record.customer_id, record.requester_email],
      );
      if (!match) throw new ApiError(409, 'No granted consent record matches this requester’s e-mail for this child');
    }
    return { identity_code_hash: null, identity_code_expires_at: null, identity_code_mail_id: null, identity_code_failures: 0 };
  },

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
