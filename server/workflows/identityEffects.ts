import { createHash, randomInt } from 'node:crypto';
import type { Queryable } from '../db/database';
import { ApiError } from '../apiError';
import { queueMail } from '../mail/outbox';
import { StepFailure, type StepContext, type StepEffects } from './stepEffect';
import type { ResourceDefinition } from '../../src/domain/resourceDefinition';
import { IDENTITY_CODE_MINUTES, MAX_WRONG_CODES, NOT_AN_ASSIGNEE, WRONG_CODE, assigneeRefusal, codeVoided } from '../../src/domain/identityVerification';

const codeHash = (table: string, id: number, code: string) => createHash('sha256').update(table === 'deletion_tickets' ? `${id}:${code}` : `${table}:${id}:${code}`).digest('hex');

export async function customerEmail(tx: Queryable, customerId: unknown): Promise<string | null> {
  if (customerId == null) return null;
  const [row] = await tx.query<{ email: string | null }>('SELECT email FROM customers WHERE id = $1', [customerId]);
  return row?.email ?? null;
}

export interface IdentityOptions {
  /** what the request asks, in the code's mail: "to delete your account…", "for a copy of your data" */
  asked: (record: StepContext['record']) => string;
  /** the request's name in the code mail's subject: "deletion request", "request for your data" */
  requestName: string;
  /** a method only some requests accept beyond the code (a parent's consent record); throws when it does not match */
  otherMethod?: (ctx: StepContext) => Promise<void>;
}

/**
 * The server's part of the identity steps every request takes (src/domain/identityVerification.ts):
 * the assignee looked up, the one-time code mailed to the customer's own address (its hash kept, its
 * lifetime starting on delivery: server/workflows/mailOutcomes.ts), wrong tries counted.
 */
export function identityEffects(def: ResourceDefinition, { asked, requestName, otherMethod }: IdentityOptions): StepEffects {
  return {
    async assign({ tx, input }) {
      const [account] = await tx.query<{ role: string; disabled: boolean }>('SELECT role, disabled FROM staff WHERE username = $1', [input.assignee]);
      const refusal = assigneeRefusal(account, String(input.assignee));
      if (refusal) throw new ApiError(400, refusal, NOT_AN_ASSIGNEE);
    },

    // The code goes only to the address the store knows for the linked customer, so whoever reads it
    // controls the account (never to an address the requester typed).
    async send_identity_code({ tx, record }) {
      const to = await customerEmail(tx, record.customer_id);
      if (!to) throw new ApiError(409, 'The customer has no e-mail address on file to send a code to; record another identity check');
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const mailId = await queueMail(tx, {
        to,
        kind: 'identity_code',
        resource: def.name,
        recordId: Number(record.id),
        subject: `Your verification code for your ${requestName}`,
        text: `Someone asked us ${asked(record)}.\n\nIf it was you, give this code to our support staff: ${code}\n\nThe code expires in ${IDENTITY_CODE_MINUTES} minutes. If it was not you, ignore this message; nothing will happen.`,
      });
      return {
        identity_code_hash: codeHash(def.table, Number(record.id), code),
        identity_code_expires_at: null,
        identity_code_mail_id: mailId,
        identity_code_failures: 0,
        identity_codes_sent: Number(record.identity_codes_sent ?? 0) + 1,
      };
    },

    async verify_identity(ctx) {
      const { tx, record, input } = ctx;
      if (input.identity_method === 'email_code') {
        const [stored] = await tx.query<{ identity_code_hash: string | null; expired: boolean; failures: number }>(
          `SELECT identity_code_hash, identity_code_expires_at < now() AS expired, identity_code_failures AS failures FROM ${def.table} WHERE id = $1`,
          [record.id],
        );
        // an undelivered code has no expiry yet (expired is null): nobody can have read it
        if (!stored?.identity_code_hash || stored.expired !== false || stored.identity_code_hash !== codeHash(def.table, Number(record.id), String(input.code))) {
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
      await otherMethod?.(ctx);
      return { identity_code_hash: null, identity_code_expires_at: null, identity_code_mail_id: null, identity_code_failures: 0 };
    },
  };
}
