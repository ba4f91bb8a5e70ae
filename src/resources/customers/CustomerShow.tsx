import { BooleanField, EmailField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { EnumField } from '../shared/EnumField';
import { CustomerName } from './CustomerName';
import { ShowActions } from '../shared/EditWhenAllowed';
import { RevealableField } from './RevealableField';
import { CustomerConsentRequests, CustomerDeletionTickets, CustomerReferrals } from './CustomerRelated';

export function CustomerShow() {
  return (
    <Show title={<CustomerName />} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.customers.tabs.details">
          <TextField source="id" />
          <TextField source="full_name" />
          <TextField source="username" />
          <EmailField source="email" />
          <RevealableField source="phone" label="resources.customers.fields.phone" />
          <RevealableField source="birth_date" label="resources.customers.fields.birth_date" />
          <EnumField source="id_type" />
          <RevealableField source="id_number" label="resources.customers.fields.id_number" />
          <RevealableField source="address" label="resources.customers.fields.address" />
          <TextField source="school" />
          <BooleanField source="newsletter" />
          <BooleanField source="recovery_question_set" />
          <EnumField source="status" />
          <MuscatDateField source="created_at" showTime />
          <MuscatDateField source="updated_at" showTime />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.consent" path="consent-requests">
          <CustomerConsentRequests />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.tickets" path="deletion-tickets">
          <CustomerDeletionTickets />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.referrals" path="authority-referrals">
          <CustomerReferrals />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
