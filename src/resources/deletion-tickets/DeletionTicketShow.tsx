import { DateField, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DELETION_SCOPES, DELETION_STATUSES, REQUEST_CHANNELS } from '../../domain/deletionTickets';
import { EnumField } from '../shared/EnumField';

export function DeletionTicketShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="id" />
        <EnumField source="status" enumName="deletion_status" values={DELETION_STATUSES} />
        <EnumField source="scope" enumName="deletion_scope" values={DELETION_SCOPES} />
        <ReferenceField source="customer_id" reference="customers" link="show" emptyText="—" />
        <TextField source="requester_name" />
        <EmailField source="requester_email" />
        <TextField source="requester_phone" />
        <EnumField source="channel" enumName="request_channel" values={REQUEST_CHANNELS} />
        <TextField source="assignee" />
        <TextField source="notes" />
        <TextField source="rejection_reason" />
        <DateField source="received_at" showTime />
        <DateField source="updated_at" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
