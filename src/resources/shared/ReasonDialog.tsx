import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  id: string;
  title: string;
  explanation: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** What a reveal asks first: the reason, which goes into the audit log with it (at least 5 characters, as the server requires). */
export function ReasonDialog({ id, title, explanation, confirmLabel, busy, onConfirm, onClose }: Props) {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`}>
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {explanation}
        </Typography>
        <TextField autoFocus fullWidth required label={translate('privacy.reveal.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy || reason.trim().length < 5} onClick={() => onConfirm(reason)}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
