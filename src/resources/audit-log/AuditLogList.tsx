import { CanAccess, DataTable, DateField, FilterButton, List, TextField, TopToolbar } from 'react-admin';
import { ExportCsvButton } from '../shared/ExportCsvButton';
import { EnumInput } from '../shared/EnumInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { SearchFilter } from '../shared/SearchFilter';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { VerifyChainButton } from './VerifyChainButton';

const auditFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <EnumInput key="action" source="action" alwaysOn />,
  <EnumInput key="resource" source="resource" />,
  <CustomerReferenceInput key="record_id" source="record_id" label="privacy.audit.customer" />,
  ...dateRangeFilters('at'),
];

function AuditActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <VerifyChainButton />
      <CanAccess action="export">
        <ExportCsvButton />
      </CanAccess>
    </TopToolbar>
  );
}

/** Who did what, when, why and from where: newest first; field names only, never values. */
export function AuditLogList() {
  return (
    <List filters={auditFilters} actions={<AuditActions />} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="at">
          <DateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="staff_username" disableSort />
        <DataTable.Col source="role" disableSort />
        <DataTable.Col source="action" disableSort field={EnumField} />
        <DataTable.Col source="resource" disableSort />
        <DataTable.Col source="record_id" disableSort />
        <DataTable.Col source="fields" disableSort render={(r) => (r.fields ?? []).join(', ')} />
        <DataTable.Col source="reason" disableSort>
          <TextField source="reason" />
        </DataTable.Col>
        <DataTable.Col source="address" disableSort />
      </DataTable>
    </List>
  );
}
