import { BooleanField, BooleanInput, DataTable, DateField, List, SelectInput, ShowButton } from 'react-admin';
import { EditWhenAllowed } from '../shared/EditWhenAllowed';
import { CUSTOMER_STATUSES, ID_TYPES } from '../../domain/customers';
import { ListActions } from '../shared/ListActions';
import { SearchFilter } from '../shared/SearchFilter';
import { choicesFor } from '../shared/choices';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';

const customerFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesFor('customer_status', CUSTOMER_STATUSES)} />,
  <SelectInput key="id_type" source="id_type" choices={choicesFor('id_type', ID_TYPES)} />,
  <BooleanInput key="newsletter" source="newsletter" />,
  ...dateRangeFilters('created_at'),
];

export function CustomerList() {
  return (
    <List filters={customerFilters} actions={<ListActions />} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="full_name" />
        <DataTable.Col source="username" />
        <DataTable.Col source="email" />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="status" disableSort>
          <EnumField source="status" enumName="customer_status" values={CUSTOMER_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="newsletter" disableSort field={BooleanField} />
        <DataTable.Col source="created_at" field={DateField} />
        <DataTable.Col label={false} disableSort>
          <ShowButton />
          <EditWhenAllowed />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
