import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { apiGet, choose, chooseCustomer, muscatDay, openStep, shownField, shownId, signedInPage, submitStep, type ApiRecord } from './support';

test('a referral is drafted, reviewed with changes, narrowed, approved, disclosed, and its package holds exactly the approved fields', async ({ page, request, browser }) => {
  // Three members of staff, each at their own desk: more steps than the default 30 s allow on this machine.
  test.setTimeout(60_000);
  // Base 36: a 13-digit timestamp may pass the Luhn check and be refused as a payment card number.
  const run = Date.now().toString(36);
  // The customer the referral is about, created by the admin through the API (the journey is the referral's).
  const created = await request.post('/api/customers', {
    data: {
      full_name: `Khalfan bin Rashid Al Maawali ${run}`,
      username: `khalfan.e2e.${run}`,
      email: `khalfan.e2e.${run}@example.net`,
      phone: '+96893456789',
      birth_date: '1990-04-17',
      id_type: 'national_id',
      id_number: '87654321',
      address: 'Way 4410, House 21, Al Hail North, Seeb, Muscat',
      newsletter: false,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const customer = (await created.json()) as ApiRecord;
  const description = `Orders paid with stolen cards shipped to changing addresses (e2e ${run}).`;

  const support = await signedInPage(browser, 'support');
  let legal: Page | undefined;
  try {
    // Support drafts the referral and proposes five fields.
    await support.goto('/#/authority-referrals/create');
    await chooseCustomer(support, 'Customer', customer);
    await choose(support, 'Activity', 'Fraud');
    await support.getByRole('textbox', { name: 'Authority' }).fill('Royal Oman Police — Cybercrime Department');
    await support.getByRole('textbox', { name: 'Description' }).fill(description);
    await support.getByRole('textbox', { name: 'Evidence' }).fill(`Order history export, case file PD-E2E-${run}.`);
    for (const field of ['Full name', 'E-mail', 'Phone', 'ID number', 'Residential address']) {
      await support.getByRole('checkbox', { name: field, exact: true }).check();
    }
    await support.getByRole('button', { name: 'Save' }).click();
    await expect(support).toHaveURL(/#\/authority-referrals\/\d+\/show$/);
    const id = shownId(support, 'authority-referrals');
    await expect(shownField(support, 'status')).toHaveText('StatusDraft');
    await expect(shownField(support, 'drafted_by')).toHaveText('Drafted bysupport');

    await openStep(support, 'Submit to legal advisor');
    await submitStep(support, 'Submit to legal advisor', 'Submitted to the legal advisor');
    await expect(shownField(support, 'status')).toHaveText('StatusAwaiting legal review');

    // The admin may not decide: no button, and the API refuses.
    await page.goto(`/#/authority-referrals/${id}/show`);
    await expect(shownField(page, 'status')).toHaveText('StatusAwaiting legal review');
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
    const submitted = await apiGet(request, 'authority-referrals', id);
    const byAdmin = await request.post(`/api/authority-referrals/${id}/steps/approve`, {
      data: { version: submitted.version, opinion: 'An admin trying to approve the disclosure.', approved_fields: ['full_name'] },
    });
    expect(byAdmin.status()).toBe(403);
    expect(await apiGet(request, 'authority-referrals', id)).toMatchObject({ status: 'awaiting_legal_review', version: submitted.version });

    // The legal advisor signs in and finds it on their landing page, oldest first, and asks for changes.
    legal = await signedInPage(browser, 'legal');
    await expect(legal.getByRole('heading', { name: 'Awaiting your review (oldest first)' })).toBeVisible();
    const queued = legal.getByRole('row').filter({ has: legal.getByRole('cell', { name: String(id), exact: true }) });
    await expect(queued).toContainText(String(customer.full_name));
    await queued.getByRole('link', { name: 'Show' }).click();
    await expect(legal).toHaveURL(new RegExp(`#/authority-referrals/${id}/show$`));
    const opinion = 'Name the orders concerned and the dates of the chargebacks in the evidence.';
    const changes = await openStep(legal, 'Request changes');
    await changes.getByRole('textbox', { name: 'Written opinion' }).fill(opinion);
    await submitStep(legal, 'Request changes', 'Changes requested');
    await expect(shownField(legal, 'status')).toHaveText('StatusChanges requested');

    // Support amends the draft and submits it again.
    await support.reload();
    await expect(shownField(support, 'status')).toHaveText('StatusChanges requested');
    await expect(shownField(support, 'legal_opinion')).toHaveText(`Legal advisor's opinion${opinion}`);
    await expect(support.getByRole('region', { name: 'History' }).getByRole('listitem').last()).toContainText(`by legal (legal advisor) · ${opinion}`);
    await support.getByRole('link', { name: 'Edit' }).click();
    await expect(support).toHaveURL(new RegExp(`#/authority-referrals/${id}$`));
    const amended = `Orders 5521, 5530 and 5544, charged back on 2, 9 and 16 of the month; case file PD-E2E-${run}.`;
    await support.getByRole('textbox', { name: 'Evidence' }).fill(amended);
    await support.getByRole('button', { name: 'Save' }).click();
    await expect(support).toHaveURL(new RegExp(`#/authority-referrals/${id}/show$`));
    await expect(support.getByText(amended)).toBeVisible();
    await openStep(support, 'Submit to legal advisor');
    await submitStep(support, 'Submit to legal advisor', 'Submitted to the legal advisor');
    await expect(shownField(support, 'status')).toHaveText('StatusAwaiting legal review');

    // The legal advisor approves, narrowed to name, e-mail and phone.
    await legal.reload();
    await expect(shownField(legal, 'status')).toHaveText('StatusAwaiting legal review');
    await expect(legal.getByText(amended)).toBeVisible();
    const approve = await openStep(legal, 'Approve');
    const approved = approve.getByRole('group', { name: 'Fields approved for disclosure' });
    for (const field of ['Full name', 'E-mail', 'Phone', 'ID number', 'Residential address']) {
      await expect(approved.getByRole('checkbox', { name: field, exact: true })).toBeChecked();
    }
    await expect(approved.getByRole('checkbox')).toHaveCount(5);
    await approved.getByRole('checkbox', { name: 'ID number', exact: true }).uncheck();
    await approved.getByRole('checkbox', { name: 'Residential address', exact: true }).uncheck();
    await approve.getByRole('textbox', { name: 'Written opinion' }).fill('Lawful under the Penal Code; the police need only to contact the customer.');
    await submitStep(legal, 'Approve', 'Approved');
    await expect(shownField(legal, 'status')).toHaveText('StatusApproved');
    await expect(shownField(legal, 'approved_fields')).toHaveText('Fields approved for disclosureFull nameE-mailPhone');

    // The admin records the disclosure, which freezes the package.
    await page.reload();
    await expect(shownField(page, 'status')).toHaveText('StatusApproved');
    const disclosure = await openStep(page, 'Record disclosure');
    // today in Muscat, which the server takes as today even while the UTC date is still yesterday
    await disclosure.getByRole('textbox', { name: 'Disclosed on' }).fill(muscatDay(0));
    await disclosure.getByRole('textbox', { name: 'Channel (how it was sent)' }).fill('Hand delivery to the duty officer');
    await disclosure.getByRole('textbox', { name: 'Authority’s reference' }).fill(`ROP-CYB-${run}`);
    await submitStep(page, 'Record disclosure', 'Disclosure recorded; package frozen');
    await expect(shownField(page, 'status')).toHaveText('StatusDisclosed');
    await expect(shownField(page, 'authority_reference')).toHaveText(`Authority’s referenceROP-CYB-${run}`);

    // The package: exactly the approved fields, as they were, and the SHA-256 shown proves it.
    const shaShown = page.getByText(/^SHA-256 [0-9a-f]{64}$/);
    await expect(shaShown).toBeVisible();
    const sha = (await shaShown.textContent())!.slice('SHA-256 '.length);
    const button = page.getByRole('button', { name: 'Download disclosure package (JSON)' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`referral-${id}-disclosure.json`);
    const bytes = await readFile(await download.path());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
    const pack = JSON.parse(bytes.toString('utf8'));
    expect(Object.keys(pack.fields).sort()).toEqual(['email', 'full_name', 'phone']);
    expect(pack).toMatchObject({
      referral_id: id,
      customer_id: customer.id,
      authority: 'Royal Oman Police — Cybercrime Department',
      authority_reference: `ROP-CYB-${run}`,
      disclosed_on: muscatDay(0),
      channel: 'Hand delivery to the duty officer',
      fields: { full_name: customer.full_name, email: customer.email, phone: '+96893456789' },
    });
    expect(await apiGet(request, 'authority-referrals', id)).toMatchObject({ status: 'disclosed', approved_fields: ['full_name', 'email', 'phone'], disclosure_sha256: sha });
  } finally {
    await support.context().close();
    await legal?.context().close();
  }
});
