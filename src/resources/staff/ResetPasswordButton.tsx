import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { useServerAction } from '../shared/useServerAction';

/** Sets a new password for the account; its open sessions end. */
export function ResetPasswordButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const { busy, run } = useServerAction();
  if (!record) return null;

  const save = () =>
    run(async () => {
      await dataProvider.resetStaffPassword(record.id, password);
      notify('privacy.staff.password_set', { type: 'success' });
      setOpen(false);
      setPassword('');
    });

  return (
    <>
      <Button onClick={() => setOpen(true)}>{translate('privacy.staff.reset_password')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="reset-password-title">
        <DialogTitle id="reset-password-title">{translate('privacy.staff.reset_password')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            type="password"
            autoComplete="new-password"
            label={translate('privacy.staff.new_password')}
            helperText={translate('privacy.staff.password_hint')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || password.length < 12} onClick={save}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
