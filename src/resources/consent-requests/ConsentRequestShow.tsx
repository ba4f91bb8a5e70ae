import { BooleanField, EmailField, ReferenceField, Show, TextField } from 'react-admin';
import { consentWorkflow } from '../../domain/consentWorkflow';
import { EnumField } from '../shared/EnumField';
import { ShowActions } from '../shared/EditWhenAllowed';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordHistory, RecordSection, RecordSections, RecordSummary } from '../shared/RecordPage';
import { WorkflowActions } from '../shared/workflow/WorkflowActions';
import { WorkflowTimeline } from '../shared/workflow/WorkflowTimeline';
import { ParentRequests } from './ParentRequests';
import { NoticeDelivery } from './NoticeDelivery';

// an array, not a fragment: react-admin labels each field of a layout by its own props
const facts = [
  <EnumField key="status" source="status" />,
  <MuscatDateField key="answer_due_at" source="answer_due_at" showTime />,
];

export function ConsentRequestShow() {
  return (
    <Show actions={<ShowActions />}>
      <RecordSummary facts={facts}>
        <NoticeDelivery />
        <WorkflowActions workflow={consentWorkflow} />
        <ParentRequests />
      </RecordSummary>
      <RecordSections>
        <RecordSection title="privacy.record.sections.who">
          <ReferenceField source="customer_id" reference="customers" link="show" />
          <TextField source="child_name" emptyText="—" />
          <TextField source="parent_name" emptyText="—" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.contact">
          <EmailField source="parent_email" emptyText="—" />
          <TextField source="parent_phone" emptyText="—" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.request">
          <TextField source="id" />
          <EnumField source="verification_method" emptyText="—" />
          <BooleanField source="third_party_disclosure" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.dates">
          <MuscatDateField source="created_at" showTime />
          <MuscatDateField source="notice_queued_at" showTime />
          <MuscatDateField source="notice_sent_at" showTime />
          <MuscatDateField source="decided_at" showTime />
          <MuscatDateField source="contact_erased_at" showTime />
        </RecordSection>
      </RecordSections>
      <RecordHistory>
        <WorkflowTimeline />
      </RecordHistory>
    </Show>
  );
}
