import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { choose, mailTo, openStep, submitStep, type ApiRecord } from './support';

const linkIn = (text: string, path: string) => new URL(new RegExp(`(http\\S+${path}\\S+)`).exec(text)![1]);

test('a person asks for their data on the public page, support proves who they are, and they download the file once', async ({ page, request, browser }) => {
  // The public page, the mail sink and the desk in turn: more than the default 30 s on this machine.
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const email = `noor.acc${run}@example.net`;
  const created = await request.post('/api/customers', {
    data: {
      full_name: `Noor bint Khalid Al Farsi ${run}`,
      username: `noor.acc${run}`,
      email,
      phone: '+96894567890',
      birth_date: '1992-07-09',
      id_type: 'national_id',
      id_number: '65432109',
      address: 'Way 3107, House 9, Al Qurum, Muscat',
      newsletter: true,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const customer = (await created.json()) as ApiRecord;

  // The person, signed in nowhere, asks on the public page and confirms by the mailed link.
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] }, acceptDownloads: true });
  try {
    const own = await visitor.newPage();
    await own.goto('/privacy');
    await own.getByRole('radio', { name: 'Send me a copy of my personal data' }).check();
    await own.getByRole('textbox', { name: 'Your e-mail address' }).fill(email);
    await own.getByRole('button', { name: 'Send me the confirmation link' }).click();
    await expect(own.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
    await expect.poll(async () => (await mailTo(email)).length, { timeout: 15_000 }).toBe(1);
    await own.goto(linkIn((await mailTo(email))[0].text, '/privacy/confirm/').pathname);
    await own.getByRole('button', { name: 'Confirm my request' }).click();
    await expect(own.getByRole('heading', { name: 'Your request is confirmed' })).toBeVisible();

    // Support finds it on the desk, already about the customer whose address it is.
    const found = await request.get(`/api/access-requests?filter=${encodeURIComponent(JSON.stringify({ customer_id: customer.id }))}`);
    const [opened] = (await found.json()) as ApiRecord[];
    expect(opened).toMatchObject({ channel: 'web_form', status: 'new', requester_email: email });
    await page.goto(`/#/access-requests/${opened.id}/show`);
    await openStep(page, 'Start identity check');
    await submitStep(page, 'Start identity check', 'Identity check started');
    await openStep(page, 'E-mail a one-time code');
    await submitStep(page, 'E-mail a one-time code', 'Code queued for the customer’s address');
    await expect.poll(async () => (await mailTo(email)).map((m) => m.subject), { timeout: 15_000 }).toContain('Your verification code for your request for your data');
    const code = /code[^\d]*(\d{6})/.exec((await mailTo(email)).find((m) => m.subject.startsWith('Your verification code'))!.text)![1];
    const verify = await openStep(page, 'Record identity verified');
    await choose(page, 'How the identity was verified', 'One-time code by e-mail');
    await verify.getByRole('textbox', { name: 'One-time code' }).fill(code);
    await submitStep(page, 'Record identity verified', 'Identity verified');
    await openStep(page, 'Send the data');
    await submitStep(page, 'Send the data', 'Link to the data mailed to the customer’s address');

    // The person downloads the file from the link, once.
    await expect.poll(async () => (await mailTo(email)).map((m) => m.subject), { timeout: 15_000 }).toContain('A copy of your data');
    const link = linkIn((await mailTo(email)).find((m) => m.subject === 'A copy of your data')!.text, '/downloads/');
    await own.goto(link.pathname);
    const [download] = await Promise.all([own.waitForEvent('download'), own.getByRole('button', { name: 'Download the data' }).click()]);
    expect(download.suggestedFilename()).toBe(`data-${customer.id}.json`);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.customer).toMatchObject({ id: customer.id, email, phone: '+96894567890', address: 'Way 3107, House 9, Al Qurum, Muscat' });
    expect(file.summary).toContain(`E-mail: ${email}`);
    await own.goto(link.pathname);
    await expect(own.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  } finally {
    await visitor.close();
  }
});
