import type { Context } from 'hono';
import { ApiError } from '../apiError';
import { canAccess, type Action } from '../../src/domain/roles';
import { roleMayNot } from '../../src/domain/apiMessages';
import { clientAddress } from './clientAddress';
import type { AppEnv } from './requireStaff';

/** Refuses with 403 unless the signed-in role may take `action` on `resource` (the matrix in src/domain/roles.ts). */
export function authorize(c: Context<AppEnv>, action: Action, resource: string): void {
  const { role } = c.var.staff;
  if (!canAccess(role, action, resource)) throw new ApiError(403, roleMayNot(role, action, resource));
}

/** Who acts and from where, as every audit entry of a request records it. */
export const actor = (c: Context<AppEnv>) => ({ staff: c.var.staff, address: clientAddress(c) });
