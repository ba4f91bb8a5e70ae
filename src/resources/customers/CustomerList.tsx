import { BooleanField, DataTable, RecordRepresentation, TextField } from 'react-admin';
import { customers } from '../../domain/customers';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { ListLine, nameColumn, noWrap, useHasRoomForAllColumns, yieldingColumn } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordList } from '../shared/RecordList';

const customerFilters = listFilters(customers, { dateRanges: ['created_at'] });

const phone = {
  primaryText: <RecordRepresentation />,
  secondaryText: <TextField source="email" emptyText="—" />,
  tertiaryText: (
    <ListLine>
      <EnumField source="status" />
      <TextField source="phone" sx={noWrap} />
    </ListLine>
  ),
};

export function CustomerList() {
  const all = useHasRoomForAllColumns();
  return (
    <RecordList filters={customerFilters} sortField="id" phone={phone}>
      <DataTable.Col source="full_name" sx={nameColumn} />
      {all && <DataTable.Col source="username" />}
      <DataTable.Col source="email" sx={yieldingColumn} />
      {/* a masked phone ("••••1392") read in two pieces is no number at all */}
      <DataTable.Col source="phone" disableSort sx={noWrap} />
      <DataTable.Col source="status" disableSort field={EnumField} />
      {all && <DataTable.Col source="newsletter" disableSort field={BooleanField} />}
      <DataTable.Col source="created_at" field={MuscatDateField} />
    </RecordList>
  );
}
