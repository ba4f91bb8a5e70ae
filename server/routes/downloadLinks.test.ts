import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerChild, step } from '../testing/workflows';
import { LINK_GONE, NOT_GRANTED } from '../../src/domain/downloadLinks';

describeOnEachDatabase('the parent’s download link', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const legal = suite.as('legal');

  const linkFor = (id: number, api = support) => api.call('POST', `/api/consent-requests/${id}/child-data-link`, {});
  /** the link in the newest mail to `address` */
  async function mailedLink(address: string): Promise<string> {
    await suite.deliver();
    const mail = suite.smtp.messages.filter((m) => m.to.includes(address)).at(-1)!;
    expect(mail.subject).toMatch(/^Your child’s data: /);
    return new URL(/(http\S+\/downloads\/\S+)/.exec(mail.text)![1]).pathname;
  }
  async function grantedChild(tag: string) {
    const { child, request } = await registerChild(support, tag);
    expect((await linkFor(request.id)).body).toEqual({ message: NOT_GRANTED });
    const granted = await step(support, 'consent-requests', request.id, 'grant', { verification_method: 'signed_form', third_party_disclosure: false });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    return { child, request, parent: `parent.${tag}@example.net` };
  }
  const page = (path: string, method = 'GET') => fetch(suite.server.url + path, { method });

  it('mails the verified parent a link that shows a page, hands over the child’s data once, and never again', async () => {
    const { child, request, parent } = await grantedChild('dlone');
    expect((await linkFor(request.id, legal)).status).toBe(403);
    const sent = await linkFor(request.id);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(Date.parse(sent.body.expires_at) - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000);
    const path = await mailedLink(parent);

    // opening the link (or a mail scanner following it) uses nothing up
    for (let i = 0; i < 2; i++) {
      const shown = await page(path);
      expect(shown.status).toBe(200);
      expect(await shown.text()).toContain('Download the data');
    }
    const [first, second] = await Promise.all([page(path, 'POST'), page(path, 'POST')]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 410]);
    const file = first.status === 200 ? first : second;
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="child-${child.id}-data.json"`);
    const data = JSON.parse(await file.text());
    // unmasked: the parent sees what the store holds
    expect(data.child).toMatchObject({ id: child.id, full_name: expect.stringContaining('dlone'), email: `zahra.dlone@example.org` });
    expect(data.consent_requests.map((r: { id: number }) => r.id)).toContain(request.id);
    expect((await page(path)).status).toBe(410);
    expect(await (await page(path, 'POST')).text()).toContain(LINK_GONE.slice(0, 40));

    const audit = await suite.db.query<{ action: string; staff_username: string; reason: string }>(
      "SELECT action, staff_username, reason FROM audit_log WHERE resource = 'customers' AND record_id = $1 AND action = 'export' ORDER BY id",
      [String(child.id)],
    );
    expect(audit.map((a) => a.staff_username)).toEqual(['test.support', 'parent']);
    const history = (await support.list('workflow-history', { filter: { resource: 'consent-requests', record_id: request.id }, sort: ['id', 'ASC'] })).body as { step: string }[];
    expect(history.at(-1)!.step).toBe('child_data_link_sent');
  });

  it('refuses an expired link, a made-up one, and hands nothing over once the child is erased', async () => {
    const { child, request, parent } = await grantedChild('dltwo');
    await linkFor(request.id);
    const expired = await mailedLink(parent);
    await suite.db.query("UPDATE download_links SET expires_at = now() - interval '1 second', created_at = now() - interval '8 days' WHERE record_id = $1", [request.id]);
    expect((await page(expired)).status).toBe(410);
    expect((await page(expired, 'POST')).status).toBe(410);
    for (const bad of ['/downloads/x', '/downloads/' + 'A'.repeat(43), '/downloads/%00', '/downloads/١٢٣']) expect((await page(bad, 'POST')).status).toBe(410);

    await linkFor(request.id);
    const fresh = await mailedLink(parent);
    await suite.db.query("UPDATE customers SET status = 'erased', full_name = NULL, username = NULL, email = NULL, phone = NULL, birth_date = NULL WHERE id = $1", [child.id]);
    expect((await page(fresh, 'POST')).status).toBe(410);
  });
});
