import { ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { MuscatDateField, CalendarDayField } from '../shared/MuscatDateField';
import { Stack, Chip } from '@mui/material';
import { DISCLOSABLE_FIELD } from '../../domain/authorityReferrals';
import { EnumField } from '../shared/EnumField';
import { ShowActions } from '../shared/EditWhenAllowed';
import { referralWorkflow } from '../../domain/referralWorkflow';
import { WorkflowActions } from '../shared/workflow/WorkflowActions';
import { WorkflowTimeline } from '../shared/workflow/WorkflowTimeline';
import { DisclosurePackageButton } from './DisclosurePackageButton';

/** A list of customer field names, as translated chips. */
function FieldNameChips({ source }: { source: 'proposed_fields' | 'approved_fields'; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const names: string[] = record?.[source] ?? [];
  if (!names.length) return <>—</>;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {names.map((f) => (
        <Chip key={f} size="small" label={translate(DISCLOSABLE_FIELD.labelKey(f))} />
      ))}
    </Stack>
  );
}

export function AuthorityReferralShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <EnumField source="status" />
        <WorkflowActions workflow={referralWorkflow} />
        <TextField source="id" />
        <ReferenceField source="customer_id" reference="customers" link="show" />
        <EnumField source="activity" />
        <TextField source="authority" />
        <TextField source="description" />
        <TextField source="evidence" />
        <FieldNameChips source="proposed_fields" label="resources.authority-referrals.fields.proposed_fields" />
        <TextField source="legal_opinion" emptyText="—" />
        <FieldNameChips source="approved_fields" label="resources.authority-referrals.fields.approved_fields" />
        <MuscatDateField source="decided_at" showTime />
        <CalendarDayField source="disclosed_on" />
        <TextField source="disclosure_channel" emptyText="—" />
        <TextField source="authority_reference" emptyText="—" />
        <DisclosurePackageButton label="resources.authority-referrals.fields.disclosure_sha256" />
        <MuscatDateField source="hold_released_at" showTime />
        <TextField source="drafted_by" />
        <MuscatDateField source="created_at" showTime />
        <WorkflowTimeline />
      </SimpleShowLayout>
    </Show>
  );
}
