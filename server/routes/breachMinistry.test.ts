import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, step } from '../testing/workflows';
import { MINISTRY_NOT_APPROVED } from '../../src/domain/ministryNotification';

const R = 'breach-incidents';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const incident = {
  aware_at: hoursAgo(5),
  description: 'A courier integration exposed order addresses through a public link.',
  data_categories: ['full_name', 'address', 'children_data'],
  containment: 'The link was revoked and the API key rotated.',
  site_notice_text: 'On 22 November we found that order addresses were exposed.',
  email_notice_text: 'Dear customer, your delivery address was exposed.',
};

describeOnEachDatabase('the Ministry notification of a breach', (suite) => {
  const admin = suite.as('admin');
  const legal = suite.as('legal');
  const support = suite.as('support');
  let id: number;
  const download = (client = admin, incidentId: number | string = id) => client.call('GET', `/api/${R}/${incidentId}/ministry-notification`);

  it('is refused until the legal advisor approved it, and to support always', async () => {
    const created = await admin.create(R, incident);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    id = created.body.id;
    await registerAdult(admin, 'ministry1');
    await registerAdult(admin, 'ministry2');
    expect((await admin.call('POST', `/api/${R}/${id}/affected`, { filter: { q: 'zahra.ministry' }, wouldAdd: 2 })).status).toBe(200);
    await step(admin, R, id, 'assess', { risk: 'high', risk_reasoning: 'Names with addresses allow targeted fraud.' });

    expect(await download()).toMatchObject({ status: 409, body: { message: MINISTRY_NOT_APPROVED } });
    await step(admin, R, id, 'submit_for_review');
    expect(await download(legal)).toMatchObject({ status: 409, body: { message: MINISTRY_NOT_APPROVED } });
    await step(legal, R, id, 'request_changes', { opinion: 'Name the orders concerned.' });
    // a decision, but not an approval
    expect(await download()).toMatchObject({ status: 409, body: { message: MINISTRY_NOT_APPROVED } });
    expect((await download(support)).status).toBe(403);
    expect((await download(admin, 999_999)).status).toBe(404);
    expect((await download(admin, 'abc')).status).toBe(400);
    const audit = (await admin.list('audit-log', { filter: { resource: R, record_id: id, action: 'export' } })).body as unknown[];
    expect(audit).toHaveLength(0);
  });

  it('once approved, downloads as text for admin and legal with the facts, the count of people and the categories, audited', async () => {
    await step(admin, R, id, 'submit_for_review');
    const approved = await step(legal, R, id, 'approve', { opinion: 'The notification is accurate and complete.' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    for (const client of [admin, legal]) {
      const res = await download(client);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="breach-${id}-ministry-notification.txt"`);
      const lines = String(res.body).split('\n');
      expect(lines).toContain(`Our reference: breach incident #${id}`);
      expect(lines).toContain('A courier integration exposed order addresses through a public link.');
      expect(lines).toEqual(expect.arrayContaining(['- Full name', '- Residential address', '- Children’s data']));
      expect(lines).toContain('People affected: 2 people');
      expect(lines).toContain('Personal data records concerned: about 6 records (3 kinds of data for each person)');
      expect(lines).toContain('Risk to the people affected: High');
      expect(lines).toContain('The link was revoked and the API key rotated.');
      expect(lines).toContain('Our online store, privacy@localhost');
      expect(lines.find((l) => l.startsWith('Approved by the store’s legal advisor on '))).toMatch(/\(Muscat time, UTC\+4\)\.$/);
    }
    expect((await download(support)).status).toBe(403);
    const audit = (await admin.list('audit-log', { filter: { resource: R, record_id: id, action: 'export' }, sort: ['id', 'ASC'] })).body as { staff_username: string; reason: string }[];
    expect(audit.map((a) => [a.staff_username, a.reason])).toEqual([
      ['test.admin', 'Ministry notification'],
      ['test.legal', 'Ministry notification'],
    ]);
  });

  it('stays available while the incident is being notified', async () => {
    await step(admin, R, id, 'record_ministry_notification', { ministry_sent_at: new Date().toISOString(), ministry_method: 'MTCIT portal', ministry_reference: 'MTCIT-7' });
    expect((await admin.get(R, id)).body.status).toBe('notifying');
    expect((await download()).status).toBe(200);
  });
});
