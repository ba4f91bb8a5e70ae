import { lazy } from 'react';
import BadgeIcon from '@mui/icons-material/Badge';
import type { ResourceProps } from 'react-admin';

export const staffResource: ResourceProps = {
  name: 'staff',
  icon: BadgeIcon,
  recordRepresentation: 'username',
  list: lazy(() => import('./StaffList').then((m) => ({ default: m.StaffList }))),
  edit: lazy(() => import('./StaffEdit').then((m) => ({ default: m.StaffEdit }))),
  create: lazy(() => import('./StaffCreate').then((m) => ({ default: m.StaffCreate }))),
};
