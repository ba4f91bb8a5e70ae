import { Show, TabbedShowLayout } from 'react-admin';
import { CustomerName } from './CustomerName';
import { ShowActions } from '../shared/EditWhenAllowed';
import { CustomerDetails } from './CustomerDetails';
import { CustomerConsentRequests, CustomerDeletionTickets, CustomerReferrals } from './CustomerRelated';

export function CustomerShow() {
  return (
    <Show title={<CustomerName />} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.customers.tabs.details">
          <CustomerDetails label={false} />
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
