import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer } from '../../../mocks/fixtures';
import { authorityReferrals } from '../../domain/authorityReferrals';

// Two people of the same name: only what the API shows every role (masked phone, full e-mail) differs.
const customers = [
  buildCustomer({ id: 11, full_name: 'Omar Haddad', username: 'omar.h', email: 'omar.haddad@gmail.com', phone: '+96891111392', created_at: '2025-03-02T08:00:00.000Z' }),
  buildCustomer({ id: 12, full_name: 'Omar Haddad', username: 'ohaddad77', email: 'o.haddad@outlook.com', phone: '+96892224410', created_at: '2026-01-20T21:30:00.000Z' }),
];

async function openPicker(path: string, label: RegExp) {
  const rendered = renderApp(path, { customers }, { signedInAs: 'support' });
  await rendered.user.type(await screen.findByRole('combobox', { name: label }), 'Omar');
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
  return { ...rendered, options: screen.getAllByRole('option') };
}

describe('the customer picker', () => {
  it.each([
    ['a new authority referral', '/authority-referrals/create', /Customer/],
    ['a new deletion ticket', '/deletion-tickets/create', /Customer/],
    ['a new consent request', '/consent-requests/create', /Child \(customer\)/],
  ])('on %s, tells two customers of the same name apart without unmasking anything', async (_where, path, label) => {
    const { options } = await openPicker(path, label);
    const texts = options.map((o) => o.textContent ?? '');
    const first = texts.find((t) => t.includes('(#11)')) ?? '';
    const second = texts.find((t) => t.includes('(#12)')) ?? '';
    expect(first).toContain('Omar Haddad (#11)');
    expect(first).toContain('omar.h');
    expect(first).toContain('@gmail.com');
    expect(first).toContain('•••• 1392');
    expect(first).toContain('created Mar 2, 2025');
    // 21:30 UTC is already the next day in Muscat.
    expect(second).toContain('Omar Haddad (#12)');
    expect(second).toMatch(/ohaddad77.*@outlook\.com.*•••• 4410.*created Jan 21, 2026/);
    for (const text of [first, second]) {
      expect(text).not.toMatch(/omar\.haddad@|o\.haddad@|9111|9222/);
    }
  });

  it('keeps only the name in the box and saves the customer picked', async () => {
    const { user, store } = await openPicker('/authority-referrals/create', /Customer/);
    await user.click(screen.getAllByRole('option').find((o) => within(o).queryByText(/ohaddad77/))!);
    expect(screen.getByRole('combobox', { name: /Customer/ })).toHaveValue('Omar Haddad (#12)');
    await user.click(screen.getByRole('combobox', { name: /Activity/ }));
    await user.click(await screen.findByRole('option', { name: 'Fraud' }));
    await user.type(screen.getByRole('textbox', { name: /Authority/ }), 'Royal Oman Police');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'Orders paid with stolen cards.');
    await user.type(screen.getByRole('textbox', { name: /Evidence/ }), 'Gateway report 2026-14.');
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Authority referral #1 filed')).toBeInTheDocument();
    expect(store.get(authorityReferrals, 1)).toMatchObject({ customer_id: 12 });
  });
});
