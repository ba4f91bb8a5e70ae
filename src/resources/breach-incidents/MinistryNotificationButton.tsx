import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import type { BreachIncident } from '../../domain/breachIncidents';
import { ministryNotificationFileName, ministryNotificationRefusal } from '../../domain/ministryNotification';
import { useServerAction } from '../shared/useServerAction';
import { saveFile } from '../shared/saveFile';

/**
 * The notification to the Ministry (MTCIT), drafted by the server from the approved incident, for admin
 * and legal to download and send; offered once the legal advisor approved, by the domain's own rule.
 */
export function MinistryNotificationButton(_props: { label?: string | false }) {
  const record = useRecordContext<BreachIncident>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const { busy, run } = useServerAction();
  const { canAccess } = useCanAccess({ action: 'export', resource: 'breach-incidents' });
  if (!record || !canAccess || ministryNotificationRefusal(record)) return null;
  const download = () =>
    run(async () => saveFile(ministryNotificationFileName(record.id), await dataProvider.getMinistryNotification(record.id), 'text/plain;charset=utf-8'));
  return (
    <Button size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={busy}>
      {translate('privacy.breach.ministry_download')}
    </Button>
  );
}
