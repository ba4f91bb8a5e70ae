import { Hono, type Context } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { clientAddress } from '../auth/clientAddress';
import { hashPassword } from '../auth/passwords';
import { getRecord, updateRecord } from '../db/records';
import { parseWrite } from '../../src/domain/writeRequest';
import { LAST_ADMIN, leavesAnAdmin, passwordResetSchema, staff, staffCreateSchema } from '../../src/domain/staff';
import { canAccess, type Action, type Role } from '../../src/domain/roles';
import { INVALID_JSON, notARecordId, parseRecordId, roleMayNot } from '../../src/domain/apiMessages';

function allow(c: Context<AppEnv>, action: Action) {
  const { role } = c.var.staff;
  if (!canAccess(role, action, 'staff')) throw new ApiError(403, roleMayNot(role, action, 'staff'));
}

async function body(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, INVALID_JSON);
  }
}

function staffId(c: Context): number {
  const id = parseRecordId(c.req.param('id') ?? '');
  if (id === null) throw new ApiError(400, notARecordId(c.req.param('id') ?? ''));
  return id;
}

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const errors = Object.fromEntries(issues.map((i) => [i.path.join('.') || 'body', i.message]));
  return new ApiError(400, Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; '), errors);
}

const who = (c: Context<AppEnv>) => ({ staff: c.var.staff, address: clientAddress(c) });

/** Staff accounts: creation with a password, edits guarded so an admin always remains, password resets. */
export function staffAccountRoutes(db: Database) {
  const app = new Hono<AppEnv>();

  app.post('/staff', async (c) => {
    allow(c, 'create');
    const parsed = staffCreateSchema.safeParse(await body(c));
    if (!parsed.success) throw fieldErrors(parsed.error.issues);
    const { password, ...account } = parsed.data;
    const passwordHash = await hashPassword(password);
    const created = await db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO staff (username, display_name, role, disabled, password_hash) VALUES ($1, $2, $3, $4, $5)
         RETURNING ${staff.fields.join(', ')}`,
        [account.username, account.display_name, account.role, account.disabled, passwordHash],
      );
      await appendAudit(tx, { ...who(c), action: 'create', resource: 'staff', recordId: row.id as number, fields: [...Object.keys(account), 'password'] });
      return row;
    });
    return c.json(created, 201);
  });

  app.put('/staff/:id', async (c) => {
    allow(c, 'edit');
    const id = staffId(c);
    const parsed = parseWrite(staff, await body(c), 'update');
    if (!parsed.ok) throw new ApiError(400, parsed.message, 'errors' in parsed ? parsed.errors : undefined);
    const values = parsed.value as { role: Role; disabled: boolean; version: number };
    const updated = await db.transaction(async (tx) => {
      // Locking the enabled admins serialises two admins demoting each other at the same moment.
      const admins = await tx.query<{ id: number }>("SELECT id FROM staff WHERE role = 'admin' AND NOT disabled ORDER BY id FOR UPDATE");
      if (!leavesAnAdmin(admins.map((a) => a.id), { id, role: values.role, disabled: values.disabled })) throw new ApiError(409, LAST_ADMIN);
      const before = await getRecord(tx, staff, id);
      const after = await updateRecord(tx, staff, id, values, undefined);
      const changed = Object.keys(values).filter((f) => f !== 'version' && before[f] !== after[f]);
      await appendAudit(tx, { ...who(c), action: 'update', resource: 'staff', recordId: id, fields: changed });
      // A new role or a disabled account takes effect now, not at the next sign-in.
      if (changed.includes('role') || changed.includes('disabled')) await tx.query('DELETE FROM staff_sessions WHERE staff_id = $1', [id]);
      return after;
    });
    return c.json(updated);
  });

  app.post('/staff/:id/password', async (c) => {
    allow(c, 'edit');
    const id = staffId(c);
    const parsed = passwordResetSchema.safeParse(await body(c));
    if (!parsed.success) throw fieldErrors(parsed.error.issues);
    const passwordHash = await hashPassword(parsed.data.password);
    await db.transaction(async (tx) => {
      await getRecord(tx, staff, id);
      await tx.query('UPDATE staff SET password_hash = $1, updated_at = now(), version = version + 1 WHERE id = $2', [passwordHash, id]);
      await tx.query('DELETE FROM staff_sessions WHERE staff_id = $1', [id]);
      await appendAudit(tx, { ...who(c), action: 'update', resource: 'staff', recordId: id, fields: ['password'] });
    });
    return c.json({ id });
  });

  return app;
}
