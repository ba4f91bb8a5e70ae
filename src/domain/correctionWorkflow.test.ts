import { describe, expect, it } from 'vitest';
import { planStep, stepRefusal, type StepActor, type StepActorKind } from './workflow';
import { NO_CUSTOMER, NOT_VERIFIED, correctionIdentityCheckRestart, correctionWorkflow } from './correctionWorkflow';
import { CORRECTION_STATUS, correctionRequests } from './correctionRequests';

const ACTORS: StepActorKind[] = ['admin', 'legal', 'support', 'parent', 'system'];
const now = new Date('2026-11-23T08:30:00.000Z');
const support: StepActor = { kind: 'support', username: 'the.support' };

const allowed: [string, string[], string | undefined, StepActorKind[]][] = [
  ['assign', ['new', 'verifying_identity', 'in_progress'], undefined, ['admin', 'support']],
  ['start_verification', ['new'], 'verifying_identity', ['admin', 'support']],
  ['send_identity_code', ['verifying_identity'], undefined, ['admin', 'support']],
  ['verify_identity', ['verifying_identity'], 'in_progress', ['admin', 'support']],
  ['record_correction', ['in_progress'], 'completed', ['admin', 'support']],
  ['reject', ['new', 'verifying_identity', 'in_progress'], 'rejected', ['admin', 'support']],
];

const request = (status: string, extra: Record<string, unknown> = {}) => ({ status, version: 2, customer_id: 7, identity_codes_sent: 0, identity_verified_at: '2026-11-23T08:00:00.000Z', ...extra });
const cases = allowed.flatMap(([step, from, , actors]) => CORRECTION_STATUS.values.flatMap((status) => ACTORS.map((actor) => [step, status, actor, from.includes(status) && actors.includes(actor)] as const)));

describe('the correction workflow', () => {
  it('has exactly the steps of a request to correct one’s own data, each to its state', () => {
    expect(Object.keys(correctionWorkflow.steps).sort()).toEqual(allowed.map(([s]) => s).sort());
    for (const [step, , to] of allowed) expect(correctionWorkflow.steps[step].to).toBe(to);
    expect(correctionWorkflow.resource).toBe(correctionRequests);
  });

  it.each(cases)('%s from %s by %s: allowed %s', (step, status, actor, expected) => {
    const refusal = stepRefusal(correctionWorkflow, step, request(status), { kind: actor, username: `the.${actor}` });
    expect(refusal === null).toBe(expected);
    const actorMay = allowed.find(([s]) => s === step)![3].includes(actor);
    if (!expected) expect(refusal!.status).toBe(actorMay ? 409 : 403);
  });

  it('records what was corrected, only for a verified requester of a known customer', () => {
    const done = planStep(correctionWorkflow, 'record_correction', request('in_progress'), support, { version: 2, correction_made: 'Address changed to Way 12, Seeb' }, now);
    expect(done).toMatchObject({ ok: true, plan: { changes: { status: 'completed', correction_made: 'Address changed to Way 12, Seeb', completed_at: now.toISOString() }, history: { note: 'Corrected: Address changed to Way 12, Seeb' } } });
    expect(planStep(correctionWorkflow, 'record_correction', request('in_progress'), support, { version: 2 }, now)).toMatchObject({ ok: false, status: 400, errors: { correction_made: expect.any(String) } });
    expect(stepRefusal(correctionWorkflow, 'record_correction', request('in_progress', { identity_verified_at: null }), support)).toEqual({ status: 409, message: NOT_VERIFIED });
    expect(stepRefusal(correctionWorkflow, 'start_verification', request('new', { customer_id: null }), support)).toEqual({ status: 409, message: NO_CUSTOMER });
  });

  it('checks the identity again when whose data, who asked or what they asked changes', () => {
    const verified = request('in_progress', { requester_email: 'a@example.net', requested_correction: 'My phone is wrong' });
    expect(correctionIdentityCheckRestart(verified, { ...verified, notes: 'called' })).toBeNull();
    for (const change of [{ customer_id: 8 }, { requester_email: 'b@example.net' }, { requested_correction: 'My address is wrong' }]) {
      expect(correctionIdentityCheckRestart(verified, { ...verified, ...change })).toMatchObject({ status: 'verifying_identity' });
    }
  });
});
