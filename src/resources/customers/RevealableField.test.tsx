import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer } from '../../../mocks/fixtures';

const customers = [buildCustomer({ id: 1, id_number: '12344821', phone: '+96891234567' })];

describe('revealing a masked field', () => {
  it('shows masked values, and reveals one to the legal advisor only after a reason is given', async () => {
    const { user, requests } = renderApp('/customers/1/show', { customers }, { signedInAs: 'legal' });
    expect(await screen.findByText('•••• 4821')).toBeInTheDocument();
    expect(screen.queryByText('12344821')).not.toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Reveal ID number' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal ID number' });
    const confirm = within(dialog).getByRole('button', { name: 'Reveal' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Deletion ticket 41: identity check');
    await user.click(confirm);
    expect(await screen.findByText('12344821')).toBeInTheDocument();
    const reveal = requests.find((r) => r.url.endsWith('/api/customers/1/reveal'))!;
    expect(await reveal.json()).toEqual({ field: 'id_number', reason: 'Deletion ticket 41: identity check' });
  });

  it('offers no Reveal button to support staff', async () => {
    renderApp('/customers/1/show', { customers }, { signedInAs: 'support' });
    expect(await screen.findByText('•••• 4821')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reveal/ })).not.toBeInTheDocument();
  });
});
