import { consentRequests, VERIFICATION_METHODS, type ConsentStatus } from './consentRequests';
import type { StepDefinition, Workflow } from './workflow';
import { erasedValues } from './erasure';

// COPPA 16 CFR 312.5(b)(2)(vi): "e-mail plus" verifies a parent only for internal use of the child's data.
export const EMAIL_PLUS_NOT_FOR_DISCLOSURE = 'E-mail plus verifies a parent only while the child’s data is disclosed to no one: choose another method, or do not allow disclosure';

export const WINDOW_STILL_OPEN = 'The parent’s time to answer has not ended: the request cannot expire yet';

/** The decision moments, as the record keeps them. */
const decided = (now: Date) => ({ decided_at: now.toISOString() });

export const CONTACTS_ERASED = 'The contact details of this request were erased (the child’s data was deleted): nothing can be sent or decided on it any more';
// Once the child's data is erased (a deletion ticket), no notice can be sent and no answer recorded on the request.
const contactsErased = (record: Record<string, unknown>) => (record.contact_erased_at ? CONTACTS_ERASED : null);

/** Queuing a notice (from `from`): the request waits for the mail's delivery, and an earlier failure no longer stands. */
const queueNotice = (from: ConsentStatus[]): StepDefinition<ConsentStatus> => ({
  from,
  actors: ['admin', 'support'],
  inputs: ['note'],
  optional: ['note'],
  sendsMail: true,
  refuse: contactsErased,
  changes: (_input, _record, now) => ({ notice_queued_at: now.toISOString(), notice_failed_at: null, notice_failure: null }),
});

// Until consent is granted only the contact details needed for the notice are kept; a refusal or an
// unanswered notice deletes them (the server erases them in the same transaction as the step).
// "Notice sent" means the mail server took the notice: queuing it is not enough, since without a
// working mail server the window would run out (and erase the child's data) on a notice never sent.
const steps: Record<string, StepDefinition<ConsentStatus>> = {
  send_notice: queueNotice(['awaiting_notice']),
  // a lost or expired link: a new notice with a new link and, once it is delivered, a new window; the old link stops working
  resend_notice: queueNotice(['notice_sent']),
  // the mail server took the notice: the window starts now (the server sets its end from the settings)
  notice_delivered: {
    from: ['awaiting_notice', 'notice_sent'],
    to: 'notice_sent',
    actors: ['system'],
    inputs: [],
    changes: (_input, _record, now) => ({ notice_sent_at: now.toISOString() }),
  },
  // the mail server refused it for good: staff see why and send again
  notice_failed: {
    from: ['awaiting_notice', 'notice_sent'],
    actors: ['system'],
    inputs: ['note'],
    optional: ['note'],
    changes: (input, _record, now) => ({ notice_failed_at: now.toISOString(), notice_failure: input.note ?? null }),
  },
  grant: {
    from: ['awaiting_notice', 'notice_sent'],
    to: 'granted',
    actors: ['admin', 'support', 'parent'],
    inputs: ['verification_method', 'third_party_disclosure', 'note'],
    optional: ['note'],
    refuse: contactsErased,
    checkInput: (input) => (input.verification_method === 'email_plus' && input.third_party_disclosure ? EMAIL_PLUS_NOT_FOR_DISCLOSURE : null),
    changes: (input, _record, now) => ({
      verification_method: input.verification_method,
      third_party_disclosure: input.third_party_disclosure,
      ...decided(now),
    }),
  },
  refuse: {
    from: ['awaiting_notice', 'notice_sent'],
    to: 'refused',
    irreversible: true,
    actors: ['admin', 'support', 'parent'],
    inputs: ['note'],
    optional: ['note'],
    refuse: contactsErased,
    changes: (_input, _record, now) => ({ third_party_disclosure: false, ...decided(now), ...erasedValues('consent-requests', now) }),
  },
  // A parent who answered by e-mail link and wants disclosure is confirmed by a stronger method first.
  allow_disclosure: {
    from: ['granted'],
    actors: ['admin', 'support'],
    inputs: ['verification_method', 'note'],
    optional: ['note'],
    refuse: (record) => contactsErased(record) ?? (record.third_party_disclosure ? 'Disclosure to third parties is already allowed' : null),
    offers: { verification_method: VERIFICATION_METHODS.filter((m) => m !== 'email_plus') },
    checkInput: (input) => (input.verification_method === 'email_plus' ? EMAIL_PLUS_NOT_FOR_DISCLOSURE : null),
    changes: (input) => ({ verification_method: input.verification_method, third_party_disclosure: true }),
  },
  withdraw: {
    from: ['granted'],
    to: 'withdrawn',
    actors: ['admin', 'support', 'parent'],
    inputs: ['note'],
    optional: ['note'],
    refuse: contactsErased,
    changes: (_input, _record, now) => ({ third_party_disclosure: false, ...decided(now) }),
  },
  // an unanswered notice, or a notice never sent: the window then runs from the registration (answer_due_at is set when the request opens)
  expire: {
    from: ['awaiting_notice', 'notice_sent'],
    to: 'expired',
    actors: ['system'],
    inputs: [],
    refuse: (record) => (record.answer_due_at && Date.parse(String(record.answer_due_at)) > Date.now() ? WINDOW_STILL_OPEN : null),
    changes: (_input, _record, now) => ({ ...decided(now), ...erasedValues('consent-requests', now) }),
  },
};

export const consentWorkflow: Workflow<ConsentStatus> = { name: 'consent', resource: consentRequests, steps };
