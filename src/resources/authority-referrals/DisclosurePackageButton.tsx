import { Button, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { useServerAction } from '../shared/useServerAction';
import { saveFile } from '../shared/saveFile';

/**
 * The frozen disclosure package, for admin and legal, with the SHA-256 that proves it unchanged. Once
 * the customer is erased only the hash remains, and the server's reason is shown instead of a file.
 */
export function DisclosurePackageButton(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const { busy, run } = useServerAction();
  const { canAccess } = useCanAccess({ action: 'export', resource: 'authority-referrals' });
  if (!record?.disclosure_sha256) return <>—</>;
  const download = () => run(async () => saveFile(`referral-${record.id}-disclosure.json`, await dataProvider.getDisclosurePackage(record.id)));
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      {canAccess && (
        <Button size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={busy}>
          {translate('privacy.disclosure.download')}
        </Button>
      )}
      <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
        SHA-256 {record.disclosure_sha256}
      </Typography>
    </Stack>
  );
}
