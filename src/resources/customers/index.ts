import { createElement, lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { CustomerName } from './CustomerName';

export const customersResource: ResourceProps = {
  name: 'customers',
  icon: PeopleIcon,
  recordRepresentation: createElement(CustomerName),
  list: lazy(() => import('./CustomerList').then((m) => ({ default: m.CustomerList }))),
  show: lazy(() => import('./CustomerShow').then((m) => ({ default: m.CustomerShow }))),
  edit: lazy(() => import('./CustomerEdit').then((m) => ({ default: m.CustomerEdit }))),
  create: lazy(() => import('./CustomerCreate').then((m) => ({ default: m.CustomerCreate }))),
};
