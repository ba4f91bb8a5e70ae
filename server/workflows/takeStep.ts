import type { Database, Row, Transaction } from '../db/database';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { getRecord, writeFields } from '../db/records';
import { lockCustomerOf, lockLateCustomer } from './lockOrder';
import { obstacleMessage, planStep, stepObstacle, type StepActor, type Workflow } from '../../src/domain/workflow';
import { customerReferrals } from './erasure';
import { refusedStepAuditReason, stepAuditReason } from '../../src/domain/auditLog';
import type { StaffIdentity } from '../auth/sessions';
import { StepFailure } from './stepEffect';
import { workflowEffects, type EffectOptions } from './effects';
import { loadHolidays } from '../calendar/holidayCalendar';

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

/**
 * One workflow step, all or nothing: the record is locked (its customer first, see lockOrder), the
 * domain plans the step or refuses it (planStep), the workflow's effects run, and the record, its
 * history and the audit log are written in the same transaction.
 */
export async function takeStep(db: Database | Transaction, request: StepRequest, options: EffectOptions): Promise<Row> {
  const def = request.workflow.resource;
  const run = async (tx: Transaction) => {
    const customerId = await lockCustomerOf(tx, def, request.id);
    const record = await getRecord(tx, def, request.id, true);
    await lockLateCustomer(tx, customerId, record.customer_id);
    const now = new Date();
    const decision = planStep(request.workflow, request.step, record, request.actor, request.body, now);
    if (!decision.ok) throw new ApiError(decision.status, decision.message, decision.errors);
    const { plan } = decision;
    if (request.workflow.steps[request.step]?.obstacle) {
      const obstacle = stepObstacle(request.workflow, request.step, record, { customerReferrals: await customerReferrals(tx, record.customer_id) });
      if (obstacle) throw new ApiError(409, obstacleMessage(obstacle));
    }
    const effect = workflowEffects(options)[request.workflow.name][request.step];
    const changes = { ...plan.changes };
    try {
      Object.assign(changes, (await effect?.({ tx, record, input: plan.input, actor: request.actor, now })) ?? {});
    } catch (err) {
      if (!(err instanceof StepFailure)) throw err;
      await recordFailure(tx, request, err);
      return err;
    }
    if (request.workflow.derive) Object.assign(changes, request.workflow.derive({ ...record, ...changes }, await loadHolidays(tx)));
    const updated = (await writeFields(tx, def, request.id, changes))!;
    await tx.query(
      'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [def.name, request.id, plan.history.step, plan.history.from_status, plan.history.to_status, request.staff?.username ?? request.actor.kind, request.actor.kind, plan.history.note],
    );
    await appendAudit(tx, {
      ...auditActor(request),
      action: 'workflow_step',
      resource: def.name,
      recordId: request.id,
      fields: Object.keys(changes).filter((c) => c !== 'status'),
      reason: stepAuditReason(request.step, plan.history.from_status, plan.history.to_status),
    });
    return updated;
  };
  const outcome = await ('transaction' in db ? db.transaction(run) : run(db));
  if (outcome instanceof StepFailure) throw outcome.error;
  return outcome;
}

const auditActor = (request: StepRequest) => ({ staff: request.staff, username: request.staff ? undefined : request.actor.kind, address: request.address });

async function recordFailure(tx: Transaction, request: StepRequest, failure: StepFailure): Promise<void> {
  await writeFields(tx, request.workflow.resource, request.id, failure.record, { bumpVersion: false });
  await appendAudit(tx, {
    ...auditActor(request),
    action: 'workflow_step_refused',
    resource: request.workflow.resource.name,
    recordId: request.id,
    fields: Object.keys(failure.record),
    reason: refusedStepAuditReason(request.step, failure.error.message),
  });
}
