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

function allow(c: Context<AppEnv>, action: Action, def: ResourceDefinition) {
  const { role } = c.var.staff;
  if (!canAccess(role, action, def.name)) throw new ApiError(403, roleMayNot(role, action, def.name));
}

/** The ra-data-simple-rest protocol for one resource, each call checked against the role matrix. */
function resourceRoutes(db: Database, def: ResourceDefinition): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    allow(c, 'list', def);
    const query = parseListQuery(def, new URL(c.req.url).searchParams);
    if (!query.ok) throw new ApiError(400, query.message);
    const { rows, total } = await listRecords(db, def, query.value);
    c.header('Content-Range', contentRange(def.name, query.value.range[0], rows.length, total));
    return c.json(rows);
  });

  app.get('/:id', async (c) => {
    allow(c, 'show', def);
    return c.json(await getRecord(db, def, recordId(c)));
  });

  app.post('/', async (c) => {
    allow(c, 'create', def);
    const values = validWrite(def, await jsonBody(c), 'create');
    return c.json(await createRecord(db, def, values), 201);
  });

  app.put('/:id', async (c) => {
    allow(c, 'edit', def);
    const id = recordId(c);
    const body = await jsonBody(c);
    const values = validWrite(def, body, 'update');
    const claimedStatus = (body as Record<string, unknown>).status;
    return c.json(await db.transaction((tx) => updateRecord(tx, def, id, values, claimedStatus)));
  });

  app.delete('/:id', async (c) => {
    allow(c, 'delete', def);
    const id = recordId(c);
    return c.json(await db.transaction((tx) => deleteRecord(tx, def, id)));
  });

  return app;
}

export function apiRoutes(db: Database): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  for (const def of RESOURCES) api.route(`/${def.name}`, resourceRoutes(db, def));
  return api;
}
