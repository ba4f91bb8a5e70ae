/**
 * Which database errors are the database's state rather than the request's fault: the connection is
 * gone (a failover, a restart, a terminated backend, nothing listening) or two transactions collided.
 */
interface ErrorShape {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

// SQLSTATE: 57P01 admin shutdown (pg_terminate_backend), 57P02 crash shutdown, 57P03 cannot connect now
// (starting up, in recovery), 53300 too many connections; class 08 is every connection exception.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// The socket's own errors, from connect or from a live connection.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres and PGlite report a dead or closed connection without a code.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'not queryable',
  'timeout exceeded when trying to connect',
  'Cannot use a pool after calling end on the pool',
  'PGlite is closed',
];

/** The database cannot be reached right now; the same request may well succeed in a few seconds. */
export function isConnectionLoss(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const { code, message, errors } = err as ErrorShape;
  if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
  // Node tries every address of a host name and reports all the refusals together.
  return Array.isArray(errors) && errors.length > 0 && errors.every(isConnectionLoss);
}

/** A deadlock (40P01) or a serialization failure (40001): PostgreSQL rolled one transaction back so another could go on. */
export function isTransactionConflict(err: unknown): boolean {
  const code = (err as ErrorShape | null)?.code;
  return code === '40P01' || code === '40001';
}
