import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { findResource } from '../../domain/resources';
import { buildBreachIncident, buildCustomer } from '../../../mocks/fixtures';

const approved = buildBreachIncident({
  id: 4,
  status: 'approved',
  drafted_by: 'another.admin',
  site_notice_text: 'Some addresses were exposed.',
  email_notice_text: 'Dear customer, your address was exposed.',
  decided_at: '2026-11-22T10:00:00.000Z',
});
const fixtures = () => ({
  'breach-incidents': [approved],
  customers: [
    buildCustomer({ id: 1, full_name: 'Ahmed Al Kindi', email: 'ahmed@example.com', username: 'ahmed.kindi' }),
    buildCustomer({ id: 2, full_name: 'Aisha Al Kindi', email: 'AHMED@example.com', username: 'aisha.kindi' }),
    buildCustomer({ id: 3, full_name: 'Salim Al Harthy', email: 'salim@example.com', username: 'salim.harthy' }),
  ],
});

describe('MailingProgress', () => {
  it('starts the e-mails after a warning, then shows them delivered, one per address, and settled', async () => {
    const { user, store } = renderApp('/breach-incidents/4/show', fixtures());
    store.addAffected(4, [1, 2, 3], 'admin');
    expect(await screen.findByText('E-mails not started')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'E-mail the people affected' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Mail once sent cannot be recalled/)).toBeInTheDocument();
    const send = within(dialog).getByRole('button', { name: 'E-mail the people affected' });
    expect(send).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I understand: this cannot be undone' }));
    await user.click(send);
    expect(await screen.findByText('E-mails: 2 of 2 done')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'E-mails: 2 of 2 done' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText('2 delivered · 0 failed · 0 waiting · 0 still to queue')).toBeInTheDocument();
    expect(screen.getByText(/1 sharing an address/)).toBeInTheDocument();
    expect(screen.getByText(/Every notice has had its outcome/)).toBeInTheDocument();
    await waitFor(() => expect(store.get(findResource('breach-incidents')!, 4)).toMatchObject({ notices_started_at: expect.any(String), notices_settled_at: expect.any(String) }));
    expect(screen.queryByRole('button', { name: /failed again/ })).not.toBeInTheDocument();
  });

  it('shows the legal advisor the progress without a way to start or retry', async () => {
    const { store } = renderApp('/breach-incidents/4/show', fixtures(), { signedInAs: 'legal' });
    store.addAffected(4, [1], 'admin');
    expect(await screen.findByText('E-mails not started')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'E-mail the people affected' })).not.toBeInTheDocument();
  });
});
