import { EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { deletionWorkflow } from '../../domain/deletionWorkflow';
import { IDENTITY_METHOD } from '../../domain/stepInputs';
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
        <EnumField source="status" />
        <WorkflowActions workflow={deletionWorkflow} />
        <LegalHoldNotice />
        <DueDateField source="due_at" showRule />
        <TextField source="id" />
        <EnumField source="scope" />
        <ReferenceField source="customer_id" reference="customers" link="show" emptyText="—" />
        <TextField source="requester_name" emptyText="—" />
        <EmailField source="requester_email" emptyText="—" />
        <TextField source="requester_phone" emptyText="—" />
        <EnumField source="channel" />
        <TextField source="assignee" emptyText="—" />
        <EnumField source="identity_method" enum={IDENTITY_METHOD} emptyText="—" />
        <MuscatDateField source="identity_verified_at" showTime />
        <TextField source="notes" emptyText="—" />
        <TextField source="rejection_reason" emptyText="—" />
        <MuscatDateField source="received_at" showTime />
        <MuscatDateField source="completed_at" showTime />
        <WorkflowTimeline />
      </SimpleShowLayout>
    </Show>
  );
}
