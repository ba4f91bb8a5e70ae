import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { step, uniqueCustomer } from '../testing/workflows';
import { NO_CUSTOMER } from '../../src/domain/accessWorkflow';

const R = 'access-requests';

describeOnEachDatabase('access requests', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const legal = suite.as('legal');

  async function requestFor(tag: string) {
    const typed = uniqueCustomer(tag);
    const customer = (await support.create('customers', typed)).body;
    // the request came from another address than the one on file: the data goes to the one on file
    const created = await support.create(R, { customer_id: customer.id, requester_name: typed.full_name, requester_email: `other.${tag}@example.net`, channel: 'live_chat' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return { typed, customer, request: created.body };
  }
  const lastMailTo = async (address: string) => {
    await suite.deliver();
    return suite.smtp.messages.filter((m) => m.to.includes(address)).at(-1);
  };

  it('proves the requester by a code to the customer’s own address, then mails them a single-use link to all their data', async () => {
    const { typed, customer, request } = await requestFor('accone');
    expect(request).toMatchObject({ status: 'new', due_rule: 'Response period (the deletion period set in settings): 30 days (PDPL maximum 45)' });
    // due by the end of the Muscat day 30 calendar days after it was received
    const muscatDay = (t: string) => Math.floor((Date.parse(t) + 4 * 3_600_000) / 86_400_000);
    expect(muscatDay(request.due_at) - muscatDay(request.received_at)).toBe(30);
    expect((await step(legal, R, request.id, 'start_verification')).status).toBe(403);
    expect((await step(support, R, request.id, 'send_data')).status).toBe(409);

    await step(support, R, request.id, 'start_verification');
    await step(support, R, request.id, 'send_identity_code');
    const codeMail = (await lastMailTo(typed.email))!;
    expect(codeMail.subject).toBe('Your verification code for your request for your data');
    const code = /code[^\d]*(\d{6})/.exec(codeMail.text)![1];
    expect((await step(support, R, request.id, 'verify_identity', { identity_method: 'email_code', code: code === '000000' ? '111111' : '000000' })).status).toBe(400);
    expect((await step(support, R, request.id, 'verify_identity', { identity_method: 'email_code', code })).body).toMatchObject({ status: 'in_progress', identity_method: 'email_code' });

    const sent = await step(support, R, request.id, 'send_data', { note: 'Link mailed' });
    expect(sent.body).toMatchObject({ status: 'completed', completed_at: expect.any(String), link_expires_at: expect.any(String) });
    const linkMail = (await lastMailTo(typed.email))!;
    expect(linkMail.subject).toBe('A copy of your data');
    expect(suite.smtp.messages.filter((m) => m.to.includes(`other.accone@example.net`))).toHaveLength(0);
    const path = new URL(/(http\S+\/downloads\/\S+)/.exec(linkMail.text)![1]).pathname;

    expect(await (await fetch(suite.server.url + path)).text()).toContain('Your data');
    const file = await fetch(suite.server.url + path, { method: 'POST' });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="data-${customer.id}.json"`);
    const data = JSON.parse(await file.text());
    // unmasked, as the store holds it
    expect(data.customer).toMatchObject({ id: customer.id, email: typed.email, phone: typed.phone, id_number: typed.id_number, address: typed.address });
    expect(data.access_requests.map((r: { id: number }) => r.id)).toEqual([request.id]);
    expect(data.mail_sent.map((m: { subject: string }) => m.subject)).toContain('Your verification code for your request for your data');
    expect(data.summary).toContain(`E-mail: ${typed.email}`);
    expect((await fetch(suite.server.url + path, { method: 'POST' })).status).toBe(410);
    expect((await support.update(R, request.id, { ...sent.body, notes: 'late' })).status).toBe(409);
  });

  it('checks the identity again when whose data, or who asked, changes after the check', async () => {
    const { request } = await requestFor('acctwo');
    const other = (await support.create('customers', uniqueCustomer('acctwob'))).body;
    await step(support, R, request.id, 'start_verification');
    const verified = await step(support, R, request.id, 'verify_identity', { identity_method: 'phone_callback', note: 'Called the number on file' });
    expect(verified.body.status).toBe('in_progress');
    const notes = await support.update(R, request.id, { ...verified.body, notes: 'Asked by phone too' });
    expect(notes.body).toMatchObject({ status: 'in_progress', identity_method: 'phone_callback' });
    const moved = await support.update(R, request.id, { ...notes.body, customer_id: other.id });
    expect(moved.body).toMatchObject({ status: 'verifying_identity', identity_method: null, identity_verified_at: null });
    expect((await step(support, R, request.id, 'send_data')).status).toBe(409);
    const history = (await support.list('workflow-history', { filter: { resource: R, record_id: request.id }, sort: ['id', 'ASC'] })).body as { step: string }[];
    expect(history.at(-1)!.step).toBe('restart_verification');
  });

  it('needs a linked customer before any check, and tells the requester when it is refused', async () => {
    const created = await support.create(R, { requester_name: 'Unknown person', requester_email: 'unknown.acc@example.net', channel: 'email' });
    expect((await step(support, R, created.body.id, 'start_verification')).body).toEqual({ message: NO_CUSTOMER });
    const rejected = await step(support, R, created.body.id, 'reject', { reason: 'We hold no data under this address' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejection_reason: 'We hold no data under this address' });
    const told = (await lastMailTo('unknown.acc@example.net'))!;
    expect(told.subject).toBe('We did not send you a copy of your data');
    expect(told.text).toContain('The reason: We hold no data under this address');
    expect((await legal.list(R)).status).toBe(200);
    expect((await legal.create(R, { requester_name: 'X', requester_email: 'x@example.net', channel: 'email' })).status).toBe(403);
  });
});
