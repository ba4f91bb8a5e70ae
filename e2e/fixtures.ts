import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every spec's `test`: a test fails when a page logged an error to the console or threw, as a user's
 * browser would show something broke. A test that provokes a refusal on purpose (a 409 on a stale
 * save, a 403) names the messages it expects with `allowConsoleErrors`.
 */
const seen: string[] = [];
const allowed: RegExp[] = [];

/** Collects the console errors and uncaught exceptions of a page opened outside the test's own context. */
export function watchConsole(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`${message.text()} (${message.location().url || page.url()})`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message} (${page.url()})`));
}

/** The console errors this test provokes on purpose. */
export function allowConsoleErrors(...patterns: RegExp[]): void {
  allowed.push(...patterns);
}

export const test = base.extend<{ quietConsole: void }>({
  quietConsole: [
    async ({ context }, use) => {
      seen.length = 0;
      allowed.length = 0;
      context.on('page', watchConsole);
      for (const page of context.pages()) watchConsole(page);
      await use();
      const unexpected = seen.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
