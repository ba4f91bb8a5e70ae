import { DataTable, DateField, List, ReferenceField, SelectInput, ShowButton } from 'react-admin';
import { CONSENT_STATUSES, VERIFICATION_METHODS } from '../../domain/consentRequests';
import { ListActions } from '../shared/ListActions';
import { SearchFilter } from '../shared/SearchFilter';
import { choicesFor } from '../shared/choices';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { EditWhenAllowed } from '../shared/EditWhenAllowed';

const consentFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesFor('consent_status', CONSENT_STATUSES)} alwaysOn />,
  <CustomerReferenceInput key="customer_id" source="customer_id" />,
  <SelectInput key="verification_method" source="verification_method" choices={choicesFor('verification_method', VERIFICATION_METHODS)} />,
  ...dateRangeFilters('created_at'),
];

export function ConsentRequestList() {
  return (
    <List filters={consentFilters} actions={<ListActions />} sort={{ field: 'created_at', order: 'DESC' }} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="child_name" />
        <DataTable.Col source="customer_id" disableSort>
          <ReferenceField source="customer_id" reference="customers" link="show" />
        </DataTable.Col>
        <DataTable.Col source="parent_name" />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="consent_status" values={CONSENT_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="notice_sent_at" field={DateField} />
        <DataTable.Col source="created_at" field={DateField} />
        <DataTable.Col label={false} disableSort>
          <ShowButton />
          <EditWhenAllowed />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
