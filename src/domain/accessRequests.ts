import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { version } from './fields';
import { OWN_DATA_REQUEST_COLUMNS, OWN_DATA_REQUEST_SORTABLE, ownDataRequestFields, receivedAt } from './ownDataRequests';
import { defineEnum } from './enums';
import { REQUEST_CHANNEL, type RequestChannel } from './deletionTickets';
import type { RequestStatus } from './identityVerification';

/** An access request's states: those of every request about a person's own data (identityVerification.ts). */
export const ACCESS_STATUS = defineEnum('access_status', ['new', 'verifying_identity', 'in_progress', 'completed', 'rejected']);
export type AccessStatus = RequestStatus;

/** "Give me my data" (PDPL's right of access and portability): the file goes to the customer's verified address. */
export interface AccessRequest {
  id: number;
  customer_id: number | null;
  requester_name: string;
  requester_email: string;
  channel: RequestChannel;
  status: AccessStatus;
  assignee: string | null;
  notes: string | null;
  rejection_reason: string | null;
  received_at: string;
  due_at: string | null;
  due_rule: string | null;
  identity_method: string | null;
  identity_verified_at: string | null;
  identity_codes_sent: number;
  identity_code_failures: number;
  /** when the link to the data was mailed, and until when it works */
  completed_at: string | null;
  link_expires_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export const accessRequestCreateSchema = z.object({ ...ownDataRequestFields, received_at: receivedAt });
export const accessRequestUpdateSchema = z.object({ ...ownDataRequestFields, version });

export const accessRequests: ResourceDefinition = {
  name: 'access-requests',
  table: 'access_requests',
  fields: [...OWN_DATA_REQUEST_COLUMNS, 'link_expires_at', 'created_at', 'updated_at', 'version'],
  sortable: OWN_DATA_REQUEST_SORTABLE,
  searchable: ['requester_name', 'requester_email'],
  filters: { id: { kind: 'id' }, customer_id: { kind: 'id' }, status: { kind: 'enum', enum: ACCESS_STATUS }, channel: { kind: 'enum', enum: REQUEST_CHANNEL } },
  dateRanges: { received_at: 'timestamp', due_at: 'timestamp', created_at: 'timestamp' },
  createSchema: accessRequestCreateSchema,
  updateSchema: accessRequestUpdateSchema,
  createDefaults: { status: 'new', identity_codes_sent: 0, identity_code_failures: 0 },
  defaultToNow: ['received_at'],
  updateRefusal: (r) => (r.status === 'completed' || r.status === 'rejected' ? `The request is ${String(r.status)}; its record is kept as it ended` : null),
  deleteRefusal: () => 'Access requests are kept as proof of how each request was answered.',
};
