import { describe, expect, it } from 'vitest';
import { readStepAuditReason, refusedStepAuditReason, stepAuditReason } from './auditLog';

describe('a workflow step’s audit reason', () => {
  it('is read back as the server writes it', () => {
    expect(readStepAuditReason('workflow_step', stepAuditReason('start_verification', 'new', 'verifying_identity'))).toEqual({ step: 'start_verification', from: 'new', to: 'verifying_identity' });
    expect(readStepAuditReason('workflow_step_refused', refusedStepAuditReason('verify_identity', 'Wrong: try again'))).toEqual({ step: 'verify_identity', refusal: 'Wrong: try again' });
  });

  it('is nothing for other entries, or a reason in another shape', () => {
    expect(readStepAuditReason('reveal', 'assign: new → new')).toBeNull();
    expect(readStepAuditReason('workflow_step', 'Assigned by hand')).toBeNull();
    expect(readStepAuditReason('workflow_step', null)).toBeNull();
  });
});
