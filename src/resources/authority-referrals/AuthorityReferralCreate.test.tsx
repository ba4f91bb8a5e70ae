import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer } from '../../../mocks/fixtures';
import { authorityReferrals } from '../../domain/authorityReferrals';

describe('AuthorityReferralCreate', () => {
  it('requires at least one field proposed for disclosure, then saves a draft', async () => {
    const { user, store } = renderApp('/authority-referrals/create', { customers: [buildCustomer({ id: 7, full_name: 'Talal bin Badr Al Maskari' })] });
    await user.type(await screen.findByRole('combobox', { name: /Customer/ }), 'Talal');
    await user.click(await screen.findByRole('option', { name: /Talal bin Badr Al Maskari/ }));
    await user.click(screen.getByRole('combobox', { name: /Activity/ }));
    await user.click(await screen.findByRole('option', { name: 'Payment abuse' }));
    await user.type(screen.getByRole('textbox', { name: /Authority/ }), 'Royal Oman Police');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'Repeated chargebacks after confirmed delivery.');
    await user.type(screen.getByRole('textbox', { name: /Evidence/ }), 'Courier signatures for orders 1001-1004.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Propose at least one field to disclose')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(screen.getByRole('checkbox', { name: 'Phone' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#/authority-referrals/1/show'));
    expect(store.get(authorityReferrals, 1)).toMatchObject({ customer_id: 7, activity: 'payment_abuse', status: 'draft', proposed_fields: ['email', 'phone'] });
  });
});
