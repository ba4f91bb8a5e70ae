import { readFile } from 'node:fs/promises';
import { allowConsoleErrors, expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from './global-setup';

// These journeys start signed out and sign in through the login page.
test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/#/customers');
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^\d+-\d+ of \d+$/)).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);
}

test('a wrong password is refused on the sign-in page', async ({ page }) => {
  await page.goto('/#/customers');
  await page.getByRole('textbox', { name: 'Username' }).fill('support');
  allowConsoleErrors(/status of 401 \(Unauthorized\) \(http[^ ]*\/api\/auth\/login\)/);
  await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong username or password')).toBeVisible();
});

test('the legal advisor reads but cannot create or edit, in the UI or through the API', async ({ page }) => {
  await signIn(page, 'legal');
  // The export is the server's: masked like the screen, and written to the audit log.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\n')[0]).toBe('id,full_name,username,email,phone,birth_date,id_type,id_number,address,school,newsletter,recovery_question_set,status,created_at,updated_at,version');
  expect(csv).toContain('•••• ');
  expect(csv).not.toMatch(/\+968\d{8}/);
  await expect(page.getByRole('link', { name: 'Create' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);

  const customer = await (await page.request.get('/api/customers/5')).json();
  const put = await page.request.put('/api/customers/5', { data: { ...customer, school: 'Forbidden' } });
  expect(put.status()).toBe(403);
  expect((await put.json()).message).toBe('The legal role may not edit customers');
  await signOut(page);
});

test('support staff edit customers but cannot export them, see only masked values, and sign out', async ({ page }) => {
  await signIn(page, 'support');
  await expect(page.getByRole('link', { name: 'Create' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: 'Audit log' })).toHaveCount(0);

  await page.goto('/#/customers/7/show');
  await expect(page.getByText(/^•••• \d{4}$/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Reveal/ })).toHaveCount(0);
  const reveal = await page.request.post('/api/customers/7/reveal', { data: { field: 'id_number', reason: 'trying the API directly' } });
  expect(reveal.status()).toBe(403);
  expect((await page.request.get('/api/audit-log')).status()).toBe(403);
  await signOut(page);
});

test('an admin creates a staff account on the Staff screen, and its owner signs in with the role given', async ({ page }) => {
  await signIn(page, 'admin');
  // Even an admin cannot delete a customer (erasure goes through a deletion ticket): no button, and the API refuses.
  await page.goto('/#/customers/3');
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  const del = await page.request.delete('/api/customers/3');
  expect(del.status()).toBe(403);
  expect((await del.json()).message).toBe('The admin role may not delete customers');

  await page.goto('/#/customers');
  await page.getByRole('menuitem', { name: 'Staff' }).click();
  await page.getByRole('link', { name: 'Create' }).click();
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill('khalid.legal');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Khalid Al Saadi');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Legal advisor' }).click();
  await page.getByRole('textbox', { name: 'Password' }).fill('short');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('At least 12 characters', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Password' }).fill('a long legal passphrase');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('cell', { name: 'khalid.legal' })).toBeVisible();
  await signOut(page);

  await signIn(page, 'khalid.legal', 'a long legal passphrase');
  expect((await (await page.request.get('/api/me')).json()).role).toBe('legal');
  await expect(page.getByRole('menuitem', { name: 'Staff' })).toHaveCount(0);
  await signOut(page);
});
