import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, skipReason } from '../testing/testServer';
import { fromDatabaseError } from '../apiError';
import type { Database } from './database';

describe('database errors as answers', () => {
  it('asks the client to come back when the connection is gone', () => {
    for (const err of [
      { code: '57P01' },
      { code: '08006' },
      { code: 'ECONNREFUSED' },
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      Object.assign(new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }]), { code: undefined }),
    ]) {
      const answer = fromDatabaseError(err);
      expect(answer?.status, JSON.stringify(err)).toBe(503);
      expect(answer?.headers?.['Retry-After']).toMatch(/^\d+$/);
    }
  });

  it('answers a conflict that outlived its retries with 409, and leaves real faults alone', () => {
    expect(fromDatabaseError({ code: '40P01' })?.status).toBe(409);
    expect(fromDatabaseError({ code: '40001' })?.status).toBe(409);
    expect(fromDatabaseError({ code: '42P01' })).toBeNull();
    expect(fromDatabaseError(new Error('something else broke'))).toBeNull();
  });
});

const skip = skipReason('postgres');
describe.skipIf(skip)(`PostgreSQL transactions that deadlock${skip ? ` — ${skip}` : ''}`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await freshDatabase('postgres'));
    await db.query("INSERT INTO holidays (day, name, kind) VALUES ('2031-01-11', 'First', 'fixed'), ('2031-07-23', 'Second', 'fixed')");
  });
  afterAll(async () => {
    await drop?.();
  });

  it('runs the one PostgreSQL rolled back again, so both go through', async () => {
    let runs = 0;
    let bothLocked!: () => void;
    const barrier = new Promise<void>((resolve) => {
      let waiting = 2;
      bothLocked = () => --waiting === 0 && resolve();
    });
    // Each locks one day, waits until the other has locked the other, then wants the other's: a deadlock.
    const rename = (first: string, second: string) =>
      db.transaction(async (tx) => {
        runs += 1;
        await tx.query("UPDATE holidays SET name = name || '.' WHERE day = $1", [first]);
        bothLocked();
        await barrier;
        await tx.query("UPDATE holidays SET name = name || '.' WHERE day = $1", [second]);
      });
    await Promise.all([rename('2031-01-11', '2031-07-23'), rename('2031-07-23', '2031-01-11')]);
    // one of the two ran again (under load a re-run can collide once more, within the attempts allowed)
    expect(runs).toBeGreaterThanOrEqual(3);
    // each transaction counted once: two dots per day
    expect(await db.query('SELECT name FROM holidays WHERE day IN ($1, $2) ORDER BY day', ['2031-01-11', '2031-07-23'])).toEqual([{ name: 'First..' }, { name: 'Second..' }]);
  });
});
