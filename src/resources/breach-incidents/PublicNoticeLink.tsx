import { Link } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useRecordContext, useTranslate } from 'react-admin';

/** The published site notice as the public sees it (server/routes/breachNotices.ts), in a new tab; nothing until it is published. */
export function PublicNoticeLink(_props: { label?: string | false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.site_notice_published_at) return null;
  return (
    <Link href={`/breach-notices/${encodeURIComponent(String(record.id))}`} target="_blank" rel="noopener" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {translate('privacy.breach.public_notice')}
      <OpenInNewIcon fontSize="inherit" titleAccess={translate('privacy.breach.opens_in_new_tab')} />
    </Link>
  );
}
