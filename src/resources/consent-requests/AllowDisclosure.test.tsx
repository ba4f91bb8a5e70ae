import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildConsentRequest, buildCustomer } from '../../../mocks/fixtures';

describe('allowing third-party disclosure on a granted consent', () => {
  it('offers only the verification methods that can allow it (no e-mail plus)', async () => {
    const { user } = renderApp('/consent-requests/4/show', {
      customers: [buildCustomer({ id: 9, birth_date: '2017-04-02' })],
      'consent-requests': [buildConsentRequest({ id: 4, customer_id: 9, status: 'granted', verification_method: 'email_plus', third_party_disclosure: false })],
    });
    await user.click(await screen.findByRole('button', { name: 'Allow third-party disclosure' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox'));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toContain('Video call');
    expect(options.some((o) => /E-mail plus/.test(o ?? ''))).toBe(false);
  });
});
