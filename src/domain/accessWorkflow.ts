import { accessRequests, type AccessStatus } from './accessRequests';
import type { StepDefinition, Workflow } from './workflow';
import { identityCheckRestartOn, identitySteps, rejectStep } from './identityVerification';

export const NO_CUSTOMER = 'Link the request to the customer whose data it asks for before verifying anyone’s identity';
export const NOT_VERIFIED = 'Verify the requester’s identity before sending them any data';

/** Whose data is sent, and who asked: what the identity check was about, so an edit of them checks it again. */
export const accessIdentityCheckRestart = identityCheckRestartOn(['customer_id', 'requester_email']);

// The data is the linked customer's, so that is who must prove control of the account.
const needsCustomer = (record: Record<string, unknown>) => (record.customer_id == null ? NO_CUSTOMER : null);

const steps: Record<string, StepDefinition<AccessStatus>> = {
  ...identitySteps<AccessStatus>({
    needsCustomer,
    // a parent's review of their child's data goes through the consent request (its link), not here
    consentRecordRefusal: () => 'A consent record does not prove who asks for their own data',
  }),
  // The file is not made here: a single-use link goes to the customer's own address, and the data is
  // assembled when it is used (server/workflows/accessEffects.ts).
  send_data: {
    from: ['in_progress'],
    to: 'completed',
    actors: ['admin', 'support'],
    inputs: ['note'],
    optional: ['note'],
    sendsMail: true,
    refuse: (record) => needsCustomer(record) ?? (record.identity_verified_at ? null : NOT_VERIFIED),
    changes: (_input, _record, now) => ({ completed_at: now.toISOString() }),
  },
  reject: rejectStep<AccessStatus>(),
};

export const accessWorkflow: Workflow<AccessStatus> = { name: 'access', resource: accessRequests, steps };
