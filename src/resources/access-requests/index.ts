import FolderSharedIcon from '@mui/icons-material/FolderShared';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const accessRequestsResource: ResourceProps = {
  name: 'access-requests',
  icon: FolderSharedIcon,
  recordRepresentation: (r) => `#${r.id} ${r.requester_name}`,
  ...lazyViews({ list: () => import('./AccessRequestList'), show: () => import('./AccessRequestShow'), edit: () => import('./AccessRequestEdit'), create: () => import('./AccessRequestCreate') }),
};
