import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildConsentRequest, buildCustomer } from '../../../mocks/fixtures';
import { customers } from '../../domain/customers';

describe('CustomerEdit', () => {
  it('saves a change and shows it', async () => {
    const { user, store } = renderApp('/customers/1', { customers: [buildCustomer({ id: 1 })] });
    const school = await screen.findByRole('textbox', { name: 'School' });
    await user.type(school, 'Sultan Qaboos University');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers/1/show'));
    expect(await screen.findByText('Sultan Qaboos University')).toBeInTheDocument();
    expect(store.get(customers, 1)).toMatchObject({ school: 'Sultan Qaboos University', version: 2 });
  });

  it('tells the user when someone else saved first, and keeps their input on the form', async () => {
    const { user, store } = renderApp('/customers/1', { customers: [buildCustomer({ id: 1 })] });
    const school = await screen.findByRole('textbox', { name: 'School' });
    // A colleague saves the same customer while this form is open.
    store.update(customers, 1, { ...buildCustomer({ id: 1 }), address: 'Changed elsewhere', version: 1 }, undefined);
    await user.type(school, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/customers/1');
    expect(screen.getByRole('textbox', { name: 'School' })).toHaveValue('Mine');
    expect(store.get(customers, 1)).toMatchObject({ address: 'Changed elsewhere', school: null, version: 2 });
  });

  it('keeps a child’s school, phone, ID and address closed until a consent request is granted', async () => {
    const child = buildCustomer({ id: 1, birth_date: `${new Date().getUTCFullYear() - 9}-05-01`, phone: null, id_type: null, id_number: null, address: null, school: null, newsletter: false });
    renderApp('/customers/1', { customers: [child], 'consent-requests': [buildConsentRequest({ id: 1, customer_id: 1, status: 'notice_sent' })] });
    expect(await screen.findByText(/only the name, username, e-mail address and date of birth are kept/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'School' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /Full name/ })).toBeEnabled();
  });

  it('opens them once the parent has consented', async () => {
    const child = buildCustomer({ id: 1, birth_date: `${new Date().getUTCFullYear() - 9}-05-01`, school: null });
    renderApp('/customers/1', { customers: [child], 'consent-requests': [buildConsentRequest({ id: 1, customer_id: 1, status: 'granted' })] });
    expect(await screen.findByRole('textbox', { name: 'School' })).toBeEnabled();
    expect(screen.queryByText(/only the name, username, e-mail address and date of birth are kept/)).not.toBeInTheDocument();
  });
});
