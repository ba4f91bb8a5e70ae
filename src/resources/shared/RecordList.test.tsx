import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { setViewportWidth } from '../../test/viewport';
import { buildAuthorityReferral, buildConsentRequest, buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';

const moment = '2026-10-01T08:00:00.000Z';
const customer = buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy', email: 'salim.harthy@example.com', phone: '+96892221392' });
const fixtures = {
  customers: [customer],
  'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1, requester_name: 'Salim bin Said Al Harthy', status: 'new' })],
  'consent-requests': [buildConsentRequest({ id: 6, customer_id: 1 })],
  'authority-referrals': [buildAuthorityReferral({ id: 7, customer_id: 1 })],
  outbox: [{ id: 8, kind: 'consent_notice', to_address: 'parent@example.com', subject: 'Your consent is needed', status: 'sent', attempts: 1, last_error: null, resource: 'consent-requests', record_id: 6, created_at: moment, next_attempt_at: moment, sent_at: moment, updated_at: moment, version: 1 }],
  staff: [{ id: 9, username: 'support.maryam', display_name: 'Maryam Al Hinai', email: 'maryam@example.com', role: 'support', disabled: false, created_at: moment, updated_at: moment, version: 1 }],
  holidays: [{ id: 10, day: `${new Date().getFullYear()}-11-18`, name: 'National Day', kind: 'fixed', created_at: moment, updated_at: moment, version: 1 }],
};

let restore: () => void = () => undefined;
afterEach(() => restore());

describe('lists on a phone (390 px)', () => {
  it.each([
    ['customers', 'Salim bin Said Al Harthy', '#/customers/1/show'],
    ['deletion-tickets', '#5 Salim bin Said Al Harthy', '#/deletion-tickets/5/show'],
    ['consent-requests', 'Noor bint Hamad Al Balushi', '#/consent-requests/6/show'],
    ['authority-referrals', 'Salim bin Said Al Harthy', '#/authority-referrals/7/show'],
    ['outbox', 'Your consent is needed', '#/outbox/8/show'],
    ['staff', 'Maryam Al Hinai', '#/staff/9'],
    ['holidays', 'National Day', '#/holidays/10'],
  ])('show %s as a simple list, each item a link to the record', async (resource, primary, href) => {
    restore = setViewportWidth(390);
    renderApp(`/${resource}`, fixtures);
    const item = (await screen.findByText(primary)).closest('a')!;
    expect(item).toHaveAttribute('href', href);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps Create and Export within reach, and shows each customer’s e-mail and masked phone', async () => {
    restore = setViewportWidth(390);
    renderApp('/customers', fixtures);
    const item = (await screen.findByText('Salim bin Said Al Harthy')).closest('a')!;
    expect(within(item).getByText('salim.harthy@example.com')).toBeInTheDocument();
    expect(within(item).getByText(/^•+ ?1392$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create' })).toHaveAttribute('href', '#/customers/create');
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
  });
});

describe('lists on a laptop (1366 px) and a wide screen (1920 px)', () => {
  const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);

  it('keep the deletion tickets to the columns needed to pick one at 1366 px, with the row buttons', async () => {
    restore = setViewportWidth(1366);
    renderApp('/deletion-tickets', fixtures);
    const row = (await screen.findByRole('link', { name: 'Show' })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    await waitFor(() => expect(headers()).toEqual(expect.arrayContaining(['ID', 'Requester', 'Customer', 'What to delete', 'Status', 'Due'])));
    expect(headers()).not.toEqual(expect.arrayContaining(['Channel']));
    expect(headers()).not.toContain('Received');
    expect(headers()).not.toContain('Assigned to');
  });

  it('show every column from 1536 px', async () => {
    restore = setViewportWidth(1920);
    renderApp('/deletion-tickets', fixtures);
    await screen.findByRole('link', { name: 'Show' });
    expect(headers()).toEqual(expect.arrayContaining(['Channel', 'Received']));
  });

  it('never break a masked phone, and give a customer’s name room before the e-mail', async () => {
    restore = setViewportWidth(1366);
    renderApp('/customers', fixtures);
    const phone = await screen.findByText(/^•+ ?1392$/);
    expect(getComputedStyle(phone.closest('td')!).whiteSpace).toBe('nowrap');
    expect(getComputedStyle(screen.getByText('Salim bin Said Al Harthy').closest('td')!).minWidth).toBe('10rem');
    expect(getComputedStyle(screen.getByText('salim.harthy@example.com').closest('td')!).overflowWrap).toBe('anywhere');
    expect(headers()).not.toContain('Username');
  });
});
