import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const holidaysResource: ResourceProps = {
  name: 'holidays',
  icon: EventBusyIcon,
  recordRepresentation: (r) => `${r.day} ${r.name}`,
  ...lazyViews({ list: () => import('./HolidayList'), edit: () => import('./HolidayEdit'), create: () => import('./HolidayCreate') }),
};
