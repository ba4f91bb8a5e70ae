import { expect, test } from './fixtures';
import {
  apiGet,
  apiTotal,
  changeInBackground,
  openStep,
  submitStep,
  choose,
  expectConflictOnSave,
  expectListTotal,
  listRows,
  muscatDay,
  saveAndExpectShow,
} from './support';

// Seeded tickets each test owns: 6 is edited, 7 is the conflict; 2 only lends its customer to a filter.
const EDITED = 6;
const CONFLICTED = 7;
const OF_CUSTOMER = 2;

test.describe('deletion tickets', () => {
  test('list, status filter and search, open, edit and see the change', async ({ page, request }) => {
    const ticket = await apiGet(request, 'deletion-tickets', EDITED);
    const all = await apiTotal(request, 'deletion-tickets');
    const status = String(ticket.status);
    const sameStatus = await apiTotal(request, 'deletion-tickets', { status });
    const requester = String(ticket.requester_email);
    const found = await apiTotal(request, 'deletion-tickets', { status, q: requester });
    expect(status).toBe('new');
    expect(sameStatus).toBeLessThan(all);

    await page.goto('/#/deletion-tickets');
    await expectListTotal(page, all);
    await choose(page, 'Status', 'New');
    await expectListTotal(page, sameStatus);
    const rows = listRows(page);
    await expect(rows.first()).toContainText('New');
    for (const other of ['Verifying identity', 'In progress', 'Completed', 'Rejected']) {
      await expect(rows.filter({ hasText: other })).toHaveCount(0);
    }

    await page.getByRole('textbox', { name: 'Search' }).fill(requester);
    await expectListTotal(page, found);
    const row = rows.filter({ has: page.getByRole('cell', { name: String(EDITED), exact: true }) });
    await row.getByRole('link', { name: 'Show' }).click();

    await expect(page).toHaveURL(new RegExp(`#/deletion-tickets/${EDITED}/show$`));
    await expect(page.getByRole('link', { name: requester })).toBeVisible();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(new RegExp(`#/deletion-tickets/${EDITED}$`));

    await expect(page.getByRole('textbox', { name: 'Requester', exact: true })).toHaveValue(String(ticket.requester_name));
    await page.getByRole('textbox', { name: 'Notes' }).fill('Identity to be checked by a call to the number on the account.');
    await saveAndExpectShow(page, 'deletion-tickets', EDITED);
    await expect(page.getByText('Identity to be checked by a call to the number on the account.')).toBeVisible();

    // the assignment is a workflow step: the dialog offers the staff who work tickets, by name, and the history keeps it
    const assign = await openStep(page, 'Assign');
    await assign.getByRole('combobox', { name: 'Assign to' }).click();
    const offered = await page.getByRole('option').allTextContents();
    expect(offered).toContain('Maryam Al Riyami (support)');
    expect(offered.some((o) => o.includes('(legal)'))).toBe(false);
    await page.getByRole('option', { name: 'Maryam Al Riyami (support)' }).click();
    await submitStep(page, 'Assign', 'Ticket assigned');
    await expect(page.getByText('support', { exact: true })).toBeVisible();
    await expect(page.getByText('Assign: New → New')).toBeVisible();
    await expect(page.getByText(/Assigned to support/)).toBeVisible();
  });

  test('filter by a received-date range and by the related customer', async ({ page, request }) => {
    const from = muscatDay(30);
    const until = muscatDay(10);
    const all = await apiTotal(request, 'deletion-tickets');
    const since = await apiTotal(request, 'deletion-tickets', { received_at_gte: from });
    const inRange = await apiTotal(request, 'deletion-tickets', { received_at_gte: from, received_at_lte: until });
    expect(inRange).toBeGreaterThan(0);
    expect(inRange).toBeLessThan(since);
    expect(since).toBeLessThan(all);

    await page.goto('/#/deletion-tickets');
    await expectListTotal(page, all);
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Received from' }).click();
    await page.getByRole('textbox', { name: 'Received from' }).fill(from);
    // Each filter is applied (debounced) before the next one is added.
    await expectListTotal(page, since);
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Received until' }).click();
    await page.getByRole('textbox', { name: 'Received until' }).fill(until);
    await expectListTotal(page, inRange);
    await expect(page).toHaveURL(new RegExp(`received_at_lte%22%3A%22${until}`));

    // The related-customer filter, as a link from elsewhere would open it.
    const ticket = await apiGet(request, 'deletion-tickets', OF_CUSTOMER);
    const customer = await apiGet(request, 'customers', Number(ticket.customer_id));
    const ofCustomer = await apiTotal(request, 'deletion-tickets', { customer_id: customer.id });
    await page.goto(`/#/deletion-tickets?filter=${encodeURIComponent(JSON.stringify({ customer_id: customer.id }))}`);
    await expectListTotal(page, ofCustomer);
    await expect(listRows(page)).toHaveCount(ofCustomer);
    for (const row of await listRows(page).all()) {
      await expect(row.getByRole('link', { name: String(customer.full_name) })).toBeVisible();
    }
    await expect(page.getByRole('combobox', { name: 'Customer' })).toHaveValue(`${String(customer.full_name)} (#${customer.id})`);
  });

  test('create a deletion ticket through the form (a card number in the notes is refused first)', async ({ page }) => {
    await page.goto('/#/deletion-tickets');
    await page.getByRole('link', { name: 'Create' }).click();
    await expect(page).toHaveURL(/#\/deletion-tickets\/create$/);

    await page.getByRole('textbox', { name: 'Requester', exact: true }).fill('Hamed bin Saif Al Riyami');
    await page.getByRole('textbox', { name: "Requester's e-mail" }).fill('hamed.e2e.riyami@example.net');
    await choose(page, 'Channel', 'Live chat');
    await choose(page, 'What to delete', 'Marketing e-mail address');
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.fill('Paid with 4111-1111-1111-1111, wants mails to stop');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Payment card numbers must not be stored in Privacy Desk')).toBeVisible();
    await expect(page).toHaveURL(/#\/deletion-tickets\/create$/);

    await notes.fill('Wants every marketing mail to stop.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#\/deletion-tickets\/\d+\/show$/);
    await expect(page.getByText('Hamed bin Saif Al Riyami', { exact: true })).toBeVisible();
    await expect(page.getByText('Marketing e-mail address', { exact: true })).toBeVisible();
    await expect(page.getByText('Live chat', { exact: true })).toBeVisible();
    await expect(page.getByText('New', { exact: true })).toBeVisible();
  });

  test('a save that conflicts with a change made meanwhile shows the conflict and keeps the form', async ({ page, request }) => {
    const ticket = await apiGet(request, 'deletion-tickets', CONFLICTED);
    await page.goto(`/#/deletion-tickets/${CONFLICTED}`);
    await expect(page.getByRole('textbox', { name: 'Requester', exact: true })).toHaveValue(String(ticket.requester_name));

    await changeInBackground(request, 'deletion-tickets', CONFLICTED, { notes: 'Called back by a colleague' });
    await expectConflictOnSave(page, new RegExp(`#/deletion-tickets/${CONFLICTED}$`), page.getByRole('textbox', { name: 'Notes' }), 'My note');
    expect((await apiGet(request, 'deletion-tickets', CONFLICTED)).notes).toBe('Called back by a colleague');
  });
});
