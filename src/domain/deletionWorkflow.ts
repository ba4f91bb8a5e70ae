import { deletionTickets, type DeletionStatus } from './deletionTickets';
import type { StepDefinition, Workflow } from './workflow';
import { erasedValues, erasesCustomer } from './erasure';
import { holdingReferralIds } from './referralWorkflow';
import { OPEN_REQUEST_STATUSES, identityCheckRestartOn, identitySteps, rejectStep } from './identityVerification';

// assigning and the identity check are every request's (identityVerification.ts); deletion's own rules follow
export { IDENTITY_CHECK_RESTART, IDENTITY_CODE_MINUTES, MAX_CODES_PER_TICKET, MAX_WRONG_CODES, NOT_AN_ASSIGNEE, WRONG_CODE, assigneeRefusal, assignees, codeVoided, type Assignee } from './identityVerification';

/** The states in which a ticket still has work to do (and a deadline to meet). */
export const OPEN_TICKET_STATUSES: readonly DeletionStatus[] = OPEN_REQUEST_STATUSES;
const open = OPEN_TICKET_STATUSES;

/** Why a ticket other than a marketing opt-out cannot complete yet: the identity comes first. */
export const identityFirst = (status: unknown) =>
  `Cannot complete while the record is ${String(status).replace(/_/g, ' ')}: verify the requester’s identity first (only a marketing e-mail opt-out needs no check)`;

/** Once verification starts these say whose data is erased and who is told: they are what was verified. */
export const IDENTITY_BOUND_FIELDS = ['customer_id', 'requester_email', 'scope'] as const;
export const identityCheckRestart = identityCheckRestartOn(IDENTITY_BOUND_FIELDS);

// The erasure happens on the linked customer, so that is who must prove control of the account.
const needsCustomer = (record: Record<string, unknown>) =>
  record.scope !== 'marketing_email' && record.customer_id == null ? 'Link the ticket to the customer whose data is to be erased before verifying anyone’s identity' : null;

// Identity is verified before anything is deleted; the erasure itself happens when the ticket is completed.
const steps: Record<string, StepDefinition<DeletionStatus>> = {
  ...identitySteps<DeletionStatus>({
    needsCustomer,
    consentRecordRefusal: (record) => (record.scope === 'child_data' ? null : 'A consent record verifies only a parent asking to delete their child’s data'),
  }),
  // CAN-SPAM lets a marketing opt-out ask for nothing but the address: such a ticket completes from
  // any open state, with no identity check; every other scope only once the identity is verified.
  complete: {
    from: open,
    to: 'completed',
    irreversible: true,
    sendsMail: true,
    actors: ['admin', 'support'],
    inputs: ['note'],
    optional: ['note'],
    refuse: (record) => (record.scope !== 'marketing_email' && record.status !== 'in_progress' ? identityFirst(record.status) : null),
    // An open referral holds the customer's data: the erasure waits until the legal advisor releases it.
    obstacle: (record, { customerReferrals = [] }) => {
      const referralIds = erasesCustomer(record.scope) ? holdingReferralIds(customerReferrals) : [];
      return referralIds.length ? { kind: 'legal_hold', referralIds } : null;
    },
    // the ticket's requester goes with the erasure; a marketing address stays, hashed on the suppression list
    changes: (_input, record, now) => ({ completed_at: now.toISOString(), ...(erasesCustomer(record.scope) ? erasedValues('deletion-tickets', now) : {}) }),
  },
  reject: rejectStep<DeletionStatus>(),
};

export const deletionWorkflow: Workflow<DeletionStatus> = { name: 'deletion', resource: deletionTickets, steps };

export const isOpenTicket = (status: unknown) => (open as readonly unknown[]).includes(status);
