import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './global-setup';
import { allowConsoleErrors, watchConsole } from './fixtures';

/** What a user sees when their save lost a race with another writer (the API's 409). */
export const CONFLICT_MESSAGE = /Someone else changed this record after you opened it/;

export type ApiRecord = Record<string, unknown> & { id: number; version: number };

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** One record straight from the API (the test's oracle, not the UI). */
export async function apiGet(request: APIRequestContext, resource: string, id: number): Promise<ApiRecord> {
  const res = await request.get(`/api/${resource}/${id}`);
  expect(res.status(), `GET /api/${resource}/${id}`).toBe(200);
  return (await res.json()) as ApiRecord;
}

/** How many records the API holds for a filter (from the Content-Range header). */
export async function apiTotal(request: APIRequestContext, resource: string, filter: Record<string, unknown> = {}): Promise<number> {
  const res = await request.get(`/api/${resource}?filter=${json(filter)}&range=${json([0, 0])}`);
  expect(res.status(), `GET /api/${resource} ${JSON.stringify(filter)}`).toBe(200);
  const range = res.headers()['content-range'] ?? '';
  const total = Number(range.split('/')[1]);
  expect(Number.isInteger(total), `Content-Range '${range}'`).toBe(true);
  return total;
}

/**
 * Another member of staff saves the record in the background: a PUT based on its current version,
 * which the server bumps. Returns the record as it is now.
 */
export async function changeInBackground(request: APIRequestContext, resource: string, id: number, changes: Record<string, unknown>): Promise<ApiRecord> {
  const current = await apiGet(request, resource, id);
  const res = await request.put(`/api/${resource}/${id}`, { data: { ...current, ...changes } });
  expect(res.status(), await res.text()).toBe(200);
  const updated = (await res.json()) as ApiRecord;
  expect(updated.version).toBe(current.version + 1);
  return updated;
}

/** The list's pagination line ("1-25 of 80") shows this total. */
export async function expectListTotal(page: Page, total: number): Promise<void> {
  await expect(page.getByText(new RegExp(`^\\d+-\\d+ of ${total}$`))).toBeVisible();
}

/** The data rows of the list (the header row excluded). */
export function listRows(page: Page): Locator {
  return page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
}

/** Picks an option of a react-admin SelectInput (a MUI select). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: false }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

/** Picks a customer in a CustomerReferenceInput: types the name, then clicks the option of "Name (#id)". */
export async function chooseCustomer(page: Page, label: string, customer: ApiRecord): Promise<void> {
  const name = String(customer.full_name);
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.fill(name);
  // an option names the customer, then what tells namesakes apart (username, e-mail domain, created)
  const escaped = `${name} (#${customer.id})`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp(`^${escaped}`) }).click();
  await expect(input).toHaveValue(`${name} (#${customer.id})`);
}

/** The Muscat calendar day `daysAgo` days before today, as YYYY-MM-DD. */
export function muscatDay(daysAgo: number): string {
  return new Date(Date.now() + 4 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** Saves an edit form and waits for the show view that react-admin redirects to. */
export async function saveAndExpectShow(page: Page, resource: string, id: number | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  const idPattern = typeof id === 'number' ? String(id) : id.source;
  await expect(page).toHaveURL(new RegExp(`#/${resource}/${idPattern}/show$`));
}

/**
 * The conflict scenario on an edit form that is already open and loaded: someone else saves the record,
 * then the user saves theirs. The user must see the conflict and keep the form with their unsaved text.
 */
export async function expectConflictOnSave(page: Page, editUrl: RegExp, field: Locator, userValue: string): Promise<void> {
  allowConsoleErrors(/status of 409 \(Conflict\)/);
  await field.fill(userValue);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(CONFLICT_MESSAGE)).toBeVisible();
  await expect(page).toHaveURL(editUrl);
  await expect(field).toHaveValue(userValue);
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
}

/** The SMTP sink the app delivers to in the end-to-end run (e2e/smtp-sink.ts, started by playwright.config.ts). */
export const SMTP_SINK_URL = `http://127.0.0.1:${process.env.SMTP_SINK_HTTP_PORT ?? 3126}`;

/**
 * The mail the sink has received for `address` (any case), oldest first. The outbox is delivered every
 * 500 ms, so poll: `await expect.poll(() => mailTo(email)).toContainEqual(expect.objectContaining({ subject }))`.
 */
export async function mailTo(address: string): Promise<{ subject: string; text: string }[]> {
  const res = await fetch(`${SMTP_SINK_URL}/messages`);
  if (!res.ok) throw new Error(`SMTP sink: ${res.status}`);
  const messages = (await res.json()) as { to: string[]; subject: string; text: string }[];
  const wanted = address.trim().toLowerCase();
  return messages.filter((m) => m.to.some((to) => to.toLowerCase() === wanted)).map(({ subject, text }) => ({ subject, text }));
}

/** The value a show view displays for one field: its label, then the value (react-admin's labelled field). */
export function shownField(page: Page, source: string): Locator {
  return page.locator(`.ra-field-${source}`);
}

/** Opens a workflow step's dialog from its button on the show view; the dialog is titled with the step's label. */
export async function openStep(page: Page, label: string): Promise<Locator> {
  await page.getByRole('group', { name: 'Workflow steps' }).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Submits the open step dialog (its button bears the step's label) and waits for the success the server confirmed. */
export async function submitStep(page: Page, label: string, done: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: label });
  // a step that destroys data asks for an explicit confirmation first
  const confirmation = dialog.getByRole('checkbox', { name: 'I understand: this cannot be undone' });
  if (await confirmation.count()) await confirmation.check();
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('alert').getByText(done, { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
}

/** The record id in a show view's URL (#/<resource>/<id>/show). */
export function shownId(page: Page, resource: string): number {
  const match = new RegExp(`#/${resource}/(\\d+)/show$`).exec(page.url());
  if (!match) throw new Error(`not on a ${resource} show view: ${page.url()}`);
  return Number(match[1]);
}

/**
 * A page of its own browser context, signed in as `username` through the sign-in page: another member of
 * staff at another desk. Close its context when done (`page.context().close()`).
 */
export async function signedInPage(browser: Browser, username: string, options: { password?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const { password = DEMO_PASSWORD, colorScheme } = options;
  // The test's options (baseURL, locale, time zone) apply to the new context too; only the admin's session must not.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, colorScheme });
  const page = await context.newPage();
  watchConsole(page);
  await page.goto('/#/');
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Profile' })).toBeVisible();
  return page;
}
