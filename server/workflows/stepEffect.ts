import type { Row, Transaction } from '../db/database';
import type { ApiError } from '../apiError';
import type { StepActor } from '../../src/domain/workflow';

/** What a step does beyond its record's own fields (mail, erasure, a frozen package), inside the step's transaction. */
export interface StepContext {
  tx: Transaction;
  record: Row;
  input: Record<string, unknown>;
  actor: StepActor;
  now: Date;
}

/** Returns further fields of the record to set. */
export type StepEffect = (ctx: StepContext) => Promise<Record<string, unknown> | void>;
export type StepEffects = Readonly<Record<string, StepEffect>>;

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
