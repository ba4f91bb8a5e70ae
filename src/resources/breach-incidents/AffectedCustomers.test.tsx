import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildBreachIncident, buildCustomer } from '../../../mocks/fixtures';
import type { BreachStatus } from '../../domain/breachIncidents';

const fixtures = (status: BreachStatus) => ({
  'breach-incidents': [buildBreachIncident({ id: 4, status })],
  customers: [
    buildCustomer({ id: 1, full_name: 'Ahmed Al Kindi', email: 'ahmed@example.com', username: 'ahmed.kindi' }),
    buildCustomer({ id: 2, full_name: 'Aisha Al Kindi', email: 'aisha@example.com', username: 'aisha.kindi' }),
    buildCustomer({ id: 3, full_name: 'Salim Al Harthy', email: 'salim@example.com', username: 'salim.harthy' }),
  ],
});

describe('AffectedCustomers', () => {
  it('lets the admin widen the set by a search, after seeing what it would add', async () => {
    const { user, store } = renderApp('/breach-incidents/4/show', fixtures('assessed'));
    expect(await screen.findByText('Affected customers: 0')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Widen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Widen the affected customers' });
    expect(within(dialog).getByRole('button', { name: 'Confirm' })).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name, e-mail or username contains' }), 'kindi');
    await user.click(within(dialog).getByRole('button', { name: 'Count' }));
    expect(await within(dialog).findByText(/Would add 2 \(0 already affected\)/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Affected customers: 2')).toBeInTheDocument();
    await waitFor(() => expect([...store.affectedIds(4)].sort()).toEqual([1, 2]));
  });

  it('shows the legal advisor the count without a way to widen', async () => {
    renderApp('/breach-incidents/4/show', fixtures('awaiting_legal_review'), { signedInAs: 'legal' });
    expect(await screen.findByText('Affected customers: 0')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Widen…' })).not.toBeInTheDocument();
  });

  it('says so when someone widened the set meanwhile, and confirms nothing until counted again', async () => {
    const { user, store } = renderApp('/breach-incidents/4/show', fixtures('assessed'));
    await user.click(await screen.findByRole('button', { name: 'Widen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Widen the affected customers' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'All customers' }));
    await user.click(within(dialog).getByRole('button', { name: 'Count' }));
    expect(await within(dialog).findByText(/Would add 3 \(0 already affected\)/)).toBeInTheDocument();
    store.addAffected(4, [3], 'another.admin');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText(/this would now add 2, not 3/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Confirm' })).toBeDisabled();
    expect(store.affectedIds(4).size).toBe(1);
  });

  it('offers no widening once the incident is closed', async () => {
    renderApp('/breach-incidents/4/show', fixtures('closed'));
    expect(await screen.findByText('Affected customers: 0')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Widen…' })).not.toBeInTheDocument();
  });
});
