/**
 * List-endpoint benchmark: the three list requests the desk makes most, through real HTTP and as the raw SQL
 * that listRecords issues for them, on the embedded database (PGlite) and, when a URL is given, on PostgreSQL;
 * then one breach touching every customer: freezing them, queuing their notices, delivering to a local
 * SMTP sink (scripts/benchBreach.ts).
 *
 *   npm run bench                                # 1,000,000 customers
 *   npm run bench -- --customers 50000           # a quick run
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- --customers 50000
 *
 * PostgreSQL runs only when BENCH_DATABASE_URL (or DATABASE_URL) is set: the bench creates a database
 * privacy_desk_bench_<pid> on that server and drops it at the end. All traffic goes to 127.0.0.1.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createApp } from '../server/app';
import { addStaff } from '../server/seed/demoStaff';
import { openPglite, openPostgres, type Database, type Queryable, type Row } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { listRecords } from '../server/db/records';
import { generateCustomers } from '../server/seed/seedDatabase';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from '../server/seed/omaniNames';
import { customers } from '../src/domain/customers';
import { parseListQuery } from '../src/domain/listQuery';
import { benchBreach } from './benchBreach';

const BENCH_PASSWORD = 'benchmark passphrase';

// ---------------------------------------------------------------- options

const USAGE = `Usage: npm run bench -- [--customers N] [--iterations N] [--warmup N] [--no-vacuum] [--only pglite|postgres]
  --customers N    generated customers per database (default 1000000, at most 5000000)
  --iterations N   measured requests per case and side (default 50, at most 1000)
  --warmup N       unmeasured requests per case and side first (default 5, at most 100)
  --no-vacuum      only ANALYZE after loading. By default VACUUM (ANALYZE) runs, as the server does on the
                   embedded database after seeding and every hour (PGlite has no autovacuum; PostgreSQL's does it)
  --only pglite|postgres  benchmark one database only (e.g. PostgreSQL at a size PGlite takes too long for)
PostgreSQL is benchmarked only when BENCH_DATABASE_URL or DATABASE_URL is set.`;

function parseArgs(argv: string[]) {
  const options = { customers: 1_000_000, iterations: 50, warmup: 5, vacuum: true, only: undefined as 'pglite' | 'postgres' | undefined };
  const limits = { customers: [1, 5_000_000], iterations: [1, 1000], warmup: [0, 100] } as const;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--no-vacuum') {
      options.vacuum = false;
      continue;
    }
    const [flag, inline] = arg.split('=', 2);
    if (flag === '--only') {
      const raw = inline ?? argv[++i];
      if (raw !== 'pglite' && raw !== 'postgres') throw new Error(`--only must be 'pglite' or 'postgres', not '${raw}'`);
      options.only = raw;
      continue;
    }
    const key = flag.replace(/^--/, '') as keyof typeof limits;
    if (!flag.startsWith('--') || !(key in limits)) throw new Error(`Unknown option '${arg}'\n${USAGE}`);
    const raw = inline ?? argv[++i];
    const n = Number(String(raw).replace(/_/g, ''));
    const [min, max] = limits[key];
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${key} must be a whole number from ${min} to ${max}, not '${raw}'`);
    options[key] = n;
  }
  return options;
}

const options = (() => {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
})();
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;

// ---------------------------------------------------------------- cleanup, also on Ctrl-C

const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;
/** Undoes what is still open, newest first; Ctrl-C and the normal end share one run. */
function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const step = cleanups.pop()!;
      await step().catch((err: unknown) => console.error('cleanup failed:', err instanceof Error ? err.message : err));
    }
  })();
  return cleaning;
}
let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  console.error('\nInterrupted: cleaning up…');
  setTimeout(() => process.exit(130), 10_000); // keeps the process alive for the cleanup, and bounds it
  void runCleanups().finally(() => process.exit(130));
});

// ---------------------------------------------------------------- measuring

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
}

interface Statement {
  sql: string;
  params: unknown[];
}

/** Runs listRecords once through a Queryable that records every statement it sends (and passes it on). */
async function recordStatements(db: Queryable, search: URLSearchParams): Promise<Statement[]> {
  const parsed = parseListQuery(customers, search);
  if (!parsed.ok) throw new Error(`bench query rejected: ${parsed.message}`);
  const statements: Statement[] = [];
  const recorder: Queryable = {
    query<T extends Row = Row>(sql: string, params: unknown[] = []) {
      statements.push({ sql, params: [...params] });
      return db.query<T>(sql, params);
    },
  };
  await listRecords(recorder, customers, parsed.value);
  return statements;
}

/** The raw side: the recorded statements replayed one after another, as listRecords runs them. */
async function replay(db: Queryable, statements: Statement[]): Promise<Row[]> {
  let first: Row[] = [];
  for (const [i, s] of statements.entries()) {
    const rows = await db.query(s.sql, s.params);
    if (i === 0) first = rows;
  }
  return first;
}

interface Case {
  name: string;
  describe: string;
  /** one query string per variant; iterations cycle through them */
  variants: URLSearchParams[];
}

interface Result {
  database: string;
  case: string;
  http: number[];
  raw: number[];
  note: string;
}

const listParams = (sort: [string, 'ASC' | 'DESC'], filter: object) =>
  new URLSearchParams({ sort: JSON.stringify(sort), range: JSON.stringify([0, 24]), filter: JSON.stringify(filter) });

async function measureCase(db: Database, baseUrl: string, cookie: string, label: string, c: Case): Promise<Result> {
  const statements = await Promise.all(c.variants.map((v) => recordStatements(db, v)));
  const totals: number[] = [];

  const httpOnce = async (v: number) => {
    const res = await fetch(`${baseUrl}/api/customers?${c.variants[v]}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${c.name}: HTTP ${res.status}: ${body.slice(0, 300)}`);
    return { rows: JSON.parse(body) as Row[], range: res.headers.get('content-range') ?? '' };
  };

  // Sanity: HTTP answers the same page as the recorded SQL.
  for (let v = 0; v < c.variants.length; v++) {
    const [viaHttp, viaSql] = [await httpOnce(v), await replay(db, statements[v])];
    const ids = (rows: Row[]) => rows.map((r) => r.id).join(',');
    if (ids(viaHttp.rows) !== ids(viaSql)) throw new Error(`${c.name}: HTTP and raw SQL returned different pages`);
    totals.push(Number(viaHttp.range.split('/')[1]));
  }

  const http: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const v = i % c.variants.length;
    // Alternate which side goes first, so neither always profits from the other's warm cache.
    const sides = [async () => (await timed(() => httpOnce(v)))[1], async () => (await timed(() => replay(db, statements[v])))[1]];
    const first = i % 2;
    const a = await sides[first]();
    const b = await sides[1 - first]();
    if (i < options.warmup) continue;
    http.push(first === 0 ? a : b);
    raw.push(first === 0 ? b : a);
  }
  http.sort((x, y) => x - y);
  raw.sort((x, y) => x - y);
  const matched = totals.map((t) => t.toLocaleString('en-US')).join(' / ');
  return { database: label, case: c.name, http, raw, note: `${c.describe}; matching rows: ${matched}` };
}

// ---------------------------------------------------------------- the cases

const SEARCH_TERMS = ['Maryam', 'Hilal', 'Rawahi', 'Thuraya', 'Zadjali'];
for (const term of SEARCH_TERMS) {
  if (![...MALE_NAMES, ...FEMALE_NAMES, ...FAMILY_NAMES].some(([latin]) => latin.includes(term))) throw new Error(`${term} is not in omaniNames.ts`);
}

const DAY = 86_400_000;
const muscatDay = (epochMs: number) => new Date(epochMs + 4 * 3_600_000).toISOString().slice(0, 10);

/**
 * The filtered case: a window of created_at in the middle of the generated data, 1/24 of its span
 * (about a month at 1,000,000 customers, whose creation dates span ~23 months; shorter on small runs so the
 * share of matching rows stays ~4 %).
 */
async function createdAtWindow(db: Queryable): Promise<{ from: string; to: string }> {
  const [{ lo, hi }] = await db.query<{ lo: number; hi: number }>(
    'SELECT extract(epoch FROM min(created_at))::float8 * 1000 AS lo, extract(epoch FROM max(created_at))::float8 * 1000 AS hi FROM customers',
  );
  const days = Math.min(31, Math.max(1, Math.round((hi - lo) / DAY / 24)));
  const start = lo + (hi - lo) / 2;
  return { from: muscatDay(start), to: muscatDay(start + (days - 1) * DAY) };
}

async function buildCases(db: Queryable): Promise<Case[]> {
  const { from, to } = await createdAtWindow(db);
  // A privacy request names one person: look up existing customers by the local part of their e-mail.
  const ids = [0.13, 0.37, 0.61, 0.89].map((f) => Math.max(1, Math.round(options.customers * f)));
  const found = await db.query<{ email: string }>('SELECT email FROM customers WHERE id = ANY($1::int[]) ORDER BY id', [ids]);
  const lookups = [...new Set(found.map((r) => r.email.split('@')[0]))];
  return [
    {
      name: 'sorted page',
      describe: 'sort=["full_name","ASC"], range=[0,24], filter={}',
      variants: [listParams(['full_name', 'ASC'], {})],
    },
    {
      name: 'filtered page',
      describe: `sort=["created_at","DESC"], filter={"created_at_gte":"${from}","created_at_lte":"${to}"}`,
      variants: [listParams(['created_at', 'DESC'], { created_at_gte: from, created_at_lte: to })],
    },
    {
      name: 'search',
      describe: `sort=["id","DESC"] (the customer list's default), filter={"q":…} cycling ${SEARCH_TERMS.join(', ')}`,
      variants: SEARCH_TERMS.map((q) => listParams(['id', 'DESC'], { q })),
    },
    {
      name: 'e-mail lookup',
      describe: `sort=["id","DESC"], filter={"q":…} cycling the e-mail local parts ${lookups.join(', ')} (one customer each)`,
      variants: lookups.map((q) => listParams(['id', 'DESC'], { q })),
    },
  ];
}

// ---------------------------------------------------------------- one database

async function benchDatabase(label: string, db: Database): Promise<Result[]> {
  console.log(`\n== ${label}: ${options.customers.toLocaleString('en-US')} customers`);
  const [, migrateMs] = await timed(() => migrate(db));
  const [, loadMs] = await timed(() => generateCustomers(db, options.customers));
  const maintenance = options.vacuum ? 'VACUUM (ANALYZE)' : 'ANALYZE';
  const [, analyzeMs] = await timed(() => db.exec(maintenance));
  const [{ size }] = await db.query<{ size: string }>("SELECT pg_size_pretty(pg_total_relation_size('customers')) AS size");
  console.log(`migrate ${seconds(migrateMs)}, loading ${seconds(loadMs)} (INSERT…SELECT with all indexes in place), ${maintenance} ${seconds(analyzeMs)}; customers table with indexes: ${size}`);

  const server = serve({ fetch: createApp({ db }).fetch, port: 0, hostname: '127.0.0.1' });
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  await new Promise<void>((resolve, reject) => {
    if (server.listening) return resolve();
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Requests go through sign-in like the app's: a session cookie, checked on every request.
  const signIn = async (username: string, role: 'admin' | 'legal') => {
    await addStaff(db, { username, display_name: 'Benchmark', role }, BENCH_PASSWORD);
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: BENCH_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`benchmark sign-in failed: ${login.status}`);
    return login.headers.getSetCookie()[0].split(';')[0];
  };
  const cookie = await signIn('bench.admin', 'admin');

  const results: Result[] = [];
  for (const c of await buildCases(db)) {
    const r = await measureCase(db, baseUrl, cookie, label, c);
    console.log(`  ${c.name.padEnd(13)} ${r.note}`);
    results.push(r);
  }
  const breach = await benchBreach({ baseUrl, cookies: { admin: cookie, legal: await signIn('bench.legal', 'legal') }, db });
  const n = (x: number) => x.toLocaleString('en-US');
  console.log(
    `  breach ${n(breach.affected)} affected customers: preview ${seconds(breach.previewMs)}, freeze ${seconds(breach.widenMs)}, ` +
      `queue ${n(breach.queued)} notices ${seconds(breach.queueMs)}, progress request ${ms(breach.progressMs)} ms, ` +
      `delivered ${n(breach.delivered)} to a local SMTP sink in ${seconds(breach.deliveryMs)} (${(breach.delivered / (breach.deliveryMs / 1000)).toFixed(0)} mails/s), peak RSS ${breach.peakRssMb} MB`,
  );
  await cleanups.pop()!(); // the server
  return results;
}

async function benchPglite(): Promise<Result[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'privacy-desk-bench-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true })); // even if an interrupted close never settles
  const db = await openPglite(dir);
  cleanups.push(() => db.close());
  const results = await benchDatabase('PGlite', db);
  await cleanups.pop()!(); // db.close()
  await cleanups.pop()!(); // the data directory
  return results;
}

async function benchPostgres(adminUrl: string): Promise<Result[]> {
  const name = `privacy_desk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  cleanups.push(() => db.close());
  const [{ version }] = await db.query<{ version: string }>("SELECT current_setting('server_version') AS version");
  const results = await benchDatabase(`PostgreSQL ${version.split(' ')[0]}`, db);
  await cleanups.pop()!(); // db.close()
  await cleanups.pop()!(); // DROP DATABASE
  return results;
}

// ---------------------------------------------------------------- report

function printTable(results: Result[]) {
  const head = ['database', 'case', 'HTTP p50', 'HTTP p95', 'raw SQL p50', 'raw SQL p95', 'ratio'];
  const rows = results.map((r) => {
    const [h50, h95, r50, r95] = [percentile(r.http, 0.5), percentile(r.http, 0.95), percentile(r.raw, 0.5), percentile(r.raw, 0.95)];
    return [r.database, r.case, `${ms(h50)} ms`, `${ms(h95)} ms`, `${ms(r50)} ms`, `${ms(r95)} ms`, `${(h50 / r50).toFixed(2)}×`];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${options.iterations} measured iterations per case and side after ${options.warmup} warm-ups; ratio = HTTP p50 / raw SQL p50`);
  console.log('raw SQL = the page and count statements listRecords sent, replayed with db.query\n');
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

function targetCheck(results: Result[]): boolean {
  console.log('\nTarget: page and search within 2× of raw SQL (p50) and under 50 ms p95 (HTTP) on the embedded database');
  let ok = true;
  for (const r of results.filter((x) => x.database === 'PGlite')) {
    const [h50, h95, r50] = [percentile(r.http, 0.5), percentile(r.http, 0.95), percentile(r.raw, 0.5)];
    const pass = h50 <= 2 * r50 && h95 < 50;
    ok &&= pass;
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}  ${r.case.padEnd(13)}  HTTP p95 ${ms(h95)} ms ${h95 < 50 ? '<' : '≥'} 50 ms; ` +
        `HTTP/raw p50 ${(h50 / r50).toFixed(2)}× ${h50 <= 2 * r50 ? '≤' : '>'} 2× (HTTP adds ${ms(h50 - r50)} ms)`,
    );
  }
  return ok;
}

// ---------------------------------------------------------------- main

try {
  console.log(
    `Privacy Desk list benchmark — ${options.customers.toLocaleString('en-US')} customers, ` +
      `${options.vacuum ? 'VACUUM (ANALYZE)' : 'ANALYZE'} after loading, Node ${process.version}, ${os.cpus().length} CPUs`,
  );
  const results = options.only === 'postgres' ? [] : await benchPglite();
  if (options.only === 'pglite') console.log('\nPostgreSQL skipped: --only pglite.');
  else if (pgUrl) results.push(...(await benchPostgres(pgUrl)));
  else if (options.only === 'postgres') throw new Error('--only postgres needs BENCH_DATABASE_URL (or DATABASE_URL)');
  else console.log('\nPostgreSQL skipped: set BENCH_DATABASE_URL (or DATABASE_URL) to a server the bench may create a database on.');
  printTable(results);
  if (options.only !== 'postgres' && !targetCheck(results)) process.exitCode = 1;
} catch (err) {
  if (!interrupted) console.error(err);
  process.exitCode = 1;
} finally {
  await runCleanups();
}
