import { findResource } from '../src/domain/resources';
import { findWorkflow } from '../src/domain/workflows';
import { obstacleMessage, planStep, stepObstacle, type StepActor } from '../src/domain/workflow';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import { NOT_AN_ASSIGNEE, assigneeRefusal } from '../src/domain/deletionWorkflow';
import { planCreate, planUpdate, type WriteFacts } from '../src/domain/writePlans';
import { MockApiError, type MockStore } from './mockStore';
import { MAILING_STEP, NOBODY_AFFECTED } from '../src/domain/breachMailing';

const everything = { ranges: [], search: null, sort: { field: 'id', order: 'ASC' as const }, range: [0, 9999] as [number, number] };

/** The facts the domain plans a write on, from the mock store (the server reads the same from its database). */
const holidaysOf = (store: MockStore) => new Set(store.list(findResource('holidays')!, { ...everything, equals: {} }).rows.map((h) => String(h.day)));

function writeFacts(store: MockStore, actor: StepActor, customerId: unknown, editedCustomerId: number | null = null): WriteFacts {
  const holidays = holidaysOf(store);
  const customer = customerId == null ? null : (store.list(findResource('customers')!, { ...everything, equals: { id: [Number(customerId)] } }).rows[0] ?? null);
  const consents = editedCustomerId == null ? [] : store.list(findResource('consent-requests')!, { ...everything, equals: { customer_id: [editedCustomerId] } }).rows;
  return { now: new Date(), username: actor.username ?? actor.kind, role: actor.kind, settings: DEFAULT_SETTINGS, holidays, customer, consentStatuses: consents.map((c) => c.status) };
}

/** A create as the server takes it (server/workflows/writeHooks.ts): the domain's plan, carried out; says what it opened alongside. */
export function mockCreate(store: MockStore, resource: string, values: Record<string, unknown>, actor: StepActor) {
  const decision = planCreate(resource, values, writeFacts(store, actor, values.customer_id));
  if (!decision.ok) throw new MockApiError(decision.status, decision.message, decision.errors);
  const created = store.create(findResource(resource)!, decision.plan.values);
  const planned = decision.plan.alongside;
  if (!planned) return { created, alongside: null };
  const other = store.create(findResource(planned.resource)!, planned.values(created.id));
  return { created, alongside: { resource: planned.resource, id: other.id } };
}

// As server/workflows/deletionEffects.ts: the assignee is looked up, the domain decides.
function checkAssignee(store: MockStore, username: string) {
  const staff = store.list(findResource('staff')!, { ...everything, equals: { username: [username] } }).rows[0];
  const refusal = assigneeRefusal(staff, username);
  if (refusal) throw new MockApiError(400, refusal, NOT_AN_ASSIGNEE);
}

// As server/workflows/breachEffects.ts, with the mailing job's work done at once: every notice delivered.
function mockMailing(store: MockStore, incidentId: number) {
  if (store.affectedIds(incidentId).size === 0) throw new MockApiError(409, NOBODY_AFFECTED);
  const now = new Date().toISOString();
  return { notices_settled_at: now, subjects_notified_at: now };
}

/**
 * A workflow step as the server takes it (server/workflows/takeStep.ts): the same refusals, input
 * checks and record changes; the server's side effects (mail, erasure, packages) are not mocked.
 */
export function mockStep(store: MockStore, resource: string, id: number, stepName: string, actor: StepActor, body: unknown) {
  const workflow = findWorkflow(resource);
  if (!workflow) throw new MockApiError(404, `${resource} has no workflow`);
  const def = workflow.resource;
  const decision = planStep(workflow, stepName, store.get(def, id), actor, body, new Date());
  if (!decision.ok) throw new MockApiError(decision.status, decision.message, decision.errors);
  const { plan } = decision;
  const record = store.get(def, id);
  const referrals = record.customer_id == null ? [] : store.list(findResource('authority-referrals')!, { ...everything, equals: { customer_id: [Number(record.customer_id)] } }).rows;
  const obstacle = stepObstacle(workflow, stepName, record, { customerReferrals: referrals });
  if (obstacle) throw new MockApiError(409, obstacleMessage(obstacle));
  if (stepName === 'assign') checkAssignee(store, String(plan.input.assignee));
  const mailed = stepName === MAILING_STEP ? mockMailing(store, id) : {};
  const derived = workflow.derive?.({ ...record, ...plan.changes, ...mailed }, holidaysOf(store)) ?? {};
  const updated = store.patch(def, id, { ...plan.changes, ...mailed, ...derived });
  store.create(findResource('workflow-history')!, { resource, record_id: id, ...plan.history, actor: actor.username ?? actor.kind, role: actor.kind, at: new Date().toISOString() });
  return updated;
}

/** An edit as the server takes it (server/workflows/writeHooks.ts prepareUpdate): the domain's plan, carried out. */
export function mockUpdate(store: MockStore, resource: string, id: number, values: Record<string, unknown>, claimedStatus: unknown, actor: StepActor) {
  const def = findResource(resource)!;
  const before = store.get(def, id);
  const plan = planUpdate(resource, before, values, writeFacts(store, actor, null, resource === 'customers' ? id : null));
  if ('ok' in plan) throw new MockApiError(plan.status, plan.message, plan.errors);
  const updated = store.update(def, id, plan.values, claimedStatus);
  if (plan.history) store.create(findResource('workflow-history')!, { resource, record_id: id, ...plan.history, actor: actor.username ?? actor.kind, role: actor.kind, at: new Date().toISOString() });
  return updated;
}
