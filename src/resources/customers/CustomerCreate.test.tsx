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

  it('offers a child only what the parent’s notice needs, by the same rule the server refuses with', async () => {
    const { user, store } = renderApp('/customers/create');
    await user.type(await screen.findByRole('textbox', { name: /Full name/ }), 'Noor Al Balushi');
    await user.type(screen.getByRole('textbox', { name: /Username/ }), 'noor.b');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'noor@example.org');
    expect(screen.getByRole('textbox', { name: 'School' })).toBeEnabled();
    await user.type(screen.getByLabelText(/Date of birth|Birth date/), `${new Date().getUTCFullYear() - 9}-05-01`);
    expect(await screen.findByText(/only the name, username, e-mail address and date of birth are kept/)).toBeInTheDocument();
    for (const name of ['School', /Phone/, /ID number/, /Residential address/]) expect(screen.getByRole('textbox', { name })).toBeDisabled();
    expect(screen.getAllByText('Not collected before the parent consents').length).toBeGreaterThanOrEqual(4);
    await user.type(screen.getByRole('textbox', { name: /Parent's name/ }), 'Hamad Al Balushi');
    await user.type(screen.getByRole('textbox', { name: /Parent's e-mail/ }), 'hamad@example.net');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers/1/show'));
    expect(store.get(customers, 1)).toMatchObject({ school: null, phone: null, newsletter: false });
  });
});
