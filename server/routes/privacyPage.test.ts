import { expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult } from '../testing/workflows';
import { isSuppressed } from '../mail/outbox';
import { PUBLIC_LIMITS } from '../../src/domain/publicRequests';

describeOnEachDatabase('the public privacy page', { smtp: true }, (suite) => {
  const admin = suite.as('admin');
  const post = (path: string, form: Record<string, string> = {}) =>
    fetch(suite.server.url + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  const ask = (email: string, kind = 'delete_account', name = '') => post('/privacy/requests', { email, kind, name });
  const forget = () => suite.db.query('DELETE FROM public_requests WHERE ticket_id IS NULL');
  async function confirmationPath(address: string): Promise<string> {
    await suite.deliver();
    const mail = suite.smtp.messages.filter((m) => m.to.includes(address)).at(-1)!;
    expect(mail.subject).toMatch(/^Confirm your request to /);
    return new URL(/(http\S+\/privacy\/confirm\/\S+)/.exec(mail.text)![1]).pathname;
  }

  it('answers a customer’s address and an unknown one alike, in content and in time', async () => {
    const customer = await registerAdult(admin, 'pubsame');
    const known = String((await suite.db.query<{ email: string }>('SELECT email FROM customers WHERE id = $1', [customer.id]))[0].email);
    const unknown = 'nobody.pubsame@example.org';
    const [a, b] = [await ask(known), await ask(unknown)];
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await a.text()).toBe(await b.text());
    await forget();

    // many tries, alternating, the limits cleared in between: the medians stay within a few milliseconds
    const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 30; i++) {
      for (const [which, address] of [['known', known], ['unknown', unknown]] as const) {
        const t0 = performance.now();
        expect((await ask(address)).status).toBe(200);
        times[which].push(performance.now() - t0);
        await forget();
      }
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const [mk, mu] = [median(times.known), median(times.unknown)];
    console.log(`${suite.kind}: median answer ${mk.toFixed(1)} ms for a customer's address, ${mu.toFixed(1)} ms for an unknown one (30 tries each)`);
    expect(Math.abs(mk - mu)).toBeLessThan(Math.max(10, 0.5 * Math.min(mk, mu)));
  });

  it('opens a deletion ticket only once the mailed link is confirmed, once, with the address proven', async () => {
    const address = 'pub.delete@example.org';
    expect((await ask(address, 'delete_account', 'Huda Al Rawahi')).status).toBe(200);
    const path = await confirmationPath(address);
    expect(await (await fetch(suite.server.url + path)).text()).toContain('Confirm my request');
    const before = (await admin.list('deletion-tickets', { filter: { q: address } })).body;
    expect(before).toHaveLength(0);
    const [first, second] = await Promise.all([post(path), post(path)]);
    expect([first.status, second.status].sort()).toEqual([200, 410]);
    const [ticket] = (await admin.list('deletion-tickets', { filter: { q: address } })).body;
    expect(ticket).toMatchObject({ requester_name: 'Huda Al Rawahi', requester_email: address, channel: 'web_form', scope: 'account', status: 'new', due_at: expect.any(String) });
    expect((await fetch(suite.server.url + path)).status).toBe(410);
    // the address is not kept in the waiting requests once it is on the ticket
    const [kept] = await suite.db.query<{ email: string | null }>('SELECT email FROM public_requests WHERE ticket_id = $1', [ticket.id]);
    expect(kept.email).toBeNull();
  });

  it('opens an access request for a copy of one’s data, by the web form, about the customer whose address it is', async () => {
    const address = 'pub.access@example.org';
    expect((await ask(address, 'access', 'Salma Al Hinai')).status).toBe(200);
    expect((await post(await confirmationPath(address))).status).toBe(200);
    const [request] = (await admin.list('access-requests', { filter: { q: address } })).body;
    expect(request).toMatchObject({ requester_name: 'Salma Al Hinai', requester_email: address, channel: 'web_form', status: 'new', due_at: expect.any(String), customer_id: null });

    const customer = await registerAdult(admin, 'pubaccess');
    const own = String((await suite.db.query<{ email: string }>('SELECT email FROM customers WHERE id = $1', [customer.id]))[0].email);
    await ask(own.toUpperCase(), 'access');
    expect((await post(await confirmationPath(own))).status).toBe(200);
    const [linked] = (await admin.list('access-requests', { filter: { customer_id: customer.id } })).body;
    expect(linked).toMatchObject({ requester_email: own, customer_id: customer.id });
    expect((await admin.list('deletion-tickets', { filter: { q: address } })).body).toHaveLength(0);
  });

  it('opens a correction request with what the person says is wrong, and asks for it when missing', async () => {
    const address = 'pub.correct@example.org';
    const missing = await post('/privacy/requests', { email: address, kind: 'correction', details: '' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Say what is wrong, so we know what to correct');
    expect((await post('/privacy/requests', { email: address, kind: 'correction', details: 'My surname is Al Hinai, not Al Hanai' })).status).toBe(200);
    expect((await post(await confirmationPath(address))).status).toBe(200);
    const [request] = (await admin.list('correction-requests', { filter: { q: address } })).body;
    expect(request).toMatchObject({ requester_email: address, channel: 'web_form', requested_correction: 'My surname is Al Hinai, not Al Hanai', status: 'new' });
    const [kept] = await suite.db.query<{ details: string | null }>('SELECT details FROM public_requests WHERE correction_request_id = $1', [request.id]);
    expect(kept.details).toBeNull();
  });

  it('stops marketing mail at once on confirmation', async () => {
    const address = 'pub.marketing@example.org';
    await ask(address, 'stop_marketing');
    expect(await isSuppressed(suite.db, address)).toBe(false);
    expect((await post(await confirmationPath(address))).status).toBe(200);
    expect(await isSuppressed(suite.db, address)).toBe(true);
    const [ticket] = (await admin.list('deletion-tickets', { filter: { q: address } })).body;
    expect(ticket).toMatchObject({ channel: 'web_form', scope: 'marketing_email' });
  });

  it('limits each address, even 20 requests at once, and says when to come back', async () => {
    await forget();
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask('pub.flood@example.org')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PUBLIC_LIMITS.perAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - PUBLIC_LIMITS.perAddress);
    expect(Number(answers.find((a) => a.status === 429)!.headers.get('retry-after'))).toBeGreaterThan(0);
    await suite.deliver();
    expect(suite.smtp.messages.filter((m) => m.to.includes('pub.flood@example.org'))).toHaveLength(PUBLIC_LIMITS.perAddress);
    await forget();
  });

  it('refuses bad input with a message and records nothing', async () => {
    const [{ n: before }] = await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM public_requests');
    for (const [form, message] of [
      [{ email: '', kind: 'delete_account' }, 'That is not an e-mail address'],
      [{ email: 'not an address', kind: 'delete_account' }, 'That is not an e-mail address'],
      [{ email: 'a@example.org', kind: 'erase_everyone' }, 'Choose what you want us to do'],
      [{ email: 'a@example.org' }, 'Choose what you want us to do'],
      [{ email: '١٢٣@example.org', kind: 'delete_account' }, 'That is not an e-mail address'],
    ] as const) {
      const res = await post('/privacy/requests', form as Record<string, string>);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(message);
    }
    const [{ n: after }] = await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM public_requests');
    expect(after).toBe(before);
    for (const bad of ['/privacy/confirm/x', '/privacy/confirm/' + 'A'.repeat(43), '/privacy/confirm/%00']) expect((await post(bad)).status).toBe(410);
  });
});
