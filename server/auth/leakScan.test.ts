import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { SENSITIVE_CUSTOMER_FIELDS } from '../../src/domain/masking';
import { RESOURCES } from '../../src/domain/resources';

describeOnEachDatabase('support staff never receive an unmasked sensitive value', { demo: 150 }, (suite) => {
  it('scans every body the support role can obtain for every seeded sensitive value and finds none', async () => {
    const support = suite.as('support');
    const bodies: string[] = [];
    const keep = async (answer: Promise<{ status: number; body: unknown }>) => {
      const { status, body } = await answer;
      bodies.push(JSON.stringify(body));
      return { status, body };
    };
    for (const def of RESOURCES) {
      const all = await keep(support.list(def.name, { range: [0, 999] }));
      if (all.status !== 200) continue; // the audit log: refused to support
      for (const record of all.body as { id: number }[]) await keep(support.get(def.name, record.id));
    }
    const ids = suite.demo.customers.map((c) => c.id);
    await keep(support.list('customers', { filter: { id: ids.slice(0, 100) } })); // getMany, as reference fields ask
    for (const c of suite.demo.customers.slice(0, 30)) {
      for (const ref of ['consent-requests', 'deletion-tickets', 'authority-referrals']) await keep(support.list(ref, { filter: { customer_id: c.id } }));
    }
    for (const term of ['Al', 'بن', '@example']) await keep(support.list('customers', { filter: { q: term }, range: [0, 999] }));
    // what the support role writes comes back masked too
    const shown = (await support.get('customers', 5)).body as Record<string, unknown>;
    await keep(support.update('customers', 5, { ...shown, school: 'Changed by support' }));
    await keep(support.call('POST', '/api/customers/5/reveal', { field: 'phone', reason: 'trying anyway' }));

    const sensitive = suite.demo.customers.flatMap((c) => SENSITIVE_CUSTOMER_FIELDS.map((f) => c[f]).filter((v): v is string => typeof v === 'string' && v.length > 0));
    const text = bodies.join('\n');
    const leaks = sensitive.filter((value) => text.includes(value));
    console.info(`leak scan (${suite.kind}): ${bodies.length} responses, ${sensitive.length} sensitive values, ${leaks.length} found`);
    expect(bodies.length).toBeGreaterThan(300);
    expect(sensitive.length).toBeGreaterThan(400);
    expect(leaks).toEqual([]);
  });
});
