import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DISCLOSABLE_FIELD } from '../../domain/authorityReferrals';

/** A list of customer field names, as translated chips. */
export function FieldNameChips({ source }: { source: 'proposed_fields' | 'approved_fields'; label?: string }) {
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
