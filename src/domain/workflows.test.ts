import { describe, expect, it } from 'vitest';
import { availableSteps, parseStepInput, stepRefusal, type StepActorKind } from './workflow';
import { consentWorkflow, EMAIL_PLUS_NOT_FOR_DISCLOSURE } from './consentWorkflow';
import { MAX_CODES_PER_TICKET, deletionWorkflow, identityCheckRestart } from './deletionWorkflow';
import { consentChildRefusal } from './childRegistration';
import { OWN_DRAFT, WIDENED, holdsCustomer, referralWorkflow } from './referralWorkflow';
import { CONSENT_STATUSES } from './consentRequests';
import { DELETION_STATUSES } from './deletionTickets';
import { REFERRAL_STATUSES } from './authorityReferrals';

const ACTORS: StepActorKind[] = ['admin', 'legal', 'support', 'parent', 'system'];

// PRODUCT.md's workflows, written out as the allowed [step, from, to, actors]; every other combination is forbidden.
const consentAllowed: [string, string[], string | null, StepActorKind[]][] = [
  // queuing the notice is not sending it: the request moves on when the mail server took it
  ['send_notice', ['awaiting_notice'], null, ['admin', 'support']],
  ['notice_delivered', ['awaiting_notice', 'notice_sent'], 'notice_sent', ['system']],
  ['notice_failed', ['awaiting_notice', 'notice_sent'], null, ['system']],
  ['resend_notice', ['notice_sent'], null, ['admin', 'support']],
  ['grant', ['awaiting_notice', 'notice_sent'], 'granted', ['admin', 'support', 'parent']],
  ['refuse', ['awaiting_notice', 'notice_sent'], 'refused', ['admin', 'support', 'parent']],
  ['allow_disclosure', ['granted'], null, ['admin', 'support']],
  ['withdraw', ['granted'], 'withdrawn', ['admin', 'support', 'parent']],
  ['expire', ['awaiting_notice', 'notice_sent'], 'expired', ['system']],
];
const deletionAllowed: [string, string[], string | null, StepActorKind[]][] = [
  ['assign', ['new', 'verifying_identity', 'in_progress'], null, ['admin', 'support']],
  ['start_verification', ['new'], 'verifying_identity', ['admin', 'support']],
  ['send_identity_code', ['verifying_identity'], null, ['admin', 'support']],
  ['verify_identity', ['verifying_identity'], 'in_progress', ['admin', 'support']],
  ['complete', ['in_progress'], 'completed', ['admin', 'support']],
  ['reject', ['new', 'verifying_identity', 'in_progress'], 'rejected', ['admin', 'support']],
];
const open = ['draft', 'awaiting_legal_review', 'approved', 'changes_requested', 'disclosed'];
const referralAllowed: [string, string[], string | null, StepActorKind[]][] = [
  ['submit', ['draft', 'changes_requested'], 'awaiting_legal_review', ['admin', 'support']],
  ['approve', ['awaiting_legal_review'], 'approved', ['legal']],
  ['request_changes', ['awaiting_legal_review'], 'changes_requested', ['legal']],
  ['reject', ['awaiting_legal_review'], 'rejected', ['legal']],
  ['record_disclosure', ['approved'], 'disclosed', ['admin', 'legal']],
  ['close', ['disclosed'], 'closed', ['admin', 'legal']],
  ['release_hold', open, null, ['legal']],
];

function cases(allowed: [string, string[], string | null, StepActorKind[]][], statuses: readonly string[]) {
  return allowed.flatMap(([step, from, , actors]) =>
    statuses.flatMap((status) => ACTORS.map((actor) => [step, status, actor, from.includes(status) && actors.includes(actor)] as const)),
  );
}

describe.each([
  ['consent', consentWorkflow, consentAllowed, CONSENT_STATUSES],
  ['deletion', deletionWorkflow, deletionAllowed, DELETION_STATUSES],
  ['referral', referralWorkflow, referralAllowed, REFERRAL_STATUSES],
] as const)('the %s workflow', (_name, workflow, allowed, statuses) => {
  it('has exactly the steps of the product description, each to its state', () => {
    expect(Object.keys(workflow.steps).sort()).toEqual(allowed.map(([s]) => s).sort());
    for (const [step, , to] of allowed) expect(workflow.steps[step].to ?? null).toBe(to);
  });

  it.each(cases(allowed as never, statuses))('%s from %s by %s: allowed %s', (step, status, actor, expected) => {
    // a ticket linked to its customer, as verification requires
    const record = { status, drafted_by: 'someone.else', customer_id: 7, scope: 'account' };
    const refusal = stepRefusal(workflow, step, record, { kind: actor, username: `the.${actor}` });
    expect(refusal === null).toBe(expected);
    // the wrong role is a 403, a right role in the wrong state a 409
    const actorMay = allowed.find(([s]) => s === step)![3].includes(actor as never);
    if (!expected) expect(refusal!.status).toBe(actorMay ? 409 : 403);
  });
});

describe('rules beyond states and roles', () => {
  it('the legal advisor never decides on a referral they drafted', () => {
    const own = { status: 'awaiting_legal_review', drafted_by: 'huda.legal' };
    for (const step of ['approve', 'request_changes', 'reject']) {
      expect(stepRefusal(referralWorkflow, step, own, { kind: 'legal', username: 'huda.legal' })).toEqual({ status: 409, message: OWN_DRAFT });
    }
    expect(availableSteps(referralWorkflow, own, { kind: 'legal', username: 'huda.legal' })).toEqual(['release_hold']);
  });

  it('approval narrows the proposed fields and never widens them, always with an opinion', () => {
    const record = { status: 'awaiting_legal_review', proposed_fields: ['full_name', 'email', 'phone'] };
    const step = referralWorkflow.steps.approve;
    expect(parseStepInput(step, record, { version: 1, opinion: 'Lawful and limited to what is needed.', approved_fields: ['full_name'] }).ok).toBe(true);
    expect(parseStepInput(step, record, { version: 1, opinion: 'Lawful and limited to what is needed.', approved_fields: ['full_name', 'address'] })).toMatchObject({ ok: false, message: WIDENED });
    expect(parseStepInput(step, record, { version: 1, approved_fields: ['full_name'] })).toMatchObject({ ok: false, errors: { opinion: expect.any(String) } });
    expect(parseStepInput(step, record, { version: 1, opinion: 'Lawful and limited to what is needed.', approved_fields: [] })).toMatchObject({ ok: false });
  });

  it('e-mail plus is refused as verification when the child’s data is disclosed', () => {
    const step = consentWorkflow.steps.grant;
    const record = { status: 'notice_sent' };
    expect(parseStepInput(step, record, { version: 3, verification_method: 'email_plus', third_party_disclosure: true })).toMatchObject({ ok: false, message: EMAIL_PLUS_NOT_FOR_DISCLOSURE });
    expect(parseStepInput(step, record, { version: 3, verification_method: 'email_plus', third_party_disclosure: false }).ok).toBe(true);
    expect(parseStepInput(step, record, { version: 3, verification_method: 'video_call', third_party_disclosure: true }).ok).toBe(true);
  });

  it('a rejection needs a reason, a code check needs the code', () => {
    expect(parseStepInput(deletionWorkflow.steps.reject, { status: 'new' }, { version: 1, reason: '' })).toMatchObject({ ok: false, errors: { reason: expect.any(String) } });
    expect(parseStepInput(deletionWorkflow.steps.verify_identity, { status: 'verifying_identity' }, { version: 1, identity_method: 'email_code' }).ok).toBe(false);
    expect(parseStepInput(deletionWorkflow.steps.verify_identity, { status: 'verifying_identity', scope: 'account' }, { version: 1, identity_method: 'consent_record' }).ok).toBe(false);
  });

  it('open referrals hold the customer until they end or the hold is released', () => {
    expect(holdsCustomer({ status: 'awaiting_legal_review', hold_released_at: null })).toBe(true);
    expect(holdsCustomer({ status: 'disclosed', hold_released_at: '2026-11-01T08:00:00Z' })).toBe(false);
    expect(holdsCustomer({ status: 'closed', hold_released_at: null })).toBe(false);
    expect(holdsCustomer({ status: 'rejected', hold_released_at: null })).toBe(false);
  });

  it('verifies identity only on a ticket linked to the customer to be erased (a marketing address needs none)', () => {
    const support = { kind: 'support' as const, username: 'the.support' };
    const unlinked = { status: 'new', scope: 'account', customer_id: null };
    expect(stepRefusal(deletionWorkflow, 'start_verification', unlinked, support)).toMatchObject({ status: 409, message: expect.stringMatching(/Link the ticket/) });
    expect(stepRefusal(deletionWorkflow, 'start_verification', { ...unlinked, scope: 'marketing_email' }, support)).toBeNull();
    expect(stepRefusal(deletionWorkflow, 'verify_identity', { ...unlinked, status: 'verifying_identity' }, support)).toMatchObject({ status: 409 });
  });

  it(`sends at most ${MAX_CODES_PER_TICKET} codes for one ticket`, () => {
    const support = { kind: 'support' as const, username: 'the.support' };
    const ticket = { status: 'verifying_identity', scope: 'account', customer_id: 3 };
    expect(stepRefusal(deletionWorkflow, 'send_identity_code', { ...ticket, identity_codes_sent: MAX_CODES_PER_TICKET - 1 }, support)).toBeNull();
    expect(stepRefusal(deletionWorkflow, 'send_identity_code', { ...ticket, identity_codes_sent: MAX_CODES_PER_TICKET }, support)).toMatchObject({ status: 409 });
  });

  it('changing whose data, whose address or what is deleted after verification started checks the identity again', () => {
    const verified = { status: 'in_progress', customer_id: 3, requester_email: 'a@example.org', scope: 'account', notes: null };
    expect(identityCheckRestart(verified, { ...verified, notes: 'called back' })).toBeNull();
    for (const change of [{ customer_id: 4 }, { requester_email: 'b@example.org' }, { scope: 'child_data' }]) {
      expect(identityCheckRestart(verified, { ...verified, ...change })).toEqual({ status: 'verifying_identity', identity_method: null, identity_verified_at: null });
      expect(identityCheckRestart({ ...verified, status: 'verifying_identity' }, { ...verified, ...change })).not.toBeNull();
      // before verification starts the details are still being gathered
      expect(identityCheckRestart({ ...verified, status: 'new' }, { ...verified, ...change })).toBeNull();
    }
  });

  it('a consent request is only ever about a child, by birth date under the configured age', () => {
    const today = '2026-11-23';
    expect(consentChildRefusal({ status: 'active', birth_date: '2014-11-24' }, today, 13)).toBeNull();
    expect(consentChildRefusal({ status: 'active', birth_date: '2013-11-23' }, today, 13)).toMatch(/not/);
    expect(consentChildRefusal({ status: 'active', birth_date: '2013-11-23' }, today, 18)).toBeNull();
    expect(consentChildRefusal({ status: 'active', birth_date: null }, today, 13)).toMatch(/date of birth/);
    expect(consentChildRefusal({ status: 'erased', birth_date: null }, today, 13)).toMatch(/erased/);
  });
});
