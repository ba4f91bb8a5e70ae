import { DataTable, ReferenceField } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { authorityReferrals } from '../../domain/authorityReferrals';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { RecordList } from '../shared/RecordList';

const referralFilters = listFilters(authorityReferrals, { alwaysOn: ['status'], dateRanges: ['created_at'] });

export function AuthorityReferralList() {
  return (
    <RecordList filters={referralFilters} sortField="created_at">
      <DataTable.Col source="customer_id" disableSort>
        <ReferenceField source="customer_id" reference="customers" link="show" />
      </DataTable.Col>
      <DataTable.Col source="activity" field={EnumField} />
      <DataTable.Col source="authority" />
      <DataTable.Col source="status" field={EnumField} />
      <DataTable.Col source="created_at" field={MuscatDateField} />
    </RecordList>
  );
}
