// npm run audit:verify: recomputes the audit log's hash chain and reports the first broken entry.
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { verifyAuditChain } from './audit/auditLog';

const db = await openDatabase(readConfig());
try {
  await migrate(db);
  const result = await verifyAuditChain(db);
  if (result.ok) console.log(`Audit log intact: ${result.checked} entries checked.`);
  else {
    console.error(`Audit log BROKEN at entry ${result.firstBrokenId} (${result.checked} entries before it are intact).`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
