import { expect, test } from './fixtures';
import { apiGet, shownField } from './support';

// The browser runs in Los Angeles (playwright.config.ts): every time on screen must still be Muscat's.
const inMuscat = (iso: string) =>
  `${new Date(iso).toLocaleString('en', { timeZone: 'Asia/Muscat', dateStyle: 'medium', timeStyle: 'short' })} (Muscat)`;

test('a ticket page and its history show Muscat time, labelled, in a browser in another zone', async ({ page, request }) => {
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');
  const filter = encodeURIComponent(JSON.stringify({ resource: 'deletion-tickets' }));
  const [step] = (await (await request.get(`/api/workflow-history?filter=${filter}&range=[0,0]`)).json()) as { record_id: number; at: string }[];
  const ticket = await apiGet(request, 'deletion-tickets', step.record_id);

  await page.goto(`/#/deletion-tickets/${ticket.id}/show`);
  await expect(shownField(page, 'received_at')).toContainText(inMuscat(String(ticket.received_at)));
  await expect(page.getByRole('region', { name: 'History' })).toContainText(inMuscat(step.at));
});
