import { expect, test } from './fixtures';

// The store's mailing tool, as the desk sees it: a service key an admin made, a link per address, the
// person's click (or their mail client's RFC 8058 one-click POST), and the suppressed-check after.
test('an admin creates a service key, the mailing tool mints unsubscribe links with it, a visitor and a mail client unsubscribe, and the check reports both', async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const reader = `reader.${run}@example.net`;
  const client = `client.${run}@example.net`;

  // The admin creates the key and sees it once.
  await page.goto('/#/service-keys/create');
  await page.getByRole('textbox', { name: 'Name' }).fill(`Mailing tool ${run}`);
  await page.getByRole('checkbox', { name: 'Mint unsubscribe links' }).check();
  await page.getByRole('checkbox', { name: 'Check suppressed addresses' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy the new key now' });
  await expect(dialog.getByText(/the only time the key is shown/)).toBeVisible();
  const key = await dialog.getByRole('textbox', { name: 'Service key' }).inputValue();
  expect(key).toMatch(/^pdsk_[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole('button', { name: 'I have copied the key' }).click();
  await expect(page).toHaveURL(/#\/service-keys\/\d+\/show$/);
  await expect(page.getByText(key.slice(0, 12))).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);

  // The mailing tool calls with the key alone: no session, from another system.
  const mailer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const auth = { authorization: `Bearer ${key}` };
    const minted = await mailer.request.post('/api/service/unsubscribe-links', { headers: auth, data: { addresses: [reader, client] } });
    expect(minted.status(), await minted.text()).toBe(200);
    const { links } = (await minted.json()) as { links: { address: string; url: string }[] };
    expect(links.map((l) => l.address)).toEqual([reader, client]);

    // The reader opens the link in a browser without any sign-in and presses the one button.
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const person = await visitor.newPage();
      await person.goto(links[0].url);
      await expect(person.getByRole('heading', { level: 1, name: 'Stop marketing e-mail' })).toBeVisible();
      await person.getByRole('button', { name: 'Stop marketing e-mail' }).click();
      await expect(person.getByRole('heading', { level: 1, name: 'You are unsubscribed' })).toBeVisible();
      await expect(person.getByRole('status')).toContainText(reader);
    } finally {
      await visitor.close();
    }

    // The other address: a mail client's RFC 8058 one-click POST, from its own origin.
    const oneClick = await mailer.request.post(links[1].url, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.org' },
      data: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status()).toBe(200);

    const check = await mailer.request.post('/api/service/suppressed', { headers: auth, data: { addresses: [reader, client, `still.${run}@example.net`] } });
    expect(check.status(), await check.text()).toBe(200);
    expect(await check.json()).toEqual({ suppressed: [reader, client] });

    // A tampered link is a plain 404 page, never an error.
    const tampered = await mailer.request.get(links[0].url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    expect(tampered.status()).toBe(404);
  } finally {
    await mailer.close();
  }
});
