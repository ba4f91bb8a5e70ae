// npm run staff:add -- --username NAME --name "Full Name" --role admin|legal|support
// The password comes from STAFF_PASSWORD, so it never lands in the shell history.
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { addStaff } from './seed/demoStaff';
import { isRole } from '../src/domain/roles';

const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } });
const password = process.env.STAFF_PASSWORD ?? '';
if (!values.username || !values.name || !isRole(values.role) || password.length < 12) {
  console.error('Usage: STAFF_PASSWORD=… npm run staff:add -- --username NAME --name "Full Name" --role admin|legal|support\n(the password needs at least 12 characters)');
  process.exit(2);
}
const db = await openDatabase(readConfig());
try {
  await migrate(db);
  const id = await addStaff(db, { username: values.username, display_name: values.name, role: values.role }, password);
  console.log(`Staff account ${values.username} (${values.role}) created with id ${id}.`);
} catch (err) {
  console.error((err as { code?: string }).code === '23505' ? `A staff account named ${values.username} already exists.` : err);
  process.exitCode = 1;
} finally {
  await db.close();
}
