import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildAuthorityReferral, buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';
import { findResource } from '../../domain/resources';

describe('completing a deletion ticket', () => {
  it('says what will be erased and goes ahead only once staff confirm it cannot be undone', async () => {
    const { user, store } = renderApp(
      '/deletion-tickets/5/show',
      { customers: [buildCustomer({ id: 1 })], 'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1, status: 'in_progress', identity_method: 'id_document' })] },
      { signedInAs: 'support' },
    );
    await user.click(await screen.findByRole('button', { name: 'Complete and erase' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/erases this person’s data everywhere.*cannot be undone/)).toBeInTheDocument();
    const submit = within(dialog).getByRole('button', { name: 'Complete and erase' });
    expect(submit).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I understand: this cannot be undone' }));
    expect(submit).toBeEnabled();
    await user.click(submit);
    await waitFor(() => expect(store.get(findResource('deletion-tickets')!, 5)).toMatchObject({ status: 'completed' }));
  });
});

describe('completing a deletion ticket while a legal hold is on', () => {
  it('shows "Complete and erase" disabled, with the reason visible and tied to the button', async () => {
    renderApp(
      '/deletion-tickets/5/show',
      {
        customers: [buildCustomer({ id: 1 })],
        'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1, status: 'in_progress', identity_method: 'id_document' })],
        'authority-referrals': [buildAuthorityReferral({ id: 29, customer_id: 1, status: 'awaiting_legal_review' }), buildAuthorityReferral({ id: 30, customer_id: 1, status: 'closed' })],
      },
      { signedInAs: 'support' },
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Complete and erase' })).toBeDisabled());
    const complete = screen.getByRole('button', { name: 'Complete and erase' });
    expect(complete).toHaveAccessibleDescription('Unavailable while authority referral #29 holds this customer’s data: the legal advisor must release the hold first.');
    expect(screen.getByText(/Unavailable while authority referral #29 holds/)).toBeVisible();
    // the other steps stay open
    expect(screen.getByRole('button', { name: 'Reject' })).toBeEnabled();
  });

  it('is enabled once the legal advisor released the hold', async () => {
    const { requests } = renderApp(
      '/deletion-tickets/5/show',
      {
        customers: [buildCustomer({ id: 1 })],
        'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1, status: 'in_progress', identity_method: 'id_document' })],
        'authority-referrals': [buildAuthorityReferral({ id: 29, customer_id: 1, status: 'disclosed', hold_released_at: '2026-10-02T08:00:00.000Z' })],
      },
      { signedInAs: 'support' },
    );
    const complete = await screen.findByRole('button', { name: 'Complete and erase' });
    await waitFor(() => expect(requests.some((r) => r.url.includes('/api/authority-referrals'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(complete).toBeEnabled();
    expect(screen.queryByText(/Unavailable while/)).not.toBeInTheDocument();
  });
});
