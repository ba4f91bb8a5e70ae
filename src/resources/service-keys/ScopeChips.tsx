import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SERVICE_KEY_SCOPE } from '../../domain/serviceKeys';

/** What a key may do, as translated chips. */
export function ScopeChips(_props: { source: 'scopes'; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const scopes: string[] = record?.scopes ?? [];
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {scopes.map((s) => (
        <Chip key={s} size="small" label={translate(SERVICE_KEY_SCOPE.labelKey(s))} />
      ))}
    </Stack>
  );
}

/** "Active", or when the key was revoked. */
export function KeyStateField(_props: { source: 'revoked_at'; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return record.revoked_at ? (
    <Chip size="small" color="default" label={translate('privacy.service_keys.revoked', { at: new Date(String(record.revoked_at)).toLocaleString(undefined, { timeZone: 'Asia/Muscat' }) })} />
  ) : (
    <Chip size="small" color="success" label={translate('privacy.service_keys.active')} />
  );
}
