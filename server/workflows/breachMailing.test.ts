import { afterEach, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, secondInstance, step } from '../testing/workflows';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtpServer';
import { createMailSender } from '../mail/sender';
import { suppressAddress } from '../mail/outbox';
import { runBreachMailing } from './breachMailing';
import { MAILING_ALREADY_STARTED, NOT_YET_NOTIFIED } from '../../src/domain/breachWorkflow';
import { NOBODY_AFFECTED, NOTHING_TO_RETRY, breachNoticeSubject } from '../../src/domain/breachMailing';

const R = 'breach-incidents';
const STORE = 'Souq Muscat';
const FROM = 'privacy@souq.example';
const EMAIL_TEXT = 'Dear customer, your delivery address was exposed through a courier link. We closed it the same hour.';

describeOnEachDatabase('e-mailing the people a breach affects', { smtp: true }, (suite) => {
  const admin = suite.as('admin');
  const legal = suite.as('legal');
  const support = suite.as('support');
  const sinks: TestSmtpServer[] = [];
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((s) => s.close()));
  });

  const mailing = (id: number, api = legal) => api.call('GET', `/api/${R}/${id}/mailing`);
  const retry = (id: number, api = admin) => api.call('POST', `/api/${R}/${id}/mailing/retry`, {});
  const run = (db = suite.db, batchSize = 2, maxBatches = 20) => runBreachMailing(db, { storeName: STORE, batchSize, maxBatches });
  const deliverTo = (sink: TestSmtpServer, db = suite.db, maxAttempts = 5) => createMailSender({ db, smtpUrl: sink.url, from: FROM, maxAttempts }).runOnce();
  const sink = async (options: Parameters<typeof startTestSmtpServer>[0] = {}) => {
    const started = await startTestSmtpServer(options);
    sinks.push(started);
    return started;
  };

  /** An approved incident affecting `count` new customers `<tag>a`…; returns it with its customers' addresses. */
  async function approvedIncident(tag: string, count: number) {
    const people = [];
    for (let i = 0; i < count; i++) people.push(await registerAdult(admin, `${tag}${String.fromCharCode(97 + i)}`));
    const created = await admin.create(R, {
      aware_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
      description: 'A courier integration exposed order addresses through a public link.',
      data_categories: ['full_name', 'address'],
      site_notice_text: 'Some order addresses were exposed; the link is closed.',
      email_notice_text: EMAIL_TEXT,
    });
    const id = created.body.id as number;
    await step(admin, R, id, 'assess', { risk: 'high', risk_reasoning: 'Addresses with names allow targeted fraud.' });
    await step(admin, R, id, 'submit_for_review');
    expect((await step(legal, R, id, 'approve', { opinion: 'Accurate; send as drafted.' })).status).toBe(200);
    const widen = async () => {
      const filter = { q: tag };
      const { wouldAdd } = (await admin.call('POST', `/api/${R}/${id}/affected/preview`, { filter })).body;
      expect((await admin.call('POST', `/api/${R}/${id}/affected`, { filter, wouldAdd })).status).toBe(200);
    };
    const addresses = (await suite.db.query<{ email: string }>('SELECT email FROM customers WHERE id = ANY($1) ORDER BY id', [people.map((p) => p.id)])).map((r) => r.email);
    return { id, people, addresses, widen };
  }
  const received = (...sinkList: TestSmtpServer[]) => sinkList.flatMap((s) => s.messages.flatMap((m) => m.to)).sort();

  it('mails each address once with the approved text, ignores the marketing suppression list, counts erased customers as unreachable, and then lets the incident close', async () => {
    const { id, people, addresses, widen } = await approvedIncident('mailone', 5);
    expect((await step(admin, R, id, 'email_affected')).body).toEqual({ message: NOBODY_AFFECTED });
    await widen();
    // one customer shares another's address, one unsubscribed from marketing, one was erased since
    await suite.db.query('UPDATE customers SET email = $1 WHERE id = $2', [addresses[0], people[1].id]);
    await suppressAddress(suite.db, addresses[2], 'unsubscribed');
    await suite.db.query("UPDATE customers SET status = 'erased', full_name = NULL, username = NULL, email = NULL, phone = NULL WHERE id = $1", [people[4].id]);

    expect((await step(support, R, id, 'email_affected')).status).toBe(403);
    const started = await step(admin, R, id, 'email_affected');
    expect(started.body).toMatchObject({ status: 'notifying', notices_started_at: expect.any(String), notices_settled_at: null, subjects_notified_at: null });
    expect((await step(admin, R, id, 'email_affected')).body).toEqual({ message: MAILING_ALREADY_STARTED });
    expect((await mailing(id)).body).toMatchObject({ affected: 5, to_queue: 5, queued: 0, sent: 0 });

    expect(await run()).toEqual({ queued: 3, settled: 0 });
    expect((await mailing(id)).body).toMatchObject({ affected: 5, to_queue: 0, queued: 3, sent: 0, unreachable: 1, shared_address: 1 });
    const smtp = await sink();
    expect(await deliverTo(smtp)).toMatchObject({ sent: 3, failed: 0 });
    expect(received(smtp)).toEqual([addresses[0], addresses[2], addresses[3]].sort());
    for (const message of smtp.messages) expect(message).toMatchObject({ subject: breachNoticeSubject(STORE), text: EMAIL_TEXT });

    expect(await run()).toEqual({ queued: 0, settled: 1 });
    const settled = (await legal.get(R, id)).body;
    expect(settled).toMatchObject({ notices_settled_at: expect.any(String), subjects_notified_at: expect.any(String) });
    expect((await mailing(id)).body).toEqual({
      started_at: started.body.notices_started_at, settled_at: settled.notices_settled_at,
      affected: 5, to_queue: 0, unreachable: 1, shared_address: 1, queued: 0, sent: 3, failed: 0, cancelled: 0,
    });
    const history = (await legal.list('workflow-history', { filter: { resource: R, record_id: id }, sort: ['id', 'ASC'] })).body as { step: string; note: string; actor: string }[];
    expect(history.at(-1)).toMatchObject({ step: 'notices_settled', actor: 'system', note: 'Every person affected was e-mailed: 3 delivered, 0 failed, 0 cancelled (erased), 1 unreachable (erased), 1 sharing an address' });

    expect((await step(admin, R, id, 'close', { lessons: 'Courier links expire within a day.' })).body).toEqual({ message: NOT_YET_NOTIFIED });
    await step(admin, R, id, 'publish_site_notice');
    await step(admin, R, id, 'record_ministry_notification', { ministry_sent_at: new Date().toISOString(), ministry_method: 'MTCIT portal', ministry_reference: 'MTCIT-7' });
    expect((await step(admin, R, id, 'close', { lessons: 'Courier links expire within a day.' })).body).toMatchObject({ status: 'closed', due_at: null });
    expect(await run()).toEqual({ queued: 0, settled: 0 });
    expect((await mailing(id, support)).status).toBe(403);
  });

  it('two instances queuing and delivering at once, one restarted half-way, mail every address exactly once', async () => {
    const { id, addresses, widen } = await approvedIncident('mailtwo', 9);
    await widen();
    await step(admin, R, id, 'email_affected');
    const other = await secondInstance(suite.db);
    try {
      // one batch, then "restart": the next run resumes from the cursor
      expect(await run(suite.db, 2, 1)).toEqual({ queued: 2, settled: 0 });
      const [a, b] = await Promise.all([run(suite.db, 2), run(other.db, 3)]);
      expect(a.queued + b.queued).toBe(7);
      const smtp = await sink();
      await Promise.all([deliverTo(smtp), deliverTo(smtp, other.db)]);
      expect(received(smtp)).toEqual([...addresses].sort());
      const [c, d] = await Promise.all([run(suite.db), run(other.db)]);
      expect(c.settled + d.settled).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('after failures half-way, a retry mails the failed addresses once and nobody twice; a widening mails only the newly affected', async () => {
    const { id, addresses, widen } = await approvedIncident('mailthree', 6);
    await widen();
    await step(admin, R, id, 'email_affected');
    await run();
    const gone = new Set([addresses[1], addresses[4]]);
    const flaky = await sink({ rejectRecipient: (to) => gone.has(to) });
    expect(await deliverTo(flaky, suite.db, 1)).toMatchObject({ sent: 4, failed: 2 });
    expect(await run()).toEqual({ queued: 0, settled: 1 });
    expect((await mailing(id)).body).toMatchObject({ sent: 4, failed: 2, queued: 0 });

    expect((await retry(id, legal)).status).toBe(403);
    expect((await retry(id)).body).toEqual({ requeued: 2 });
    expect((await retry(id)).body).toEqual({ message: NOTHING_TO_RETRY });
    expect((await legal.get(R, id)).body.notices_settled_at).toBeNull();
    const healthy = await sink();
    expect(await deliverTo(healthy)).toMatchObject({ sent: 2, failed: 0 });
    expect(received(flaky, healthy)).toEqual([...addresses].sort());

    // two more customers found later: only they are mailed
    const late = [await registerAdult(admin, 'mailthreeg'), await registerAdult(admin, 'mailthreeh')];
    await widen();
    expect((await legal.get(R, id)).body.notices_settled_at).toBeNull();
    expect(await run()).toEqual({ queued: 2, settled: 0 });
    await deliverTo(healthy);
    expect(await run()).toEqual({ queued: 0, settled: 1 });
    const lateAddresses = (await suite.db.query<{ email: string }>('SELECT email FROM customers WHERE id = ANY($1)', [late.map((p) => p.id)])).map((r) => r.email);
    expect(received(flaky, healthy)).toEqual([...addresses, ...lateAddresses].sort());
    expect((await mailing(id)).body).toMatchObject({ affected: 8, sent: 8, failed: 0 });
  });
});
