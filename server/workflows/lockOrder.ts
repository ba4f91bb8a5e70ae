import type { Queryable } from '../db/database';
import type { ResourceDefinition } from '../../src/domain/resourceDefinition';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The one order in which a step takes its locks: the customer first, then the record. Erasing a
 * customer locks the customer and then every ticket and consent request of theirs; a step that locked
 * its own ticket first and the customer second would wait on the erasure while the erasure waits on
 * it (two `complete`s for two tickets of one customer deadlocked 14 times in 15). Taken in this order,
 * the second step simply waits for the first. The record itself is read without a lock here; the
 * caller locks it next.
 */
export async function lockCustomerOf(tx: Queryable, def: ResourceDefinition, id: number): Promise<number | null> {
  if (!def.fields.includes('customer_id')) return null;
  const [row] = await tx.query<{ id: number }>(
    `SELECT c.id FROM customers c JOIN ${ident(def.table)} r ON r.customer_id = c.id WHERE r.id = $1 FOR UPDATE OF c`,
    [id],
  );
  return row ? Number(row.id) : null;
}

/** The record's link changed between the two reads (an edit in between): that customer is locked too, late but locked. */
export async function lockLateCustomer(tx: Queryable, locked: number | null, customerId: unknown): Promise<void> {
  if (customerId == null || Number(customerId) === locked) return;
  await tx.query('SELECT id FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
}
