import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { BREACH_DATA_CATEGORY } from '../../domain/breachIncidents';

/** The kinds of personal data involved, as translated chips. */
export function DataCategoryChips(_props: { source: 'data_categories'; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const categories: string[] = record?.data_categories ?? [];
  if (!categories.length) return <>—</>;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {categories.map((c) => (
        <Chip key={c} size="small" label={translate(BREACH_DATA_CATEGORY.labelKey(c))} />
      ))}
    </Stack>
  );
}
