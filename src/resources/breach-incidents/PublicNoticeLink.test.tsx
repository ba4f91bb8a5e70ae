import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildBreachIncident } from '../../../mocks/fixtures';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const texts = { site_notice_text: 'We found that delivery addresses were exposed.', email_notice_text: 'Dear customer, your delivery address was exposed.' };
const incident = (overrides: Parameters<typeof buildBreachIncident>[0]) => ({
  'breach-incidents': [buildBreachIncident({ id: 4, aware_at: hoursAgo(5), risk: 'low', ...texts, ...overrides })],
});

describe('the public notice of a breach, from its incident', () => {
  it('links to the public page once the site notice is published, in a new tab', async () => {
    renderApp('/breach-incidents/4/show', incident({ status: 'notifying', decided_at: hoursAgo(2), site_notice_published_at: hoursAgo(1) }));
    const section = await screen.findByRole('region', { name: 'Notifications' });
    const link = await within(section).findByRole('link', { name: /Public notice/ });
    expect(link).toHaveAttribute('href', '/breach-notices/4');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('has no link while the notice is unpublished', async () => {
    renderApp('/breach-incidents/4/show', incident({ status: 'approved', decided_at: hoursAgo(1) }));
    expect((await screen.findAllByText('Approved')).length).toBeGreaterThan(0);
    const section = await screen.findByRole('region', { name: 'Notifications' });
    expect(within(section).queryByRole('link', { name: /Public notice/ })).not.toBeInTheDocument();
  });
});
