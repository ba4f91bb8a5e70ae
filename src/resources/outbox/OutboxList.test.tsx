import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';

const mail = (id: number, extra: Record<string, unknown>) => ({
  id,
  kind: 'consent_notice',
  to_address: `parent${id}@example.com`,
  subject: `Notice ${id}`,
  status: 'queued',
  attempts: 0,
  last_error: null,
  resource: 'consent-requests',
  record_id: id,
  next_attempt_at: '2026-11-01T06:00:00.000Z',
  created_at: '2026-11-01T06:00:00.000Z',
  sent_at: null,
  updated_at: '2026-11-01T06:00:00.000Z',
  version: 1,
  ...extra,
});

const fixtures = {
  outbox: [
    mail(1, { status: 'sent', attempts: 1, sent_at: '2026-11-01T06:01:00.000Z' }),
    mail(2, { status: 'failed', attempts: 5, last_error: '550 <recipient>: no such mailbox' }),
    mail(3, { kind: 'deletion_confirmation', to_address: null, status: 'sent', attempts: 1 }),
  ],
};

describe('OutboxList', () => {
  it('shows each mail with its kind and status in words, and its delivery error', async () => {
    renderApp('/outbox', fixtures, { signedInAs: 'support' });
    const failed = (await screen.findByText('Notice 2')).closest('tr')!;
    expect(within(failed).getByText('Failed')).toBeInTheDocument();
    expect(within(failed).getByText('Consent notice')).toBeInTheDocument();
    expect(within(failed).getByText('550 <recipient>: no such mailbox')).toBeInTheDocument();
    const erased = screen.getByText('Notice 3').closest('tr')!;
    expect(within(erased).getByText('Deletion confirmation')).toBeInTheDocument();
    // the erased address shows as a dash (so does the mail's sending time, not sent)
    expect(erased.querySelector('.column-to_address')).toHaveTextContent(/^—$/);
  });

  it('filters by status on the server', async () => {
    const { user } = renderApp('/outbox', fixtures);
    await screen.findByText('Notice 1');
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Failed' }));
    await waitFor(() => expect(screen.queryByText('Notice 1')).not.toBeInTheDocument());
    expect(screen.getByText('Notice 2')).toBeInTheDocument();
  });
});

describe('OutboxShow', () => {
  it('links the mail to its record and says when the recipient was erased', async () => {
    renderApp('/outbox/3/show', fixtures, { signedInAs: 'legal' });
    expect(await screen.findByText('Notice 3')).toBeInTheDocument();
    expect(screen.getByText('Erased')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Consent request #3' })).toHaveAttribute('href', '#/consent-requests/3/show');
  });
});
