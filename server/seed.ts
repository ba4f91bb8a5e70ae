// npm run seed [-- --customers N] [-- --generate N]: fills the configured database with demo data.
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { vacuumAnalyze } from './db/maintenance';
import { generateCustomers, isEmpty, seedDemoData } from './seed/seedDatabase';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '300' },
    generate: { type: 'string', default: '0' },
  },
});
const customers = Number(values.customers);
const generate = Number(values.generate);
if (!Number.isInteger(customers) || customers < 10 || !Number.isInteger(generate) || generate < 0) {
  console.error('Usage: npm run seed -- [--customers N (≥ 10)] [--generate N (extra generated customers, e.g. 1000000)]');
  process.exit(2);
}

const config = readConfig();
const db = await openDatabase(config);
try {
  await migrate(db);
  if (!(await isEmpty(db))) {
    console.error('The database already holds customers; seed only fills an empty one (delete data/ or use a fresh DATABASE_URL).');
    process.exitCode = 1;
  } else {
    const data = await db.transaction((tx) => seedDemoData(tx, customers));
    console.log(`Seeded ${data.customers.length} customers, ${data.consentRequests.length} consent requests, ${data.deletionTickets.length} deletion tickets, ${data.authorityReferrals.length} authority referrals.`);
    if (generate > 0) {
      const started = Date.now();
      await generateCustomers(db, generate);
      console.log(`Generated ${generate} more customers in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    await vacuumAnalyze(db);
  }
} finally {
  await db.close();
}
