import { allowConsoleErrors, expect, test } from './fixtures';
import { apiGet, choose, chooseCustomer, mailTo, openStep, shownField, shownId, submitStep } from './support';

test('a deletion ticket goes from intake to a verified erasure, with the code and the confirmation by e-mail', async ({ page, request }) => {
  // Base 36: a 13-digit timestamp may pass the Luhn check and be refused as a payment card number.
  const run = Date.now().toString(36);
  const fullName = `Nasser bin Ali Al Busaidi ${run}`;
  const username = `nasser.e2e.${run}`;
  const email = `nasser.e2e.${run}@example.com`;

  // The customer, created through the form.
  await page.goto('/#/customers/create');
  await page.getByRole('textbox', { name: 'Full name' }).fill(fullName);
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByRole('textbox', { name: 'Phone' }).fill('+968 9234 5678');
  await page.getByRole('textbox', { name: 'Residential address' }).fill('Way 3021, House 7, Al Mawaleh, Seeb, Muscat');
  await page.getByRole('textbox', { name: 'School' }).fill('Sultan Qaboos University');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/customers\/\d+\/show$/);
  const customerId = shownId(page, 'customers');
  const customer = await apiGet(request, 'customers', customerId);
  expect(customer).toMatchObject({ full_name: fullName, email, status: 'active' });

  // Intake: the customer asked by e-mail to delete their whole account.
  await page.goto('/#/deletion-tickets/create');
  await chooseCustomer(page, 'Customer', customer);
  await page.getByRole('textbox', { name: 'Requester', exact: true }).fill(fullName);
  await page.getByRole('textbox', { name: "Requester's e-mail" }).fill(email);
  await choose(page, 'Channel', 'E-mail');
  await choose(page, 'What to delete', 'Whole account');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/deletion-tickets\/\d+\/show$/);
  const ticketId = shownId(page, 'deletion-tickets');
  await expect(shownField(page, 'status')).toHaveText('StatusNew');
  await expect(shownField(page, 'scope')).toHaveText('What to deleteWhole account');

  // Identity first: a one-time code to the address the store knows for the customer.
  await openStep(page, 'Start identity check');
  await submitStep(page, 'Start identity check', 'Identity check started');
  await expect(shownField(page, 'status')).toHaveText('StatusVerifying identity');

  await openStep(page, 'E-mail a one-time code');
  await submitStep(page, 'E-mail a one-time code', 'Code queued for the customer’s address');
  await expect.poll(async () => (await mailTo(email)).map((m) => m.subject), { timeout: 15_000 }).toEqual(['Your verification code for your deletion request']);
  const [codeMail] = await mailTo(email);
  const code = /give this code to our support staff: (\d{6})/.exec(codeMail.text)?.[1];
  expect(code, codeMail.text).toMatch(/^\d{6}$/);

  // A wrong code is refused in the dialog, and nothing moves.
  allowConsoleErrors(/status of 400 \(Bad Request\) \(http[^ ]*\/steps\/verify_identity\)/);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const verify = await openStep(page, 'Record identity verified');
  await choose(page, 'How the identity was verified', 'One-time code by e-mail');
  await verify.getByRole('textbox', { name: 'One-time code' }).fill(wrong);
  await verify.getByRole('button', { name: 'Record identity verified', exact: true }).click();
  await expect(verify.getByRole('alert')).toHaveText('The code is wrong or has expired: send a new one');
  await expect(verify).toBeVisible();
  expect((await apiGet(request, 'deletion-tickets', ticketId)).status).toBe('verifying_identity');

  // The code the customer received goes through.
  await verify.getByRole('textbox', { name: 'One-time code' }).fill(code!);
  await submitStep(page, 'Record identity verified', 'Identity verified');
  await expect(shownField(page, 'status')).toHaveText('StatusIn progress');
  await expect(shownField(page, 'identity_method')).toHaveText('Identity verified byOne-time code by e-mail');

  // Completing the ticket erases the customer and confirms by e-mail.
  await openStep(page, 'Complete and erase');
  await submitStep(page, 'Complete and erase', 'Ticket completed: the data is erased');
  await expect(shownField(page, 'status')).toHaveText('StatusCompleted');
  await expect(page.getByRole('group', { name: 'Workflow steps' })).toHaveCount(0);
  const history = page.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(history).toHaveCount(4);
  await expect(history.nth(0)).toContainText('Start identity check: New → Verifying identity');
  await expect(history.nth(3)).toContainText('Complete and erase: In progress → Completed');

  await expect
    .poll(async () => (await mailTo(email)).map((m) => m.subject), { timeout: 15_000 })
    .toEqual(['Your verification code for your deletion request', 'Your deletion request is complete']);
  expect((await mailTo(email))[1].text).toContain('we have deleted your account and all the personal data we held about you');

  // The customer is a tombstone, on screen and through the API.
  await page.goto(`/#/customers/${customerId}/show`);
  await expect(page.getByRole('heading', { name: `Erased customer #${customerId}` })).toBeVisible();
  await expect(shownField(page, 'status')).toHaveText('StatusErased');
  await expect(page.getByText(fullName)).toHaveCount(0);
  await expect(page.getByText(email)).toHaveCount(0);

  const erased = await apiGet(request, 'customers', customerId);
  expect(erased).toMatchObject({
    status: 'erased',
    full_name: null,
    username: null,
    email: null,
    phone: null,
    birth_date: null,
    id_type: null,
    id_number: null,
    address: null,
    school: null,
    newsletter: false,
  });
  const ticket = await apiGet(request, 'deletion-tickets', ticketId);
  expect(ticket).toMatchObject({ status: 'completed', identity_method: 'email_code', requester_name: null, requester_email: null, requester_phone: null });
  expect(ticket.completed_at).toBeTruthy();
});
