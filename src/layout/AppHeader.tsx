import { AppBar, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';

/** The profile button's accessible name holds the name it shows (WCAG 2.5.3, label in name). */
function ProfileMenu() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const label = identity?.fullName ? translate('privacy.layout.profile_of', { name: identity.fullName }) : 'ra.auth.user_menu';
  return <UserMenu label={label} />;
}

/** react-admin's app bar, with the page title as the page's level-one heading. */
export function AppHeader() {
  return (
    <AppBar userMenu={<ProfileMenu />}>
      <TitlePortal component="h1" variant="h6" />
    </AppBar>
  );
}
