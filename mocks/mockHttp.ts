import { HttpResponse } from 'msw';
import { INVALID_JSON, JSON_REQUIRED, notARecordId, parseRecordId } from '../src/domain/apiMessages';
import { MockApiError } from './mockStore';

// What every mock route does as the server does it: the protocol's headers, refusals as { message }.

export const API_HEADERS = { 'Access-Control-Expose-Headers': 'Content-Range', 'Cache-Control': 'no-store' };

export const fail = (status: number, message: string, errors?: Record<string, string>) =>
  HttpResponse.json({ message, ...(errors && { errors }) }, { status, headers: API_HEADERS });

export function idOf(raw: string | readonly string[] | undefined) {
  const id = parseRecordId(String(raw));
  if (id === null) throw new MockApiError(400, notARecordId(String(raw)));
  return id;
}

export async function bodyOf(request: Request): Promise<unknown> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) throw new MockApiError(415, JSON_REQUIRED);
  try {
    return await request.json();
  } catch {
    throw new MockApiError(400, INVALID_JSON);
  }
}

export function answer(work: () => Promise<Response> | Response) {
  return async () => {
    try {
      return await work();
    } catch (err) {
      if (err instanceof MockApiError) return fail(err.status, err.message, err.errors);
      throw err;
    }
  };
}
