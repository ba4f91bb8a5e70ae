import { useQuery } from '@tanstack/react-query';
import { SelectInput, useDataProvider, type Validator } from 'react-admin';
import type { PrivacyDataProvider } from '../../../providers/dataProvider';

/** Whom a ticket goes to: one of the enabled staff who work tickets, by name (the server checks again on save). */
export function AssigneeInput({ source, label, validate }: { source: string; label: string; validate?: Validator }) {
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const { data, isPending } = useQuery({ queryKey: ['assignees'], queryFn: () => dataProvider.getAssignees() });
  const choices = (data ?? []).map((a) => ({ id: a.username, name: `${a.display_name} (${a.username})` }));
  return <SelectInput source={source} label={label} validate={validate} choices={choices} isPending={isPending} fullWidth />;
}
