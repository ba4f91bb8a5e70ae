import { lazy } from 'react';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { ResourceProps } from 'react-admin';

export const outboxResource: ResourceProps = {
  name: 'outbox',
  icon: MailOutlineIcon,
  recordRepresentation: (r) => `#${r.id} ${r.subject}`,
  list: lazy(() => import('./OutboxList').then((m) => ({ default: m.OutboxList }))),
  show: lazy(() => import('./OutboxShow').then((m) => ({ default: m.OutboxShow }))),
};
