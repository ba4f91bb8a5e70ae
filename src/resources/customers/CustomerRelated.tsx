import { DataTable, DateField, ReferenceManyField, ShowButton } from 'react-admin';
import { CONSENT_STATUSES } from '../../domain/consentRequests';
import { DELETION_SCOPES, DELETION_STATUSES } from '../../domain/deletionTickets';
import { REFERRAL_ACTIVITIES, REFERRAL_STATUSES } from '../../domain/authorityReferrals';
import { EnumField } from '../shared/EnumField';

// The customer's records in each workflow, newest first, each row opening the record itself.

export function CustomerConsentRequests() {
  return (
    <ReferenceManyField reference="consent-requests" target="customer_id" sort={{ field: 'created_at', order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        <DataTable.Col source="parent_name" />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="consent_status" values={CONSENT_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="created_at" field={DateField} />
        <DataTable.Col label={false} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

export function CustomerDeletionTickets() {
  return (
    <ReferenceManyField reference="deletion-tickets" target="customer_id" sort={{ field: 'received_at', order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        <DataTable.Col source="scope">
          <EnumField source="scope" enumName="deletion_scope" values={DELETION_SCOPES} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="deletion_status" values={DELETION_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="received_at" field={DateField} />
        <DataTable.Col label={false} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

export function CustomerReferrals() {
  return (
    <ReferenceManyField reference="authority-referrals" target="customer_id" sort={{ field: 'created_at', order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        <DataTable.Col source="activity">
          <EnumField source="activity" enumName="referral_activity" values={REFERRAL_ACTIVITIES} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="referral_status" values={REFERRAL_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="created_at" field={DateField} />
        <DataTable.Col label={false} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}
