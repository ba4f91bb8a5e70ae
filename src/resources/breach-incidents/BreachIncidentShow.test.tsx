import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildBreachIncident } from '../../../mocks/fixtures';
import { breachIncidents } from '../../domain/breachIncidents';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const texts = { site_notice_text: 'We found that delivery addresses were exposed.', email_notice_text: 'Dear customer, your delivery address was exposed.' };
const incident = (overrides: Parameters<typeof buildBreachIncident>[0]) => ({ 'breach-incidents': [buildBreachIncident({ id: 4, aware_at: hoursAgo(5), risk: 'high', ...texts, ...overrides })] });

describe('BreachIncidentShow', () => {
  it('shows every deadline with the rule behind it, and lets the legal advisor approve the texts', async () => {
    const { user, store } = renderApp('/breach-incidents/4/show', incident({ status: 'awaiting_legal_review' }), { signedInAs: 'legal' });
    const clocks = await screen.findByRole('region', { name: 'Deadlines' });
    for (const rule of [/Ministry \(MTCIT\) notified within 72 hours/, /people affected notified within 72 hours/, /notice on the store’s site within 1 business day/, /e-mailed within 7 business days/]) {
      expect(await within(clocks).findByText(rule)).toBeInTheDocument();
    }
    expect(within(clocks).getAllByText('Open')).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve' });
    await user.type(within(dialog).getByRole('textbox', { name: /Written opinion/ }), 'Accurate, and it tells people what to do.');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(store.get(breachIncidents, 4)).toMatchObject({ status: 'approved', legal_opinion: 'Accurate, and it tells people what to do.' }));
  });

  it('lets the admin publish the site notice once approved, and its deadline shows met', async () => {
    const { user, store } = renderApp('/breach-incidents/4/show', incident({ status: 'approved', decided_at: hoursAgo(1) }));
    await user.click(await screen.findByRole('button', { name: 'Publish site notice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish site notice' });
    await user.click(within(dialog).getByRole('button', { name: 'Publish site notice' }));
    await waitFor(() => expect(store.get(breachIncidents, 4)).toMatchObject({ status: 'notifying', site_notice_published_at: expect.any(String) }));
    const clocks = screen.getByRole('region', { name: 'Deadlines' });
    expect(await within(clocks).findByText('Met')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish site notice' })).not.toBeInTheDocument();
  });

  it('offers the legal advisor no decision on texts they drafted', async () => {
    renderApp('/breach-incidents/4/show', incident({ status: 'awaiting_legal_review', drafted_by: 'legal' }), { signedInAs: 'legal' });
    expect(await screen.findByText('Awaiting legal review')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });
});
