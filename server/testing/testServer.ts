import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { createApp, type AppOptions } from '../app';
import { addStaff } from '../seed/demoStaff';
import { ROLES, type Role } from '../../src/domain/roles';

export const TEST_PASSWORD = 'correct horse battery staple';
export const testUsername = (role: Role) => `test.${role}`;

/** The databases an API suite runs on: always the embedded one, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const databaseKinds = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

export function skipReason(kind: DatabaseKind): string | null {
  return kind === 'postgres' && !TEST_DATABASE_URL ? 'PostgreSQL tests skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them' : null;
}

export interface TestServer {
  url: string;
  db: Database;
  /** The session cookie (`name=value`) of the test account of that role, signed in through the API. */
  cookieFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie()[0].split(';')[0];
}

/** A fresh, migrated, empty database of the given kind: a new PGlite in memory, or a new database on the PostgreSQL server. */
export async function freshDatabase(kind: DatabaseKind): Promise<{ db: Database; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  const name = `privacy_desk_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  await migrate(db);
  return {
    db,
    async drop() {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The real HTTP server on an ephemeral loopback port over a fresh database; `app` adds createApp's settings. */
export async function startTestServer(kind: DatabaseKind, prepare?: (db: Database) => Promise<void>, app: Omit<AppOptions, 'db'> = {}): Promise<TestServer> {
  const { db, drop } = await freshDatabase(kind);
  if (prepare) await prepare(db);
  for (const role of ROLES) await addStaff(db, { username: testUsername(role), display_name: `Test ${role}`, role }, TEST_PASSWORD);
  const server = serve({ fetch: createApp({ db, ...app }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const cookies = new Map<Role, string>();
  return {
    url,
    db,
    async cookieFor(role) {
      if (!cookies.has(role)) cookies.set(role, await signIn(url, testUsername(role), TEST_PASSWORD));
      return cookies.get(role)!;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await drop();
    },
  };
}
