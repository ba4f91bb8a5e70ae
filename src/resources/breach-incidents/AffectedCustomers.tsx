import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { widenRefusal } from '../../domain/breachAffected';
import { isRole } from '../../domain/roles';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { useStepActor } from '../shared/workflow/useStepActor';
import { WidenAffectedDialog } from './WidenAffectedDialog';

/** "Affected customers: N", and for whoever may widen the set now, the way to. */
export function AffectedCustomers(_props: { label?: string | false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const actor = useStepActor();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const queryKey = ['breach-incidents', record?.id, 'affected-count'];
  const { data: count } = useQuery({ queryKey, queryFn: () => dataProvider.getAffectedCount(record!.id), enabled: !!record });
  if (!record) return null;
  const mayWiden = !!actor && isRole(actor.kind) && widenRefusal(actor.kind, record) === null;
  return (
    <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
      <Typography variant="body1">{translate('privacy.breach.affected.count_is', { count: count ?? '…' })}</Typography>
      {mayWiden && (
        <Button variant="outlined" size="small" onClick={() => setOpen(true)}>
          {translate('privacy.breach.affected.widen_button')}
        </Button>
      )}
      {mayWiden && <WidenAffectedDialog incidentId={record.id} open={open} onClose={() => setOpen(false)} onWidened={() => queryClient.invalidateQueries({ queryKey: ['breach-incidents', record.id] })} />}
    </Stack>
  );
}
