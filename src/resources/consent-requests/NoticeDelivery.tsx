import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useMuscatTime } from '../shared/useMuscatTime';

/** Says plainly when the notice is queued but not delivered (the window has not started) or was refused by the mail server. */
export function NoticeDelivery() {
  const record = useRecordContext();
  const translate = useTranslate();
  const time = useMuscatTime();
  if (!record || record.status !== 'awaiting_notice' || !record.notice_queued_at) return null;
  if (record.notice_failed_at) {
    return <Alert severity="error">{translate('privacy.consent.notice_failed', { reason: record.notice_failure ?? '—' })}</Alert>;
  }
  return <Alert severity="warning">{translate('privacy.consent.notice_waiting', { at: time.dateTime(record.notice_queued_at) })}</Alert>;
}
