import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildAuthorityReferral, buildConsentRequest, buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';

const customer = buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy', email: 'salim@example.com' });
const fixtures = {
  customers: [customer],
  'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1, requester_name: 'Said Al Harthy', requester_email: 'said@example.com', status: 'new' })],
  'consent-requests': [buildConsentRequest({ id: 6, customer_id: 1, parent_email: 'hamad@example.com' })],
  'authority-referrals': [buildAuthorityReferral({ id: 7, customer_id: 1 })],
};

const section = (name: string) => screen.getByRole('region', { name });

describe('a record page', () => {
  it('opens a ticket with its state, due date and next steps, then its fields in groups', async () => {
    renderApp('/deletion-tickets/5/show', fixtures);
    const summary = await screen.findByRole('region', { name: 'Where it stands and next steps' });
    expect(await within(summary).findByText('New')).toBeInTheDocument();
    expect(within(summary).getByText('Due')).toBeInTheDocument();
    expect(await within(summary).findByRole('group', { name: 'Workflow steps' })).toBeInTheDocument();
    expect(within(section('Who')).getByText('Said Al Harthy')).toBeInTheDocument();
    expect(within(section('Contact')).getByText('said@example.com')).toBeInTheDocument();
    expect(within(section('The request')).getByText('Whole account')).toBeInTheDocument();
    expect(within(section('Dates')).getByText('Received')).toBeInTheDocument();
    // the steps come before the groups, the history after them
    const [steps, who, history] = [within(summary).getByRole('group', { name: 'Workflow steps' }), section('Who'), await screen.findByRole('region', { name: 'History' })];
    expect(steps.compareDocumentPosition(who) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(who.compareDocumentPosition(history) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('groups a consent request’s contact apart from its dates', async () => {
    renderApp('/consent-requests/6/show', fixtures);
    await screen.findByText('hamad@example.com');
    expect(within(section('Contact')).getByText('hamad@example.com')).toBeInTheDocument();
    expect(within(section('Dates')).getByText('Notice delivered')).toBeInTheDocument();
  });

  it('groups a referral’s decision and disclosure apart from the request', async () => {
    renderApp('/authority-referrals/7/show', fixtures);
    await screen.findByText('Fraud');
    expect(within(section('The request')).getByText('Fraud')).toBeInTheDocument();
    expect(within(section('Legal decision')).getByText('Fields approved for disclosure')).toBeInTheDocument();
    expect(within(section('Disclosure')).getByText('Disclosed on')).toBeInTheDocument();
  });

  it('groups a customer’s details into who, contact and account', async () => {
    renderApp('/customers/1/show', fixtures);
    expect(await screen.findByRole('region', { name: 'Who' })).toHaveTextContent('Salim bin Said Al Harthy');
    expect(within(section('Contact')).getByText('salim@example.com')).toBeInTheDocument();
    expect(within(section('Account')).getByText('Created')).toBeInTheDocument();
  });
});
