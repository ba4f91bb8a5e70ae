import { useEffect } from 'react';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { mailingTotals, retryRefusal } from '../../domain/breachMailing';
import { isRole } from '../../domain/roles';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { useStepActor } from '../shared/workflow/useStepActor';
import { useMuscatTime } from '../shared/useMuscatTime';

// Often enough to watch a mailing move, rarely enough that a million-customer count stays cheap.
const WHILE_RUNNING_MS = 3000;

/** Where e-mailing the people affected stands: delivered, failed and waiting of all, and a retry of the failures. */
export function MailingProgress(_props: { label?: string | false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const time = useMuscatTime();
  const notify = useNotify();
  const refresh = useRefresh();
  const actor = useStepActor();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const queryClient = useQueryClient();
  const queryKey = ['breach-incidents', record?.id, 'mailing'];
  const { data: mailing } = useQuery({
    queryKey,
    queryFn: () => dataProvider.getMailing(record!.id),
    enabled: !!record,
    refetchInterval: (query) => (query.state.data?.started_at && !query.state.data.settled_at ? WHILE_RUNNING_MS : false),
  });
  const retry = useMutation({
    mutationFn: () => dataProvider.retryMailing(record!.id),
    onSuccess: ({ requeued }) => {
      notify('privacy.breach.mailing.retried', { type: 'info', messageArgs: { requeued } });
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error: HttpError) => notify(error.message, { type: 'error' }),
  });
  // once settled, the incident itself changed (its clocks met): show it as the server has it
  const settledAt = mailing?.settled_at ?? null;
  useEffect(() => {
    if (settledAt && record && !record.notices_settled_at) refresh();
  }, [settledAt, record, refresh]);

  if (!record || !mailing) return null;
  if (!mailing.started_at) return <Typography variant="body2">{translate('privacy.breach.mailing.not_started')}</Typography>;
  const { total, done } = mailingTotals(mailing);
  const mayRetry = !!actor && isRole(actor.kind) && retryRefusal(actor.kind, record, mailing.failed) === null;
  return (
    <Stack spacing={1} sx={{ maxWidth: 640 }}>
      <Typography variant="body1" id="mailing-progress-label">
        {translate('privacy.breach.mailing.progress', { done, total })}
      </Typography>
      <Box>
        <LinearProgress
          variant="determinate"
          value={total === 0 ? 100 : (100 * done) / total}
          aria-labelledby="mailing-progress-label"
          aria-valuetext={translate('privacy.breach.mailing.progress', { done, total })}
        />
      </Box>
      <Typography variant="body2">{translate('privacy.breach.mailing.counts', mailing)}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('privacy.breach.mailing.unreachable', { unreachable: mailing.unreachable, shared: mailing.shared_address, cancelled: mailing.cancelled })}
      </Typography>
      {mailing.settled_at && <Typography variant="body2">{translate('privacy.breach.mailing.settled', { time: time.dateTime(mailing.settled_at) })}</Typography>}
      {mayRetry && (
        <Box>
          <Button variant="outlined" size="small" disabled={retry.isPending} onClick={() => retry.mutate()}>
            {translate('privacy.breach.mailing.retry', { failed: mailing.failed })}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
