import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer } from '../../../mocks/fixtures';

const customers = [
  buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy', username: 'salim.h', email: 'salim@example.com' }),
  buildCustomer({ id: 2, full_name: 'زينب بنت حمد البلوشي', username: 'zainab.b', email: 'zainab@example.com', newsletter: true }),
  buildCustomer({ id: 3, full_name: null, username: null, email: null, phone: null, status: 'erased' }),
];

describe('CustomerList', () => {
  it('shows the customers from the API, erased ones by their tombstone label', async () => {
    renderApp('/customers', { customers });
    expect(await screen.findByText('Salim bin Said Al Harthy')).toBeInTheDocument();
    expect(screen.getByText('زينب بنت حمد البلوشي')).toBeInTheDocument();
    expect(screen.getByText('Erased')).toBeInTheDocument();
    expect(screen.getByText('1-3 of 3')).toBeInTheDocument();
  });

  it('searches on the server as the user types', async () => {
    const { user, requests } = renderApp('/customers', { customers });
    await screen.findByText('Salim bin Said Al Harthy');
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'zainab');
    await waitFor(() => expect(screen.queryByText('Salim bin Said Al Harthy')).not.toBeInTheDocument());
    expect(screen.getByText('زينب بنت حمد البلوشي')).toBeInTheDocument();
    expect(requests.some((r) => decodeURIComponent(r.url).includes('"q":"zainab"'))).toBe(true);
  });

  it('offers Show and Edit buttons on each row', async () => {
    renderApp('/customers', { customers });
    const row = (await screen.findByText('Salim bin Said Al Harthy')).closest('tr')!;
    expect(await within(row).findByRole('link', { name: 'Show' })).toHaveAttribute('href', '#/customers/1/show');
    expect(await within(row).findByRole('link', { name: 'Edit' })).toHaveAttribute('href', '#/customers/1');
  });
});
