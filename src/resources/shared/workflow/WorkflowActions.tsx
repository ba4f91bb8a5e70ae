import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { availableSteps, type Workflow } from '../../../domain/workflow';
import { useStepActor } from './useStepActor';
import { StepDialog } from './StepDialog';

/** The steps the signed-in role may take on this record now, as buttons; each opens a dialog asking what it needs. */
export function WorkflowActions({ workflow }: { workflow: Workflow }) {
  const record = useRecordContext();
  const actor = useStepActor();
  const translate = useTranslate();
  const [open, setOpen] = useState<string | null>(null);
  if (!record || !actor) return null;
  const steps = availableSteps(workflow, record, actor);
  if (!steps.length) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ my: 1 }} role="group" aria-label={translate('privacy.steps.group')}>
      {steps.map((step) => (
        <Button key={step} variant={step === 'reject' ? 'outlined' : 'contained'} color={step === 'reject' ? 'error' : 'primary'} onClick={() => setOpen(step)}>
          {translate(`privacy.steps.${step}`)}
        </Button>
      ))}
      {open && <StepDialog workflow={workflow} step={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
