import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer } from '../../../mocks/fixtures';
import { findResource } from '../../domain/resources';

const element = /Element (created|updated)/;

describe('what the toast says after a save', () => {
  it('registering a child: "Customer #1 registered; consent request #1 opened", with a link to the request', async () => {
    const { user, store } = renderApp('/customers/create');
    await user.type(await screen.findByRole('textbox', { name: /Full name/ }), 'Noor bint Hamad Al Balushi');
    await user.type(screen.getByRole('textbox', { name: /Username/ }), 'noor.balushi');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'noor@example.com');
    const year = new Date().getFullYear() - 8;
    fireEvent.change(screen.getByLabelText(/Date of birth/), { target: { value: `${year}-03-03` } });
    await user.type(await screen.findByRole('textbox', { name: /Parent's name/ }), 'Hamad bin Ali Al Balushi');
    await user.type(screen.getByRole('textbox', { name: /Parent's e-mail/ }), 'hamad.parent@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const toast = await screen.findByText(/Customer #1 registered;/);
    const link = within(toast.closest('[role="alert"]') ?? toast).getByRole('link', { name: 'consent request #1 opened' });
    expect(link).toHaveAttribute('href', '#/consent-requests/1/show');
    expect(store.get(findResource('consent-requests')!, 1)).toMatchObject({ customer_id: 1 });
    expect(screen.queryByText(element)).not.toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/customers/1/show'));
    await user.click(link);
    await waitFor(() => expect(window.location.hash).toBe('#/consent-requests/1/show'));
  });

  it('an adult customer: "Customer #1 registered", nothing more', async () => {
    const { user } = renderApp('/customers/create');
    await user.type(await screen.findByRole('textbox', { name: /Full name/ }), 'Hilal bin Rashid Al Amri');
    await user.type(screen.getByRole('textbox', { name: /Username/ }), 'hilal.amri');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'hilal@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer #1 registered')).toBeInTheDocument();
    expect(screen.queryByText(element)).not.toBeInTheDocument();
  });

  it('a new deletion ticket: "Deletion ticket #1 opened"', async () => {
    const { user } = renderApp('/deletion-tickets/create', { customers: [buildCustomer({ id: 7 })] }, { signedInAs: 'support' });
    await user.type(await screen.findByRole('textbox', { name: 'Requester' }), 'Salim Al Harthy');
    await user.type(screen.getByRole('textbox', { name: "Requester's e-mail" }), 'salim@example.com');
    await user.click(screen.getByRole('combobox', { name: /Channel/ }));
    await user.click(await screen.findByRole('option', { name: 'Live chat' }));
    await user.click(screen.getByRole('combobox', { name: /What to delete/ }));
    await user.click(await screen.findByRole('option', { name: 'Marketing e-mail address' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Deletion ticket #1 opened')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/deletion-tickets/1/show'));
  });

  it('an edit: "Customer #7 saved"', async () => {
    const { user } = renderApp('/customers/7', { customers: [buildCustomer({ id: 7 })] });
    await user.type(await screen.findByRole('textbox', { name: 'School' }), 'Sultan Qaboos University');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer #7 saved')).toBeInTheDocument();
    expect(screen.queryByText(element)).not.toBeInTheDocument();
  });
});
