import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildBreachIncident } from '../../../mocks/fixtures';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const texts = { site_notice_text: 'We found that delivery addresses were exposed.', email_notice_text: 'Dear customer, your delivery address was exposed.' };
const incident = (overrides: Parameters<typeof buildBreachIncident>[0]) => ({
  'breach-incidents': [buildBreachIncident({ id: 4, aware_at: hoursAgo(5), risk: 'high', risk_reasoning: 'Names with addresses allow fraud.', ...texts, ...overrides })],
});
const NAME = 'Download the Ministry notification';

describe('the Ministry notification of a breach', () => {
  it('downloads, once the legal advisor approved, as the text the server drafts', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:ministry');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user, requests } = renderApp('/breach-incidents/4/show', incident({ status: 'approved', decided_at: hoursAgo(1) }), { signedInAs: 'legal' });
    await user.click(await screen.findByRole('button', { name: NAME }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(requests.some((r) => r.method === 'GET' && r.url.endsWith('/api/breach-incidents/4/ministry-notification'))).toBe(true);
    const text = await createObjectURL.mock.calls[0][0].text();
    expect(text).toContain('Our reference: breach incident #4');
    expect(text).toContain('- Residential address');
    expect(text).toContain('Risk to the people affected: High');
  });

  it('is not offered before the approval, nor after a request for changes', async () => {
    renderApp('/breach-incidents/4/show', incident({ status: 'changes_requested', decided_at: hoursAgo(1) }));
    expect((await screen.findAllByText('Changes requested')).length).toBeGreaterThan(0);
    expect(await screen.findByRole('region', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: NAME })).not.toBeInTheDocument();
  });
});
