import { useState } from 'react';
import { DataTable, List, ShowButton, TextField } from 'react-admin';
import { OPEN_BREACH_STATUSES } from '../domain/breachWorkflow';
import { ActionsHeader } from '../resources/shared/ActionsHeader';
import { EnumField } from '../resources/shared/EnumField';
import { MuscatDateField } from '../resources/shared/MuscatDateField';
import { Nothing } from './Nothing';

/**
 * For admin and legal: the open breach incidents whose next deadline has passed, the longest overdue
 * first. The server keeps each incident's earliest open deadline in due_at, so "overdue" is a filter.
 */
export function OverdueBreaches() {
  // the moment the page opened: a filter that changed on every render would ask the server again each time
  const [now] = useState(() => new Date().toISOString());
  return (
    <List
      resource="breach-incidents"
      filter={{ status: OPEN_BREACH_STATUSES, due_at_lte: now }}
      sort={{ field: 'due_at', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      actions={false}
      title={false}
      empty={<Nothing />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="status" field={EnumField} />
        <DataTable.Col source="due_at" label="privacy.dashboard.breach_due_at">
          <MuscatDateField source="due_at" showTime />
        </DataTable.Col>
        <DataTable.Col source="due_rule" label="privacy.dashboard.breach_due_rule" disableSort>
          <TextField source="due_rule" />
        </DataTable.Col>
        <DataTable.Col label={<ActionsHeader />} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
