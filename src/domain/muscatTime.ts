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
