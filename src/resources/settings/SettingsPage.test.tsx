import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp } from '../../test/renderApp';
import { mswServer } from '../../test/mswServer';
import { DEFAULT_SETTINGS } from '../../domain/settings';

const year = new Date().getUTCFullYear();
const holiday = { id: 1, day: `${year}-11-20`, name: 'National Day', kind: 'fixed', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', version: 1 };

describe('SettingsPage', () => {
  it('lets an admin change the deletion period, confirming once the server has saved it', async () => {
    const { user, requests } = renderApp('/settings');
    const period = await screen.findByRole('spinbutton', { name: /Deletion period/ });
    expect(period).toHaveValue(30);
    await user.clear(period);
    await user.type(period, '40');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT' && r.url.endsWith('/api/settings'))!;
    expect(await put.json()).toEqual({ ...DEFAULT_SETTINGS, deletion_period_days: 40, version: 1 });
  });

  it('refuses a privacy policy address that is not https before sending anything', async () => {
    const { user, requests } = renderApp('/settings');
    const policy = await screen.findByRole('textbox', { name: /Privacy policy address/ });
    expect(policy).toHaveValue('');
    await user.type(policy, 'http://souqmuscat.om/privacy');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/starts with https:\/\//)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('lets an admin set the privacy policy and the notice’s texts', async () => {
    const { user, requests } = renderApp('/settings');
    const policy = await screen.findByRole('textbox', { name: /Privacy policy address/ });
    await user.type(policy, 'https://souqmuscat.om/privacy');
    const recipients = screen.getByRole('textbox', { name: /Third parties named/ });
    await user.clear(recipients);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT' && r.url.endsWith('/api/settings'))!;
    expect(await put.json()).toMatchObject({ privacy_policy_url: 'https://souqmuscat.om/privacy', notice_recipients: '', notice_uses: DEFAULT_SETTINGS.notice_uses });
  });

  it("explains the PDPL's 45-day limit before sending anything", async () => {
    const { user, requests } = renderApp('/settings');
    const period = await screen.findByRole('spinbutton', { name: /Deletion period/ });
    await user.clear(period);
    await user.type(period, '46');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Personal Data Protection Law allows at most 45/)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it("shows the server's refusal, not a success", async () => {
    const { user } = renderApp('/settings');
    mswServer.use(http.put('*/api/settings', () => HttpResponse.json({ message: 'Someone else changed the settings' }, { status: 409 })));
    const period = await screen.findByRole('spinbutton', { name: /Deletion period/ });
    await user.clear(period);
    await user.type(period, '21');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else changed the settings')).toBeInTheDocument();
    expect(screen.queryByText('Settings saved')).not.toBeInTheDocument();
  });

  it('is read-only for support staff, who have no menu entry for it', async () => {
    renderApp('/settings', {}, { signedInAs: 'support' });
    expect(await screen.findByRole('spinbutton', { name: /Deletion period/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Settings' })).not.toBeInTheDocument();
  });
});

describe('HolidayList', () => {
  it('shows the calendar with each kind in words, and the way to the settings for admins', async () => {
    renderApp('/holidays', { holidays: [holiday] });
    expect(await screen.findByText('National Day')).toBeInTheDocument();
    expect(screen.getByText('Fixed date')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('menuitem', { name: 'Settings' }).length).toBeGreaterThan(0));
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
  });

  it('opens at this year: last year’s holidays are a filter away', async () => {
    const lastYear = { ...holiday, id: 2, day: `${year - 1}-11-18`, name: 'Last year’s National Day' };
    renderApp('/holidays', { holidays: [lastYear, holiday] });
    expect(await screen.findByText('National Day')).toBeInTheDocument();
    expect(screen.queryByText('Last year’s National Day')).not.toBeInTheDocument();
    expect(screen.getByText('1-1 of 1')).toBeInTheDocument();
  });
});
