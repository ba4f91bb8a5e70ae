import { http, HttpResponse } from 'msw';
import { NOT_SIGNED_IN, STALE_VERSION, roleMayNot } from '../src/domain/apiMessages';
import { canAccess, type Action, type Role } from '../src/domain/roles';
import { issuesToErrors } from '../src/domain/writeRequest';
import {
  addressBatchSchema,
  bearerKey,
  revokeServiceKeySchema,
  scopeRefused,
  SERVICE_KEY_MARK,
  SERVICE_KEY_REVOKED,
  serviceKeyCreateSchema,
  serviceKeyPrefix,
  serviceKeys,
  UNKNOWN_SERVICE_KEY,
  type ServiceKeyScope,
} from '../src/domain/serviceKeys';
import { MockApiError, type MockStore } from './mockStore';
import { API_HEADERS, answer, bodyOf, idOf } from './mockHttp';

type Schema<T> = { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };

function parsed<T>(schema: Schema<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = issuesToErrors(result.error.issues);
  throw new MockApiError(400, Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; '), errors);
}

const randomKey = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return SERVICE_KEY_MARK + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/**
 * server/routes/serviceKeys.ts (create, answering the key once; revoke) and the key check of
 * server/auth/serviceKeys.ts in front of /api/service/*. The mocks sign no links and keep no
 * suppression list: a call a key may make is answered with 501, so no component test relies on it.
 */
export function serviceKeyHandlers(store: MockStore, identityOf: () => { role: Role; username: string } | null) {
  // the plaintext keys the mocks handed out, by key, as the server keeps their hashes
  const issued = new Map<string, number>();
  const allowed = (action: Action) => {
    const identity = identityOf();
    if (!identity) throw new MockApiError(401, NOT_SIGNED_IN);
    if (!canAccess(identity.role, action, 'service-keys')) throw new MockApiError(403, roleMayNot(identity.role, action, 'service-keys'));
    return identity;
  };
  const service = (scope: ServiceKeyScope) =>
    async ({ request }: { request: Request }) =>
      answer(async () => {
        const key = bearerKey(request.headers.get('authorization'));
        const id = key ? issued.get(key) : undefined;
        const record = id === undefined ? null : store.get(serviceKeys, id);
        if (!record || record.revoked_at) throw new MockApiError(401, UNKNOWN_SERVICE_KEY);
        if (!(record.scopes as string[]).includes(scope)) throw new MockApiError(403, scopeRefused(scope));
        parsed(addressBatchSchema, await bodyOf(request));
        throw new MockApiError(501, 'The mocks do not answer service calls: use the real server.');
      })();
  return [
    http.post('*/api/service-keys', ({ request }) =>
      answer(async () => {
        const identity = allowed('create');
        const values = parsed(serviceKeyCreateSchema, await bodyOf(request));
        const key = randomKey();
        const created = store.create(serviceKeys, { ...values, key_prefix: serviceKeyPrefix(key), created_by: identity.username, revoked_at: null, last_used_at: null });
        issued.set(key, created.id);
        return HttpResponse.json({ ...created, key }, { status: 201, headers: API_HEADERS });
      })(),
    ),
    http.post('*/api/service-keys/:id/revoke', ({ request, params }) =>
      answer(async () => {
        allowed('edit');
        const id = idOf(params.id);
        const { version } = parsed(revokeServiceKeySchema, await bodyOf(request));
        const current = store.get(serviceKeys, id);
        if (current.revoked_at) throw new MockApiError(409, SERVICE_KEY_REVOKED);
        if (current.version !== version) throw new MockApiError(409, STALE_VERSION);
        return HttpResponse.json(store.patch(serviceKeys, id, { revoked_at: new Date().toISOString() }), { headers: API_HEADERS });
      })(),
    ),
    http.post('*/api/service/unsubscribe-links', service('unsubscribe_links')),
    http.post('*/api/service/suppressed', service('suppression_check')),
    http.all('*/api/service/*', () => HttpResponse.json({ message: UNKNOWN_SERVICE_KEY }, { status: 401, headers: API_HEADERS })),
  ];
}
