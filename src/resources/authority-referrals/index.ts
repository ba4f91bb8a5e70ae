import { lazy } from 'react';
import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';

export const authorityReferralsResource: ResourceProps = {
  name: 'authority-referrals',
  icon: GavelIcon,
  recordRepresentation: (r) => `#${r.id} ${r.authority}`,
  list: lazy(() => import('./AuthorityReferralList').then((m) => ({ default: m.AuthorityReferralList }))),
  show: lazy(() => import('./AuthorityReferralShow').then((m) => ({ default: m.AuthorityReferralShow }))),
  edit: lazy(() => import('./AuthorityReferralEdit').then((m) => ({ default: m.AuthorityReferralEdit }))),
  create: lazy(() => import('./AuthorityReferralCreate').then((m) => ({ default: m.AuthorityReferralCreate }))),
};
