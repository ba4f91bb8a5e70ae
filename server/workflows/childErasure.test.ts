import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerChild, step } from '../testing/workflows';
import { CONTACTS_ERASED } from '../../src/domain/consentWorkflow';

// A parent asks to delete their child's data: the child is erased, and the child's consent request,
// its contacts gone, can no longer send a notice or record an answer.
describeOnEachDatabase('a consent request after its child was erased', (suite) => {
  const support = suite.as('support');

  it('offers no step and refuses each with a plain 409', async () => {
    const { child, request } = await registerChild(support, 'gone1');
    const ticket = (
      await support.create('deletion-tickets', { customer_id: child.id, requester_name: 'Parent gone1', requester_email: request.parent_email, channel: 'email', scope: 'child_data' })
    ).body;
    await step(support, 'deletion-tickets', ticket.id, 'start_verification');
    expect((await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'id_document', note: 'Parent’s ID seen' })).status).toBe(200);
    expect((await step(support, 'deletion-tickets', ticket.id, 'complete')).status).toBe(200);

    const after = (await support.get('consent-requests', request.id)).body;
    expect(after).toMatchObject({ status: 'awaiting_notice', parent_email: null, child_name: null });
    expect(after.contact_erased_at).not.toBeNull();
    for (const name of ['send_notice', 'grant', 'refuse']) {
      const refused = await step(support, 'consent-requests', request.id, name, { verification_method: 'signed_form', third_party_disclosure: false });
      expect(refused.status, name).toBe(409);
      expect(refused.body.message).toBe(CONTACTS_ERASED);
    }
    const [{ n }] = await suite.db.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox WHERE kind = 'consent_notice' AND record_id = $1", [request.id]);
    expect(n).toBe(0);
  });
});
