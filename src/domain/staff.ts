import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { ROLE, ROLES, type Role } from './roles';
import { optionalEmail, requiredText, version } from './fields';

// OWASP ASVS: at least 12 characters, no composition rules, at most what Argon2 is fed sensibly.
export const staffPassword = z.string({ error: 'Required' }).min(12, 'At least 12 characters').max(200, 'At most 200 characters');

const staffFields = {
  display_name: requiredText(100),
  // where the deadline reminders of the tickets assigned to them go
  email: optionalEmail,
  role: z.enum(ROLES, { error: 'Choose a role' }),
  disabled: z.boolean().default(false),
};

export const staffCreateSchema = z.object({
  username: z
    .string({ error: 'Required' })
    .trim()
    .regex(/^[a-z0-9._-]{3,40}$/, 'Username: 3–40 lower-case letters, digits, dots, dashes or underscores'),
  ...staffFields,
  password: staffPassword,
});
export const staffUpdateSchema = z.object({ ...staffFields, version });
export const passwordResetSchema = z.object({ password: staffPassword });

/** A change to staff accounts must leave at least one enabled admin, or nobody could manage them. */
export function leavesAnAdmin(enabledAdminIds: readonly number[], changed: { id: number; role: Role; disabled: boolean }): boolean {
  const others = enabledAdminIds.filter((id) => id !== changed.id);
  return others.length > 0 || (changed.role === 'admin' && !changed.disabled);
}

export const LAST_ADMIN = 'At least one enabled store admin must remain: make another admin first.';

/** A member of staff as the audit log names them: every account, disabled ones too, since the log outlives them. */
export interface StaffName {
  id: number;
  username: string;
  display_name: string;
}

/** The names of all staff accounts, for those who read the audit log (who may not list the accounts themselves). */
export function staffNames(accounts: readonly Record<string, unknown>[]): StaffName[] {
  return accounts.map((a) => ({ id: Number(a.id), username: String(a.username), display_name: String(a.display_name) })).sort((a, b) => a.id - b.id);
}

// Listed and edited through the REST protocol; created (with a password) and given new passwords by
// their own endpoints, since the generic write path refuses anything that looks like a password.
export const staff: ResourceDefinition = {
  name: 'staff',
  table: 'staff',
  fields: ['id', 'username', 'display_name', 'email', 'role', 'disabled', 'created_at', 'updated_at', 'version'],
  sortable: ['id', 'username', 'display_name', 'role', 'created_at'],
  searchable: ['username', 'display_name'],
  filters: { id: { kind: 'id' }, role: { kind: 'enum', enum: ROLE }, disabled: { kind: 'boolean' } },
  dateRanges: {},
  updateSchema: staffUpdateSchema,
  createDefaults: {},
  deleteRefusal: () => 'Staff accounts are disabled, not deleted: the audit log names them.',
};
