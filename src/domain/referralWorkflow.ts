import { authorityReferrals, type ReferralStatus } from './authorityReferrals';
import type { StepActor, StepDefinition, Workflow } from './workflow';

export const OWN_DRAFT = 'The legal advisor never decides on a referral they drafted';
export const WIDENED = 'Approval may narrow the proposed fields, never add one';

/** Referrals that hold the customer's data against erasure until they end or the legal advisor releases them. */
export const HOLDING_STATUSES: readonly ReferralStatus[] = ['draft', 'awaiting_legal_review', 'approved', 'changes_requested', 'disclosed'];

export function holdsCustomer(referral: Record<string, unknown>): boolean {
  return (HOLDING_STATUSES as readonly unknown[]).includes(referral.status) && !referral.hold_released_at;
}

/** The referrals among `referrals` that hold their customer against erasure, by id. */
export function holdingReferralIds(referrals: readonly Record<string, unknown>[]): number[] {
  return referrals.filter(holdsCustomer).map((r) => Number(r.id));
}

/** The API's refusal of an erasure while referrals hold the customer. */
export const legalHoldMessage = (referralIds: readonly number[]) =>
  `The customer is under legal hold: authority referral ${referralIds.map((id) => `#${id}`).join(', ')} is open. The data can be erased once the legal advisor releases the hold.`;

const notOwnDraft = (record: Record<string, unknown>, actor: StepActor) => (actor.username && record.drafted_by === actor.username ? OWN_DRAFT : null);

const decision = (to: ReferralStatus, extra?: StepDefinition<ReferralStatus>['changes']): StepDefinition<ReferralStatus> => ({
  from: ['awaiting_legal_review'],
  to,
  actors: ['legal'],
  inputs: to === 'approved' ? ['opinion', 'approved_fields'] : ['opinion'],
  refuse: notOwnDraft,
  changes: (input, record, now) => ({
    legal_opinion: input.opinion,
    decided_at: now.toISOString(),
    ...(extra?.(input, record, now) ?? {}),
  }),
});

const steps: Record<string, StepDefinition<ReferralStatus>> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'awaiting_legal_review',
    actors: ['admin', 'support'],
    inputs: ['note'],
    optional: ['note'],
  },
  approve: {
    ...decision('approved', (input) => ({ approved_fields: input.approved_fields })),
    checkInput: (input, record) => {
      const proposed = (record.proposed_fields as string[] | null) ?? [];
      return (input.approved_fields as string[]).every((f) => proposed.includes(f)) ? null : WIDENED;
    },
  },
  request_changes: decision('changes_requested'),
  reject: decision('rejected'),
  record_disclosure: {
    from: ['approved'],
    to: 'disclosed',
    actors: ['admin', 'legal'],
    inputs: ['disclosed_on', 'disclosure_channel', 'authority_reference'],
    changes: (input) => ({ disclosed_on: input.disclosed_on, disclosure_channel: input.disclosure_channel, authority_reference: input.authority_reference }),
  },
  close: {
    from: ['disclosed'],
    to: 'closed',
    actors: ['admin', 'legal'],
    inputs: ['note'],
    optional: ['note'],
  },
  release_hold: {
    from: HOLDING_STATUSES,
    irreversible: true,
    actors: ['legal'],
    inputs: ['opinion'],
    refuse: (record) => (record.hold_released_at ? 'The legal hold on this customer was already released' : null),
    changes: (_input, _record, now) => ({ hold_released_at: now.toISOString() }),
  },
};

export const referralWorkflow: Workflow<ReferralStatus> = { name: 'referral', resource: authorityReferrals, steps };

