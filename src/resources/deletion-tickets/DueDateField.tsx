import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { isOpenTicket } from '../../domain/deletionWorkflow';

/** When the ticket is due, and the rule that set the date; an open ticket past it is marked overdue. */
export function DueDateField({ showRule = false }: { source?: string; label?: string; showRule?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.due_at) return <>—</>;
  const due = new Date(record.due_at);
  const overdue = isOpenTicket(record.status) && due.getTime() < Date.now();
  const text = due.toLocaleString(locale, { timeZone: 'Asia/Muscat', dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} alignItems="center">
        <Tooltip title={record.due_rule ?? ''}>
          <Typography variant="body2" color={overdue ? 'error' : undefined} fontWeight={overdue ? 'bold' : undefined}>
            {text}
          </Typography>
        </Tooltip>
        {overdue && <Chip size="small" color="error" label={translate('privacy.due.overdue')} />}
      </Stack>
      {showRule && record.due_rule && (
        <Typography variant="caption" color="text.secondary">
          {translate('privacy.due.rule', { rule: record.due_rule })}
        </Typography>
      )}
    </Stack>
  );
}
