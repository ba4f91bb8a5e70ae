import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { breachIncidents } from '../../domain/breachIncidents';

describe('BreachIncidentCreate', () => {
  it('records an incident from the moment the store became aware, in Muscat time', async () => {
    const { user, store } = renderApp('/breach-incidents/create');
    fireEvent.change(await screen.findByLabelText(/Became aware/), { target: { value: '2026-11-20T14:13' } });
    await user.type(screen.getByRole('textbox', { name: /What happened/ }), 'A courier link exposed delivery addresses.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name at least one kind of personal data involved')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Residential address' }));
    await user.click(screen.getByRole('checkbox', { name: 'Children’s data' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#/breach-incidents/1/show'));
    expect(store.get(breachIncidents, 1)).toMatchObject({ status: 'recorded', aware_at: '2026-11-20T10:13:00.000Z', data_categories: ['address', 'children_data'], drafted_by: 'admin' });
  });
});
