import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
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
});
