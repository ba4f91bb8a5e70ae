import { DataTable, List, ShowButton, SimpleList, TextField } from 'react-admin';
import { actionsColumn, ListLine, nameColumn, useIsPhone } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { SearchFilter } from '../shared/SearchFilter';
import { ActionsHeader } from '../shared/ActionsHeader';
import { KeyStateField, ScopeChips } from './ScopeChips';

const serviceKeyFilters = [<SearchFilter key="q" source="q" alwaysOn />];

const phoneTexts = {
  primaryText: <TextField source="name" />,
  secondaryText: (
    <ListLine>
      <TextField source="key_prefix" />
      <KeyStateField source="revoked_at" />
    </ListLine>
  ),
  tertiaryText: <MuscatDateField source="created_at" />,
};

export function ServiceKeyList() {
  const isPhone = useIsPhone();
  return (
    <List filters={serviceKeyFilters} sort={{ field: 'created_at', order: 'DESC' }} exporter={false}>
      {isPhone ? (
        <SimpleList rowClick="show" {...phoneTexts} />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" sx={nameColumn} />
          <DataTable.Col source="key_prefix" disableSort />
          <DataTable.Col source="scopes" disableSort field={ScopeChips} />
          <DataTable.Col source="revoked_at" field={KeyStateField} />
          <DataTable.Col source="last_used_at" field={MuscatDateField} />
          <DataTable.Col source="created_at" field={MuscatDateField} />
          <DataTable.Col label={<ActionsHeader />} disableSort sx={actionsColumn}>
            <ShowButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
