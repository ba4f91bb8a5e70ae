import { http, HttpResponse } from 'msw';
import { findResource } from '../src/domain/resources';
import { findWorkflow } from '../src/domain/workflows';
import { contentRange, parseListQuery } from '../src/domain/listQuery';
import { issuesToErrors, parseWrite } from '../src/domain/writeRequest';
import { NOT_SIGNED_IN, WRONG_CREDENTIALS, roleMayNot } from '../src/domain/apiMessages';
import { canAccess, type Action, type Role } from '../src/domain/roles';
import { childDataRequestSchema, revealRequestSchema } from '../src/domain/revealRequest';
import { consentChildRefusal } from '../src/domain/childRegistration';
import { muscatDay } from '../src/domain/businessDays';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import { createMockStore, MockApiError, type MockStore } from './mockStore';
import { API_HEADERS, answer, bodyOf, fail, idOf } from './mockHttp';
import { breachAffectedHandlers } from './breachAffectedHandlers';
import { breachMailingHandlers } from './breachMailingHandlers';
import { downloadLinkHandlers } from './downloadLinkHandlers';
import { breachMinistryHandlers } from './breachMinistryHandlers';
import { mockCreate, mockStep, mockUpdate } from './mockWorkflows';
import { settingsHandlers } from './settingsHandlers';
import { serviceKeyHandlers } from './serviceKeyHandlers';
import type { MailDeliveryStatus } from '../src/domain/outbox';
import { assignees } from '../src/domain/deletionWorkflow';
import { createdAnswer } from '../src/domain/writePlans';
import { staffNames } from '../src/domain/staff';

export interface MockIdentity {
  id: number;
  username: string;
  fullName: string;
  role: Role;
}

/** The demo accounts, as the seed creates them (server/seed/demoStaff.ts). */
export const MOCK_STAFF: Record<Role, MockIdentity> = {
  admin: { id: 1, username: 'admin', fullName: 'Salim Al Harthy', role: 'admin' },
  legal: { id: 2, username: 'legal', fullName: 'Huda Al Busaidi', role: 'legal' },
  support: { id: 3, username: 'support', fullName: 'Maryam Al Riyami', role: 'support' },
};
export const MOCK_PASSWORD = 'privacy-desk-demo';

interface MockSession {
  identity: MockIdentity | null;
}

type Definition = NonNullable<ReturnType<typeof findResource>>;
const present = (def: Definition, record: Record<string, unknown>) => (def.present ? def.present(record) : record);

function validWrite(def: NonNullable<ReturnType<typeof findResource>>, body: unknown, mode: 'create' | 'update') {
  const parsed = parseWrite(def, body, mode);
  if (!parsed.ok) throw new MockApiError(400, parsed.message, 'errors' in parsed ? parsed.errors : undefined);
  return parsed.value;
}

/**
 * MSW handlers speaking the same protocol as the server (routes/resources.ts, auth/): `signedInAs`
 * is who the browser is signed in as when the test starts (null: nobody).
 */
export function createHandlers(store: MockStore = createMockStore(), signedInAs: Role | null = 'admin', as?: Partial<MockIdentity>) {
  const session: MockSession = { identity: signedInAs ? { ...MOCK_STAFF[signedInAs], ...as } : null };
  function resourceOf(request: Request, name: string | readonly string[] | undefined, action: Action) {
    const def = typeof name === 'string' ? findResource(name) : undefined;
    if (!def) throw new MockApiError(404, `No API endpoint ${request.method} ${new URL(request.url).pathname}`);
    const role = session.identity?.role;
    if (!role) throw new MockApiError(401, NOT_SIGNED_IN);
    if (!canAccess(role, action, def.name)) throw new MockApiError(403, roleMayNot(role, action, def.name));
    return def;
  }
  // A reveal, as the server takes one: a role that may reveal, and a body with the reason.
  async function revealBody<T>(request: Request, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): Promise<T> {
    const role = session.identity?.role;
    if (!role) throw new MockApiError(401, NOT_SIGNED_IN);
    if (!canAccess(role, 'reveal', 'customers')) throw new MockApiError(403, roleMayNot(role, 'reveal', 'customers'));
    const parsed = schema.safeParse(await request.json().catch(() => ({})));
    if (parsed.success) return parsed.data;
    const errors = issuesToErrors(parsed.error.issues);
    throw new MockApiError(400, Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; '), errors);
  }
  return [
    http.post('*/api/auth/login', async ({ request }) => {
      const { username, password } = (await request.json().catch(() => ({}))) as Record<string, unknown>;
      const identity = Object.values(MOCK_STAFF).find((s) => s.username === String(username).toLowerCase());
      if (!identity || password !== MOCK_PASSWORD) return fail(401, WRONG_CREDENTIALS);
      session.identity = identity;
      return HttpResponse.json(identity, { headers: API_HEADERS });
    }),
    http.post('*/api/auth/logout', () => {
      session.identity = null;
      return HttpResponse.json({}, { headers: API_HEADERS });
    }),
    http.post('*/api/customers/:id/reveal', ({ request, params }) =>
      answer(async () => {
        const { field } = await revealBody(request, revealRequestSchema);
        const customer = store.get(findResource('customers')!, idOf(params.id));
        return HttpResponse.json({ id: customer.id, field, value: customer[String(field)] ?? null }, { headers: API_HEADERS });
      })(),
    ),
    // As server/routes/workflowDownloads.ts: the child's data unmasked, a reveal with its reason.
    http.post('*/api/consent-requests/:id/child-data', ({ request, params }) =>
      answer(async () => {
        await revealBody(request, childDataRequestSchema);
        const consent = findResource('consent-requests')!;
        const consentRequest = store.get(consent, idOf(params.id));
        const child = store.get(findResource('customers')!, Number(consentRequest.customer_id));
        const refusal = consentChildRefusal(child, muscatDay(new Date(String(consentRequest.created_at))), DEFAULT_SETTINGS.child_age);
        if (refusal) throw new MockApiError(409, `This consent request does not name a child whose data a parent may review: ${refusal}`);
        const all = { equals: { customer_id: [Number(child.id)] }, ranges: [], search: null, sort: { field: 'id', order: 'ASC' as const }, range: [0, 999] as [number, number] };
        return HttpResponse.json({ exported_at: new Date().toISOString(), child, consent_requests: store.list(consent, all).rows }, { headers: API_HEADERS });
      })(),
    ),
    http.get('*/api/audit-log/verify', () => HttpResponse.json({ ok: true, checked: 0 }, { headers: API_HEADERS })),
    // As server/routes/auditVerify.ts: every staff account's name, for whoever reads the audit log.
    http.get('*/api/audit-log/staff-names', ({ request }) =>
      answer(() => {
        resourceOf(request, 'audit-log', 'list');
        const staff = store.list(findResource('staff')!, { equals: {}, ranges: [], search: null, sort: { field: 'id', order: 'ASC' }, range: [0, 9999] }).rows;
        return HttpResponse.json(staffNames(staff), { headers: API_HEADERS });
      })(),
    ),
    http.get('*/api/me', () => (session.identity ? HttpResponse.json(session.identity, { headers: API_HEADERS }) : fail(401, NOT_SIGNED_IN))),
    http.get('*/api/auth/session', () => HttpResponse.json({ staff: session.identity ?? null }, { headers: API_HEADERS })),
    ...settingsHandlers(() => session.identity?.role),
    ...breachAffectedHandlers(store, () => session.identity),
    ...breachMailingHandlers(store, () => session.identity),
    ...downloadLinkHandlers(store, () => session.identity),
    ...breachMinistryHandlers(store, () => session.identity),
    ...serviceKeyHandlers(store, () => session.identity),
    // As server/routes/assignees.ts: the staff a ticket can go to, by the domain's rule.
    http.get('*/api/assignees', ({ request }) =>
      answer(() => {
        resourceOf(request, 'deletion-tickets', 'edit');
        const staff = store.list(findResource('staff')!, { equals: {}, ranges: [], search: null, sort: { field: 'id', order: 'ASC' }, range: [0, 999] }).rows;
        return HttpResponse.json(assignees(staff), { headers: API_HEADERS });
      })(),
    ),
    // As server/routes/mailStatus.ts on a server without SMTP_URL (the test servers'): nothing is delivered.
    http.get('*/api/mail-status', ({ request }) =>
      answer(() => {
        const outbox = resourceOf(request, 'outbox', 'list');
        const count = (statuses: string[]) =>
          store.list(outbox, { equals: { status: statuses }, ranges: [], search: null, sort: { field: 'id', order: 'ASC' }, range: [0, 0] }).total;
        const status: MailDeliveryStatus = { delivering: false, queued: count(['queued', 'sending']), failed: count(['failed']) };
        return HttpResponse.json(status, { headers: API_HEADERS });
      })(),
    ),
    http.get('*/api/:resource', ({ request, params }) =>
      answer(() => {
        const def = resourceOf(request, params.resource, 'list');
        const parsed = parseListQuery(def, new URL(request.url).searchParams);
        if (!parsed.ok) throw new MockApiError(400, parsed.message);
        const query = def.narrowList ? def.narrowList(session.identity!.role, parsed.value) : parsed;
        if (!query.ok) throw new MockApiError(403, query.message);
        const { rows, total } = store.list(def, query.value);
        return HttpResponse.json(rows.map((r) => present(def, r)), { headers: { ...API_HEADERS, 'Content-Range': contentRange(def.name, query.value.range[0], rows.length, total) } });
      })(),
    ),
    http.get('*/api/:resource/:id', ({ request, params }) =>
      answer(() => {
        const def = resourceOf(request, params.resource, 'show');
        const record = store.get(def, idOf(params.id));
        const refusal = def.showRefusal?.(session.identity!.role, record);
        if (refusal) throw new MockApiError(403, refusal);
        return HttpResponse.json(present(def, record), { headers: API_HEADERS });
      })(),
    ),
    http.post('*/api/:resource/:id/steps/:step', ({ request, params }) =>
      answer(async () => {
        const identity = session.identity;
        if (!identity) throw new MockApiError(401, NOT_SIGNED_IN);
        const resource = String(params.resource);
        // as server/routes/workflowSteps.ts: a role that may not open the records learns nothing of them
        if (findWorkflow(resource)) resourceOf(request, resource, 'show');
        const updated = mockStep(store, resource, idOf(params.id), String(params.step), { kind: identity.role, username: identity.username }, await bodyOf(request));
        const def = findResource(resource)!;
        return HttpResponse.json(present(def, updated), { headers: API_HEADERS });
      })(),
    ),
    http.post('*/api/:resource', ({ request, params }) =>
      answer(async () => {
        const def = resourceOf(request, params.resource, 'create');
        const values = validWrite(def, await bodyOf(request), 'create');
        const { created, alongside } = mockCreate(store, def.name, values, { kind: session.identity!.role, username: session.identity!.username });
        return HttpResponse.json(createdAnswer(present(def, created), alongside), { status: 201, headers: API_HEADERS });
      })(),
    ),
    http.put('*/api/:resource/:id', ({ request, params }) =>
      answer(async () => {
        const def = resourceOf(request, params.resource, 'edit');
        const id = idOf(params.id);
        let body = await bodyOf(request);
        if (def.restoreForUpdate && body && typeof body === 'object' && !Array.isArray(body)) {
          body = def.restoreForUpdate(body as Record<string, unknown>, store.get(def, id));
        }
        const values = validWrite(def, body, 'update');
        const updated = mockUpdate(store, def.name, id, values, (body as Record<string, unknown>).status, { kind: session.identity!.role, username: session.identity!.username });
        return HttpResponse.json(present(def, updated), { headers: API_HEADERS });
      })(),
    ),
    http.delete('*/api/:resource/:id', ({ request, params }) =>
      answer(() => {
        const def = resourceOf(request, params.resource, 'delete');
        return HttpResponse.json(present(def, store.remove(def, idOf(params.id))), { headers: API_HEADERS });
      })(),
    ),
  ];
}
