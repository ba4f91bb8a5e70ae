import { DataTable, ReferenceField, TextField } from 'react-admin';
import { authorityReferrals } from '../../domain/authorityReferrals';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { ListLine, nameColumn, noWrap } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordList } from '../shared/RecordList';

const referralFilters = listFilters(authorityReferrals, { alwaysOn: ['status'], dateRanges: ['created_at'] });

const phone = {
  primaryText: (
    <ListLine>
      <TextField source="id" />
      <ReferenceField source="customer_id" reference="customers" link={false} />
    </ListLine>
  ),
  secondaryText: (
    <ListLine>
      <EnumField source="status" />
      <EnumField source="activity" />
    </ListLine>
  ),
  tertiaryText: (
    <ListLine>
      <TextField source="authority" />
      <MuscatDateField source="created_at" />
    </ListLine>
  ),
};

export function AuthorityReferralList() {
  return (
    <RecordList filters={referralFilters} sortField="created_at" phone={phone}>
      <DataTable.Col source="customer_id" disableSort sx={nameColumn}>
        <ReferenceField source="customer_id" reference="customers" link="show" />
      </DataTable.Col>
      <DataTable.Col source="activity" field={EnumField} />
      <DataTable.Col source="authority" />
      <DataTable.Col source="status" field={EnumField} sx={noWrap} />
      <DataTable.Col source="created_at" field={MuscatDateField} />
    </RecordList>
  );
}
