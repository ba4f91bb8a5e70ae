import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NO_SUCH_CUSTOMER, USERNAME_TAKEN } from '../src/domain/apiMessages';
import { isConnectionLoss, isTransactionConflict } from './db/databaseErrors';

/** An answer the client can act on: the status and a message the UI shows as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly errors?: Record<string, string>,
    /** headers the answer carries, e.g. Retry-After on a 503 */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** Seconds a client is asked to wait while the database is unreachable: a restart or a failover takes about that. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE =
  'The database cannot be reached at the moment (it may be restarting). Try again in a few seconds; if you were saving, reload first to see whether the change was kept.';
export const TRANSACTION_CONFLICT = 'Someone else was changing the same records at the same moment. Reload, then try again.';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

// PostgreSQL error classes that mean the client sent something the schema refuses.
// (22021 and 22P05: a NUL byte or an invalid character in text)
const BAD_INPUT_CODES = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05', '23502', '23514']);

/** Turns a database error caused by the request into a 4xx, an unreachable database into a 503; anything else stays a server error. */
export function fromDatabaseError(err: unknown): ApiError | null {
  // The database's state, not the request's fault: the client may try again.
  if (isConnectionLoss(err)) return new ApiError(503, DATABASE_UNAVAILABLE, undefined, { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) });
  // still a deadlock or serialization failure after transaction() ran it again a few times
  if (isTransactionConflict(err)) return new ApiError(409, TRANSACTION_CONFLICT);
  const { code, constraint } = (err ?? {}) as PgError;
  if (code === '23505') {
    if (constraint === 'customers_username_key') return new ApiError(409, USERNAME_TAKEN, { username: 'Already taken' });
    if (constraint === 'staff_username_key') return new ApiError(409, 'A staff account with this username already exists', { username: 'Already taken' });
    if (constraint === 'holidays_day_key') return new ApiError(409, 'This day is already in the holiday calendar: edit that entry instead', { day: 'Already in the calendar' });
    return new ApiError(409, 'A record with the same unique value already exists');
  }
  if (code === '23503') return new ApiError(400, NO_SUCH_CUSTOMER, { customer_id: 'No such customer' });
  if (code && BAD_INPUT_CODES.has(code)) return new ApiError(400, 'A value is not acceptable for its field');
  return null;
}
