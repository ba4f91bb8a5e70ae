import { allowConsoleErrors, expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { apiGet, mailTo, openStep, shownField, shownId, submitStep } from './support';

/** The birth date of someone who turned `years` a few days ago, as YYYY-MM-DD. */
function birthDateYearsAgo(years: number): string {
  const d = new Date(Date.now() - 5 * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

test('a child registers, the parent gets the COPPA notice and consents through its link', async ({ page, request }) => {
  // Base 36: a 13-digit timestamp may pass the Luhn check and be refused as a payment card number.
  const run = Date.now().toString(36);
  const child = `Salim bin Hamad Al Habsi ${run}`;
  const parentName = `Hamad bin Said Al Habsi ${run}`;
  const parentEmail = `hamad.parent.${run}@example.org`;

  // A child registers: the form asks for the parent as soon as the birth date says under 13.
  await page.goto('/#/customers/create');
  await page.getByRole('textbox', { name: 'Full name' }).fill(child);
  await page.getByRole('textbox', { name: 'Username' }).fill(`salim.e2e.${run}`);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(`salim.e2e.${run}@example.org`);
  await expect(page.getByRole('textbox', { name: "Parent's name" })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Date of birth' }).fill(birthDateYearsAgo(9));
  await expect(page.getByText('This customer is under 13')).toBeVisible();
  // COPPA minimisation: what the notice does not need waits for the parent's consent
  await expect(page.getByRole('textbox', { name: 'School' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Phone', exact: true })).toBeDisabled();
  await page.getByRole('textbox', { name: "Parent's name" }).fill(parentName);
  await page.getByRole('textbox', { name: "Parent's e-mail" }).fill(parentEmail);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/customers\/\d+\/show$/);
  const customerId = shownId(page, 'customers');

  // Registering opened a consent request, awaiting its notice; the parent's details live only there.
  const consents = await request.get(`/api/consent-requests?filter=${encodeURIComponent(JSON.stringify({ customer_id: customerId }))}`);
  expect(consents.status()).toBe(200);
  const [consent, ...others] = (await consents.json()) as Record<string, unknown>[];
  expect(others).toEqual([]);
  expect(consent).toMatchObject({ status: 'awaiting_notice', child_name: child, parent_name: parentName, parent_email: parentEmail });
  const customer = await apiGet(request, 'customers', customerId);
  expect(customer).not.toHaveProperty('parent_email');

  await page.getByRole('tab', { name: 'Consent requests' }).click();
  await page.getByRole('row').filter({ hasText: parentName }).getByRole('link', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`#/consent-requests/${consent.id}/show$`));
  await expect(shownField(page, 'status')).toHaveText('StatusAwaiting notice');

  // Staff send the notice; it is queued, and the request is "notice sent" only once the mail job delivered it.
  await openStep(page, 'Send notice to parent');
  await submitStep(page, 'Send notice to parent', 'Notice queued for the parent');
  await expect.poll(() => mailTo(parentEmail), { timeout: 15_000 }).toHaveLength(1);
  await page.reload();
  await expect(shownField(page, 'status')).toHaveText('StatusNotice sent');

  const [notice] = await mailTo(parentEmail);
  expect(notice.subject).toBe(`Your consent is needed for ${child}’s account`);
  // What COPPA 16 CFR 312.4(c)(1) asks the direct notice to say.
  expect(notice.text).toContain(`Dear ${parentName},`);
  expect(notice.text).toContain('We collected your name and e-mail address, and your child\'s name, from your child');
  expect(notice.text).toContain('Your consent is required. Until you give it, we collect, use and disclose nothing more about your child.');
  expect(notice.text).toContain('What we would collect about your child, and why:');
  expect(notice.text).toMatch(/Third parties: .*payment and delivery providers/);
  // no privacy_policy_url setting and no PRIVACY_POLICY_URL here: the notice says where to ask, never linking the desk (its sign-in page)
  expect(notice.text).toMatch(/For our privacy policy, write to us at \S+@\S+\./);
  expect(notice.text).not.toContain('127.0.0.1:3199/privacy-policy');
  expect(notice.text).toMatch(/If we have no answer by \d{1,2} \w+ \d{4} \(14 days\), we delete your contact details and your child’s\./);
  const link = /http:\/\/127\.0\.0\.1:3199\/parent\/consent\/[A-Za-z0-9_-]+/.exec(notice.text)?.[0];
  expect(link, notice.text).toBeTruthy();

  // The parent opens the link and consents (no disclosure to third parties, the default).
  const parentPage = await page.context().newPage();
  await parentPage.goto(link!);
  await expect(parentPage.getByRole('heading', { name: `Consent for ${child}` })).toBeVisible();
  await expectNoAxeViolations(parentPage, "the parent's consent page");
  await parentPage.getByRole('radio', { name: 'I consent' }).check();
  await expect(parentPage.getByRole('radio', { name: 'No' })).toBeChecked();
  await parentPage.getByRole('button', { name: 'Send my decision' }).click();
  await expect(parentPage.getByRole('heading', { name: 'Your decision is recorded' })).toBeVisible();
  await expectNoAxeViolations(parentPage, "the parent's page after the decision");
  await expect(parentPage.getByRole('status')).toContainText('your consent is recorded');
  // The link works once (its second visit answers 410 Gone).
  allowConsoleErrors(/status of 410 \(Gone\) \(http[^ ]*\/parent\/consent\//);
  await parentPage.goto(link!);
  await expect(parentPage.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await parentPage.close();

  // Staff see the decision and who took it.
  await page.reload();
  await expect(shownField(page, 'status')).toHaveText('StatusGranted');
  await expect(shownField(page, 'verification_method')).toHaveText('Verification methodE-mail plus (internal use only)');
  const history = page.getByRole('region', { name: 'History' });
  // queued by staff, delivered as the mail server reported, then decided by the parent
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').nth(0)).toContainText('Send notice to parent: Awaiting notice → Awaiting notice');
  await expect(history.getByRole('listitem').nth(0)).toContainText('by admin (store admin)');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Notice delivered: Awaiting notice → Notice sent');
  await expect(history.getByRole('listitem').nth(2)).toContainText('Record consent: Notice sent → Granted');
  await expect(history.getByRole('listitem').nth(2)).toContainText('(parent, by the notice link)');

  const granted = await apiGet(request, 'consent-requests', Number(consent.id));
  expect(granted).toMatchObject({ status: 'granted', verification_method: 'email_plus', third_party_disclosure: false, parent_email: parentEmail });
  expect(granted.decided_at).toBeTruthy();
});
