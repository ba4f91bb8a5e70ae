import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { useServerAction } from '../shared/useServerAction';

/** Revokes the key for good: every request with it is refused from then on. The record stays, for the audit log. */
export function RevokeServiceKeyButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const [open, setOpen] = useState(false);
  const { busy, run } = useServerAction();
  if (!record) return null;

  const revoke = () =>
    run(async () => {
      await dataProvider.revokeServiceKey(record.id, Number(record.version));
      notify('resources.service-keys.notifications.revoked', { type: 'success', messageArgs: { name: record.name } });
      setOpen(false);
      refresh();
    });

  return (
    <>
      <Button color="error" onClick={() => setOpen(true)}>
        {translate('privacy.service_keys.revoke')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="revoke-key-title" aria-describedby="revoke-key-text">
        <DialogTitle id="revoke-key-title">{translate('privacy.service_keys.revoke_title', { name: record.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText id="revoke-key-text">{translate('privacy.service_keys.revoke_content')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="error" disabled={busy} onClick={revoke}>
            {translate('privacy.service_keys.revoke')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
