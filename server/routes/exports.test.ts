import { expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { describeOnEachDatabase } from '../testing/apiSuite';

describeOnEachDatabase('CSV exports', { demo: 60 }, (suite) => {
  const exportAs = async (role: 'admin' | 'legal' | 'support', path: string) => {
    const cookie = await suite.server.cookieFor(role);
    return fetch(`${suite.server.url}${path}`, { headers: { cookie } });
  };

  it('exports the filtered list as masked CSV and records the export in the audit log', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: 'active' }));
    const res = await exportAs('legal', `/api/customers/export?filter=${filter}&sort=${encodeURIComponent('["id","ASC"]')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    const active = suite.demo.customers.filter((c) => c.status === 'active');
    expect(rows.map((r) => Number(r.id))).toEqual(active.map((c) => c.id));
    expect(rows.every((r) => r.address === '' || r.address === '••••')).toBe(true);
    const text = JSON.stringify(rows);
    for (const c of active) if (c.id_number) expect(text).not.toContain(c.id_number);

    const admin = suite.as('admin');
    const [entry] = (await admin.list('audit-log', { filter: { action: 'export' }, sort: ['id', 'DESC'] })).body;
    expect(entry).toMatchObject({ staff_username: 'test.legal', resource: 'customers', reason: expect.stringMatching(new RegExp(`^${active.length} rows; filter`)) });
  });

  it('refuses support staff, a bad filter and an unknown resource', async () => {
    expect((await exportAs('support', '/api/customers/export')).status).toBe(403);
    expect((await exportAs('admin', `/api/customers/export?filter=${encodeURIComponent('{"x":1}')}`)).status).toBe(400);
    expect((await exportAs('admin', '/api/payments/export')).status).toBe(404);
  });
});
