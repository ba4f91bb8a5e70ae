import { z } from 'zod';
import type { Role } from './roles';
import type { ResourceDefinition } from './resourceDefinition';
import { STALE_VERSION } from './apiMessages';
import { STEP_INPUTS, type StepInputName } from './stepInputs';
import { legalHoldMessage } from './referralWorkflow';

/** Who takes a step: a member of staff by role, the parent through the notice link, or a scheduled job. */
export type StepActorKind = Role | 'parent' | 'system';

export interface StepActor {
  kind: StepActorKind;
  /** the staff username; absent for the parent and the system */
  username?: string;
}

/**
 * Facts beyond the record that can stand in the way of a step, gathered by whoever asks (the server
 * from its tables, the mocks from their store, the UI from the API).
 */
export interface StepContext {
  /** the authority referrals naming the record's customer */
  customerReferrals?: readonly Record<string, unknown>[];
}

/** Why a step the role may take in this state cannot be taken now; each layer words it (the API in English, the UI through i18n). */
export type StepObstacle = { kind: 'legal_hold'; referralIds: readonly number[] };

export interface StepDefinition<S extends string = string> {
  from: readonly S[];
  /** the state after the step; absent for steps that record something without moving (assign, release a hold) */
  to?: S;
  /** who may take it */
  actors: readonly StepActorKind[];
  /** what the step asks of the person taking it: each is required unless listed in `optional` */
  inputs: readonly StepInputName[];
  optional?: readonly StepInputName[];
  /** a refusal that depends on the record or on who acts (e.g. the legal advisor never decides on their own draft) */
  refuse?: (record: Record<string, unknown>, actor: StepActor) => string | null;
  /** what, beyond the record, stands in the way now (a legal hold on the customer a completion would erase) */
  obstacle?: (record: Record<string, unknown>, context: StepContext) => StepObstacle | null;
  /** a rule on the input as a whole (e.g. approval narrows the proposed fields, never widens them) */
  checkInput?: (input: Record<string, unknown>, record: Record<string, unknown>) => string | null;
  /** the step destroys data for good (an erasure, a released hold): the dialog says what, and asks for an explicit confirmation */
  irreversible?: boolean;
  /** what the history says the step did, beyond its note (e.g. to whom a ticket was assigned) */
  recordedAs?: (input: Record<string, unknown>) => string;
  /** for an enum input, the only values this step can accept (the dialog offers no choice that is always refused) */
  offers?: Partial<Record<StepInputName, readonly string[]>>;
  /** the step queues mail (a notice, a code, a confirmation): the UI warns when mail is not being delivered */
  sendsMail?: boolean;
  /** the record's fields the step sets from its input, computed the same way by the server and the mocks */
  changes?: (input: Record<string, unknown>, record: Record<string, unknown>, now: Date) => Record<string, unknown>;
}

/** The workflows, by name: what the server keys each workflow's side effects by (no default). */
export const WORKFLOW_NAMES = ['consent', 'deletion', 'referral', 'breach', 'access', 'correction'] as const;
export type WorkflowName = (typeof WORKFLOW_NAMES)[number];

export interface Workflow<S extends string = string> {
  name: WorkflowName;
  /** the records the workflow moves */
  resource: ResourceDefinition;
  steps: Readonly<Record<string, StepDefinition<S>>>;
  /** fields the record's state decides beyond any one step (a breach's next deadline): recomputed after every step, over the holiday calendar */
  derive?: (record: Record<string, unknown>, holidays: ReadonlySet<string>) => Record<string, unknown>;
}

export type StepRefusal = { status: 403 | 404 | 409; message: string };

/** Whether `actor` may take `stepName` on `record` now; the reason and the HTTP status when not. */
export function stepRefusal(workflow: Workflow, stepName: string, record: Record<string, unknown>, actor: StepActor): StepRefusal | null {
  const step = workflow.steps[stepName];
  if (!step) return { status: 404, message: `There is no step '${stepName}' in the ${workflow.resource.name} workflow` };
  if (!step.actors.includes(actor.kind)) return { status: 403, message: `The ${actor.kind} role may not ${stepLabel(stepName)} ${workflow.resource.name}` };
  if (!(step.from as readonly unknown[]).includes(record.status)) {
    return { status: 409, message: `Cannot ${stepLabel(stepName)} while the record is ${String(record.status).replace(/_/g, ' ')}` };
  }
  const refusal = step.refuse?.(record, actor);
  return refusal ? { status: 409, message: refusal } : null;
}

/** The steps `actor` may take on `record` now: the buttons the show view offers. */
export function availableSteps(workflow: Workflow, record: Record<string, unknown>, actor: StepActor): string[] {
  return Object.keys(workflow.steps).filter((name) => !stepRefusal(workflow, name, record, actor));
}

/** What stands in the way of `stepName` on `record` now, given `context`; null when nothing does. */
export function stepObstacle(workflow: Workflow, stepName: string, record: Record<string, unknown>, context: StepContext): StepObstacle | null {
  return workflow.steps[stepName]?.obstacle?.(record, context) ?? null;
}

/** The API's refusal when an obstacle stands in the way of a step (409). */
export function obstacleMessage(obstacle: StepObstacle): string {
  return legalHoldMessage(obstacle.referralIds);
}

const stepLabel = (name: string) => name.replace(/_/g, ' ');

/** The zod schema of one step's body: its inputs plus the record version it was based on. */
export function stepInputSchema(step: StepDefinition): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = { version: z.number({ error: 'The record version is required' }).int().nonnegative() };
  for (const name of step.inputs) {
    const spec = STEP_INPUTS[name];
    shape[name] = step.optional?.includes(name) ? spec.schema.nullish() : spec.schema;
  }
  return z.object(shape) as unknown as z.ZodType<Record<string, unknown>>;
}

export type StepInputCheck = { ok: true; value: Record<string, unknown> } | { ok: false; message: string; errors: Record<string, string> };

/** Reads a step's body: the named inputs, and the step's own rule on them (e.g. narrowing, never widening). */
export function parseStepInput(step: StepDefinition, record: Record<string, unknown>, body: unknown): StepInputCheck {
  const parsed = stepInputSchema(step).safeParse(body ?? {});
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.') || '(body)'] ??= issue.message;
    return { ok: false, message: Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; '), errors };
  }
  const problem = step.checkInput?.(parsed.data, record);
  if (problem) return { ok: false, message: problem, errors: {} };
  return { ok: true, value: parsed.data };
}

/** What a step writes to the record: its new status and the fields set from the input. */
export function stepChanges(step: StepDefinition, record: Record<string, unknown>, input: Record<string, unknown>, now: Date): Record<string, unknown> {
  return { ...(step.to ? { status: step.to } : {}), ...(step.changes?.(input, record, now) ?? {}) };
}

/** What the history keeps of a step: what it did (when the state alone does not say) and the note. */
function historyNote(step: StepDefinition, input: Record<string, unknown>): string | null {
  const parts = [step.recordedAs?.(input), stepNote(input)].filter(Boolean);
  return parts.length ? parts.join(' — ') : null;
}

/** The note a step leaves in the record's history. */
export function stepNote(input: Record<string, unknown>): string | null {
  for (const key of ['opinion', 'reason', 'note'] as const) {
    const value = input[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** What one step does to its record, decided before anything is written: the server and the mocks only carry it out. */
export interface StepPlan {
  /** the record's new status and the fields set from the input (the server's effects may add more) */
  changes: Record<string, unknown>;
  /** the input as checked, for the effects */
  input: Record<string, unknown>;
  /** the record's history entry */
  history: { step: string; from_status: unknown; to_status: unknown; note: string | null };
}

export type StepDecision =
  | { ok: true; plan: StepPlan }
  | { ok: false; status: 400 | 403 | 404 | 409; message: string; errors?: Record<string, string> };

/**
 * Decides one step on `record`: refused (403 for the wrong role, 409 for the wrong state or a stale
 * version, 400 for bad input) or planned. The record must be the current one, read under lock.
 */
export function planStep(workflow: Workflow, stepName: string, record: Record<string, unknown>, actor: StepActor, body: unknown, now: Date): StepDecision {
  const refusal = stepRefusal(workflow, stepName, record, actor);
  if (refusal) return { ok: false, ...refusal };
  const step = workflow.steps[stepName];
  const parsed = parseStepInput(step, record, body);
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message, errors: parsed.errors };
  if (parsed.value.version !== record.version) return { ok: false, status: 409, message: STALE_VERSION };
  const changes = stepChanges(step, record, parsed.value, now);
  return {
    ok: true,
    plan: {
      changes,
      input: parsed.value,
      history: { step: stepName, from_status: record.status, to_status: changes.status ?? record.status, note: historyNote(step, parsed.value) },
    },
  };
}
