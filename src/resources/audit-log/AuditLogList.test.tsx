import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { setViewportWidth } from '../../test/viewport';

const at = '2026-10-01T10:13:00.000Z';
const entry = (overrides: Record<string, unknown> & { id: number }) => ({
  at,
  staff_id: 3,
  staff_username: 'support.maryam',
  role: 'support',
  action: 'update',
  resource: 'deletion-tickets',
  record_id: 12,
  fields: [],
  reason: null,
  address: '10.0.0.7',
  prev_hash: 'a',
  hash: 'b',
  ...overrides,
});
const moment = '2026-01-01T08:00:00.000Z';
const fixtures = {
  staff: [{ id: 3, username: 'support.maryam', display_name: 'Maryam Al Riyami', email: null, role: 'support', disabled: false, created_at: moment, updated_at: moment, version: 1 }],
  'audit-log': [
    entry({ id: 1, action: 'workflow_step', fields: [], reason: 'start_verification: new → verifying_identity' }),
    entry({ id: 2, action: 'update', fields: ['requester_email', 'identity_code_hash'], reason: null }),
    entry({ id: 3, action: 'workflow_step_refused', reason: 'verify_identity: The code is wrong or has expired: send a new one' }),
    entry({ id: 4, action: 'reveal', resource: 'customers', record_id: 7, fields: ['phone'], reason: 'Caller asked to confirm the number on ticket #12' }),
  ],
};

let restore: () => void = () => undefined;
afterEach(() => restore());

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

describe('the audit log, in people’s words', () => {
  it('names the step, the fields by their labels, the staff member by name, and links to the record (read by the legal advisor)', async () => {
    restore = setViewportWidth(1366);
    renderApp('/audit-log', fixtures, { signedInAs: 'legal' });
    expect(await screen.findByText('Start identity check')).toBeInTheDocument();
    const step = rowOf('Start identity check');
    expect(within(step).getByText('Workflow step: New → Verifying identity')).toBeInTheDocument();
    expect(await within(step).findByRole('link', { name: 'Deletion ticket #12' })).toHaveAttribute('href', '#/deletion-tickets/12/show');
    expect(await within(step).findByText('Maryam Al Riyami')).toBeInTheDocument();
    expect(within(step).getByText('support.maryam · Support staff')).toBeInTheDocument();

    expect(screen.getByText("Requester's e-mail, One-time code (kept hashed)")).toBeInTheDocument();
    expect(within(rowOf('Record identity verified')).getByText('Refused: The code is wrong or has expired: send a new one')).toBeInTheDocument();
    expect(within(rowOf('Caller asked to confirm the number on ticket #12')).getByRole('link', { name: 'Customer #7' })).toHaveAttribute('href', '#/customers/7/show');

    const table = screen.getByRole('table');
    for (const internal of ['start_verification', 'identity_code_hash', 'verifying_identity', 'requester_email']) expect(table).not.toHaveTextContent(internal);
    // at 1366 px the entry number and the address give up their columns
    expect(within(table).queryByRole('columnheader', { name: 'From' })).not.toBeInTheDocument();
  });

  it('becomes a simple list on a phone', async () => {
    restore = setViewportWidth(390);
    renderApp('/audit-log', fixtures, { signedInAs: 'admin' });
    expect(await screen.findByText('Start identity check')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Deletion ticket #12' })).toHaveLength(3));
    await waitFor(() => expect(screen.getAllByText('Maryam Al Riyami')).toHaveLength(4));
  });
});
