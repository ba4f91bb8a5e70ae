import { performance } from 'node:perf_hooks';
import type { Database } from '../server/db/database';
import { runBreachMailing } from '../server/workflows/breachMailing';
import { createMailSender } from '../server/mail/sender';
import { startTestSmtpServer } from '../server/testing/smtpServer';

/** What one breach touching every customer costs, from freezing them to the mails reaching an SMTP server. */
export interface BreachBenchResult {
  affected: number;
  previewMs: number;
  widenMs: number;
  /** the mailing job, batch after batch, until every notice is in the outbox */
  queueMs: number;
  queued: number;
  /** the incident page's progress request, once a million notices wait */
  progressMs: number;
  /** notices delivered to a local SMTP sink in `deliveryMs` */
  delivered: number;
  deliveryMs: number;
  /** the highest resident memory of this process (server, job and bench together) while it ran, in MB */
  peakRssMb: number;
}

export interface BreachBenchOptions {
  baseUrl: string;
  cookies: { admin: string; legal: string };
  db: Database;
  /** how long to deliver for: mails per second is what is measured, not the whole million */
  deliverForMs?: number;
}

/**
 * Runs a breach through the API as staff would (issue 11): record it, freeze "all customers" after the
 * preview, write and approve the texts (legal approves, four eyes), start the e-mails; then runs the
 * mailing job until every notice is queued, asks for the progress once, and lets the sender deliver
 * to a local SMTP sink for a while.
 */
export async function benchBreach({ baseUrl, cookies, db, deliverForMs = 10_000 }: BreachBenchOptions): Promise<BreachBenchResult> {
  const call = async (who: keyof typeof cookies, method: string, path: string, body?: unknown) => {
    const send = () =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie: cookies[who], 'content-type': 'application/json', origin: baseUrl },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    // After minutes without a request (the job queuing a million notices; on PGlite it holds the event
    // loop), a kept-alive connection may be reset as it is reused: a read is sent again, once.
    const reset = (err: unknown) => err instanceof TypeError && (err.cause as { code?: string } | undefined)?.code === 'ECONNRESET';
    const res = await send().catch((err: unknown) => {
      if (method !== 'GET' || !reset(err)) throw err;
      return send();
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const step = async (who: keyof typeof cookies, id: number, name: string, input: Record<string, unknown> = {}) => {
    const { version } = await call(who, 'GET', `/api/breach-incidents/${id}`);
    return call(who, 'POST', `/api/breach-incidents/${id}/steps/${name}`, { version, ...input });
  };
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const smtp = await startTestSmtpServer();
  try {
    const incident = await call('admin', 'POST', '/api/breach-incidents', {
      aware_at: new Date(Date.now() - 3_600_000).toISOString(),
      description: 'Benchmark: an export of every customer left on a public share.',
      data_categories: ['full_name', 'email'],
      site_notice_text: 'An export of customer names and e-mail addresses was left on a public share; it is removed.',
      email_notice_text: 'Dear customer, your name and e-mail address were in an export left on a public share. It is removed. Beware of mail asking for your password.',
    });
    const path = `/api/breach-incidents/${incident.id}`;
    let start = performance.now();
    const preview = await call('admin', 'POST', `${path}/affected/preview`, { all: true });
    const previewMs = performance.now() - start;
    start = performance.now();
    const widened = await call('admin', 'POST', `${path}/affected`, { all: true, wouldAdd: preview.wouldAdd });
    const widenMs = performance.now() - start;

    await step('admin', incident.id, 'assess', { risk: 'high', risk_reasoning: 'Names with e-mail addresses invite phishing.' });
    await step('admin', incident.id, 'submit_for_review');
    await step('legal', incident.id, 'approve', { opinion: 'Accurate; send as drafted.' });
    await step('admin', incident.id, 'email_affected');

    start = performance.now();
    let queued = 0;
    for (;;) {
      const run = await runBreachMailing(db, { storeName: 'Benchmark store', maxBatches: 1_000 });
      queued += run.queued;
      if (run.queued === 0) break;
    }
    const queueMs = performance.now() - start;

    start = performance.now();
    await call('legal', 'GET', `${path}/mailing`);
    const progressMs = performance.now() - start;

    const sender = createMailSender({ db, smtpUrl: smtp.url, from: 'bench@desk.example' });
    start = performance.now();
    let delivered = 0;
    while (performance.now() - start < deliverForMs) delivered += (await sender.runOnce()).sent;
    const deliveryMs = performance.now() - start;
    return { affected: widened.total, previewMs, widenMs, queueMs, queued, progressMs, delivered, deliveryMs, peakRssMb: Math.round(peak / 1_048_576) };
  } finally {
    clearInterval(sampler);
    await smtp.close();
  }
}
