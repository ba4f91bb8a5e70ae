import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult } from '../testing/workflows';
import { EMPTY_FILTER, EXPECTED_COUNT_REQUIRED, INCIDENT_CLOSED, SELECTION_REQUIRED, countChanged } from '../../src/domain/breachAffected';

const R = 'breach-incidents';
const incident = {
  aware_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
  description: 'A courier integration exposed order addresses through a public link.',
  data_categories: ['full_name', 'address'],
};

describeOnEachDatabase('breach affected customers', (suite) => {
  const admin = suite.as('admin');
  const legal = suite.as('legal');
  const support = suite.as('support');

  const record = async () => {
    const created = await admin.create(R, incident);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as number;
  };
  const preview = (id: number, body: unknown, api = admin) => api.call('POST', `/api/${R}/${id}/affected/preview`, body);
  const widen = (id: number, body: unknown, api = admin) => api.call('POST', `/api/${R}/${id}/affected`, body);
  const total = async (id: number) => Number((await legal.call('GET', `/api/${R}/${id}/affected?range=[0,0]`)).headers.get('content-range')?.split('/')[1]);
  // customers `<tag>a`…: the first `subscribed` on the newsletter, the rest not
  const register = async (tag: string, count: number, subscribed: number) => {
    for (let i = 0; i < count; i++) await registerAdult(admin, `${tag}${String.fromCharCode(97 + i)}`, { newsletter: i < subscribed });
  };

  it('counts before confirming, widens by the customer list’s filters, and a wider filter adds only the new customers', async () => {
    await register('wavea', 5, 3);
    const id = await record();
    const subscribed = { filter: { q: 'wavea', newsletter: true } };
    expect((await preview(id, subscribed)).body).toEqual({ matching: 3, alreadyAffected: 0, wouldAdd: 3 });
    expect(await widen(id, { ...subscribed, wouldAdd: 3 })).toMatchObject({ status: 200, body: { added: 3, total: 3 } });

    const everyone = { filter: { q: 'wavea' } };
    expect((await preview(id, everyone)).body).toEqual({ matching: 5, alreadyAffected: 3, wouldAdd: 2 });
    expect((await widen(id, { ...everyone, wouldAdd: 2 })).body).toEqual({ added: 2, total: 5 });
    expect((await preview(id, everyone)).body).toEqual({ matching: 5, alreadyAffected: 5, wouldAdd: 0 });

    const page = await legal.call('GET', `/api/${R}/${id}/affected?range=[0,1]`);
    expect(page.headers.get('content-range')).toBe('affected-customers 0-1/5');
    expect(page.body[0]).toEqual({ id: expect.any(Number), full_name: expect.stringContaining('wavea'), status: 'active', added_at: expect.any(String), added_by: 'test.admin' });

    const history = (await legal.list('workflow-history', { filter: { resource: R, record_id: id }, sort: ['id', 'ASC'] })).body as { step: string; note: string; from_status: string; to_status: string }[];
    expect(history.map((h) => [h.step, h.from_status, h.to_status, h.note])).toEqual([
      ['widen_affected', 'recorded', 'recorded', 'Affected customers widened: +3 by filter {"q":"wavea","newsletter":true}'],
      ['widen_affected', 'recorded', 'recorded', 'Affected customers widened: +2 by filter {"q":"wavea"}'],
    ]);
    const audit = (await admin.list('audit-log', { filter: { resource: R, record_id: id, action: 'update' } })).body as { fields: string[]; reason: string }[];
    expect(audit.map((a) => a.fields)).toEqual([['affected_customers'], ['affected_customers']]);
  });

  it('picks every customer with all: true, never with an empty filter', async () => {
    const id = await record();
    const [{ n }] = await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM customers');
    expect((await preview(id, { all: true })).body).toEqual({ matching: n, alreadyAffected: 0, wouldAdd: n });
    expect((await preview(id, { filter: {} })).body).toEqual({ message: EMPTY_FILTER });
  });

  it('refuses to narrow: the database refuses removing or changing an affected customer', async () => {
    await register('narrow', 2, 2);
    const id = await record();
    await widen(id, { filter: { q: 'narrow' }, wouldAdd: 2 });
    await expect(suite.db.query('DELETE FROM breach_affected_customers WHERE incident_id = $1', [id])).rejects.toThrow(/can only be widened/);
    await expect(suite.db.query("UPDATE breach_affected_customers SET added_by = 'someone' WHERE incident_id = $1", [id])).rejects.toThrow(/can only be widened/);
    expect(await total(id)).toBe(2);
  });

  it('refuses a widening whose count changed since the preview (409), and two at once add each customer once', async () => {
    await register('race', 4, 4);
    const id = await record();
    const body = { filter: { q: 'race' }, wouldAdd: 4 };
    const answers = await Promise.all([widen(id, body), widen(id, body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body).toEqual({ message: countChanged(0, 4) });
    const [{ rows, distinct }] = await suite.db.query<{ rows: number; distinct: number }>(
      'SELECT count(*)::int AS rows, count(DISTINCT customer_id)::int AS distinct FROM breach_affected_customers WHERE incident_id = $1',
      [id],
    );
    expect({ rows, distinct }).toEqual({ rows: 4, distinct: 4 });
    expect(await total(id)).toBe(4);
  });

  it('refuses a malformed selection with 400 and writes nothing', async () => {
    await register('badf', 1, 1);
    const id = await record();
    const cases: [unknown, string | RegExp][] = [
      [{ filter: { role: 'admin' }, wouldAdd: 1 }, /Unknown filter 'role' for customers/],
      [{ filter: { status: 'gone' }, wouldAdd: 1 }, /Filter status must be one of: active, erased/],
      [{ filter: 'badf', wouldAdd: 1 }, /must be a JSON object/],
      [{ filter: { q: 'badf' } }, EXPECTED_COUNT_REQUIRED],
      [{ filter: { q: 'badf' }, all: true, wouldAdd: 1 }, SELECTION_REQUIRED],
      [{ wouldAdd: 1 }, SELECTION_REQUIRED],
      [{ filter: { q: 'badf' }, wouldAdd: -1 }, EXPECTED_COUNT_REQUIRED],
    ];
    for (const [body, message] of cases) {
      const answer = await widen(id, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.message).toMatch(message);
    }
    expect((await widen(id, '{"filter":')).status).toBe(400);
    expect(await total(id)).toBe(0);
    expect((await legal.list('workflow-history', { filter: { resource: R, record_id: id } })).body).toEqual([]);
  });

  it('lets only admin widen, legal read the count, support nothing; a closed incident’s set is final', async () => {
    await register('roles', 1, 1);
    const id = await record();
    const body = { filter: { q: 'roles' }, wouldAdd: 1 };
    expect((await preview(id, { filter: body.filter }, legal)).status).toBe(403);
    expect((await widen(id, body, legal)).status).toBe(403);
    for (const answer of [await preview(id, { filter: body.filter }, support), await widen(id, body, support), await support.call('GET', `/api/${R}/${id}/affected`)]) {
      expect(answer.status).toBe(403);
    }
    expect((await legal.call('GET', `/api/${R}/${id}/affected`)).status).toBe(200);
    expect((await preview(9999, { filter: body.filter })).status).toBe(404);

    // closed as the workflow leaves it: notified, with lessons learned
    await suite.db.query(
      `UPDATE breach_incidents SET status = 'closed', decided_at = now(), ministry_sent_at = now(), site_notice_published_at = now(), lessons = 'x', closed_at = now() WHERE id = $1`,
      [id],
    );
    expect(await preview(id, { filter: body.filter })).toMatchObject({ status: 409, body: { message: INCIDENT_CLOSED } });
    expect(await widen(id, body)).toMatchObject({ status: 409, body: { message: INCIDENT_CLOSED } });
    expect(await total(id)).toBe(0);
  });
});
