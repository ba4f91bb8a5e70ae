import { DateField, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DELETION_SCOPES, DELETION_STATUSES, REQUEST_CHANNELS } from '../../domain/deletionTickets';
import { IDENTITY_METHODS } from '../../domain/stepInputs';
import { deletionWorkflow } from '../../domain/deletionWorkflow';
import { EnumField } from '../shared/EnumField';
import { ShowActions } from '../shared/EditWhenAllowed';
import { WorkflowActions } from '../shared/workflow/WorkflowActions';
import { WorkflowTimeline } from '../shared/workflow/WorkflowTimeline';
import { DueDateField } from './DueDateField';
import { LegalHoldNotice } from './LegalHoldNotice';

export function DeletionTicketShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <EnumField source="status" enumName="deletion_status" values={DELETION_STATUSES} />
        <WorkflowActions workflow={deletionWorkflow} />
        <LegalHoldNotice />
        <DueDateField source="due_at" showRule />
        <TextField source="id" />
        <EnumField source="scope" enumName="deletion_scope" values={DELETION_SCOPES} />
        <ReferenceField source="customer_id" reference="customers" link="show" emptyText="—" />
        <TextField source="requester_name" emptyText="—" />
        <EmailField source="requester_email" emptyText="—" />
        <TextField source="requester_phone" emptyText="—" />
        <EnumField source="channel" enumName="request_channel" values={REQUEST_CHANNELS} />
        <TextField source="assignee" emptyText="—" />
        <EnumField source="identity_method" enumName="identity_method" values={IDENTITY_METHODS} emptyText="—" />
        <DateField source="identity_verified_at" showTime emptyText="—" />
        <TextField source="notes" emptyText="—" />
        <TextField source="rejection_reason" emptyText="—" />
        <DateField source="received_at" showTime />
        <DateField source="completed_at" showTime emptyText="—" />
        <WorkflowTimeline statusEnum="deletion_status" />
      </SimpleShowLayout>
    </Show>
  );
}
