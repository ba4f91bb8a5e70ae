import { Admin, Resource, type DataProvider } from 'react-admin';
import { dataProvider as defaultDataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { customersResource } from './resources/customers';
import { consentRequestsResource } from './resources/consent-requests';
import { deletionTicketsResource } from './resources/deletion-tickets';
import { authorityReferralsResource } from './resources/authority-referrals';

export function App({ dataProvider = defaultDataProvider }: { dataProvider?: DataProvider }) {
  return (
    <Admin title="Privacy Desk" dataProvider={dataProvider} i18nProvider={i18nProvider} disableTelemetry>
      <Resource {...customersResource} />
      <Resource {...consentRequestsResource} />
      <Resource {...deletionTicketsResource} />
      <Resource {...authorityReferralsResource} />
    </Admin>
  );
}
