import { lazy } from 'react';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { ResourceProps } from 'react-admin';

export const holidaysResource: ResourceProps = {
  name: 'holidays',
  icon: EventBusyIcon,
  recordRepresentation: (r) => `${r.day} ${r.name}`,
  list: lazy(() => import('./HolidayList').then((m) => ({ default: m.HolidayList }))),
  edit: lazy(() => import('./HolidayEdit').then((m) => ({ default: m.HolidayEdit }))),
  create: lazy(() => import('./HolidayCreate').then((m) => ({ default: m.HolidayCreate }))),
};
