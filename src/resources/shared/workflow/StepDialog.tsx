import { useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import { Form, useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import type { Workflow } from '../../../domain/workflow';
import type { PrivacyDataProvider } from '../../../providers/dataProvider';
import { StepInput } from './StepInput';
import { useMailStatus } from '../../../layout/useMailStatus';

/**
 * Asks for what a step needs and takes it pessimistically: the dialog closes and success is shown only
 * after the server has committed; a refusal is shown in the dialog, with nothing changed.
 */
export function StepDialog({ workflow, step, onClose }: { workflow: Workflow; step: string; onClose: () => void }) {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // a step that destroys data goes ahead only once its consequence was read and confirmed
  const [confirmed, setConfirmed] = useState(false);
  const definition = workflow.steps[step];
  const { data: mailStatus } = useMailStatus(!!definition.sendsMail);
  const titleId = `step-${step}-title`;

  async function submit(values: FieldValues) {
    setBusy(true);
    setError(null);
    try {
      await dataProvider.takeStep(resource, record!.id, step, { ...values, version: record!.version });
      // Whoever queues mail is told plainly when it will not leave.
      if (definition.sendsMail && mailStatus?.delivering === false) notify('privacy.outbox.queued_not_delivered', { type: 'warning' });
      else notify(`privacy.steps.done.${step}`, { type: 'success', messageArgs: { _: translate(`privacy.steps.${step}`) } });
      onClose();
      refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Form onSubmit={submit} record={{}}>
        <DialogTitle id={titleId}>{translate(`privacy.steps.${step}`)}</DialogTitle>
        <DialogContent>
          <Stack spacing={1}>
            {error && <Alert severity="error">{error}</Alert>}
            {definition.irreversible && <Alert severity="warning">{translate(`privacy.steps.irreversible.${step}`)}</Alert>}
            {definition.inputs.map((name) => (
              <StepInput key={name} name={name} optional={!!definition.optional?.includes(name)} record={record!} offered={definition.offers?.[name]} />
            ))}
            {definition.irreversible && (
              <FormControlLabel control={<Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />} label={translate('privacy.steps.irreversible.confirm')} />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" color={definition.irreversible ? 'error' : 'primary'} disabled={busy || (definition.irreversible && !confirmed)}>
            {translate(`privacy.steps.${step}`)}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}
