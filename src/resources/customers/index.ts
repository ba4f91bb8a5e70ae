import { createElement } from 'react';
import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { lazyViews } from '../shared/lazyViews';
import { CustomerName } from './CustomerName';

export const customersResource: ResourceProps = {
  name: 'customers',
  icon: PeopleIcon,
  recordRepresentation: createElement(CustomerName),
  ...lazyViews({ list: () => import('./CustomerList'), show: () => import('./CustomerShow'), edit: () => import('./CustomerEdit'), create: () => import('./CustomerCreate') }),
};
