import { describe, expect, it } from 'vitest';
import { availableSteps, planStep, stepRefusal, type StepActor } from './workflow';
import { CONTACTS_ERASED, consentWorkflow, EMAIL_PLUS_NOT_FOR_DISCLOSURE, WINDOW_STILL_OPEN } from './consentWorkflow';
import { buildConsentRequest } from '../../mocks/fixtures';
import type { ConsentStatus } from './consentRequests';

const now = new Date('2026-11-23T08:30:00.000Z');
const at = now.toISOString();
const support: StepActor = { kind: 'support', username: 'the.support' };
const parent: StepActor = { kind: 'parent' };
const system: StepActor = { kind: 'system' };
// what erasing the parent's contact details leaves on the request
const contactErased = { child_name: null, parent_name: null, parent_email: null, parent_phone: null, contact_erased_at: at };

const request = (overrides: Parameters<typeof buildConsentRequest>[0] = {}): Record<string, unknown> => ({ ...buildConsentRequest(overrides) });

function plan(step: string, record: Record<string, unknown>, actor: StepActor, body: Record<string, unknown>) {
  const decision = planStep(consentWorkflow, step, record, actor, { version: record.version, ...body }, now);
  if (!decision.ok) throw new Error(`${step} refused: ${decision.status} ${decision.message}`);
  return decision.plan;
}

describe('the consent workflow’s steps', () => {
  it.each<[string, ConsentStatus]>([
    ['send_notice', 'awaiting_notice'],
    ['resend_notice', 'notice_sent'],
  ])('%s queues the notice, clears an earlier failure and keeps the note', (step, status) => {
    const record = request({ status, notice_failed_at: '2026-11-20T08:00:00.000Z', notice_failure: '550 mailbox unavailable' });
    const planned = plan(step, record, support, { note: 'Parent asked for a new link' });
    expect(planned.changes).toStrictEqual({ notice_queued_at: at, notice_failed_at: null, notice_failure: null });
    expect(planned.history).toEqual({ step, from_status: status, to_status: status, note: 'Parent asked for a new link' });
    // the note is optional
    expect(plan(step, record, support, {}).history.note).toBeNull();
  });

  it('starts the answer window when the mail server took the notice', () => {
    expect(plan('notice_delivered', request(), system, {}).changes).toStrictEqual({ status: 'notice_sent', notice_sent_at: at });
  });

  it('records why the mail server refused the notice, if it said', () => {
    expect(plan('notice_failed', request(), system, { note: '550 mailbox unavailable' }).changes).toStrictEqual({
      notice_failed_at: at,
      notice_failure: '550 mailbox unavailable',
    });
    expect(plan('notice_failed', request(), system, {}).changes).toStrictEqual({ notice_failed_at: at, notice_failure: null });
  });

  it('records how the parent was verified and whether disclosure is allowed when consent is granted', () => {
    const planned = plan('grant', request({ status: 'notice_sent' }), support, { verification_method: 'video_call', third_party_disclosure: true, note: 'Verified on a video call' });
    expect(planned.changes).toStrictEqual({ status: 'granted', verification_method: 'video_call', third_party_disclosure: true, decided_at: at });
    expect(planned.history.note).toBe('Verified on a video call');
    expect(plan('grant', request(), parent, { verification_method: 'email_plus', third_party_disclosure: false }).changes).toStrictEqual({
      status: 'granted',
      verification_method: 'email_plus',
      third_party_disclosure: false,
      decided_at: at,
    });
  });

  it('asks how the parent was verified and whether disclosure is allowed', () => {
    const decision = planStep(consentWorkflow, 'grant', request(), parent, { version: 1 }, now);
    expect(decision).toMatchObject({
      ok: false,
      status: 400,
      errors: { verification_method: 'Choose how the parent was verified', third_party_disclosure: 'Say whether disclosure to third parties is allowed' },
    });
  });

  it('erases the parent’s contact details when consent is refused', () => {
    const planned = plan('refuse', request({ status: 'notice_sent', third_party_disclosure: true }), parent, { note: 'No, thank you' });
    expect(planned.changes).toStrictEqual({ status: 'refused', third_party_disclosure: false, decided_at: at, ...contactErased });
    expect(planned.history.note).toBe('No, thank you');
  });

  it('erases the parent’s contact details when the window runs out unanswered', () => {
    expect(plan('expire', request({ status: 'notice_sent' }), system, {}).changes).toStrictEqual({ status: 'expired', decided_at: at, ...contactErased });
  });

  it('expires a request whose notice never went out once the window from its registration has ended, never before', () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    const future = new Date(Date.now() + 24 * 3600_000).toISOString();
    expect(plan('expire', request({ status: 'awaiting_notice', answer_due_at: past }), system, {}).changes).toStrictEqual({ status: 'expired', decided_at: at, ...contactErased });
    for (const status of ['awaiting_notice', 'notice_sent'] as const) {
      expect(stepRefusal(consentWorkflow, 'expire', request({ status, answer_due_at: future }), system)).toStrictEqual({ status: 409, message: WINDOW_STILL_OPEN });
    }
  });

  it('ends disclosure when consent is withdrawn', () => {
    const planned = plan('withdraw', request({ status: 'granted', third_party_disclosure: true }), parent, { note: 'Changed my mind' });
    expect(planned.changes).toStrictEqual({ status: 'withdrawn', third_party_disclosure: false, decided_at: at });
    expect(planned.history.note).toBe('Changed my mind');
  });

  describe('allowing disclosure after consent', () => {
    const granted = request({ status: 'granted', verification_method: 'email_plus', third_party_disclosure: false });

    it('records the stronger method and allows disclosure, without moving the request', () => {
      const planned = plan('allow_disclosure', granted, support, { verification_method: 'signed_form', note: 'Signed form received' });
      expect(planned.changes).toStrictEqual({ verification_method: 'signed_form', third_party_disclosure: true });
      expect(planned.history).toEqual({ step: 'allow_disclosure', from_status: 'granted', to_status: 'granted', note: 'Signed form received' });
    });

    it('does not accept e-mail plus as that method', () => {
      expect(planStep(consentWorkflow, 'allow_disclosure', granted, support, { version: 1, verification_method: 'email_plus' }, now)).toEqual({
        ok: false,
        status: 400,
        message: EMAIL_PLUS_NOT_FOR_DISCLOSURE,
        errors: {},
      });
    });

    it('is refused when disclosure is already allowed', () => {
      expect(stepRefusal(consentWorkflow, 'allow_disclosure', { ...granted, third_party_disclosure: true }, support)).toEqual({
        status: 409,
        message: 'Disclosure to third parties is already allowed',
      });
    });
  });

  it('warns that mail is needed only for the steps that queue a notice', () => {
    const mailing = Object.entries(consentWorkflow.steps).filter(([, step]) => step.sendsMail).map(([name]) => name);
    expect(mailing.sort()).toEqual(['resend_notice', 'send_notice']);
  });
});

describe('a request whose child was erased by a deletion ticket', () => {
  it('offers staff and the parent no step: nothing can be sent or decided', () => {
    for (const status of ['awaiting_notice', 'notice_sent', 'granted']) {
      const erased = { status, contact_erased_at: '2026-11-20T08:00:00.000Z', third_party_disclosure: false };
      for (const kind of ['admin', 'support', 'parent'] as const) expect(availableSteps(consentWorkflow, erased, { kind, username: `the.${kind}` })).toEqual([]);
      const step = status === 'granted' ? 'withdraw' : 'grant';
      expect(stepRefusal(consentWorkflow, step, erased, { kind: 'support', username: 'the.support' })).toEqual({ status: 409, message: CONTACTS_ERASED });
    }
  });
});

describe('allowing disclosure after consent', () => {
  it('offers exactly the verification methods it accepts: never e-mail plus', () => {
    const step = consentWorkflow.steps.allow_disclosure;
    const offered = step.offers?.verification_method ?? [];
    expect(offered).not.toContain('email_plus');
    const granted = { status: 'granted', third_party_disclosure: false };
    for (const method of offered) expect(step.checkInput?.({ verification_method: method }, granted) ?? null, method).toBeNull();
    expect(step.checkInput?.({ verification_method: 'email_plus' }, granted)).toBe(EMAIL_PLUS_NOT_FOR_DISCLOSURE);
    expect(offered).toHaveLength(6);
  });
});
