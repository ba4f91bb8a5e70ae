import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { isEmpty, seedDemoData } from './seed/seedDatabase';
import { seedDemoStaff } from './seed/demoStaff';
import { createApp } from './app';
import { logger } from './logger';
import { scheduleEmbeddedMaintenance, vacuumAnalyze } from './db/maintenance';
import { startJobs } from './jobs/scheduler';
import { createMailSender } from './mail/sender';
import { expireUnansweredConsents } from './workflows/consentExpiry';
import { remindDueTickets } from './workflows/dueReminders';
import { remindUnsentNotices } from './workflows/unsentNoticeReminders';
import { remindBreachDeadlines } from './workflows/breachReminders';
import { mailOutcomes } from './workflows/mailOutcomes';
import { runBreachMailing } from './workflows/breachMailing';

const config = readConfig();
const db = await openDatabase(config);
const applied = await migrate(db);
if (applied.length) logger.info({ applied }, 'database migrated');

// A first start on the embedded database shows a working desk; PostgreSQL is production and is never seeded unasked.
if (!config.databaseUrl && (await isEmpty(db))) {
  const data = await db.transaction((tx) => seedDemoData(tx));
  logger.info({ customers: data.customers.length }, 'embedded database was empty: demo data seeded');
}
const [{ staff }] = await db.query<{ staff: number }>('SELECT count(*)::int AS staff FROM staff');
if (staff === 0 && !config.databaseUrl) {
  await seedDemoStaff(db);
  logger.info('no staff accounts: the demo accounts were created (see the README)');
} else if (staff === 0) {
  logger.warn('no staff accounts yet: create the first admin with `npm run staff:add -- --username NAME --name "Full Name" --role admin` (password from STAFF_PASSWORD)');
}
if (db.kind === 'pglite') await vacuumAnalyze(db);
const stopMaintenance = scheduleEmbeddedMaintenance(db);

// Mail is queued in the outbox by the workflows and delivered here; without SMTP_URL it waits there.
if (!config.smtpUrl) logger.info('SMTP_URL is not set: outgoing mail stays queued in the outbox');
const mailSender = createMailSender({ db, smtpUrl: config.smtpUrl, from: config.mailFrom, outcomes: mailOutcomes({ publicUrl: config.publicUrl }) });
const stopJobs = startJobs([
  { name: 'mail', intervalMs: config.mailIntervalMs, run: () => mailSender.runOnce() },
  // Consent windows end at the end of a Muscat day; checking every minute is ample.
  { name: 'consent-expiry', intervalMs: 60_000, run: () => expireUnansweredConsents(db, { publicUrl: config.publicUrl }) },
  { name: 'due-reminders', intervalMs: 5 * 60_000, run: () => remindDueTickets(db, { publicUrl: config.publicUrl }) },
  { name: 'unsent-notice-reminders', intervalMs: 5 * 60_000, run: () => remindUnsentNotices(db, { publicUrl: config.publicUrl }) },
  { name: 'breach-reminders', intervalMs: 5 * 60_000, run: () => remindBreachDeadlines(db, { publicUrl: config.publicUrl }) },
  // A breach's notices are queued in batches as the mail job delivers them; a restart resumes where it stopped.
  { name: 'breach-mailing', intervalMs: config.mailIntervalMs, run: () => runBreachMailing(db, { storeName: config.store.name }) },
]);

const server = serve({ fetch: createApp({ db, staticDir: config.staticDir, publicUrl: config.publicUrl, publicOrigin: config.publicOrigin, trustedProxies: config.trustedProxies, mailDelivery: !!config.smtpUrl, store: config.store }).fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(`Privacy Desk is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}/ (database: ${db.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`);
});

async function shutdown(signal: string) {
  logger.info(`${signal}: shutting down`);
  stopMaintenance();
  stopJobs();
  server.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
