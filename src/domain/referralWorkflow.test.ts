import { describe, expect, it } from 'vitest';
import { availableSteps, planStep, stepRefusal, type StepActor } from './workflow';
import { OWN_DRAFT, WIDENED, referralWorkflow } from './referralWorkflow';
import { referralEditRefusal } from './referralEdit';
import { REFERRAL_STATUSES } from './authorityReferrals';

const now = new Date('2026-11-23T08:30:00.000Z');
const at = now.toISOString();
const support: StepActor = { kind: 'support', username: 'sara.support' };
const legal: StepActor = { kind: 'legal', username: 'huda.legal' };
const OPINION = 'Lawful and limited to what is needed.';

const referral = (status: string, extra: Record<string, unknown> = {}) => ({
  status,
  version: 2,
  drafted_by: 'sara.support',
  proposed_fields: ['full_name', 'email', 'phone'],
  hold_released_at: null,
  ...extra,
});

function plan(step: string, record: Record<string, unknown>, actor: StepActor, body: Record<string, unknown>) {
  const decision = planStep(referralWorkflow, step, record, actor, { version: record.version, ...body }, now);
  if (!decision.ok) throw new Error(`${step} refused: ${decision.status} ${decision.message}`);
  return decision.plan;
}

describe('the referral workflow’s steps', () => {
  it.each(['draft', 'changes_requested'])('submits a referral that is %s for review, with an optional note', (status) => {
    const planned = plan('submit', referral(status), support, { note: 'Ready for review' });
    expect(planned.changes).toStrictEqual({ status: 'awaiting_legal_review' });
    expect(planned.history).toEqual({ step: 'submit', from_status: status, to_status: 'awaiting_legal_review', note: 'Ready for review' });
    expect(plan('submit', referral(status), support, {}).history.note).toBeNull();
  });

  it('approves the fields named, with the opinion and the moment of the decision', () => {
    const planned = plan('approve', referral('awaiting_legal_review'), legal, { opinion: OPINION, approved_fields: ['full_name', 'email'] });
    expect(planned.changes).toStrictEqual({ status: 'approved', legal_opinion: OPINION, decided_at: at, approved_fields: ['full_name', 'email'] });
    expect(planned.history).toEqual({ step: 'approve', from_status: 'awaiting_legal_review', to_status: 'approved', note: OPINION });
  });

  it('never approves a field that was not proposed, nor anything when none was', () => {
    expect(planStep(referralWorkflow, 'approve', referral('awaiting_legal_review'), legal, { version: 2, opinion: OPINION, approved_fields: ['address'] }, now)).toEqual({
      ok: false,
      status: 400,
      message: WIDENED,
      errors: {},
    });
    const noneProposed = referral('awaiting_legal_review', { proposed_fields: null });
    expect(planStep(referralWorkflow, 'approve', noneProposed, legal, { version: 2, opinion: OPINION, approved_fields: ['email'] }, now)).toMatchObject({ ok: false, message: WIDENED });
  });

  it.each([
    ['request_changes', 'changes_requested'],
    ['reject', 'rejected'],
  ])('%s records the opinion alone', (step, to) => {
    const planned = plan(step, referral('awaiting_legal_review'), legal, { opinion: OPINION });
    expect(planned.changes).toStrictEqual({ status: to, legal_opinion: OPINION, decided_at: at });
    expect(planned.history.note).toBe(OPINION);
  });

  it.each(['approve', 'request_changes', 'reject'])('%s needs a written opinion', (step) => {
    expect(planStep(referralWorkflow, step, referral('awaiting_legal_review'), legal, { version: 2, approved_fields: ['email'] }, now)).toMatchObject({
      ok: false,
      status: 400,
      errors: { opinion: 'A written opinion is required' },
    });
  });

  it('refuses the legal advisor a decision on their own draft, with the reason', () => {
    const own = referral('awaiting_legal_review', { drafted_by: 'huda.legal' });
    expect(planStep(referralWorkflow, 'reject', own, legal, { version: 2, opinion: OPINION }, now)).toEqual({ ok: false, status: 409, message: OWN_DRAFT });
  });

  it('lets a decision be taken on a referral whose drafter is not recorded', () => {
    const { drafted_by: _, ...undrafted } = referral('awaiting_legal_review');
    expect(availableSteps(referralWorkflow, undrafted, { kind: 'legal' })).toEqual(['approve', 'request_changes', 'reject', 'release_hold']);
  });

  it('records the disclosure: when, how, and the authority’s reference', () => {
    const disclosure = { disclosed_on: '2026-11-22', disclosure_channel: 'Hand delivery', authority_reference: 'ROP/2026/118' };
    const planned = plan('record_disclosure', referral('approved'), legal, disclosure);
    expect(planned.changes).toStrictEqual({ status: 'disclosed', ...disclosure });
    expect(plan('record_disclosure', referral('approved'), { kind: 'admin', username: 'the.admin' }, disclosure).changes).toMatchObject({ status: 'disclosed' });
  });

  it('closes a disclosed referral, with an optional note', () => {
    const planned = plan('close', referral('disclosed'), legal, { note: 'The authority confirmed receipt' });
    expect(planned.changes).toStrictEqual({ status: 'closed' });
    expect(planned.history.note).toBe('The authority confirmed receipt');
    expect(plan('close', referral('disclosed'), legal, {}).history.note).toBeNull();
  });

  describe('releasing the legal hold', () => {
    it('records when, keeps the opinion and leaves the referral where it is', () => {
      const planned = plan('release_hold', referral('approved'), legal, { opinion: OPINION });
      expect(planned.changes).toStrictEqual({ hold_released_at: at });
      expect(planned.history).toEqual({ step: 'release_hold', from_status: 'approved', to_status: 'approved', note: OPINION });
    });

    it('is refused a second time', () => {
      expect(stepRefusal(referralWorkflow, 'release_hold', referral('disclosed', { hold_released_at: '2026-11-01T08:00:00.000Z' }), legal)).toEqual({
        status: 409,
        message: 'The legal hold on this customer was already released',
      });
    });
  });

  it('sends no mail', () => {
    expect(Object.values(referralWorkflow.steps).filter((step) => step.sendsMail)).toEqual([]);
  });
});

describe('editing a referral', () => {
  it.each(REFERRAL_STATUSES.map((status) => [status, status === 'draft' || status === 'changes_requested'] as const))('%s: editable %s', (status, editable) => {
    expect(referralEditRefusal({ status })).toBe(editable ? null : 'A referral can be edited only as a draft or when the legal advisor asked for changes');
  });
});
