import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/renderApp';
import { buildBreachIncident } from '../../mocks/fixtures';
import { authProvider } from '../providers/authProvider';

const daysFromNow = (d: number) => new Date(Date.now() + d * 24 * 3600_000).toISOString();
const overdueDue = daysFromNow(-3);
const fixtures = {
  'breach-incidents': [
    buildBreachIncident({ id: 7, status: 'notifying', aware_at: daysFromNow(-6), due_at: overdueDue, due_rule: 'The Ministry within 72 hours' }),
    buildBreachIncident({ id: 8, status: 'assessed', aware_at: daysFromNow(-0.2), due_at: daysFromNow(2), due_rule: 'A site notice within 1 business day' }),
    buildBreachIncident({ id: 9, status: 'closed', aware_at: daysFromNow(-40), due_at: daysFromNow(-30), due_rule: 'The e-mail within 7 business days' }),
    buildBreachIncident({ id: 5, status: 'awaiting_legal_review', drafted_by: 'maryam.admin', aware_at: daysFromNow(-0.5), due_at: daysFromNow(1), due_rule: 'A site notice within 1 business day' }),
  ],
};

const panel = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;

describe('Dashboard', () => {
  // The auth provider keeps the signed-in identity in memory for the page's life; each test here signs in
  // as another role, so the previous one is signed out while its mock API still answers.
  afterEach(() => authProvider.logout({}));

  it('shows admin the open breach incidents past their deadline, and none that is not yet due or closed', async () => {
    const { requests } = renderApp('/', fixtures);
    const overdue = await panel('Overdue breach incidents');
    const row = (await within(overdue).findByText('The Ministry within 72 hours')).closest('tr')!;
    expect(within(row).getByText('Notifying')).toBeInTheDocument();
    expect(row.querySelector('time')).toHaveAttribute('dateTime', overdueDue);
    expect(await within(row).findByRole('link', { name: 'Show' })).toHaveAttribute('href', '#/breach-incidents/7/show');
    expect(within(overdue).queryByText('A site notice within 1 business day')).not.toBeInTheDocument();
    expect(within(overdue).queryByText('The e-mail within 7 business days')).not.toBeInTheDocument();
    expect(within(overdue).getAllByRole('row')).toHaveLength(2);
    // the server decides: open states and a deadline before the page opened, the longest overdue first
    const asked = requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/breach-incidents')!;
    const filter = JSON.parse(asked.searchParams.get('filter')!);
    expect(filter.status).toEqual(['recorded', 'assessed', 'awaiting_legal_review', 'changes_requested', 'approved', 'notifying']);
    expect(Date.parse(filter.due_at_lte)).toBeLessThanOrEqual(Date.now());
    expect(JSON.parse(asked.searchParams.get('sort')!)).toEqual(['due_at', 'ASC']);
    expect(screen.queryByRole('heading', { name: 'Breach texts awaiting your review' })).not.toBeInTheDocument();
  });

  it('gives the legal advisor the breach texts awaiting review beside the referrals, and the overdue incidents', async () => {
    renderApp('/', fixtures, { signedInAs: 'legal' });
    expect(await panel('Awaiting your review (oldest first)')).toBeInTheDocument();
    const review = await panel('Breach texts awaiting your review');
    const row = (await within(review).findByText('maryam.admin')).closest('tr')!;
    expect(await within(row).findByRole('link', { name: 'Show' })).toHaveAttribute('href', '#/breach-incidents/5/show');
    expect(within(review).getAllByRole('row')).toHaveLength(2);
    const overdue = await panel('Overdue breach incidents');
    expect(await within(overdue).findByText('The Ministry within 72 hours')).toBeInTheDocument();
  });

  it('shows support no breach panel and asks the server for no incident', async () => {
    const { requests } = renderApp('/', fixtures, { signedInAs: 'support' });
    expect(await panel('Deletion tickets due today or overdue')).toBeInTheDocument();
    await waitFor(() => expect(requests.some((r) => new URL(r.url).pathname === '/api/deletion-tickets')).toBe(true));
    expect(screen.queryByRole('heading', { name: 'Overdue breach incidents' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Breach texts awaiting your review' })).not.toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).pathname.startsWith('/api/breach-incidents'))).toBe(false);
  });
});
