import { afterAll, describe, expect, it, vi } from 'vitest';

// The browser is in Los Angeles (UTC-8 in November), twelve hours behind Muscat (UTC+4): a time or a
// day that followed the browser would show here. Set before anything formats a date.
const previousZone = vi.hoisted(() => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  return zone;
});
afterAll(() => {
  process.env.TZ = previousZone;
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';
import type { WorkflowHistoryEntry } from '../../domain/workflowHistory';
import { calendarDay, fromMuscatLocalInput, muscatTime, toMuscatDayInput, toMuscatLocalInput } from './muscatTime';

const stepAt = (at: string): WorkflowHistoryEntry => ({ id: 1, resource: 'deletion-tickets', record_id: 5, step: 'assign', from_status: 'new', to_status: 'new', actor: 'admin', role: 'admin', note: null, at });

// 10:13 UTC is 14:13 in Muscat and 02:13 in Los Angeles.
const INSTANT = '2026-11-23T10:13:00.000Z';
// 22:30 UTC on the 23rd is already the 24th in Muscat (02:30), still the 23rd in Los Angeles (14:30).
const LATE_EVENING_UTC = '2026-11-23T22:30:00.000Z';

describe('Muscat time, in a browser elsewhere', () => {
  it('runs in Los Angeles indeed', () => {
    expect(new Date(INSTANT).getHours()).toBe(2);
    expect(new Date('2026-01-01').getDate()).toBe(31);
  });

  it('formats a moment as Muscat time and a calendar day as that day', () => {
    expect(muscatTime(INSTANT, 'en-GB')).toBe('23 Nov 2026, 14:13');
    expect(calendarDay('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
    expect(calendarDay('2015-03-01', 'en', { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' })).toBe('Sun, Mar 1, 2015');
  });

  it('reads typed wall-clock times and days as Muscat’s', () => {
    expect(fromMuscatLocalInput('2026-11-23T14:13')).toBe(INSTANT);
    expect(toMuscatLocalInput(INSTANT)).toBe('2026-11-23T14:13');
    expect(fromMuscatLocalInput('')).toBeNull();
    expect(toMuscatDayInput('2026-11-23')).toBe('2026-11-23');
    expect(toMuscatDayInput(LATE_EVENING_UTC)).toBe('2026-11-24');
    expect(toMuscatDayInput('')).toBeNull();
  });

  it('shows a ticket’s moments and its history in Muscat time, labelled, and the same moment alike', async () => {
    renderApp('/deletion-tickets/5/show', {
      customers: [buildCustomer({ id: 1 })],
      'deletion-tickets': [buildDeletionTicket({ id: 5, status: 'new', received_at: INSTANT, due_at: '2026-12-20T19:59:59.999Z' })],
      'workflow-history': [stepAt(INSTANT)],
    });
    const received = await screen.findByText(/^Nov 23, 2026, 2:13\sPM \(Muscat\)$/);
    expect(received).toHaveAttribute('datetime', INSTANT);
    expect(screen.getByText(/^Dec 20, 2026, 11:59\sPM \(Muscat\)$/)).toBeInTheDocument();
    const history = await screen.findByRole('region', { name: 'History' });
    expect(await within(history).findByText(/Nov 23, 2026, 2:13\sPM \(Muscat\)/)).toBeInTheDocument();
    expect(screen.queryByText(/2:13\sAM/)).not.toBeInTheDocument();
  });

  it('lists the Muscat day of a moment, and a date filter set by a link as its Muscat day', async () => {
    const filter = encodeURIComponent(JSON.stringify({ created_at_gte: LATE_EVENING_UTC }));
    renderApp(`/customers?filter=${filter}&displayedFilters=${encodeURIComponent('{"created_at_gte":true}')}`, {
      customers: [buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy', created_at: '2026-11-24T00:00:00.000Z' })],
    });
    expect(await screen.findByText('Nov 24, 2026 (Muscat)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Created from')).toHaveValue('2026-11-24'));
  });

  it('sends the day typed in a date filter as that day', async () => {
    const { requests } = renderApp(`/customers?displayedFilters=${encodeURIComponent('{"created_at_lte":true}')}`, { customers: [buildCustomer({ id: 1 })] });
    const input = await screen.findByLabelText('Created until');
    fireEvent.change(input, { target: { value: '2026-11-24' } });
    await waitFor(() => expect(requests.some((r) => decodeURIComponent(r.url).includes('"created_at_lte":"2026-11-24"'))).toBe(true));
  });

  it('saves the receipt time of a new ticket as typed, in Muscat', async () => {
    const { user, requests } = renderApp('/deletion-tickets/create', { customers: [buildCustomer({ id: 1 })] });
    expect(await screen.findByText(/^Muscat time\./)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Received'), { target: { value: '2026-11-23T14:13' } });
    await user.type(screen.getByRole('textbox', { name: 'Requester' }), 'Salim');
    await user.type(screen.getByRole('textbox', { name: "Requester's e-mail" }), 'salim@example.com');
    for (const [name, option] of [['Channel', 'E-mail'], ['What to delete', 'Marketing e-mail address']]) {
      await user.click(screen.getByRole('combobox', { name }));
      await user.click(await screen.findByRole('option', { name: option }));
    }
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = await requests.find((r) => r.method === 'POST')!.json();
    expect(body.received_at).toBe(INSTANT);
  });
});
