import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildAuthorityReferral, buildConsentRequest, buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';

describe('CustomerShow', () => {
  it("lists the customer's records in each workflow on their tabs", async () => {
    const { user } = renderApp('/customers/1/show', {
      customers: [buildCustomer({ id: 1 }), buildCustomer({ id: 2 })],
      'consent-requests': [buildConsentRequest({ id: 1, customer_id: 1, parent_name: 'Parent of one' }), buildConsentRequest({ id: 2, customer_id: 2, parent_name: 'Parent of two' })],
      'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1, scope: 'child_data' })],
      'authority-referrals': [buildAuthorityReferral({ id: 8, customer_id: 1, activity: 'harassment' })],
    });
    expect(await screen.findByText('•••• 5678')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Consent requests' }));
    expect(await screen.findByText('Parent of one')).toBeInTheDocument();
    expect(screen.queryByText('Parent of two')).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Deletion tickets' }));
    expect(await screen.findByText("Child's data")).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Authority referrals' }));
    expect(await screen.findByText('Harassment')).toBeInTheDocument();
  });

  it('offers no Edit on an erased customer, in the list or on its page, and the API refuses the change', async () => {
    const tombstone = buildCustomer({ id: 3, status: 'erased', full_name: null, username: null, email: null, phone: null, id_number: null, address: null, birth_date: null });
    const { user } = renderApp('/customers', { customers: [buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy' }), tombstone] });
    const activeRow = (await screen.findByText('Salim bin Said Al Harthy')).closest('tr')!;
    const erasedRow = screen.getByText('Erased').closest('tr')!;
    expect(await within(activeRow).findByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(within(erasedRow).queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    await user.click(within(erasedRow).getByRole('link', { name: 'Show' }));
    expect(await screen.findByText('Erased')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    // typing the address of the edit form by hand does not get round it: the API refuses the save
    const res = await fetch('http://localhost/api/customers/3', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...tombstone, full_name: 'Back', username: 'back.again', email: 'back@example.org' }) });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toMatch(/erased/);
  });
});
