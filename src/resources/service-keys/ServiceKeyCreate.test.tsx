import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { serviceKeys, SERVICE_KEY_SHAPE } from '../../domain/serviceKeys';

describe('ServiceKeyCreate', () => {
  it('creates a scoped key and shows it once, then only its prefix', async () => {
    const { user, store } = renderApp('/service-keys/create');
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Newsletter tool');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose at least one scope')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Check suppressed addresses' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Copy the new key now' });
    expect(within(dialog).getByText(/the only time the key is shown/)).toBeInTheDocument();
    const shown = within(dialog).getByRole('textbox', { name: 'Service key' }) as HTMLInputElement;
    expect(shown.value).toMatch(SERVICE_KEY_SHAPE);
    expect(shown.readOnly).toBe(true);
    const saved = store.get(serviceKeys, 1);
    expect(saved).toMatchObject({ name: 'Newsletter tool', scopes: ['suppression_check'], key_prefix: shown.value.slice(0, 12), created_by: 'admin', revoked_at: null });
    expect(Object.values(saved)).not.toContain(shown.value);

    await user.click(within(dialog).getByRole('button', { name: 'I have copied the key' }));
    await waitFor(() => expect(window.location.hash).toBe('#/service-keys/1/show'));
    expect(await screen.findByText(shown.value.slice(0, 12))).toBeInTheDocument();
    expect(screen.queryByText(shown.value)).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('revokes a key from its page, after a confirmation', async () => {
    const key = { id: 4, name: 'Old mailer', scopes: ['unsubscribe_links'], key_prefix: 'pdsk_AbCdEfG', created_by: 'admin', created_at: '2026-11-01T08:00:00.000Z', revoked_at: null, last_used_at: null, updated_at: '2026-11-01T08:00:00.000Z', version: 1 };
    const { user, store } = renderApp('/service-keys/4/show', { 'service-keys': [key] });
    await user.click(await screen.findByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the key “Old mailer”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(store.get(serviceKeys, 4).revoked_at).toEqual(expect.any(String)));
    expect(await screen.findByText(/Service key “Old mailer” revoked/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument());
  });

  it('is in the admin’s menu', async () => {
    renderApp('/customers');
    expect(await screen.findByRole('menuitem', { name: /Service keys/ })).toBeInTheDocument();
  });

  it('is not offered to support staff', async () => {
    renderApp('/customers', {}, { signedInAs: 'support' });
    expect(await screen.findByRole('menuitem', { name: /Customers/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Service keys/ })).not.toBeInTheDocument();
  });
});
