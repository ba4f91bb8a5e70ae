import { BooleanField, DataTable, DateField, EditButton, List, SelectInput } from 'react-admin';
import { ROLES } from '../../domain/roles';
import { choicesFor } from '../shared/choices';
import { EnumField } from '../shared/EnumField';
import { SearchFilter } from '../shared/SearchFilter';

const staffFilters = [<SearchFilter key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={choicesFor('role', ROLES)} alwaysOn />];

export function StaffList() {
  return (
    <List filters={staffFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="display_name" />
        <DataTable.Col source="role">
          <EnumField source="role" enumName="role" values={ROLES} />
        </DataTable.Col>
        <DataTable.Col source="disabled" disableSort field={BooleanField} />
        <DataTable.Col source="created_at" field={DateField} />
        <DataTable.Col label={false} disableSort>
          <EditButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
