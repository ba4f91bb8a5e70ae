import { useState } from 'react';
import { Button } from '@mui/material';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { Confirm, useDataProvider, useNotify, useRecordContext, useTranslate, type HttpError } from 'react-admin';
import { DOWNLOAD_LINK_DAYS, childDataLinkRefusal } from '../../domain/downloadLinks';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { useMuscatTime } from '../shared/useMuscatTime';

/** The parent's review without staff holding the file: a single-use link, valid a week, mailed to the consenting parent. */
export function ChildDataLinkButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const time = useMuscatTime();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || childDataLinkRefusal(record)) return null;

  const send = async () => {
    setBusy(true);
    try {
      const { expires_at } = await dataProvider.mailChildDataLink(record.id);
      notify('privacy.consent.child_data_link_sent', { type: 'info', messageArgs: { time: time.dateTime(expires_at) } });
      setOpen(false);
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" variant="outlined" startIcon={<ForwardToInboxIcon />} onClick={() => setOpen(true)}>
        {translate('privacy.consent.child_data_link')}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="privacy.consent.child_data_link"
        content={translate('privacy.consent.child_data_link_explanation', { days: DOWNLOAD_LINK_DAYS })}
        confirm="privacy.consent.child_data_link_confirm"
        onConfirm={send}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
