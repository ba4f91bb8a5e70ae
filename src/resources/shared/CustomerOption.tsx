import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { emailDomain } from '../../domain/masking';
import { muscatDate } from './muscatTime';

/** The text a chosen customer leaves in the picker's box: the name and number. */
export const customerOptionText = (c: RaRecord) => (c.full_name ? `${c.full_name} (#${c.id})` : `#${c.id}`);

/**
 * One option of a customer picker: the name, then what tells two people of the same name apart
 * without unmasking anything: the username, the e-mail's domain (never its local part), the phone
 * as the API masks it (its last digits) and the day the account was created.
 */
export function CustomerOption() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  // Usernames, domains and phones read left to right in Arabic too; the date follows the language.
  const identifiers = [record.username, emailDomain(record.email), record.phone].filter((d): d is string => typeof d === 'string' && d !== '');
  const created = record.created_at ? translate('privacy.customers.option_created', { date: muscatDate(record.created_at, locale) }) : null;
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
      <span>{record.full_name ? customerOptionText(record) : translate('privacy.customers.erased', { id: record.id })}</span>
      <Typography component="span" variant="body2" color="text.secondary">
        {identifiers.map((text) => (
          <span key={text} dir="ltr">
            {text}
            {' · '}
          </span>
        ))}
        {created}
      </Typography>
    </Box>
  );
}
