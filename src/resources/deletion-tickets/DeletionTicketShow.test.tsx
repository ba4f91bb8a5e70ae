import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { buildAuthorityReferral, buildCustomer, buildDeletionTicket } from '../../../mocks/fixtures';
import { findResource } from '../../domain/resources';

const customer = buildCustomer({ id: 1, full_name: 'Salim bin Said Al Harthy' });

describe('DeletionTicketShow', () => {
  it('offers the steps the role may take now, and takes one only once the server has it', async () => {
    const { user, store } = renderApp('/deletion-tickets/5/show', { customers: [customer], 'deletion-tickets': [buildDeletionTicket({ id: 5, status: 'new' })] }, { signedInAs: 'support' });
    const steps = await screen.findByRole('group', { name: 'Workflow steps' });
    expect(within(steps).getAllByRole('button').map((b) => b.textContent)).toEqual(['Assign', 'Start identity check', 'Reject']);
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    // the reason is required: nothing is sent
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    expect(store.get(findResource('deletion-tickets')!, 5).status).toBe('new');
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Duplicate of ticket 4');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText('Rejected')).toBeInTheDocument();
    expect(store.get(findResource('deletion-tickets')!, 5)).toMatchObject({ status: 'rejected', rejection_reason: 'Duplicate of ticket 4' });
    expect(await screen.findByText('Reject: New → Rejected')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Workflow steps' })).not.toBeInTheDocument();
    // a rejected ticket is kept as it ended
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal in the dialog and changes nothing', async () => {
    const { user, store } = renderApp('/deletion-tickets/5/show', { customers: [customer], 'deletion-tickets': [buildDeletionTicket({ id: 5, status: 'new' })] });
    await user.click(await screen.findByRole('button', { name: 'Start identity check' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start identity check' });
    // a colleague moves the ticket meanwhile
    store.patch(findResource('deletion-tickets')!, 5, {});
    await user.click(within(dialog).getByRole('button', { name: 'Start identity check' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Someone else changed this record/);
    expect(store.get(findResource('deletion-tickets')!, 5).status).toBe('new');
  });

  it('tells why an open ticket waits under legal hold, and the legal advisor only reads', async () => {
    renderApp(
      '/deletion-tickets/5/show',
      { customers: [customer], 'deletion-tickets': [buildDeletionTicket({ id: 5, customer_id: 1, status: 'in_progress' })], 'authority-referrals': [buildAuthorityReferral({ id: 8, customer_id: 1, status: 'awaiting_legal_review' })] },
      { signedInAs: 'legal' },
    );
    expect(await screen.findByText(/under legal hold while authority referral #8 is open/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open referral #8' })).toHaveAttribute('href', '#/authority-referrals/8/show');
    expect(screen.queryByRole('group', { name: 'Workflow steps' })).not.toBeInTheDocument();
    expect(screen.getByText(/Rule: Deletion period set in settings: 30 days/)).toBeInTheDocument();
  });
});
