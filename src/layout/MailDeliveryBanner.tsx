import { Alert } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { useMailStatus } from './useMailStatus';

/**
 * On every page, for the staff who can fix it (admins): mail is not being delivered, or some failed.
 * Without it a desk with no mail server looks as if it works while notices reach nobody.
 */
export function MailDeliveryBanner() {
  const translate = useTranslate();
  const { canAccess: isAdmin } = useCanAccess({ action: 'edit', resource: 'settings' });
  const { data } = useMailStatus(!!isAdmin);
  if (!isAdmin || !data) return null;
  if (!data.delivering) {
    return (
      <Alert severity="error" role="alert" sx={{ mb: 1 }}>
        {translate('privacy.outbox.not_delivering', { queued: data.queued })}
      </Alert>
    );
  }
  if (data.failed > 0) {
    return (
      <Alert severity="warning" sx={{ mb: 1 }}>
        {translate('privacy.outbox.failed', { failed: data.failed })}
      </Alert>
    );
  }
  return null;
}
