import type { ResourceDefinition } from '../src/domain/resourceDefinition';
import type { ListQuery } from '../src/domain/listQuery';
import { findResource } from '../src/domain/resources';
import { updateRefusal } from '../src/domain/writeRequest';
import { NO_SUCH_CUSTOMER, STALE_VERSION, USERNAME_TAKEN, noSuchRecord, statusNotEditable } from '../src/domain/apiMessages';

export type MockRecord = Record<string, unknown> & { id: number };

/** A refusal, as the real server would answer it. */
export class MockApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

// PostgreSQL's order: ascending puts nulls last, descending puts them first.
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

function matches(def: ResourceDefinition, row: MockRecord, query: ListQuery): boolean {
  for (const [field, values] of Object.entries(query.equals)) {
    if (!values.includes(row[field] as never)) return false;
  }
  if (query.search) {
    const needle = query.search.toLowerCase();
    if (!def.searchable.some((f) => typeof row[f] === 'string' && (row[f] as string).toLowerCase().includes(needle))) return false;
  }
  for (const r of query.ranges) {
    const value = row[r.field];
    if (value === null || value === undefined) return false;
    const [a, b] = def.dateRanges[r.field] === 'date' ? [String(value), r.value] : [Date.parse(String(value)), Date.parse(r.value)];
    if (r.op === 'gte' ? a < b : r.op === 'lt' ? a >= b : a > b) return false;
  }
  return true;
}

/** The in-memory twin of the server's database, following the same rules (see the contract test). */
export function createMockStore(initial: Partial<Record<string, readonly { id: number }[]>> = {}) {
  const tables = new Map<string, MockRecord[]>();
  const table = (def: ResourceDefinition) => {
    if (!tables.has(def.name)) tables.set(def.name, structuredClone((initial[def.name] ?? []) as MockRecord[]));
    return tables.get(def.name)!;
  };
  // each breach incident's affected customers, by customer id: added to, never removed from (migration 013)
  const affected = new Map<number, Map<number, { added_at: string; added_by: string }>>();
  const affectedOf = (incidentId: number) => affected.get(incidentId) ?? affected.set(incidentId, new Map()).get(incidentId)!;
  const find = (def: ResourceDefinition, id: number) => {
    const row = table(def).find((r) => r.id === id);
    if (!row) throw new MockApiError(404, noSuchRecord(def.name, id));
    return row;
  };

  function checkReferences(def: ResourceDefinition, values: Record<string, unknown>, selfId?: number) {
    const customers = table(findResource('customers')!);
    if (values.customer_id != null && !customers.some((c) => c.id === values.customer_id)) {
      throw new MockApiError(400, NO_SUCH_CUSTOMER, { customer_id: 'No such customer' });
    }
    if (def.name === 'customers' && typeof values.username === 'string') {
      const taken = customers.some(
        (c) => c.id !== selfId && c.status === 'active' && String(c.username).toLowerCase() === (values.username as string).toLowerCase(),
      );
      if (taken) throw new MockApiError(409, USERNAME_TAKEN, { username: 'Already taken' });
    }
  }

  return {
    list(def: ResourceDefinition, query: ListQuery) {
      const { field, order } = query.sort;
      const direction = order === 'ASC' ? 1 : -1;
      const rows = table(def)
        .filter((r) => matches(def, r, query))
        // Reversing "nulls last" gives PostgreSQL's descending order, nulls first.
        .sort((a, b) => (compare(a[field], b[field]) || a.id - b.id) * direction);
      const [start, end] = query.range;
      return { rows: structuredClone(rows.slice(start, end + 1)), total: rows.length };
    },

    get: (def: ResourceDefinition, id: number) => structuredClone(find(def, id)),

    create(def: ResourceDefinition, values: Record<string, unknown>) {
      checkReferences(def, values);
      const rows = table(def);
      const now = new Date().toISOString();
      const id = rows.reduce((max, r) => Math.max(max, r.id), 0) + 1;
      const record: MockRecord = { id };
      const given = { ...values, ...def.createDefaults };
      for (const f of def.fields) record[f] = f in given ? given[f] : null;
      for (const f of def.defaultToNow ?? []) record[f] ??= now;
      // only the bookkeeping the table has: a history entry has its own `at`, and no version
      record.id = id;
      for (const [f, v] of Object.entries({ created_at: now, updated_at: now, version: 1 })) if (def.fields.includes(f)) record[f] = v;
      rows.push(record);
      return structuredClone(record);
    },

    update(def: ResourceDefinition, id: number, values: Record<string, unknown>, claimedStatus: unknown) {
      const current = find(def, id);
      if (claimedStatus !== undefined && claimedStatus !== current.status) throw new MockApiError(400, statusNotEditable(current.status));
      const refusal = updateRefusal(def, current, values);
      if (refusal) throw new MockApiError(409, refusal);
      const { version, ...data } = values;
      if (version !== current.version) throw new MockApiError(409, STALE_VERSION);
      checkReferences(def, data, id);
      Object.assign(current, data, { version: (current.version as number) + 1, updated_at: new Date().toISOString() });
      return structuredClone(current);
    },

    /** Sets fields the server sets itself (a workflow step), bumping the version. */
    patch(def: ResourceDefinition, id: number, changes: Record<string, unknown>) {
      const current = find(def, id);
      Object.assign(current, changes, { version: (current.version as number) + 1, updated_at: new Date().toISOString() });
      return structuredClone(current);
    },

    affectedIds: (incidentId: number): ReadonlySet<number> => new Set(affectedOf(incidentId).keys()),

    /** Adds the customers not yet affected; answers how many were new. */
    addAffected(incidentId: number, customerIds: readonly number[], addedBy: string) {
      const set = affectedOf(incidentId);
      const fresh = customerIds.filter((id) => !set.has(id));
      const at = new Date().toISOString();
      for (const id of fresh) set.set(id, { added_at: at, added_by: addedBy });
      return fresh.length;
    },

    /** The incident's affected customers in customer order, with when and by whom each was added. */
    affectedEntries: (incidentId: number) => [...affectedOf(incidentId)].sort(([a], [b]) => a - b).map(([customerId, added]) => ({ customerId, ...added })),

    remove(def: ResourceDefinition, id: number) {
      const current = find(def, id);
      const refusal = def.deleteRefusal(current);
      if (refusal) throw new MockApiError(409, refusal);
      const rows = table(def);
      rows.splice(rows.indexOf(current), 1);
      return structuredClone(current);
    },
  };
}

export type MockStore = ReturnType<typeof createMockStore>;
