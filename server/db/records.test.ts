import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import type { Database } from './database';
import { EXACT_COUNT_LIMIT, listRecords } from './records';
import { generateCustomers } from '../seed/seedDatabase';
import { customers } from '../../src/domain/customers';
import { parseListQuery } from '../../src/domain/listQuery';

const query = (params: Record<string, unknown>) => {
  const parsed = parseListQuery(customers, new URLSearchParams(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)])));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

/** 15,000 customers, and the planner's statistics of them. */
async function manyCustomers(db: Database) {
  await generateCustomers(db, 15_000);
  await db.exec('VACUUM (ANALYZE) customers');
}

describeOnEachDatabase('list totals on large data', { http: false, prepare: manyCustomers }, (suite) => {
  const exact = async (where: string) => (await suite.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM customers WHERE ${where}`))[0].n;

  it('keeps the unfiltered total exact without counting', async () => {
    expect((await listRecords(suite.db, customers, query({ range: [0, 24] }))).total).toBe(15_000);
  });

  it('counts a selective filter exactly', async () => {
    const { total } = await listRecords(suite.db, customers, query({ filter: { q: 'zadjali1234' }, range: [0, 0] }));
    expect(total).toBe(await exact(`full_name ILIKE '%zadjali1234%' OR email ILIKE '%zadjali1234%' OR username ILIKE '%zadjali1234%'`));
  });

  it('estimates a broad search, always promising at least one more page, and is exact on its last page', async () => {
    const broad = query({ filter: { q: 'al' }, range: [0, 24] });
    const actual = await exact(`full_name ILIKE '%al%' OR email ILIKE '%al%' OR username ILIKE '%al%'`);
    expect(actual).toBeGreaterThan(EXACT_COUNT_LIMIT);
    const first = await listRecords(suite.db, customers, broad);
    expect(first.rows).toHaveLength(25);
    expect(first.total).toBeGreaterThan(EXACT_COUNT_LIMIT);

    const past = await listRecords(suite.db, customers, { ...broad, range: [actual + 100, actual + 124] });
    expect(past).toEqual({ rows: [], total: actual });
    const last = await listRecords(suite.db, customers, { ...broad, range: [actual - 5, actual + 19] });
    expect(last.rows).toHaveLength(5);
    expect(last.total).toBe(actual);
  });
});
