import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { childBirthDate, registerChild, secondInstance, step, uniqueCustomer } from '../testing/workflows';
import { remindUnsentNotices } from './unsentNoticeReminders';
import { MINIMISATION_REFUSAL, NOT_COLLECTED_BEFORE_CONSENT } from '../../src/domain/childMinimisation';

// COPPA data minimisation (issue 12): a child's record holds only what the parent's notice needs until
// the parent consents, and a notice that never went out is neither forgotten nor kept waiting forever.
describeOnEachDatabase('children’s data only after consent', (suite) => {
  const support = suite.as('support');
  const admin = suite.as('admin');

  it('refuses a child’s school, phone, ID, address and newsletter before consent, each by name, creating nothing', async () => {
    const res = await support.create('customers', { ...uniqueCustomer('min-full', { birth_date: childBirthDate() }), school: 'Al Sahwa School', parent_name: 'Parent', parent_email: 'parent.min-full@example.net' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(MINIMISATION_REFUSAL);
    expect(res.body.errors).toEqual({ phone: NOT_COLLECTED_BEFORE_CONSENT, id_type: NOT_COLLECTED_BEFORE_CONSENT, id_number: NOT_COLLECTED_BEFORE_CONSENT, address: NOT_COLLECTED_BEFORE_CONSENT, school: NOT_COLLECTED_BEFORE_CONSENT, newsletter: NOT_COLLECTED_BEFORE_CONSENT });
    expect(await suite.db.query("SELECT id FROM customers WHERE username = 'zahra.min-full'")).toEqual([]);
    expect(await suite.db.query("SELECT id FROM consent_requests WHERE parent_email = 'parent.min-full@example.net'")).toEqual([]);
    // an adult gives a school freely
    expect((await support.create('customers', uniqueCustomer('min-adult', { school: 'Sultan Qaboos University' }))).status).toBe(201);
  });

  it('accepts the school once the parent has consented, and refuses it again after a withdrawal', async () => {
    const { child, request } = await registerChild(support, 'min-grant');
    const edit = async (values: Record<string, unknown>) => {
      const current = (await support.get('customers', child.id)).body;
      return support.update('customers', child.id, { ...current, ...values, version: current.version });
    };
    const early = await edit({ school: 'Al Sahwa School' });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual({ school: NOT_COLLECTED_BEFORE_CONSENT });
    // the name may be corrected before consent
    expect((await edit({ full_name: 'Zahra bint Khalfan Al Wahaibi' })).status).toBe(200);

    expect((await step(support, 'consent-requests', request.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false })).status).toBe(200);
    const granted = await edit({ school: 'Al Sahwa School', phone: '+96891234567' });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    expect((await suite.db.query('SELECT school, phone FROM customers WHERE id = $1', [child.id]))[0]).toEqual({ school: 'Al Sahwa School', phone: '+96891234567' });

    expect((await step(support, 'consent-requests', request.id, 'withdraw')).status).toBe(200);
    // what is held stays until a deletion ticket erases it; nothing new is collected
    expect((await edit({ full_name: 'Zahra Al Wahaibi' })).status).toBe(200);
    expect((await edit({ address: 'Way 1, Muscat' })).body.errors).toEqual({ address: NOT_COLLECTED_BEFORE_CONSENT });
  });

  it('reminds admins and support with an address once, a business day after a notice was not sent, even with two instances', async () => {
    expect((await admin.create('staff', { username: 'min.support', display_name: 'Muna Al Rawahi', email: 'muna@store.example', role: 'support', password: 'a long enough passphrase' })).status).toBe(201);
    expect((await admin.create('staff', { username: 'min.legal', display_name: 'Laila Al Kindi', email: 'laila@store.example', role: 'legal', password: 'a long enough passphrase' })).status).toBe(201);
    const { request: unsent } = await registerChild(support, 'min-unsent');
    const { request: sent } = await registerChild(support, 'min-sent');
    expect((await step(support, 'consent-requests', sent.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false })).status).toBe(200);
    const options = { publicUrl: 'https://desk.example' };

    // the same day: not yet
    expect(await remindUnsentNotices(suite.db, options)).toBe(0);
    const weekOn = { ...options, now: () => new Date(Date.now() + 7 * 24 * 3600_000) };
    const other = await secondInstance(suite.db);
    const [a, b] = await Promise.all([remindUnsentNotices(suite.db, weekOn), remindUnsentNotices(other.db, weekOn)]);
    await other.close();
    const mine = await suite.db.query<{ to_address: string; subject: string; body: string }>(
      "SELECT to_address, subject, body FROM outbox WHERE kind = 'due_reminder' AND resource = 'consent-requests' AND record_id = $1 ORDER BY to_address",
      [unsent.id],
    );
    expect(a + b).toBe(1);
    expect(mine.map((m) => m.to_address)).toContain('muna@store.example');
    expect(mine.map((m) => m.to_address)).not.toContain('laila@store.example');
    expect(new Set(mine.map((m) => m.to_address)).size).toBe(mine.length);
    expect(mine[0].subject).toBe(`Consent request #${unsent.id}: the parent's notice has not been sent`);
    expect(mine[0].body).toContain(`https://desk.example/#/consent-requests/${unsent.id}/show`);
    // staff mail names the request, never the child or the parent
    expect(JSON.stringify(mine)).not.toMatch(/min-unsent|Zahra|Parent/);
    expect(await suite.db.query("SELECT id FROM outbox WHERE kind = 'due_reminder' AND resource = 'consent-requests' AND record_id = $1", [sent.id])).toEqual([]);
    expect((await suite.db.query('SELECT reminded_unsent_at FROM consent_requests WHERE id = $1', [unsent.id]))[0].reminded_unsent_at).not.toBeNull();
    // once only
    expect(await remindUnsentNotices(suite.db, weekOn)).toBe(0);
  });
});
