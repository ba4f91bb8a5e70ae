import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildConsentRequest, buildCustomer } from '../../../mocks/fixtures';

const fixtures = () => ({
  customers: [buildCustomer({ id: 9, full_name: 'Noor bint Hamad Al Balushi', birth_date: '2017-04-02', school: 'Indian School Muscat' })],
  'consent-requests': [buildConsentRequest({ id: 4, customer_id: 9, status: 'granted', verification_method: 'video_call' })],
});

describe("the child's data for the parent's review", () => {
  it('asks an admin for the reason, then downloads the unmasked data', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:child-data');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user, requests } = renderApp('/consent-requests/4/show', fixtures());
    await user.click(await screen.findByRole('button', { name: 'Export child’s data (JSON)' }));
    const download = screen.getByRole('button', { name: 'Download' });
    expect(download).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Parent asked, ticket 12');
    await user.click(download);
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const sent = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/consent-requests/4/child-data'))!;
    expect(await sent.json()).toEqual({ reason: 'Parent asked, ticket 12' });
    const file = JSON.parse(await createObjectURL.mock.calls[0][0].text());
    expect(file.child).toMatchObject({ id: 9, full_name: 'Noor bint Hamad Al Balushi', birth_date: '2017-04-02' });
  });

  it('is not offered to support, who may not reveal', async () => {
    renderApp('/consent-requests/4/show', fixtures(), { signedInAs: 'support' });
    expect(await screen.findByRole('link', { name: 'Open a deletion ticket' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export child’s data (JSON)' })).not.toBeInTheDocument();
  });
});
