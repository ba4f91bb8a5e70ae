import { DateField, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Stack, Chip } from '@mui/material';
import { REFERRAL_ACTIVITIES, REFERRAL_STATUSES } from '../../domain/authorityReferrals';
import { EnumField } from '../shared/EnumField';

/** A list of customer field names, as translated chips. */
function FieldNameChips({ source }: { source: 'proposed_fields' | 'approved_fields'; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const names: string[] = record?.[source] ?? [];
  if (!names.length) return <>—</>;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {names.map((f) => (
        <Chip key={f} size="small" label={translate(`privacy.enums.disclosable_field.${f}`)} />
      ))}
    </Stack>
  );
}

export function AuthorityReferralShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="id" />
        <EnumField source="status" enumName="referral_status" values={REFERRAL_STATUSES} />
        <ReferenceField source="customer_id" reference="customers" link="show" />
        <EnumField source="activity" enumName="referral_activity" values={REFERRAL_ACTIVITIES} />
        <TextField source="authority" />
        <TextField source="description" />
        <TextField source="evidence" />
        <FieldNameChips source="proposed_fields" label="resources.authority-referrals.fields.proposed_fields" />
        <TextField source="legal_opinion" />
        <FieldNameChips source="approved_fields" label="resources.authority-referrals.fields.approved_fields" />
        <TextField source="drafted_by" />
        <DateField source="created_at" showTime />
        <DateField source="updated_at" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
