import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../test/renderApp';
import { buildConsentRequest, buildCustomer } from '../../mocks/fixtures';

// The mocks answer as a server without SMTP_URL: nothing is delivered.
const fixtures = () => ({
  customers: [buildCustomer({ id: 9, full_name: 'Noor bint Hamad Al Balushi' })],
  'consent-requests': [buildConsentRequest({ id: 4, customer_id: 9, status: 'awaiting_notice', notice_queued_at: '2026-11-22T06:00:00.000Z' })],
});

describe('mail that is not delivered', () => {
  it('is announced to an admin on every page', async () => {
    renderApp('/customers', fixtures());
    expect(await screen.findByText(/Mail is not being delivered: no mail server is configured/)).toBeInTheDocument();
  });

  it('is not a banner for support, but the queued notice says it has not been delivered', async () => {
    renderApp('/consent-requests/4/show', fixtures(), { signedInAs: 'support' });
    expect(await screen.findByText(/has not been delivered yet/)).toBeInTheDocument();
    expect(screen.queryByText(/Mail is not being delivered/)).not.toBeInTheDocument();
  });

  it('is told to whoever queues mail', async () => {
    const { user } = renderApp('/consent-requests/4/show', fixtures(), { signedInAs: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Send notice to parent' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(dialog.querySelector('button[type="submit"]')!);
    expect(await screen.findByText(/Queued in the Outbox, but mail is not being delivered/)).toBeInTheDocument();
  });
});
