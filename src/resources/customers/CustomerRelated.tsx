import { DataTable, ReferenceManyField, ShowButton } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { findResource } from '../../domain/resources';
import { EnumField } from '../shared/EnumField';
import { ActionsHeader } from '../shared/ActionsHeader';

interface Props {
  reference: string;
  /** shown between the id and the date; an enum the workflow's list is filtered by shows its label */
  columns: readonly string[];
  /** the moment the records are ordered by, newest first */
  dateSource: string;
}

/** The customer's records in one workflow, each row opening the record itself. */
function RelatedRecords({ reference, columns, dateSource }: Props) {
  const filters = findResource(reference)?.filters ?? {};
  return (
    <ReferenceManyField reference={reference} target="customer_id" sort={{ field: dateSource, order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        {columns.map((source) => (
          <DataTable.Col key={source} source={source} field={filters[source]?.kind === 'enum' ? EnumField : undefined} />
        ))}
        <DataTable.Col source={dateSource} field={MuscatDateField} />
        <DataTable.Col label={<ActionsHeader />} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

export function CustomerConsentRequests() {
  return <RelatedRecords reference="consent-requests" columns={['parent_name', 'status']} dateSource="created_at" />;
}

export function CustomerDeletionTickets() {
  return <RelatedRecords reference="deletion-tickets" columns={['scope', 'status']} dateSource="received_at" />;
}

export function CustomerReferrals() {
  return <RelatedRecords reference="authority-referrals" columns={['activity', 'status']} dateSource="created_at" />;
}
