import { describe, expect, it } from 'vitest';
import type { Workflow } from './workflow';
import { consentWorkflow } from './consentWorkflow';
import { deletionWorkflow } from './deletionWorkflow';
import { referralWorkflow } from './referralWorkflow';
import { breachWorkflow } from './breachWorkflow';

// What the step dialog asks staff to fill in: an input not listed as optional is marked required.
type Form = { required: string[]; optional: string[] };
const forms: [string, Workflow, Record<string, Form>][] = [
  [
    'consent',
    consentWorkflow,
    {
      send_notice: { required: [], optional: ['note'] },
      resend_notice: { required: [], optional: ['note'] },
      notice_delivered: { required: [], optional: [] },
      notice_failed: { required: [], optional: ['note'] },
      grant: { required: ['verification_method', 'third_party_disclosure'], optional: ['note'] },
      refuse: { required: [], optional: ['note'] },
      allow_disclosure: { required: ['verification_method'], optional: ['note'] },
      withdraw: { required: [], optional: ['note'] },
      expire: { required: [], optional: [] },
    },
  ],
  [
    'deletion',
    deletionWorkflow,
    {
      assign: { required: ['assignee'], optional: [] },
      start_verification: { required: [], optional: ['note'] },
      send_identity_code: { required: [], optional: [] },
      verify_identity: { required: ['identity_method'], optional: ['code', 'note'] },
      complete: { required: [], optional: ['note'] },
      reject: { required: ['reason'], optional: [] },
    },
  ],
  [
    'referral',
    referralWorkflow,
    {
      submit: { required: [], optional: ['note'] },
      approve: { required: ['opinion', 'approved_fields'], optional: [] },
      request_changes: { required: ['opinion'], optional: [] },
      reject: { required: ['opinion'], optional: [] },
      record_disclosure: { required: ['disclosed_on', 'disclosure_channel', 'authority_reference'], optional: [] },
      close: { required: [], optional: ['note'] },
      release_hold: { required: ['opinion'], optional: [] },
    },
  ],
  [
    'breach',
    breachWorkflow,
    {
      assess: { required: ['risk', 'risk_reasoning'], optional: [] },
      submit_for_review: { required: [], optional: ['note'] },
      approve: { required: ['opinion'], optional: [] },
      request_changes: { required: ['opinion'], optional: [] },
      record_ministry_notification: { required: ['ministry_sent_at', 'ministry_method', 'ministry_reference'], optional: [] },
      publish_site_notice: { required: [], optional: ['note'] },
      close: { required: ['lessons'], optional: [] },
    },
  ],
];

describe.each(forms)('the %s workflow’s step dialogs', (_name, workflow, expected) => {
  it.each(Object.entries(expected))('%s asks for %j', (stepName, form) => {
    const step = workflow.steps[stepName];
    const optional = step.optional ?? [];
    expect({ required: step.inputs.filter((input) => !optional.includes(input)), optional: step.inputs.filter((input) => optional.includes(input)) }).toEqual(form);
    // nothing is optional that the step does not ask for
    expect(optional.every((input) => step.inputs.includes(input))).toBe(true);
  });
});
