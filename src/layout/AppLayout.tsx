import TuneIcon from '@mui/icons-material/Tune';
import { CanAccess, Layout, Menu, type LayoutProps } from 'react-admin';
import { SETTINGS_PATH } from '../resources/settings/paths';
import { AppHeader } from './AppHeader';
import { MailDeliveryBanner } from './MailDeliveryBanner';

/** The resources, then the settings screen (a custom route, so the default menu would not list it) for admins. */
export function AppMenu() {
  return (
    <Menu>
      <Menu.ResourceItems />
      <CanAccess action="edit" resource="settings">
        <Menu.Item to={SETTINGS_PATH} primaryText="privacy.settings.title" leftIcon={<TuneIcon />} />
      </CanAccess>
    </Menu>
  );
}

export function AppLayout({ children, ...props }: LayoutProps) {
  return (
    <Layout {...props} menu={AppMenu} appBar={AppHeader}>
      <MailDeliveryBanner />
      {children}
    </Layout>
  );
}
