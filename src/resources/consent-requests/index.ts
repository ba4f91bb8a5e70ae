import ChildCareIcon from '@mui/icons-material/ChildCare';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const consentRequestsResource: ResourceProps = {
  name: 'consent-requests',
  icon: ChildCareIcon,
  recordRepresentation: (r) => (r.child_name ? `#${r.id} ${r.child_name}` : `#${r.id}`),
  ...lazyViews({ list: () => import('./ConsentRequestList'), show: () => import('./ConsentRequestShow'), edit: () => import('./ConsentRequestEdit'), create: () => import('./ConsentRequestCreate') }),
};
