import { DataTable, RecordRepresentation, ReferenceField } from 'react-admin';
import { correctionRequests } from '../../domain/correctionRequests';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { ListLine, nameColumn, noWrap, useHasRoomForAllColumns } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordList } from '../shared/RecordList';
import { DueDateField } from '../deletion-tickets/DueDateField';

const requestFilters = listFilters(correctionRequests, { alwaysOn: ['status'], dateRanges: ['received_at', 'due_at'] });

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

export function CorrectionRequestList() {
  const all = useHasRoomForAllColumns();
  return (
    <RecordList filters={requestFilters} sortField="received_at" phone={phone}>
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
