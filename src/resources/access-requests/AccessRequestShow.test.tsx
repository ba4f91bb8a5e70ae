import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildAccessRequest, buildCustomer } from '../../../mocks/fixtures';
import { findResource } from '../../domain/resources';

const customer = buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy' });

describe('AccessRequestShow', () => {
  it('offers support the identity check first, and sending the data only once the identity is verified', async () => {
    const { user, store } = renderApp('/access-requests/5/show', { customers: [customer], 'access-requests': [buildAccessRequest({ id: 5, status: 'new' })] }, { signedInAs: 'support' });
    const steps = await screen.findByRole('group', { name: 'Workflow steps' });
    expect(within(steps).getAllByRole('button').map((b) => b.textContent)).toEqual(['Assign', 'Start identity check', 'Reject']);
    expect(screen.getByText(/Response period \(the deletion period set in settings\): 30 days/)).toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: 'Start identity check' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Start identity check' })).getByRole('button', { name: 'Start identity check' }));
    await screen.findByText('Start identity check: New → Verifying identity');
    expect(store.get(findResource('access-requests')!, 5).status).toBe('verifying_identity');
    expect(within(screen.getByRole('group', { name: 'Workflow steps' })).queryByRole('button', { name: 'Send the data' })).not.toBeInTheDocument();
  });

  it('lets support send the data of a verified request', async () => {
    const verified = buildAccessRequest({ id: 6, status: 'in_progress', identity_method: 'email_code', identity_verified_at: '2026-11-23T08:00:00.000Z' });
    const { user, store } = renderApp('/access-requests/6/show', { customers: [customer], 'access-requests': [verified] }, { signedInAs: 'support' });
    await user.click(within(await screen.findByRole('group', { name: 'Workflow steps' })).getByRole('button', { name: 'Send the data' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Send the data' })).getByRole('button', { name: 'Send the data' }));
    expect(await screen.findByText('Send the data: In progress → Data sent')).toBeInTheDocument();
    expect(store.get(findResource('access-requests')!, 6)).toMatchObject({ status: 'completed', completed_at: expect.any(String) });
  });

  it('shows the legal advisor the request without any step', async () => {
    renderApp('/access-requests/5/show', { customers: [customer], 'access-requests': [buildAccessRequest({ id: 5 })] }, { signedInAs: 'legal' });
    expect(await screen.findByText('Salim bin Said Al Harthy', { selector: 'span' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Workflow steps' })).not.toBeInTheDocument();
  });
});
