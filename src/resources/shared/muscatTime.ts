import { muscatDay } from '../../domain/businessDays';
import { MUSCAT_UTC_OFFSET, muscatDayStart } from '../../domain/muscatTime';

const MUSCAT_OFFSET_MS = -muscatDayStart('1970-01-01').getTime();

/** A moment as staff read it: always in Muscat time, in the reader's language. */
export const muscatTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Muscat', dateStyle: 'medium', timeStyle: 'short' });

/** A calendar day as staff read it: the day it was in Muscat, in the reader's language. */
export const muscatDate = (iso: string, locale: string) => new Date(iso).toLocaleDateString(locale, { timeZone: 'Asia/Muscat', dateStyle: 'medium' });

// A value an <input type="datetime-local"> holds: a wall-clock time with no zone, here always Muscat's.
const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day stored without a time (a birth date, a holiday, the day something was disclosed):
 * read at UTC midnight in UTC, so no zone, the browser's or Muscat's, can move it to another day.
 */
export function calendarDay(day: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  if (!DAY.test(day)) return day;
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { ...options, timeZone: 'UTC' });
}

/** An instant as the wall-clock value of a datetime-local input in Muscat ('2026-11-23T14:13'). */
export function toMuscatLocalInput(value: unknown): string {
  if (value == null || value === '') return '';
  if (typeof value === 'string' && LOCAL_INPUT.test(value)) return value.slice(0, 16);
  const moment = new Date(value as string | number | Date);
  if (Number.isNaN(moment.getTime())) return '';
  return new Date(moment.getTime() + MUSCAT_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Muscat wall-clock time, as an ISO instant; null when empty. */
export function fromMuscatLocalInput(value: string | null | undefined): string | null {
  const match = value ? LOCAL_INPUT.exec(value) : null;
  if (!match) return null;
  return new Date(`${match[1]}T${match[2]}${match[3] ?? ':00'}${MUSCAT_UTC_OFFSET}`).toISOString();
}

/** A form or filter value as the Muscat calendar day (YYYY-MM-DD) it names; an instant counts in Muscat. */
export function toMuscatDayInput(value: unknown): string | null {
  if (value == null || value === '') return null;
  if (typeof value === 'string' && DAY.test(value)) return value;
  const moment = new Date(value as string | number | Date);
  return Number.isNaN(moment.getTime()) ? null : muscatDay(moment);
}
