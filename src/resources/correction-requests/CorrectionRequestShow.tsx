import { EditButton, EmailField, ReferenceField, Show, TextField, useRecordContext } from 'react-admin';
import { correctionWorkflow } from '../../domain/correctionWorkflow';
import { IDENTITY_METHOD } from '../../domain/stepInputs';
import { EnumField } from '../shared/EnumField';
import { ShowActions } from '../shared/EditWhenAllowed';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordHistory, RecordSection, RecordSections, RecordSummary } from '../shared/RecordPage';
import { WorkflowActions } from '../shared/workflow/WorkflowActions';
import { WorkflowTimeline } from '../shared/workflow/WorkflowTimeline';
import { DueDateField } from '../deletion-tickets/DueDateField';

// an array, not a fragment: react-admin labels each field of a layout by its own props
const facts = [
  <EnumField key="status" source="status" />,
  <DueDateField key="due_at" source="due_at" showRule showTime />,
  <TextField key="assignee" source="assignee" emptyText="—" />,
];

/** Once the requester is proven, the correction is the customer record's own edit: a way there. */
function EditCustomer() {
  const record = useRecordContext();
  if (!record?.customer_id || record.status !== 'in_progress') return null;
  return <EditButton resource="customers" record={{ id: record.customer_id }} label="privacy.correction.edit_customer" variant="outlined" />;
}

export function CorrectionRequestShow() {
  return (
    <Show actions={<ShowActions />}>
      <RecordSummary facts={facts}>
        <WorkflowActions workflow={correctionWorkflow} />
        <EditCustomer />
      </RecordSummary>
      <RecordSections>
        <RecordSection title="privacy.record.sections.who">
          <ReferenceField source="customer_id" reference="customers" link="show" emptyText="—" />
          <TextField source="requester_name" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.contact">
          <EmailField source="requester_email" />
          <EnumField source="channel" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.request">
          <TextField source="id" />
          <TextField source="requested_correction" />
          <TextField source="correction_made" emptyText="—" />
          <EnumField source="identity_method" enum={IDENTITY_METHOD} emptyText="—" />
          <TextField source="notes" emptyText="—" />
          <TextField source="rejection_reason" emptyText="—" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.dates">
          <MuscatDateField source="received_at" showTime />
          <MuscatDateField source="identity_verified_at" showTime emptyText="—" />
          <MuscatDateField source="completed_at" showTime emptyText="—" />
        </RecordSection>
      </RecordSections>
      <RecordHistory>
        <WorkflowTimeline />
      </RecordHistory>
    </Show>
  );
}
