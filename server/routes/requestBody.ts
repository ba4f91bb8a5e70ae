import type { Context } from 'hono';
import { ApiError } from '../apiError';
import { INVALID_JSON, JSON_REQUIRED } from '../../src/domain/apiMessages';
import { issuesToErrors } from '../../src/domain/writeRequest';

// No body of ours nests deeper than a few levels; a 4 KB body nested 2,000 deep would overflow the
// stack of whatever walks it after parsing (validation, the card-number scan).
export const MAX_JSON_DEPTH = 32;
export const JSON_TOO_DEEP = `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep`;

/** How deeply objects and arrays nest in JSON text, counted before parsing (brackets inside strings do not count). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') deepest = Math.max(deepest, ++depth);
    else if (ch === '}' || ch === ']') depth--;
  }
  return deepest;
}

/** The request's body parsed as JSON: 400 for JSON that does not parse or nests too deep. */
export async function parsedJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) throw new ApiError(400, JSON_TOO_DEEP);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, INVALID_JSON);
  }
}

/** The request's JSON body: 415 for another content type, 400 for JSON that does not parse or nests too deep. */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) throw new ApiError(415, JSON_REQUIRED);
  return parsedJson(c);
}

/** A schema's complaints as the 400 the forms read: one message per field. */
export function invalidFields(issues: readonly { path: PropertyKey[]; message: string }[]): ApiError {
  const errors = issuesToErrors(issues);
  return new ApiError(400, Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; '), errors);
}
