import { BooleanField, DateField, EmailField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { CUSTOMER_STATUSES, ID_TYPES } from '../../domain/customers';
import { EnumField } from '../shared/EnumField';
import { CustomerName } from './CustomerName';
import { CustomerConsentRequests, CustomerDeletionTickets, CustomerReferrals } from './CustomerRelated';

export function CustomerShow() {
  return (
    <Show title={<CustomerName />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.customers.tabs.details">
          <TextField source="id" />
          <TextField source="full_name" />
          <TextField source="username" />
          <EmailField source="email" />
          <TextField source="phone" />
          <DateField source="birth_date" />
          <EnumField source="id_type" enumName="id_type" values={ID_TYPES} />
          <TextField source="id_number" />
          <TextField source="address" />
          <TextField source="school" />
          <BooleanField source="newsletter" />
          <BooleanField source="recovery_question_set" />
          <EnumField source="status" enumName="customer_status" values={CUSTOMER_STATUSES} />
          <DateField source="created_at" showTime />
          <DateField source="updated_at" showTime />
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
