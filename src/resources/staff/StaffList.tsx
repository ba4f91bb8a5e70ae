import { BooleanField, DataTable, EditButton, List, SimpleList, TextField } from 'react-admin';
import { EnumInput } from '../shared/EnumInput';
import { EnumField } from '../shared/EnumField';
import { actionsColumn, ListLine, nameColumn, useIsPhone } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { SearchFilter } from '../shared/SearchFilter';
import { ActionsHeader } from '../shared/ActionsHeader';

const staffFilters = [<SearchFilter key="q" source="q" alwaysOn />, <EnumInput key="role" source="role" alwaysOn />];

const phoneTexts = {
  primaryText: <TextField source="display_name" />,
  secondaryText: (
    <ListLine>
      <TextField source="username" />
      <EnumField source="role" />
    </ListLine>
  ),
  tertiaryText: <MuscatDateField source="created_at" />,
};

export function StaffList() {
  const isPhone = useIsPhone();
  return (
    <List filters={staffFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
      {isPhone ? (
        <SimpleList rowClick="edit" {...phoneTexts} />
      ) : (
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="username" />
          <DataTable.Col source="display_name" sx={nameColumn} />
          <DataTable.Col source="role" field={EnumField} />
          <DataTable.Col source="disabled" disableSort field={BooleanField} />
          <DataTable.Col source="created_at" field={MuscatDateField} />
          <DataTable.Col label={<ActionsHeader />} disableSort sx={actionsColumn}>
            <EditButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
