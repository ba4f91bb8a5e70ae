import { Hono, type Context } from 'hono';
import type { AppEnv } from '../auth/requireStaff';
import type { Database } from '../db/database';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor } from '../auth/authorize';
import { getRecord } from '../db/records';
import { jsonBody } from './requestBody';
import { recordIdParam } from './recordIdParam';
import { breachIncidents } from '../../src/domain/breachIncidents';
import { WIDEN_STEP, countChanged, mayReadAffected, parseAffectedRequest, widenRefusal, widenedNote, type AffectedWidened } from '../../src/domain/breachAffected';
import { contentRange, parseRangeParam } from '../../src/domain/listQuery';
import { roleMayNot } from '../../src/domain/apiMessages';
import { customers } from '../../src/domain/customers';
import { affectedPage, affectedPreview, affectedTotal, widenAffected } from '../db/breachAffected';
import { logger } from '../logger';

// A widening this large refreshes the table's statistics at once. Until then the planner believes the
// incident has the few rows it had before, and the mailing job's "next 5,000 after the cursor" joined every
// remaining affected customer and sorted them, batch after batch (on PGlite, which has no autovacuum, for
// up to an hour; on PostgreSQL until autovacuum came round): after freezing 1,000,000 customers, a batch took
// 0.8 s at half-way instead of milliseconds.
const ANALYZE_AFTER_ADDING = 10_000;

const jsonOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * /api/breach-incidents/:id/affected: the customers a breach affects — the count and a page of them
 * (admin and legal), a preview of a widening and the widening itself (admin, while the incident is open).
 */
export function breachAffectedRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const base = '/breach-incidents/:id/affected';

  const refuseWiden = (role: AppEnv['Variables']['staff']['role'], incident: Record<string, unknown> | null) => {
    const refusal = widenRefusal(role, incident);
    if (refusal) throw new ApiError(refusal.status, refusal.message);
  };
  const selection = async (c: Context<AppEnv>, mode: 'preview' | 'widen') => {
    const parsed = parseAffectedRequest(await jsonBody(c), mode);
    if (!parsed.ok) throw new ApiError(400, parsed.message);
    return parsed.value;
  };

  app.get(base, async (c) => {
    const { role } = c.var.staff;
    if (!mayReadAffected(role)) throw new ApiError(403, roleMayNot(role, 'show', breachIncidents.name));
    const id = recordIdParam(c);
    await getRecord(db, breachIncidents, id);
    const range = parseRangeParam(jsonOrNull(c.req.query('range') ?? '[0,24]'));
    if (!range.ok) throw new ApiError(400, range.message);
    const rows = await affectedPage(db, id, range.value);
    const total = await affectedTotal(db, id);
    c.header('Content-Range', contentRange('affected-customers', range.value[0], rows.length, total));
    return c.json(rows.map((r) => ({ ...customers.present!(r), added_at: r.added_at, added_by: r.added_by })));
  });

  app.post(`${base}/preview`, async (c) => {
    refuseWiden(c.var.staff.role, null);
    const id = recordIdParam(c);
    const chosen = await selection(c, 'preview');
    refuseWiden(c.var.staff.role, await getRecord(db, breachIncidents, id));
    return c.json(await affectedPreview(db, id, chosen.filter));
  });

  app.post(base, async (c) => {
    refuseWiden(c.var.staff.role, null);
    const id = recordIdParam(c);
    const chosen = await selection(c, 'widen');
    const answer: AffectedWidened = await db.transaction(async (tx) => {
      // the incident's lock orders two widenings: the second counts after the first has added its customers
      const incident = await getRecord(tx, breachIncidents, id, true);
      refuseWiden(c.var.staff.role, incident);
      const { wouldAdd } = await affectedPreview(tx, id, chosen.filter);
      if (wouldAdd !== chosen.wouldAdd) throw new ApiError(409, countChanged(wouldAdd, chosen.wouldAdd!));
      const added = await widenAffected(tx, id, chosen.filter, c.var.staff.username);
      // the newly affected get their notice too: a started mailing runs again until they have it
      if (added > 0) await tx.query('UPDATE breach_incidents SET notices_settled_at = NULL WHERE id = $1 AND notices_started_at IS NOT NULL', [id]);
      const note = widenedNote(added, chosen);
      await tx.query(
        'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $4, $5, $6, $7)',
        [breachIncidents.name, id, WIDEN_STEP, incident.status, c.var.staff.username, c.var.staff.role, note],
      );
      await appendAudit(tx, { ...actor(c), action: 'update', resource: breachIncidents.name, recordId: id, fields: ['affected_customers'], reason: note });
      return { added, total: await affectedTotal(tx, id) };
    });
    if (answer.added >= ANALYZE_AFTER_ADDING) {
      await db.exec('ANALYZE breach_affected_customers').catch((err: unknown) => logger.warn({ event: 'analyze failed', table: 'breach_affected_customers', err }, 'analyze failed'));
    }
    return c.json(answer);
  });

  return app;
}
