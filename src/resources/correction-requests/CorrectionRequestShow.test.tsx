import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCorrectionRequest, buildCustomer } from '../../../mocks/fixtures';
import { findResource } from '../../domain/resources';

const customer = buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy' });
const verified = buildCorrectionRequest({ id: 7, status: 'in_progress', identity_method: 'phone_callback', identity_verified_at: '2026-11-23T08:00:00.000Z' });

describe('CorrectionRequestShow', () => {
  it('shows what is wrong, leads to the customer’s edit, and records what was corrected', async () => {
    const { user, store } = renderApp('/correction-requests/7/show', { customers: [customer], 'correction-requests': [verified] }, { signedInAs: 'support' });
    expect(await screen.findByText('My address is Way 12, House 4, Seeb')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Correct the customer’s record' })).toHaveAttribute('href', '#/customers/1');
    await user.click(within(screen.getByRole('group', { name: 'Workflow steps' })).getByRole('button', { name: 'Record the correction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record the correction' });
    await user.type(within(dialog).getByRole('textbox', { name: /What was corrected/ }), 'Residential address changed');
    await user.click(within(dialog).getByRole('button', { name: 'Record the correction' }));
    expect(await screen.findByText('Record the correction: In progress → Corrected')).toBeInTheDocument();
    expect(store.get(findResource('correction-requests')!, 7)).toMatchObject({ status: 'completed', correction_made: 'Residential address changed' });
    expect(screen.queryByRole('link', { name: 'Correct the customer’s record' })).not.toBeInTheDocument();
  });

  it('offers no way to the customer’s edit before the requester is proven', async () => {
    renderApp('/correction-requests/8/show', { customers: [customer], 'correction-requests': [buildCorrectionRequest({ id: 8 })] }, { signedInAs: 'support' });
    expect(await screen.findByRole('button', { name: 'Start identity check' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Correct the customer’s record' })).not.toBeInTheDocument();
  });
});
