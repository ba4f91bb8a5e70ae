import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';

export const auditLogResource: ResourceProps = {
  name: 'audit-log',
  icon: HistoryIcon,
  list: lazy(() => import('./AuditLogList').then((m) => ({ default: m.AuditLogList }))),
};
