import { DataTable, ReferenceField } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { consentRequests } from '../../domain/consentRequests';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { RecordList } from '../shared/RecordList';

const consentFilters = listFilters(consentRequests, { alwaysOn: ['status'], dateRanges: ['created_at'] });

export function ConsentRequestList() {
  return (
    <RecordList filters={consentFilters} sortField="created_at">
      <DataTable.Col source="child_name" />
      <DataTable.Col source="customer_id" disableSort>
        <ReferenceField source="customer_id" reference="customers" link="show" />
      </DataTable.Col>
      <DataTable.Col source="parent_name" />
      <DataTable.Col source="status" field={EnumField} />
      <DataTable.Col source="notice_sent_at" field={MuscatDateField} />
      <DataTable.Col source="created_at" field={MuscatDateField} />
    </RecordList>
  );
}
