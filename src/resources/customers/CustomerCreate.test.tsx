import { describe, expect, it } from 'vitest';
import { customers } from '../../domain/customers';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';

describe('CustomerCreate', () => {
  it('shows the shared schema errors and sends nothing while the form is invalid', async () => {
    const { user, requests } = renderApp('/customers/create');
    await user.type(await screen.findByRole('textbox', { name: /Full name/ }), 'Hilal bin Rashid Al Amri');
    await user.type(screen.getByRole('textbox', { name: /Username/ }), 'hilal.amri');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'not-an-address');
    await user.type(screen.getByRole('textbox', { name: /Residential address/ }), 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Not a valid e-mail address')).toBeInTheDocument();
    expect(screen.getByText('Payment card numbers must not be stored in Privacy Desk')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('creates the customer and opens it', async () => {
    const { user, store } = renderApp('/customers/create');
    await user.type(await screen.findByRole('textbox', { name: /Full name/ }), 'Hilal bin Rashid Al Amri');
    await user.type(screen.getByRole('textbox', { name: /Username/ }), 'hilal.amri');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'Hilal@Example.com');
    await user.type(screen.getByRole('textbox', { name: /Phone/ }), '+968 9911 2233');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers/1/show'));
    expect(await screen.findByText('hilal@example.com')).toBeInTheDocument();
    expect(store.get(customers, 1)).toMatchObject({ phone: '+96899112233', status: 'active', version: 1 });
  });
});
