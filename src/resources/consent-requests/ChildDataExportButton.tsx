import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { PrivacyDataProvider } from '../../providers/dataProvider';

function saveJson(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The child's data, unmasked, for the parent's review: a reveal, so it asks for the reason first. */
export function ChildDataExportButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  async function download() {
    setBusy(true);
    try {
      const data = await dataProvider.exportChildData(record!.id, reason);
      saveJson(`child-${String(record!.customer_id)}-data.json`, data);
      setOpen(false);
      setReason('');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={() => setOpen(true)}>
        {translate('privacy.consent.export_child_data')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="child-data-title">
        <DialogTitle id="child-data-title">{translate('privacy.consent.export_child_data')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('privacy.consent.export_child_data_explanation')}
          </Typography>
          <TextField autoFocus fullWidth required label={translate('privacy.reveal.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || reason.trim().length < 5} onClick={download}>
            {translate('privacy.consent.export_child_data_confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
