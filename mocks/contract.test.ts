import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createMockStore } from './mockStore';
import { startTestServer, testUsername, type TestServer } from '../server/testing/testServer';
import { ROLES } from '../src/domain/roles';
import { SERVICE_KEY_SHAPE } from '../src/domain/serviceKeys';

/**
 * One suite of requests, played against the MSW handlers and against the real server on a fresh
 * database. Status, the protocol's headers and the whole body must match (timestamps aside), so the
 * mocks the component tests rely on cannot drift from the API.
 */
interface Step {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  contentType?: string;
}

const q = (params: Record<string, unknown>) =>
  '?' + new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();

const customer = (n: number, extra: Record<string, unknown> = {}) => ({
  full_name: `Ahmed bin Salim Al Kindi ${n}`,
  username: `ahmed.kindi${n}`,
  email: `ahmed.kindi${n}@example.com`,
  phone: '+96891234567',
  birth_date: '1985-05-0' + n,
  id_type: 'national_id',
  id_number: `1234567${n}`,
  address: 'Way 1, House 2, Ruwi, Muttrah, Muscat',
  newsletter: n % 2 === 0,
  ...extra,
});

const v1 = { version: 1 };
const steps: Step[] = [
  { name: 'create a customer', method: 'POST', path: '/api/customers', body: customer(1) },
  { name: 'create a customer with an Arabic name', method: 'POST', path: '/api/customers', body: customer(2, { full_name: 'زينب بنت حمد البلوشي', email: 'ZAINAB@example.com' }) },
  { name: 'a child without a parent', method: 'POST', path: '/api/customers', body: customer(3, { birth_date: '2017-03-03', id_type: null, id_number: '', phone: '', address: null, school: 'Indian School Muscat' }) },
  // COPPA data minimisation: before the parent consents, only what the notice needs
  { name: 'a child with a school, phone, ID and address before consent', method: 'POST', path: '/api/customers', body: customer(3, { birth_date: '2017-03-03', school: 'Indian School Muscat', parent_name: 'Parent Three', parent_email: 'Parent3@example.com' }) },
  { name: 'register a child, with the parent', method: 'POST', path: '/api/customers', body: customer(3, { birth_date: '2017-03-03', id_type: null, id_number: '', phone: '', address: null, newsletter: false, parent_name: 'Parent Three', parent_email: 'Parent3@example.com' }) },
  { name: 'the consent request registering opened', method: 'GET', path: `/api/consent-requests${q({ filter: { customer_id: 3 } })}` },
  { name: 'create a consent request', method: 'POST', path: '/api/consent-requests', body: { customer_id: 3, child_name: 'Child Three', parent_name: 'Parent Three', parent_email: 'parent3@example.com' } },
  { name: 'a consent request for an adult', method: 'POST', path: '/api/consent-requests', body: { customer_id: 1, child_name: 'Not a child', parent_name: 'Parent', parent_email: 'parent1@example.com' } },
  { name: 'move a consent request to another customer', method: 'PUT', path: '/api/consent-requests/1', body: { customer_id: 1, child_name: 'Child Three', parent_name: 'Parent Three', parent_email: 'parent3@example.com', version: 1 } },
  { name: 'who is signed in', method: 'GET', path: '/api/auth/session' },
  { name: 'mail status', method: 'GET', path: '/api/mail-status' },
  { name: 'who a ticket can be assigned to', method: 'GET', path: '/api/assignees' },
  { name: 'the staff the audit log names', method: 'GET', path: '/api/audit-log/staff-names' },
  { name: "a child's data without a reason", method: 'POST', path: '/api/consent-requests/1/child-data', body: {} },
  { name: "a child's data for the parent's review", method: 'POST', path: '/api/consent-requests/1/child-data', body: { reason: 'Parent asked by e-mail' } },
  { name: "a link to a child's data before the parent consented", method: 'POST', path: '/api/consent-requests/1/child-data-link', body: {} },
  { name: "a link to a consent request that does not exist", method: 'POST', path: '/api/consent-requests/99/child-data-link', body: {} },
  { name: 'create a deletion ticket', method: 'POST', path: '/api/deletion-tickets', body: { customer_id: 1, requester_name: 'Ahmed', requester_email: 'ahmed.kindi1@example.com', channel: 'live_chat', scope: 'account', received_at: undefined } },
  { name: 'create an access request', method: 'POST', path: '/api/access-requests', body: { customer_id: 2, requester_name: 'Zainab', requester_email: 'zainab@example.com', channel: 'web_form' } },
  { name: 'an access request without a customer', method: 'POST', path: '/api/access-requests', body: { requester_name: 'Someone', requester_email: 'someone@example.com', channel: 'email' } },
  { name: 'verify nobody on a request without a customer', method: 'POST', path: '/api/access-requests/2/steps/start_verification', body: { version: 1 } },
  { name: 'start the identity check of an access request', method: 'POST', path: '/api/access-requests/1/steps/start_verification', body: { version: 1 } },
  { name: 'send the data before the identity is verified', method: 'POST', path: '/api/access-requests/1/steps/send_data', body: { version: 2 } },
  { name: 'create a correction request', method: 'POST', path: '/api/correction-requests', body: { customer_id: 2, requester_name: 'Zainab', requester_email: 'zainab@example.com', channel: 'email', requested_correction: 'My phone number is wrong' } },
  { name: 'a correction request without what is wrong', method: 'POST', path: '/api/correction-requests', body: { customer_id: 2, requester_name: 'Zainab', requester_email: 'zainab@example.com', channel: 'email' } },
  { name: 'record a correction before the identity check', method: 'POST', path: '/api/correction-requests/1/steps/record_correction', body: { version: 1, correction_made: 'Phone corrected' } },
  { name: 'list access requests by status', method: 'GET', path: `/api/access-requests${q({ filter: { status: ['verifying_identity'] } })}` },
  { name: 'create a draft referral', method: 'POST', path: '/api/authority-referrals', body: { customer_id: 2, activity: 'fraud', description: 'd', evidence: 'e', authority: 'Royal Oman Police', proposed_fields: ['full_name', 'email'] } },
  { name: 'list customers (defaults)', method: 'GET', path: '/api/customers' },
  { name: 'list customers sorted and paged', method: 'GET', path: `/api/customers${q({ sort: ['full_name', 'DESC'], range: [0, 1], filter: {} })}` },
  { name: 'list customers by username', method: 'GET', path: `/api/customers${q({ sort: ['username', 'ASC'], range: [0, 9] })}` },
  { name: 'sorting by a masked field', method: 'GET', path: `/api/customers${q({ sort: ['birth_date', 'ASC'] })}` },
  { name: 'search customers', method: 'GET', path: `/api/customers${q({ filter: { q: 'zainab' } })}` },
  { name: 'filter by boolean', method: 'GET', path: `/api/customers${q({ filter: { newsletter: true } })}` },
  { name: 'filter by date range', method: 'GET', path: `/api/customers${q({ filter: { created_at_gte: '2020-01-01', created_at_lte: '2999-01-01' } })}` },
  { name: 'a range filter on a masked field', method: 'GET', path: `/api/customers${q({ filter: { birth_date_gte: '2000-01-01' } })}` },
  { name: 'getMany', method: 'GET', path: `/api/customers${q({ filter: { id: [1, 3] } })}` },
  { name: 'getManyReference', method: 'GET', path: `/api/consent-requests${q({ sort: ['created_at', 'DESC'], range: [0, 24], filter: { customer_id: 3 } })}` },
  { name: 'a page past the end', method: 'GET', path: `/api/deletion-tickets${q({ range: [50, 74] })}` },
  { name: 'filter by several statuses', method: 'GET', path: `/api/authority-referrals${q({ filter: { status: ['draft', 'closed'] } })}` },
  { name: 'get one', method: 'GET', path: '/api/deletion-tickets/1' },
  { name: 'get a missing record', method: 'GET', path: '/api/customers/999' },
  { name: 'get with a bad id', method: 'GET', path: '/api/customers/1x' },
  { name: 'update', method: 'PUT', path: '/api/customers/1', body: { ...customer(1, { school: 'Evening classes' }), ...v1 } },
  { name: 'update sending masked values back', method: 'PUT', path: '/api/customers/1', body: { ...customer(1, { phone: '•••• 4567', id_number: '•••• 5671', address: '••••', birth_date: '••••' }), version: 2 } },
  { name: 'update with a stale version', method: 'PUT', path: '/api/customers/1', body: { ...customer(1), ...v1 } },
  { name: 'get the customer after updates', method: 'GET', path: '/api/customers/1' },
  { name: 'update the status by editing', method: 'PUT', path: '/api/deletion-tickets/1', body: { requester_name: 'A', requester_email: 'a@example.com', channel: 'email', scope: 'account', status: 'completed', ...v1 } },
  { name: 'update with invalid fields', method: 'PUT', path: '/api/customers/2', body: { ...customer(2, { email: 'nope' }), ...v1 } },
  { name: 'update without a version', method: 'PUT', path: '/api/customers/2', body: customer(2) },
  { name: 'submit the draft referral', method: 'POST', path: '/api/authority-referrals/1/steps/submit', body: { version: 1, note: 'Ready for review' } },
  { name: 'approve as an admin', method: 'POST', path: '/api/authority-referrals/1/steps/approve', body: { version: 2, opinion: 'Lawful and limited.', approved_fields: ['email'] } },
  { name: 'a step out of order', method: 'POST', path: '/api/deletion-tickets/1/steps/complete', body: { version: 1 } },
  { name: 'a step without its reason', method: 'POST', path: '/api/deletion-tickets/1/steps/reject', body: { version: 1 } },
  { name: 'a step on a stale version', method: 'POST', path: '/api/deletion-tickets/1/steps/start_verification', body: { version: 7 } },
  { name: 'an unknown step', method: 'POST', path: '/api/deletion-tickets/1/steps/shred', body: { version: 1 } },
  { name: 'assign the ticket to nobody known', method: 'POST', path: '/api/deletion-tickets/1/steps/assign', body: { version: 1, assignee: 'support.nobody' } },
  { name: 'assign the ticket', method: 'POST', path: '/api/deletion-tickets/1/steps/assign', body: { version: 1, assignee: 'test.support' } },
  { name: 'reject the ticket with a reason', method: 'POST', path: '/api/deletion-tickets/1/steps/reject', body: { version: 2, reason: 'Duplicate of an earlier ticket' } },
  { name: 'record a breach incident', method: 'POST', path: '/api/breach-incidents', body: { aware_at: '2026-11-19T22:30:00+04:00', description: 'Order addresses exposed by a public link.', data_categories: ['full_name', 'address'] } },
  { name: 'a breach aware in the future', method: 'POST', path: '/api/breach-incidents', body: { aware_at: '2999-01-01T00:00:00Z', description: 'Not yet.', data_categories: ['email'] } },
  { name: 'list breach incidents by status', method: 'GET', path: `/api/breach-incidents${q({ filter: { status: ['recorded', 'assessed'] }, sort: ['aware_at', 'DESC'] })}` },
  { name: 'the overdue breach incidents', method: 'GET', path: `/api/breach-incidents${q({ filter: { due_at_lte: '2026-11-23T00:00:00.000Z' }, sort: ['due_at', 'ASC'] })}` },
  { name: 'assess a breach', method: 'POST', path: '/api/breach-incidents/1/steps/assess', body: { version: 1, risk: 'high', risk_reasoning: 'Names with addresses allow targeted fraud.' } },
  { name: 'send a breach to legal without its texts', method: 'POST', path: '/api/breach-incidents/1/steps/submit_for_review', body: { version: 2 } },
  { name: 'approve a breach as an admin', method: 'POST', path: '/api/breach-incidents/1/steps/approve', body: { version: 2, opinion: 'The texts are accurate.' } },
  { name: 'a breach’s history', method: 'GET', path: `/api/workflow-history${q({ filter: { resource: 'breach-incidents', record_id: 1 } })}` },
  { name: 'preview the customers a breach affects', method: 'POST', path: '/api/breach-incidents/1/affected/preview', body: { filter: { newsletter: true } } },
  { name: 'widen a breach’s affected customers', method: 'POST', path: '/api/breach-incidents/1/affected', body: { filter: { newsletter: true }, wouldAdd: 1 } },
  { name: 'widen with a count that changed', method: 'POST', path: '/api/breach-incidents/1/affected', body: { filter: { q: 'kindi' }, wouldAdd: 3 } },
  { name: 'widen by a filter the customer list refuses', method: 'POST', path: '/api/breach-incidents/1/affected', body: { filter: { role: 'admin' }, wouldAdd: 0 } },
  { name: 'widen with an empty filter', method: 'POST', path: '/api/breach-incidents/1/affected/preview', body: { filter: {} } },
  { name: 'preview every customer', method: 'POST', path: '/api/breach-incidents/1/affected/preview', body: { all: true } },
  { name: 'a breach’s affected customers', method: 'GET', path: `/api/breach-incidents/1/affected${q({ range: [0, 9] })}` },
  { name: 'a breach’s mailing before it started', method: 'GET', path: '/api/breach-incidents/1/mailing' },
  { name: 'e-mail the people affected before the approval', method: 'POST', path: '/api/breach-incidents/1/steps/email_affected', body: { version: 2 } },
  { name: 'retry a mailing never started', method: 'POST', path: '/api/breach-incidents/1/mailing/retry', body: {} },
  { name: 'the mailing of a breach that does not exist', method: 'GET', path: '/api/breach-incidents/99/mailing' },
  { name: 'the Ministry notification before the approval', method: 'GET', path: '/api/breach-incidents/1/ministry-notification' },
  { name: 'the Ministry notification of a breach that does not exist', method: 'GET', path: '/api/breach-incidents/99/ministry-notification' },
  { name: 'a breach’s history after widening', method: 'GET', path: `/api/workflow-history${q({ filter: { resource: 'breach-incidents', record_id: 1 }, sort: ['id', 'DESC'], range: [0, 0] })}` },
  { name: 'create a service key', method: 'POST', path: '/api/service-keys', body: { name: 'Mailing tool', scopes: ['suppression_check', 'unsubscribe_links'] } },
  { name: 'a service key without a scope', method: 'POST', path: '/api/service-keys', body: { name: 'Nothing', scopes: [] } },
  { name: 'list service keys', method: 'GET', path: `/api/service-keys${q({ sort: ['created_at', 'DESC'], range: [0, 24], filter: { q: 'mailing' } })}` },
  { name: 'show a service key', method: 'GET', path: '/api/service-keys/1' },
  { name: 'rename a service key', method: 'PUT', path: '/api/service-keys/1', body: { name: 'Mailing tool (newsletter)', version: 1 } },
  { name: 'change a service key’s scopes', method: 'PUT', path: '/api/service-keys/1', body: { name: 'Mailing tool', scopes: ['unsubscribe_links'], version: 2 } },
  { name: 'revoke a service key on a stale version', method: 'POST', path: '/api/service-keys/1/revoke', body: { version: 7 } },
  { name: 'revoke a service key', method: 'POST', path: '/api/service-keys/1/revoke', body: { version: 3 } },
  { name: 'revoke a service key again', method: 'POST', path: '/api/service-keys/1/revoke', body: { version: 4 } },
  { name: 'rename a revoked service key', method: 'PUT', path: '/api/service-keys/1', body: { name: 'Old tool', version: 4 } },
  { name: 'delete a service key', method: 'DELETE', path: '/api/service-keys/1' },
  { name: 'a service call with a session but no key', method: 'POST', path: '/api/service/suppressed', body: { addresses: ['someone@example.com'] } },
  { name: 'a service call to no such service', method: 'GET', path: '/api/service/addresses' },
  { name: 'delete a customer', method: 'DELETE', path: '/api/customers/1' },
  { name: 'delete a submitted referral', method: 'DELETE', path: '/api/authority-referrals/1' },
  { name: 'bad sort field', method: 'GET', path: `/api/customers${q({ sort: ['secret', 'ASC'] })}` },
  { name: 'bad range', method: 'GET', path: '/api/customers?range=[5,1]' },
  { name: 'bad filter JSON', method: 'GET', path: '/api/customers?filter={' },
  { name: 'unknown filter', method: 'GET', path: `/api/customers${q({ filter: { role: 'admin' } })}` },
  { name: 'unknown resource', method: 'GET', path: '/api/payment-cards' },
  { name: 'a card number', method: 'POST', path: '/api/customers', body: customer(4, { address: '4111-1111-1111-1111' }) },
  { name: 'a password', method: 'POST', path: '/api/customers', body: customer(4, { password: 'x' }) },
  { name: 'an unknown field', method: 'POST', path: '/api/customers', body: customer(4, { role: 'admin' }) },
  { name: 'not JSON', method: 'POST', path: '/api/customers', body: 'a=b', contentType: 'text/plain' },
  { name: 'broken JSON', method: 'POST', path: '/api/customers', body: '{"a":', contentType: 'application/json' },
  // Last: PostgreSQL spends an id on a refused insert, after which the ids would differ.
  { name: 'a missing related customer', method: 'POST', path: '/api/deletion-tickets', body: { customer_id: 77, requester_name: 'X', requester_email: 'x@example.com', channel: 'email', scope: 'account' } },
  { name: 'a username taken', method: 'POST', path: '/api/customers', body: customer(1) },
  { name: 'a school for a child before the parent consents', method: 'PUT', path: '/api/customers/3', body: { ...customer(3, { birth_date: '2017-03-03', id_type: null, id_number: '', phone: '', address: null, newsletter: false, school: 'Indian School Muscat' }), version: 1 } },
  { name: 'the parent consents (staff record it)', method: 'POST', path: '/api/consent-requests/2/steps/grant', body: { version: 1, verification_method: 'signed_form', third_party_disclosure: false } },
  { name: 'a school for the child once the parent consented', method: 'PUT', path: '/api/customers/3', body: { ...customer(3, { birth_date: '2017-03-03', id_type: null, id_number: '', phone: '', address: null, newsletter: false, school: 'Indian School Muscat' }), version: 1 } },
];

// Played signed in as support, after the admin's steps: what support may not do is refused alike.
const supportSteps: Step[] = [
  { name: 'support previews a breach’s affected customers', method: 'POST', path: '/api/breach-incidents/1/affected/preview', body: { all: true } },
  { name: 'support widens them', method: 'POST', path: '/api/breach-incidents/1/affected', body: { all: true, wouldAdd: 1 } },
  { name: 'support reads them', method: 'GET', path: '/api/breach-incidents/1/affected' },
  { name: 'support reads a breach’s mailing', method: 'GET', path: '/api/breach-incidents/1/mailing' },
  { name: 'support retries it', method: 'POST', path: '/api/breach-incidents/1/mailing/retry', body: {} },
  { name: 'support downloads a breach’s Ministry notification', method: 'GET', path: '/api/breach-incidents/1/ministry-notification' },
  { name: 'support lists service keys', method: 'GET', path: '/api/service-keys' },
  { name: 'support creates a service key', method: 'POST', path: '/api/service-keys', body: { name: 'Mine', scopes: ['suppression_check'] } },
  { name: 'support revokes one', method: 'POST', path: '/api/service-keys/1/revoke', body: { version: 4 } },
];

interface Observed {
  status: number;
  contentRange: string | null;
  contentType: string | null;
  body: unknown;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// a new service key is random: its shape and its prefix's are what must match
const SERVICE_KEY_PREFIX = /^pdsk_[A-Za-z0-9_-]{7}$/;
const normaliseText = (text: string) =>
  TIMESTAMP.test(text) ? '<timestamp>' : SERVICE_KEY_SHAPE.test(text) ? '<service key>' : SERVICE_KEY_PREFIX.test(text) ? '<service key prefix>' : text;
const normalise = (value: unknown): unknown =>
  typeof value === 'string'
    ? normaliseText(value)
    : Array.isArray(value)
      ? value.map(normalise)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]))
        : value;

async function play(baseUrl: string, headers: Record<string, string> = {}, played: readonly Step[] = steps): Promise<Observed[]> {
  const observed: Observed[] = [];
  for (const step of played) {
    const init: RequestInit = { method: step.method, headers: { ...headers } };
    if (step.body !== undefined) {
      init.body = typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
      init.headers = { ...headers, 'content-type': step.contentType ?? 'application/json' };
    }
    const res = await fetch(baseUrl + step.path, init);
    observed.push({
      status: res.status,
      contentRange: res.headers.get('content-range'),
      contentType: res.headers.get('content-type')?.split(';')[0] ?? null,
      body: normalise(await res.json()),
    });
  }
  return observed;
}

describe('contract: MSW handlers answer exactly as the real server', () => {
  let real: Observed[];
  let mocked: Observed[];
  let realSupport: Observed[];
  let mockedSupport: Observed[];
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('pglite');
    // The mocks stand for a signed-in admin; the real server needs the session.
    real = await play(server.url, { cookie: await server.cookieFor('admin') });
    realSupport = await play(server.url, { cookie: await server.cookieFor('support') }, supportSteps);
    // Only now intercept: the handlers match any host, the real server included.
    // the same staff accounts as the test server, for assignments
    const staff = ROLES.map((role, i) => ({ id: i + 1, username: testUsername(role), display_name: `Test ${role}`, role, disabled: false }));
    const store = createMockStore({ staff });
    const msw = setupServer(...createHandlers(store, 'admin', { username: testUsername('admin'), fullName: 'Test admin' }));
    msw.listen({ onUnhandledRequest: 'error' });
    try {
      mocked = await play('http://mock.test');
      msw.resetHandlers(...createHandlers(store, 'support', { username: testUsername('support'), fullName: 'Test support' }));
      mockedSupport = await play('http://mock.test', {}, supportSteps);
    } finally {
      msw.close();
    }
  });
  afterAll(() => server?.close());

  it.each(steps.map((s, i) => [s.name, i] as const))('%s', (_name, i) => {
    expect(mocked[i]).toEqual(real[i]);
  });

  it('refuses a child’s withheld fields until the parent consents, then takes them', () => {
    const status = (name: string) => real[steps.findIndex((s) => s.name === name)].status;
    expect(status('a child with a school, phone, ID and address before consent')).toBe(400);
    expect(real[steps.findIndex((s) => s.name === 'a child with a school, phone, ID and address before consent')].body).toMatchObject({ errors: { school: 'Not collected before the parent consents' } });
    expect(status('register a child, with the parent')).toBe(201);
    expect(status('a school for a child before the parent consents')).toBe(400);
    expect(status('the parent consents (staff record it)')).toBe(200);
    expect(status('a school for the child once the parent consented')).toBe(200);
  });

  it.each(supportSteps.map((s, i) => [s.name, i] as const))('%s', (_name, i) => {
    expect(mockedSupport[i]).toEqual(realSupport[i]);
  });
});
