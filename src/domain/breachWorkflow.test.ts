import { describe, expect, it } from 'vitest';
import { availableSteps, planStep, stepRefusal, type StepActor, type StepActorKind } from './workflow';
import {
  MAILING_ALREADY_STARTED,
  MINISTRY_ALREADY_RECORDED,
  NOT_YET_NOTIFIED,
  OWN_BREACH_DRAFT,
  SENT_BEFORE_APPROVAL,
  SITE_NOTICE_ALREADY_PUBLISHED,
  TEXTS_MISSING,
  breachWorkflow,
} from './breachWorkflow';
import { BREACH_STATUSES, breachIncidents } from './breachIncidents';

const ACTORS: StepActorKind[] = ['admin', 'legal', 'support', 'parent', 'system'];
const now = new Date('2026-11-23T08:30:00.000Z');
const at = now.toISOString();
const admin: StepActor = { kind: 'admin', username: 'aisha.admin' };
const legal: StepActor = { kind: 'legal', username: 'huda.legal' };
const OPINION = 'The texts say what happened and what to do.';

// PRODUCT.md's breach workflow as the allowed [step, from, to, actors]; every other combination is forbidden.
const allowed: [string, string[], string, StepActorKind[]][] = [
  ['assess', ['recorded', 'assessed', 'changes_requested'], 'assessed', ['admin']],
  ['submit_for_review', ['assessed', 'changes_requested'], 'awaiting_legal_review', ['admin']],
  ['approve', ['awaiting_legal_review'], 'approved', ['legal']],
  ['request_changes', ['awaiting_legal_review'], 'changes_requested', ['legal']],
  ['record_ministry_notification', ['approved', 'notifying'], 'notifying', ['admin']],
  ['publish_site_notice', ['approved', 'notifying'], 'notifying', ['admin']],
  ['email_affected', ['approved', 'notifying'], 'notifying', ['admin']],
  ['close', ['notifying'], 'closed', ['admin']],
];

// An incident that no rule beyond state and role stands in the way of: texts written by someone else, notified.
const incident = (status: string, extra: Record<string, unknown> = {}) => ({
  status,
  version: 3,
  aware_at: '2026-11-22T06:00:00.000Z',
  drafted_by: 'aisha.admin',
  site_notice_text: 'We found a breach.',
  email_notice_text: 'Dear customer, we found a breach.',
  decided_at: '2026-11-22T10:00:00.000Z',
  ministry_sent_at: null,
  site_notice_published_at: null,
  ...extra,
});
const notified = { ministry_sent_at: '2026-11-22T12:00:00.000Z', site_notice_published_at: '2026-11-22T13:00:00.000Z', notices_settled_at: '2026-11-22T15:00:00.000Z' };
const recordFor = (step: string, status: string) => incident(status, step === 'close' ? notified : {});

const cases = allowed.flatMap(([step, from, , actors]) =>
  BREACH_STATUSES.flatMap((status) => ACTORS.map((actor) => [step, status, actor, from.includes(status) && actors.includes(actor)] as const)),
);

function plan(step: string, record: Record<string, unknown>, actor: StepActor, body: Record<string, unknown>) {
  const decision = planStep(breachWorkflow, step, record, actor, { version: record.version, ...body }, now);
  if (!decision.ok) throw new Error(`${step} refused: ${decision.status} ${decision.message}`);
  return decision.plan;
}
const refused = (step: string, record: Record<string, unknown>, actor: StepActor, body: Record<string, unknown>) =>
  planStep(breachWorkflow, step, record, actor, { version: record.version, ...body }, now);

describe('the breach workflow', () => {
  it('has exactly the steps of the product description, each to its state', () => {
    expect(Object.keys(breachWorkflow.steps).sort()).toEqual(allowed.map(([s]) => s).sort());
    for (const [step, , to] of allowed) expect(breachWorkflow.steps[step].to).toBe(to);
    expect(breachWorkflow.resource).toBe(breachIncidents);
  });

  it.each(cases)('%s from %s by %s: allowed %s', (step, status, actor, expected) => {
    const refusal = stepRefusal(breachWorkflow, step, recordFor(step, status), { kind: actor, username: `the.${actor}` });
    expect(refusal === null).toBe(expected);
    // the wrong role is a 403, a right role in the wrong state a 409
    const actorMay = allowed.find(([s]) => s === step)![3].includes(actor);
    if (!expected) expect(refusal!.status).toBe(actorMay ? 409 : 403);
  });
});

describe('the breach workflow’s steps', () => {
  it('assesses the risk with its reasoning, and the history says which', () => {
    const planned = plan('assess', incident('recorded'), admin, { risk: 'high', risk_reasoning: 'ID numbers and addresses of children were exposed.' });
    expect(planned.changes).toStrictEqual({ status: 'assessed', risk: 'high', risk_reasoning: 'ID numbers and addresses of children were exposed.' });
    expect(planned.history.note).toBe('Risk high: ID numbers and addresses of children were exposed.');
    expect(refused('assess', incident('recorded'), admin, { risk: 'severe', risk_reasoning: 'Too short?' })).toMatchObject({ ok: false, status: 400, errors: { risk: expect.any(String) } });
    expect(refused('assess', incident('recorded'), admin, { risk: 'low', risk_reasoning: 'short' })).toMatchObject({ ok: false, status: 400, errors: { risk_reasoning: expect.any(String) } });
  });

  it.each([
    ['site notice', { site_notice_text: null }],
    ['e-mail', { email_notice_text: '  ' }],
  ])('asks the legal advisor only once both texts are written (no %s)', (_what, missing) => {
    expect(stepRefusal(breachWorkflow, 'submit_for_review', incident('assessed', missing), admin)).toEqual({ status: 409, message: TEXTS_MISSING });
    expect(plan('submit_for_review', incident('assessed'), admin, {}).changes).toStrictEqual({ status: 'awaiting_legal_review' });
  });

  it.each([
    ['approve', 'approved'],
    ['request_changes', 'changes_requested'],
  ])('%s keeps the written opinion and when it was given', (step, to) => {
    const planned = plan(step, incident('awaiting_legal_review'), legal, { opinion: OPINION });
    expect(planned.changes).toStrictEqual({ status: to, legal_opinion: OPINION, decided_at: at });
    expect(planned.history.note).toBe(OPINION);
    expect(refused(step, incident('awaiting_legal_review'), legal, {})).toMatchObject({ ok: false, status: 400, errors: { opinion: 'A written opinion is required' } });
  });

  it('never lets the legal advisor decide on texts they drafted (four eyes)', () => {
    const own = incident('awaiting_legal_review', { drafted_by: 'huda.legal' });
    for (const step of ['approve', 'request_changes']) expect(stepRefusal(breachWorkflow, step, own, legal)).toEqual({ status: 409, message: OWN_BREACH_DRAFT });
    expect(availableSteps(breachWorkflow, own, legal)).toEqual([]);
    expect(availableSteps(breachWorkflow, incident('awaiting_legal_review'), legal)).toEqual(['approve', 'request_changes']);
  });

  it('records the Ministry notification once, never as sent before the approval', () => {
    const sent = { ministry_sent_at: '2026-11-22T18:00:00+04:00', ministry_method: 'MTCIT portal', ministry_reference: 'MTCIT-2026-0042' };
    const planned = plan('record_ministry_notification', incident('approved'), admin, sent);
    expect(planned.changes).toStrictEqual({ status: 'notifying', ministry_sent_at: '2026-11-22T14:00:00.000Z', ministry_method: 'MTCIT portal', ministry_reference: 'MTCIT-2026-0042' });
    expect(planned.history.note).toBe('Sent by MTCIT portal, reference MTCIT-2026-0042');
    expect(refused('record_ministry_notification', incident('approved'), admin, { ...sent, ministry_sent_at: '2026-11-22T09:59:00Z' })).toEqual({ ok: false, status: 400, message: SENT_BEFORE_APPROVAL, errors: {} });
    expect(refused('record_ministry_notification', incident('approved'), admin, { ...sent, ministry_sent_at: '2999-01-01T00:00:00Z' })).toMatchObject({ ok: false, status: 400, errors: { ministry_sent_at: 'Cannot be in the future' } });
    expect(stepRefusal(breachWorkflow, 'record_ministry_notification', incident('notifying', notified), admin)).toEqual({ status: 409, message: MINISTRY_ALREADY_RECORDED });
  });

  it('publishes the site notice once, at the moment of the step', () => {
    expect(plan('publish_site_notice', incident('notifying', { ministry_sent_at: notified.ministry_sent_at }), admin, {}).changes).toStrictEqual({ status: 'notifying', site_notice_published_at: at });
    expect(stepRefusal(breachWorkflow, 'publish_site_notice', incident('notifying', notified), admin)).toEqual({ status: 409, message: SITE_NOTICE_ALREADY_PUBLISHED });
  });

  it('closes only once the Ministry is notified, the site notice published and every person e-mailed, with what was learned', () => {
    for (const missing of [{ ministry_sent_at: null }, { site_notice_published_at: null }, { notices_settled_at: null }]) {
      expect(stepRefusal(breachWorkflow, 'close', incident('notifying', { ...notified, ...missing }), admin)).toEqual({ status: 409, message: NOT_YET_NOTIFIED });
    }
    const planned = plan('close', incident('notifying', notified), admin, { lessons: 'Rotate the courier API keys every quarter.' });
    expect(planned.changes).toStrictEqual({ status: 'closed', lessons: 'Rotate the courier API keys every quarter.', closed_at: at });
    expect(refused('close', incident('notifying', notified), admin, {})).toMatchObject({ ok: false, status: 400, errors: { lessons: expect.any(String) } });
  });

  it('starts e-mailing the people affected once, and it is the one step that sends mail', () => {
    expect(plan('email_affected', incident('approved'), admin, {}).changes).toStrictEqual({ status: 'notifying', notices_started_at: at });
    expect(stepRefusal(breachWorkflow, 'email_affected', incident('notifying', { notices_started_at: at }), admin)).toEqual({ status: 409, message: MAILING_ALREADY_STARTED });
    expect(Object.entries(breachWorkflow.steps).filter(([, step]) => step.sendsMail).map(([name]) => name)).toEqual(['email_affected']);
  });
});

describe('editing an incident', () => {
  it.each(BREACH_STATUSES.map((status) => [status, ['recorded', 'assessed', 'changes_requested'].includes(status)] as const))('%s: editable %s', (status, editable) => {
    expect(breachIncidents.updateRefusal!({ status }) === null).toBe(editable);
  });
});
