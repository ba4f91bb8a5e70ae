import { DataTable, DateField, FilterButton, List, NumberInput, SelectInput, TopToolbar } from 'react-admin';
import { MAIL_KINDS, MAIL_RESOURCES, MAIL_STATUSES } from '../../domain/outbox';
import { choicesFor } from '../shared/choices';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { SearchFilter } from '../shared/SearchFilter';

const RESOURCE_CHOICES = MAIL_RESOURCES.map((id) => ({ id, name: `resources.${id}.name` }));

const outboxFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesFor('mail_status', MAIL_STATUSES)} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choicesFor('mail_kind', MAIL_KINDS)} alwaysOn />,
  <SelectInput key="resource" source="resource" choices={RESOURCE_CHOICES} translateChoice />,
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
          <DateField source="created_at" showTime />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="mail_kind" values={MAIL_KINDS} />
        </DataTable.Col>
        <DataTable.Col source="to_address" disableSort render={(r) => r.to_address ?? '—'} />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="mail_status" values={MAIL_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="attempts" disableSort />
        <DataTable.Col source="last_error" disableSort />
        <DataTable.Col source="sent_at">
          <DateField source="sent_at" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
