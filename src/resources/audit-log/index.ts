import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const auditLogResource: ResourceProps = {
  name: 'audit-log',
  icon: HistoryIcon,
  ...lazyViews({ list: () => import('./AuditLogList') }),
};
