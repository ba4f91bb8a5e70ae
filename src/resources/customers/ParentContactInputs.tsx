import { Alert, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { TextInput, useDataProvider, useTranslate } from 'react-admin';
import { isChildOn } from '../../domain/childRegistration';
import { muscatDay } from '../../domain/businessDays';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { PrivacyDataProvider } from '../../providers/dataProvider';

/** A child's registration asks for the parent, who receives the consent notice; the details go to the consent request only. */
export function ParentContactInputs() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const birthDate = useWatch({ name: 'birth_date' });
  const { data: settings } = useQuery({ queryKey: ['settings'], queryFn: () => dataProvider.getSettings() });
  const childAge = settings?.child_age ?? DEFAULT_SETTINGS.child_age;
  if (typeof birthDate !== 'string' || !isChildOn(birthDate, muscatDay(new Date()), childAge)) return null;
  return (
    <Stack spacing={1} sx={{ width: '100%' }} component="fieldset" border={0} p={0} m={0}>
      <Alert severity="info">{translate('privacy.consent.child_registration', { age: childAge })}</Alert>
      <TextInput source="parent_name" isRequired />
      <TextInput source="parent_email" type="email" isRequired />
      <TextInput source="parent_phone" />
    </Stack>
  );
}
