import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { apiGet, choose, listRows, mailTo, openStep, shownId, signedInPage, submitStep, type ApiRecord } from './support';

// A datetime-local value in Muscat's wall-clock time, `minutes` from now, whole minutes rounded up.
const muscatInput = (minutes: number) => new Date(Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000 + 4 * 3_600_000).toISOString().slice(0, 16);

const SITE_NOTICE = 'Some customers’ names and delivery addresses could be read through a courier link. The link is closed.';

test('a breach runs from discovery to closure: recorded, affected customers chosen by a filter, texts approved by legal, site notice public, every person mailed once, every deadline met', async ({ page, request, browser }) => {
  // Two members of staff and the mail job in between: more than the default 30 s on this machine.
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const emailText = `Dear customer, your name and delivery address could be read through a courier link (ref ${run}). We closed it within the hour.`;
  const people: ApiRecord[] = [];
  for (const n of ['a', 'b']) {
    const created = await request.post('/api/customers', {
      data: {
        full_name: `Maryam bint Said Al Balushi brj${run}${n}`,
        username: `maryam.brj${run}${n}`,
        email: `maryam.brj${run}${n}@example.net`,
        phone: '+96892345678',
        birth_date: '1988-02-11',
        id_type: 'national_id',
        id_number: '76543210',
        address: 'Way 2208, House 14, Al Khuwair, Muscat',
        newsletter: false,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    people.push((await created.json()) as ApiRecord);
  }

  // The admin records the incident with its texts.
  await page.goto('/#/breach-incidents/create');
  await page.getByLabel('Became aware').fill(muscatInput(-120));
  await page.getByRole('textbox', { name: 'What happened' }).fill(`A courier integration shared order labels through a public link (e2e ${run}).`);
  for (const category of ['Full name', 'Residential address']) await page.getByRole('checkbox', { name: category, exact: true }).check();
  await page.getByRole('textbox', { name: 'Site notice' }).fill(SITE_NOTICE);
  await page.getByRole('textbox', { name: 'E-mail to the people affected' }).fill(emailText);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/breach-incidents\/\d+\/show$/);
  const id = shownId(page, 'breach-incidents');

  // Affected: the customers a search of the customer list finds, counted before confirming.
  await page.getByRole('button', { name: 'Widen…' }).click();
  const widen = page.getByRole('dialog', { name: 'Widen the affected customers' });
  await widen.getByRole('textbox', { name: 'Name, e-mail or username contains' }).fill(`brj${run}`);
  await widen.getByRole('button', { name: 'Count' }).click();
  await expect(widen.getByText(/Would add 2 \(0 already affected\)/)).toBeVisible();
  await widen.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Affected customers: 2')).toBeVisible();

  await openStep(page, 'Assess the risk');
  await choose(page, 'Risk to the people affected', 'High');
  await page.getByRole('dialog').getByRole('textbox', { name: 'Why this risk' }).fill('Names with addresses allow targeted delivery scams.');
  await submitStep(page, 'Assess the risk', 'Risk assessed');
  await openStep(page, 'Send texts to legal advisor');
  await submitStep(page, 'Send texts to legal advisor', 'Sent to the legal advisor');
  // Nothing goes out before the legal advisor approves: no e-mail step yet.
  await expect(page.getByRole('button', { name: 'E-mail the people affected' })).toHaveCount(0);

  // The legal advisor approves at their own desk.
  const legal: Page = await signedInPage(browser, 'legal');
  try {
    await legal.goto(`/#/breach-incidents/${id}/show`);
    await openStep(legal, 'Approve');
    await legal.getByRole('dialog').getByRole('textbox', { name: 'Written opinion' }).fill('Accurate and proportionate; notify as drafted.');
    await submitStep(legal, 'Approve', 'Approved');
  } finally {
    await legal.context().close();
  }

  await page.reload();
  await openStep(page, 'Publish site notice');
  await submitStep(page, 'Publish site notice', 'Site notice published');
  await openStep(page, 'Record Ministry notification');
  const ministry = page.getByRole('dialog');
  await ministry.getByLabel('Sent to the Ministry at (Muscat time)').fill(muscatInput(0));
  await ministry.getByRole('textbox', { name: 'How it was sent' }).fill('MTCIT e-mail');
  await ministry.getByRole('textbox', { name: 'Ministry’s reference' }).fill(`MTCIT-E2E-${run}`);
  await submitStep(page, 'Record Ministry notification', 'Ministry notification recorded');
  await openStep(page, 'E-mail the people affected');
  await submitStep(page, 'E-mail the people affected', 'The notices are being queued and sent: progress shows under Affected customers');

  // The mails arrive, one per person, with the approved text; the page shows the mailing settle.
  for (const person of people) {
    await expect.poll(() => mailTo(String(person.email)), { timeout: 20_000 }).toHaveLength(1);
    expect((await mailTo(String(person.email)))[0]).toEqual({ subject: expect.stringMatching(/an important notice about your personal data$/), text: emailText });
  }
  await expect(page.getByText('E-mails: 2 of 2 done')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/^Every notice has had its outcome/)).toBeVisible();

  // The public site notice: no sign-in, the approved text.
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const notice = await visitor.newPage();
    await notice.goto(`/breach-notices/${id}`);
    await expect(notice.getByText(SITE_NOTICE)).toBeVisible();
  } finally {
    await visitor.close();
  }

  await openStep(page, 'Close');
  await page.getByRole('dialog').getByRole('textbox', { name: 'What was learned' }).fill('Courier links now expire after a day.');
  await submitStep(page, 'Close', 'Closed');
  const closed = await apiGet(request, 'breach-incidents', id);
  expect(closed).toMatchObject({ status: 'closed', due_at: null, subjects_notified_at: expect.any(String) });

  // The register: every deadline met, on the incident and in the list.
  const clocks = page.getByRole('region', { name: 'Deadlines' });
  await expect(clocks.getByText('Met', { exact: true })).toHaveCount(4);
  await page.goto('/#/breach-incidents');
  const row = listRows(page).filter({ hasText: `e2e ${run}` });
  await expect(row.getByText('All met')).toBeVisible();
});
