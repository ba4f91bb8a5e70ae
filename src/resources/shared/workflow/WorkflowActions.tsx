import { useState } from 'react';
import { Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { availableSteps, stepObstacle, type Workflow } from '../../../domain/workflow';
import { useStepActor } from './useStepActor';
import { useStepContext } from './useStepContext';
import { StepButton } from './StepButton';
import { StepDialog } from './StepDialog';

/**
 * The steps the signed-in role may take on this record now, as buttons; each opens a dialog asking
 * what it needs. A step held up by something beyond the record (a legal hold) stays visible, disabled,
 * with the reason next to it.
 */
export function WorkflowActions({ workflow }: { workflow: Workflow }) {
  const record = useRecordContext();
  const actor = useStepActor();
  const context = useStepContext(workflow, record);
  const translate = useTranslate();
  const [open, setOpen] = useState<string | null>(null);
  if (!record || !actor) return null;
  const steps = availableSteps(workflow, record, actor);
  if (!steps.length) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ my: 1 }} role="group" aria-label={translate('privacy.steps.group')}>
      {steps.map((step) => (
        <StepButton key={step} step={step} obstacle={stepObstacle(workflow, step, record, context)} onClick={() => setOpen(step)} />
      ))}
      {open && <StepDialog workflow={workflow} step={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
