import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';
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
