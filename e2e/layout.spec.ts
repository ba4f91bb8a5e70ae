import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// The admin's lists at a 1366 px laptop and on a 390 px phone: nothing runs off the side, the buttons
// that act on a list stay reachable, and on a phone each record is one item of a simple list.
const LISTS = ['customers', 'consent-requests', 'deletion-tickets', 'authority-referrals', 'breach-incidents', 'audit-log', 'outbox', 'staff', 'holidays'];

/** Opens a list and waits for its records (or for its "No … yet" when it has none); true when it has records. */
async function openList(page: Page, resource: string): Promise<boolean> {
  await page.goto(`/#/${resource}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(resource.slice(0, 5), 'i'));
  const total = page.getByText(/^\d+-\d+ of \d+$/).and(page.locator(':visible'));
  const empty = page.getByRole('heading', { name: /^No .* yet\.$/ });
  await expect(total.or(empty).first()).toBeVisible();
  return (await empty.count()) === 0;
}

/** How far the page can be scrolled sideways, in px (0 when everything fits). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('every list fits: no sideways scrolling, Export and the last column in view', async ({ page }) => {
    for (const resource of LISTS) {
      const hasRecords = await openList(page, resource);
      expect(await sidewaysOverflow(page), resource).toBeLessThanOrEqual(0);
      if (!hasRecords) continue;
      const firstRow = page.getByRole('table').getByRole('row').nth(1);
      await expect(firstRow.getByRole('cell').last(), resource).toBeInViewport();
      if (!['staff', 'holidays', 'outbox'].includes(resource)) await expect(page.getByRole('button', { name: 'Export' }), resource).toBeInViewport();
    }
  });

  test('a masked phone stays on one line in the customer list', async ({ page }) => {
    await openList(page, 'customers');
    const phone = page.locator('td.column-phone').filter({ hasText: '••••' }).first();
    // the lines the cell's text is laid out on, by their distinct tops
    const lines = await phone.evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
  });
});

test.describe('at 390×844, a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every list is a simple list that fits the screen, with Create reachable', async ({ page }) => {
    for (const resource of LISTS) {
      const hasRecords = await openList(page, resource);
      await expect(page.getByRole('table'), resource).toHaveCount(0);
      if (hasRecords) await expect(page.getByRole('main').getByRole('listitem').first(), resource).toBeVisible();
      expect(await sidewaysOverflow(page), resource).toBeLessThanOrEqual(0);
      if (!['audit-log', 'outbox'].includes(resource)) await expect(page.getByRole('link', { name: 'Create' }), resource).toBeInViewport();
    }
  });

  test('a record page puts where it stands and the next steps first', async ({ page }) => {
    await page.goto('/#/deletion-tickets/1/show');
    const steps = page.getByRole('group', { name: 'Workflow steps' });
    const history = page.getByRole('region', { name: 'History' });
    await expect(history).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    if (await steps.count()) expect((await steps.boundingBox())!.y).toBeLessThan((await history.boundingBox())!.y);
  });
});

test('the skip link is the first Tab stop and takes the keyboard to the page content', async ({ page }) => {
  await openList(page, 'customers');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('#main-content'));
  expect(focusedInMain).toBe(true);
});
