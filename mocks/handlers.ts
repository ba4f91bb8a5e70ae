import { http, HttpResponse } from 'msw';
import { findResource } from '../src/domain/resources';
import { contentRange, parseListQuery } from '../src/domain/listQuery';
import { parseWrite } from '../src/domain/writeRequest';
import { INVALID_JSON, JSON_REQUIRED, notARecordId, parseRecordId } from '../src/domain/apiMessages';
import { createMockStore, MockApiError, type MockStore } from './mockStore';

const API_HEADERS = { 'Access-Control-Expose-Headers': 'Content-Range', 'Cache-Control': 'no-store' };

const fail = (status: number, message: string, errors?: Record<string, string>) =>
  HttpResponse.json({ message, ...(errors && { errors }) }, { status, headers: API_HEADERS });

function resourceOf(request: Request, name: string | readonly string[] | undefined) {
  const def = typeof name === 'string' ? findResource(name) : undefined;
  if (!def) throw new MockApiError(404, `No API endpoint ${request.method} ${new URL(request.url).pathname}`);
  return def;
}

function idOf(raw: string | readonly string[] | undefined) {
  const id = parseRecordId(String(raw));
  if (id === null) throw new MockApiError(400, notARecordId(String(raw)));
  return id;
}

async function bodyOf(request: Request): Promise<unknown> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) throw new MockApiError(415, JSON_REQUIRED);
  try {
    return await request.json();
  } catch {
    throw new MockApiError(400, INVALID_JSON);
  }
}

function validWrite(def: ReturnType<typeof resourceOf>, body: unknown, mode: 'create' | 'update') {
  const parsed = parseWrite(def, body, mode);
  if (!parsed.ok) throw new MockApiError(400, parsed.message, 'errors' in parsed ? parsed.errors : undefined);
  return parsed.value;
}

function answer(work: () => Promise<Response> | Response) {
  return async () => {
    try {
      return await work();
    } catch (err) {
      if (err instanceof MockApiError) return fail(err.status, err.message, err.errors);
      throw err;
    }
  };
}

/** MSW handlers speaking the same ra-data-simple-rest protocol as server/routes/resources.ts. */
export function createHandlers(store: MockStore = createMockStore()) {
  return [
    http.get('*/api/:resource', ({ request, params }) =>
      answer(() => {
        const def = resourceOf(request, params.resource);
        const query = parseListQuery(def, new URL(request.url).searchParams);
        if (!query.ok) throw new MockApiError(400, query.message);
        const { rows, total } = store.list(def, query.value);
        return HttpResponse.json(rows, { headers: { ...API_HEADERS, 'Content-Range': contentRange(def.name, query.value.range[0], rows.length, total) } });
      })(),
    ),
    http.get('*/api/:resource/:id', ({ request, params }) =>
      answer(() => HttpResponse.json(store.get(resourceOf(request, params.resource), idOf(params.id)), { headers: API_HEADERS }))(),
    ),
    http.post('*/api/:resource', ({ request, params }) =>
      answer(async () => {
        const def = resourceOf(request, params.resource);
        const values = validWrite(def, await bodyOf(request), 'create');
        return HttpResponse.json(store.create(def, values), { status: 201, headers: API_HEADERS });
      })(),
    ),
    http.put('*/api/:resource/:id', ({ request, params }) =>
      answer(async () => {
        const def = resourceOf(request, params.resource);
        const id = idOf(params.id);
        const body = await bodyOf(request);
        const values = validWrite(def, body, 'update');
        return HttpResponse.json(store.update(def, id, values, (body as Record<string, unknown>).status), { headers: API_HEADERS });
      })(),
    ),
    http.delete('*/api/:resource/:id', ({ request, params }) =>
      answer(() => HttpResponse.json(store.remove(resourceOf(request, params.resource), idOf(params.id)), { headers: API_HEADERS }))(),
    ),
  ];
}
