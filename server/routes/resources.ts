import { Hono } from 'hono';
import type { AppEnv } from '../auth/requireStaff';
import { canAccess, type Action } from '../../src/domain/roles';
import type { Context } from 'hono';
import { RESOURCES } from '../../src/domain/resources';
import type { ResourceDefinition } from '../../src/domain/resourceDefinition';
import { contentRange, parseListQuery } from '../../src/domain/listQuery';
import { parseWrite } from '../../src/domain/writeRequest';
import type { Database } from '../db/database';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../db/records';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { clientAddress } from '../auth/clientAddress';
import { INVALID_JSON, JSON_REQUIRED, notARecordId, parseRecordId, roleMayNot } from '../../src/domain/apiMessages';

function recordId(c: Context): number {
  const raw = c.req.param('id') ?? '';
  const id = parseRecordId(raw);
  if (id === null) throw new ApiError(400, notARecordId(raw));
  return id;
}

async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) throw new ApiError(415, JSON_REQUIRED);
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, INVALID_JSON);
  }
}

function validWrite(def: ResourceDefinition, body: unknown, mode: 'create' | 'update') {
  const parsed = parseWrite(def, body, mode);
  if (!parsed.ok) throw new ApiError(400, parsed.message, 'errors' in parsed ? parsed.errors : undefined);
  return parsed.value;
}

const who = (c: Context<AppEnv>) => ({ staff: c.var.staff, address: clientAddress(c) });

function allow(c: Context<AppEnv>, action: Action, def: ResourceDefinition) {
  const { role } = c.var.staff;
  if (!canAccess(role, action, def.name)) throw new ApiError(403, roleMayNot(role, action, def.name));
}

/** The ra-data-simple-rest protocol for one resource, each call checked against the role matrix. */
function resourceRoutes(db: Database, def: ResourceDefinition): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const present = (row: Record<string, unknown>) => (def.present ? def.present(row) : row);

  app.get('/', async (c) => {
    allow(c, 'list', def);
    const query = parseListQuery(def, new URL(c.req.url).searchParams);
    if (!query.ok) throw new ApiError(400, query.message);
    const { rows, total } = await listRecords(db, def, query.value);
    c.header('Content-Range', contentRange(def.name, query.value.range[0], rows.length, total));
    return c.json(rows.map(present));
  });

  app.get('/:id', async (c) => {
    allow(c, 'show', def);
    return c.json(present(await getRecord(db, def, recordId(c))));
  });

  app.post('/', async (c) => {
    allow(c, 'create', def);
    const values = validWrite(def, await jsonBody(c), 'create');
    const created = await db.transaction(async (tx) => {
      const row = await createRecord(tx, def, values);
      await appendAudit(tx, { ...who(c), action: 'create', resource: def.name, recordId: row.id as number, fields: Object.keys(values) });
      return row;
    });
    return c.json(present(created), 201);
  });

  app.put('/:id', async (c) => {
    allow(c, 'edit', def);
    const id = recordId(c);
    let body = await jsonBody(c);
    if (def.restoreForUpdate && body && typeof body === 'object' && !Array.isArray(body)) {
      body = def.restoreForUpdate(body as Record<string, unknown>, await getRecord(db, def, id));
    }
    const values = validWrite(def, body, 'update');
    const claimedStatus = (body as Record<string, unknown>).status;
    const updated = await db.transaction(async (tx) => {
      const before = await getRecord(tx, def, id);
      const after = await updateRecord(tx, def, id, values, claimedStatus);
      const changed = Object.keys(values).filter((f) => f !== 'version' && JSON.stringify(before[f]) !== JSON.stringify(after[f]));
      await appendAudit(tx, { ...who(c), action: 'update', resource: def.name, recordId: id, fields: changed });
      return after;
    });
    return c.json(present(updated));
  });

  app.delete('/:id', async (c) => {
    allow(c, 'delete', def);
    const id = recordId(c);
    const deleted = await db.transaction(async (tx) => {
      const row = await deleteRecord(tx, def, id);
      await appendAudit(tx, { ...who(c), action: 'delete', resource: def.name, recordId: id });
      return row;
    });
    return c.json(present(deleted));
  });

  return app;
}

export function apiRoutes(db: Database): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  for (const def of RESOURCES) api.route(`/${def.name}`, resourceRoutes(db, def));
  return api;
}
