import { describe, expect, it } from 'vitest';
import { planStep, stepRefusal, type StepActor, type StepActorKind } from './workflow';
import { NO_CUSTOMER, NOT_VERIFIED, accessIdentityCheckRestart, accessWorkflow } from './accessWorkflow';
import { ACCESS_STATUS, accessRequests } from './accessRequests';
import { tooManyCodes } from './identityVerification';

const ACTORS: StepActorKind[] = ['admin', 'legal', 'support', 'parent', 'system'];
const now = new Date('2026-11-23T08:30:00.000Z');
const support: StepActor = { kind: 'support', username: 'the.support' };

// PRODUCT's request lifecycle as the allowed [step, from, to, actors]; every other combination is forbidden.
const allowed: [string, string[], string | undefined, StepActorKind[]][] = [
  ['assign', ['new', 'verifying_identity', 'in_progress'], undefined, ['admin', 'support']],
  ['start_verification', ['new'], 'verifying_identity', ['admin', 'support']],
  ['send_identity_code', ['verifying_identity'], undefined, ['admin', 'support']],
  ['verify_identity', ['verifying_identity'], 'in_progress', ['admin', 'support']],
  ['send_data', ['in_progress'], 'completed', ['admin', 'support']],
  ['reject', ['new', 'verifying_identity', 'in_progress'], 'rejected', ['admin', 'support']],
];

// A request no rule beyond state and role stands in the way of: linked to a customer, its identity verified.
const request = (status: string, extra: Record<string, unknown> = {}) => ({ status, version: 2, customer_id: 7, identity_codes_sent: 0, identity_verified_at: '2026-11-23T08:00:00.000Z', ...extra });

const cases = allowed.flatMap(([step, from, , actors]) => ACCESS_STATUS.values.flatMap((status) => ACTORS.map((actor) => [step, status, actor, from.includes(status) && actors.includes(actor)] as const)));

describe('the access workflow', () => {
  it('has exactly the steps of a request for one’s own data, each to its state', () => {
    expect(Object.keys(accessWorkflow.steps).sort()).toEqual(allowed.map(([s]) => s).sort());
    for (const [step, , to] of allowed) expect(accessWorkflow.steps[step].to).toBe(to);
    expect(accessWorkflow.resource).toBe(accessRequests);
  });

  it.each(cases)('%s from %s by %s: allowed %s', (step, status, actor, expected) => {
    const refusal = stepRefusal(accessWorkflow, step, request(status), { kind: actor, username: `the.${actor}` });
    expect(refusal === null).toBe(expected);
    const actorMay = allowed.find(([s]) => s === step)![3].includes(actor);
    if (!expected) expect(refusal!.status).toBe(actorMay ? 409 : 403);
  });
});

describe('the access workflow’s rules', () => {
  it('checks nobody’s identity, and sends nothing, before the request names a customer', () => {
    for (const [step, status] of [['start_verification', 'new'], ['send_identity_code', 'verifying_identity'], ['verify_identity', 'verifying_identity'], ['send_data', 'in_progress']]) {
      expect(stepRefusal(accessWorkflow, step, request(status, { customer_id: null }), support)).toEqual({ status: 409, message: NO_CUSTOMER });
    }
  });

  it('sends the data only once the identity is verified, and stops mailing codes after five', () => {
    expect(stepRefusal(accessWorkflow, 'send_data', request('in_progress', { identity_verified_at: null }), support)).toEqual({ status: 409, message: NOT_VERIFIED });
    expect(stepRefusal(accessWorkflow, 'send_identity_code', request('verifying_identity', { identity_codes_sent: 5 }), support)).toEqual({ status: 409, message: tooManyCodes });
  });

  it('accepts no parent’s consent record as proof of who asks for their own data', () => {
    const decision = planStep(accessWorkflow, 'verify_identity', request('verifying_identity'), support, { version: 2, identity_method: 'consent_record' }, now);
    expect(decision).toMatchObject({ ok: false, status: 400, message: 'A consent record does not prove who asks for their own data' });
  });

  it('records the verification, the sending and the reason for a refusal', () => {
    const verified = planStep(accessWorkflow, 'verify_identity', request('verifying_identity'), support, { version: 2, identity_method: 'phone_callback' }, now);
    expect(verified.ok && verified.plan.changes).toStrictEqual({ status: 'in_progress', identity_method: 'phone_callback', identity_verified_at: now.toISOString() });
    const sent = planStep(accessWorkflow, 'send_data', request('in_progress'), support, { version: 2 }, now);
    expect(sent.ok && sent.plan.changes).toStrictEqual({ status: 'completed', completed_at: now.toISOString() });
    const rejected = planStep(accessWorkflow, 'reject', request('new'), support, { version: 2, reason: 'No data under this address' }, now);
    expect(rejected.ok && rejected.plan.changes).toStrictEqual({ status: 'rejected', rejection_reason: 'No data under this address' });
    expect(accessRequests.updateRefusal!({ status: 'completed' })).toMatch(/completed/);
    expect(accessRequests.updateRefusal!({ status: 'in_progress' })).toBeNull();
  });

  it('checks the identity again when the customer or the requester’s address changes once checking started', () => {
    const verified = request('in_progress', { requester_email: 'a@example.net' });
    expect(accessIdentityCheckRestart(verified, { ...verified, notes: 'called back' })).toBeNull();
    for (const change of [{ customer_id: 8 }, { requester_email: 'b@example.net' }]) {
      expect(accessIdentityCheckRestart(verified, { ...verified, ...change })).toEqual({ status: 'verifying_identity', identity_method: null, identity_verified_at: null });
      expect(accessIdentityCheckRestart({ ...verified, status: 'new' }, { ...verified, ...change })).toBeNull();
    }
  });
});
