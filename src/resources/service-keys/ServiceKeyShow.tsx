import { Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { KeyStateField, ScopeChips } from './ScopeChips';
import { RevokeServiceKeyButton } from './RevokeServiceKeyButton';

function ServiceKeyActions() {
  const record = useRecordContext();
  return <TopToolbar>{record && !record.revoked_at ? <RevokeServiceKeyButton /> : null}</TopToolbar>;
}

export function ServiceKeyShow() {
  return (
    <Show actions={<ServiceKeyActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="key_prefix" />
        <ScopeChips source="scopes" label="resources.service-keys.fields.scopes" />
        <KeyStateField source="revoked_at" label="resources.service-keys.fields.revoked_at" />
        <TextField source="created_by" />
        <MuscatDateField source="created_at" />
        <MuscatDateField source="last_used_at" emptyText="privacy.service_keys.never_used" />
      </SimpleShowLayout>
    </Show>
  );
}
