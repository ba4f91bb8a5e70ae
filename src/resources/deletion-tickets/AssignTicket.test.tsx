import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';
import { findResource } from '../../domain/resources';

const account = (id: number, username: string, display_name: string, role: string, disabled = false) => ({
  id, username, display_name, role, disabled, email: null, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', version: 1,
});

describe('assigning a deletion ticket', () => {
  it('offers the enabled staff who work tickets by name, and saves the one chosen', async () => {
    const { user, store } = renderApp(
      '/deletion-tickets/5/show',
      {
        customers: [buildCustomer({ id: 1 })],
        'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1 })],
        staff: [
          account(1, 'support', 'Maryam Al Riyami', 'support'),
          account(2, 'legal', 'Huda Al Busaidi', 'legal'),
          account(3, 'support.gone', 'Former Colleague', 'support', true),
          account(4, 'admin', 'Salim Al Harthy', 'admin'),
        ],
      },
      { signedInAs: 'support' },
    );
    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /Assign to/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options.filter((o) => o?.includes('('))).toEqual(['Maryam Al Riyami (support)', 'Salim Al Harthy (admin)']);
    await user.click(screen.getByRole('option', { name: 'Maryam Al Riyami (support)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(store.get(findResource('deletion-tickets')!, 5)).toMatchObject({ assignee: 'support' }));
  });
});
