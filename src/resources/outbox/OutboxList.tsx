import { DataTable, FilterButton, List, NumberInput, SimpleList, TextField, TopToolbar } from 'react-admin';
import { EnumInput } from '../shared/EnumInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { ListLine, noWrap, useHasRoomForAllColumns, useIsPhone, yieldingColumn } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { SearchFilter } from '../shared/SearchFilter';

const outboxFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" alwaysOn />,
  <EnumInput key="kind" source="kind" alwaysOn />,
  <EnumInput key="resource" source="resource" />,
  <NumberInput key="record_id" source="record_id" />,
  ...dateRangeFilters('created_at'),
];

function OutboxTable() {
  const all = useHasRoomForAllColumns();
  return (
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="id" />
      <DataTable.Col source="created_at">
        <MuscatDateField source="created_at" showTime />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort field={EnumField} />
      <DataTable.Col source="to_address" disableSort sx={yieldingColumn} render={(r) => r.to_address ?? '—'} />
      <DataTable.Col source="subject" disableSort sx={yieldingColumn} />
      <DataTable.Col source="status" field={EnumField} sx={noWrap} />
      {all && <DataTable.Col source="attempts" disableSort />}
      {all && <DataTable.Col source="last_error" disableSort sx={yieldingColumn} />}
      {all && (
        <DataTable.Col source="sent_at">
          <MuscatDateField source="sent_at" showTime />
        </DataTable.Col>
      )}
    </DataTable>
  );
}

const phoneTexts = {
  primaryText: <TextField source="subject" />,
  secondaryText: (
    <ListLine>
      <EnumField source="status" />
      <TextField source="to_address" emptyText="privacy.outbox.erased" />
    </ListLine>
  ),
  tertiaryText: <MuscatDateField source="created_at" showTime />,
};

/** Every mail the desk has sent or will send, newest first; the server writes it, so there is no create or edit. */
export function OutboxList() {
  const isPhone = useIsPhone();
  return (
    <List filters={outboxFilters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
      {isPhone ? <SimpleList rowClick="show" {...phoneTexts} /> : <OutboxTable />}
    </List>
  );
}
