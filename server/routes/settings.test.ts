import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { STALE_VERSION } from '../../src/domain/apiMessages';
import { loadHolidays } from '../calendar/holidayCalendar';
import { loadSettings } from '../settings/settingsStore';

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
    expect(await loadSettings(suite.db)).toEqual({ consent_window_days: 14, deletion_period_days: 21, child_age: 16 });
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
