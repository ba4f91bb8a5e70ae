import type { ResourceDefinition } from '../../src/domain/resourceDefinition';
import type { ListQuery } from '../../src/domain/listQuery';
import type { Queryable, Row } from './database';
import { ApiError } from '../apiError';
import { updateRefusal } from '../../src/domain/writeRequest';
import { STALE_VERSION, noSuchRecord, statusNotEditable } from '../../src/domain/apiMessages';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const selectList = (def: ResourceDefinition) => def.fields.map(ident).join(', ');
// LIKE treats % and _ as wildcards; a user searching "50%" means the characters.
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
// Arrays go to jsonb columns as JSON text.
const toDb = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : value);

/** The SQL condition of a list's filter; its values are appended to `params`. */
export function whereClause(def: ResourceDefinition, query: Pick<ListQuery, 'equals' | 'search' | 'ranges'>, params: unknown[]): string {
  const conditions: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const [field, values] of Object.entries(query.equals)) {
    if (values.length === 0) conditions.push('false');
    else if (values.length === 1) conditions.push(`${ident(field)} = ${param(values[0])}`);
    else conditions.push(`${ident(field)} = ANY(${param(values)})`);
  }
  if (query.search) {
    const p = param(likePattern(query.search));
    conditions.push(`(${def.searchable.map((f) => `${ident(f)} ILIKE ${p}`).join(' OR ')})`);
  }
  const ops = { gte: '>=', lt: '<', lte: '<=' } as const;
  for (const r of query.ranges) conditions.push(`${ident(r.field)} ${ops[r.op]} ${param(r.value)}`);
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** Above this many matching rows a list's total is the planner's estimate rather than an exact count. */
export const EXACT_COUNT_LIMIT = 10_000;

async function estimatedRowCount(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  const [row] = await db.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return Math.round(row['QUERY PLAN'][0].Plan['Plan Rows']);
}

export async function listRecords(db: Queryable, def: ResourceDefinition, query: ListQuery): Promise<{ rows: Row[]; total: number }> {
  const params: unknown[] = [];
  const where = whereClause(def, query, params);
  const { field, order } = query.sort;
  const [start, end] = query.range;
  const tieBreak = field === 'id' ? '' : `, id ${order}`;
  const rows = await db.query(
    `SELECT ${selectList(def)} FROM ${ident(def.table)} ${where}
     ORDER BY ${ident(field)} ${order}${tieBreak} LIMIT ${end - start + 1} OFFSET ${start}`,
    params,
  );
  // A page that is not full tells the total by itself: a rare search needs no count.
  if (rows.length < end - start + 1 && (rows.length > 0 || start === 0)) return { rows, total: start + rows.length };
  // The unfiltered total comes from a trigger-kept counter: an exact count(*) of a million rows costs more than the page.
  if (!where) {
    const [counter] = await db.query<{ total: number }>('SELECT n::int AS total FROM row_counts WHERE table_name = $1', [def.table]);
    if (!counter) throw new Error(`row_counts has no counter for ${def.table}: add one in a migration`);
    return { rows, total: counter.total };
  }
  // Counting tens of thousands of search matches costs more than the page itself: past EXACT_COUNT_LIMIT
  // matches the planner's estimate stands in (at least one more page), and the last page corrects it.
  if (rows.length > 0) {
    const estimate = await estimatedRowCount(db, `SELECT 1 FROM ${ident(def.table)} ${where}`, params);
    if (estimate > EXACT_COUNT_LIMIT) return { rows, total: Math.max(estimate, end + 2) };
  }
  const [{ total }] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${ident(def.table)} ${where}`, params);
  return { rows, total };
}

export async function getRecord(db: Queryable, def: ResourceDefinition, id: number, lock = false): Promise<Row> {
  const [row] = await db.query(`SELECT ${selectList(def)} FROM ${ident(def.table)} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) throw new ApiError(404, noSuchRecord(def.name, id));
  return row;
}

export async function createRecord(db: Queryable, def: ResourceDefinition, values: Record<string, unknown>): Promise<Row> {
  const data: Record<string, unknown> = { ...values, ...def.createDefaults };
  // left out or empty: the column's default, now()
  for (const f of def.defaultToNow ?? []) if (data[f] == null) delete data[f];
  const columns = Object.keys(data);
  const [row] = await db.query(
    `INSERT INTO ${ident(def.table)} (${columns.map(ident).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${selectList(def)}`,
    columns.map((c) => toDb(data[c])),
  );
  return row;
}

/**
 * Optimistic concurrency: the write carries the version it was based on, and only lands if that is still current.
 * `values.version` is the client's version; server-owned fields (status…) are never written here.
 */
export async function updateRecord(db: Queryable, def: ResourceDefinition, id: number, values: Record<string, unknown>, claimedStatus: unknown): Promise<Row> {
  const current = await getRecord(db, def, id);
  if (claimedStatus !== undefined && claimedStatus !== current.status) {
    throw new ApiError(400, statusNotEditable(current.status));
  }
  const refusal = updateRefusal(def, current, values);
  if (refusal) throw new ApiError(409, refusal);
  const { version, ...data } = values;
  if (version !== current.version) throw new ApiError(409, STALE_VERSION);
  const row = await writeFields(db, def, id, data, { expectVersion: Number(version) });
  if (!row) throw new ApiError(409, STALE_VERSION);
  return row;
}

/**
 * Writes `changes` to one record and returns it as stored (undefined when `expectVersion` no longer
 * matches). A change bumps the version; a kept fact that is no change to the record (a wrong code
 * counted) does not, so the person's open form stays current.
 */
export async function writeFields(
  db: Queryable,
  def: ResourceDefinition,
  id: number,
  changes: Record<string, unknown>,
  { expectVersion, bumpVersion = true }: { expectVersion?: number; bumpVersion?: boolean } = {},
): Promise<Row | undefined> {
  const columns = Object.keys(changes);
  const params = columns.map((c) => toDb(changes[c]));
  const sets = [...columns.map((c, i) => `${ident(c)} = $${i + 1}`), ...(bumpVersion ? ['version = version + 1', 'updated_at = now()'] : [])];
  if (!sets.length) return getRecord(db, def, id);
  params.push(id);
  const versionCheck = expectVersion === undefined ? '' : ` AND version = $${params.push(expectVersion)}`;
  const [row] = await db.query(`UPDATE ${ident(def.table)} SET ${sets.join(', ')} WHERE id = $${columns.length + 1}${versionCheck} RETURNING ${selectList(def)}`, params);
  return row;
}

export async function deleteRecord(db: Queryable, def: ResourceDefinition, id: number): Promise<Row> {
  const current = await getRecord(db, def, id, true);
  const refusal = def.deleteRefusal(current);
  if (refusal) throw new ApiError(409, refusal);
  await db.query(`DELETE FROM ${ident(def.table)} WHERE id = $1`, [id]);
  return current;
}
