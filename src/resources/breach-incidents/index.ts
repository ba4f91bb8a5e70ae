import GppMaybeIcon from '@mui/icons-material/GppMaybe';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const breachIncidentsResource: ResourceProps = {
  name: 'breach-incidents',
  icon: GppMaybeIcon,
  recordRepresentation: (r) => `#${r.id}`,
  ...lazyViews({ list: () => import('./BreachIncidentList'), show: () => import('./BreachIncidentShow'), edit: () => import('./BreachIncidentEdit'), create: () => import('./BreachIncidentCreate') }),
};
