import { lazy } from 'react';
import { Admin, CustomRoutes, Resource, localStorageStore, reactRouterProvider, type DataProvider, type Store } from 'react-admin';
import { dataProvider as defaultDataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { authProvider } from './providers/authProvider';
import { customersResource } from './resources/customers';
import { consentRequestsResource } from './resources/consent-requests';
import { deletionTicketsResource } from './resources/deletion-tickets';
import { accessRequestsResource } from './resources/access-requests';
import { correctionRequestsResource } from './resources/correction-requests';
import { authorityReferralsResource } from './resources/authority-referrals';
import { breachIncidentsResource } from './resources/breach-incidents';
import { auditLogResource } from './resources/audit-log';
import { staffResource } from './resources/staff';
import { holidaysResource } from './resources/holidays';
import { serviceKeysResource } from './resources/service-keys';
import { SETTINGS_PATH, SettingsPage } from './resources/settings';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { darkTheme, lightTheme } from './layout/themes';
// the start page is not needed to show a list: loaded when visited
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
import { outboxResource } from './resources/outbox';

const browserStore = localStorageStore(undefined, 'privacy-desk');
// react-admin's own router (react-router underneath), so the app needs no direct react-router dependency
const { Route } = reactRouterProvider;

interface AppProps {
  dataProvider?: DataProvider;
  store?: Store;
}

export function App({ dataProvider = defaultDataProvider, store = browserStore }: AppProps) {
  return (
    <Admin title="Privacy Desk" dataProvider={dataProvider} authProvider={authProvider} requireAuth i18nProvider={i18nProvider} store={store} layout={AppLayout} loginPage={LoginPage} theme={lightTheme} darkTheme={darkTheme} dashboard={Dashboard} disableTelemetry>
      <Resource {...customersResource} />
      <Resource {...consentRequestsResource} />
      <Resource {...deletionTicketsResource} />
      <Resource {...accessRequestsResource} />
      <Resource {...correctionRequestsResource} />
      <Resource {...authorityReferralsResource} />
      <Resource {...breachIncidentsResource} />
      <Resource {...auditLogResource} />
      <Resource {...outboxResource} />
      <Resource {...staffResource} />
      <Resource {...holidaysResource} />
      <Resource {...serviceKeysResource} />
      <CustomRoutes>
        <Route path={SETTINGS_PATH} element={<SettingsPage />} />
      </CustomRoutes>
    </Admin>
  );
}
