import type { ResourceDefinition } from './resourceDefinition';
import { muscatDayStart, muscatNextDayStart } from './muscatTime';
import { containsCardNumber } from './cardNumber';
import { textCharacterProblem } from './textCharacters';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 25;
const MAX_SEARCH_LENGTH = 200;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export type FilterValue = number | string | boolean;

export interface RangeCondition {
  field: string;
  /** `gte`: at or after; `lt`: strictly before; `lte`: at or before (calendar dates only) */
  op: 'gte' | 'lt' | 'lte';
  /** ISO date (for date fields) or ISO timestamp */
  value: string;
}

export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** inclusive row indexes, as the protocol's `range=[start,end]` */
  range: [number, number];
  equals: Record<string, FilterValue[]>;
  search: string | null;
  ranges: RangeCondition[];
}

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

function parseJsonParam(name: string, raw: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return fail(`The ${name} parameter is not valid JSON`);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function validDay(s: string): boolean {
  return ISO_DATE.test(s) && !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

function parseRange(def: ResourceDefinition, key: string, value: unknown): Parsed<RangeCondition> {
  const [field, op] = [key.slice(0, key.lastIndexOf('_')), key.slice(key.lastIndexOf('_') + 1)];
  const kind = def.dateRanges[field];
  if (typeof value !== 'string') return fail(`Filter ${key} must be a date (YYYY-MM-DD) or a timestamp`);
  if (validDay(value)) {
    if (kind === 'date') return { ok: true, value: { field, op: op === 'gte' ? 'gte' : 'lte', value } };
    // A day means the whole Muscat calendar day, so `_lte` includes the day it names.
    return op === 'gte'
      ? { ok: true, value: { field, op: 'gte', value: muscatDayStart(value).toISOString() } }
      : { ok: true, value: { field, op: 'lt', value: muscatNextDayStart(value).toISOString() } };
  }
  if (kind === 'timestamp' && ISO_TIMESTAMP.test(value) && !Number.isNaN(new Date(value).getTime())) {
    return { ok: true, value: { field, op: op === 'gte' ? 'gte' : 'lte', value: new Date(value).toISOString() } };
  }
  return fail(`Filter ${key} must be a date (YYYY-MM-DD)${kind === 'timestamp' ? ' or an ISO timestamp' : ''}`);
}

function parseEqualityValue(def: ResourceDefinition, key: string, value: unknown): Parsed<FilterValue> {
  const filter = def.filters[key];
  switch (filter.kind) {
    case 'id': {
      const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
      if (typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 2147483647) return { ok: true, value: n };
      return fail(`Filter ${key} must be a record id (a positive whole number)`);
    }
    case 'boolean':
      if (value === true || value === 'true') return { ok: true, value: true };
      if (value === false || value === 'false') return { ok: true, value: false };
      return fail(`Filter ${key} must be true or false`);
    case 'enum':
      if (typeof value === 'string' && filter.enum.includes(value)) return { ok: true, value };
      return fail(`Filter ${key} must be one of: ${filter.enum.values.join(', ')}`);
  }
}

/** A list's filter object (the protocol's `filter` parameter, parsed): one reading for the lists and whatever else picks records by them. */
export function parseFilter(def: ResourceDefinition, raw: unknown): Parsed<Pick<ListQuery, 'equals' | 'search' | 'ranges'>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('The filter parameter must be a JSON object');
  const equals: Record<string, FilterValue[]> = {};
  const ranges: RangeCondition[] = [];
  let search: string | null = null;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'q') {
      if (typeof value !== 'string') return fail('The search text (q) must be a string');
      if (value.length > MAX_SEARCH_LENGTH) return fail(`The search text is limited to ${MAX_SEARCH_LENGTH} characters`);
      const problem = textCharacterProblem(value, 'single-line');
      if (problem) return fail(`The search text: ${problem}`);
      // an export writes its search into the audit log, kept for good
      if (containsCardNumber(value)) return fail('The search text must not hold a payment card number: Privacy Desk stores none, and exports record their search');
      search = value.trim() || null;
    } else if (Object.hasOwn(def.filters, key)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.length > MAX_PAGE_SIZE) return fail(`Filter ${key} accepts at most ${MAX_PAGE_SIZE} values`);
      const parsed: FilterValue[] = [];
      for (const v of values) {
        const p = parseEqualityValue(def, key, v);
        if (!p.ok) return p;
        parsed.push(p.value);
      }
      equals[key] = parsed;
    } else if (/_(gte|lte)$/.test(key) && Object.hasOwn(def.dateRanges, key.replace(/_(gte|lte)$/, ''))) {
      const p = parseRange(def, key, value);
      if (!p.ok) return p;
      ranges.push(p.value);
    } else {
      const allowed = ['q', ...Object.keys(def.filters), ...Object.keys(def.dateRanges).flatMap((f) => [`${f}_gte`, `${f}_lte`])];
      return fail(`Unknown filter '${key}' for ${def.name}; allowed: ${allowed.join(', ')}`);
    }
  }
  return { ok: true, value: { equals, search, ranges } };
}

function parseSort(def: ResourceDefinition, raw: unknown): Parsed<ListQuery['sort']> {
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'string' || typeof raw[1] !== 'string') {
    return fail('The sort parameter must be ["field","ASC"|"DESC"]');
  }
  const [field, order] = raw as [string, string];
  if (!def.sortable.includes(field)) return fail(`Cannot sort ${def.name} by '${field}'; sortable: ${def.sortable.join(', ')}`);
  const upper = order.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') return fail('Sort order must be ASC or DESC');
  return { ok: true, value: { field, order: upper } };
}

export function parseRangeParam(raw: unknown): Parsed<[number, number]> {
  if (!Array.isArray(raw) || raw.length !== 2 || !raw.every((n) => Number.isSafeInteger(n))) {
    return fail('The range parameter must be [start,end] with whole numbers');
  }
  const [start, end] = raw as [number, number];
  if (start < 0 || end < start) return fail('The range must satisfy 0 ≤ start ≤ end');
  if (end - start + 1 > MAX_PAGE_SIZE) return fail(`A page holds at most ${MAX_PAGE_SIZE} records`);
  return { ok: true, value: [start, end] };
}

const KNOWN_PARAMS = new Set(['sort', 'range', 'filter']);

/** Reads the ra-data-simple-rest list parameters; every malformed input yields a message, never an exception. */
export function parseListQuery(def: ResourceDefinition, params: URLSearchParams): Parsed<ListQuery> {
  for (const key of params.keys()) {
    if (!KNOWN_PARAMS.has(key)) return fail(`Unknown query parameter '${key}'; use sort, range and filter`);
  }
  for (const key of KNOWN_PARAMS) {
    if (params.getAll(key).length > 1) return fail(`The ${key} parameter is given more than once`);
  }
  const filterJson = parseJsonParam('filter', params.get('filter') ?? '{}');
  if (!filterJson.ok) return filterJson;
  const filter = parseFilter(def, filterJson.value);
  if (!filter.ok) return filter;

  const sortJson = parseJsonParam('sort', params.get('sort') ?? '["id","ASC"]');
  if (!sortJson.ok) return sortJson;
  const sort = parseSort(def, sortJson.value);
  if (!sort.ok) return sort;

  // getMany sends ids without a range: answer all of them.
  const ids = filter.value.equals.id;
  const defaultRange = `[0,${(ids?.length || DEFAULT_PAGE_SIZE) - 1}]`;
  const rangeJson = parseJsonParam('range', params.get('range') ?? defaultRange);
  if (!rangeJson.ok) return rangeJson;
  const range = parseRangeParam(rangeJson.value);
  if (!range.ok) return range;

  return { ok: true, value: { sort: sort.value, range: range.value, ...filter.value } };
}

/** The protocol's Content-Range value for a page of `count` rows starting at `start`. */
export function contentRange(resource: string, start: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + count - 1}/${total}`;
}
