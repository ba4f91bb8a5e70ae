import { findResource } from '../src/domain/resources';
import { findWorkflow } from '../src/domain/workflows';
import { planStep, type StepActor } from '../src/domain/workflow';
import { consentChildRefusal, registerCustomer } from '../src/domain/childRegistration';
import { deletionTicketDue } from '../src/domain/deadlines';
import { muscatDay } from '../src/domain/businessDays';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import type { DeletionScope } from '../src/domain/deletionTickets';
import { IDENTITY_CHECK_RESTART, NOT_AN_ASSIGNEE, assigneeRefusal, identityCheckRestart } from '../src/domain/deletionWorkflow';
import { MockApiError, type MockStore } from './mockStore';

const holidaysOf = (store: MockStore) =>
  new Set(store.list(findResource('holidays')!, { equals: {}, ranges: [], search: null, sort: { field: 'id', order: 'ASC' }, range: [0, 9999] }).rows.map((h) => String(h.day)));

/** What the server adds to a new record (server/workflows/writeHooks.ts), from the same domain rules. */
export function mockCreate(store: MockStore, resource: string, values: Record<string, unknown>, username: string) {
  const def = findResource(resource)!;
  if (resource === 'authority-referrals') return store.create(def, { ...values, drafted_by: username });
  if (resource === 'deletion-tickets') {
    const receivedAt = values.received_at ? new Date(String(values.received_at)) : new Date();
    const { due, description } = deletionTicketDue(values.scope as DeletionScope, receivedAt, DEFAULT_SETTINGS, holidaysOf(store));
    return store.create(def, { ...values, due_at: due.toISOString(), due_rule: description });
  }
  if (resource === 'consent-requests') {
    const child = store.list(findResource('customers')!, { equals: { id: [Number(values.customer_id)] }, ranges: [], search: null, sort: { field: 'id', order: 'ASC' }, range: [0, 0] }).rows[0];
    const refusal = child ? consentChildRefusal(child, muscatDay(new Date()), DEFAULT_SETTINGS.child_age) : null;
    if (refusal) throw new MockApiError(400, refusal, { customer_id: refusal });
  }
  if (resource === 'customers') {
    const registration = registerCustomer(values, muscatDay(new Date()), DEFAULT_SETTINGS.child_age);
    if (!registration.ok) throw new MockApiError(400, registration.message, registration.errors);
    const customer = store.create(def, registration.customer);
    if (registration.consent) store.create(findResource('consent-requests')!, { customer_id: customer.id, ...registration.consent });
    return customer;
  }
  return store.create(def, values);
}

// As server/workflows/deletionEffects.ts: the assignee is looked up, the domain decides.
function checkAssignee(store: MockStore, username: string) {
  const staff = store.list(findResource('staff')!, { equals: { username: [username] }, ranges: [], search: null, sort: { field: 'id', order: 'ASC' }, range: [0, 0] }).rows[0];
  const refusal = assigneeRefusal(staff, username);
  if (refusal) throw new MockApiError(400, refusal, NOT_AN_ASSIGNEE);
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
  if (stepName === 'assign') checkAssignee(store, String(plan.input.assignee));
  const updated = store.patch(def, id, plan.changes);
  store.create(findResource('workflow-history')!, { resource, record_id: id, ...plan.history, actor: actor.username ?? actor.kind, role: actor.kind, at: new Date().toISOString() });
  return updated;
}

/** An edit as the server takes it (server/workflows/writeHooks.ts prepareUpdate): a ticket whose verified details change is checked again. */
export function mockUpdate(store: MockStore, resource: string, id: number, values: Record<string, unknown>, claimedStatus: unknown, actor: StepActor) {
  const def = findResource(resource)!;
  const before = store.get(def, id);
  const restart = resource === 'deletion-tickets' ? identityCheckRestart(before, values) : null;
  const updated = store.update(def, id, restart ? { ...values, ...restart } : values, claimedStatus);
  if (restart) {
    store.create(findResource('workflow-history')!, {
      resource,
      record_id: id,
      step: IDENTITY_CHECK_RESTART.step,
      from_status: before.status,
      to_status: restart.status,
      actor: actor.username ?? actor.kind,
      role: actor.kind,
      note: IDENTITY_CHECK_RESTART.note,
      at: new Date().toISOString(),
    });
  }
  return updated;
}
