import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { SensitiveField } from '../../domain/masking';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { ReasonDialog } from '../shared/ReasonDialog';
import { useServerAction } from '../shared/useServerAction';

/**
 * A masked customer field. Roles that may reveal get a Reveal button that asks for the reason; the
 * server returns the value and writes the audit entry. The value stays on this screen only.
 */
export function RevealableField({ source }: { source: SensitiveField; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const { canAccess } = useCanAccess({ action: 'reveal', resource: 'customers' });
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const { busy, run } = useServerAction();
  if (!record) return null;
  const fieldName = translate(`resources.customers.fields.${source}`);

  const reveal = (reason: string) =>
    run(async () => {
      const { value } = await dataProvider.revealCustomerField(record.id, source, reason);
      setRevealed(value ?? '—');
      setOpen(false);
    });

  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Typography variant="body2">{revealed ?? record[source] ?? '—'}</Typography>
      {canAccess && revealed === null && record[source] && (
        <Button size="small" onClick={() => setOpen(true)} aria-label={translate('privacy.reveal.button_for', { field: fieldName })}>
          {translate('privacy.reveal.button')}
        </Button>
      )}
      {open && (
        <ReasonDialog
          id={`reveal-${source}`}
          title={translate('privacy.reveal.title', { field: fieldName })}
          explanation={translate('privacy.reveal.explanation')}
          confirmLabel={translate('privacy.reveal.confirm')}
          busy={busy}
          onConfirm={reveal}
          onClose={() => setOpen(false)}
        />
      )}
    </Stack>
  );
}
