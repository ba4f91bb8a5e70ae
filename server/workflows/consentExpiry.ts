import type { Database } from '../db/database';
import { takeStep } from './takeStep';
import { consentWorkflow } from '../../src/domain/consentWorkflow';

/**
 * Closes the consent requests whose window ended without an answer (a notice never sent included: its
 * window runs from the registration, src/domain/writePlans.ts), erasing the contact details in
 * the same transaction. Each request is claimed with SKIP LOCKED and re-checked under its lock, so two
 * server instances on one database expire each request once; running it again finds nothing to do.
 */
export async function expireUnansweredConsents(db: Database, options: { publicUrl: string; batch?: number }): Promise<number> {
  let expired = 0;
  for (let i = 0; i < (options.batch ?? 100); i++) {
    const done = await db.transaction(async (tx) => {
      // The child's customer row is claimed with the request: a step locks the customer before the record
      // (lockOrder), and a claim holding the request while waiting for the customer could deadlock with an erasure.
      const [due] = await tx.query<{ id: number; version: number }>(
        `SELECT r.id, r.version FROM consent_requests r JOIN customers c ON c.id = r.customer_id
         WHERE r.status IN ('awaiting_notice', 'notice_sent') AND r.answer_due_at < now()
         ORDER BY r.answer_due_at, r.id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!due) return false;
      await takeStep(tx, { workflow: consentWorkflow, id: due.id, step: 'expire', actor: { kind: 'system' }, body: { version: due.version }, staff: null }, options);
      return true;
    });
    if (!done) break;
    expired += 1;
  }
  return expired;
}
