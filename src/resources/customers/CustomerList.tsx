import { BooleanField, DataTable } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { customers } from '../../domain/customers';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { RecordList } from '../shared/RecordList';

const customerFilters = listFilters(customers, { dateRanges: ['created_at'] });

export function CustomerList() {
  return (
    <RecordList filters={customerFilters} sortField="id">
      <DataTable.Col source="full_name" />
      <DataTable.Col source="username" />
      <DataTable.Col source="email" />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="status" disableSort field={EnumField} />
      <DataTable.Col source="newsletter" disableSort field={BooleanField} />
      <DataTable.Col source="created_at" field={MuscatDateField} />
    </RecordList>
  );
}
