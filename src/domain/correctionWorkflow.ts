import { correctionRequests, type CorrectionStatus } from './correctionRequests';
import type { StepDefinition, Workflow } from './workflow';
import { identityCheckRestartOn, identitySteps, rejectStep } from './identityVerification';

export const NO_CUSTOMER = 'Link the request to the customer whose data is to be corrected before verifying anyone’s identity';
export const NOT_VERIFIED = 'Verify the requester’s identity before correcting anything';

/** Whose data is corrected, who asked, and what they asked: what the identity check was about. */
export const correctionIdentityCheckRestart = identityCheckRestartOn(['customer_id', 'requester_email', 'requested_correction']);

const needsCustomer = (record: Record<string, unknown>) => (record.customer_id == null ? NO_CUSTOMER : null);

const steps: Record<string, StepDefinition<CorrectionStatus>> = {
  ...identitySteps<CorrectionStatus>({
    needsCustomer,
    consentRecordRefusal: () => 'A consent record does not prove who asks to correct their own data',
  }),
  // The correction itself is the customer record's usual edit (audited, conflict-safe); this step
  // records what was changed and tells the requester.
  record_correction: {
    from: ['in_progress'],
    to: 'completed',
    actors: ['admin', 'support'],
    inputs: ['correction_made'],
    sendsMail: true,
    refuse: (record) => needsCustomer(record) ?? (record.identity_verified_at ? null : NOT_VERIFIED),
    recordedAs: (input) => `Corrected: ${String(input.correction_made)}`,
    changes: (input, _record, now) => ({ correction_made: input.correction_made, completed_at: now.toISOString() }),
  },
  reject: rejectStep<CorrectionStatus>(),
};

export const correctionWorkflow: Workflow<CorrectionStatus> = { name: 'correction', resource: correctionRequests, steps };
