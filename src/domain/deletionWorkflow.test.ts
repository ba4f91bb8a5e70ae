import { describe, expect, it } from 'vitest';
import { availableSteps, obstacleMessage, planStep, stepObstacle, stepRefusal, WORKFLOW_NAMES, type StepActor } from './workflow';
import {
  assigneeRefusal,
  codeVoided,
  deletionWorkflow,
  identityFirst,
  isOpenTicket,
  MAX_CODES_PER_TICKET,
  NOT_AN_ASSIGNEE,
  WRONG_CODE,
} from './deletionWorkflow';
import { WORKFLOWS } from './workflows';
import { buildAuthorityReferral, buildDeletionTicket } from '../../mocks/fixtures';
import type { DeletionScope, DeletionStatus } from './deletionTickets';

const now = new Date('2026-11-23T08:30:00.000Z');
const at = now.toISOString();
const support: StepActor = { kind: 'support', username: 'the.support' };

const ticket = (overrides: Parameters<typeof buildDeletionTicket>[0] = {}): Record<string, unknown> => ({ ...buildDeletionTicket(overrides) });

function plan(step: string, record: Record<string, unknown>, body: Record<string, unknown>) {
  const decision = planStep(deletionWorkflow, step, record, support, { version: record.version, ...body }, now);
  if (!decision.ok) throw new Error(`${step} refused: ${decision.status} ${decision.message}`);
  return decision.plan;
}

const refusedInput = (step: string, record: Record<string, unknown>, body: Record<string, unknown>) =>
  planStep(deletionWorkflow, step, record, support, { version: record.version, ...body }, now);

describe('the deletion workflow’s steps', () => {
  it.each<DeletionStatus>(['new', 'verifying_identity', 'in_progress'])('assigns a ticket that is %s, without moving it', (status) => {
    const planned = plan('assign', ticket({ status }), { assignee: 'sara.support' });
    expect(planned.changes).toStrictEqual({ assignee: 'sara.support' });
    expect(planned.history).toEqual({ step: 'assign', from_status: status, to_status: status, note: 'Assigned to sara.support' });
  });

  it('starts verifying the identity, with an optional note', () => {
    const planned = plan('start_verification', ticket(), { note: 'Asked the customer to reply from the account e-mail' });
    expect(planned.changes).toStrictEqual({ status: 'verifying_identity' });
    expect(planned.history.note).toBe('Asked the customer to reply from the account e-mail');
    expect(plan('start_verification', ticket(), {}).history.note).toBeNull();
  });

  it('sends an identity code without moving the ticket', () => {
    const planned = plan('send_identity_code', ticket({ status: 'verifying_identity', identity_codes_sent: 1 }), {});
    expect(planned.changes).toStrictEqual({});
    expect(planned.history).toEqual({ step: 'send_identity_code', from_status: 'verifying_identity', to_status: 'verifying_identity', note: null });
  });

  it(`refuses a code after ${MAX_CODES_PER_TICKET}, saying what to do instead`, () => {
    expect(stepRefusal(deletionWorkflow, 'send_identity_code', ticket({ status: 'verifying_identity', identity_codes_sent: MAX_CODES_PER_TICKET }), support)).toEqual({
      status: 409,
      message: `${MAX_CODES_PER_TICKET} codes have been sent for this ticket: verify the identity another way, or reject the ticket`,
    });
    // a ticket that never sent one has sent none
    const neverSent = { ...ticket({ status: 'verifying_identity' }), identity_codes_sent: undefined };
    expect(stepRefusal(deletionWorkflow, 'send_identity_code', neverSent, support)).toBeNull();
  });

  it('asks for the customer before any identity check', () => {
    const unlinked = ticket({ status: 'verifying_identity', customer_id: null });
    const message = 'Link the ticket to the customer whose data is to be erased before verifying anyone’s identity';
    for (const step of ['send_identity_code', 'verify_identity']) expect(stepRefusal(deletionWorkflow, step, unlinked, support)).toEqual({ status: 409, message });
    expect(stepRefusal(deletionWorkflow, 'start_verification', { ...unlinked, status: 'new' }, support)).toEqual({ status: 409, message });
    expect(stepRefusal(deletionWorkflow, 'send_identity_code', { ...unlinked, scope: 'marketing_email' }, support)).toBeNull();
  });

  describe('verifying the identity', () => {
    const verifying = ticket({ status: 'verifying_identity' });

    it('records how and when, and keeps the note', () => {
      const planned = plan('verify_identity', verifying, { identity_method: 'phone_callback', note: 'Called the number on the account' });
      expect(planned.changes).toStrictEqual({ status: 'in_progress', identity_method: 'phone_callback', identity_verified_at: at });
      expect(planned.history).toEqual({ step: 'verify_identity', from_status: 'verifying_identity', to_status: 'in_progress', note: 'Called the number on the account' });
    });

    it('accepts an e-mailed code with the code typed in', () => {
      expect(plan('verify_identity', verifying, { identity_method: 'email_code', code: '123456' }).input).toMatchObject({ identity_method: 'email_code', code: '123456' });
    });

    it('asks for the code of an e-mailed code', () => {
      expect(refusedInput('verify_identity', verifying, { identity_method: 'email_code' })).toEqual({
        ok: false,
        status: 400,
        message: 'Type the 6-digit code the requester received',
        errors: {},
      });
    });

    it('accepts a consent record only from a parent deleting their child’s data', () => {
      expect(refusedInput('verify_identity', verifying, { identity_method: 'consent_record' })).toEqual({
        ok: false,
        status: 400,
        message: 'A consent record verifies only a parent asking to delete their child’s data',
        errors: {},
      });
      expect(plan('verify_identity', { ...verifying, scope: 'child_data' }, { identity_method: 'consent_record' }).changes).toMatchObject({ identity_method: 'consent_record' });
    });

    it('asks how the identity was verified', () => {
      expect(refusedInput('verify_identity', verifying, {})).toMatchObject({ ok: false, status: 400, errors: { identity_method: 'Choose how the identity was verified' } });
    });
  });

  it.each<DeletionScope>(['account', 'child_data'])('erases the requester’s details when a %s ticket is completed', (scope) => {
    const planned = plan('complete', ticket({ status: 'in_progress', scope, requester_phone: '+96891234567' }), { note: 'Erased' });
    expect(planned.changes).toStrictEqual({ status: 'completed', completed_at: at, requester_name: null, requester_email: null, requester_phone: null });
    expect(planned.history.note).toBe('Erased');
  });

  it('keeps the requester of a marketing address (it stays hashed on the suppression list)', () => {
    expect(plan('complete', ticket({ status: 'in_progress', scope: 'marketing_email' }), {}).changes).toStrictEqual({ status: 'completed', completed_at: at });
  });

  describe('a marketing e-mail opt-out needs no identity check (CAN-SPAM asks only for the address)', () => {
    it.each<DeletionStatus>(['new', 'verifying_identity', 'in_progress'])('completes a marketing_email ticket that is %s', (status) => {
      const planned = plan('complete', ticket({ status, scope: 'marketing_email' }), {});
      expect(planned.changes).toStrictEqual({ status: 'completed', completed_at: at });
      expect(planned.history).toMatchObject({ step: 'complete', from_status: status, to_status: 'completed' });
    });

    it.each<[DeletionScope, DeletionStatus]>([
      ['account', 'new'],
      ['account', 'verifying_identity'],
      ['child_data', 'new'],
      ['child_data', 'verifying_identity'],
    ])('still refuses to complete a %s ticket that is %s: 409, verify first', (scope, status) => {
      expect(stepRefusal(deletionWorkflow, 'complete', ticket({ status, scope }), support)).toEqual({ status: 409, message: identityFirst(status) });
    });

    it.each<DeletionScope>(['account', 'child_data', 'marketing_email'])('never completes a %s ticket twice, nor a rejected one', (scope) => {
      for (const status of ['completed', 'rejected'] as const) {
        expect(stepRefusal(deletionWorkflow, 'complete', ticket({ status, scope }), support)?.status).toBe(409);
      }
    });

    it('offers the completion on a new marketing ticket, not on a new account ticket', () => {
      expect(availableSteps(deletionWorkflow, ticket({ status: 'new', scope: 'marketing_email' }), support)).toContain('complete');
      expect(availableSteps(deletionWorkflow, ticket({ status: 'new', scope: 'account' }), support)).not.toContain('complete');
    });
  });

  it('rejects with a reason that the ticket keeps', () => {
    const planned = plan('reject', ticket({ status: 'verifying_identity' }), { reason: 'Not the account holder' });
    expect(planned.changes).toStrictEqual({ status: 'rejected', rejection_reason: 'Not the account holder' });
    expect(planned.history.note).toBe('Not the account holder');
  });

  it('warns that mail is needed for the identity code, the completion notice and the refusal', () => {
    const mailing = Object.entries(deletionWorkflow.steps).filter(([, step]) => step.sendsMail).map(([name]) => name);
    expect(mailing.sort()).toEqual(['complete', 'reject', 'send_identity_code']);
  });
});

describe('who may be assigned a ticket', () => {
  it.each([
    ['an enabled admin', { role: 'admin', disabled: false }, null],
    ['an enabled support member', { role: 'support', disabled: false }, null],
    ['the legal advisor', { role: 'legal', disabled: false }, "No enabled support or admin account is called 'sam'"],
    ['a disabled support account', { role: 'support', disabled: true }, "No enabled support or admin account is called 'sam'"],
    ['nobody', undefined, "No enabled support or admin account is called 'sam'"],
  ])('%s', (_name, account, expected) => {
    expect(assigneeRefusal(account, 'sam')).toBe(expected);
  });

  it('marks the assignee field as the one at fault', () => {
    expect(NOT_AN_ASSIGNEE).toEqual({ assignee: 'Not a support or admin username' });
  });
});

describe('what the code check tells staff', () => {
  it('says to send a new code after a wrong one, and how many tries voided it', () => {
    expect(WRONG_CODE).toBe('The code is wrong or has expired: send a new one');
    expect(codeVoided(5)).toBe('5 wrong codes: this code no longer works. Send a new one, or verify the identity another way');
  });
});

describe('open tickets', () => {
  it.each([
    ['new', true],
    ['verifying_identity', true],
    ['in_progress', true],
    ['completed', false],
    ['rejected', false],
  ])('%s: open %s', (status, open) => {
    expect(isOpenTicket(status)).toBe(open);
  });
});

it('each workflow has its own name, the one the server keys its effects by', () => {
  expect(WORKFLOWS.map((w) => w.name)).toEqual([...WORKFLOW_NAMES]);
  expect(new Set(WORKFLOWS.map((w) => w.resource.name)).size).toBe(WORKFLOWS.length);
});

describe('the history of an assignment', () => {
  it('says to whom, and keeps the note after it', () => {
    const planned = planStep(deletionWorkflow, 'assign', { status: 'new', version: 2 }, support, { version: 2, assignee: 'support' }, now);
    expect(planned.ok && planned.plan.history.note).toBe('Assigned to support');
  });
});

describe('what stands in the way of completing a ticket', () => {
  const inProgress = (scope: DeletionScope) => ticket({ status: 'in_progress', scope });
  const held: Record<string, unknown> = { ...buildAuthorityReferral({ id: 29, status: 'awaiting_legal_review' }) };
  const released: Record<string, unknown> = { ...buildAuthorityReferral({ id: 30, status: 'disclosed', hold_released_at: '2026-10-02T08:00:00.000Z' }) };
  const closed: Record<string, unknown> = { ...buildAuthorityReferral({ id: 31, status: 'closed' }) };

  it.each([
    ['an open referral', 'account', [held, released, closed], [29]],
    ['an open referral, for a child’s data', 'child_data', [held], [29]],
    ['only released or ended referrals', 'account', [released, closed], null],
    ['no referral', 'account', [], null],
    ['a marketing address only (nothing of the customer is erased)', 'marketing_email', [held], null],
  ] as const)('with %s', (_case, scope, referrals, holding) => {
    const obstacle = stepObstacle(deletionWorkflow, 'complete', inProgress(scope), { customerReferrals: referrals });
    expect(obstacle).toEqual(holding ? { kind: 'legal_hold', referralIds: holding } : null);
  });

  it('is nothing for the other steps, and the API names the holding referrals', () => {
    expect(stepObstacle(deletionWorkflow, 'reject', inProgress('account'), { customerReferrals: [held] })).toBeNull();
    expect(obstacleMessage({ kind: 'legal_hold', referralIds: [29, 31] })).toMatch(/authority referral #29, #31 is open/);
  });
});
