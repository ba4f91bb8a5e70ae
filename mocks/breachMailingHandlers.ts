import { http, HttpResponse } from 'msw';
import { findResource } from '../src/domain/resources';
import { NOT_SIGNED_IN, roleMayNot } from '../src/domain/apiMessages';
import { mailingOf, mayReadMailing, retryRefusal } from '../src/domain/breachMailing';
import type { Role } from '../src/domain/roles';
import { MockApiError, type MockStore } from './mockStore';
import { API_HEADERS, answer, idOf } from './mockHttp';

const incidents = () => findResource('breach-incidents')!;
const customers = () => findResource('customers')!;

/**
 * /api/breach-incidents/:id/mailing as server/routes/breachMailing.ts answers it. The mocks deliver at
 * once: a started mailing has sent one notice to each address (mockStep settles it), and none fails.
 */
export function breachMailingHandlers(store: MockStore, identityOf: () => { role: Role; username: string } | null) {
  const signedIn = () => {
    const identity = identityOf();
    if (!identity) throw new MockApiError(401, NOT_SIGNED_IN);
    return identity;
  };
  const mailing = (id: number) => {
    const incident = store.get(incidents(), id);
    const affected = [...store.affectedIds(id)];
    const started = (incident.notices_started_at as string | null) ?? null;
    if (!started) return mailingOf({ started_at: null, settled_at: null, affected: affected.length, scanned: 0, unreachable: 0, byStatus: {} });
    const addresses = affected.map((customerId) => store.get(customers(), customerId).email as string | null);
    const reachable = addresses.filter((a): a is string => !!a);
    return mailingOf({
      started_at: started,
      settled_at: (incident.notices_settled_at as string | null) ?? null,
      affected: affected.length,
      scanned: affected.length,
      unreachable: addresses.length - reachable.length,
      byStatus: { sent: new Set(reachable.map((a) => a.toLowerCase())).size },
    });
  };

  return [
    http.get('*/api/breach-incidents/:id/mailing', ({ params }) =>
      answer(() => {
        const { role } = signedIn();
        if (!mayReadMailing(role)) throw new MockApiError(403, roleMayNot(role, 'show', 'breach-incidents'));
        return HttpResponse.json(mailing(idOf(params.id)), { headers: API_HEADERS });
      })(),
    ),
    http.post('*/api/breach-incidents/:id/mailing/retry', ({ params }) =>
      answer(() => {
        const { role } = signedIn();
        const refuse = (refusal: ReturnType<typeof retryRefusal>) => {
          if (refusal) throw new MockApiError(refusal.status, refusal.message);
        };
        refuse(retryRefusal(role, null));
        const id = idOf(params.id);
        refuse(retryRefusal(role, store.get(incidents(), id), mailing(id).failed));
        return HttpResponse.json({ requeued: 0 }, { headers: API_HEADERS });
      })(),
    ),
  ];
}
