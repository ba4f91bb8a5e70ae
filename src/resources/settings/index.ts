import { lazy } from 'react';

export { SETTINGS_PATH } from './paths';

export const SettingsPage = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })));
