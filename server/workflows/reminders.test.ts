import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { remindDueTickets } from './dueReminders';
import { secondInstance, step } from '../testing/workflows';

describeOnEachDatabase('deadline reminders', (suite) => {
  const admin = suite.as('admin');

  const reminders = () => suite.db.query<{ to_address: string; subject: string; record_id: number }>("SELECT to_address, subject, record_id FROM outbox WHERE kind = 'due_reminder' ORDER BY id");

  it('reminds the assignee once when a ticket is due within a business day, and once when it is overdue, even with two instances', async () => {
    const account = await admin.create('staff', { username: 'noura.support', display_name: 'Noura Al Siyabi', email: 'noura@store.example', role: 'support', password: 'a long enough passphrase' });
    expect(account.status).toBe(201);
    const soon = (await admin.create('deletion-tickets', { requester_name: 'List member', requester_email: 'member@example.org', channel: 'email', scope: 'marketing_email' })).body;
    const later = (await admin.create('deletion-tickets', { requester_name: 'Account holder', requester_email: 'holder@example.org', channel: 'email', scope: 'account' })).body;
    expect((await step(admin, 'deletion-tickets', soon.id, 'assign', { assignee: 'noura.support' })).status).toBe(200);

    const other = await secondInstance(suite.db);
    const second = other.db;
    const options = { publicUrl: 'https://desk.example' };
    const [a, b] = await Promise.all([remindDueTickets(suite.db, options), remindDueTickets(second, options)]);
    expect(a + b).toBe(1);
    expect(await remindDueTickets(suite.db, options)).toBe(0);
    expect(await reminders()).toEqual([{ to_address: 'noura@store.example', subject: expect.stringMatching(new RegExp(`^Deletion ticket #${soon.id} is due`)), record_id: soon.id }]);

    // a month on: both are overdue; the unassigned one goes to every admin and support with an address
    const monthOn = { ...options, now: () => new Date(Date.now() + 31 * 24 * 3600_000) };
    const [c, d] = await Promise.all([remindDueTickets(suite.db, monthOn), remindDueTickets(second, monthOn)]);
    await other.close();
    expect(c + d).toBe(2);
    expect(await remindDueTickets(suite.db, monthOn)).toBe(0);
    const overdue = (await reminders()).filter((m) => m.subject.endsWith('is overdue'));
    expect(overdue.map((m) => m.record_id).sort()).toEqual([soon.id, later.id].sort());
    expect(JSON.stringify(await reminders())).not.toMatch(/member@example\.org|holder@example\.org|List member|Account holder/);
  });

  it('reminds of access and correction requests past their due date too, once each', async () => {
    const longAgo = new Date(Date.now() - 35 * 24 * 3600_000).toISOString();
    const access = (await admin.create('access-requests', { requester_name: 'Access asker', requester_email: 'asker@example.org', channel: 'email', received_at: longAgo })).body;
    const correction = (await admin.create('correction-requests', { requester_name: 'Fix asker', requester_email: 'fixer@example.org', channel: 'email', requested_correction: 'Wrong phone', received_at: longAgo })).body;
    const options = { publicUrl: 'https://desk.example' };
    expect(await remindDueTickets(suite.db, options)).toBe(2);
    expect(await remindDueTickets(suite.db, options)).toBe(0);
    const subjects = (await reminders()).map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining([`Access request #${access.id} is overdue`, `Correction request #${correction.id} is overdue`]));
    expect(JSON.stringify(await reminders())).not.toMatch(/asker@example\.org|fixer@example\.org|Access asker|Fix asker/);
  });
});
