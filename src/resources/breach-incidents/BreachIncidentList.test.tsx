import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildBreachIncident } from '../../../mocks/fixtures';

const daysAgo = (d: number) => new Date(Date.now() - d * 24 * 3600_000).toISOString();
const fixtures = {
  'breach-incidents': [
    buildBreachIncident({ id: 1, description: 'Courier link exposed addresses', status: 'notifying', risk: 'low', aware_at: daysAgo(12), due_at: daysAgo(3) }),
    buildBreachIncident({ id: 3, description: 'Phishing page copied the login', status: 'recorded', risk: null, aware_at: daysAgo(0.1), due_at: daysAgo(-2) }),
    buildBreachIncident({
      id: 2,
      description: 'Stolen laptop with an export',
      status: 'closed',
      risk: 'high',
      aware_at: daysAgo(40),
      ministry_sent_at: daysAgo(39),
      site_notice_published_at: daysAgo(39),
      subjects_notified_at: daysAgo(39),
    }),
  ],
};

describe('BreachIncidentList', () => {
  it('is the breach register: each incident with its state, risk and next deadline, overdue marked', async () => {
    renderApp('/breach-incidents', fixtures);
    const open = (await screen.findByText('Courier link exposed addresses')).closest('tr')!;
    expect(within(open).getByText('Notifying')).toBeInTheDocument();
    expect(await within(open).findByText('Overdue')).toBeInTheDocument();
    const closed = screen.getByText('Stolen laptop with an export').closest('tr')!;
    expect(within(closed).getByText('High')).toBeInTheDocument();
    expect(await within(closed).findByText('All met')).toBeInTheDocument();
  });

  it('filters by risk on the server', async () => {
    const { user } = renderApp('/breach-incidents', fixtures);
    await screen.findByText('Courier link exposed addresses');
    await user.click(screen.getByRole('combobox', { name: 'Risk to the people affected' }));
    await user.click(await screen.findByRole('option', { name: 'High' }));
    await waitFor(() => expect(screen.queryByText('Courier link exposed addresses')).not.toBeInTheDocument());
    expect(screen.getByText('Stolen laptop with an export')).toBeInTheDocument();
  });

  it('gives support staff no menu entry for the register (the API refuses them every incident)', async () => {
    renderApp('/', fixtures, { signedInAs: 'support' });
    expect(await screen.findByRole('menuitem', { name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Breach incidents' })).not.toBeInTheDocument();
  });

  it('gives the legal advisor the register in the menu', async () => {
    renderApp('/', fixtures, { signedInAs: 'legal' });
    expect(await screen.findByRole('menuitem', { name: 'Breach incidents' })).toBeInTheDocument();
  });

  it('shows only the overdue incidents when asked', async () => {
    const { user } = renderApp('/breach-incidents', fixtures);
    await screen.findByText('Phishing page copied the login');
    await user.click(screen.getByRole('switch', { name: 'Overdue only' }));
    await waitFor(() => expect(screen.queryByText('Phishing page copied the login')).not.toBeInTheDocument());
    expect(screen.getByText('Courier link exposed addresses')).toBeInTheDocument();
    expect(screen.queryByText('Stolen laptop with an export')).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Overdue only' }));
    expect(await screen.findByText('Phishing page copied the login')).toBeInTheDocument();
  });
});
