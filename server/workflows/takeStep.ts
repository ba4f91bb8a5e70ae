import type { Database, Row, Transaction } from '../db/database';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { getRecord } from '../db/records';
import { lockCustomerOf, lockLateCustomer } from './lockOrder';
import { findResource } from '../../src/domain/resources';
import { STALE_VERSION } from '../../src/domain/apiMessages';
import { parseStepInput, stepChanges, stepNote, stepRefusal, type StepActor, type Workflow } from '../../src/domain/workflow';
import type { StaffIdentity } from '../auth/sessions';

/** What a step does beyond its record's own fields (mail, erasure, a frozen package), inside the step's transaction. */
export interface StepContext {
  tx: Transaction;
  record: Row;
  input: Record<string, unknown>;
  actor: StepActor;
  now: Date;
}
/**
 * A refusal that is itself a fact to keep (a wrong identity code counts towards its limit): the step's
 * transaction commits `record` (without a new version, so the person can simply try again) and an
 * audit entry, and the request is then refused with `error`.
 */
export class StepFailure extends Error {
  constructor(
    readonly error: ApiError,
    readonly record: Record<string, unknown>,
  ) {
    super(error.message);
  }
}

/** Returns further fields of the record to set. */
export type StepEffect = (ctx: StepContext) => Promise<Record<string, unknown> | void>;
export type StepEffects = Readonly<Record<string, StepEffect>>;

export interface StepRequest {
  workflow: Workflow;
  id: number;
  step: string;
  actor: StepActor;
  body: unknown;
  /** the audit entry's actor: the staff member, or nobody for the parent and the scheduled jobs */
  staff: StaffIdentity | null;
  address?: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
// Arrays go to jsonb columns as JSON text.
const toDb = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : value);

/**
 * One workflow step, all or nothing: the record is locked (its customer first, see lockOrder), the step checked against the domain's
 * rules (403 for the wrong role, 409 for the wrong state or a stale version, 400 for bad input), its
 * effects run, and the record, its history and the audit log are written in the same transaction.
 */
export async function takeStep(db: Database | Transaction, request: StepRequest, effects: StepEffects): Promise<Row> {
  const run = async (tx: Transaction) => {
    const def = findResource(request.workflow.resource)!;
    const customerId = await lockCustomerOf(tx, def, request.id);
    const record = await getRecord(tx, def, request.id, true);
    await lockLateCustomer(tx, customerId, record.customer_id);
    const refusal = stepRefusal(request.workflow, request.step, record, request.actor);
    if (refusal) throw new ApiError(refusal.status, refusal.message);
    const step = request.workflow.steps[request.step];
    const parsed = parseStepInput(step, record, request.body);
    if (!parsed.ok) throw new ApiError(400, parsed.message, parsed.errors);
    if (parsed.value.version !== record.version) throw new ApiError(409, STALE_VERSION);
    const now = new Date();
    const changes = { ...stepChanges(step, record, parsed.value, now) };
    try {
      Object.assign(changes, (await effects[request.step]?.({ tx, record, input: parsed.value, actor: request.actor, now })) ?? {});
    } catch (err) {
      if (!(err instanceof StepFailure)) throw err;
      await recordFailure(tx, def.table, request, def.name, err);
      return err;
    }
    const columns = Object.keys(changes);
    const [updated] = await tx.query(
      `UPDATE ${ident(def.table)} SET ${columns.map((c, i) => `${ident(c)} = $${i + 1}`).join(', ')}${columns.length ? ', ' : ''}version = version + 1, updated_at = now()
       WHERE id = $${columns.length + 1} RETURNING ${def.fields.map(ident).join(', ')}`,
      [...columns.map((c) => toDb(changes[c])), request.id],
    );
    const toStatus = String(updated.status);
    const who = request.staff?.username ?? request.actor.kind;
    await tx.query(
      'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [def.name, request.id, request.step, record.status, toStatus, who, request.actor.kind, stepNote(parsed.value)],
    );
    await appendAudit(tx, {
      staff: request.staff,
      username: request.staff ? undefined : request.actor.kind,
      address: request.address,
      action: 'workflow_step',
      resource: def.name,
      recordId: request.id,
      fields: columns.filter((c) => c !== 'status'),
      reason: `${request.step}: ${String(record.status)} → ${toStatus}`,
    });
    return updated;
  };
  const outcome = await ('transaction' in db ? db.transaction(run) : run(db));
  if (outcome instanceof StepFailure) throw outcome.error;
  return outcome;
}

async function recordFailure(tx: Transaction, table: string, request: StepRequest, resource: string, failure: StepFailure): Promise<void> {
  const columns = Object.keys(failure.record);
  if (columns.length) {
    await tx.query(`UPDATE ${ident(table)} SET ${columns.map((c, i) => `${ident(c)} = $${i + 1}`).join(', ')} WHERE id = $${columns.length + 1}`, [
      ...columns.map((c) => toDb(failure.record[c])),
      request.id,
    ]);
  }
  await appendAudit(tx, {
    staff: request.staff,
    username: request.staff ? undefined : request.actor.kind,
    address: request.address,
    action: 'workflow_step_refused',
    resource,
    recordId: request.id,
    fields: columns,
    reason: `${request.step}: ${failure.error.message}`,
  });
}
