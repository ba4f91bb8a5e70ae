import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useGetList, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { WorkflowHistoryEntry } from '../../../domain/workflowHistory';
import { useMuscatTime } from '../useMuscatTime';
import { filterEnum } from '../choices';

/** The record's history: every step, who took it, when, from which state to which, and the note. */
export function WorkflowTimeline() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const time = useMuscatTime();
  const { data = [], isPending } = useGetList<WorkflowHistoryEntry & { id: number }>(
    'workflow-history',
    { filter: { resource, record_id: record?.id }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: !!record },
  );
  if (!record || isPending) return null;
  const statuses = filterEnum(resource, 'status');
  const status = (s: string) => translate(statuses.labelKey(s));
  return (
    <section aria-labelledby="timeline-title">
      <Typography id="timeline-title" variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('privacy.timeline.title')}
      </Typography>
      {!data.length && <Typography variant="body2">{translate('privacy.timeline.empty')}</Typography>}
      <List dense component="ol">
        {data.map((entry) => (
          <ListItem key={entry.id} component="li" divider>
            <ListItemText
              primary={translate('privacy.timeline.entry', {
                step: translate(`privacy.steps.${entry.step}`),
                from: status(entry.from_status),
                to: status(entry.to_status),
              })}
              secondary={[time.dateTime(entry.at), translate('privacy.timeline.by', { actor: entry.actor, role: translate(`privacy.enums.step_actor.${entry.role}`) }), entry.note]
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
