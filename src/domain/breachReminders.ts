import { EMAIL_RULE, MINISTRY_RULE, SITE_NOTICE_RULE, SUBJECTS_RULE, breachDeadlines, type BreachClockFacts } from './breachDeadlines';
import { OPEN_BREACH_STATUSES } from './breachWorkflow';
import type { BreachStatus } from './breachIncidents';
import { businessDaysFrom, hoursFrom } from './businessDays';
import type { ReminderKind } from './reminders';

export const BREACH_REMINDER_KINDS: readonly ReminderKind[] = ['due_soon', 'overdue'];

/** How far ahead an hour clock (the PDPL's 72 hours, which run around the clock) is reminded. */
export const HOUR_CLOCK_WARNING_HOURS = 24;

type BreachRule = typeof MINISTRY_RULE | typeof SUBJECTS_RULE | typeof SITE_NOTICE_RULE | typeof EMAIL_RULE;

/**
 * From when each clock counts as due soon, keyed by its rule (no default: a new clock must say).
 * The PDPL's hour clocks run through weekends and holidays, so they are reminded a fixed 24 hours
 * ahead. The policy's business-day clocks are reminded as deletion tickets are (reminders.ts): once
 * they fall due by the end of the next business day, so the warning lands on a working day rather
 * than on a Friday night. The site notice's single business day is thus "due soon" from awareness on.
 */
const warnFrom: Record<BreachRule, (now: Date, holidays: ReadonlySet<string>) => Date> = {
  [MINISTRY_RULE]: (now) => hoursFrom(now, HOUR_CLOCK_WARNING_HOURS),
  [SUBJECTS_RULE]: (now) => hoursFrom(now, HOUR_CLOCK_WARNING_HOURS),
  [SITE_NOTICE_RULE]: (now, holidays) => businessDaysFrom(now, 1, holidays),
  [EMAIL_RULE]: (now, holidays) => businessDaysFrom(now, 1, holidays),
};

const isBreachRule = (rule: string): rule is BreachRule => Object.hasOwn(warnFrom, rule);

/** One reminder to send: which clock of the incident, and whether it is near or past. */
export interface BreachReminder {
  rule: string;
  description: string;
  due: Date;
  kind: ReminderKind;
}

export interface RemindableIncident extends BreachClockFacts {
  status: BreachStatus;
}

/**
 * The reminders an incident needs at `now`: for each of its open clocks, "due soon" once it falls due
 * within its warning window (above) and "overdue" once it has passed; none for a met clock or a closed
 * incident. `sent` lists the (rule, kind) pairs already sent: each is sent once, and a clock found
 * already overdue skips its "due soon" (the overdue reminder says more). Pure: the caller loads the
 * holidays and what was sent, and says what time it is.
 */
export function breachRemindersDue(
  incident: RemindableIncident,
  holidays: ReadonlySet<string>,
  now: Date,
  sent: readonly { rule: string; kind: string }[] = [],
): BreachReminder[] {
  if (!OPEN_BREACH_STATUSES.includes(incident.status)) return [];
  const already = new Set(sent.map((s) => `${s.rule} ${s.kind}`));
  const due: BreachReminder[] = [];
  for (const clock of breachDeadlines(incident, holidays, now)) {
    if (clock.met_at) continue;
    if (!isBreachRule(clock.rule)) throw new Error(`breachRemindersDue: no warning window for the clock ${clock.rule}`);
    const kind: ReminderKind | null = clock.due < now ? 'overdue' : clock.due <= warnFrom[clock.rule](now, holidays) ? 'due_soon' : null;
    if (kind && !already.has(`${clock.rule} ${kind}`)) due.push({ rule: clock.rule, description: clock.description, due: clock.due, kind });
  }
  return due;
}
