import { businessDaysFrom, hoursFrom, type Deadline } from './businessDays';

export const MINISTRY_RULE = 'pdpl.ministry_72_hours';
export const SITE_NOTICE_RULE = 'policy.site_notice_1_business_day';
export const EMAIL_RULE = 'policy.email_7_business_days';
export const SUBJECTS_RULE = 'pdpl.subjects_72_hours_high_risk';

/** One clock of an incident: its rule, when it falls due, and whether (and when) what it asks was done. */
export interface BreachClock extends Deadline {
  /** when the notification it asks for was made; null while it is open */
  met_at: Date | null;
  /** past due and still open, or met after it fell due */
  overdue: boolean;
}

/** What the clocks are read from: the incident as stored or as the API answers it. */
export interface BreachClockFacts {
  aware_at: string | Date;
  risk?: string | null;
  ministry_sent_at?: string | Date | null;
  site_notice_published_at?: string | Date | null;
  subjects_notified_at?: string | Date | null;
}

const momentOf = (value: string | Date | null | undefined) => (value == null ? null : new Date(value));

/**
 * Every deadline that applies to an incident (PRODUCT.md, "Breach incidents"), the open ones first,
 * earliest first, then the met ones. The PDPL counts hours around the clock; the store's policy counts
 * Omani business days, the awareness day itself never counting (businessDays.ts). Pure: the caller
 * loads the holiday calendar and says what time it is.
 */
export function breachDeadlines(incident: BreachClockFacts, holidays: ReadonlySet<string>, now: Date): BreachClock[] {
  const aware = new Date(incident.aware_at);
  const subjectsNotified = momentOf(incident.subjects_notified_at);
  // listed in precedence order: on a tie the regulator's clock is shown first
  const rules: [Deadline, Date | null][] = [
    [
      { rule: MINISTRY_RULE, description: 'PDPL Executive Regulation: the Ministry (MTCIT) notified within 72 hours of becoming aware', due: hoursFrom(aware, 72) },
      momentOf(incident.ministry_sent_at),
    ],
    ...(incident.risk === 'high'
      ? [[{ rule: SUBJECTS_RULE, description: 'PDPL Executive Regulation: the people affected notified within 72 hours, as the risk to them is high', due: hoursFrom(aware, 72) }, subjectsNotified] as [Deadline, Date | null]]
      : []),
    [
      { rule: SITE_NOTICE_RULE, description: 'Privacy policy: a notice on the store’s site within 1 business day', due: businessDaysFrom(aware, 1, holidays) },
      momentOf(incident.site_notice_published_at),
    ],
    [{ rule: EMAIL_RULE, description: 'Privacy policy: the people affected e-mailed within 7 business days', due: businessDaysFrom(aware, 7, holidays) }, subjectsNotified],
  ];
  const clocks = rules.map(([deadline, met_at], order) => ({
    clock: { ...deadline, met_at, overdue: (met_at ?? now).getTime() > deadline.due.getTime() },
    order,
  }));
  return clocks
    .sort((a, b) => Number(!!a.clock.met_at) - Number(!!b.clock.met_at) || a.clock.due.getTime() - b.clock.due.getTime() || a.order - b.order)
    .map(({ clock }) => clock);
}

/** The clock to act on next: the earliest open one, or null when every one is met. */
export function nextBreachDeadline(clocks: readonly BreachClock[]): BreachClock | null {
  return clocks.find((c) => !c.met_at) ?? null;
}

/**
 * What the register stores of the clocks, so that it sorts and filters overdue incidents in SQL: the
 * earliest open deadline and its rule, or none once every notification is made. Which clock is next
 * does not depend on the time of asking.
 */
export function breachDue(incident: BreachClockFacts, holidays: ReadonlySet<string>): { due_at: string | null; due_rule: string | null } {
  const next = nextBreachDeadline(breachDeadlines(incident, holidays, new Date(incident.aware_at)));
  return { due_at: next?.due.toISOString() ?? null, due_rule: next?.description ?? null };
}

const clockFacts = (record: Record<string, unknown>): BreachClockFacts => ({
  aware_at: record.aware_at as string | Date,
  risk: record.risk as string | null,
  ministry_sent_at: record.ministry_sent_at as string | Date | null,
  site_notice_published_at: record.site_notice_published_at as string | Date | null,
  subjects_notified_at: record.subjects_notified_at as string | Date | null,
});

/** breachDue of a stored record (a row of the table, or the mocks' record). */
export const recordDue = (record: Record<string, unknown>, holidays: ReadonlySet<string>) => breachDue(clockFacts(record), holidays);
