import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const deletionTicketsResource: ResourceProps = {
  name: 'deletion-tickets',
  icon: DeleteSweepIcon,
  recordRepresentation: (r) => (r.requester_name ? `#${r.id} ${r.requester_name}` : `#${r.id}`),
  ...lazyViews({ list: () => import('./DeletionTicketList'), show: () => import('./DeletionTicketShow'), edit: () => import('./DeletionTicketEdit'), create: () => import('./DeletionTicketCreate') }),
};
