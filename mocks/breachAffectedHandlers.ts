import { http, HttpResponse } from 'msw';
import { findResource } from '../src/domain/resources';
import { NOT_SIGNED_IN, roleMayNot } from '../src/domain/apiMessages';
import { WIDEN_STEP, countChanged, mayReadAffected, parseAffectedRequest, previewOf, widenRefusal, widenedNote, type CustomerFilter } from '../src/domain/breachAffected';
import { contentRange, parseRangeParam } from '../src/domain/listQuery';
import type { Role } from '../src/domain/roles';
import { MockApiError, type MockStore } from './mockStore';
import { API_HEADERS, answer, bodyOf, idOf } from './mockHttp';

const incidents = () => findResource('breach-incidents')!;
const customers = () => findResource('customers')!;

const jsonOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** /api/breach-incidents/:id/affected as server/routes/breachAffected.ts answers it; `identityOf` is who is signed in now. */
export function breachAffectedHandlers(store: MockStore, identityOf: () => { role: Role; username: string } | null) {
  const signedIn = () => {
    const identity = identityOf();
    if (!identity) throw new MockApiError(401, NOT_SIGNED_IN);
    return identity;
  };
  const refuseWiden = (role: Role, incident: Record<string, unknown> | null) => {
    const refusal = widenRefusal(role, incident);
    if (refusal) throw new MockApiError(refusal.status, refusal.message);
  };
  const selection = async (request: Request, mode: 'preview' | 'widen') => {
    const parsed = parseAffectedRequest(await bodyOf(request), mode);
    if (!parsed.ok) throw new MockApiError(400, parsed.message);
    return parsed.value;
  };
  // the customer list's own matching, over every customer
  const matchingIds = (filter: CustomerFilter) =>
    store.list(customers(), { ...filter, sort: { field: 'id', order: 'ASC' }, range: [0, Number.MAX_SAFE_INTEGER] }).rows.map((c) => c.id);
  const preview = (incidentId: number, filter: CustomerFilter) => {
    const ids = matchingIds(filter);
    const already = store.affectedIds(incidentId);
    return { ids, ...previewOf(ids.length, ids.filter((id) => already.has(id)).length) };
  };

  return [
    http.get('*/api/breach-incidents/:id/affected', ({ request, params }) =>
      answer(() => {
        const { role } = signedIn();
        if (!mayReadAffected(role)) throw new MockApiError(403, roleMayNot(role, 'show', 'breach-incidents'));
        const id = idOf(params.id);
        store.get(incidents(), id);
        const range = parseRangeParam(jsonOrNull(new URL(request.url).searchParams.get('range') ?? '[0,24]'));
        if (!range.ok) throw new MockApiError(400, range.message);
        const [start, end] = range.value;
        const entries = store.affectedEntries(id);
        const rows = entries.slice(start, end + 1).map(({ customerId, added_at, added_by }) => {
          const { full_name, status } = store.get(customers(), customerId);
          return { ...customers().present!({ id: customerId, full_name, status }), added_at, added_by };
        });
        return HttpResponse.json(rows, { headers: { ...API_HEADERS, 'Content-Range': contentRange('affected-customers', start, rows.length, entries.length) } });
      })(),
    ),
    http.post('*/api/breach-incidents/:id/affected/preview', ({ request, params }) =>
      answer(async () => {
        const { role } = signedIn();
        refuseWiden(role, null);
        const id = idOf(params.id);
        const chosen = await selection(request, 'preview');
        refuseWiden(role, store.get(incidents(), id));
        const { matching, alreadyAffected, wouldAdd } = preview(id, chosen.filter);
        return HttpResponse.json({ matching, alreadyAffected, wouldAdd }, { headers: API_HEADERS });
      })(),
    ),
    http.post('*/api/breach-incidents/:id/affected', ({ request, params }) =>
      answer(async () => {
        const { role, username } = signedIn();
        refuseWiden(role, null);
        const id = idOf(params.id);
        const chosen = await selection(request, 'widen');
        const incident = store.get(incidents(), id);
        refuseWiden(role, incident);
        const { ids, wouldAdd } = preview(id, chosen.filter);
        if (wouldAdd !== chosen.wouldAdd) throw new MockApiError(409, countChanged(wouldAdd, chosen.wouldAdd!));
        const added = store.addAffected(id, ids, username);
        const status = incident.status;
        store.create(findResource('workflow-history')!, {
          resource: 'breach-incidents', record_id: id, step: WIDEN_STEP, from_status: status, to_status: status,
          actor: username, role, note: widenedNote(added, chosen), at: new Date().toISOString(),
        });
        return HttpResponse.json({ added, total: store.affectedIds(id).size }, { headers: API_HEADERS });
      })(),
    ),
  ];
}
