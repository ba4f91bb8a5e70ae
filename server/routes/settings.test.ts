import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { STALE_VERSION } from '../../src/domain/apiMessages';
import { loadHolidays } from '../calendar/holidayCalendar';
import { loadSettings } from '../settings/settingsStore';
import { registerChild, step } from '../testing/workflows';

describeOnEachDatabase('settings and the holiday calendar', (suite) => {
  const admin = suite.as('admin');
  const support = suite.as('support');

  it('starts from the defaults, readable by every role', async () => {
    const res = await support.call('GET', '/api/settings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ consent_window_days: 14, deletion_period_days: 30, child_age: 13, version: 1 });
  });

  it('lets an admin change them, and audits the fields changed', async () => {
    const res = await admin.call('PUT', '/api/settings', { consent_window_days: 14, deletion_period_days: 21, child_age: 16, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deletion_period_days: 21, child_age: 16, version: 2 });
    expect(await loadSettings(suite.db)).toMatchObject({ consent_window_days: 14, deletion_period_days: 21, child_age: 16, privacy_policy_url: '' });
    const [entry] = (await admin.list('audit-log', { sort: ['id', 'DESC'], range: [0, 0], filter: { resource: 'settings' } })).body;
    expect(entry).toMatchObject({ action: 'update', resource: 'settings', fields: ['deletion_period_days', 'child_age'] });
  });

  it('refuses a deletion period over the PDPL 45 days, changing nothing', async () => {
    const current = (await admin.call('GET', '/api/settings')).body;
    const res = await admin.call('PUT', '/api/settings', { ...current, deletion_period_days: 46 });
    expect(res.status).toBe(400);
    expect(res.body.errors.deletion_period_days).toMatch(/45/);
    expect(res.body.message).toMatch(/Personal Data Protection Law/);
    expect((await admin.call('GET', '/api/settings')).body).toEqual(current);
  });

  it('refuses a child age outside 13–18 and unknown fields', async () => {
    const current = (await admin.call('GET', '/api/settings')).body;
    expect((await admin.call('PUT', '/api/settings', { ...current, child_age: 12 })).status).toBe(400);
    expect((await admin.call('PUT', '/api/settings', { ...current, breach_hours: 72 })).status).toBe(400);
  });

  it('is changed by admins only', async () => {
    const current = (await support.call('GET', '/api/settings')).body;
    const res = await support.call('PUT', '/api/settings', { ...current, deletion_period_days: 40 });
    expect(res.status).toBe(403);
    expect((await admin.call('GET', '/api/settings')).body.deletion_period_days).toBe(21);
  });

  it('answers a stale version with 409', async () => {
    const res = await admin.call('PUT', '/api/settings', { consent_window_days: 10, deletion_period_days: 30, child_age: 13, version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(STALE_VERSION);
  });

  it('keeps the notice’s policy link, recipients and uses, which the notice and the public pages then show', async () => {
    const current = (await admin.call('GET', '/api/settings')).body;
    expect(current).toMatchObject({ privacy_policy_url: '', notice_recipients: expect.stringMatching(/payment and delivery/), notice_uses: expect.any(String) });
    // not https, and the desk itself (whose pages are its sign-in): refused, nothing changes
    for (const privacy_policy_url of ['http://souqmuscat.om/privacy', 'souqmuscat.om/privacy', `${suite.server.url.replace('http:', 'https:')}/privacy-policy`]) {
      const refused = await admin.call('PUT', '/api/settings', { ...current, privacy_policy_url });
      expect(refused.status, privacy_policy_url).toBe(400);
      expect(refused.body.errors.privacy_policy_url).toMatch(/https|sign-in/);
    }
    expect((await admin.call('PUT', '/api/settings', { ...current, notice_uses: '' })).body.errors.notice_uses).toMatch(/what is collected/);
    const texts = {
      privacy_policy_url: 'https://souqmuscat.om/privacy',
      notice_recipients: 'Aramex, our courier, to deliver orders',
      notice_uses: 'their name and school, to offer the school-books discount',
    };
    const saved = await admin.call('PUT', '/api/settings', { ...current, ...texts });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ ...texts, version: current.version + 1 });
    expect((await support.call('GET', '/api/settings')).body).toMatchObject(texts);
    // a client that sends only the numbers keeps the texts
    const numbers = await admin.call('PUT', '/api/settings', { consent_window_days: 14, deletion_period_days: 21, child_age: 16, version: saved.body.version });
    expect(numbers.body).toMatchObject(texts);
    const [entry] = (await admin.list('audit-log', { sort: ['id', 'DESC'], range: [1, 1], filter: { resource: 'settings' } })).body;
    expect([...entry.fields].sort()).toEqual(['notice_recipients', 'notice_uses', 'privacy_policy_url']);

    const { request } = await registerChild(support, 'set-notice');
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);
    const [mail] = await suite.db.query<{ body: string }>("SELECT body FROM outbox WHERE kind = 'consent_notice' AND record_id = $1", [request.id]);
    expect(mail.body).toContain('What we would collect about your child, and why: their name and school, to offer the school-books discount');
    expect(mail.body).toContain('we share a child’s data only with Aramex, our courier, to deliver orders');
    expect(mail.body).toContain('Our privacy policy explains all this in full: https://souqmuscat.om/privacy');
    expect(mail.body).not.toContain(suite.server.url.replace(/^https?:\/\//, '') + '/privacy');
    // the public pages' footer links to the same policy
    expect(await (await fetch(`${suite.server.url}/breach-notices`)).text()).toContain('href="https://souqmuscat.om/privacy"');

    // no recipients: the notice says the data goes to no one
    const none = await admin.call('PUT', '/api/settings', { ...numbers.body, notice_recipients: '' });
    expect(none.status).toBe(200);
    expect((await step(support, 'consent-requests', request.id, 'send_notice')).status).toBe(200);
    const [, again] = await suite.db.query<{ body: string }>("SELECT body FROM outbox WHERE kind = 'consent_notice' AND record_id = $1 ORDER BY id", [request.id]);
    expect(again.body).toContain('Third parties: we share a child’s data with no one.');
  });

  it('seeds the holiday calendar, National Day 2026 included', async () => {
    const days = await loadHolidays(suite.db);
    expect(days.has('2026-11-20')).toBe(true);
    expect(days.has('2026-11-21')).toBe(true);
    const listed = await support.list('holidays', { sort: ['day', 'ASC'], filter: { day_gte: '2026-11-01', day_lte: '2026-11-30' } });
    expect(listed.status).toBe(200);
    expect(listed.body.map((h: { day: string }) => h.day)).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('lets an admin add a holiday, and nobody else', async () => {
    const holiday = { day: '2026-11-22', name: 'National Day (in lieu)', kind: 'fixed' };
    expect((await support.create('holidays', holiday)).status).toBe(403);
    const created = await admin.create('holidays', holiday);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...holiday, version: 1 });
    expect((await loadHolidays(suite.db)).has('2026-11-22')).toBe(true);
    const again = await admin.create('holidays', holiday);
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual({ day: 'Already in the calendar' });
    expect((await support.remove('holidays', created.body.id)).status).toBe(403);
    expect((await admin.remove('holidays', created.body.id)).status).toBe(200);
  });
});
