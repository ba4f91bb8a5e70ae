import type { Queryable, Row } from './database';
import { whereClause } from './records';
import { customers } from '../../src/domain/customers';
import { previewOf, type AffectedPreview, type CustomerFilter } from '../../src/domain/breachAffected';

// Every statement here runs in the database: a breach may touch a million customers, and neither the
// count nor the widening may hold them in the server's memory.

/** How many customers the filter picks, and how many of those the incident already has. */
export async function affectedPreview(db: Queryable, incidentId: number, filter: CustomerFilter): Promise<AffectedPreview> {
  const params: unknown[] = [incidentId];
  const where = whereClause(customers, filter, params);
  const [row] = await db.query<{ matching: number; already: number }>(
    `SELECT count(*)::int AS matching,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM breach_affected_customers a WHERE a.incident_id = $1 AND a.customer_id = customers.id))::int AS already
     FROM customers ${where}`,
    params,
  );
  return previewOf(row.matching, row.already);
}

/** Adds the customers the filter picks, in one statement; answers how many were new to the incident. */
export async function widenAffected(db: Queryable, incidentId: number, filter: CustomerFilter, addedBy: string): Promise<number> {
  const params: unknown[] = [incidentId, addedBy];
  const where = whereClause(customers, filter, params);
  const [row] = await db.query<{ added: number }>(
    `WITH added AS (
       INSERT INTO breach_affected_customers (incident_id, customer_id, added_by)
       SELECT $1, id, $2 FROM customers ${where}
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS added FROM added`,
    params,
  );
  return row.added;
}

export async function affectedTotal(db: Queryable, incidentId: number): Promise<number> {
  const [row] = await db.query<{ total: number }>('SELECT count(*)::int AS total FROM breach_affected_customers WHERE incident_id = $1', [incidentId]);
  return row.total;
}

/** One page of the incident's affected customers, in customer order, with what the customer list shows of each. */
export async function affectedPage(db: Queryable, incidentId: number, [start, end]: [number, number]): Promise<Row[]> {
  return db.query(
    `SELECT c.id, c.full_name, c.status, a.added_at, a.added_by
     FROM breach_affected_customers a JOIN customers c ON c.id = a.customer_id
     WHERE a.incident_id = $1 ORDER BY a.customer_id LIMIT ${end - start + 1} OFFSET ${start}`,
    [incidentId],
  );
}
