import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { ReasonDialog } from '../shared/ReasonDialog';
import { useServerAction } from '../shared/useServerAction';
import { saveFile } from '../shared/saveFile';

/** The child's data, unmasked, for the parent's review: a reveal, so it asks for the reason first. */
export function ChildDataExportButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const [open, setOpen] = useState(false);
  const { busy, run } = useServerAction();
  if (!record) return null;

  const download = (reason: string) =>
    run(async () => {
      saveFile(`child-${String(record.customer_id)}-data.json`, JSON.stringify(await dataProvider.exportChildData(record.id, reason), null, 2));
      setOpen(false);
    });

  return (
    <>
      <Button size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={() => setOpen(true)}>
        {translate('privacy.consent.export_child_data')}
      </Button>
      {open && (
        <ReasonDialog
          id="child-data"
          title={translate('privacy.consent.export_child_data')}
          explanation={translate('privacy.consent.export_child_data_explanation')}
          confirmLabel={translate('privacy.consent.export_child_data_confirm')}
          busy={busy}
          onConfirm={download}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
