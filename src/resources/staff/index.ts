import BadgeIcon from '@mui/icons-material/Badge';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const staffResource: ResourceProps = {
  name: 'staff',
  icon: BadgeIcon,
  recordRepresentation: 'username',
  ...lazyViews({ list: () => import('./StaffList'), edit: () => import('./StaffEdit'), create: () => import('./StaffCreate') }),
};
