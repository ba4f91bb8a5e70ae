import { expect, it } from 'vitest';
import type { Queryable } from '../db/database';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, secondInstance } from '../testing/workflows';
import { findResource } from '../../src/domain/resources';
import { lockCustomerOf, lockLateCustomer } from './lockOrder';

const tickets = findResource('deletion-tickets')!;
const holidays = findResource('holidays')!;

/** A transaction that remembers the statements it ran, to see which rows a step asked to lock. */
const recording = (tx: Queryable) => {
  const statements: string[] = [];
  const queryable: Queryable = { query: (sql, params) => (statements.push(sql), tx.query(sql, params)) } as Queryable;
  return { queryable, statements };
};

describeOnEachDatabase('the order in which a step locks (customer first, then the record)', (suite) => {
  const support = suite.as('support');

  async function ticketOf(tag: string) {
    const customer = await registerAdult(support, tag);
    const created = await support.create('deletion-tickets', { customer_id: customer.id, requester_name: 'Lock Order', requester_email: customer.email, channel: 'email', scope: 'account' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return { customerId: Number(customer.id), ticketId: Number(created.body.id) };
  }

  it("names the customer of a ticket, nobody for a record without a customer or a record that doesn't exist", async () => {
    const { customerId, ticketId } = await ticketOf('lock-names');
    await suite.db.transaction(async (tx) => {
      expect(await lockCustomerOf(tx, tickets, ticketId)).toBe(customerId);
      expect(await lockCustomerOf(tx, tickets, 987_654)).toBeNull();
      const { queryable, statements } = recording(tx);
      expect(await lockCustomerOf(queryable, holidays, 1)).toBeNull();
      expect(statements).toEqual([]);
    });
  });

  it('locks a customer the record moved to, and nothing again for the one it already holds', async () => {
    const { customerId } = await ticketOf('lock-late');
    const other = Number((await registerAdult(support, 'lock-late-other')).id);
    await suite.db.transaction(async (tx) => {
      const { queryable, statements } = recording(tx);
      await lockLateCustomer(queryable, customerId, customerId);
      await lockLateCustomer(queryable, customerId, String(customerId));
      await lockLateCustomer(queryable, customerId, null);
      expect(statements).toEqual([]);
      await lockLateCustomer(queryable, customerId, other);
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/FOR UPDATE/);
    });
  });

  // The embedded database has one connection, so no second writer can be there to be kept out.
  it.skipIf(suite.kind !== 'postgres')('holds the customer row until the step ends: another writer cannot take it meanwhile', async () => {
    const { customerId, ticketId } = await ticketOf('lock-held');
    const other = Number((await registerAdult(support, 'lock-held-other')).id);
    const second = await secondInstance(suite.db);
    const tryToLock = (id: number) =>
      second.db.transaction((tx) => tx.query('SELECT id FROM customers WHERE id = $1 FOR UPDATE NOWAIT', [id])).then(
        () => 'free',
        (error: { code?: string }) => (error.code === '55P03' ? 'held' : `failed: ${error.code}`),
      );
    try {
      await suite.db.transaction(async (tx) => {
        await lockCustomerOf(tx, tickets, ticketId);
        expect(await tryToLock(customerId)).toBe('held');
        // the ticket itself is not locked by this: the caller locks it next
        const ticket = await second.db.transaction((t) => t.query('SELECT id FROM deletion_tickets WHERE id = $1 FOR UPDATE NOWAIT', [ticketId]));
        expect(ticket).toHaveLength(1);
        expect(await tryToLock(other)).toBe('free');
        await lockLateCustomer(tx, customerId, other);
        expect(await tryToLock(other)).toBe('held');
      });
      expect(await tryToLock(customerId)).toBe('free');
    } finally {
      await second.close();
    }
  });
});
