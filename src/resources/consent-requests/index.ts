import { lazy } from 'react';
import ChildCareIcon from '@mui/icons-material/ChildCare';
import type { ResourceProps } from 'react-admin';

export const consentRequestsResource: ResourceProps = {
  name: 'consent-requests',
  icon: ChildCareIcon,
  recordRepresentation: (r) => `#${r.id} ${r.child_name}`,
  list: lazy(() => import('./ConsentRequestList').then((m) => ({ default: m.ConsentRequestList }))),
  show: lazy(() => import('./ConsentRequestShow').then((m) => ({ default: m.ConsentRequestShow }))),
  edit: lazy(() => import('./ConsentRequestEdit').then((m) => ({ default: m.ConsentRequestEdit }))),
  create: lazy(() => import('./ConsentRequestCreate').then((m) => ({ default: m.ConsentRequestCreate }))),
};
