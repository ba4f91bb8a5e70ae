import KeyIcon from '@mui/icons-material/Key';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const serviceKeysResource: ResourceProps = {
  name: 'service-keys',
  icon: KeyIcon,
  recordRepresentation: 'name',
  ...lazyViews({ list: () => import('./ServiceKeyList'), show: () => import('./ServiceKeyShow'), create: () => import('./ServiceKeyCreate') }),
};
