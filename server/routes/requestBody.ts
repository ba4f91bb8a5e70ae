import type { Context } from 'hono';
import { ApiError } from '../apiError';
import { INVALID_JSON, JSON_REQUIRED } from '../../src/domain/apiMessages';
import { issuesToErrors } from '../../src/domain/writeRequest';

/** The request's JSON body: 415 for another content type, 400 for JSON that does not parse. */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) throw new ApiError(415, JSON_REQUIRED);
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, INVALID_JSON);
  }
}

/** A schema's complaints as the 400 the forms read: one message per field. */
export function invalidFields(issues: readonly { path: PropertyKey[]; message: string }[]): ApiError {
  const errors = issuesToErrors(issues);
  return new ApiError(400, Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; '), errors);
}
