import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nContextProvider, RecordContextProvider, ResourceContextProvider } from 'react-admin';
import { i18nProvider } from '../../providers/i18nProvider';
import { DELETION_SCOPE } from '../../domain/deletionTickets';
import { IDENTITY_METHOD } from '../../domain/stepInputs';
import { EnumField } from './EnumField';
import { choicesFor, filterEnum } from './choices';

function renderField(field: ReactNode, record: Record<string, unknown>) {
  render(
    <I18nContextProvider value={i18nProvider}>
      <ResourceContextProvider value="deletion-tickets">
        <RecordContextProvider value={{ id: 1, ...record }}>{field}</RecordContextProvider>
      </ResourceContextProvider>
    </I18nContextProvider>,
  );
}

describe('EnumField', () => {
  it('reads its enum from the resource’s list filter on the same field', () => {
    renderField(<EnumField source="status" />, { status: 'in_progress' });
    expect(screen.getByText('In progress')).toBeInTheDocument();
  });

  it('takes the enum it is given for a field no list is filtered by', () => {
    renderField(<EnumField source="identity_method" enum={IDENTITY_METHOD} />, { identity_method: 'id_document' });
    expect(screen.getByText('ID document checked')).toBeInTheDocument();
  });
});

describe('choicesFor', () => {
  it('offers every value of the enum, or only those asked for, with their translation keys', () => {
    expect(choicesFor(DELETION_SCOPE).map((c) => c.id)).toEqual(['account', 'child_data', 'marketing_email']);
    expect(choicesFor(DELETION_SCOPE, ['account'])).toEqual([{ id: 'account', name: 'privacy.enums.deletion_scope.account' }]);
  });
});

describe('filterEnum', () => {
  it('fails loudly for a field that is no enum filter, rather than show raw values', () => {
    expect(filterEnum('deletion-tickets', 'scope')).toBe(DELETION_SCOPE);
    expect(() => filterEnum('deletion-tickets', 'identity_method')).toThrow(/not an enum filter/);
    expect(() => filterEnum('deletion-tickets', 'customer_id')).toThrow(/not an enum filter/);
  });
});
