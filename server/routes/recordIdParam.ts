import type { Context } from 'hono';
import { ApiError } from '../apiError';
import { notARecordId, parseRecordId } from '../../src/domain/apiMessages';

/** The `:id` of the request's path as a record id, or a 400 naming what was sent instead. */
export function recordIdParam(c: Context): number {
  const raw = c.req.param('id') ?? '';
  const id = parseRecordId(raw);
  if (id === null) throw new ApiError(400, notARecordId(raw));
  return id;
}
