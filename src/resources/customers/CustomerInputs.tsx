import { Alert } from '@mui/material';
import { BooleanInput, TextInput, useTranslate } from 'react-admin';
import { MaskedInput } from '../shared/MaskedInput';
import { EnumInput } from '../shared/EnumInput';
import { isWithheld } from '../../domain/childMinimisation';
import { useChildConsentState } from './useChildConsentState';

/**
 * The fields staff may write; the form's validation is the server's schema (see formResolver). For a
 * child without a parent's consent, what may not be collected yet is disabled, with the reason, by the
 * same domain rule the server refuses with.
 */
export function CustomerInputs() {
  const translate = useTranslate();
  const state = useChildConsentState();
  const withheld = (field: string) =>
    isWithheld(field, state) ? { disabled: true, helperText: 'privacy.consent.not_collected_before_consent' } : {};
  return (
    <>
      {state === 'without_consent' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('privacy.consent.minimisation')}
        </Alert>
      )}
      <TextInput source="full_name" isRequired />
      <TextInput source="username" isRequired />
      <TextInput source="email" type="email" isRequired />
      <MaskedInput source="phone" {...withheld('phone')} />
      <MaskedInput source="birth_date" kind="date" />
      <EnumInput source="id_type" emptyText="—" {...withheld('id_type')} />
      <MaskedInput source="id_number" {...withheld('id_number')} />
      <MaskedInput source="address" multiline {...withheld('address')} />
      <TextInput source="school" {...withheld('school')} />
      <BooleanInput source="newsletter" {...withheld('newsletter')} />
    </>
  );
}
