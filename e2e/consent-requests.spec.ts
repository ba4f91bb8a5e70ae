import { expect, test } from './fixtures';
import { apiGet, apiTotal, changeInBackground, choose, chooseCustomer, expectConflictOnSave, expectListTotal, listRows, saveAndExpectShow } from './support';

// Seeded consent requests each test owns (statuses cycle through the workflow, so 2 is "notice sent").
const EDITED = 2;
const CONFLICTED = 3;

test.describe('consent requests', () => {
  test('list, status filter and search, open, edit and see the change', async ({ page, request }) => {
    const consent = await apiGet(request, 'consent-requests', EDITED);
    const all = await apiTotal(request, 'consent-requests');
    const noticeSent = await apiTotal(request, 'consent-requests', { status: 'notice_sent' });
    const parentEmail = String(consent.parent_email);
    const found = await apiTotal(request, 'consent-requests', { status: 'notice_sent', q: parentEmail });
    expect(consent.status).toBe('notice_sent');
    expect(noticeSent).toBeLessThan(all);

    await page.goto('/#/consent-requests');
    await expectListTotal(page, all);
    await choose(page, 'Status', 'Notice sent');
    await expectListTotal(page, noticeSent);
    const rows = listRows(page);
    await expect(rows.first()).toContainText('Notice sent');
    for (const status of ['Awaiting notice', 'Granted', 'Refused', 'Expired', 'Withdrawn']) {
      await expect(rows.filter({ hasText: status })).toHaveCount(0);
    }

    await page.getByRole('textbox', { name: 'Search' }).fill(parentEmail);
    await expectListTotal(page, found);
    const row = rows.filter({ has: page.getByRole('cell', { name: String(EDITED), exact: true }) });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: 'Show' }).click();

    await expect(page).toHaveURL(new RegExp(`#/consent-requests/${EDITED}/show$`));
    await expect(page.getByText(String(consent.parent_name), { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(new RegExp(`#/consent-requests/${EDITED}$`));

    const phone = page.getByRole('textbox', { name: "Parent's phone" });
    // A masked field starts empty, the mask as its hint: left alone it keeps the stored value.
    await expect(phone).toHaveValue('');
    await expect(page.getByText(`Now ${consent.parent_phone}`, { exact: false })).toBeVisible();
    await phone.fill('+968 9555 0102');
    await saveAndExpectShow(page, 'consent-requests', EDITED);
    await expect(page.getByText('•••• 0102', { exact: true })).toBeVisible();
    // Editing the contact details does not move the workflow.
    const saved = await apiGet(request, 'consent-requests', EDITED);
    expect(saved).toMatchObject({ parent_phone: '•••• 0102', status: 'notice_sent', version: consent.version + 1 });
  });

  test('create a consent request through the form and see it shown', async ({ page, request }) => {
    const child = await apiGet(request, 'customers', 2);
    await page.goto('/#/consent-requests/create');
    await chooseCustomer(page, 'Child (customer)', child);
    await page.getByRole('textbox', { name: "Child's name" }).fill(String(child.full_name));
    await page.getByRole('textbox', { name: "Parent's name" }).fill('Zainab bint Khalfan Al Amri');
    await page.getByRole('textbox', { name: "Parent's e-mail" }).fill('zainab.e2e.parent@example.org');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page).toHaveURL(/#\/consent-requests\/\d+\/show$/);
    await expect(page.getByText('Zainab bint Khalfan Al Amri', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'zainab.e2e.parent@example.org' })).toBeVisible();
    await expect(page.getByText('Awaiting notice', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: String(child.full_name) })).toBeVisible();
  });

  test('a save that conflicts with a change made meanwhile shows the conflict and keeps the form', async ({ page, request }) => {
    const consent = await apiGet(request, 'consent-requests', CONFLICTED);
    await page.goto(`/#/consent-requests/${CONFLICTED}`);
    const parentName = page.getByRole('textbox', { name: "Parent's name" });
    await expect(parentName).toHaveValue(String(consent.parent_name));

    await changeInBackground(request, 'consent-requests', CONFLICTED, { parent_phone: '+96890000001' });
    await expectConflictOnSave(page, new RegExp(`#/consent-requests/${CONFLICTED}$`), parentName, 'Parent name typed by me');
    expect((await apiGet(request, 'consent-requests', CONFLICTED)).parent_name).toBe(consent.parent_name);
  });
});
