import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { step, uniqueCustomer } from '../testing/workflows';

const R = 'correction-requests';

describeOnEachDatabase('correction requests', { smtp: true }, (suite) => {
  const support = suite.as('support');
  const legal = suite.as('legal');
  const lastMailTo = async (address: string) => {
    await suite.deliver();
    return suite.smtp.messages.filter((m) => m.to.includes(address)).at(-1);
  };

  it('proves the requester, lets staff correct the record by its usual edit, and tells the requester what changed', async () => {
    const typed = uniqueCustomer('corone');
    const customer = (await support.create('customers', typed)).body;
    const created = await support.create(R, { customer_id: customer.id, requester_name: typed.full_name, requester_email: typed.email, channel: 'email', requested_correction: 'My address is Way 12, House 4, Seeb' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as number;
    expect(created.body.due_rule).toMatch(/^Response period/);
    expect((await step(legal, R, id, 'start_verification')).status).toBe(403);
    await step(support, R, id, 'start_verification');
    expect((await step(support, R, id, 'record_correction', { correction_made: 'Address' })).status).toBe(409);
    await step(support, R, id, 'verify_identity', { identity_method: 'phone_callback', note: 'Called the number on file' });

    // the correction itself: the customer's usual, audited, conflict-safe edit
    const current = (await support.get('customers', customer.id)).body;
    const edited = await support.update('customers', customer.id, { ...current, phone: typed.phone, id_number: typed.id_number, birth_date: typed.birth_date, address: 'Way 12, House 4, Seeb' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const done = await step(support, R, id, 'record_correction', { correction_made: 'Residential address changed to Way 12, House 4, Seeb' });
    expect(done.body).toMatchObject({ status: 'completed', correction_made: 'Residential address changed to Way 12, House 4, Seeb' });
    const told = (await lastMailTo(typed.email))!;
    expect(told.subject).toBe('We corrected your data');
    expect(told.text).toContain('What we changed: Residential address changed to Way 12, House 4, Seeb');
  });

  it('tells the requester the reason when it is refused', async () => {
    const created = await support.create(R, { requester_name: 'Someone', requester_email: 'someone.cor@example.net', channel: 'email', requested_correction: 'Change my name' });
    await step(support, R, created.body.id, 'reject', { reason: 'We hold no data under this address' });
    const told = (await lastMailTo('someone.cor@example.net'))!;
    expect(told.subject).toBe('We did not correct your data');
    expect(told.text).toContain('The reason: We hold no data under this address');
    expect((await support.create(R, { requester_name: 'X', requester_email: 'x@example.net', channel: 'email' })).status).toBe(400);
  });
});
