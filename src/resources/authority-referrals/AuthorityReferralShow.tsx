import { ReferenceField, Show, TextField } from 'react-admin';
import { EnumField } from '../shared/EnumField';
import { ShowActions } from '../shared/EditWhenAllowed';
import { CalendarDayField, MuscatDateField } from '../shared/MuscatDateField';
import { RecordHistory, RecordSection, RecordSections, RecordSummary } from '../shared/RecordPage';
import { referralWorkflow } from '../../domain/referralWorkflow';
import { WorkflowActions } from '../shared/workflow/WorkflowActions';
import { WorkflowTimeline } from '../shared/workflow/WorkflowTimeline';
import { DisclosurePackageButton } from './DisclosurePackageButton';
import { FieldNameChips } from './FieldNameChips';

// an array, not a fragment: react-admin labels each field of a layout by its own props
const facts = [
  <EnumField key="status" source="status" />,
  <TextField key="drafted_by" source="drafted_by" />,
];

export function AuthorityReferralShow() {
  return (
    <Show actions={<ShowActions />}>
      <RecordSummary facts={facts}>
        <WorkflowActions workflow={referralWorkflow} />
      </RecordSummary>
      <RecordSections>
        <RecordSection title="privacy.record.sections.who">
          <ReferenceField source="customer_id" reference="customers" link="show" />
          <TextField source="authority" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.request">
          <TextField source="id" />
          <EnumField source="activity" />
          <TextField source="description" />
          <TextField source="evidence" />
          <FieldNameChips source="proposed_fields" label="resources.authority-referrals.fields.proposed_fields" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.decision">
          <TextField source="legal_opinion" emptyText="—" />
          <FieldNameChips source="approved_fields" label="resources.authority-referrals.fields.approved_fields" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.disclosure">
          <CalendarDayField source="disclosed_on" />
          <TextField source="disclosure_channel" emptyText="—" />
          <TextField source="authority_reference" emptyText="—" />
          <DisclosurePackageButton label="resources.authority-referrals.fields.disclosure_sha256" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.dates">
          <MuscatDateField source="created_at" showTime />
          <MuscatDateField source="decided_at" showTime />
          <MuscatDateField source="hold_released_at" showTime />
        </RecordSection>
      </RecordSections>
      <RecordHistory>
        <WorkflowTimeline />
      </RecordHistory>
    </Show>
  );
}
