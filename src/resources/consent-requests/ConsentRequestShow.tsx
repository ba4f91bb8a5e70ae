import { BooleanField, DateField, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { CONSENT_STATUSES, VERIFICATION_METHODS } from '../../domain/consentRequests';
import { EnumField } from '../shared/EnumField';

export function ConsentRequestShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="id" />
        <EnumField source="status" enumName="consent_status" values={CONSENT_STATUSES} />
        <ReferenceField source="customer_id" reference="customers" link="show" />
        <TextField source="child_name" />
        <TextField source="parent_name" />
        <EmailField source="parent_email" />
        <TextField source="parent_phone" />
        <EnumField source="verification_method" enumName="verification_method" values={VERIFICATION_METHODS} />
        <BooleanField source="third_party_disclosure" />
        <DateField source="notice_sent_at" showTime />
        <DateField source="decided_at" showTime />
        <DateField source="created_at" showTime />
        <DateField source="updated_at" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
