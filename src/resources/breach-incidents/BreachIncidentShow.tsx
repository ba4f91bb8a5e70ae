import { Show, TextField } from 'react-admin';
import { EnumField } from '../shared/EnumField';
import { ShowActions } from '../shared/EditWhenAllowed';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordHistory, RecordSection, RecordSections, RecordSummary } from '../shared/RecordPage';
import { breachWorkflow } from '../../domain/breachWorkflow';
import { WorkflowActions } from '../shared/workflow/WorkflowActions';
import { WorkflowTimeline } from '../shared/workflow/WorkflowTimeline';
import { BreachClocks } from './BreachClocks';
import { DataCategoryChips } from './DataCategoryChips';
import { AffectedCustomers } from './AffectedCustomers';
import { MailingProgress } from './MailingProgress';
import { PublicNoticeLink } from './PublicNoticeLink';
import { MinistryNotificationButton } from './MinistryNotificationButton';

// an array, not a fragment: react-admin labels each field of a layout by its own props
const facts = [<EnumField key="status" source="status" />, <EnumField key="risk" source="risk" emptyText="—" />, <MuscatDateField key="aware_at" source="aware_at" showTime />];

export function BreachIncidentShow() {
  return (
    <Show actions={<ShowActions />}>
      <RecordSummary facts={facts}>
        <WorkflowActions workflow={breachWorkflow} />
      </RecordSummary>
      <RecordSections>
        <RecordSection title="privacy.breach.sections.clocks">
          <BreachClocks label={false} />
        </RecordSection>
        <RecordSection title="privacy.breach.sections.what">
          <TextField source="id" />
          <MuscatDateField source="occurred_at" showTime emptyText="—" />
          <TextField source="description" />
          <DataCategoryChips source="data_categories" label="resources.breach-incidents.fields.data_categories" />
          <TextField source="containment" emptyText="—" />
          <TextField source="risk_reasoning" emptyText="—" />
        </RecordSection>
        <RecordSection title="privacy.breach.sections.affected">
          <AffectedCustomers label={false} />
          <MailingProgress label={false} />
        </RecordSection>
        <RecordSection title="privacy.breach.sections.texts">
          <TextField source="site_notice_text" emptyText="—" />
          <TextField source="email_notice_text" emptyText="—" />
          <TextField source="drafted_by" emptyText="—" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.decision">
          <TextField source="legal_opinion" emptyText="—" />
          <MuscatDateField source="decided_at" showTime emptyText="—" />
        </RecordSection>
        <RecordSection title="privacy.breach.sections.notifications">
          <MinistryNotificationButton label={false} />
          <MuscatDateField source="ministry_sent_at" showTime emptyText="—" />
          <TextField source="ministry_method" emptyText="—" />
          <TextField source="ministry_reference" emptyText="—" />
          <MuscatDateField source="site_notice_published_at" showTime emptyText="—" />
          <PublicNoticeLink label={false} />
          <MuscatDateField source="subjects_notified_at" showTime emptyText="—" />
        </RecordSection>
        <RecordSection title="privacy.breach.sections.closing">
          <TextField source="lessons" emptyText="—" />
          <MuscatDateField source="closed_at" showTime emptyText="—" />
        </RecordSection>
      </RecordSections>
      <RecordHistory>
        <WorkflowTimeline />
      </RecordHistory>
    </Show>
  );
}
