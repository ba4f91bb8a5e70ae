import { DataTable, ReferenceField } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { deletionTickets } from '../../domain/deletionTickets';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { RecordList } from '../shared/RecordList';
import { DueDateField } from './DueDateField';

const ticketFilters = listFilters(deletionTickets, { alwaysOn: ['status'], dateRanges: ['received_at', 'due_at'] });

export function DeletionTicketList() {
  return (
    <RecordList filters={ticketFilters} sortField="received_at">
      <DataTable.Col source="requester_name" />
      <DataTable.Col source="customer_id" disableSort>
        <ReferenceField source="customer_id" reference="customers" link="show" />
      </DataTable.Col>
      <DataTable.Col source="scope" field={EnumField} />
      <DataTable.Col source="channel" field={EnumField} />
      <DataTable.Col source="status" field={EnumField} />
      <DataTable.Col source="assignee" />
      <DataTable.Col source="received_at" field={MuscatDateField} />
      <DataTable.Col source="due_at">
        <DueDateField />
      </DataTable.Col>
    </RecordList>
  );
}
