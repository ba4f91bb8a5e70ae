import { allowConsoleErrors, expect, test, watchConsole } from './fixtures';
import type { Page } from '@playwright/test';
import { ROLE_MATRIX, canAccess, type Role } from '../src/domain/roles';
import { settledAxeViolations } from './axe';
import { signedInPage } from './support';

// Every page each role can open has no axe violation of any impact in the light theme; in the dark one, the admin's lists, records and customer forms.
test.use({ storageState: { cookies: [], origins: [] } });

// The holiday calendar has no record page: a holiday opens in its edit form.
const WITHOUT_SHOW_VIEW = new Set(['holidays']);
const RESOURCES = ['customers', 'consent-requests', 'deletion-tickets', 'access-requests', 'authority-referrals', 'breach-incidents', 'audit-log', 'outbox', 'staff', 'service-keys', 'holidays'];

/** The pages `role` may open: the start page, each list, a record, its edit form, the create forms, settings. */
async function pagesFor(page: Page, role: Role): Promise<string[]> {
  const pages = ['/#/', '/#/settings'];
  for (const resource of RESOURCES) {
    if (!canAccess(role, 'list', resource)) continue;
    pages.push(`/#/${resource}`);
    const res = await page.request.get(`/api/${resource}?range=${encodeURIComponent('[0,0]')}`);
    const [first] = (await res.json()) as { id: number }[];
    if (first && canAccess(role, 'show', resource) && !WITHOUT_SHOW_VIEW.has(resource)) pages.push(`/#/${resource}/${first.id}/show`);
    if (first && canAccess(role, 'edit', resource) && ROLE_MATRIX[resource].edit) pages.push(`/#/${resource}/${first.id}`);
    if (canAccess(role, 'create', resource)) pages.push(`/#/${resource}/create`);
  }
  return pages;
}

/** Opens a page and waits until its data has arrived (no progress indicator left). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#main-content, main').first()).toBeVisible();
  // the page's title (its h1) is filled in once the page has mounted
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  // a loading indicator (a determinate bar, such as a mailing's progress, is content and stays)
  await expect(page.locator('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root')).toHaveCount(0);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sign-in page has no axe violation (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, colorScheme });
    const page = await context.newPage();
    watchConsole(page);
    await page.goto('/#/login');
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Privacy Desk' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(await settledAxeViolations(page)).toEqual([]);
    await context.close();
  });

  // The dark theme is the same components in other colours: the admin checks it on every list and
  // record page and on the customer forms; every role checks every page in the light one.
  for (const role of colorScheme === 'light' ? (['admin', 'legal', 'support'] as const) : (['admin'] as const)) {
    test(`every page ${role} can open has no axe violation (${colorScheme})`, async ({ browser }) => {
      // every page of a role in one test: the admin's ~35 pages took 2.0 min in CI, its old limit
      test.setTimeout(300_000);
      const page = await signedInPage(browser, role, { colorScheme });
      const found: string[] = [];
      // in the dark theme a list, a record, a form of each kind: the rest are the same components
      const pages = await pagesFor(page, role);
      const checked = colorScheme === 'light' ? pages : pages.filter((p) => !/\/create$|\/\d+$/.test(p) || p.startsWith('/#/customers/'));
      for (const path of checked) {
        await open(page, path);
        found.push(...(await settledAxeViolations(page)).map((v) => `${path} ${v}`));
      }
      expect(found).toEqual([]);
      await page.context().close();
    });
  }
}

// The pages people reach without signing in: the privacy page, a breach notice, and the pages of links that no longer work.
test('the public pages have no axe violation', async ({ browser }) => {
  allowConsoleErrors(/status of 4(04|10) \((Not Found|Gone)\)/);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  watchConsole(page);
  const found: string[] = [];
  for (const path of ['/privacy', '/breach-notices', '/breach-notices/2', '/privacy/confirm/gone', '/downloads/gone', '/unsubscribe/gone']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    found.push(...(await settledAxeViolations(page)).map((v) => `${path} ${v}`));
  }
  expect(found).toEqual([]);
  await context.close();
});
