import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { secondInstance, step } from '../testing/workflows';
import { remindBreachDeadlines } from './breachReminders';
import { EMAIL_RULE, MINISTRY_RULE, SITE_NOTICE_RULE } from '../../src/domain/breachDeadlines';

const R = 'breach-incidents';
const DESCRIPTION = 'A courier integration exposed the addresses of Salim Al Harthi and 300 others.';
const CONTAINMENT = 'The courier link was revoked on the spot.';
const texts = { site_notice_text: 'Order addresses of our customers were exposed.', email_notice_text: 'Dear Salim, your delivery address was exposed.' };

describeOnEachDatabase('breach deadline reminders', (suite) => {
  const admin = suite.as('admin');
  const legal = suite.as('legal');

  const reminders = () =>
    suite.db.query<{ to_address: string; subject: string; body: string; record_id: number }>(
      "SELECT to_address, subject, body, record_id FROM outbox WHERE kind = 'due_reminder' AND resource = 'breach-incidents' ORDER BY id",
    );
  const sentRows = () => suite.db.query<{ incident_id: number; rule: string; kind: string }>('SELECT incident_id, rule, kind FROM breach_reminders');

  const record = async () => {
    const created = await admin.create(R, { aware_at: new Date(Date.now() - 5 * 3600_000).toISOString(), description: DESCRIPTION, data_categories: ['full_name', 'address'], containment: CONTAINMENT });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: number };
  };
  // recorded, assessed, texts written, approved by legal: ready to notify
  const approved = async () => {
    const { id } = await record();
    expect((await step(admin, R, id, 'assess', { risk: 'medium', risk_reasoning: 'Addresses alone, no payment data.' })).status).toBe(200);
    const current = (await admin.get(R, id)).body;
    expect((await admin.update(R, id, { ...current, ...texts })).status).toBe(200);
    expect((await step(admin, R, id, 'submit_for_review')).status).toBe(200);
    expect((await step(legal, R, id, 'approve', { opinion: 'Accurate and clear.' })).status).toBe(200);
    return id;
  };
  const notified = async () => {
    const id = await approved();
    const sent = await step(admin, R, id, 'record_ministry_notification', { ministry_sent_at: new Date().toISOString(), ministry_method: 'MTCIT portal', ministry_reference: 'MTCIT-7' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect((await step(admin, R, id, 'publish_site_notice')).status).toBe(200);
    return id;
  };

  it('mails admin and legal once before a deadline and once when it is missed, even with two instances; never a met clock, a closed incident or support', async () => {
    const staff = [
      { username: 'maryam.admin', email: 'maryam@store.example', role: 'admin' },
      { username: 'hilal.legal', email: 'hilal@lawfirm.example', role: 'legal' },
      { username: 'noura.support', email: 'noura@store.example', role: 'support' },
      { username: 'former.legal', email: 'former@lawfirm.example', role: 'legal', disabled: true },
    ];
    for (const s of staff) {
      const res = await admin.create('staff', { ...s, display_name: s.username, password: 'a long enough passphrase' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }

    const fresh = (await record()).id;
    const met = await notified();
    const closed = await notified();
    // Closed as the register keeps it, but with the e-mail clock still open (closing through the API
    // waits for the fan-out): the job must go by the status, not only by the clocks.
    await suite.db.query("UPDATE breach_incidents SET status = 'closed', lessons = 'Courier links expire within a day.', closed_at = now() WHERE id = $1", [closed]);

    const other = await secondInstance(suite.db);
    const options = { publicUrl: 'https://desk.example' };
    // now: only the fresh incident's site notice (one business day) is near; the others' is published
    const [a, b] = await Promise.all([remindBreachDeadlines(suite.db, options), remindBreachDeadlines(other.db, options)]);
    expect(a + b).toBe(1);
    expect(await remindBreachDeadlines(suite.db, options)).toBe(0);
    const first = await reminders();
    expect(first.map((m) => [m.record_id, m.to_address])).toEqual([
      [fresh, 'maryam@store.example'],
      [fresh, 'hilal@lawfirm.example'],
    ]);
    expect(first[0].subject).toMatch(new RegExp(`^Breach incident #${fresh}: a deadline is due `));
    expect(first[0].body).toContain('a notice on the store’s site within 1 business day');
    expect(first[0].body).toContain(`https://desk.example/#/breach-incidents/${fresh}/show`);

    // a month on: every open clock is missed; the closed incident's e-mail clock is open too, but it is closed
    const monthOn = { ...options, now: () => new Date(Date.now() + 31 * 24 * 3600_000) };
    const [c, d] = await Promise.all([remindBreachDeadlines(suite.db, monthOn), remindBreachDeadlines(other.db, monthOn)]);
    await other.close();
    expect(c + d).toBe(4);
    expect(await remindBreachDeadlines(suite.db, monthOn)).toBe(0);
    const rows = await sentRows();
    expect(rows).toHaveLength(5);
    expect(rows).toEqual(expect.arrayContaining([
      { incident_id: fresh, rule: EMAIL_RULE, kind: 'overdue' },
      { incident_id: fresh, rule: MINISTRY_RULE, kind: 'overdue' },
      { incident_id: fresh, rule: SITE_NOTICE_RULE, kind: 'due_soon' },
      { incident_id: fresh, rule: SITE_NOTICE_RULE, kind: 'overdue' },
      { incident_id: met, rule: EMAIL_RULE, kind: 'overdue' },
    ]));

    const all = await reminders();
    expect(all).toHaveLength(10);
    expect(all.filter((m) => m.subject.endsWith('a deadline was missed'))).toHaveLength(8);
    expect(all.filter((m) => m.record_id === met).map((m) => m.body)).toEqual([expect.stringContaining('e-mailed within 7 business days'), expect.stringContaining('e-mailed within 7 business days')]);
    expect(all.some((m) => m.record_id === closed)).toBe(false);
    expect(new Set(all.map((m) => m.to_address))).toEqual(new Set(['maryam@store.example', 'hilal@lawfirm.example']));
    // Muscat time, and nothing of what happened or to whom
    expect(all.every((m) => /\d{2}:\d{2}/.test(m.body) && m.body.includes('(Muscat time)'))).toBe(true);
    expect(JSON.stringify(all)).not.toMatch(/Salim|courier|Courier|exposed|delivery address/);
  });
});
