import { http, HttpResponse } from 'msw';
import { findResource } from '../src/domain/resources';
import { NOT_SIGNED_IN, roleMayNot } from '../src/domain/apiMessages';
import { canAccess, type Role } from '../src/domain/roles';
import { ministryNotification, ministryNotificationFileName, ministryNotificationRefusal, type MinistryIncident } from '../src/domain/ministryNotification';
import { MockApiError, type MockStore } from './mockStore';
import { API_HEADERS, answer, idOf } from './mockHttp';

// The store as the test servers name it (server/config.ts DEFAULT_STORE_IDENTITY: nothing set).
const MOCK_STORE_IDENTITY = { name: 'Our online store', contactEmail: 'privacy@localhost' };

/** /api/breach-incidents/:id/ministry-notification as server/routes/breachMinistry.ts answers it (without its audit entry). */
export function breachMinistryHandlers(store: MockStore, identityOf: () => { role: Role } | null) {
  return [
    http.get('*/api/breach-incidents/:id/ministry-notification', ({ params }) =>
      answer(() => {
        const role = identityOf()?.role;
        if (!role) throw new MockApiError(401, NOT_SIGNED_IN);
        if (!canAccess(role, 'export', 'breach-incidents')) throw new MockApiError(403, roleMayNot(role, 'export', 'breach-incidents'));
        const id = idOf(params.id);
        const incident = store.get(findResource('breach-incidents')!, id) as unknown as MinistryIncident;
        const refusal = ministryNotificationRefusal(incident);
        if (refusal) throw new MockApiError(409, refusal);
        const text = ministryNotification({ incident, affected: store.affectedIds(id).size, store: MOCK_STORE_IDENTITY, now: new Date() });
        return HttpResponse.text(text, {
          headers: { ...API_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `attachment; filename="${ministryNotificationFileName(id)}"` },
        });
      })(),
    ),
  ];
}
