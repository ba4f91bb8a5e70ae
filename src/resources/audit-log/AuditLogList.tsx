import { CanAccess, DataTable, FilterButton, List, SimpleList, TopToolbar } from 'react-admin';
import { ExportCsvButton } from '../shared/ExportCsvButton';
import { EnumInput } from '../shared/EnumInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { SearchFilter } from '../shared/SearchFilter';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { MuscatDateField } from '../shared/MuscatDateField';
import { ListLine, useHasRoomForAllColumns, useIsPhone } from '../shared/listLayout';
import { VerifyChainButton } from './VerifyChainButton';
import { AuditFieldsField, AuditReasonField, AuditRecordField, AuditWhatField, AuditWhoField } from './AuditEntryFields';

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

// Columns that take what is left, and give it up before the page scrolls sideways.
const wrapping = { overflowWrap: 'anywhere', minWidth: '8rem' } as const;

function AuditTable() {
  const roomy = useHasRoomForAllColumns();
  return (
    <DataTable bulkActionButtons={false} rowClick={false} sx={{ '& td': { verticalAlign: 'top' } }}>
      {roomy && <DataTable.Col source="id" />}
      <DataTable.Col source="at" sx={{ whiteSpace: 'nowrap' }}>
        <MuscatDateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="staff_username" disableSort field={AuditWhoField} />
      <DataTable.Col source="action" disableSort field={AuditWhatField} sx={wrapping} />
      <DataTable.Col source="record_id" disableSort field={AuditRecordField} sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="fields" disableSort field={AuditFieldsField} sx={wrapping} />
      <DataTable.Col source="reason" disableSort field={AuditReasonField} sx={{ ...wrapping, maxWidth: '24rem' }} />
      {roomy && <DataTable.Col source="address" disableSort />}
    </DataTable>
  );
}

/** Who did what, when, why and from where: newest first; field names only, never values. On a phone, one entry a line. */
export function AuditLogList() {
  const isPhone = useIsPhone();
  return (
    <List filters={auditFilters} actions={<AuditActions />} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
      {isPhone ? (
        <SimpleList
          rowClick={false}
          primaryText={
            <ListLine>
              <AuditWhatField />
              <AuditRecordField />
            </ListLine>
          }
          secondaryText={
            <ListLine>
              <AuditWhoField />
              <AuditFieldsField />
            </ListLine>
          }
          tertiaryText={<MuscatDateField source="at" showTime />}
        />
      ) : (
        <AuditTable />
      )}
    </List>
  );
}
