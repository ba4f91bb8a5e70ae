import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildAuthorityReferral, buildCustomer } from '../../../mocks/fixtures';
import { findResource } from '../../domain/resources';

const fixtures = {
  customers: [buildCustomer({ id: 1 })],
  'authority-referrals': [buildAuthorityReferral({ id: 3, status: 'awaiting_legal_review', proposed_fields: ['full_name', 'email', 'phone'], drafted_by: 'support' })],
};

describe('AuthorityReferralShow', () => {
  it('lets the legal advisor approve a narrowed field set, with an opinion', async () => {
    const { user, store } = renderApp('/authority-referrals/3/show', fixtures, { signedInAs: 'legal' });
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve' });
    const phone = within(dialog).getByRole('checkbox', { name: 'Phone' });
    expect(phone).toBeChecked();
    await user.click(phone);
    await user.type(within(dialog).getByRole('textbox', { name: /Written opinion/ }), 'Lawful; the phone number is not needed.');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Approved')).toBeInTheDocument();
    expect(store.get(findResource('authority-referrals')!, 3)).toMatchObject({ status: 'approved', approved_fields: ['full_name', 'email'], legal_opinion: 'Lawful; the phone number is not needed.' });
  });

  it('offers an admin no decision on a referral', async () => {
    renderApp('/authority-referrals/3/show', fixtures, { signedInAs: 'admin' });
    expect(await screen.findByText('Awaiting legal review')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });
});
