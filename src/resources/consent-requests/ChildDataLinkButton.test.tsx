import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildConsentRequest, buildCustomer } from '../../../mocks/fixtures';

const fixtures = (status: string) => ({
  customers: [buildCustomer({ id: 9, full_name: 'Noor bint Hamad Al Balushi', birth_date: '2017-04-02' })],
  'consent-requests': [buildConsentRequest({ id: 4, customer_id: 9, status: status as never, verification_method: 'video_call' })],
});

describe("mailing the parent a link to the child's data", () => {
  it('lets support send it once the parent consented, after saying what the parent gets', async () => {
    const { user, requests } = renderApp('/consent-requests/4/show', fixtures('granted'), { signedInAs: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Mail the parent a link to the child’s data' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/It works once, for 7 days; nobody at the desk sees the file/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText(/^Link mailed to the parent; it works once, until .+\(Muscat\)$/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/consent-requests/4/child-data-link'))).toHaveLength(1);
  });

  it('is not offered before the parent consented', async () => {
    renderApp('/consent-requests/4/show', fixtures('notice_sent'), { signedInAs: 'support' });
    expect(await screen.findByRole('link', { name: 'Open a deletion ticket' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mail the parent a link to the child’s data' })).not.toBeInTheDocument();
  });

  it('is not offered to the legal advisor, who does not run consent requests', async () => {
    renderApp('/consent-requests/4/show', fixtures('granted'), { signedInAs: 'legal' });
    expect(await screen.findByRole('button', { name: 'Export child’s data (JSON)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mail the parent a link to the child’s data' })).not.toBeInTheDocument();
  });
});
