import type { Queryable } from '../db/database';
import type { Role } from '../../src/domain/roles';
import { hashPassword } from '../auth/passwords';

/** The demo accounts the README lists; for trying Privacy Desk out, never for real data. */
export const DEMO_PASSWORD = 'privacy-desk-demo';

export const DEMO_STAFF: readonly { username: string; display_name: string; role: Role }[] = [
  { username: 'admin', display_name: 'Salim Al Harthy', role: 'admin' },
  { username: 'legal', display_name: 'Huda Al Busaidi', role: 'legal' },
  { username: 'support', display_name: 'Maryam Al Riyami', role: 'support' },
  // colleagues the demo tickets and referrals are assigned to or drafted by
  { username: 'support.hilal', display_name: 'Hilal Al Hinai', role: 'support' },
  { username: 'support.priya', display_name: 'Priya Nair', role: 'support' },
];

export async function addStaff(db: Queryable, staff: { username: string; display_name: string; role: Role }, password: string) {
  const [row] = await db.query<{ id: number }>(
    'INSERT INTO staff (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
    [staff.username, staff.display_name, staff.role, await hashPassword(password)],
  );
  return row.id;
}

export async function seedDemoStaff(db: Queryable): Promise<void> {
  for (const staff of DEMO_STAFF) await addStaff(db, staff, DEMO_PASSWORD);
}
