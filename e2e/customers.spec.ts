import { expect, test } from './fixtures';
import { apiGet, apiTotal, changeInBackground, choose, expectConflictOnSave, expectListTotal, listRows, saveAndExpectShow } from './support';

// Seeded customers each test owns: 299 is edited, 298 is the conflict; erased ones are only listed.
const EDITED = 299;
const CONFLICTED = 298;

test.describe('customers', () => {
  test('list, search and status filter, open, edit and see the change', async ({ page, request }) => {
    const customer = await apiGet(request, 'customers', EDITED);
    const username = String(customer.username);
    const all = await apiTotal(request, 'customers');
    const found = await apiTotal(request, 'customers', { q: username });
    const erased = await apiTotal(request, 'customers', { status: 'erased' });
    expect(found).toBeLessThan(all);
    expect(erased).toBeGreaterThan(0);

    await page.goto('/#/customers');
    await expectListTotal(page, all);

    // The status filter is not always on: add it, pick "Erased", and only tombstones remain.
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Status' }).click();
    await choose(page, 'Status', 'Erased');
    await expectListTotal(page, erased);
    await expect(listRows(page).first()).toContainText('Erased');
    await expect(listRows(page).filter({ hasText: 'Active' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Remove this filter' }).click();
    await expectListTotal(page, all);

    await page.getByRole('textbox', { name: 'Search' }).fill(username);
    await expectListTotal(page, found);
    const row = listRows(page).filter({ hasText: `${username}@` });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: 'Show' }).click();

    await expect(page).toHaveURL(new RegExp(`#/customers/${EDITED}/show$`));
    await expect(page.getByText(String(customer.email))).toBeVisible();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(new RegExp(`#/customers/${EDITED}$`));

    const address = page.getByRole('textbox', { name: 'Residential address' });
    await expect(address).toHaveValue('');
    await address.fill('Way 2718, House 12, Al Khuwair, Bawshar, Muscat');
    await saveAndExpectShow(page, 'customers', EDITED);
    // Saved, and shown masked like every sensitive field: the admin reveals it with a reason.
    await expect(page.getByText('Way 2718, House 12, Al Khuwair, Bawshar, Muscat')).toHaveCount(0);
    await page.getByRole('button', { name: 'Reveal Residential address' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal Residential address' });
    await dialog.getByRole('textbox', { name: /Reason/ }).fill('E2E check of a corrected address');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByText('Way 2718, House 12, Al Khuwair, Bawshar, Muscat')).toBeVisible();

    const saved = await apiGet(request, 'customers', EDITED);
    expect(saved.address).toBe('••••');
    expect(saved.version).toBe(customer.version + 1);

    // The reveal is in the audit log, with who and why.
    await page.goto('/#/audit-log');
    const entry = page.getByRole('row').filter({ hasText: 'E2E check of a corrected address' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Revealed');
    await expect(entry).toContainText('Salim Al Harthy');
    await expect(entry).toContainText('Residential address');
  });

  test('create a customer through the form and see it shown', async ({ page }) => {
    await page.goto('/#/customers');
    await page.getByRole('link', { name: 'Create' }).click();
    await expect(page).toHaveURL(/#\/customers\/create$/);

    await page.getByRole('textbox', { name: 'Full name' }).fill('Maryam bint Saif Al Kindi');
    await page.getByRole('textbox', { name: 'Username' }).fill('maryam.e2e.kindi');
    await page.getByRole('textbox', { name: 'E-mail' }).fill('Maryam.E2E.Kindi@example.com');
    await page.getByRole('textbox', { name: 'Phone' }).fill('+968 9123 4567');
    await page.getByRole('textbox', { name: 'School' }).fill('Al Sahwa Schools');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page).toHaveURL(/#\/customers\/\d+\/show$/);
    await expect(page.getByText('maryam.e2e.kindi', { exact: true })).toBeVisible();
    // The server keeps what the shared schema makes of the input: a lower-case address, a phone without spaces.
    await expect(page.getByRole('link', { name: 'maryam.e2e.kindi@example.com' })).toBeVisible();
    await expect(page.getByText('•••• 4567', { exact: true })).toBeVisible();
    await expect(page.getByText('Al Sahwa Schools', { exact: true })).toBeVisible();
  });

  test('the shared schema refuses an invalid e-mail and a card number, with a visible message', async ({ page }) => {
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/')) posts.push(r.url());
    });
    await page.goto('/#/customers/create');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Test Customer');
    await page.getByRole('textbox', { name: 'Username' }).fill('test.customer.e2e');
    // The forms are noValidate: the browser's own check of <input type="email"> must not pre-empt the schema
    // (it would show a tooltip in the browser's language and hide the other fields' messages).
    await page.getByRole('textbox', { name: 'E-mail' }).fill('not-an-address');
    await page.getByRole('textbox', { name: 'Residential address' }).fill('Card 4111 1111 1111 1111, Way 1, Muscat');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByText('Not a valid e-mail address')).toBeVisible();
    await expect(page.getByText('Payment card numbers must not be stored in Privacy Desk')).toBeVisible();
    await expect(page).toHaveURL(/#\/customers\/create$/);
    expect(posts).toEqual([]);

    // Corrected, the same form goes through.
    await page.getByRole('textbox', { name: 'E-mail' }).fill('test.customer.e2e@example.org');
    await page.getByRole('textbox', { name: 'Residential address' }).fill('Way 1, House 2, Ruwi, Muttrah, Muscat');
    await expect(page.getByText('Not a valid e-mail address')).toBeHidden();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#\/customers\/\d+\/show$/);
    await expect(page.getByText('test.customer.e2e', { exact: true })).toBeVisible();
  });

  test('a save that conflicts with a change made meanwhile shows the conflict and keeps the form', async ({ page, request }) => {
    const customer = await apiGet(request, 'customers', CONFLICTED);
    await page.goto(`/#/customers/${CONFLICTED}`);
    const school = page.getByRole('textbox', { name: 'School' });
    await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue(String(customer.full_name));

    await changeInBackground(request, 'customers', CONFLICTED, { school: 'Changed by a colleague' });
    await expectConflictOnSave(page, new RegExp(`#/customers/${CONFLICTED}$`), school, 'Changed by me');

    // Nothing was overwritten: the colleague's change stands.
    expect((await apiGet(request, 'customers', CONFLICTED)).school).toBe('Changed by a colleague');
  });
});
