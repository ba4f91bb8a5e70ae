import { DataTable, DateField, List, ReferenceField, SelectInput, ShowButton } from 'react-admin';
import { REFERRAL_ACTIVITIES, REFERRAL_STATUSES } from '../../domain/authorityReferrals';
import { ListActions } from '../shared/ListActions';
import { SearchFilter } from '../shared/SearchFilter';
import { choicesFor } from '../shared/choices';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { EditWhenAllowed } from '../shared/EditWhenAllowed';

const referralFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesFor('referral_status', REFERRAL_STATUSES)} alwaysOn />,
  <SelectInput key="activity" source="activity" choices={choicesFor('referral_activity', REFERRAL_ACTIVITIES)} />,
  <CustomerReferenceInput key="customer_id" source="customer_id" />,
  ...dateRangeFilters('created_at'),
];

export function AuthorityReferralList() {
  return (
    <List filters={referralFilters} actions={<ListActions />} sort={{ field: 'created_at', order: 'DESC' }} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="customer_id" disableSort>
          <ReferenceField source="customer_id" reference="customers" link="show" />
        </DataTable.Col>
        <DataTable.Col source="activity">
          <EnumField source="activity" enumName="referral_activity" values={REFERRAL_ACTIVITIES} />
        </DataTable.Col>
        <DataTable.Col source="authority" />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="referral_status" values={REFERRAL_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="created_at" field={DateField} />
        <DataTable.Col label={false} disableSort>
          <ShowButton />
          <EditWhenAllowed />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
