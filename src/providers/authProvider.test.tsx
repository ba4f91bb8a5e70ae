import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../test/renderApp';
import { buildCustomer } from '../../mocks/fixtures';

const customers = [buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy' })];

describe('signing in', () => {
  it('asks a signed-out visitor to sign in, refuses a wrong password, then opens the desk', async () => {
    const { user } = renderApp('/customers', { customers }, { signedInAs: null });
    await user.type(await screen.findByRole('textbox', { name: /Username/ }, { timeout: 25_000 }), 'support');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong username or password')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Password/));
    await user.type(screen.getByLabelText(/Password/), 'privacy-desk-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Salim bin Said Al Harthy')).toBeInTheDocument();
  });

  it('shows each role only what the matrix allows: support cannot export customers, legal cannot create', async () => {
    renderApp('/customers', { customers }, { signedInAs: 'support' });
    await screen.findByText('Salim bin Said Al Harthy');
    expect(await screen.findByRole('link', { name: 'Create' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });

  it('hides create and edit from the legal advisor, who reads', async () => {
    renderApp('/customers', { customers }, { signedInAs: 'legal' });
    await screen.findByText('Salim bin Said Al Harthy');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Export' })).toBeInTheDocument();
  });
});
