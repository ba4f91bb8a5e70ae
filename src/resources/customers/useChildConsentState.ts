import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useDataProvider, useGetList, useRecordContext } from 'react-admin';
import { childConsentState, consentGranted, type ChildConsentState } from '../../domain/childMinimisation';
import { muscatDay } from '../../domain/businessDays';
import { isMaskedValue } from '../../domain/masking';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { PrivacyDataProvider } from '../../providers/dataProvider';

/**
 * Whether the customer on the form is a child without a parent's consent, by the rule the server
 * refuses with (src/domain/childMinimisation.ts): the birth date typed, the child age setting, and the
 * customer's consent requests. An edit form shows the birth date masked; a customer with consent
 * requests is a child (requests are opened for children only) unless a new date is typed.
 */
export function useChildConsentState(): ChildConsentState {
  const record = useRecordContext();
  const birthDate = useWatch({ name: 'birth_date' });
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const { data: settings } = useQuery({ queryKey: ['settings'], queryFn: () => dataProvider.getSettings() });
  const { data: requests } = useGetList(
    'consent-requests',
    { filter: { customer_id: record?.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: record?.id != null },
  );
  const statuses = (requests ?? []).map((r) => r.status);
  const childAge = settings?.child_age ?? DEFAULT_SETTINGS.child_age;
  if (typeof birthDate === 'string' && birthDate && !isMaskedValue(birthDate)) return childConsentState(birthDate, muscatDay(new Date()), childAge, statuses);
  if (statuses.length) return consentGranted(statuses) ? 'consented' : 'without_consent';
  return 'adult';
}
