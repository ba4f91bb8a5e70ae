/**
 * What the start pages measure (PRODUCT.md, "Start pages and reports"), written once: the server computes
 * each figure in SQL, the mocks compute the same figure from their records, and the start pages draw it.
 * The shapes below are the API's answers under `/api/metrics/*`.
 */

/** The workflows whose open work and promptness the start pages show, in the order they are shown. */
export const MEASURED_WORKFLOWS = [
  'deletion-tickets',
  'access-requests',
  'correction-requests',
  'consent-requests',
  'authority-referrals',
  'breach-incidents',
] as const;
export type MeasuredWorkflow = (typeof MEASURED_WORKFLOWS)[number];

/** The requests a person makes about their own data: what the ageing chart and "my work" count. */
export const PERSONS_REQUESTS = ['deletion-tickets', 'access-requests', 'correction-requests'] as const satisfies readonly MeasuredWorkflow[];

/** The periods an on-time rate is asked for, in days back from today (Muscat). */
export const ON_TIME_PERIODS = [30, 90, 365] as const;
export type OnTimePeriod = (typeof ON_TIME_PERIODS)[number];

/** Age of an open request in whole Muscat calendar days since it was received; the last bucket has no end. */
export const AGE_BUCKETS = [
  { key: '0-1', from: 0, to: 1 },
  { key: '2-7', from: 2, to: 7 },
  { key: '8-30', from: 8, to: 30 },
  { key: '31-45', from: 31, to: 45 },
  { key: 'over-45', from: 46, to: null },
] as const;
export type AgeBucketKey = (typeof AGE_BUCKETS)[number]['key'];

export function ageBucket(ageInDays: number): AgeBucketKey {
  const bucket = AGE_BUCKETS.find((b) => ageInDays >= b.from && (b.to === null || ageInDays <= b.to));
  return (bucket ?? AGE_BUCKETS[AGE_BUCKETS.length - 1]).key;
}

/** GET /api/metrics/open-work: every workflow the caller may list, by state, with its deadlines. */
export interface OpenWorkflowWork {
  resource: MeasuredWorkflow;
  /** open records per open state (every open state present, zeros included) */
  by_status: Record<string, number>;
  open: number;
  overdue: number;
  due_today: number;
  /** the earliest due date among open records, ISO, or null when none has one */
  earliest_due_at: string | null;
}
export interface OpenWork {
  workflows: OpenWorkflowWork[];
}

/**
 * GET /api/metrics/on-time?days=30|90|365[&assignee=me]: of the records received in the period, how many
 * were closed by their due date (met), closed late or are still open past it (missed), or are open and
 * not yet due (open). rate = met / (met + missed), null when nothing is decided yet.
 */
export interface OnTimeFigures {
  resource: MeasuredWorkflow;
  met: number;
  missed: number;
  open: number;
  rate: number | null;
}
export interface OnTime {
  days: OnTimePeriod;
  /** Muscat days, inclusive */
  from: string;
  to: string;
  workflows: OnTimeFigures[];
}

/** GET /api/metrics/ageing: open requests per age bucket, per workflow (counts in AGE_BUCKETS order). */
export interface Ageing {
  buckets: AgeBucketKey[];
  workflows: { resource: MeasuredWorkflow; counts: number[] }[];
}

/** GET /api/metrics/mail-health: the outbox at a glance. */
export interface MailHealth {
  queued: number;
  sending: number;
  /** failed in the last 7 days */
  failed_recent: number;
  failed: number;
  /** ISO, or null when nothing waits */
  oldest_queued_at: string | null;
}

export const REVIEW_DECISIONS = ['approved', 'narrowed', 'changes_requested', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * GET /api/metrics/review-decisions?days=90: the legal advisor's decisions on referrals (and breach texts)
 * in the period; an approval that removed proposed fields counts as narrowed, not approved.
 */
export interface ReviewDecisions {
  days: number;
  from: string;
  to: string;
  decisions: Record<ReviewDecision, number>;
  /** from submission for review to decision, in hours; null without decisions */
  median_hours_to_decision: number | null;
  /** referrals holding a customer's data against erasure right now */
  holds_in_force: number;
}

/** GET /api/metrics/my-work: the signed-in staff member's own requests and the queue nobody has taken. */
export interface MyWork {
  workflows: { resource: MeasuredWorkflow; due_today: number; overdue: number; unassigned: number }[];
}

export type Promptness = 'met' | 'missed' | 'open';

/**
 * Whether one record kept its promise: closed by its due date (met), closed after it or still open past
 * it (missed), or open and not yet due (open). A record without a due date is met once closed. The SQL
 * behind the start pages and the compliance report counts exactly this.
 */
export function promptness(record: { due_at: string | Date | null; closed_at: string | Date | null }, now: Date): Promptness {
  const due = record.due_at === null ? null : new Date(record.due_at).getTime();
  const closed = record.closed_at === null ? null : new Date(record.closed_at).getTime();
  if (closed !== null) return due === null || closed <= due ? 'met' : 'missed';
  return due !== null && now.getTime() > due ? 'missed' : 'open';
}

/** met / (met + missed), or null when nothing is decided yet. */
export function onTimeRate(met: number, missed: number): number | null {
  return met + missed === 0 ? null : met / (met + missed);
}
