import type { Queryable } from '../db/database';

/** Every day in the holiday calendar, as YYYY-MM-DD (dates come back as strings: see db/database.ts). */
export async function loadHolidays(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ day: string }>('SELECT day FROM holidays');
  return new Set(rows.map((r) => r.day));
}
