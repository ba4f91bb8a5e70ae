import { queueMail } from '../mail/outbox';
import { identityEffects } from './identityEffects';
import type { StepEffects } from './stepEffect';
import { correctionRequests } from '../../src/domain/correctionRequests';

const tell = (subject: string, text: string, record: Record<string, unknown>) => ({
  to: String(record.requester_email),
  kind: 'deletion_confirmation' as const,
  resource: correctionRequests.name,
  recordId: Number(record.id),
  subject,
  text,
});

/** A correction request's effects: the identity check every request takes, then the outcome told to the requester. */
export const correctionEffects: StepEffects = {
  ...identityEffects(correctionRequests, { asked: () => 'to correct the personal data we hold about you', requestName: 'correction request' }),

  async record_correction({ tx, record, input }) {
    await queueMail(
      tx,
      tell('We corrected your data', `You asked us to correct the personal data we hold about you.\n\nWhat we changed: ${String(input.correction_made)}\n\nIf something is still not right, reply to this message.`, record),
    );
  },

  async reject({ tx, record, input }) {
    await queueMail(
      tx,
      tell('We did not correct your data', `You asked us to correct the personal data we hold about you. We did not carry out this request.\n\nThe reason: ${String(input.reason)}\n\nIf you think this is wrong, reply to this message or write to us again.`, record),
    );
  },
};
