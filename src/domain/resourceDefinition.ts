import type { z } from 'zod';
import type { DomainEnum } from './enums';
import type { ListQuery } from './listQuery';
import type { Role } from './roles';

export type FilterKind = 'id' | 'enum' | 'boolean';

/** An enum filter names its enum: the list parsing, the mocks and the views' fields and choices read its values from it. */
export type EqualityFilter = { kind: 'id' | 'boolean' } | { kind: 'enum'; enum: DomainEnum };

/**
 * What the REST protocol may do with one resource: the one description that the server's SQL,
 * the MSW mocks and the SPA's filters are all built from.
 */
export interface ResourceDefinition {
  /** path segment under /api and react-admin resource name */
  name: string;
  table: string;
  /** every field a record carries, in the order the API returns them */
  fields: readonly string[];
  sortable: readonly string[];
  /** fields matched (case-insensitive substring) by the `q` filter */
  searchable: readonly string[];
  /** equality filters: a single value or an array of values */
  filters: Readonly<Record<string, EqualityFilter>>;
  /** fields filterable with `<field>_gte` / `<field>_lte`, and whether each is a calendar date or a moment */
  dateRanges: Readonly<Record<string, 'date' | 'timestamp'>>;
  /** fields a create accepts that are not the record's own (they go elsewhere, e.g. a child's parent to the consent request) */
  writeOnlyFields?: readonly string[];
  /** absent on read-only resources */
  createSchema?: z.ZodType<Record<string, unknown>>;
  updateSchema?: z.ZodType<Record<string, unknown>>;
  /** fields a create fills in itself, with their initial values */
  createDefaults: Readonly<Record<string, unknown>>;
  /** moments that default to the creation time when the request leaves them out */
  defaultToNow?: readonly string[];
  /** how a stored record is shown through the API (masking) */
  present?: (record: Record<string, unknown>) => Record<string, unknown>;
  /** reads an update body against the stored record before validation (masked values mean "unchanged") */
  restoreForUpdate?: (body: Record<string, unknown>, stored: Record<string, unknown>) => Record<string, unknown>;
  /** fields that say what a record is about (e.g. a consent request's child): set at creation, never changed */
  fixedFields?: readonly string[];
  /** why a record may no longer be edited (its workflow has moved on), or null when it may */
  updateRefusal?: (record: Record<string, unknown>) => string | null;
  /** why a record may not be deleted, or null when it may */
  deleteRefusal: (record: Record<string, unknown>) => string | null;
  /** for a resource some roles may read only part of (the history of the workflows they may open): the list narrowed to that part, or why it is refused (403) */
  narrowList?: (role: Role, query: ListQuery) => { ok: true; value: ListQuery } | { ok: false; message: string };
  /** why `role` may not open this record although it may open the resource (403), or null */
  showRefusal?: (role: Role, record: Record<string, unknown>) => string | null;
}
