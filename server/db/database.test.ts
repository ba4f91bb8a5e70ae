import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './database';
import { migrate } from './migrate';

describe('the embedded database', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-datadir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('opens a DATA_DIR whose parent folders do not exist yet, and keeps what was written', async () => {
    const dataDir = path.join(root, 'not', 'yet', 'there', 'pglite');
    const db = await openPglite(dataDir);
    await migrate(db);
    await db.query("INSERT INTO holidays (day, name, kind) VALUES ('2031-01-11', 'Accession Day', 'fixed')");
    await db.close();

    const reopened = await openPglite(dataDir);
    expect(await reopened.query("SELECT name FROM holidays WHERE day = '2031-01-11'")).toEqual([{ name: 'Accession Day' }]);
    await reopened.close();
  });
});
