import { Hono } from 'hono';
import type { AppEnv } from '../auth/requireStaff';
import { RESOURCES } from '../../src/domain/resources';
import type { ResourceDefinition } from '../../src/domain/resourceDefinition';
import { contentRange, parseListQuery } from '../../src/domain/listQuery';
import { parseWrite } from '../../src/domain/writeRequest';
import { createdAnswer } from '../../src/domain/writePlans';
import type { Database } from '../db/database';
import { deleteRecord, getRecord, listRecords, updateRecord } from '../db/records';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { recordIdParam } from './recordIdParam';
import { jsonBody } from './requestBody';
import { actor, authorize } from '../auth/authorize';
import { afterWrite, createPlanned, prepareUpdate } from '../workflows/writeHooks';

function validWrite(def: ResourceDefinition, body: unknown, mode: 'create' | 'update') {
  const parsed = parseWrite(def, body, mode);
  if (!parsed.ok) throw new ApiError(400, parsed.message, 'errors' in parsed ? parsed.errors : undefined);
  return parsed.value;
}

/** The ra-data-simple-rest protocol for one resource, each call checked against the role matrix. */
function resourceRoutes(db: Database, def: ResourceDefinition): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const present = (row: Record<string, unknown>) => (def.present ? def.present(row) : row);

  app.get('/', async (c) => {
    authorize(c, 'list', def.name);
    const parsed = parseListQuery(def, new URL(c.req.url).searchParams);
    if (!parsed.ok) throw new ApiError(400, parsed.message);
    const query = def.narrowList ? def.narrowList(c.var.staff.role, parsed.value) : parsed;
    if (!query.ok) throw new ApiError(403, query.message);
    const { rows, total } = await listRecords(db, def, query.value);
    c.header('Content-Range', contentRange(def.name, query.value.range[0], rows.length, total));
    return c.json(rows.map(present));
  });

  app.get('/:id', async (c) => {
    authorize(c, 'show', def.name);
    const row = await getRecord(db, def, recordIdParam(c));
    const refusal = def.showRefusal?.(c.var.staff.role, row);
    if (refusal) throw new ApiError(403, refusal);
    return c.json(present(row));
  });

  app.post('/', async (c) => {
    authorize(c, 'create', def.name);
    const values = validWrite(def, await jsonBody(c), 'create');
    const { row, alongside } = await db.transaction(async (tx) => {
      const planned = await createPlanned(tx, def, values, c.var.staff);
      await appendAudit(tx, { ...actor(c), action: 'create', resource: def.name, recordId: planned.row.id as number, fields: Object.keys(values) });
      await afterWrite(tx, def.name);
      return planned;
    });
    return c.json(createdAnswer(present(row), alongside), 201);
  });

  app.put('/:id', async (c) => {
    authorize(c, 'edit', def.name);
    const id = recordIdParam(c);
    let body = await jsonBody(c);
    if (def.restoreForUpdate && body && typeof body === 'object' && !Array.isArray(body)) {
      body = def.restoreForUpdate(body as Record<string, unknown>, await getRecord(db, def, id));
    }
    const values = validWrite(def, body, 'update');
    const claimedStatus = (body as Record<string, unknown>).status;
    const updated = await db.transaction(async (tx) => {
      const before = await getRecord(tx, def, id, true);
      const after = await updateRecord(tx, def, id, await prepareUpdate(tx, def, values, before, c.var.staff), claimedStatus);
      const changed = Object.keys(values).filter((f) => f !== 'version' && JSON.stringify(before[f]) !== JSON.stringify(after[f]));
      await appendAudit(tx, { ...actor(c), action: 'update', resource: def.name, recordId: id, fields: changed });
      await afterWrite(tx, def.name);
      return after;
    });
    return c.json(present(updated));
  });

  app.delete('/:id', async (c) => {
    authorize(c, 'delete', def.name);
    const id = recordIdParam(c);
    const deleted = await db.transaction(async (tx) => {
      const row = await deleteRecord(tx, def, id);
      await appendAudit(tx, { ...actor(c), action: 'delete', resource: def.name, recordId: id });
      await afterWrite(tx, def.name);
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
