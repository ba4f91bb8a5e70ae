import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { listRecords } from '../db/records';
import { findResource } from '../../src/domain/resources';
import { parseListQuery } from '../../src/domain/listQuery';
import { csvCell } from './csvCell';

/** The most rows one export holds; past it the file says so in its last line. */
export const EXPORT_LIMIT = 50_000;
const BATCH = 1000;

/**
 * GET /api/:resource/export?sort=…&filter=… — the list as CSV, masked like every response, for the
 * roles that may export, and written to the audit log (who, what, which filter, how many rows).
 */
export function exportRoutes(db: Database) {
  const app = new Hono<AppEnv>();
  app.get('/:resource/export', async (c) => {
    const def = findResource(c.req.param('resource'));
    if (!def) throw new ApiError(404, `No API endpoint GET ${c.req.path}`);
    authorize(c, 'export', def.name);
    const params = new URL(c.req.url).searchParams;
    params.delete('range');
    const query = parseListQuery(def, params);
    if (!query.ok) throw new ApiError(400, query.message);

    const rows: Record<string, unknown>[] = [];
    let total = 0;
    for (let start = 0; start < EXPORT_LIMIT; start += BATCH) {
      const page = await listRecords(db, def, { ...query.value, range: [start, start + BATCH - 1] });
      total = page.total;
      rows.push(...page.rows.map((r) => (def.present ? def.present(r) : r)));
      if (page.rows.length < BATCH) break;
    }
    const csv = stringify([def.fields as string[], ...rows.map((r) => def.fields.map((f) => csvCell(r[f])))]);
    const truncated = total > rows.length ? `# ${total - rows.length} more rows not exported: narrow the filter (at most ${EXPORT_LIMIT} rows per file)\n` : '';

    await db.transaction((tx) =>
      appendAudit(tx, {
        ...actor(c),
        action: 'export',
        resource: def.name,
        fields: def.fields,
        reason: `${rows.length} rows; filter ${params.get('filter') ?? '{}'}`,
      }),
    );
    const day = new Date().toISOString().slice(0, 10);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${def.name}-${day}.csv"`);
    return c.body(csv + truncated);
  });
  return app;
}
