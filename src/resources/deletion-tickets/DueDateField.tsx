import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { isOpenTicket } from '../../domain/deletionWorkflow';
import { useMuscatTime } from '../shared/useMuscatTime';

interface Props {
  source?: string;
  label?: string;
  /** the rule that set the date, under it */
  showRule?: boolean;
  /** the time too; every rule ends a Muscat day, so a list shows the day only */
  showTime?: boolean;
}

/** When the ticket is due, and the rule that set the date; an open ticket past it is marked overdue. */
export function DueDateField({ showRule = false, showTime = false }: Props) {
  const record = useRecordContext();
  const translate = useTranslate();
  const time = useMuscatTime();
  if (!record?.due_at) return <>—</>;
  const due = new Date(record.due_at);
  const overdue = isOpenTicket(record.status) && due.getTime() < Date.now();
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
        <Tooltip title={record.due_rule ?? ''}>
          <Typography variant="body2" component="time" dateTime={record.due_at} color={overdue ? 'error' : undefined} fontWeight={overdue ? 'bold' : undefined} sx={{ whiteSpace: 'nowrap' }}>
            {showTime ? time.dateTime(record.due_at) : time.date(record.due_at)}
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
