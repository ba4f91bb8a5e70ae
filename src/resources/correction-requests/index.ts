import EditNoteIcon from '@mui/icons-material/EditNote';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const correctionRequestsResource: ResourceProps = {
  name: 'correction-requests',
  icon: EditNoteIcon,
  recordRepresentation: (r) => `#${r.id} ${r.requester_name}`,
  ...lazyViews({ list: () => import('./CorrectionRequestList'), show: () => import('./CorrectionRequestShow'), edit: () => import('./CorrectionRequestEdit'), create: () => import('./CorrectionRequestCreate') }),
};
