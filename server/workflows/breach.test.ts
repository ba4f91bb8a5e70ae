import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, step } from '../testing/workflows';
import { runBreachMailing } from './breachMailing';
import { NOT_YET_NOTIFIED, OWN_BREACH_DRAFT, TEXTS_MISSING } from '../../src/domain/breachWorkflow';
import { OCCURRED_AFTER_AWARENESS } from '../../src/domain/breachIncidents';
import { EMAIL_RULE, MINISTRY_RULE, SITE_NOTICE_RULE, breachDeadlines } from '../../src/domain/breachDeadlines';
import { loadHolidays } from '../calendar/holidayCalendar';
import { isBusinessDay, muscatDay } from '../../src/domain/businessDays';

const R = 'breach-incidents';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const OPINION = 'The texts are accurate and tell people what to do.';
const incident = (extra: Record<string, unknown> = {}) => ({
  aware_at: hoursAgo(5),
  occurred_at: hoursAgo(30),
  description: 'A courier integration exposed order addresses through a public link.',
  data_categories: ['full_name', 'address', 'phone'],
  containment: 'The link was revoked and the API key rotated.',
  ...extra,
});
const texts = { site_notice_text: 'On 22 November we found that order addresses were exposed.', email_notice_text: 'Dear customer, your delivery address was exposed.' };

describeOnEachDatabase('breach incidents', { smtp: true }, (suite) => {
  const admin = suite.as('admin');
  const legal = suite.as('legal');
  const support = suite.as('support');

  const record = async (extra: Record<string, unknown> = {}) => {
    const created = await admin.create(R, incident(extra));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  };
  const edit = async (id: number, changes: Record<string, unknown>) => {
    const current = (await admin.get(R, id)).body;
    return admin.update(R, id, { ...current, ...changes });
  };

  it('runs from recording to closing, the legal advisor approving before anything goes out, every step in the history and the audit log', async () => {
    const created = await record();
    expect(created).toMatchObject({ status: 'recorded', drafted_by: 'test.admin', data_categories: ['full_name', 'address', 'phone'], risk: null });
    expect((await step(admin, R, created.id, 'assess', { risk: 'high', risk_reasoning: 'Addresses with names allow targeted fraud.' })).body).toMatchObject({ status: 'assessed', risk: 'high' });
    expect((await step(admin, R, created.id, 'submit_for_review')).body).toEqual({ message: TEXTS_MISSING });
    expect((await edit(created.id, texts)).status).toBe(200);
    expect((await step(admin, R, created.id, 'submit_for_review', { note: 'Texts ready' })).body.status).toBe('awaiting_legal_review');
    expect((await edit(created.id, { description: 'changed under review' })).status).toBe(409);
    expect((await step(admin, R, created.id, 'approve', { opinion: OPINION })).status).toBe(403);
    const changes = await step(legal, R, created.id, 'request_changes', { opinion: 'Say which orders and what to watch for.' });
    expect(changes.body).toMatchObject({ status: 'changes_requested', legal_opinion: 'Say which orders and what to watch for.' });
    expect((await edit(created.id, { email_notice_text: 'Dear customer, the address of your order placed in November was exposed.' })).status).toBe(200);
    await step(admin, R, created.id, 'submit_for_review');
    const approved = await step(legal, R, created.id, 'approve', { opinion: OPINION });
    expect(approved.body).toMatchObject({ status: 'approved', legal_opinion: OPINION, decided_at: expect.any(String) });

    expect((await step(admin, R, created.id, 'close', { lessons: 'Never share links publicly.' })).status).toBe(409);
    const sentAt = new Date().toISOString();
    const ministry = await step(admin, R, created.id, 'record_ministry_notification', { ministry_sent_at: sentAt, ministry_method: 'MTCIT portal', ministry_reference: 'MTCIT-2026-0042' });
    expect(ministry.body).toMatchObject({ status: 'notifying', ministry_sent_at: sentAt, ministry_reference: 'MTCIT-2026-0042' });
    expect((await step(admin, R, created.id, 'close', { lessons: 'Never share links publicly.' })).body).toEqual({ message: NOT_YET_NOTIFIED });
    expect((await step(admin, R, created.id, 'publish_site_notice')).body.site_notice_published_at).toEqual(expect.any(String));
    expect((await step(admin, R, created.id, 'close', { lessons: 'Never share links publicly.' })).body).toEqual({ message: NOT_YET_NOTIFIED });
    await registerAdult(admin, 'breachjourney');
    const filter = { q: 'breachjourney' };
    expect((await admin.call('POST', `/api/${R}/${created.id}/affected`, { filter, wouldAdd: 1 })).status).toBe(200);
    expect((await step(admin, R, created.id, 'email_affected')).status).toBe(200);
    await runBreachMailing(suite.db, { storeName: 'Souq Muscat' });
    expect(await suite.deliver()).toMatchObject({ sent: 1 });
    expect(await runBreachMailing(suite.db, { storeName: 'Souq Muscat' })).toEqual({ queued: 0, settled: 1 });
    const closed = await step(admin, R, created.id, 'close', { lessons: 'Courier links expire after a day from now on.' });
    expect(closed.body).toMatchObject({ status: 'closed', lessons: 'Courier links expire after a day from now on.', closed_at: expect.any(String) });

    const history = (await legal.list('workflow-history', { filter: { resource: R, record_id: created.id }, sort: ['id', 'ASC'] })).body as { step: string; actor: string }[];
    expect(history.map((h) => h.step)).toEqual([
      'assess', 'submit_for_review', 'request_changes', 'submit_for_review', 'approve', 'record_ministry_notification', 'publish_site_notice',
      'widen_affected', 'email_affected', 'notices_settled', 'close',
    ]);
    expect(history.find((h) => h.step === 'approve')!.actor).toBe('test.legal');
    const audit = (await admin.list('audit-log', { filter: { resource: R, record_id: created.id }, range: [0, 99] })).body as { action: string }[];
    expect(audit.filter((a) => a.action === 'workflow_step')).toHaveLength(10);
    expect(audit.filter((a) => a.action === 'workflow_step_refused')).toHaveLength(0);
    expect(audit.filter((a) => a.action === 'create' || a.action === 'update')).toHaveLength(4);
  });

  it('refuses an awareness in the future, a breach after its awareness, and the removal of any incident', async () => {
    const future = await admin.create(R, incident({ aware_at: new Date(Date.now() + 3600_000).toISOString() }));
    expect(future).toMatchObject({ status: 400, body: { errors: { aware_at: 'Cannot be in the future' } } });
    const backwards = await admin.create(R, incident({ occurred_at: hoursAgo(1), aware_at: hoursAgo(2) }));
    expect(backwards).toMatchObject({ status: 400, body: { errors: { occurred_at: OCCURRED_AFTER_AWARENESS } } });
    expect((await admin.create(R, incident({ data_categories: [] }))).status).toBe(400);
    const kept = await record();
    expect((await admin.remove(R, kept.id)).status).toBe(403);
    // the awareness time starts the clocks: an edit leaves it as it was
    const edited = await edit(kept.id, { aware_at: hoursAgo(1), ...texts });
    expect(edited.body.aware_at).toBe(kept.aware_at);
  });

  it('never lets the legal advisor approve texts they drafted', async () => {
    const { id } = await record(texts);
    await step(admin, R, id, 'assess', { risk: 'low', risk_reasoning: 'Only names, already public on the orders.' });
    await step(admin, R, id, 'submit_for_review');
    await suite.db.query("UPDATE breach_incidents SET drafted_by = 'test.legal' WHERE id = $1", [id]);
    expect((await step(legal, R, id, 'approve', { opinion: OPINION })).body).toEqual({ message: OWN_BREACH_DRAFT });
    expect((await legal.get(R, id)).body.status).toBe('awaiting_legal_review');
  });

  it('keeps the earliest open deadline on the incident, step by step, and finds the overdue ones', async () => {
    const late = await record({ aware_at: hoursAgo(24 * 10), occurred_at: null });
    const fresh = await record({ aware_at: hoursAgo(1), occurred_at: null });
    const clocksOf = async (r: { aware_at: string }) => breachDeadlines(r, await loadHolidays(suite.db), new Date());
    // just aware: nothing met, the earliest clock (the Ministry's 72 hours, or the site notice's business day) is next
    const [first] = await clocksOf(fresh);
    expect(fresh).toMatchObject({ due_at: first.due.toISOString(), due_rule: first.description });
    expect([MINISTRY_RULE, SITE_NOTICE_RULE]).toContain(first.rule);
    const overdue = (await legal.list(R, { filter: { due_at_lte: new Date().toISOString() }, range: [0, 999] })).body as { id: number }[];
    expect(overdue.map((i) => i.id)).toContain(late.id);
    expect(overdue.map((i) => i.id)).not.toContain(fresh.id);

    await edit(fresh.id, texts);
    await step(admin, R, fresh.id, 'assess', { risk: 'low', risk_reasoning: 'Only names and addresses, no contact data.' });
    await step(admin, R, fresh.id, 'submit_for_review');
    await step(legal, R, fresh.id, 'approve', { opinion: OPINION });
    await step(admin, R, fresh.id, 'publish_site_notice');
    const notified = await step(admin, R, fresh.id, 'record_ministry_notification', { ministry_sent_at: new Date().toISOString(), ministry_method: 'MTCIT portal', ministry_reference: 'MTCIT-1' });
    const email = (await clocksOf(fresh)).find((c) => c.rule === EMAIL_RULE)!;
    expect(notified.body).toMatchObject({ due_at: email.due.toISOString(), due_rule: email.description });

    // a holiday declared inside the 7 business days moves the e-mail's deadline by a day
    const holidays = await loadHolidays(suite.db);
    let day = muscatDay(new Date(fresh.aware_at));
    do day = muscatDay(new Date(Date.parse(`${day}T12:00:00+04:00`) + 24 * 3600_000));
    while (!isBusinessDay(day, holidays));
    const holiday = await admin.create('holidays', { day, name: 'Declared holiday', kind: 'lunar' });
    expect(holiday.status).toBe(201);
    const moved = (await clocksOf(fresh)).find((c) => c.rule === EMAIL_RULE)!;
    expect(moved.due.getTime()).toBeGreaterThan(email.due.getTime());
    expect((await admin.get(R, fresh.id)).body.due_at).toBe(moved.due.toISOString());
    await admin.remove('holidays', holiday.body.id);
    expect((await admin.get(R, fresh.id)).body.due_at).toBe(email.due.toISOString());
  });

  it('lets the legal advisor read and export the register, but not write it', async () => {
    const { id } = await record();
    expect((await legal.get(R, id)).status).toBe(200);
    expect((await legal.list(R, { filter: { status: 'recorded' } })).status).toBe(200);
    expect((await legal.create(R, incident())).status).toBe(403);
    expect((await legal.update(R, id, { ...incident(), version: 1 })).status).toBe(403);
    expect((await step(legal, R, id, 'assess', { risk: 'low', risk_reasoning: 'Only names, already public.' })).status).toBe(403);
    expect((await legal.call('GET', `/api/${R}/export`)).status).toBe(200);
  });

  it('shows support nothing of incidents, not even their history', async () => {
    const { id } = await record(texts);
    await step(admin, R, id, 'assess', { risk: 'medium', risk_reasoning: 'Phone numbers allow targeted phishing.' });
    const [entry] = await suite.db.query<{ id: number }>("SELECT id FROM workflow_history WHERE resource = 'breach-incidents' AND record_id = $1", [id]);
    const answers = [
      await support.list(R),
      await support.get(R, id),
      await support.get(R, 999_999),
      await support.create(R, incident()),
      await support.update(R, id, { ...incident(), version: 2 }),
      await support.remove(R, id),
      await support.call('GET', `/api/${R}/export`),
      await support.call('POST', `/api/${R}/${id}/steps/submit_for_review`, { version: 2 }),
      await support.call('POST', `/api/${R}/999999/steps/submit_for_review`, { version: 2 }),
      await support.list('workflow-history', { filter: { resource: R } }),
      await support.list('workflow-history', { filter: { resource: ['deletion-tickets', R] } }),
      await support.get('workflow-history', entry.id),
    ];
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 403));
    const visible = (await support.list('workflow-history', { range: [0, 999] })).body as { resource: string }[];
    expect(visible.some((h) => h.resource === R)).toBe(false);
    expect((await admin.list('workflow-history', { filter: { resource: R, record_id: id } })).body).toHaveLength(1);
  });
});
