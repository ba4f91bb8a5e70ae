import { http, HttpResponse } from 'msw';
import { findResource } from '../src/domain/resources';
import { NOT_SIGNED_IN, roleMayNot } from '../src/domain/apiMessages';
import { childDataLinkRefusal, linkExpiry } from '../src/domain/downloadLinks';
import { consentChildRefusal } from '../src/domain/childRegistration';
import { muscatDay } from '../src/domain/businessDays';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import { canAccess, type Role } from '../src/domain/roles';
import { MockApiError, type MockStore } from './mockStore';
import { API_HEADERS, answer, idOf } from './mockHttp';

/** POST /api/consent-requests/:id/child-data-link as server/routes/workflowDownloads.ts answers it (the mail itself is not mocked). */
export function downloadLinkHandlers(store: MockStore, identityOf: () => { role: Role; username: string } | null) {
  return [
    http.post('*/api/consent-requests/:id/child-data-link', ({ params }) =>
      answer(() => {
        const identity = identityOf();
        if (!identity) throw new MockApiError(401, NOT_SIGNED_IN);
        if (!canAccess(identity.role, 'edit', 'consent-requests')) throw new MockApiError(403, roleMayNot(identity.role, 'edit', 'consent-requests'));
        const request = store.get(findResource('consent-requests')!, idOf(params.id));
        const child = store.get(findResource('customers')!, Number(request.customer_id));
        const notAChild = consentChildRefusal(child, muscatDay(new Date(String(request.created_at))), DEFAULT_SETTINGS.child_age);
        if (notAChild) throw new MockApiError(409, `This consent request does not name a child whose data a parent may review: ${notAChild}`);
        const refusal = childDataLinkRefusal(request);
        if (refusal) throw new MockApiError(409, refusal);
        return HttpResponse.json({ expires_at: linkExpiry(new Date()).toISOString() }, { headers: API_HEADERS });
      })(),
    ),
  ];
}
