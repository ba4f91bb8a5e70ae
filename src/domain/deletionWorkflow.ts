import type { DeletionStatus } from './deletionTickets';
import type { StepDefinition, Workflow } from './workflow';

/** The states in which a ticket still has work to do (and a deadline to meet). */
export const OPEN_TICKET_STATUSES: readonly DeletionStatus[] = ['new', 'verifying_identity', 'in_progress'];
const open = OPEN_TICKET_STATUSES;

// Identity is verified before anything is deleted; the erasure itself happens when the ticket is completed.
const steps: Record<string, StepDefinition<DeletionStatus>> = {
  assign: {
    from: open,
    actors: ['admin', 'support'],
    inputs: ['assignee'],
    changes: (input) => ({ assignee: input.assignee }),
  },
  start_verification: {
    from: ['new'],
    to: 'verifying_identity',
    actors: ['admin', 'support'],
    inputs: ['note'],
    optional: ['note'],
  },
  send_identity_code: {
    from: ['verifying_identity'],
    actors: ['admin', 'support'],
    inputs: [],
  },
  verify_identity: {
    from: ['verifying_identity'],
    to: 'in_progress',
    actors: ['admin', 'support'],
    inputs: ['identity_method', 'code', 'note'],
    optional: ['code', 'note'],
    checkInput: (input, record) => {
      if (input.identity_method === 'email_code' && !input.code) return 'Type the 6-digit code the requester received';
      if (input.identity_method === 'consent_record' && record.scope !== 'child_data') return 'A consent record verifies only a parent asking to delete their child’s data';
      return null;
    },
    changes: (input, _record, now) => ({ identity_method: input.identity_method, identity_verified_at: now.toISOString() }),
  },
  complete: {
    from: ['in_progress'],
    to: 'completed',
    actors: ['admin', 'support'],
    inputs: ['note'],
    optional: ['note'],
    changes: (_input, _record, now) => ({ completed_at: now.toISOString() }),
  },
  reject: {
    from: open,
    to: 'rejected',
    actors: ['admin', 'support'],
    inputs: ['reason'],
    changes: (input) => ({ rejection_reason: input.reason }),
  },
};

export const deletionWorkflow: Workflow<DeletionStatus> = { resource: 'deletion-tickets', steps };

export const isOpenTicket = (status: unknown) => (open as readonly unknown[]).includes(status);
