import { customers } from './customers';
import { consentRequests } from './consentRequests';
import { deletionTickets } from './deletionTickets';
import { authorityReferrals } from './authorityReferrals';
import { breachIncidents } from './breachIncidents';
import { auditLog } from './auditLog';
import { staff } from './staff';
import { workflowHistory } from './workflowHistory';
import { holidays } from './holidays';
import { outbox } from './outbox';
import { serviceKeys } from './serviceKeys';
import { accessRequests } from './accessRequests';
import { correctionRequests } from './correctionRequests';
import type { ResourceDefinition } from './resourceDefinition';

export const RESOURCES: readonly ResourceDefinition[] = [customers, consentRequests, deletionTickets, accessRequests, correctionRequests, authorityReferrals, breachIncidents, auditLog, staff, workflowHistory, holidays, outbox, serviceKeys];

export function findResource(name: string): ResourceDefinition | undefined {
  return RESOURCES.find((r) => r.name === name);
}
