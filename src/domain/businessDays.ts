import { addDays, format, isFriday, isSaturday, isValid, parseISO } from 'date-fns';
import { muscatDayStart, muscatNextDayStart } from './muscatTime';

/**
 * Deadlines as PRODUCT.md ("Business days and time") counts them. Calendar days are handled as
 * YYYY-MM-DD strings, so neither the server's nor the browser's time zone can shift a day.
 */

// Oman is UTC+4 all year; derived from muscatTime.ts so the offset is written in one place only.
const MUSCAT_OFFSET_MS = -muscatDayStart('1970-01-01').getTime();
const HOUR_MS = 60 * 60 * 1000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A rule that sets a due date: a stable id, the English sentence naming it, and the moment it falls due. */
export interface Deadline {
  /** stable id, e.g. 'policy.marketing_email_1_business_day' */
  rule: string;
  description: string;
  due: Date;
}

// Noon in the local zone: date-fns counts calendar days in local time, and no zone moves noon to another day.
function dayDate(day: string): Date {
  const date = DAY_PATTERN.test(day) ? parseISO(`${day}T12:00:00`) : new Date(NaN);
  if (!isValid(date) || format(date, 'yyyy-MM-dd') !== day) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return date;
}

const dayString = (date: Date) => format(date, 'yyyy-MM-dd');

function wholeAtLeast(n: number, min: number, what: string): void {
  if (!Number.isInteger(n) || n < min) throw new RangeError(`${what} must be a whole number of at least ${min}, not ${n}`);
}

/** The calendar day (YYYY-MM-DD) that `moment` falls on in Muscat. */
export function muscatDay(moment: Date): string {
  if (!isValid(moment)) throw new RangeError('Not a valid moment');
  return new Date(moment.getTime() + MUSCAT_OFFSET_MS).toISOString().slice(0, 10);
}

/** 23:59:59.999 Muscat time on `day`, as a moment. */
export function endOfMuscatDay(day: string): Date {
  dayDate(day);
  return new Date(muscatNextDayStart(day).getTime() - 1);
}

/** Sunday to Thursday, and not a public holiday; Friday and Saturday are the weekend (since 2013). */
export function isBusinessDay(day: string, holidays: ReadonlySet<string>): boolean {
  const date = dayDate(day);
  return !isFriday(date) && !isSaturday(date) && !holidays.has(day);
}

/**
 * The end of the n-th business day after the Muscat day of `start`: the day of `start` itself never
 * counts, business day or not, so a Thursday-evening or weekend request due in 1 is due end of Sunday.
 */
export function businessDaysFrom(start: Date, n: number, holidays: ReadonlySet<string>): Date {
  wholeAtLeast(n, 1, 'The number of business days');
  let date = dayDate(muscatDay(start));
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    if (isBusinessDay(dayString(date), holidays)) counted += 1;
  }
  return endOfMuscatDay(dayString(date));
}

/** The end of the n-th calendar day after the Muscat day of `start` (n = 0: the end of that day). */
export function calendarDaysFrom(start: Date, n: number): Date {
  wholeAtLeast(n, 0, 'The number of days');
  return endOfMuscatDay(dayString(addDays(dayDate(muscatDay(start)), n)));
}

/** Exactly n hours after `start`: hour limits (the PDPL's 72) run around the clock. */
export function hoursFrom(start: Date, n: number): Date {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`The number of hours must be at least 0, not ${n}`);
  if (!isValid(start)) throw new RangeError('Not a valid moment');
  return new Date(start.getTime() + n * HOUR_MS);
}

/** The deadline that falls first; on a tie the one listed first, so callers order rules by precedence. */
export function earliestDeadline(deadlines: readonly Deadline[]): Deadline {
  if (deadlines.length === 0) throw new RangeError('No deadline applies');
  return deadlines.reduce((earliest, d) => (d.due.getTime() < earliest.due.getTime() ? d : earliest));
}
