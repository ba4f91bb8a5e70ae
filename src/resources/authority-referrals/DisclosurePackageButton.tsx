import { Button, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { API_URL } from '../../providers/dataProvider';

/** The frozen disclosure package, for admin and legal, with the SHA-256 that proves it unchanged. */
export function DisclosurePackageButton(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'export', resource: 'authority-referrals' });
  if (!record?.disclosure_sha256) return <>—</>;
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      {canAccess && (
        <Button size="small" variant="outlined" startIcon={<DownloadIcon />} href={`${API_URL}/authority-referrals/${record.id}/package`} download>
          {translate('privacy.disclosure.download')}
        </Button>
      )}
      <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
        SHA-256 {record.disclosure_sha256}
      </Typography>
    </Stack>
  );
}
