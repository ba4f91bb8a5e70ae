import { customers } from './customers';
import { consentRequests } from './consentRequests';
import { deletionTickets } from './deletionTickets';
import { authorityReferrals } from './authorityReferrals';
import { auditLog } from './auditLog';
import { staff } from './staff';
import type { ResourceDefinition } from './resourceDefinition';

export const RESOURCES: readonly ResourceDefinition[] = [customers, consentRequests, deletionTickets, authorityReferrals, auditLog, staff];

export function findResource(name: string): ResourceDefinition | undefined {
  return RESOURCES.find((r) => r.name === name);
}
