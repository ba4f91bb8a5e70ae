import { DataTable, RecordRepresentation, ReferenceField } from 'react-admin';
import type { ResourceDefinition } from '../../domain/resourceDefinition';
import { EnumField } from './EnumField';
import { listFilters } from './listFilters';
import { ListLine, nameColumn, noWrap, useHasRoomForAllColumns } from './listLayout';
import { MuscatDateField } from './MuscatDateField';
import { RecordList } from './RecordList';
import { DueDateField } from '../deletion-tickets/DueDateField';

/** The list of a kind of request about a person's own data (access, correction): who, whose, its state and its due date. */
export function OwnDataRequestList({ definition }: { definition: ResourceDefinition }) {
  const all = useHasRoomForAllColumns();
  const phone = {
    primaryText: <RecordRepresentation />,
    secondaryText: (
      <ListLine>
        <EnumField source="status" />
        <EnumField source="channel" />
      </ListLine>
    ),
    tertiaryText: <DueDateField />,
  };
  return (
    <RecordList filters={listFilters(definition, { alwaysOn: ['status'], dateRanges: ['received_at', 'due_at'] })} sortField="received_at" phone={phone}>
      <DataTable.Col source="requester_name" sx={nameColumn} />
      <DataTable.Col source="customer_id" disableSort sx={nameColumn}>
        <ReferenceField source="customer_id" reference="customers" link="show" />
      </DataTable.Col>
      {all && <DataTable.Col source="channel" field={EnumField} />}
      <DataTable.Col source="status" field={EnumField} sx={noWrap} />
      {all && <DataTable.Col source="assignee" />}
      {all && <DataTable.Col source="received_at" field={MuscatDateField} />}
      <DataTable.Col source="due_at">
        <DueDateField />
      </DataTable.Col>
    </RecordList>
  );
}
