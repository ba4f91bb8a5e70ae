import { minimised } from '../../src/domain/childMinimisation';
import { expect } from 'vitest';
import { openPostgres, type Database, type Queryable } from '../db/database';
import { TEST_DATABASE_URL } from './testServer';
import type { ApiClient } from './http';

/** A customer as staff would register them, with values unique enough to be found anywhere in the database. */
export function uniqueCustomer(tag: string, extra: Record<string, unknown> = {}) {
  return {
    full_name: `Zahra bint Khalfan Al Wahaibi ${tag}`,
    username: `zahra.${tag}`,
    email: `zahra.${tag}@example.org`,
    phone: '+96871234' + String(tag.length * 37 + 100).slice(-3),
    birth_date: '1990-03-14',
    id_type: 'national_id',
    id_number: `Z${tag.replace(/\W/g, '').slice(0, 5).padEnd(5, '7')}91`,
    address: `Way 77${tag.length}, House ${tag}, Al Mouj, Muscat`,
    newsletter: true,
    ...extra,
  };
}

/** A birth date nine years back: a child under every age of consent the settings allow. */
export const childBirthDate = () => `${new Date().getUTCFullYear() - 9}-05-01`;

/** Registers an adult customer through the API (201 expected); the answer's body, sensitive values masked. */
export async function registerAdult(api: ApiClient, tag: string, extra: Record<string, unknown> = {}) {
  const res = await api.create('customers', uniqueCustomer(tag, extra));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/**
 * Registers a child with a parent through the API (201 expected): the child, and the consent request
 * that opened. Only what may be held before consent is sent (src/domain/childMinimisation.ts).
 */
export async function registerChild(api: ApiClient, tag: string, extra: Record<string, unknown> = {}) {
  const res = await api.create('customers', { ...minimised(uniqueCustomer(tag, { birth_date: childBirthDate() })), parent_name: `Parent ${tag}`, parent_email: `parent.${tag}@example.net`, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const [request] = (await api.list('consent-requests', { filter: { customer_id: res.body.id } })).body;
  return { child: res.body, request };
}

/** Takes a workflow step through the API, based on the record's current version. */
export async function step(api: ApiClient, resource: string, id: number, name: string, input: Record<string, unknown> = {}) {
  const current = await api.get(resource, id);
  return api.call('POST', `/api/${resource}/${id}/steps/${name}`, { version: current.body.version, ...input });
}

/** Every (table, column) of text or JSON in the database where any of `values` occurs. */
export async function findValues(db: Queryable, values: readonly string[]): Promise<string[]> {
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const value of values) {
      const [hit] = await db.query(`SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1 LIMIT 1`, [`%${value}%`]);
      if (hit) found.push(`${table_name}.${column_name} holds ${value}`);
    }
  }
  return found;
}

/**
 * A second server instance's view of the same database, for jobs that must not run twice: its own
 * connection pool on PostgreSQL; the embedded database has a single connection, so the same handle.
 */
export async function secondInstance(db: Database): Promise<{ db: Database; close(): Promise<void> }> {
  if (db.kind !== 'postgres') return { db, close: async () => undefined };
  const [{ name }] = await db.query<{ name: string }>('SELECT current_database() AS name');
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const second = await openPostgres(url.toString());
  return { db: second, close: () => second.close() };
}
