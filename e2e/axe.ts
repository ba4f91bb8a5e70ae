import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What axe finds on the page as it is now, one line per violation and node ("rule: target"). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')}`));
}

/**
 * What axe finds once the page has settled: a page that is still rendering (a title being filled in,
 * a row appearing) is scanned again, a few times, before what it found counts.
 */
export async function settledAxeViolations(page: Page): Promise<string[]> {
  let found = await axeViolations(page);
  for (let retry = 0; found.length && retry < 3; retry++) {
    await page.waitForTimeout(700);
    found = await axeViolations(page);
  }
  return found;
}

/** Axe reports no violation of any impact on the page once it has settled. */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  expect(await settledAxeViolations(page), `axe on ${where}`).toEqual([]);
}
