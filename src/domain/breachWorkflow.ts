import { breachIncidents, type BreachStatus } from './breachIncidents';
import type { StepActor, StepDefinition, Workflow } from './workflow';
import { recordDue } from './breachDeadlines';

export const OWN_BREACH_DRAFT = 'The legal advisor never decides on texts they drafted';
export const TEXTS_MISSING = 'Write the site notice and the e-mail to the people affected before asking the legal advisor';
export const MINISTRY_ALREADY_RECORDED = 'The Ministry notification is already recorded';
export const SITE_NOTICE_ALREADY_PUBLISHED = 'The site notice is already published';
export const SENT_BEFORE_APPROVAL = 'The Ministry notification cannot have been sent before the legal advisor approved it';
export const NOT_YET_NOTIFIED = 'Record the Ministry notification, publish the site notice and e-mail every person affected before closing the incident';
export const MAILING_ALREADY_STARTED = 'The e-mails to the people affected are already being sent';

/** The states in which an incident still has work, and clocks, running. */
export const OPEN_BREACH_STATUSES: readonly BreachStatus[] = ['recorded', 'assessed', 'awaiting_legal_review', 'changes_requested', 'approved', 'notifying'];

/** After approval, and only then, anything reaches the Ministry or the public (the policy: legal is consulted first). */
const notifiable: readonly BreachStatus[] = ['approved', 'notifying'];

// Four eyes: whoever last wrote the texts cannot be the one who approves them.
const notOwnDraft = (record: Record<string, unknown>, actor: StepActor) => (actor.username && record.drafted_by === actor.username ? OWN_BREACH_DRAFT : null);

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

const decision = (to: BreachStatus): StepDefinition<BreachStatus> => ({
  from: ['awaiting_legal_review'],
  to,
  actors: ['legal'],
  inputs: ['opinion'],
  refuse: notOwnDraft,
  changes: (input, _record, now) => ({ legal_opinion: input.opinion, decided_at: now.toISOString() }),
});

const steps: Record<string, StepDefinition<BreachStatus>> = {
  assess: {
    from: ['recorded', 'assessed', 'changes_requested'],
    to: 'assessed',
    actors: ['admin'],
    inputs: ['risk', 'risk_reasoning'],
    recordedAs: (input) => `Risk ${String(input.risk)}: ${String(input.risk_reasoning)}`,
    changes: (input) => ({ risk: input.risk, risk_reasoning: input.risk_reasoning }),
  },
  submit_for_review: {
    from: ['assessed', 'changes_requested'],
    to: 'awaiting_legal_review',
    actors: ['admin'],
    inputs: ['note'],
    optional: ['note'],
    refuse: (record) => (hasText(record.site_notice_text) && hasText(record.email_notice_text) ? null : TEXTS_MISSING),
  },
  approve: decision('approved'),
  request_changes: decision('changes_requested'),
  record_ministry_notification: {
    from: notifiable,
    to: 'notifying',
    actors: ['admin'],
    inputs: ['ministry_sent_at', 'ministry_method', 'ministry_reference'],
    refuse: (record) => (record.ministry_sent_at ? MINISTRY_ALREADY_RECORDED : null),
    checkInput: (input, record) =>
      record.decided_at && Date.parse(String(input.ministry_sent_at)) < new Date(record.decided_at as string).getTime() ? SENT_BEFORE_APPROVAL : null,
    recordedAs: (input) => `Sent by ${String(input.ministry_method)}, reference ${String(input.ministry_reference)}`,
    changes: (input) => ({
      ministry_sent_at: new Date(String(input.ministry_sent_at)).toISOString(),
      ministry_method: input.ministry_method,
      ministry_reference: input.ministry_reference,
    }),
  },
  publish_site_notice: {
    from: notifiable,
    to: 'notifying',
    actors: ['admin'],
    inputs: ['note'],
    optional: ['note'],
    refuse: (record) => (record.site_notice_published_at ? SITE_NOTICE_ALREADY_PUBLISHED : null),
    changes: (_input, _record, now) => ({ site_notice_published_at: now.toISOString() }),
  },
  // Starts the mailing; a background job queues and sends the notices (server/workflows/breachMailing.ts),
  // and settles it (notices_settled_at) once nothing is left to queue or to deliver.
  email_affected: {
    from: notifiable,
    to: 'notifying',
    actors: ['admin'],
    inputs: ['note'],
    optional: ['note'],
    sendsMail: true,
    irreversible: true,
    refuse: (record) => (record.notices_started_at ? MAILING_ALREADY_STARTED : null),
    changes: (_input, _record, now) => ({ notices_started_at: now.toISOString() }),
  },
  close: {
    from: ['notifying'],
    to: 'closed',
    actors: ['admin'],
    inputs: ['lessons'],
    refuse: (record) => (record.ministry_sent_at && record.site_notice_published_at && record.notices_settled_at ? null : NOT_YET_NOTIFIED),
    changes: (input, _record, now) => ({ lessons: input.lessons, closed_at: now.toISOString() }),
  },
};

// assessing the risk can add a clock, each notification meets one: the register's next deadline follows
export const breachWorkflow: Workflow<BreachStatus> = { name: 'breach', resource: breachIncidents, steps, derive: recordDue };
