import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer } from '../../../mocks/fixtures';

const customers = [buildCustomer({ id: 7, full_name: 'Salim bin Said Al Harthy', email: 'salim.harthy@example.com', username: 'salim.h' })];

describe('a new deletion ticket', () => {
  it('fills the requester from the customer chosen', async () => {
    const { user } = renderApp('/deletion-tickets/create', { customers });
    await user.type(await screen.findByRole('combobox', { name: 'Customer' }), 'Salim');
    await user.click(await screen.findByRole('option', { name: /^Salim bin Said Al Harthy \(#7\)/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Requester' })).toHaveValue('Salim bin Said Al Harthy'));
    expect(screen.getByRole('textbox', { name: "Requester's e-mail" })).toHaveValue('salim.harthy@example.com');
  });

  it('keeps a requester staff typed (a parent asking for their child, an agent for a client)', async () => {
    const { user } = renderApp('/deletion-tickets/create', { customers });
    await user.type(await screen.findByRole('textbox', { name: 'Requester' }), 'Said Al Harthy (father)');
    await user.type(await screen.findByRole('combobox', { name: 'Customer' }), 'Salim');
    await user.click(await screen.findByRole('option', { name: /^Salim bin Said Al Harthy \(#7\)/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: "Requester's e-mail" })).toHaveValue('salim.harthy@example.com'));
    expect(screen.getByRole('textbox', { name: 'Requester' })).toHaveValue('Said Al Harthy (father)');
  });
});
