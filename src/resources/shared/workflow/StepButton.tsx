import { useId } from 'react';
import { Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StepObstacle } from '../../../domain/workflow';

interface Props {
  step: string;
  obstacle: StepObstacle | null;
  onClick: () => void;
}

/** One workflow step's button; when something stands in its way, disabled with the reason shown and tied to it (aria-describedby). */
export function StepButton({ step, obstacle, onClick }: Props) {
  const translate = useTranslate();
  const reasonId = useId();
  const button = (
    <Button
      variant={step === 'reject' ? 'outlined' : 'contained'}
      color={step === 'reject' ? 'error' : 'primary'}
      onClick={onClick}
      disabled={!!obstacle}
      aria-describedby={obstacle ? reasonId : undefined}
    >
      {translate(`privacy.steps.${step}`)}
    </Button>
  );
  // The button stays where it is in the tree (no remount, no lost focus) when the reason appears beside it.
  return (
    <>
      {button}
      {obstacle && (
        <Typography id={reasonId} variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {translate(`privacy.steps.unavailable.${obstacle.kind}`, { referrals: obstacle.referralIds.map((id) => `#${id}`).join(', '), smart_count: obstacle.referralIds.length })}
        </Typography>
      )}
    </>
  );
}
