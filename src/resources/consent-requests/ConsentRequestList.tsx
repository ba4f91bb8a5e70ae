import { DataTable, ReferenceField, TextField } from 'react-admin';
import { consentRequests } from '../../domain/consentRequests';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { ListLine, nameColumn, noWrap, useHasRoomForAllColumns } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordList } from '../shared/RecordList';

const consentFilters = listFilters(consentRequests, { alwaysOn: ['status'], dateRanges: ['created_at'] });

const phone = {
  primaryText: (
    <ListLine>
      <TextField source="id" />
      <TextField source="child_name" emptyText="—" />
    </ListLine>
  ),
  secondaryText: (
    <ListLine>
      <EnumField source="status" />
      <TextField source="parent_name" emptyText="—" />
    </ListLine>
  ),
  tertiaryText: <MuscatDateField source="created_at" />,
};

export function ConsentRequestList() {
  const all = useHasRoomForAllColumns();
  return (
    <RecordList filters={consentFilters} sortField="created_at" phone={phone}>
      <DataTable.Col source="child_name" sx={nameColumn} />
      <DataTable.Col source="customer_id" disableSort sx={nameColumn}>
        <ReferenceField source="customer_id" reference="customers" link="show" />
      </DataTable.Col>
      <DataTable.Col source="parent_name" sx={nameColumn} />
      <DataTable.Col source="status" field={EnumField} sx={noWrap} />
      {all && <DataTable.Col source="notice_sent_at" field={MuscatDateField} />}
      <DataTable.Col source="created_at" field={MuscatDateField} />
    </RecordList>
  );
}
