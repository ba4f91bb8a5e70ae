import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';

const fixtures = {
  customers: [buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy' }), buildCustomer({ id: 2, full_name: 'Aisha bint Nasser Al Hinai' })],
  'deletion-tickets': [
    buildDeletionTicket({ id: 1, customer_id: 1, requester_name: 'Salim', status: 'new', scope: 'account' }),
    buildDeletionTicket({ id: 2, customer_id: 2, requester_name: 'Aisha', status: 'completed', scope: 'marketing_email', received_at: '2026-11-01T06:00:00.000Z' }),
    buildDeletionTicket({ id: 3, customer_id: null, requester_name: 'Unknown list member', status: 'in_progress', scope: 'marketing_email' }),
  ],
};

describe('DeletionTicketList', () => {
  it('shows each ticket with its customer, scope and status in words', async () => {
    renderApp('/deletion-tickets', fixtures);
    const row = (await screen.findByText('Aisha')).closest('tr')!;
    expect(await within(row).findByText('Aisha bint Nasser Al Hinai')).toBeInTheDocument();
    expect(within(row).getByText('Marketing e-mail address')).toBeInTheDocument();
    expect(within(row).getByText('Completed')).toBeInTheDocument();
  });

  it('filters by status on the server', async () => {
    const { user } = renderApp('/deletion-tickets', fixtures);
    await screen.findByText('Salim');
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'In progress' }));
    await waitFor(() => expect(screen.queryByText('Salim')).not.toBeInTheDocument());
    expect(screen.getByText('Unknown list member')).toBeInTheDocument();
    expect(screen.getByText('1-1 of 1')).toBeInTheDocument();
  });

  it('lists one customer’s tickets from the customer filter in the address', async () => {
    renderApp(`/deletion-tickets?filter=${encodeURIComponent('{"customer_id":2}')}`, fixtures);
    expect(await screen.findByText('Aisha')).toBeInTheDocument();
    expect(screen.queryByText('Salim')).not.toBeInTheDocument();
  });
});
