import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import { useState } from 'react';
import type { PrivacyDataProvider } from '../../providers/dataProvider';

/** Recomputes the hash chain on the server and says whether it holds, or where it breaks. */
export function VerifyChainButton() {
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  async function verify() {
    setBusy(true);
    try {
      const result = await dataProvider.verifyAuditLog();
      if (result.ok) notify(translate('privacy.audit.intact', { checked: result.checked }), { type: 'success' });
      else notify(translate('privacy.audit.broken', { id: result.firstBrokenId }), { type: 'error', autoHideDuration: null });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button label="privacy.audit.verify" onClick={verify} disabled={busy}>
      <VerifiedIcon />
    </Button>
  );
}
