import { DataTable, FilterButton, List, NumberInput, TopToolbar } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { EnumInput } from '../shared/EnumInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { SearchFilter } from '../shared/SearchFilter';

const outboxFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" alwaysOn />,
  <EnumInput key="kind" source="kind" alwaysOn />,
  <EnumInput key="resource" source="resource" />,
  <NumberInput key="record_id" source="record_id" />,
  ...dateRangeFilters('created_at'),
];

/** Every mail the desk has sent or will send, newest first; the server writes it, so there is no create or edit. */
export function OutboxList() {
  return (
    <List filters={outboxFilters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        <DataTable.Col source="created_at">
          <MuscatDateField source="created_at" showTime />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort field={EnumField} />
        <DataTable.Col source="to_address" disableSort render={(r) => r.to_address ?? '—'} />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col source="status" field={EnumField} />
        <DataTable.Col source="attempts" disableSort />
        <DataTable.Col source="last_error" disableSort />
        <DataTable.Col source="sent_at">
          <MuscatDateField source="sent_at" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
