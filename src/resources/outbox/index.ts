import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const outboxResource: ResourceProps = {
  name: 'outbox',
  icon: MailOutlineIcon,
  recordRepresentation: (r) => `#${r.id} ${r.subject}`,
  ...lazyViews({ list: () => import('./OutboxList'), show: () => import('./OutboxShow') }),
};
