import { FormControlLabel, Switch } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';

/**
 * "Overdue only": the incidents whose next deadline has passed, asked of the server as `due_at_lte`
 * the moment the switch is turned on (the register keeps each incident's next deadline).
 */
export function OverdueFilter({ source }: { source: 'due_at_lte'; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const { field } = useInput({ source });
  return (
    <FormControlLabel
      sx={{ mb: 1 }}
      control={<Switch checked={!!field.value} onChange={(e) => field.onChange(e.target.checked ? new Date().toISOString() : null)} />}
      label={translate('privacy.breach.overdue_only')}
    />
  );
}
