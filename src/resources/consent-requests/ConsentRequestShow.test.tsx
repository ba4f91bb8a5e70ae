import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildConsentRequest, buildCustomer } from '../../../mocks/fixtures';

describe('ConsentRequestShow', () => {
  it('shows the request with its state, method and a link to the child customer', async () => {
    renderApp('/consent-requests/4/show', {
      customers: [buildCustomer({ id: 9, full_name: 'Noor bint Hamad Al Balushi', school: 'Indian School Muscat' })],
      'consent-requests': [buildConsentRequest({ id: 4, customer_id: 9, status: 'granted', verification_method: 'video_call', parent_name: 'Hamad bin Ali Al Balushi' })],
    });
    expect(await screen.findByText('Hamad bin Ali Al Balushi')).toBeInTheDocument();
    expect(screen.getByText('Granted')).toBeInTheDocument();
    expect(screen.getByText('Video call')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Noor bint Hamad Al Balushi' })).toHaveAttribute('href', '#/customers/9/show');
  });
});
