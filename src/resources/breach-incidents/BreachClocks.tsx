import { Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { BreachClock } from '../../domain/breachDeadlines';
import { useMuscatTime } from '../shared/useMuscatTime';
import { useBreachClocks } from './useBreachClocks';

function ClockState({ clock }: { clock: BreachClock }) {
  const translate = useTranslate();
  const time = useMuscatTime();
  const state = clock.met_at ? (clock.overdue ? 'met_late' : 'met') : clock.overdue ? 'overdue' : 'open';
  const color = state === 'met' ? 'success' : state === 'open' ? 'default' : 'error';
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
      <Chip size="small" color={color} label={translate(`privacy.breach.clock.${state}`)} />
      <Typography variant="body2" component="span">
        {clock.met_at ? translate('privacy.breach.clock.met_at', { time: time.dateTime(clock.met_at.toISOString()) }) : translate('privacy.breach.clock.due', { time: time.dateTime(clock.due.toISOString()) })}
      </Typography>
    </Stack>
  );
}

/** Every deadline the incident is under, the earliest open one first, each with the rule behind it. */
export function BreachClocks(_props: { label?: string | false }) {
  const record = useRecordContext();
  const clocks = useBreachClocks(record);
  if (!clocks) return null;
  return (
    <List dense disablePadding>
      {clocks.map((clock) => (
        <ListItem key={clock.rule} disableGutters>
          <ListItemText primary={clock.description} secondary={<ClockState clock={clock} />} slotProps={{ secondary: { component: 'div' } }} />
        </ListItem>
      ))}
    </List>
  );
}

/** The deadline to act on next, as the server keeps it on the incident, marked when overdue; "all met" when none is open. */
export function NextClockField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const time = useMuscatTime();
  if (!record) return null;
  if (!record.due_at) return <Chip size="small" color="success" label={translate('privacy.breach.clock.all_met')} />;
  const overdue = Date.parse(record.due_at) < Date.now();
  return (
    <Stack direction="row" spacing={1} alignItems="center" title={record.due_rule ?? undefined}>
      <Typography variant="body2" component="time" dateTime={record.due_at} color={overdue ? 'error' : undefined} sx={{ whiteSpace: 'nowrap' }}>
        {time.dateTime(record.due_at)}
      </Typography>
      {overdue && <Chip size="small" color="error" label={translate('privacy.due.overdue')} />}
    </Stack>
  );
}
