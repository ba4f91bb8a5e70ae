import { DataTable, List, ShowButton } from 'react-admin';
import { ActionsHeader } from '../resources/shared/ActionsHeader';
import { MuscatDateField } from '../resources/shared/MuscatDateField';
import { NextClockField } from '../resources/breach-incidents/BreachClocks';
import { Nothing } from './Nothing';

/** The legal advisor's breach queue: incidents whose texts wait for approval, the nearest deadline first. */
export function BreachReviewQueue() {
  return (
    <List
      resource="breach-incidents"
      filter={{ status: 'awaiting_legal_review' }}
      sort={{ field: 'due_at', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      actions={false}
      title={false}
      empty={<Nothing />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="aware_at">
          <MuscatDateField source="aware_at" showTime />
        </DataTable.Col>
        <DataTable.Col source="drafted_by" />
        <DataTable.Col source="due_at" label="privacy.breach.next_clock">
          <NextClockField />
        </DataTable.Col>
        <DataTable.Col label={<ActionsHeader />} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
