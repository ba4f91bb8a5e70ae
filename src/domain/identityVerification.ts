import type { StepDefinition } from './workflow';

/**
 * Proving who asks, as every request about a person's own data does it (deletion tickets, access
 * requests): a ticket is assigned, its identity check started, a one-time code mailed to the address
 * the store knows for the customer (never one the requester typed), and the identity verified by the
 * code or another recorded method. One set of rules, shared by each request's workflow.
 */

/** The lifecycle every such request shares. */
export type RequestStatus = 'new' | 'verifying_identity' | 'in_progress' | 'completed' | 'rejected';
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['new', 'verifying_identity', 'in_progress'];

/** An e-mailed code is void after this many wrong tries, and a request gets at most this many codes. */
export const MAX_WRONG_CODES = 5;
export const MAX_CODES_PER_TICKET = 5;
export const IDENTITY_CODE_MINUTES = 30;

export const WRONG_CODE = 'The code is wrong or has expired: send a new one';
export const codeVoided = (tries: number) => `${tries} wrong codes: this code no longer works. Send a new one, or verify the identity another way`;
export const tooManyCodes = `${MAX_CODES_PER_TICKET} codes have been sent for this ticket: verify the identity another way, or reject the ticket`;

/** Requests are worked by the staff who run them: an enabled admin or support account. Null when `account` may take the request. */
export function assigneeRefusal(account: Record<string, unknown> | undefined, username: string): string | null {
  return account && !account.disabled && (account.role === 'admin' || account.role === 'support') ? null : `No enabled support or admin account is called '${username}'`;
}
export const NOT_AN_ASSIGNEE = { assignee: 'Not a support or admin username' };

/** Someone a request can be assigned to, as the assign dialog offers them. */
export interface Assignee {
  username: string;
  display_name: string;
}

/** The staff who may take a request, by name: what the assign dialog offers, from the same rule as assigneeRefusal. */
export function assignees(accounts: readonly Record<string, unknown>[]): Assignee[] {
  return accounts
    .filter((a) => assigneeRefusal(a, String(a.username)) === null)
    .map((a) => ({ username: String(a.username), display_name: String(a.display_name) }))
    .sort((a, b) => a.display_name.localeCompare(b.display_name));
}

const verifying: readonly unknown[] = ['verifying_identity', 'in_progress'];

/**
 * The changes an edit brings with it when it touches what the identity check was about (`boundFields`:
 * whose data, who is told, what is asked): the request goes back to verifying the identity, and any
 * earlier check no longer counts. Null when it does not.
 */
export function identityCheckRestartOn(boundFields: readonly string[]) {
  return (before: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> | null => {
    if (!verifying.includes(before.status)) return null;
    const moved = boundFields.filter((f) => f in values && (values[f] ?? null) !== (before[f] ?? null));
    if (!moved.length) return null;
    return { status: 'verifying_identity', identity_method: null, identity_verified_at: null };
  };
}

/** How the restart shows in the request's history. */
export const IDENTITY_CHECK_RESTART = {
  step: 'restart_verification',
  note: 'The customer, the requester’s e-mail or what is asked changed after verification started: the identity is checked again.',
} as const;

export interface IdentityRules {
  /** why the identity cannot be checked yet (e.g. no customer linked to the request), or null */
  needsCustomer: (record: Record<string, unknown>) => string | null;
  /** why a recorded parental consent cannot prove this requester, or null when it can */
  consentRecordRefusal: (record: Record<string, unknown>) => string | null;
}

/** The steps that assign a request and prove its requester's identity, moving it from new to in progress. */
export function identitySteps<S extends RequestStatus>({ needsCustomer, consentRecordRefusal }: IdentityRules): Record<'assign' | 'start_verification' | 'send_identity_code' | 'verify_identity', StepDefinition<S>> {
  const open = OPEN_REQUEST_STATUSES as readonly S[];
  return {
    assign: {
      from: open,
      actors: ['admin', 'support'],
      inputs: ['assignee'],
      recordedAs: (input) => `Assigned to ${String(input.assignee)}`,
      changes: (input) => ({ assignee: input.assignee }),
    },
    start_verification: {
      from: ['new'] as S[],
      to: 'verifying_identity' as S,
      actors: ['admin', 'support'],
      inputs: ['note'],
      optional: ['note'],
      refuse: needsCustomer,
    },
    send_identity_code: {
      from: ['verifying_identity'] as S[],
      actors: ['admin', 'support'],
      inputs: [],
      sendsMail: true,
      refuse: (record) => needsCustomer(record) ?? (Number(record.identity_codes_sent ?? 0) >= MAX_CODES_PER_TICKET ? tooManyCodes : null),
    },
    verify_identity: {
      from: ['verifying_identity'] as S[],
      to: 'in_progress' as S,
      actors: ['admin', 'support'],
      inputs: ['identity_method', 'code', 'note'],
      optional: ['code', 'note'],
      refuse: needsCustomer,
      checkInput: (input, record) => {
        if (input.identity_method === 'email_code' && !input.code) return 'Type the 6-digit code the requester received';
        if (input.identity_method === 'consent_record') return consentRecordRefusal(record);
        return null;
      },
      changes: (input, _record, now) => ({ identity_method: input.identity_method, identity_verified_at: now.toISOString() }),
    },
  };
}

/** Refusing a request, from any open state, with the reason the requester is told. */
export function rejectStep<S extends RequestStatus>(): StepDefinition<S> {
  return {
    from: OPEN_REQUEST_STATUSES as readonly S[],
    to: 'rejected' as S,
    actors: ['admin', 'support'],
    inputs: ['reason'],
    // the requester is told, with the reason
    sendsMail: true,
    changes: (input) => ({ rejection_reason: input.reason }),
  };
}
