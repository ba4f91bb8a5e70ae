import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';

export const authorityReferralsResource: ResourceProps = {
  name: 'authority-referrals',
  icon: GavelIcon,
  recordRepresentation: (r) => `#${r.id} ${r.authority}`,
  ...lazyViews({ list: () => import('./AuthorityReferralList'), show: () => import('./AuthorityReferralShow'), edit: () => import('./AuthorityReferralEdit'), create: () => import('./AuthorityReferralCreate') }),
};
