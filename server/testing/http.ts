/** A small HTTP client for API tests: real requests, answers as status, headers and parsed body. */
export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** `defaults` go with every request, e.g. the session cookie; functions are asked at each request (a server not yet started, a sign-in put off until needed). */
export function apiClient(baseUrl: string | (() => string), defaults: Record<string, string> | (() => Promise<Record<string, string>>) = {}) {
  async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const init: RequestInit = { method, headers: { ...(typeof defaults === 'function' ? await defaults() : defaults), ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${typeof baseUrl === 'function' ? baseUrl() : baseUrl}${path}`, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: kept as text so the test can show it
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
  const list = (resource: string, params: { sort?: unknown; range?: unknown; filter?: unknown } = {}) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    const qs = q.toString();
    return call('GET', `/api/${resource}${qs ? `?${qs}` : ''}`);
  };
  return {
    call,
    list,
    get: (resource: string, id: number | string) => call('GET', `/api/${resource}/${id}`),
    create: (resource: string, body: unknown) => call('POST', `/api/${resource}`, body),
    update: (resource: string, id: number | string, body: unknown) => call('PUT', `/api/${resource}/${id}`, body),
    remove: (resource: string, id: number | string) => call('DELETE', `/api/${resource}/${id}`),
  };
}
export type ApiClient = ReturnType<typeof apiClient>;
