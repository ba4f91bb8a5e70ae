import { BooleanField, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { consentWorkflow } from '../../domain/consentWorkflow';
import { EnumField } from '../shared/EnumField';
import { ShowActions } from '../shared/EditWhenAllowed';
import { WorkflowActions } from '../shared/workflow/WorkflowActions';
import { WorkflowTimeline } from '../shared/workflow/WorkflowTimeline';
import { ParentRequests } from './ParentRequests';
import { NoticeDelivery } from './NoticeDelivery';

export function ConsentRequestShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <EnumField source="status" />
        <NoticeDelivery />
        <WorkflowActions workflow={consentWorkflow} />
        <ParentRequests />
        <TextField source="id" />
        <ReferenceField source="customer_id" reference="customers" link="show" />
        <TextField source="child_name" emptyText="—" />
        <TextField source="parent_name" emptyText="—" />
        <EmailField source="parent_email" emptyText="—" />
        <TextField source="parent_phone" emptyText="—" />
        <EnumField source="verification_method" emptyText="—" />
        <BooleanField source="third_party_disclosure" />
        <MuscatDateField source="notice_queued_at" showTime />
        <MuscatDateField source="notice_sent_at" showTime />
        <MuscatDateField source="answer_due_at" showTime />
        <MuscatDateField source="decided_at" showTime />
        <MuscatDateField source="contact_erased_at" showTime />
        <MuscatDateField source="created_at" showTime />
        <WorkflowTimeline />
      </SimpleShowLayout>
    </Show>
  );
}
