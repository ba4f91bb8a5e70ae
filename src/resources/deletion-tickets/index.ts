import { lazy } from 'react';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import type { ResourceProps } from 'react-admin';

export const deletionTicketsResource: ResourceProps = {
  name: 'deletion-tickets',
  icon: DeleteSweepIcon,
  recordRepresentation: (r) => `#${r.id} ${r.requester_name}`,
  list: lazy(() => import('./DeletionTicketList').then((m) => ({ default: m.DeletionTicketList }))),
  show: lazy(() => import('./DeletionTicketShow').then((m) => ({ default: m.DeletionTicketShow }))),
  edit: lazy(() => import('./DeletionTicketEdit').then((m) => ({ default: m.DeletionTicketEdit }))),
  create: lazy(() => import('./DeletionTicketCreate').then((m) => ({ default: m.DeletionTicketCreate }))),
};
