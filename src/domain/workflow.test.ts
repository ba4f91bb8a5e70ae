import { describe, expect, it } from 'vitest';
import { parseStepInput, planStep, stepChanges, stepNote, stepRefusal, type StepActor } from './workflow';
import { consentWorkflow } from './consentWorkflow';
import { deletionWorkflow } from './deletionWorkflow';
import { referralWorkflow } from './referralWorkflow';
import { STALE_VERSION } from './apiMessages';

const now = new Date('2026-11-23T08:30:00.000Z');
const support: StepActor = { kind: 'support', username: 'the.support' };
const legal: StepActor = { kind: 'legal', username: 'the.legal' };
const OPINION = 'Lawful and limited to what is needed.';

describe('what staff read when a step is refused', () => {
  it('names a step the workflow does not have (404)', () => {
    expect(stepRefusal(deletionWorkflow, 'erase_everything', { status: 'new' }, support)).toEqual({
      status: 404,
      message: "There is no step 'erase_everything' in the deletion-tickets workflow",
    });
  });

  it('names the role and the step, in words, when the role may not take it (403)', () => {
    expect(stepRefusal(referralWorkflow, 'request_changes', { status: 'awaiting_legal_review' }, support)).toEqual({
      status: 403,
      message: 'The support role may not request changes authority-referrals',
    });
  });

  it('names the step and the state, in words, when the state does not allow it (409)', () => {
    expect(stepRefusal(consentWorkflow, 'allow_disclosure', { status: 'notice_sent' }, support)).toEqual({
      status: 409,
      message: 'Cannot allow disclosure while the record is notice sent',
    });
  });
});

describe('reading a step’s input', () => {
  const reject = deletionWorkflow.steps.reject;

  it('asks for the version the change is based on', () => {
    expect(parseStepInput(reject, { status: 'new' }, { reason: 'Not the account holder' })).toEqual({
      ok: false,
      message: 'version: The record version is required',
      errors: { version: 'The record version is required' },
    });
  });

  it('names every field at fault in one message, each once', () => {
    const result = parseStepInput(reject, { status: 'new' }, { reason: 'no' });
    expect(result).toEqual({
      ok: false,
      message: 'version: The record version is required; reason: A reason: at least 5 characters',
      errors: { version: 'The record version is required', reason: 'A reason: at least 5 characters' },
    });
  });

  it('refuses a body that is not an object as a whole', () => {
    const result = parseStepInput(reject, { status: 'new' }, 'reject it');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['(body)']);
    expect(result.message).toMatch(/^\(body\): /);
  });

  it('reads a missing body as an empty one', () => {
    expect(parseStepInput(deletionWorkflow.steps.send_identity_code, { status: 'verifying_identity' }, undefined)).toMatchObject({
      ok: false,
      errors: { version: 'The record version is required' },
    });
  });

  it('names a field inside a list by its dotted path', () => {
    const record = { status: 'awaiting_legal_review', proposed_fields: ['email'] };
    expect(parseStepInput(referralWorkflow.steps.approve, record, { version: 1, opinion: OPINION, approved_fields: ['email', 'school'] })).toMatchObject({
      ok: false,
      errors: { 'approved_fields.1': 'Not a customer field that can be disclosed' },
    });
  });

  it('accepts the input of a step without a rule of its own', () => {
    expect(parseStepInput(referralWorkflow.steps.submit, { status: 'draft' }, { version: 2 })).toEqual({ ok: true, value: { version: 2 } });
  });
});

describe('the note a step leaves in the history', () => {
  it('is the opinion, else the reason, else the note, trimmed', () => {
    expect(stepNote({ opinion: '  Lawful.  ', reason: 'r', note: 'n' })).toBe('Lawful.');
    expect(stepNote({ reason: ' Not the holder ', note: 'n' })).toBe('Not the holder');
    expect(stepNote({ note: ' Called back ' })).toBe('Called back');
  });

  it('skips blank and non-text values', () => {
    expect(stepNote({ opinion: '   ', note: 'Called back' })).toBe('Called back');
    expect(stepNote({ reason: 5, note: null })).toBeNull();
    expect(stepNote({})).toBeNull();
  });
});

describe('what a step writes', () => {
  it('moves the status and sets the step’s fields', () => {
    expect(stepChanges(deletionWorkflow.steps.reject, { status: 'new' }, { reason: 'Not the holder' }, now)).toEqual({ status: 'rejected', rejection_reason: 'Not the holder' });
  });

  it('only moves the status of a step with no fields of its own', () => {
    expect(stepChanges(referralWorkflow.steps.submit, { status: 'draft' }, {}, now)).toEqual({ status: 'awaiting_legal_review' });
  });

  it('only sets fields for a step that does not move the record', () => {
    expect(stepChanges(deletionWorkflow.steps.assign, { status: 'new' }, { assignee: 'sara.support' }, now)).toEqual({ assignee: 'sara.support' });
  });
});

describe('planStep', () => {
  it('plans the changes, the checked input and the history entry', () => {
    const ticket = { status: 'new', version: 3, scope: 'account', customer_id: 7 };
    expect(planStep(deletionWorkflow, 'reject', ticket, support, { version: 3, reason: '  Not the account holder ' }, now)).toEqual({
      ok: true,
      plan: {
        changes: { status: 'rejected', rejection_reason: 'Not the account holder' },
        input: { version: 3, reason: 'Not the account holder' },
        history: { step: 'reject', from_status: 'new', to_status: 'rejected', note: 'Not the account holder' },
      },
    });
  });

  it('records a step that does not move the record as staying where it is', () => {
    const ticket = { status: 'in_progress', version: 1 };
    expect(planStep(deletionWorkflow, 'assign', ticket, support, { version: 1, assignee: 'sara.support' }, now)).toEqual({
      ok: true,
      plan: {
        changes: { assignee: 'sara.support' },
        input: { version: 1, assignee: 'sara.support' },
        history: { step: 'assign', from_status: 'in_progress', to_status: 'in_progress', note: 'Assigned to sara.support' },
      },
    });
  });

  it('refuses the wrong role (403) before reading the input', () => {
    expect(planStep(referralWorkflow, 'approve', { status: 'awaiting_legal_review', version: 1 }, support, {}, now)).toEqual({
      ok: false,
      status: 403,
      message: 'The support role may not approve authority-referrals',
    });
  });

  it('refuses the wrong state (409)', () => {
    expect(planStep(referralWorkflow, 'close', { status: 'approved', version: 1 }, legal, { version: 1 }, now)).toEqual({
      ok: false,
      status: 409,
      message: 'Cannot close while the record is approved',
    });
  });

  it('refuses bad input (400) with the fields at fault', () => {
    expect(planStep(deletionWorkflow, 'reject', { status: 'new', version: 1 }, support, { version: 1 }, now)).toEqual({
      ok: false,
      status: 400,
      message: 'reason: A reason is required',
      errors: { reason: 'A reason is required' },
    });
  });

  it('refuses a change based on an older version (409)', () => {
    expect(planStep(deletionWorkflow, 'reject', { status: 'new', version: 4 }, support, { version: 3, reason: 'Not the holder' }, now)).toEqual({
      ok: false,
      status: 409,
      message: STALE_VERSION,
    });
  });

  it('plans a decision with the opinion as its note', () => {
    const referral = { status: 'awaiting_legal_review', version: 2, drafted_by: 'sara.support', proposed_fields: ['email'] };
    const decision = planStep(referralWorkflow, 'reject', referral, legal, { version: 2, opinion: OPINION }, now);
    expect(decision).toMatchObject({ ok: true, plan: { history: { step: 'reject', from_status: 'awaiting_legal_review', to_status: 'rejected', note: OPINION } } });
  });
});
