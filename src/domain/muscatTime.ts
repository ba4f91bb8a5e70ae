// Oman keeps UTC+4 all year (no daylight saving), so a fixed offset is exact.
export const MUSCAT_UTC_OFFSET = '+04:00';

/** The moment a calendar day (YYYY-MM-DD) begins in Muscat. */
export function muscatDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${MUSCAT_UTC_OFFSET}`);
}

/** The moment the calendar day after `day` begins in Muscat. */
export function muscatNextDayStart(day: string): Date {
  const start = muscatDayStart(day);
  return new Date(start.getTime() + 24 * 60 * 60 * 1000);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A moment as a Muscat wall-clock reading, e.g. "22 November 2026, 13:30", for documents and public
 * pages the server writes. Done by hand rather than with Intl so the text is the same on every
 * runtime (tests compare it literally); the caller adds the "(Muscat)" label its context needs.
 */
export function muscatDateTime(moment: Date): string {
  const t = new Date(moment.getTime() + 4 * 60 * 60 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}
