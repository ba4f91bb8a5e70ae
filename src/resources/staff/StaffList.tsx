import { BooleanField, DataTable, EditButton, List } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { EnumInput } from '../shared/EnumInput';
import { EnumField } from '../shared/EnumField';
import { SearchFilter } from '../shared/SearchFilter';

const staffFilters = [<SearchFilter key="q" source="q" alwaysOn />, <EnumInput key="role" source="role" alwaysOn />];

export function StaffList() {
  return (
    <List filters={staffFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="display_name" />
        <DataTable.Col source="role" field={EnumField} />
        <DataTable.Col source="disabled" disableSort field={BooleanField} />
        <DataTable.Col source="created_at" field={MuscatDateField} />
        <DataTable.Col label={false} disableSort>
          <EditButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
