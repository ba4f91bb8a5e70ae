import { expect, test } from './fixtures';
import { apiGet, apiTotal, changeInBackground, choose, chooseCustomer, expectConflictOnSave, expectListTotal, listRows, saveAndExpectShow } from './support';

// Seeded referrals each test owns (statuses cycle through the workflow, so 1, 8 and 15 are drafts; only a
// draft, or one the legal advisor sent back for changes, can be edited).
const EDITED = 8;
const CONFLICTED = 15;

test.describe('authority referrals', () => {
  test('list, status filter and search, open, edit and see the change', async ({ page, request }) => {
    const referral = await apiGet(request, 'authority-referrals', EDITED);
    const all = await apiTotal(request, 'authority-referrals');
    const drafts = await apiTotal(request, 'authority-referrals', { status: 'draft' });
    const authority = String(referral.authority);
    const found = await apiTotal(request, 'authority-referrals', { status: 'draft', q: authority });
    expect(referral.status).toBe('draft');
    expect(drafts).toBeLessThan(all);

    await page.goto('/#/authority-referrals');
    await expectListTotal(page, all);
    await choose(page, 'Status', 'Draft');
    await expectListTotal(page, drafts);
    const rows = listRows(page);
    await expect(rows).toHaveCount(drafts);
    for (const row of await rows.all()) await expect(row).toContainText('Draft');

    await page.getByRole('textbox', { name: 'Search' }).fill(authority);
    await expectListTotal(page, found);
    for (const row of await rows.all()) await expect(row).toContainText(authority);
    const row = rows.filter({ has: page.getByRole('cell', { name: String(EDITED), exact: true }) });
    await row.getByRole('link', { name: 'Show' }).click();

    await expect(page).toHaveURL(new RegExp(`#/authority-referrals/${EDITED}/show$`));
    await expect(page.getByText(String(referral.evidence))).toBeVisible();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(new RegExp(`#/authority-referrals/${EDITED}$`));

    const authorityInput = page.getByRole('textbox', { name: 'Authority' });
    await expect(authorityInput).toHaveValue(authority);
    await authorityInput.fill('Royal Oman Police — Directorate of Criminal Investigations');
    await saveAndExpectShow(page, 'authority-referrals', EDITED);
    await expect(page.getByText('Royal Oman Police — Directorate of Criminal Investigations', { exact: true })).toBeVisible();
    expect(await apiGet(request, 'authority-referrals', EDITED)).toMatchObject({ status: 'draft', version: referral.version + 1 });
  });

  test('create a referral draft through the form and see it shown', async ({ page, request }) => {
    const customer = await apiGet(request, 'customers', 4);
    await page.goto('/#/authority-referrals');
    await page.getByRole('link', { name: 'Create' }).click();
    await expect(page).toHaveURL(/#\/authority-referrals\/create$/);

    await chooseCustomer(page, 'Customer', customer);
    await choose(page, 'Activity', 'Harassment');
    await page.getByRole('textbox', { name: 'Authority' }).fill('Public Prosecution');
    await page.getByRole('textbox', { name: 'Description' }).fill('Abusive messages to a seller through the store chat (e2e).');
    await page.getByRole('textbox', { name: 'Evidence' }).fill('Chat transcript export, case file PD-E2E-0001.');
    await page.getByRole('checkbox', { name: 'Full name' }).check();
    await page.getByRole('checkbox', { name: 'Phone' }).check();
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page).toHaveURL(/#\/authority-referrals\/\d+\/show$/);
    await expect(page.getByText('Abusive messages to a seller through the store chat (e2e).')).toBeVisible();
    await expect(page.getByText('Harassment', { exact: true })).toBeVisible();
    await expect(page.getByText('Draft', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: String(customer.full_name) })).toBeVisible();
    // The proposed fields, as chips.
    await expect(page.getByText('Full name', { exact: true })).toBeVisible();
    await expect(page.getByText('Phone', { exact: true })).toBeVisible();
  });

  test('a save that conflicts with a change made meanwhile shows the conflict and keeps the form', async ({ page, request }) => {
    const referral = await apiGet(request, 'authority-referrals', CONFLICTED);
    expect(referral.status).toBe('draft');
    await page.goto(`/#/authority-referrals/${CONFLICTED}`);
    const description = page.getByRole('textbox', { name: 'Description' });
    await expect(description).toHaveValue(String(referral.description));

    await changeInBackground(request, 'authority-referrals', CONFLICTED, { evidence: `${String(referral.evidence)} Amended by a colleague.` });
    await expectConflictOnSave(page, new RegExp(`#/authority-referrals/${CONFLICTED}$`), description, 'My own description of the activity.');
    expect((await apiGet(request, 'authority-referrals', CONFLICTED)).description).toBe(referral.description);
  });
});
