import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { invalidFields, jsonBody } from './requestBody';
import { hashPassword } from '../auth/passwords';
import { getRecord, updateRecord } from '../db/records';
import { parseWrite } from '../../src/domain/writeRequest';
import { LAST_ADMIN, leavesAnAdmin, passwordResetSchema, staff, staffCreateSchema } from '../../src/domain/staff';
import type { Role } from '../../src/domain/roles';
import { recordIdParam } from './recordIdParam';

/** Staff accounts: creation with a password, edits guarded so an admin always remains, password resets. */
export function staffAccountRoutes(db: Database) {
  const app = new Hono<AppEnv>();

  app.post('/staff', async (c) => {
    authorize(c, 'create', 'staff');
    const parsed = staffCreateSchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw invalidFields(parsed.error.issues);
    const { password, ...account } = parsed.data;
    const passwordHash = await hashPassword(password);
    const created = await db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO staff (username, display_name, email, role, disabled, password_hash) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${staff.fields.join(', ')}`,
        [account.username, account.display_name, account.email ?? null, account.role, account.disabled, passwordHash],
      );
      await appendAudit(tx, { ...actor(c), action: 'create', resource: 'staff', recordId: row.id as number, fields: [...Object.keys(account), 'password'] });
      return row;
    });
    return c.json(created, 201);
  });

  app.put('/staff/:id', async (c) => {
    authorize(c, 'edit', 'staff');
    const id = recordIdParam(c);
    const parsed = parseWrite(staff, await jsonBody(c), 'update');
    if (!parsed.ok) throw new ApiError(400, parsed.message, 'errors' in parsed ? parsed.errors : undefined);
    const values = parsed.value as { role: Role; disabled: boolean; version: number };
    const updated = await db.transaction(async (tx) => {
      // Locking the enabled admins serialises two admins demoting each other at the same moment.
      const admins = await tx.query<{ id: number }>("SELECT id FROM staff WHERE role = 'admin' AND NOT disabled ORDER BY id FOR UPDATE");
      if (!leavesAnAdmin(admins.map((a) => a.id), { id, role: values.role, disabled: values.disabled })) throw new ApiError(409, LAST_ADMIN);
      const before = await getRecord(tx, staff, id);
      const after = await updateRecord(tx, staff, id, values, undefined);
      const changed = Object.keys(values).filter((f) => f !== 'version' && before[f] !== after[f]);
      await appendAudit(tx, { ...actor(c), action: 'update', resource: 'staff', recordId: id, fields: changed });
      // A new role or a disabled account takes effect now, not at the next sign-in.
      if (changed.includes('role') || changed.includes('disabled')) await tx.query('DELETE FROM staff_sessions WHERE staff_id = $1', [id]);
      return after;
    });
    return c.json(updated);
  });

  app.post('/staff/:id/password', async (c) => {
    authorize(c, 'edit', 'staff');
    const id = recordIdParam(c);
    const parsed = passwordResetSchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw invalidFields(parsed.error.issues);
    const passwordHash = await hashPassword(parsed.data.password);
    await db.transaction(async (tx) => {
      await getRecord(tx, staff, id);
      await tx.query('UPDATE staff SET password_hash = $1, updated_at = now(), version = version + 1 WHERE id = $2', [passwordHash, id]);
      await tx.query('DELETE FROM staff_sessions WHERE staff_id = $1', [id]);
      await appendAudit(tx, { ...actor(c), action: 'update', resource: 'staff', recordId: id, fields: ['password'] });
    });
    return c.json({ id });
  });

  return app;
}
