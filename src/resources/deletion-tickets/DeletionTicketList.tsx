import { DataTable, DateField, List, ReferenceField, SelectInput, ShowButton } from 'react-admin';
import { DELETION_SCOPES, DELETION_STATUSES, REQUEST_CHANNELS } from '../../domain/deletionTickets';
import { ListActions } from '../shared/ListActions';
import { SearchFilter } from '../shared/SearchFilter';
import { choicesFor } from '../shared/choices';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { EditWhenAllowed } from '../shared/EditWhenAllowed';
import { DueDateField } from './DueDateField';

const ticketFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesFor('deletion_status', DELETION_STATUSES)} alwaysOn />,
  <SelectInput key="scope" source="scope" choices={choicesFor('deletion_scope', DELETION_SCOPES)} />,
  <SelectInput key="channel" source="channel" choices={choicesFor('request_channel', REQUEST_CHANNELS)} />,
  <CustomerReferenceInput key="customer_id" source="customer_id" />,
  ...dateRangeFilters('received_at'),
  ...dateRangeFilters('due_at'),
];

export function DeletionTicketList() {
  return (
    <List filters={ticketFilters} actions={<ListActions />} sort={{ field: 'received_at', order: 'DESC' }} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="requester_name" />
        <DataTable.Col source="customer_id" disableSort>
          <ReferenceField source="customer_id" reference="customers" link="show" />
        </DataTable.Col>
        <DataTable.Col source="scope">
          <EnumField source="scope" enumName="deletion_scope" values={DELETION_SCOPES} />
        </DataTable.Col>
        <DataTable.Col source="channel">
          <EnumField source="channel" enumName="request_channel" values={REQUEST_CHANNELS} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="deletion_status" values={DELETION_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="assignee" />
        <DataTable.Col source="received_at" field={DateField} />
        <DataTable.Col source="due_at">
          <DueDateField />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <ShowButton />
          <EditWhenAllowed />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
