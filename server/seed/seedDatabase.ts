import type { Queryable } from '../db/database';
import { RESOURCES } from '../../src/domain/resources';
import type { ResourceDefinition } from '../../src/domain/resourceDefinition';
import { buildDemoData, type DemoData } from './demoData';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './omaniNames';
import { seedDemoStaff } from './demoStaff';
import { applyWorkflowState } from './workflowState';
import { applyErasures } from './erasures';
import { readStoreIdentity } from '../config';
import { breachNoticeSubject } from '../../src/domain/breachMailing';
import { accessRequestDue } from '../../src/domain/deadlines';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

const BATCH = 500;

async function insertRows(db: Queryable, def: ResourceDefinition, rows: readonly object[]) {
  const columns = def.fields.filter((f) => f !== 'version');
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH) as Record<string, unknown>[];
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = columns.map((c) => {
        const v = row[c];
        params.push(Array.isArray(v) ? JSON.stringify(v) : v);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await db.query(`INSERT INTO ${def.table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
  // Explicit ids were inserted: move the identity on past them.
  await db.query(`SELECT setval(pg_get_serial_sequence('${def.table}', 'id'), GREATEST(1, (SELECT max(id) FROM ${def.table})))`);
}

export async function isEmpty(db: Queryable): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM customers');
  return n === 0;
}

export async function seedDemoData(db: Queryable, customerCount = 300): Promise<DemoData> {
  const data = buildDemoData(customerCount);
  applyErasures(data);
  const packages = await applyWorkflowState(db, data);
  const byName = Object.fromEntries(RESOURCES.map((r) => [r.name, r]));
  await insertRows(db, byName['customers'], data.customers);
  await insertRows(db, byName['consent-requests'], data.consentRequests);
  await insertRows(db, byName['deletion-tickets'], data.deletionTickets);
  await insertRows(db, byName['authority-referrals'], data.authorityReferrals);
  await insertRows(db, byName['breach-incidents'], data.breachIncidents);
  await seedAffectedCustomers(db, data);
  await seedAccessRequests(db);
  // as an erasure leaves a disclosed package: its SHA-256 without its content
  for (const [id, { disclosure_package }] of packages) {
    const referral = data.authorityReferrals[id - 1];
    if (data.customers[referral.customer_id - 1].status === 'erased') continue;
    await db.query('UPDATE authority_referrals SET disclosure_package = $1 WHERE id = $2', [disclosure_package, id]);
  }
  await seedDemoStaff(db);
  return data;
}

/**
 * The demo breaches' affected customers: the open incident's courier link showed the labels of the
 * first 40 customers' orders; the closed one's stolen export held every newsletter subscriber, each
 * mailed their notice as the mailing job would have.
 */
async function seedAffectedCustomers(db: Queryable, data: DemoData): Promise<void> {
  const [open, closed] = data.breachIncidents;
  await db.query("INSERT INTO breach_affected_customers (incident_id, customer_id, added_by, added_at) SELECT $1, id, 'admin', $2 FROM customers WHERE id <= 40 ORDER BY id", [open.id, open.created_at]);
  await db.query("INSERT INTO breach_affected_customers (incident_id, customer_id, added_by, added_at) SELECT $1, id, 'admin', $2 FROM customers WHERE newsletter ORDER BY id", [closed.id, closed.created_at]);
  await db.query(
    `INSERT INTO outbox (kind, to_address, subject, body, resource, record_id, status, attempts, created_at, sent_at, updated_at)
     SELECT 'breach_notification', c.email, $2, NULL, 'breach-incidents', $1, 'sent', 1, $3, $4, $4
     FROM breach_affected_customers a JOIN customers c ON c.id = a.customer_id
     WHERE a.incident_id = $1 AND c.email IS NOT NULL ORDER BY a.seq ON CONFLICT DO NOTHING`,
    [closed.id, breachNoticeSubject(readStoreIdentity(process.env, '').name), closed.notices_started_at, closed.subjects_notified_at],
  );
  await db.query(
    `UPDATE breach_incidents SET (notices_queued_through, notices_scanned, notices_unreachable) =
       (SELECT max(a.seq), count(*), count(*) FILTER (WHERE c.email IS NULL) FROM breach_affected_customers a JOIN customers c ON c.id = a.customer_id WHERE a.incident_id = $1)
     WHERE id = $1`,
    [closed.id],
  );
}

/**
 * Requests about one's own data: for a copy, one just confirmed on the public page and one whose
 * requester support has verified by phone (its data ready to send); and one for a correction.
 */
async function seedAccessRequests(db: Queryable): Promise<void> {
  const adults = await db.query<{ id: number; full_name: string; email: string }>(
    "SELECT id, full_name, email FROM customers WHERE status = 'active' AND email IS NOT NULL AND birth_date < current_date - interval '18 years' ORDER BY id LIMIT 2",
  );
  const now = Date.now();
  for (const [i, adult] of adults.entries()) {
    const received = new Date(now - (i + 1) * 2 * 86_400_000);
    const { due, description } = accessRequestDue(received, DEFAULT_SETTINGS);
    const verified = i === 1 ? new Date(received.getTime() + 86_400_000).toISOString() : null;
    await db.query(
      `INSERT INTO access_requests (customer_id, requester_name, requester_email, channel, status, received_at, due_at, due_rule, identity_method, identity_verified_at, notes, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $6, $6)`,
      [adult.id, adult.full_name, adult.email, i === 0 ? 'web_form' : 'phone', verified ? 'in_progress' : 'new', received.toISOString(), due.toISOString(), description, verified ? 'phone_callback' : null, verified, i === 0 ? 'Filed on the public privacy page.' : null],
    );
  }
  // and one asking for a correction, waiting for its identity check
  const [first] = adults;
  if (!first) return;
  const received = new Date(now - 86_400_000);
  const { due, description } = accessRequestDue(received, DEFAULT_SETTINGS);
  await db.query(
    `INSERT INTO correction_requests (customer_id, requester_name, requester_email, channel, requested_correction, status, received_at, due_at, due_rule, created_at, updated_at)
     VALUES ($1, $2, $3, 'email', $4, 'new', $5, $6, $7, $5, $5)`,
    [first.id, first.full_name, first.email, 'My delivery address has changed: Way 4412, House 7, Al Khoud, Seeb.', received.toISOString(), due.toISOString(), description],
  );
}

const sqlArray = (items: readonly string[]) => `ARRAY[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * Adds `count` generated customers in one INSERT … SELECT, for benchmarks: the database builds the rows
 * itself, so a million take seconds rather than minutes of round trips.
 */
export async function generateCustomers(db: Queryable, count: number): Promise<void> {
  const first = sqlArray([...MALE_NAMES, ...FEMALE_NAMES].map((n) => n[0]));
  const family = sqlArray(FAMILY_NAMES.map((n) => n[0]));
  const [{ start }] = await db.query<{ start: number }>('SELECT COALESCE(max(id), 0)::int AS start FROM customers');
  await db.query(`
    INSERT INTO customers (id, full_name, username, email, phone, birth_date, id_type, id_number, address, newsletter, created_at, updated_at)
    SELECT g::int,
      f.name || ' ' || fam.name,
      lower(replace(f.name || '.' || fam.name, ' ', '')) || g,
      lower(replace(f.name || '.' || fam.name, ' ', '')) || g || '@example.com',
      '+9689' || lpad((g % 10000000)::text, 7, '0'),
      date '1950-01-01' + (g * 7919 % 25000)::int,
      'national_id',
      lpad((g * 31 % 100000000)::text, 8, '0'),
      'Way ' || (1000 + g % 9000) || ', House ' || (1 + g % 400) || ', Muscat',
      g % 3 = 0,
      timestamptz '2024-01-01 00:00:00+04' + (g * 97 % 60000000) * interval '1 second',
      timestamptz '2024-01-01 00:00:00+04' + (g * 97 % 60000000) * interval '1 second'
    FROM generate_series($1::bigint + 1, $1::bigint + $2::bigint) AS g
    CROSS JOIN LATERAL (SELECT (${first})[(1 + (g * 7 + g / 3) % ${MALE_NAMES.length + FEMALE_NAMES.length})::int] AS name) f
    CROSS JOIN LATERAL (SELECT (${family})[(1 + (g * 13 + g / 7) % ${FAMILY_NAMES.length})::int] AS name) fam`,
    [start, count],
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers))`);
}
